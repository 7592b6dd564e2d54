"""Scan-to-advance: a stack of receipts scanned with a keyboard-wedge scanner, advanced in one go."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from counter_app.app import Application
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from tests.ui.backoffice.conftest import register, tracking_url
from tests.ui.conftest import check_model
from ui.backoffice import BackOfficeTab
from ui.backoffice.scan_advance import ScanAdvanceDialog, ScanColumn, ScanState

pytestmark = pytest.mark.gui


def scan(dialog: ScanAdvanceDialog, text: str) -> None:
    """What a keyboard-wedge scanner does: type the code, then Enter."""
    QTest.keyClicks(dialog.scan, text)
    QTest.keyClick(dialog.scan, Qt.Key.Key_Return)


def settled(dialog: ScanAdvanceDialog) -> bool:
    return dialog.busy == 0


def results(dialog: ScanAdvanceDialog) -> dict[str, str]:
    model = dialog.model
    return {
        str(model.index(r, ScanColumn.FILE).data()): str(model.index(r, ScanColumn.RESULT).data())
        for r in range(model.rowCount())
    }


def test_scan_a_stack_and_advance_what_can_move(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, qtmodeltester: object
) -> None:
    first, second, third = register(app), register(app), register(app)
    app.cards.act(second, CardAction.ADVANCED, "sari", Role.FRONT_DESK)  # at Verifikasi: back office's
    tab.set_actor("Sari", Role.FRONT_DESK)
    dialog = tab.open_scan_advance()
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.actor.text() == "Diteruskan atas nama Sari sebagai Loket"

    scan(dialog, tracking_url(app, first))  # the receipt's QR
    scan(dialog, second)
    scan(dialog, third)
    scan(dialog, "TIDAK-ADA")
    qtbot.waitUntil(lambda: settled(dialog))
    scan(dialog, first)  # the same file twice in the stack
    qtbot.waitUntil(lambda: settled(dialog))
    assert dialog.scan.text() == ""
    assert dialog.model.rowCount() == 4
    assert f"{first} sudah ada di daftar." == dialog.summary.text()
    stages = [dialog.model.index(r, ScanColumn.STAGE).data() for r in range(4)]
    assert stages == [
        "Pendaftaran dan pemeriksaan kelengkapan berkas",
        "Verifikasi berkas",
        "Pendaftaran dan pemeriksaan kelengkapan berkas",
        "",
    ]
    assert results(dialog)["TIDAK-ADA"].startswith("✗ ")
    assert "tidak ditemukan" in results(dialog)["TIDAK-ADA"]
    check_model(qtmodeltester, dialog.model)  # type: ignore[arg-type]

    with qtbot.waitSignal(dialog.advanced) as advanced, qtbot.waitSignal(tab.refreshed, timeout=10_000):
        dialog.advance_button.click()
    assert advanced.args == [[first, third]]
    shown = results(dialog)
    assert shown[first] == "✓ diteruskan ke Verifikasi berkas"
    assert shown[third] == "✓ diteruskan ke Verifikasi berkas"
    assert shown[second].startswith("✗ Tidak dapat diteruskan ke tahap berikutnya")
    assert "back office" in shown[second]
    assert dialog.model.entries()[0].stage == "Verifikasi berkas"  # where it is now
    assert dialog.summary.text() == "2 berkas diteruskan; 1 tidak dapat diteruskan (lihat kolom Hasil)"
    # One event per file that moved, none for the refused one.
    assert [len(app.cards.show(n).events) for n in (first, second, third)] == [2, 2, 2]
    assert app.cards.show(first).events[-1].by == "Sari"
    # The queue was read again.
    row = tab.model.row_of(first)
    assert row is not None
    assert tab.model.row_at(row).stage_name == "Verifikasi berkas"


def test_keyboard_only(tab: BackOfficeTab, app: Application, qtbot: QtBot) -> None:
    """Ctrl+T opens the dialog, Enter adds, Ctrl+Enter advances (a scan still in the field too)."""
    first, second = register(app), register(app)
    tab.set_actor("Sari", Role.FRONT_DESK)
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    QTest.keyClick(tab.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.scan_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.scan.hasFocus)
    scan(dialog, first)
    QTest.keyClicks(dialog.scan, second)  # not yet Enter
    with qtbot.waitSignal(dialog.advanced, timeout=10_000):
        QTest.keyClick(dialog.scan, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: settled(dialog))
    assert [e.state for e in dialog.model.entries()] == [ScanState.DONE, ScanState.DONE]
    assert [app.cards.show(n).state.stage for n in (first, second)] == [1, 1]

    # Delete removes the selected row; the list can be emptied for the next stack.
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    QTest.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.model.rowCount() == 1
    dialog.clear_button.click()
    assert dialog.model.rowCount() == 0
    assert not dialog.advance_button.isEnabled()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: tab.scan_dialog is None)


def test_advancing_again_retries_only_what_did_not_move(tab: BackOfficeTab, app: Application, qtbot: QtBot) -> None:
    at_counter = register(app)
    app.cards.act(at_counter, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    dialog = tab.open_scan_advance()  # Rina, Back Office
    assert dialog is not None
    waiting = register(app)  # at the counter's stage: not Back Office's to move
    scan(dialog, at_counter)
    scan(dialog, waiting)
    qtbot.waitUntil(lambda: settled(dialog))
    with qtbot.waitSignal(dialog.advanced):
        dialog.advance_button.click()
    qtbot.waitUntil(lambda: settled(dialog))
    assert [e.state for e in dialog.model.entries()] == [ScanState.DONE, ScanState.REFUSED]
    dialog.advance_all()  # again: only the refused one is sent, and refused again
    qtbot.waitUntil(lambda: settled(dialog))
    assert [e.state for e in dialog.model.entries()] == [ScanState.DONE, ScanState.REFUSED]
    assert len(app.cards.show(at_counter).events) == 3  # moved once only
