"""The test print dialog: the page goes out off the UI thread, the saved profile follows the ticks."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from counter_app.errors import PrinterError
from tests.ui.driving import type_into
from ui.app import install_translator
from ui.printer.test_dialog import CUT_CHECK, NATIVE_QR_CHECK, PrinterTestDialog, SavedProfile

pytestmark = pytest.mark.gui

URI = "tcp://192.0.2.10:9100"
"""A documentation address: nothing answers there (the callables are fakes anyway)."""
ADAPTER_CHECKS = [
    ("text", "Nama kantor dan judul besar tercetak jelas"),
    ("ascii", "Baris 'Rp 1.500.000 - e n u' tercetak tanpa huruf aneh"),
    ("code_page", "Baris CP437 dan CP858 menampilkan é ñ ü"),
    ("columns", "Penggaris pas satu baris"),
    ("qr_image", "QR gambar terbaca oleh kamera ponsel"),
    (NATIVE_QR_CHECK, "QR bawaan terbaca oleh kamera ponsel"),
    (CUT_CHECK, "Kertas terpotong otomatis di akhir"),
]
"""Shaped like the printing adapter's `test_page.checks()` (key, question)."""


class FakePrinter:
    """`send_test` and `save_profile` that record their calls; `failure` makes the next sends raise."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, int]] = []
        self.send_threads: list[threading.Thread] = []
        self.saved: list[tuple[str, int, bool, bool]] = []
        self.failure: Exception | None = None

    def send_test(self, uri: str, paper_mm: int) -> None:
        self.send_threads.append(threading.current_thread())
        if self.failure is not None:
            raise self.failure
        self.sent.append((uri, paper_mm))

    def save_profile(self, uri: str, paper_mm: int, qr_native: bool, cut: bool) -> None:
        self.saved.append((uri, paper_mm, qr_native, cut))


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter()


@pytest.fixture
def dialog(qtbot: QtBot, printer: FakePrinter) -> Iterator[PrinterTestDialog]:
    test_dialog = PrinterTestDialog(printer.send_test, printer.save_profile, ADAPTER_CHECKS, uri=URI, paper_mm=80)
    qtbot.addWidget(test_dialog)
    test_dialog.show()
    yield test_dialog
    test_dialog.wait()


def send(qtbot: QtBot, dialog: PrinterTestDialog) -> None:
    """Click "Cetak halaman uji" and wait for the answer to come back to the UI thread."""
    QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.send_button.isEnabled)


def tick(dialog: PrinterTestDialog, *keys: str) -> None:
    for key in keys:
        dialog.check_boxes[key].setChecked(True)


def test_checks_and_save_wait_for_a_test_page(dialog: PrinterTestDialog) -> None:
    assert dialog.uri.text() == URI
    assert dialog.paper.checkedId() == 80
    assert [box.text() for box in dialog.check_boxes.values()] == [question for _, question in ADAPTER_CHECKS]
    assert dialog.send_button.isEnabled()
    assert not dialog.checks_box.isEnabled()
    assert not dialog.save_button.isEnabled()


def test_the_page_is_sent_off_the_ui_thread_for_the_chosen_paper(
    qtbot: QtBot, dialog: PrinterTestDialog, printer: FakePrinter
) -> None:
    dialog.paper.button(58).click()
    send(qtbot, dialog)
    assert printer.sent == [(URI, 58)]
    assert printer.send_threads and printer.send_threads[0] is not threading.main_thread()
    assert dialog.checks_box.isEnabled()
    assert dialog.save_button.isEnabled()
    assert "terkirim" in dialog.status.text()


def test_saved_profile_has_native_qr_and_cut_when_both_passed(
    qtbot: QtBot, dialog: PrinterTestDialog, printer: FakePrinter
) -> None:
    send(qtbot, dialog)
    tick(dialog, "text", "qr_image", NATIVE_QR_CHECK, CUT_CHECK)
    assert "QR bawaan" in dialog.summary.text()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert printer.saved == [(URI, 80, True, True)]
    assert dialog.saved == SavedProfile(URI, 80, qr_native=True, cut=True)
    assert dialog.result() == PrinterTestDialog.DialogCode.Accepted


def test_untested_native_qr_and_cut_are_not_saved(
    qtbot: QtBot, dialog: PrinterTestDialog, printer: FakePrinter
) -> None:
    dialog.paper.button(58).click()
    send(qtbot, dialog)
    tick(dialog, "text", "ascii", "code_page", "columns", "qr_image")
    assert "QR gambar" in dialog.summary.text()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert printer.saved == [(URI, 58, False, False)]


def test_only_the_checks_that_passed_count(qtbot: QtBot, dialog: PrinterTestDialog, printer: FakePrinter) -> None:
    send(qtbot, dialog)
    tick(dialog, CUT_CHECK, NATIVE_QR_CHECK)
    dialog.check_boxes[NATIVE_QR_CHECK].setChecked(False)  # ticked by mistake, then cleared
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert printer.saved == [(URI, 80, False, True)]


def test_a_failing_send_shows_its_message_and_can_be_retried(
    qtbot: QtBot, dialog: PrinterTestDialog, printer: FakePrinter
) -> None:
    message = f"Printer di {URI} tidak menjawab. Periksa kabel jaringan dan daya printer."
    printer.failure = PrinterError(message)
    send(qtbot, dialog)
    assert message in dialog.status.text()
    assert dialog.status.text().startswith("Halaman uji tidak terkirim")
    assert not dialog.checks_box.isEnabled()
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert printer.saved == []

    printer.failure = None
    send(qtbot, dialog)
    assert printer.sent == [(URI, 80)]
    assert dialog.save_button.isEnabled()


def test_an_unexpected_error_is_reported_with_a_reference(
    qtbot: QtBot, dialog: PrinterTestDialog, printer: FakePrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    printer.failure = RuntimeError("bug in the adapter")
    send(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(shown))
    assert "E-" in shown[0]
    assert "bug in the adapter" not in shown[0]
    assert dialog.status.text() == "Halaman uji tidak terkirim."
    assert not dialog.save_button.isEnabled()


def test_changing_the_printer_after_a_test_asks_for_a_new_one(
    qtbot: QtBot, dialog: PrinterTestDialog, printer: FakePrinter
) -> None:
    send(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    dialog.paper.button(58).click()
    assert not dialog.save_button.isEnabled()
    assert "cetak halaman uji lagi" in dialog.status.text()
    dialog.paper.button(80).click()
    assert not dialog.save_button.isEnabled()  # the answers went with the first test
    send(qtbot, dialog)
    dialog.uri.setText("usb://04b8:0202")
    assert not dialog.save_button.isEnabled()


def test_enter_in_the_address_field_sends_and_never_saves(qtbot: QtBot, printer: FakePrinter) -> None:
    dialog = PrinterTestDialog(printer.send_test, printer.save_profile, uri="")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.send_button.isEnabled()
    type_into(dialog.uri, "  usb://04b8:0202 ")
    QTest.keyClick(dialog.uri, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert printer.sent == [("usb://04b8:0202", 80)]
    QTest.keyClick(dialog.uri, Qt.Key.Key_Return)  # a second page, not a save
    qtbot.waitUntil(lambda: len(printer.sent) == 2)
    dialog.wait()
    assert printer.saved == []
    assert dialog.isVisible()


def test_default_checks_cover_text_both_qr_codes_and_the_cut(qtbot: QtBot, printer: FakePrinter) -> None:
    dialog = PrinterTestDialog(printer.send_test, printer.save_profile, uri=URI, paper_mm=58)
    qtbot.addWidget(dialog)
    assert list(dialog.check_boxes) == ["text", "qr_image", NATIVE_QR_CHECK, CUT_CHECK]
    assert dialog.paper.checkedId() == 58


def test_the_dialog_speaks_english_with_the_translation(qtbot: QtBot, qapp: QApplication, printer: FakePrinter) -> None:
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        dialog = PrinterTestDialog(printer.send_test, printer.save_profile, uri=URI)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Receipt printer test"
        assert dialog.send_button.text() == "Print &test page"
        assert dialog.save_button.text() == "&Save profile"
        assert dialog.check_boxes[CUT_CHECK].text() == "The paper is cut automatically at the end"
        printer.failure = PrinterError("Printer offline")
        send(qtbot, dialog)
        assert dialog.status.text() == "Test page not sent: Printer offline"
        dialog.wait()
    finally:
        qapp.removeTranslator(translator)
