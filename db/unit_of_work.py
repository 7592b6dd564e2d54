"""`UnitOfWork` on SQL: one SQLAlchemy session, one database transaction, every repository in it.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

    with factory() as uow:
        seq = uow.sequences.next_value("L01", day)
        uow.registrations.add(...)
        uow.commit()            # leaving the block without commit() rolls everything back

On SQLite the transaction starts with `BEGIN IMMEDIATE` (see `db.session.writer`): it takes the
write lock before its first read, so a read-then-write unit never fails half-way because another
process wrote in between; it waits up to the busy timeout instead. On PostgreSQL it is an ordinary
READ COMMITTED transaction. After `commit()` the unit may still be used (the next statement begins
a new transaction, rolled back on leaving unless committed again).

Known database failures (locked, unreachable, disk full, …) become `StorageError` in every
repository call and in `commit()`; see `db.errors`.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from counter_app.ports import (
    ApplicantRepository,
    AuditRepository,
    CardEventRepository,
    CatalogRepository,
    HolidayOverrideRepository,
    HubRepository,
    PrintJobRepository,
    RegistrationRepository,
    ReportRepository,
    SequenceRepository,
    SettingsRepository,
    SyncRepository,
    UserRepository,
    VisitRepository,
)
from db.applicant_repository import SqlApplicantRepository
from db.audit_repository import SqlAuditRepository
from db.card_event_repository import SqlCardEventRepository
from db.catalog_repository import SqlCatalogRepository
from db.errors import storage_errors
from db.holiday_repository import SqlHolidayOverrideRepository
from db.hub.repository import SqlHubRepository
from db.print_job_repository import SqlPrintJobRepository
from db.registration_repository import PermitVersions, SqlRegistrationRepository
from db.report_repository import SqlReportRepository
from db.sequence_repository import SqlSequenceRepository
from db.session import writer
from db.settings_repository import SqlSettingsRepository
from db.sync_repository import SqlSyncRepository
from db.user_repository import SqlUserRepository
from db.visit_repository import SqlVisitRepository

log = logging.getLogger(__name__)


class SqlUnitOfWork:
    """One transaction on `engine`. Use it once, in a `with` block."""

    applicants: ApplicantRepository
    registrations: RegistrationRepository
    visits: VisitRepository
    sequences: SequenceRepository
    print_jobs: PrintJobRepository
    card_events: CardEventRepository
    settings: SettingsRepository
    holidays: HolidayOverrideRepository
    catalog: CatalogRepository
    sync: SyncRepository
    hub: HubRepository
    users: UserRepository
    audit: AuditRepository
    reports: ReportRepository

    def __init__(self, engine: Engine, *, bind: Engine | None = None, permits: PermitVersions | None = None) -> None:
        """`bind`: the engine the session runs on, `writer(engine)` unless given (the factory
        passes the one it made, instead of a new one per unit); `permits`: the factory's parsed
        permit type versions (see `SqlRegistrationRepository`)."""
        self._engine = engine
        self._session = Session(bind or writer(engine), expire_on_commit=False)
        session = self._session
        self.applicants = SqlApplicantRepository(session, engine)
        self.registrations = SqlRegistrationRepository(session, engine, permits)
        self.visits = SqlVisitRepository(session, engine)
        self.sequences = SqlSequenceRepository(session, engine)
        self.print_jobs = SqlPrintJobRepository(session, engine)
        self.card_events = SqlCardEventRepository(session, engine)
        self.settings = SqlSettingsRepository(session, engine)
        self.holidays = SqlHolidayOverrideRepository(session, engine)
        self.catalog = SqlCatalogRepository(engine, session=session)
        self.sync = SqlSyncRepository(session, engine)
        self.hub = SqlHubRepository(session, engine)
        self.users = SqlUserRepository(session, engine)
        self.audit = SqlAuditRepository(session, engine)
        self.reports = SqlReportRepository(session, engine)

    def __enter__(self) -> SqlUnitOfWork:
        return self

    def __exit__(self, *exc: object) -> None:
        """Roll back whatever was not committed, and give the connection back."""
        failure = exc[1] if len(exc) > 1 else None
        try:
            with storage_errors(self._engine):
                self._session.close()
        except Exception:
            if failure is None:
                raise
            # The error that ended the block is the one to report; this one only goes to the log.
            log.exception("rollback after a failed unit of work failed too")

    def commit(self) -> None:
        with storage_errors(self._engine):
            self._session.commit()

    def rollback(self) -> None:
        """Undo everything since the last commit (leaving the `with` block does this too)."""
        with storage_errors(self._engine):
            self._session.rollback()


class SqlUnitOfWorkFactory:
    """`factory()` → a new `SqlUnitOfWork` on `engine` (the services' `UnitOfWorkFactory`)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._writer = writer(engine)
        self._permits: PermitVersions = {}

    @property
    def engine(self) -> Engine:
        return self._engine

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._engine, bind=self._writer, permits=self._permits)
