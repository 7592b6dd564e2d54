"""The main window: one tab per desk, the scan field in the toolbar, the print queue, a status bar.

With `DeskServices` the window has the registration desk ("Pendaftaran", first tab), the scan
field (F2 or Ctrl+L) and the print journal (status-bar indicator, "Antrean cetak" dock, Ctrl+J).
Without them (tests of the catalog alone) only the catalog tab is there. The window imports no
adapter: it is handed the services.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMainWindow, QTabWidget, QToolBar, QVBoxLayout, QWidget

from counter_app.domain.roles import Role
from ui.bridge import AppSignals
from ui.errors import show_errors
from ui.registration.applicant_form import ApplicantForm

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
    from ui.backoffice import BackOfficeTab
    from ui.catalog.tab import CatalogTab
    from ui.printer import SaveProfile, SendTest
    from ui.sync import SyncWorker

STATUS_TIMEOUT_MS = 0
"""Status messages stay until the next one."""
FALLBACK_TIMEZONE = "Asia/Jakarta"


@dataclass(frozen=True)
class DeskServices:
    """What the registration desk, the scan field and the print journal need."""

    registration: RegistrationService
    printing: PrintService
    settings: SettingsService
    officer: str
    cards: CardService | None = None  # the back-office tab, when given
    send_test_page: SendTest | None = None  # the receipt printer test dialog, when given
    save_printer_profile: SaveProfile | None = None
    printer_checks: Callable[[], Sequence[tuple[str, str]]] | None = None
    sync: SyncService | None = None  # background sync with the hub and its indicator, when given
    role: Role | None = None  # the signed-in user's role (None: no accounts yet, everything shown)
    users: UserService | None = None  # the admin's "Akun pengguna" screen, when given
    dashboard: DashboardService | None = None  # the "Dasbor" tab (supervisors, admins), when given
    calendar: CalendarService | None = None  # the admin's "Pengaturan kantor" holiday overrides, when given
    reports: ReportService | None = None  # "Tutup harian" (front desk, supervisors, admins), when given


class _Desk:
    """The parts that exist only with `DeskServices` (kept together so the window stays readable)."""

    def __init__(
        self, window: MainWindow, catalog: CatalogService, services: DeskServices, form: ApplicantForm | None
    ) -> None:
        from counter_app.domain.roles import Role
        from ui.backoffice import BackOfficeTab
        from ui.lookup.lookup import FileLookup
        from ui.lookup.scan_field import ScanField
        from ui.print_journal.journal import PrintJournal
        from ui.print_journal.queue_dock import PrintQueueDock
        from ui.print_journal.status import PrintStatus
        from ui.registration.desk import RegistrationDesk

        signals = window.signals
        self.services = services
        self.tab = RegistrationDesk(
            services.registration, catalog, services.settings, signals, services.officer, form=form
        )
        self.journal = PrintJournal(services.printing, signals, window.office_timezone, window)
        self.queue = PrintQueueDock(self.journal, signals, window.office_timezone, window)
        self.queue.hide()
        self.status = PrintStatus(signals, window.office_timezone, self.queue.model.rowCount, window)
        self.scan = ScanField()
        self.lookup = FileLookup(services.registration, services.printing, services.settings, signals, window)
        self.backoffice: BackOfficeTab | None = None
        if services.cards is not None:
            self.backoffice = BackOfficeTab(
                services.cards,
                services.settings,
                signals,
                officer=services.officer,
                role=services.role or Role.BACK_OFFICE,
            )


class MainWindow(QMainWindow):
    """Tabs: "Pendaftaran" (with `desk`), "Back Office" (with `desk.cards`) and "Katalog Izin".

    Ctrl+F searches in the current tab, F2/Ctrl+L focus the scan field, Ctrl+N starts a new file,
    Ctrl+J shows the print queue, F5 reloads the catalog, Ctrl+Q closes the window.

    Without `catalog` the window starts empty-handed: the applicant form is there at once (the
    officer may start typing) while the caller opens the database; `attach` then builds the desks
    around the same form, keeping what was typed and where the cursor was.

    Signals:
        attached(): the services are in place and the desks built.
    """

    attached = Signal()

    def __init__(
        self, catalog: CatalogService | None = None, desk: DeskServices | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Loket MPP"))
        self.resize(1280, 800)
        self.signals = AppSignals(self)
        self.signals.message.connect(self.show_status)
        self._timezone: str | None = None
        self.catalog_service: CatalogService | None = None
        self._catalog_tab: CatalogTab | None = None
        self.desk: _Desk | None = None
        self.sync_worker: SyncWorker | None = None

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        self.search_action = QAction(self.tr("&Cari"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.reload_action = QAction(self.tr("&Muat ulang katalog"), self)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.triggered.connect(self.reload_catalog)
        self.quit_action = QAction(self.tr("&Keluar"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.statusBar()

        self._early_form: ApplicantForm | None = None
        self._early_page: QWidget | None = None
        if catalog is None:
            self._show_early_form()
        else:
            self.attach(catalog, desk)

    @property
    def catalog_tab(self) -> CatalogTab:
        """The catalog tab (exists once the services are attached)."""
        if self._catalog_tab is None:
            raise RuntimeError("the catalog tab is built by attach()")
        return self._catalog_tab

    @property
    def attached_services(self) -> bool:
        return self.catalog_service is not None

    def _show_early_form(self) -> None:
        """The applicant form alone, typed into while the database opens (see `attach`)."""
        self._early_form = ApplicantForm()
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("1. Pemohon"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        search = QLineEdit()
        search.setPlaceholderText(self.tr("Pencarian pemohon siap setelah data dimuat…"))
        search.setEnabled(False)
        layout.addWidget(heading)
        layout.addWidget(search)
        layout.addWidget(self._early_form)
        layout.addStretch(1)
        page.setMaximumWidth(480)
        self._early_page = page
        self.tabs.addTab(page, self.tr("Pendaftaran"))
        menu = self.menuBar().addMenu(self.tr("&Aplikasi"))
        menu.addAction(self.quit_action)
        self.show_status(self.tr("Membuka basis data…"))
        self._early_form.setFocus()

    def attach(self, catalog: CatalogService, desk: DeskServices | None = None) -> None:
        """Build the desks over the services (once); the early form, if any, moves into the desk."""
        from ui.catalog.tab import CatalogTab

        if self.catalog_service is not None:
            raise RuntimeError("services already attached")
        focused = self.focusWidget()
        self.catalog_service = catalog
        self._catalog_tab = CatalogTab(catalog)
        self._catalog_tab.message.connect(self.show_status)
        self.add_tab(self._catalog_tab, self.tr("Katalog Izin"))
        form, self._early_form = self._early_form, None
        if desk is not None:
            self.desk = self._build_desk(catalog, desk, form)
        if self._early_page is not None:
            self.tabs.removeTab(self.tabs.indexOf(self._early_page))
            self._early_page.deleteLater()
            self._early_page = None

        self.menuBar().clear()
        menu = self.menuBar().addMenu(self.tr("&Aplikasi"))
        if self.desk is not None:
            menu.addAction(self.desk.tab.new_action)
            menu.addAction(self.scan_action)
            menu.addAction(self.queue_action)
            if self.desk.services.send_test_page is not None:
                self.printer_test_action = QAction(self.tr("&Tes printer struk…"), self)
                self.printer_test_action.triggered.connect(self.open_printer_test)
                menu.addAction(self.printer_test_action)
            menu.addSeparator()
        menu.addAction(self.search_action)
        menu.addAction(self.reload_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        self._catalog_tab.reload()
        if self.desk is not None:
            self.desk.tab.reload_permits()
            self.tabs.setCurrentWidget(self.desk.tab)
            self.show_status(self.tr("Siap. Cari pemohon (Ctrl+F) atau pindai struk (F2)."))
        if form is not None and focused is not None and form.isAncestorOf(focused):
            focused.setFocus()
        self.attached.emit()

    def _build_desk(self, catalog: CatalogService, services: DeskServices, form: ApplicantForm | None) -> _Desk:
        desk = _Desk(self, catalog, services, form)
        self.add_tab(desk.tab, self.tr("Pendaftaran"), index=0)
        if desk.backoffice is not None:
            desk.backoffice.message.connect(self.show_status)
            self.add_tab(desk.backoffice, self.tr("Back Office"), index=1)

        self.scan_action = QAction(self.tr("&Pindai / cari berkas"), self)
        self.scan_action.setShortcuts([QKeySequence("F2"), QKeySequence("Ctrl+L")])
        self.scan_action.triggered.connect(desk.scan.focus)
        self.addAction(self.scan_action)
        toolbar = QToolBar(self.tr("Berkas"))
        toolbar.setObjectName("scan-toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Berkas: ")))
        toolbar.addWidget(desk.scan)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        desk.scan.scanned.connect(desk.lookup.open)

        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, desk.queue)
        self.queue_action = desk.queue.toggleViewAction()
        self.queue_action.setText(self.tr("Antrean &cetak"))
        self.queue_action.setShortcut(QKeySequence("Ctrl+J"))
        self.statusBar().addPermanentWidget(desk.status)
        officer = QLabel(self.tr("Petugas: {officer}").format(officer=services.officer))
        officer.setStyleSheet("color: #5f6368;")
        self.statusBar().addPermanentWidget(officer)
        desk.status.clicked.connect(self.show_print_queue)
        self.signals.print_failed.connect(self.show_print_queue)
        if services.sync is not None:
            from ui.sync import attach_sync

            self.sync_worker = attach_sync(self, services.sync, self.office_timezone)
        return desk

    # -- start-up ----------------------------------------------------------------------------

    def start(self) -> None:
        """After the window is shown: ask about slips a crash left half-sent, list what waits."""
        if self.desk is None:
            return
        self._timezone = None
        if self.sync_worker is not None:
            self.sync_worker.start()
        self.desk.journal.ask_about_uncertain(self)
        self.desk.queue.refresh()
        self.desk.status.refresh()
        if self.desk.queue.model.rowCount():
            self.show_print_queue()

    def office_timezone(self) -> str:
        """The office's time zone (settings), read once; Asia/Jakarta when it cannot be read."""
        if self._timezone is None and self.desk is not None:
            with show_errors(self):
                self._timezone = str(self.desk.services.settings.current().get("office.timezone"))
        return self._timezone or FALLBACK_TIMEZONE

    # -- actions -----------------------------------------------------------------------------

    def add_tab(self, widget: QWidget, title: str, *, index: int | None = None) -> int:
        """Add a desk as a tab (at `index`, or last); returns its index."""
        if index is None:
            return self.tabs.addTab(widget, title)
        return self.tabs.insertTab(index, widget, title)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def open_printer_test(self) -> None:
        """The test page dialog: print it, tick what came out right, save the printer profile."""
        services = self.desk.services if self.desk else None
        if services is None or services.send_test_page is None or services.save_printer_profile is None:
            return
        checks = None
        with show_errors(self) as shown:
            settings = services.settings.current()
            checks = services.printer_checks() if services.printer_checks else None
        if shown.failed:
            return
        from ui.printer import PrinterTestDialog

        dialog = PrinterTestDialog(
            services.send_test_page,
            services.save_printer_profile,
            checks,
            uri=str(settings.get("printer.uri")),
            paper_mm=int(settings.get("printer.paper_mm")),
            parent=self,
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.show_status(self.tr("Profil printer disimpan."))
        finally:
            dialog.deleteLater()  # joins the dialog's print thread while the application still runs

    def show_print_queue(self) -> None:
        if self.desk is None:
            return
        self.desk.queue.refresh()
        self.desk.queue.show()
        self.desk.queue.raise_()

    def reload_catalog(self) -> None:
        if self._catalog_tab is None:
            return
        self._catalog_tab.reload()
        if self.desk is not None:
            self.desk.tab.reload_permits()

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        focus = getattr(current, "focus_search", None)
        if callable(focus):
            focus()
            return
        if self._catalog_tab is not None:
            self.tabs.setCurrentWidget(self._catalog_tab)
            self._catalog_tab.focus_search()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sync_worker is not None:
            self.sync_worker.stop()
        if self.desk is not None:
            # A slip being sent finishes (and is recorded) before the window goes.
            self.desk.journal.wait()
            self.desk.tab.search.wait()
            if self.desk.backoffice is not None:
                self.desk.backoffice.wait()
        super().closeEvent(event)
