"""Start the desktop app: QApplication, translations, the main window, the event loop.

The composition root opens the application (`counter_app.app.open_application`) and calls
`run_gui(application, language=...)`. Tests and `tools/screenshots.py` call
`create_main_window(catalog, desk)` with a QApplication they own.
"""

from __future__ import annotations

import getpass
import logging
import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from counter_app import i18n
from counter_app.domain.catalog import Role
from counter_app.resources import resources_dir
from counter_app.services.calendar import CalendarService
from counter_app.services.catalog import CatalogService
from counter_app.services.control_card import CardService
from counter_app.services.dashboard import DashboardService
from counter_app.services.printing import PrintService
from counter_app.services.registration import RegistrationService
from counter_app.services.reports import ReportService
from counter_app.services.settings import SettingsService
from counter_app.services.users import UserService
from ui.main_window import DeskServices, MainWindow

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
    )


def create_main_window(catalog: CatalogService, desk: DeskServices | None = None) -> MainWindow:
    """The main window, loaded and not yet shown (a QApplication must exist).

    Without `desk` only the catalog tab is there (tests of the catalog).
    """
    from ui.role_view import apply_role

    window = MainWindow(catalog, desk)
    apply_role(window, desk.role if desk is not None else None)
    return window


def run_gui(application: Services, *, language: str = SOURCE_LANGUAGE, argv: list[str] | None = None) -> int:
    """Run the desktop app until its window is closed; returns the exit code."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv if argv is None else argv)
    app.setApplicationName(APP_NAME)
    i18n.install(language)
    translator = install_translator(app, language)
    from ui.login import sign_in_at_start

    principal = sign_in_at_start(application.users, str(application.settings.current().get("office.name")))
    if principal is None:
        return 0
    window = create_main_window(application.catalog, desk_services(application, principal.name, principal.role))
    window.show()
    QTimer.singleShot(0, window, window.start)
    try:
        return app.exec()
    finally:
        window.deleteLater()
        if translator is not None:
            app.removeTranslator(translator)
