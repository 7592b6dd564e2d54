"""The admin's office settings and holiday overrides, over the real services (SQLite)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import Role
from tests.ui.conftest import SqliteApp
from ui.admin import OfficeDialog
from ui.app import create_main_window, desk_services

PASSWORD = "sandi-rahasia-1"
pytestmark = pytest.mark.gui


def test_an_admin_changes_settings_and_holidays(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, PASSWORD)
    application.sign_in("admin", PASSWORD)
    dialog = OfficeDialog(application.settings, application.calendar, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    assert dialog.fields["office.code"].text() == "PWK"

    dialog.fields["office.code"].setText("KODEYANGTERLALUPANJANG")
    dialog.fields["office.name"].setText("DPMPTSP Purwakarta")
    dialog.save()
    assert "office.code" in dialog.message.text()  # names the field and the fix
    assert application.settings.current().raw("office.name") == "DPMPTSP Kabupaten Purwakarta"  # all or nothing

    dialog.fields["office.code"].setText("PWK2")
    dialog.save()
    assert dialog.message.text() == "Pengaturan disimpan: office.code, office.name."
    assert application.settings.current().office_code == "PWK2"

    dialog.day.setDate(QDate(2026, 12, 24))
    dialog.day_name.setText("cuti kantor")
    dialog.closed_button.click()
    assert [(o.day, o.closed, o.name) for o in application.calendar.overrides()] == [
        (date(2026, 12, 24), True, "cuti kantor")
    ]
    assert dialog.table.item(0, 0).text() == "2026-12-24"  # type: ignore[union-attr]
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert application.calendar.overrides() == []
    assert dialog.table.rowCount() == 0


def test_a_supervisor_is_refused_on_the_dialog(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, PASSWORD)
    application.sign_in("admin", PASSWORD)
    application.users.add("kabid", Role.SUPERVISOR, PASSWORD)
    application.sign_in("kabid", PASSWORD)
    dialog = OfficeDialog(application.settings, application.calendar, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.fields["office.name"].setText("Kantor Lain")
    dialog.save()
    assert "mengubah pengaturan kantor" in dialog.message.text()
    dialog.closed_button.click()
    assert "mengubah pengaturan kantor" in dialog.message.text()


@pytest.mark.parametrize(("role", "shown"), [(Role.ADMIN, True), (Role.SUPERVISOR, False), (Role.FRONT_DESK, False)])
def test_the_menu_entry_is_for_admins(qtbot: QtBot, sqlite_app: SqliteApp, role: Role, shown: bool) -> None:
    application = sqlite_app.application
    window = create_main_window(application.catalog, desk_services(application, "x", role))
    qtbot.addWidget(window)
    assert (window.findChild(QAction, "office-action") is not None) is shown
