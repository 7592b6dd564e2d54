"""The daily close in the desktop app: figures per officer, the PDF, the receipt printer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import Role
from counter_app.services.registration import Registered, RegistrationRequest
from tests.printing.escpos_reader import parse_escpos
from tests.services.conftest import APPLICANT
from tests.ui.conftest import PRINTER_URI, SqliteApp
from ui.app import create_main_window, desk_services
from ui.reports import DailyCloseDialog

PASSWORD = "sandi-rahasia-1"
pytestmark = pytest.mark.gui


def test_the_front_desk_closes_its_day(qtbot: QtBot, sqlite_app: SqliteApp, tmp_path: Path) -> None:
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, PASSWORD)
    application.sign_in("admin", PASSWORD)
    application.users.add("rina", Role.FRONT_DESK, PASSWORD)
    application.sign_in("rina", PASSWORD)
    for _ in range(2):
        assert isinstance(
            application.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "-")), Registered
        )
    saved_to = tmp_path / "tutup.pdf"

    def ask_save(_parent: QWidget, suggested: Path) -> Path | None:
        assert suggested.name == "tutup-harian-2026-11-23.pdf"
        return saved_to

    dialog = DailyCloseDialog(application.reports, "L01", date(2026, 11, 23), ask_save)
    qtbot.addWidget(dialog)

    cells = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert cells == [["L01", "rina", "2", "0", "0", "0"], ["Jumlah", "", "2", "0", "0", "0"]]
    assert application.audit.head("L01") in dialog.details.text()

    dialog.pdf_button.click()
    assert saved_to.read_bytes().startswith(b"%PDF")
    assert dialog.message.text() == f"Tersimpan: {saved_to}"

    dialog.print_button.click()
    [(uri, payload)] = sqlite_app.transport.sent[-1:]
    assert uri == PRINTER_URI
    assert "TUTUP HARIAN" in parse_escpos(payload).text


def test_back_office_has_no_daily_close(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    for role, shown in ((Role.FRONT_DESK, True), (Role.BACK_OFFICE, False), (Role.SUPERVISOR, True)):
        window = create_main_window(application.catalog, desk_services(application, "x", role))
        qtbot.addWidget(window)
        assert (window.findChild(QAction, "daily-close-action") is not None) is shown
