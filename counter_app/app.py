"""The composition root: the one place that sees every adapter and wires them to the core."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from counter_app.clock import SystemClock
from counter_app.domain.printer_profile import PrinterProfile
from counter_app.domain.users import Principal
from counter_app.ports import Clock, PasswordHasher, PrinterTransport, ReceiptRenderer
from counter_app.resources import shipped_catalog_documents
from counter_app.services.audit import AuditService
from counter_app.services.backup import BackupService
from counter_app.services.calendar import CalendarService
from counter_app.services.catalog import CatalogService, ImportOutcome
from counter_app.services.control_card import CardService
from counter_app.services.dashboard import DashboardService
from counter_app.services.demo import DemoService
from counter_app.services.guard import CurrentUser
from counter_app.services.printing import PrintService
from counter_app.services.registration import RegistrationService
from counter_app.services.reports import ReportService
from counter_app.services.settings import SettingsService, office_of
from counter_app.services.status import SETTINGS_TTL_S, StatusService
from counter_app.services.sync import SyncService
from counter_app.services.users import UserService

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


@dataclass
class Application:
    """Everything a front end (desktop, command line) needs, wired."""

    engine: Engine
    catalog: CatalogService
    settings: SettingsService
    calendar: CalendarService
    registration: RegistrationService
    printing: PrintService
    cards: CardService
    demo: DemoService
    sync: SyncService
    renderer: ReceiptRenderer
    transport: PrinterTransport
    shipped_import: list[ImportOutcome]
    current_user: CurrentUser
    users: UserService
    audit: AuditService
    backup: BackupService
    reports: ReportService
    dashboard: DashboardService

    def close(self) -> None:
        self.sync.close()
        self.engine.dispose()

    def sign_in(self, name: str, password: str) -> Principal:
        """Check the password and make the user the one every service acts for (issue 8)."""
        return self.users.sign_in(name, password)

    # -- receipt printer set-up (the test page comes from the printing adapter) -----------------

    def send_test_page(self, uri: str, paper_mm: int) -> None:
        """Print the test page (code page, image QR, native QR, cut); PrinterError on failure."""
        from printing import build_test_page

        office = office_of(self.settings.current()).name
        self.transport.send(uri, build_test_page(PrinterProfile(paper_mm=paper_mm), office_name=office))

    def save_printer_profile(self, uri: str, paper_mm: int, qr_native: bool, cut: bool) -> None:
        """What the officer confirmed on the test page becomes the counter's printer profile."""
        self.settings.set_many(
            {
                "printer.uri": uri,
                "printer.paper_mm": str(paper_mm),
                "printer.qr": "native" if qr_native else "image",
                "printer.cut": "true" if cut else "false",
            }
        )

    def printer_checks(self) -> list[tuple[str, str]]:
        """The questions the officer answers looking at the test page: (key, question)."""
        from printing.test_page import checks

        return [(check.key, check.question) for check in checks()]


def open_application(
    database: str,
    *,
    migrate: bool = True,
    seed_catalog: bool = True,
    clock: Clock | None = None,
    transport: PrinterTransport | None = None,
    sync_after_send: Callable[[], None] | None = None,
    password_hasher: PasswordHasher | None = None,
) -> Application:
    """Open (and create or upgrade) the database, and wire the services over it.

    `sync_after_send`: called after the hub committed a pushed batch, before the counter forgets it
    (a test hook)."""
    import db
    import db.hub.link
    import printing

    engine = db.create_engine_for(db.normalize_url(database))
    try:
        if migrate:
            db.upgrade_to_head(engine)
        clock = clock or SystemClock()
        uow = db.SqlUnitOfWorkFactory(engine)
        renderer = printing.EscposRenderer()
        current = CurrentUser()
        cards = CardService(uow, clock, printing.PdfDocuments(), current)
        catalog = CatalogService(db.SqlCatalogRepository(engine), clock, uow, current)
        settings = SettingsService(uow, current, clock)
        settings.ensure_install_id()
        shipped = catalog.ensure_shipped(shipped_catalog_documents()) if seed_catalog else []
        transport = transport or printing.UriTransport()
        if password_hasher is None:
            from counter_app.passwords import Argon2Hasher

            password_hasher = Argon2Hasher()
        application = Application(
            engine=engine,
            catalog=catalog,
            settings=settings,
            sync=SyncService(uow, db.hub.link.connect_hub, clock, after_send=sync_after_send),
            calendar=CalendarService(uow, current, clock),
            registration=RegistrationService(uow, renderer, clock, current),
            printing=PrintService(uow, transport, renderer, clock, current),
            cards=cards,
            demo=DemoService(uow, db.SqlDemoWriter(engine), clock, current),
            renderer=renderer,
            transport=transport,
            shipped_import=shipped,
            current_user=current,
            users=UserService(uow, password_hasher, clock, current),
            audit=AuditService(uow, current),
            backup=BackupService(uow, db.SqlBackup(engine), clock, current),
            reports=ReportService(uow, clock, current, printing.ReportPdf(), renderer, transport),
            dashboard=DashboardService(uow, clock, cards),
        )
    except BaseException:
        engine.dispose()
        raise
    return application


def upgrade_database(database: str) -> str:
    """Create or upgrade the schema; return the revision the database is at."""
    import db

    engine = db.create_engine_for(db.normalize_url(database))
    try:
        db.upgrade_to_head(engine)
        return db.current_revision(engine) or ""
    finally:
        engine.dispose()


# -- the public status page (issue 6) ------------------------------------------------------------

STATUS_SERVER_ENV = "COUNTER_APP_STATUS_SERVER"
"""How the status server's worker processes learn their configuration (JSON, set by `serve_status_page`)."""


@dataclass
class StatusSite:
    """The status service over one database, and how to run and close it."""

    service: StatusService
    offload: bool  # True on a network database: run lookups in the thread pool, not on the event loop
    close: Callable[[], None]


def open_status_site(
    database: str, *, migrate: bool = True, clock: Clock | None = None, settings_ttl_s: float = SETTINGS_TTL_S
) -> StatusSite:
    """The status service on `database`: the fast read-only path of `db.status_reader` for files, and
    plain (non-locking) units of work for the settings and catalog it re-reads now and then."""
    import db
    from db.status_reader import SqlStatusReader

    engine = db.create_engine_for(db.normalize_url(database))
    try:
        if migrate:
            db.upgrade_to_head(engine)
        reader = SqlStatusReader(engine)

        def reading() -> db.SqlUnitOfWork:
            return db.SqlUnitOfWork(engine, bind=engine)  # a deferred BEGIN: no write lock

        service = StatusService(reading, clock or SystemClock(), reader, settings_ttl_s=settings_ttl_s)
    except BaseException:
        engine.dispose()
        raise

    def close() -> None:
        reader.close()
        engine.dispose()

    return StatusSite(service, engine.dialect.name != "sqlite", close)


def status_web_app() -> Any:
    """The ASGI app of one status server process (uvicorn's factory), configured by STATUS_SERVER_ENV."""
    import web
    from counter_app import i18n

    options = json.loads(os.environ[STATUS_SERVER_ENV])
    i18n.install(options["language"])
    site = open_status_site(options["database"], migrate=False)
    return web.create_app(
        site.service,
        rate_limit=web.RateLimit(per_minute=options["per_minute"], burst=options["burst"]),
        offload=site.offload,
        on_close=site.close,
    )


def serve_status_page(
    database: str,
    *,
    host: str,
    port: int,
    workers: int = 1,
    per_minute: float = 60.0,
    burst: int = 30,
    forwarded_allow_ips: str | None = None,
    access_log: bool = False,
    language: str = "id",
) -> None:
    """Run the public status page with uvicorn until interrupted (the schema is upgraded first)."""
    import uvicorn

    open_status_site(database).close()  # create or upgrade the schema once, before the workers start
    os.environ[STATUS_SERVER_ENV] = json.dumps(
        {"database": database, "per_minute": per_minute, "burst": burst, "language": language}
    )
    uvicorn.run(
        "counter_app.app:status_web_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=forwarded_allow_ips is not None,
        forwarded_allow_ips=forwarded_allow_ips,
        access_log=access_log,
        server_header=False,
        log_level="info",
    )
