"""The main window shows what the signed-in user's role may do; the services check it anyway.

- no `REGISTER` (back office, admin): the registration desk tab is hidden and Ctrl+N does nothing;
- no card work (admin): the back-office tab is hidden;
- no `PRINTER_SETUP` (back office): no "Tes printer struk…" menu entry;
- the back office acts as the signed-in user: officer and role are shown, not chosen;
- admins get "Akun pengguna…" in the application menu;
- supervisors and admins get the "Dasbor" tab;
- admins get "Pengaturan kantor…" (settings, holidays) and "Ubah jenis izin terpilih…" (catalog editor);
- the front desk, supervisors and admins get "Tutup harian…" (the daily close).
Without a signed-in role (`role` None: tools and tests) the window is as it was before accounts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from counter_app.domain.catalog import Role
from counter_app.domain.permissions import MATRIX, Operation
from ui.admin.office_dialog import Holidays, OfficeDialog, OfficeSettings
from ui.admin.permit_editor import PermitEditorDialog
from ui.admin.users_dialog import Accounts, UsersDialog
from ui.dashboard.tab import DashboardTab, Figures
from ui.main_window import MainWindow
from ui.reports.daily_close_dialog import DailyCloseDialog, Reports


def may(role: Role | None, operation: Operation) -> bool:
    return role is None or operation in MATRIX.get(role, frozenset())


def add_users_menu(window: MainWindow, users: Accounts) -> QAction:
    """'Akun pengguna…' in the application menu (admins)."""
    action = QAction(QCoreApplication.translate("RoleView", "Akun &pengguna…"), window)
    action.setObjectName("users-action")

    def open_users() -> None:
        dialog = UsersDialog(users, window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    action.triggered.connect(open_users)
    menu = window.menuBar().actions()[0].menu()
    if isinstance(menu, QMenu):
        menu.insertAction(window.search_action, action)
        menu.insertSeparator(window.search_action)
    return action


def add_office_menu(window: MainWindow, settings: OfficeSettings, holidays: Holidays) -> QAction:
    """'Pengaturan kantor…' in the application menu (admins)."""
    action = QAction(QCoreApplication.translate("RoleView", "Pengaturan &kantor…"), window)
    action.setObjectName("office-action")

    def open_office() -> None:
        dialog = OfficeDialog(settings, holidays, date.today(), window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    action.triggered.connect(open_office)
    menu = window.menuBar().actions()[0].menu()
    if isinstance(menu, QMenu):
        menu.insertAction(window.search_action, action)
    return action


def add_daily_close_menu(window: MainWindow, reports: Reports, counter_code: str) -> QAction:
    """'Tutup harian…' in the application menu (front desk, supervisors, admins)."""
    action = QAction(QCoreApplication.translate("RoleView", "Tutup &harian…"), window)
    action.setObjectName("daily-close-action")

    def open_close() -> None:
        dialog = DailyCloseDialog(reports, counter_code, date.today(), parent=window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    action.triggered.connect(open_close)
    menu = window.menuBar().actions()[0].menu()
    if isinstance(menu, QMenu):
        menu.insertAction(window.search_action, action)
    return action


def add_permit_editor_menu(window: MainWindow) -> QAction:
    """'Ubah jenis izin…' (admins): edits the permit type shown in the catalog tab."""
    action = QAction(QCoreApplication.translate("RoleView", "&Ubah jenis izin terpilih…"), window)
    action.setObjectName("permit-editor-action")

    def open_editor() -> None:
        code = window.catalog_tab.detail.code
        if window.catalog_service is None:  # the menu exists only once the services are attached
            return
        if not code:
            window.tabs.setCurrentWidget(window.catalog_tab)
            window.show_status(QCoreApplication.translate("RoleView", "Pilih jenis izin di tab Katalog Izin dulu."))
            return
        dialog = PermitEditorDialog(window.catalog_service, code, window)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
                window.reload_catalog()
                window.show_status(
                    QCoreApplication.translate("RoleView", "{code} disimpan sebagai versi {version}.").format(
                        code=code, version=dialog.saved.version
                    )
                )
        finally:
            dialog.deleteLater()

    action.triggered.connect(open_editor)
    menu = window.menuBar().actions()[0].menu()
    if isinstance(menu, QMenu):
        menu.insertAction(window.search_action, action)
    return action


def add_dashboard(window: MainWindow, figures: Figures) -> DashboardTab:
    """The "Dasbor" tab, last (supervisors and admins)."""
    tab = DashboardTab(figures)
    tab.setObjectName("dashboard-tab")
    window.add_tab(tab, QCoreApplication.translate("RoleView", "Dasbor"))
    return tab


def apply_role(window: MainWindow, role: Role | None) -> None:
    desk = window.desk
    if desk is None:
        return
    if role is None:  # nobody signed in (tools, tests): the window as it was before accounts
        return
    if not may(role, Operation.REGISTER):
        window.tabs.setTabVisible(window.tabs.indexOf(desk.tab), False)
        desk.tab.new_action.setEnabled(False)
    if desk.backoffice is not None:
        # The signed-in user acts in their own name and role: nothing to pick.
        desk.backoffice.set_actor(desk.services.officer, role)
        desk.backoffice.officer_field.setReadOnly(True)
        desk.backoffice.role_box.setEnabled(False)
        if not may(role, Operation.CARD_ADVANCE):
            window.tabs.setTabVisible(window.tabs.indexOf(desk.backoffice), False)
    printer_test = getattr(window, "printer_test_action", None)
    if printer_test is not None and not may(role, Operation.PRINTER_SETUP):
        printer_test.setVisible(False)
    if desk.services.users is not None and may(role, Operation.USERS):
        add_users_menu(window, desk.services.users)
    if desk.services.dashboard is not None and may(role, Operation.REPORTS):
        add_dashboard(window, desk.services.dashboard)
    if may(role, Operation.CATALOG_EDIT):
        add_permit_editor_menu(window)
    if desk.services.calendar is not None and may(role, Operation.SETTINGS):
        add_office_menu(window, desk.services.settings, desk.services.calendar)
    if desk.services.reports is not None and may(role, Operation.DAILY_CLOSE):
        add_daily_close_menu(window, desk.services.reports, desk.services.settings.current().counter_code)
    for index in range(window.tabs.count()):
        if window.tabs.isTabVisible(index):
            window.tabs.setCurrentIndex(index)
            break
