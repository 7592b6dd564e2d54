"""A file's card in the back office: timeline, received items, role-dependent actions with a confirm
step, refusals shown as the rules word them, and the printable card."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from counter_app.app import Application
from counter_app.domain.card_state import CardStatus
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.identity import new_id
from tests.helpers.clock import FixedClock
from tests.printing.conftest import have_tool
from tests.services.conftest import APPLICANT
from tests.ui.backoffice.conftest import TabIo, load, register
from tests.ui.conftest import check_model
from ui.backoffice import BackOfficeTab
from ui.backoffice.card_detail import IGNORED_ROLE
from ui.backoffice.confirm import ConfirmActionDialog

pytestmark = pytest.mark.gui


@dataclass
class Confirmations:
    """Stands in for `ConfirmActionDialog.exec`: records what the dialog said, types the reason."""

    reason: str = ""
    accept: bool = True
    said: list[str] = field(default_factory=list)
    ok_enabled_before: list[bool] = field(default_factory=list)

    def exec(self, dialog: ConfirmActionDialog) -> int:
        self.said.append(dialog.what.text())
        self.ok_enabled_before.append(dialog.ok.isEnabled())
        if not self.accept:
            return QDialog.DialogCode.Rejected.value
        dialog.note.setText(self.reason)
        dialog.ok.click()
        return dialog.result()


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> Confirmations:
    recorder = Confirmations()

    def exec_(dialog: ConfirmActionDialog) -> int:
        return recorder.exec(dialog)

    monkeypatch.setattr(ConfirmActionDialog, "exec", exec_)
    return recorder


@dataclass
class Warnings:
    shown: list[str] = field(default_factory=list)

    def warning(self, _parent: QWidget | None, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        self.shown.append(text)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Warnings:
    recorder = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", recorder.warning)
    return recorder


def at_verification(app: Application) -> str:
    reg_no = register(app)
    app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    return reg_no


def test_selecting_a_file_shows_its_card(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, clock: FixedClock, qtmodeltester: object
) -> None:
    reg_no = register(app)
    clock.advance(hours=4, minutes=50)  # 14.05 WIB
    app.cards.act(reg_no, CardAction.ADVANCED, "Sari Dewi", Role.FRONT_DESK, note="berkas asli dicocokkan")
    load(qtbot, tab)
    assert tab.select(reg_no)
    detail = tab.detail
    assert detail.title.text() == reg_no
    assert "Budi Santoso" in detail.applicant.text()
    assert "3214 **** **** 0001" in detail.applicant.text()
    assert str(APPLICANT["nik"]) not in detail.applicant.text()
    assert detail.stage.text().startswith("Verifikasi berkas — tahap 2 dari 8; diproses")
    assert "Rabu, 2 Desember 2026" in detail.due.text()
    assert detail.flag.text() == "Sesuai jadwal"
    lines = detail.timeline_texts()
    assert lines[0].startswith("Senin, 23 November 2026 pukul 09.15 WIB | didaftarkan — masuk Pendaftaran")
    assert lines[1] == (
        "Senin, 23 November 2026 pukul 14.05 WIB | diteruskan ke tahap berikutnya: "
        "Pendaftaran dan pemeriksaan kelengkapan berkas → Verifikasi berkas | "
        "Sari Dewi · loket (front office) · loket L01 | berkas asli dicocokkan"
    )
    check_model(qtmodeltester, detail.timeline_model)  # type: ignore[arg-type]
    items = [detail.items.item(i).text() for i in range(detail.items.count())]
    assert len(items) == 9
    assert items[0].startswith("1. ")
    assert detail.sections.tabText(1) == "Dokumen diterima (9)"
    assert tab.print_action.isEnabled()


def test_ignored_events_are_marked(tab: BackOfficeTab, app: Application, clock: FixedClock) -> None:
    """Two counters advanced the same file at once: the second event is kept but has no effect."""
    import db

    reg_no = at_verification(app)
    view = app.cards.show(reg_no)
    late = CardEvent(
        id=new_id(),
        registration_id=view.registration.id,
        action=CardAction.ADVANCED,
        from_stage=0,
        to_stage=1,
        at=clock.now() + timedelta(minutes=3),
        by="Joko",
        role=Role.FRONT_DESK.value,
        counter_code="L02",
    )
    with db.SqlUnitOfWorkFactory(app.engine)() as uow:
        uow.card_events.add(late)
        uow.commit()
    assert tab.show_file(reg_no)
    model = tab.detail.timeline_model
    assert [model.index(r, 0).data(IGNORED_ROLE) for r in range(model.rowCount())] == [False, False, True]
    assert tab.detail.timeline_texts()[2].split(" | ")[1].endswith("— tidak berlaku")
    assert "Joko" in tab.detail.timeline_texts()[2]


def test_the_buttons_follow_the_acting_role(tab: BackOfficeTab, app: Application) -> None:
    reg_no = register(app)
    assert tab.show_file(reg_no)
    assert tab.detail.visible_actions() == []  # Back Office, at the counter's stage
    assert tab.detail.hint.text() == (
        "Tidak ada tindakan untuk back office di tahap ini; tahap Pendaftaran dan pemeriksaan kelengkapan "
        "berkas dikerjakan oleh loket (front office)."
    )
    tab.set_actor("Sari", Role.FRONT_DESK)
    assert tab.detail.visible_actions() == [CardAction.ADVANCED, CardAction.RETURNED, CardAction.REJECTED]
    tab.set_actor("Pak Kabid", Role.SUPERVISOR)
    assert tab.detail.visible_actions() == [
        CardAction.ADVANCED,
        CardAction.RETURNED,
        CardAction.REJECTED,
        CardAction.VOIDED,  # only a supervisor cancels a registration
    ]


def test_a_supervisor_voids_from_the_card(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, confirmations: Confirmations
) -> None:
    reg_no = register(app)
    tab.set_actor("Pak Kabid", Role.SUPERVISOR)
    assert tab.show_file(reg_no)
    confirmations.reason = "didaftarkan dua kali"
    with qtbot.waitSignal(tab.refreshed):
        tab.detail.buttons[CardAction.VOIDED].click()
    assert "akan dibatalkan (BATAL)" in confirmations.said[0]
    view = app.cards.show(reg_no)
    assert view.state.status is CardStatus.VOIDED
    assert (view.events[-1].by, view.events[-1].note) == ("Pak Kabid", "didaftarkan dua kali")
    assert tab.model.row_of(reg_no) is None  # no longer in the queue


def test_an_action_is_confirmed_then_recorded(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, confirmations: Confirmations
) -> None:
    reg_no = at_verification(app)
    load(qtbot, tab)
    assert tab.select(reg_no)
    assert CardAction.ADVANCED in tab.detail.visible_actions()
    with qtbot.waitSignal(tab.refreshed):
        tab.detail.buttons[CardAction.ADVANCED].click()
    assert confirmations.said == [
        f"Berkas {reg_no} akan diteruskan dari Verifikasi berkas ke Pemrosesan di back office."
    ]
    events = app.cards.show(reg_no).events
    assert [e.action for e in events] == [CardAction.REGISTERED, CardAction.ADVANCED, CardAction.ADVANCED]
    assert (events[-1].by, events[-1].role, events[-1].from_stage, events[-1].to_stage) == (
        "Rina",
        "back_office",
        1,
        2,
    )
    assert tab.detail.stage.text().startswith("Pemrosesan di back office")
    assert "Pemrosesan di back office" in tab.feedback.text()
    row = tab.model.row_of(reg_no)
    assert row is not None
    assert tab.model.row_at(row).stage_name == "Pemrosesan di back office"  # the queue was read again


def test_a_return_needs_a_reason(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, confirmations: Confirmations
) -> None:
    reg_no = at_verification(app)
    assert tab.show_file(reg_no)
    confirmations.reason = "NPWP tidak terbaca"
    with qtbot.waitSignal(tab.refreshed):
        tab.detail.buttons[CardAction.RETURNED].click()
    assert confirmations.ok_enabled_before == [False]  # no reason typed yet: OK is disabled
    assert "dikembalikan ke pemohon" in confirmations.said[0]
    view = app.cards.show(reg_no)
    assert view.state.status is CardStatus.RETURNED
    assert view.events[-1].note == "NPWP tidak terbaca"


def test_a_reason_dialog_cannot_be_accepted_empty(qtbot: QtBot, app: Application) -> None:
    view = app.cards.show(at_verification(app))
    dialog = ConfirmActionDialog(view, CardAction.REJECTED, "Rina sebagai Back Office")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    dialog.note.setText("  ")
    assert not dialog.ok.isEnabled()
    dialog.note.setText("izin lokasi tidak sesuai")
    assert dialog.ok.isEnabled()
    assert "ditolak" in dialog.what.text()


def test_a_cancelled_confirmation_records_nothing(
    tab: BackOfficeTab, app: Application, confirmations: Confirmations
) -> None:
    reg_no = at_verification(app)
    assert tab.show_file(reg_no)
    confirmations.accept = False
    tab.detail.buttons[CardAction.ADVANCED].click()
    assert len(app.cards.show(reg_no).events) == 2


def test_a_refused_action_shows_why(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, confirmations: Confirmations, warnings: Warnings
) -> None:
    """The card moved on at another counter after it was shown here: the rules refuse, the officer
    reads why, and the card is shown as it is now."""
    reg_no = register(app)
    tab.set_actor("Sari", Role.FRONT_DESK)
    assert tab.show_file(reg_no)
    app.cards.act(reg_no, CardAction.ADVANCED, "Joko", Role.FRONT_DESK)  # elsewhere, meanwhile
    with qtbot.waitSignal(tab.refreshed):
        tab.detail.buttons[CardAction.ADVANCED].click()
    assert warnings.shown == [
        "Tidak dapat diteruskan ke tahap berikutnya: tahap Verifikasi berkas dikerjakan oleh back office "
        "atau supervisor."
    ]
    assert len(app.cards.show(reg_no).events) == 2
    assert tab.detail.stage.text().startswith("Verifikasi berkas")
    assert CardAction.ADVANCED not in tab.detail.visible_actions()


def test_no_officer_name_no_action(tab: BackOfficeTab, app: Application, confirmations: Confirmations) -> None:
    reg_no = at_verification(app)
    assert tab.show_file(reg_no)
    tab.officer_field.clear()
    tab.detail.buttons[CardAction.ADVANCED].click()
    assert confirmations.said == []
    assert "nama petugas" in tab.feedback.text()
    assert len(app.cards.show(reg_no).events) == 2


def test_an_undo_by_the_supervisor(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, confirmations: Confirmations
) -> None:
    reg_no = at_verification(app)
    tab.set_actor("Pak Kabid", Role.SUPERVISOR)
    assert tab.show_file(reg_no)
    confirmations.reason = "salah pindai"
    with qtbot.waitSignal(tab.refreshed):
        tab.detail.buttons[CardAction.UNDONE].click()
    assert "kembali ke tahap Pendaftaran dan pemeriksaan kelengkapan berkas" in confirmations.said[0]
    view = app.cards.show(reg_no)
    assert view.state.stage == 0
    assert view.events[-1].action is CardAction.UNDONE


def test_a_scanned_receipt_opens_a_file_from_the_search_field(tab: BackOfficeTab, app: Application) -> None:
    reg_no = register(app)
    tracking = app.cards.show(reg_no).registration.tracking_code
    tab.search.setText(f"https://status.contoh.go.id/t/{tracking}")
    tab.search.returnPressed.emit()
    assert tab.detail.title.text() == reg_no
    assert tab.search.text() == ""
    tab.search.setText("PWK-L01-000000-9999")
    tab.search.returnPressed.emit()
    assert "tidak ditemukan" in tab.feedback.text()


@pytest.mark.skipif(not have_tool("pdfinfo"), reason="poppler-utils not installed")
def test_print_saves_the_card_and_opens_it(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, tab_io: TabIo, tmp_path: Path
) -> None:
    reg_no = register(app)
    assert tab.show_file(reg_no)
    tab_io.save_to = (tmp_path / "kartu.pdf", "a5")
    tab.print_action.trigger()
    qtbot.waitUntil(lambda: bool(tab_io.opened), timeout=15_000)
    assert tab_io.suggested[0].name == f"kartu-kendali-{reg_no}.pdf"
    assert tab_io.opened == [tmp_path / "kartu.pdf"]
    info = subprocess.run(["pdfinfo", str(tmp_path / "kartu.pdf")], capture_output=True, text=True, check=True)
    assert "Page size:       419.528 x 595.276 pts" in info.stdout  # A5
    assert f"KARTU KENDALI BERKAS {reg_no}" in info.stdout
    assert "disimpan" in tab.feedback.text()

    tab_io.save_to = None  # cancelled
    tab.print_card()
    assert tab_io.opened == [tmp_path / "kartu.pdf"]


def test_a_card_that_cannot_be_saved_says_so(
    tab: BackOfficeTab, app: Application, qtbot: QtBot, tab_io: TabIo, tmp_path: Path, warnings: Warnings
) -> None:
    assert tab.show_file(register(app))
    tab_io.save_to = (tmp_path / "tidak-ada" / "kartu.pdf", "a4")
    tab.print_card()
    qtbot.waitUntil(lambda: bool(warnings.shown), timeout=15_000)
    assert "tidak dapat disimpan" in warnings.shown[0]
    assert tab_io.opened == []
