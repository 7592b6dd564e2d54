"""The test-print dialog is reachable from the main window and saves what the officer confirmed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from counter_app.services.settings import printer_profile_of
from tests.ui.conftest import SqliteApp
from ui.main_window import MainWindow
from ui.printer import PrinterTestDialog

pytestmark = pytest.mark.gui


def test_menu_opens_the_dialog_that_prints_and_saves(
    qtbot: QtBot, desk_window: MainWindow, sqlite_app: SqliteApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert desk_window.printer_test_action.text() == "&Tes printer struk…"
    opened: list[PrinterTestDialog] = []

    def run(dialog: PrinterTestDialog) -> int:
        opened.append(dialog)
        sqlite_app.application.send_test_page("tcp://192.168.1.50:9100", 58)
        sqlite_app.application.save_printer_profile("tcp://192.168.1.50:9100", 58, qr_native=False, cut=True)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PrinterTestDialog, "exec", run)
    desk_window.printer_test_action.trigger()
    assert len(opened) == 1
    assert sqlite_app.transport.sent[-1][0] == "tcp://192.168.1.50:9100"
    profile = printer_profile_of(sqlite_app.application.settings.current())
    assert (profile.paper_mm, profile.cut) == (58, True)
    assert "Profil printer disimpan." in desk_window.statusBar().currentMessage()
