"""The scan field: a scanned receipt (or a typed number) opens the file; "Cetak ulang" asks why."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from counter_app.domain.print_job import JobState
from counter_app.domain.tracking import format_tracking_code, status_url
from counter_app.services.registration import Registered, RegistrationRequest
from tests.ui.conftest import OFFICER, SqliteApp
from tests.ui.driving import answering, button_with_text, click
from ui.lookup.file_dialog import FileDialog
from ui.lookup.reason_dialog import ReasonDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

APPLICANT: dict[str, Any] = {
    "name": "Budi Santoso",
    "nik": "3214011708850001",
    "phone": "081234567890",
    "business": {"name": "CV Reklame Jaya", "form": "perseorangan"},
}


@pytest.fixture
def registered(qtbot: QtBot, desk_window: MainWindow, sqlite_app: SqliteApp) -> Registered:
    outcome = sqlite_app.application.registration.submit(RegistrationRequest("PWK-REKLAME", APPLICANT, OFFICER))
    assert isinstance(outcome, Registered)
    with qtbot.waitSignal(desk_window.signals.receipt_printed, timeout=5000):
        desk_window.signals.job_queued.emit(outcome.print_job)
    return outcome


def scan(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Like a keyboard-wedge scanner: F2 is not needed, but the officer presses it first."""
    QTest.keyClick(window, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert window.desk is not None and field is window.desk.scan
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def opened(window: MainWindow) -> FileDialog:
    assert window.desk is not None
    dialog = window.desk.lookup.dialog
    assert isinstance(dialog, FileDialog) and dialog.isVisible()
    return dialog


def test_scanning_the_receipt_qr_opens_the_file(qtbot: QtBot, desk_window: MainWindow, registered: Registered) -> None:
    registration = registered.registration
    scan(qtbot, desk_window, status_url("https://status.contoh.go.id", registration.tracking_code))

    dialog = opened(desk_window)
    assert dialog.windowTitle() == f"Berkas {registration.reg_no}"
    assert dialog.reg_no.text() == registration.reg_no
    assert dialog.due.text() == "Kamis, 26 November 2026"
    labels = [label.text() for label in dialog.findChildren(type(dialog.reg_no))]
    assert format_tracking_code(registration.tracking_code) in labels
    assert "3214 **** **** 0001" in labels
    assert "CV Reklame Jaya" in labels
    assert "Senin, 23 November 2026 pukul 09.15 WIB" in labels
    assert [dialog.items.item(row).text() for row in range(dialog.items.count())] == [
        "umum-1. Gambar desain reklame — 2 lbr"
    ]
    assert dialog.job_lines() == ["Senin, 23 November 2026 pukul 09.15 WIB — Tanda terima: tercetak"]
    assert desk_window.desk is not None and desk_window.desk.scan.text() == ""  # ready for the next scan


def test_a_typed_tracking_code_or_number_opens_the_file(
    qtbot: QtBot, desk_window: MainWindow, registered: Registered
) -> None:
    code = format_tracking_code(registered.registration.tracking_code).lower()
    scan(qtbot, desk_window, code)
    assert opened(desk_window).registration.id == registered.registration.id
    opened(desk_window).reject()
    scan(qtbot, desk_window, registered.registration.reg_no)
    assert opened(desk_window).registration.id == registered.registration.id


def test_an_unknown_code_is_said_in_the_status_bar(
    qtbot: QtBot, desk_window: MainWindow, registered: Registered
) -> None:
    scan(qtbot, desk_window, "7KQ2-MX9D-4T1B-X")
    assert desk_window.desk is not None and desk_window.desk.lookup.dialog is None
    assert desk_window.statusBar().currentMessage() == (
        "Berkas 7KQ2-MX9D-4T1B-X tidak ditemukan; periksa nomor registrasi atau kode lacak"
    )


def test_cetak_ulang_asks_a_reason_and_prints_a_duplicate(
    qtbot: QtBot, desk_window: MainWindow, registered: Registered, sqlite_app: SqliteApp
) -> None:
    scan(qtbot, desk_window, registered.registration.reg_no)
    dialog = opened(desk_window)

    def cancel(reason_dialog: QDialog) -> None:
        assert isinstance(reason_dialog, ReasonDialog)
        assert not button_with_text(reason_dialog, "Cetak ulang").isEnabled()  # no reason, no reprint
        click("Batal")(reason_dialog)

    def give_reason(reason_dialog: QDialog) -> None:
        assert isinstance(reason_dialog, ReasonDialog)
        QTest.keyClicks(reason_dialog.reason, "Struk hilang di jalan")
        click("Cetak ulang")(reason_dialog)

    with answering([cancel]):
        dialog.reprint_button.click()
    assert len(sqlite_app.transport.sent) == 1

    with answering([give_reason]), qtbot.waitSignal(desk_window.signals.receipt_printed, timeout=5000) as printed:
        dialog.reprint_button.click()
    job = printed.args[0]
    assert (job.copy_no, job.reason, job.state) == (1, "Struk hilang di jalan", JobState.PRINTED)
    assert len(sqlite_app.transport.sent) == 2
    assert b"DUPLIKAT ke-1" in sqlite_app.transport.sent[1][1]
    qtbot.waitUntil(lambda: len(dialog.job_lines()) == 2 and ": tercetak" in dialog.job_lines()[1])
    assert dialog.job_lines()[1] == (
        "Senin, 23 November 2026 pukul 09.15 WIB — Tanda terima (duplikat ke-1): tercetak "
        "(alasan: Struk hilang di jalan)"
    )
    assert desk_window.statusBar().currentMessage() == (
        f"Tanda terima {registered.registration.reg_no} dicetak ulang (duplikat ke-1)."
    )
