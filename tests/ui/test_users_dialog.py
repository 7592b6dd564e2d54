"""The admin's user-accounts screen, driven over the real user service (SQLite)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import Role
from tests.ui.conftest import SqliteApp
from ui.admin import UsersDialog
from ui.app import create_main_window, desk_services

PASSWORD = "sandi-rahasia-1"

pytestmark = pytest.mark.gui


def _rows(dialog: UsersDialog) -> list[list[str]]:
    return [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]  # type: ignore[union-attr]
        for r in range(dialog.table.rowCount())
    ]


def _choose_role(dialog: UsersDialog, role: Role) -> None:
    dialog.role.setCurrentIndex(dialog.role.findData(role.value))


def test_an_admin_manages_accounts(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, PASSWORD)
    application.sign_in("admin", PASSWORD)
    dialog = UsersDialog(application.users)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [["admin", "", "admin", "aktif"]]
    assert not dialog.password_button.isEnabled()

    QTest.keyClicks(dialog.name, "rina")
    QTest.keyClicks(dialog.full_name, "Rina Wulandari")
    _choose_role(dialog, Role.FRONT_DESK)
    QTest.keyClicks(dialog.password, "pendek")
    dialog.add_button.click()
    assert "minimal 8" in dialog.message.text()
    assert len(_rows(dialog)) == 1

    dialog.password.clear()
    QTest.keyClicks(dialog.password, PASSWORD)
    dialog.add_button.click()
    assert dialog.message.text() == "Akun rina dibuat."
    assert _rows(dialog)[1] == ["rina", "Rina Wulandari", "petugas loket", "aktif"]

    dialog.select("rina")
    _choose_role(dialog, Role.SUPERVISOR)
    dialog.role_button.click()
    assert _rows(dialog)[1][2] == "supervisor"
    dialog.active_button.click()
    assert _rows(dialog)[1][3] == "nonaktif"
    dialog.active_button.click()
    assert _rows(dialog)[1][3] == "aktif"
    QTest.keyClicks(dialog.password, "sandi-baru-rina")
    dialog.password_button.click()
    assert application.sign_in("rina", "sandi-baru-rina").role is Role.SUPERVISOR

    # rina (a supervisor now) may not manage accounts: the screen says so.
    refused = UsersDialog(application.users)
    qtbot.addWidget(refused)
    assert _rows(refused) == []
    assert "mengelola akun pengguna" in refused.message.text()


def test_the_last_admin_cannot_disable_themself(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, PASSWORD)
    application.sign_in("admin", PASSWORD)
    dialog = UsersDialog(application.users)
    qtbot.addWidget(dialog)
    dialog.select("admin")
    dialog.active_button.click()
    assert "sendiri" in dialog.message.text()
    assert _rows(dialog)[0][3] == "aktif"


@pytest.mark.parametrize(("role", "shown"), [(Role.ADMIN, True), (Role.SUPERVISOR, False), (None, False)])
def test_the_menu_entry_is_for_admins(qtbot: QtBot, sqlite_app: SqliteApp, role: Role | None, shown: bool) -> None:
    application = sqlite_app.application
    window = create_main_window(application.catalog, desk_services(application, "admin", role))
    qtbot.addWidget(window)
    assert (window.findChild(QAction, "users-action") is not None) is shown
