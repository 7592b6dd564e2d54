"""The main window hides what the signed-in role may not do (the services refuse it anyway)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import Role
from tests.ui.conftest import SqliteApp
from ui.app import create_main_window, desk_services
from ui.main_window import MainWindow


def _visible_tabs(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]


@pytest.mark.parametrize(
    ("role", "tabs", "printer_test"),
    [
        (None, ["Pendaftaran", "Back Office", "Katalog Izin"], True),
        (Role.FRONT_DESK, ["Pendaftaran", "Back Office", "Katalog Izin"], True),
        (Role.BACK_OFFICE, ["Back Office", "Katalog Izin"], False),
        (Role.SUPERVISOR, ["Pendaftaran", "Back Office", "Katalog Izin", "Dasbor"], True),
        (Role.ADMIN, ["Katalog Izin", "Dasbor"], True),
    ],
)
def test_tabs_and_menus_follow_the_role(
    qtbot: QtBot, sqlite_app: SqliteApp, role: Role | None, tabs: list[str], printer_test: bool
) -> None:
    window = create_main_window(sqlite_app.application.catalog, desk_services(sqlite_app.application, "rina", role))
    qtbot.addWidget(window)

    assert _visible_tabs(window) == tabs
    assert window.tabs.isTabVisible(window.tabs.currentIndex())
    assert window.printer_test_action.isVisible() is printer_test
    assert window.desk is not None
    assert window.desk.tab.new_action.isEnabled() is ("Pendaftaran" in tabs)
    backoffice = window.desk.backoffice
    assert backoffice is not None
    if role is not None and role is not Role.ADMIN:  # admins have no back-office tab at all
        assert (backoffice.officer(), backoffice.role()) == ("rina", role)
        assert backoffice.officer_field.isReadOnly()
        assert not backoffice.role_box.isEnabled()
    elif role is None:
        assert backoffice.role_box.isEnabled()
