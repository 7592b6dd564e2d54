"""Handover: scan the receipt, compare the identity (full NIK here only), record receiver + document."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from counter_app.app import Application
from counter_app.domain.card_state import CardStatus
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from tests.services.conftest import APPLICANT
from tests.ui.backoffice.conftest import register, tracking_url
from ui.backoffice import BackOfficeTab
from ui.backoffice.handover import HandoverDialog

pytestmark = pytest.mark.gui


def ready_for_handover(app: Application) -> str:
    reg_no = register(app)
    stages = app.cards.show(reg_no).registration.permit.stages
    for _ in range(len(stages) - 1):
        app.cards.act(reg_no, CardAction.ADVANCED, "Pak Kabid", Role.SUPERVISOR)
    return reg_no


def test_scan_compare_and_record_the_handover(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    reg_no = ready_for_handover(app)
    tab.set_actor("Sari", Role.FRONT_DESK)
    dialog = tab.open_handover()
    assert dialog is not None
    assert not dialog.ok.isEnabled()
    caplog.set_level(logging.INFO, logger="ui.backoffice.handover")
    QTest.keyClicks(dialog.scan, tracking_url(app, reg_no))
    QTest.keyClick(dialog.scan, Qt.Key.Key_Return)

    assert dialog.reg_no.text() == reg_no
    assert dialog.name.text() == "Budi Santoso"
    assert dialog.nik.text() == "3214 0117 0885 0001"  # in full: compared with the KTP
    assert dialog.address.text() == "Jl. Veteran No. 139, Purwakarta"
    assert dialog.business.text() == "PT Logam Mulia Jaya"
    assert dialog.birth.text() == "-"
    assert dialog.status.text().startswith("Siap diserahkan")
    assert f"full NIK shown for the handover of {reg_no} to Sari" in caplog.text
    assert str(APPLICANT["nik"]) not in caplog.text  # who saw it is logged, the NIK never

    assert not dialog.ok.isEnabled()
    dialog.same_person.click()
    assert dialog.receiver.text() == "Budi Santoso"
    assert not dialog.ok.isEnabled()  # the document checked is still missing
    dialog.document.setCurrentIndex(1)
    assert dialog.ok.isEnabled()
    dialog.note.setText("diambil sendiri")
    with qtbot.waitSignal(dialog.recorded), qtbot.waitSignal(tab.refreshed, timeout=10_000):
        dialog.ok.click()

    view = app.cards.show(reg_no)
    assert view.state.status is CardStatus.HANDED_OVER
    event = view.events[-1]
    assert event.action is CardAction.HANDED_OVER
    assert event.data == {"received_by": "Budi Santoso", "id_document": "KTP-el pemohon"}
    assert (event.by, event.role, event.note) == ("Sari", "front_desk", "diambil sendiri")
    qtbot.waitUntil(lambda: tab.handover_dialog is None)
    assert tab.detail.title.text() == reg_no
    assert "diserahkan" in tab.detail.stage.text()
    assert "Diterima oleh Budi Santoso; dokumen diperiksa: KTP-el pemohon" in tab.detail.timeline_texts()[-1]
    assert tab.model.row_of(reg_no) is None  # closed files leave the queue


def test_a_file_not_ready_cannot_be_handed_over(qtbot: QtBot, app: Application) -> None:
    reg_no = register(app)
    dialog = HandoverDialog(app.cards, "Sari", Role.FRONT_DESK)
    qtbot.addWidget(dialog)
    dialog.load(reg_no)
    assert dialog.name.text() == "Budi Santoso"
    assert dialog.status.text().startswith("Belum dapat diserahkan oleh loket (front office): serah terima hanya")
    dialog.receiver.setText("Budi Santoso")
    dialog.document.setEditText("KTP-el")
    assert not dialog.ok.isEnabled()
    dialog.load("TIDAK-ADA")
    assert dialog.name.text() == ""
    assert "tidak ditemukan" in dialog.status.text()
    assert len(app.cards.show(reg_no).events) == 1


def test_the_handover_button_opens_the_dialog_for_the_selected_file(tab: BackOfficeTab, app: Application) -> None:
    reg_no = ready_for_handover(app)
    tab.set_actor("Sari", Role.FRONT_DESK)
    assert tab.show_file(reg_no)
    assert CardAction.HANDED_OVER in tab.detail.visible_actions()
    tab.detail.buttons[CardAction.HANDED_OVER].click()
    dialog = tab.handover_dialog
    assert dialog is not None
    assert dialog.reg_no.text() == reg_no
    assert dialog.receiver.hasFocus() or not dialog.isActiveWindow()
    dialog.reject()
    assert app.cards.show(reg_no).state.status is CardStatus.OPEN
