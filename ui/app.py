"""Start the desktop app: QApplication, translations, the main window, the event loop.

The command line calls `run_gui(open_services, language=...)` with a function that opens the
application (`counter_app.app.open_application`). The window is shown first, with the applicant
form ready for typing; the database is opened on a worker thread meanwhile (importing SQLAlchemy,
the services and their libraries is most of a cold start) and the desks are built around the form
when it is open. Tests and `tools/screenshots.py` call `create_main_window(catalog, desk)` with a
QApplication they own.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app import i18n
from counter_app.domain.roles import Role
from counter_app.errors import KnownError
from counter_app.resources import resources_dir
from ui.errors import new_reference
from ui.main_window import DeskServices, MainWindow
from ui.workers import run_task

if TYPE_CHECKING:
    from counter_app.services.calendar import CalendarService
    from counter_app.services.catalog import CatalogService
    from counter_app.services.control_card import CardService
    from counter_app.services.dashboard import DashboardService
    from counter_app.services.printing import PrintService
    from counter_app.services.registration import RegistrationService
    from counter_app.services.reports import ReportService
    from counter_app.services.settings import SettingsService
    from counter_app.services.sync import SyncService
    from counter_app.services.users import UserService

log = logging.getLogger(__name__)

APP_NAME = "Loket MPP"
SOURCE_LANGUAGE = "id"
"""The language of the source strings: it needs no translator."""


class Services(Protocol):
    """What the desktop app uses of `counter_app.app.Application` (the UI does not import the
    composition root: it would reach the adapters)."""

    @property
    def catalog(self) -> CatalogService: ...

    @property
    def registration(self) -> RegistrationService: ...

    @property
    def printing(self) -> PrintService: ...

    @property
    def settings(self) -> SettingsService: ...

    @property
    def cards(self) -> CardService: ...

    @property
    def sync(self) -> SyncService: ...

    @property
    def users(self) -> UserService: ...

    @property
    def dashboard(self) -> DashboardService: ...

    @property
    def calendar(self) -> CalendarService: ...

    @property
    def reports(self) -> ReportService: ...

    def send_test_page(self, uri: str, paper_mm: int) -> None: ...

    def save_printer_profile(self, uri: str, paper_mm: int, qr_native: bool, cut: bool) -> None: ...

    def printer_checks(self) -> list[tuple[str, str]]: ...

    def close(self) -> None: ...


def qm_path(language: str) -> Path:
    """The compiled translation of the UI and the core for `language`."""
    return resources_dir() / "i18n" / f"counter_app_{language}.qm"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the `.qm` for `language` (none for Indonesian); keep the result alive while in use.

    A missing or unreadable file is logged and the UI stays Indonesian.
    """
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(app)
    path = qm_path(language)
    if not translator.load(str(path)):
        log.warning("no translation for %r at %s; the interface stays in Indonesian", language, path)
        return None
    app.installTranslator(translator)
    return translator


def default_officer() -> str:
    """The officer's name until user accounts exist: the operating-system account."""
    try:
        import getpass

        return getpass.getuser() or "petugas"
    except (OSError, KeyError, ImportError):
        return "petugas"


def desk_services(application: Services, officer: str | None = None, role: Role | None = None) -> DeskServices:
    """`role`: the signed-in user's (the window shows what it may do); None before accounts existed."""
    return DeskServices(
        role=role,
        users=application.users,
        dashboard=application.dashboard,
        calendar=application.calendar,
        reports=application.reports,
        registration=application.registration,
        printing=application.printing,
        settings=application.settings,
        officer=officer or default_officer(),
        cards=application.cards,
        send_test_page=application.send_test_page,
        save_printer_profile=application.save_printer_profile,
        printer_checks=application.printer_checks,
        sync=application.sync,
    )


def create_main_window(catalog: CatalogService | None, desk: DeskServices | None = None) -> MainWindow:
    """The main window, loaded and not yet shown (a QApplication must exist).

    Without `desk` only the catalog tab is there (tests of the catalog); without `catalog` only
    the applicant form, until `MainWindow.attach`.
    """
    window = MainWindow(catalog, desk)
    if catalog is not None:
        from ui.role_view import apply_role

        apply_role(window, desk.role if desk is not None else None)
    return window


OPEN_FAILED_EXIT = 5
BUG_EXIT = 70


def run_gui(
    open_services: Callable[[], Services],
    *,
    language: str = SOURCE_LANGUAGE,
    argv: list[str] | None = None,
    on_attached: Callable[[MainWindow], None] | None = None,
) -> int:
    """Run the desktop app until its window is closed; returns the exit code.

    `open_services` runs on a worker thread while the window shows the applicant form; when the
    database cannot be opened the officer is told why (the known error's Indonesian message, or a
    reference to the log) and the app ends with the error's exit code. `on_attached` is called once
    the desks are built (the start-up benchmark uses it)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv if argv is None else argv)
    app.setApplicationName(APP_NAME)
    i18n.install(language)
    translator = install_translator(app, language)
    window = create_main_window(None)
    opened: list[Services] = []
    exit_code: list[int] = []

    def attach(services: Services) -> None:
        from ui.login import sign_in_at_start
        from ui.role_view import apply_role

        opened.append(services)
        # Accounts (issue 8): sign in over the window once the database is open; closing the dialog quits.
        principal = sign_in_at_start(services.users, str(services.settings.current().get("office.name")), window)
        if principal is None:
            window.close()
            return
        desk = desk_services(services, principal.name, principal.role)
        window.attach(services.catalog, desk)
        apply_role(window, desk.role)
        window.start()
        if on_attached is not None:
            on_attached(window)

    def failed(error: Exception) -> None:
        if isinstance(error, KnownError):
            message, code = error.message, error.exit_code
        else:
            reference = new_reference()
            log.error("the database could not be opened, reference %s", reference, exc_info=error)
            message = QCoreApplication.translate(
                "Errors", "Terjadi kesalahan. Sebutkan kode {reference} kepada petugas TI; rinciannya tercatat di log."
            ).format(reference=reference)
            code = BUG_EXIT
        QMessageBox.critical(window, APP_NAME, message)
        exit_code.append(code or OPEN_FAILED_EXIT)
        window.close()  # the last window: the event loop ends

    window.show()
    # After the first paint: the form is on screen before the heavy imports start competing for the GIL.
    QTimer.singleShot(0, window, lambda: run_task(open_services, attach, failed, context=window))
    try:
        code = app.exec()
        return exit_code[0] if exit_code else code
    finally:
        window.close()
        window.deleteLater()
        if translator is not None:
            app.removeTranslator(translator)
        for services in opened:
            services.close()
