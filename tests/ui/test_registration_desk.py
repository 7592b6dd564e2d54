"""The registration desk on a real SQLite database, driven from the keyboard like the officer does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.print_job import JobState
from counter_app.errors import NotFound, StorageError
from counter_app.services.registration import Registered, RegistrationRequest
from tests.ui.conftest import SqliteApp, desk_of
from tests.ui.driving import leave, pick_permit, tick_all_with_space, type_into
from ui.main_window import MainWindow
from ui.registration.checklist_model import ChecklistColumn
from ui.registration.desk import RegistrationDesk

pytestmark = pytest.mark.gui

NIK = "3214011708850001"
APPLICANT: dict[str, Any] = {
    "name": "Budi Santoso",
    "nik": NIK,
    "phone": "0812-3456-7890",
    "address": "Jl. Veteran No. 139, Purwakarta",
    "business": {"name": "PT Logam Mulia Jaya", "form": "badan_usaha", "nib": "1234567890123"},
}


@pytest.fixture
def desk(desk_window: MainWindow) -> RegistrationDesk:
    desk_window.activateWindow()
    return desk_of(desk_window)


def assert_nothing_stored(app: SqliteApp) -> None:
    with pytest.raises(NotFound):
        app.application.registration.find(NIK)
    assert app.application.printing.queued() == []
    assert app.application.printing.failed() == []
    assert app.transport.sent == []


def test_desk_is_the_first_tab(desk_window: MainWindow, desk: RegistrationDesk) -> None:
    assert [desk_window.tabs.tabText(i) for i in range(desk_window.tabs.count())] == [
        "Pendaftaran",
        "Back Office",
        "Katalog Izin",
    ]
    assert desk_window.tabs.currentWidget() is desk
    assert desk.completeness.text() == "Pilih jenis izin untuk melihat persyaratannya"
    assert not desk.register_button.isEnabled()
    assert not desk.return_button.isEnabled()
    assert desk.register_button.text() == "&Daftarkan && Cetak"
    assert desk.search.field.placeholderText() == "Cari pemohon: NIK, NIB, telepon atau nama"


def test_a_new_applicant_registered_from_the_keyboard(
    qtbot: QtBot, desk_window: MainWindow, desk: RegistrationDesk, sqlite_app: SqliteApp
) -> None:
    desk.focus_search()
    QTest.keyClicks(desk.search.field, NIK)
    qtbot.waitUntil(lambda: "Belum pernah mendaftar" in desk.search.status.text())
    QTest.keyClick(desk.search.field, Qt.Key.Key_Return)
    assert desk.form.nik.text() == NIK  # what was typed starts the new applicant
    assert QApplication.focusWidget() is desk.form.name
    QTest.keyClicks(desk.form.name, "Siti Aminah")
    type_into(desk.form.phone, "0812 3456 7890")

    pick_permit(desk, "PWK-24201")
    assert desk.picker.current_code() == "PWK-24201"
    assert QApplication.focusWidget() is desk.checklist
    assert desk.completeness.text() == "Kurang 5 persyaratan wajib"
    assert desk.return_button.isEnabled() and not desk.register_button.isEnabled()
    tick_all_with_space(desk)
    assert desk.completeness.text() == "Lengkap — siap didaftarkan"
    assert desk.register_button.isEnabled() and not desk.return_button.isEnabled()

    with qtbot.waitSignal(desk_window.signals.receipt_printed, timeout=5000) as printed:
        QTest.keyClick(desk.checklist, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    reg_no = desk.outcome.reg_no.text()
    assert reg_no == "PWK-L01-261123-0001"
    assert desk.outcome.due.text() == "Rabu, 2 Desember 2026"
    assert desk.outcome.headline.text() == "Berkas terdaftar"
    registration = sqlite_app.application.registration.find(reg_no)
    assert registration.applicant.name == "Siti Aminah"
    assert registration.applicant.phone == "+6281234567890"
    assert {item.requirement_id for item in registration.items} == {
        "umum-1",
        "umum-2",
        "umum-3",
        "khusus-1",
        "khusus-2",
    }
    job = printed.args[0]
    assert job.state is JobState.PRINTED and job.registration_id == registration.id
    [(uri, payload)] = sqlite_app.transport.sent
    assert uri == "tcp://192.0.2.10:9100"
    assert b"TANDA TERIMA BERKAS" in payload and reg_no.encode() in payload
    qtbot.waitUntil(lambda: desk.outcome.print_state.text() == "Tercetak.")
    assert "TANDA TERIMA BERKAS" in desk.outcome.preview.text()
    assert reg_no in desk.outcome.preview.text()
    assert desk_window.desk is not None
    assert "Tanda terima tercetak" in desk_window.desk.status.text()
    # Ready for the next applicant.
    assert desk.form.name.text() == "" and desk.form.nik.text() == ""
    assert desk.permit is None and desk.checklist_model.rowCount() == 0
    assert QApplication.focusWidget() is desk.search.field
    assert reg_no in desk_window.statusBar().currentMessage()


def test_validation_errors_land_on_their_fields(desk: RegistrationDesk, sqlite_app: SqliteApp) -> None:
    type_into(desk.form.nik, "3214 0117")
    desk.form.business.setChecked(True)
    type_into(desk.form.nib, "123")
    type_into(desk.form.birth_date, "31-02-1985")
    pick_permit(desk, "reklame")
    tick_all_with_space(desk)
    desk.register_button.click()

    form = desk.form
    assert form.message_for("name") == "Nama lengkap wajib diisi"
    assert form.message_for("nik").startswith("NIK harus 16 angka (tertulis 8 karakter)")
    assert form.message_for("phone") == "Nomor telepon wajib diisi"
    assert form.message_for("business.name") == "Nama usaha wajib diisi"
    assert form.message_for("business.nib").startswith("NIB harus 13 angka")
    assert form.message_for("birth_date").startswith("Tanggal lahir tidak terbaca")
    assert form.message_for("email") == ""
    assert QApplication.focusWidget() is form.name  # the first problem
    assert_nothing_stored(sqlite_app)

    # Fixing a field clears its message when the officer leaves it.
    type_into(form.name, "Budi Santoso")
    leave(form.name)
    assert form.message_for("name") == ""
    assert form.message_for("phone") == "Nomor telepon wajib diisi"


def test_messages_appear_only_for_fields_already_visited(desk: RegistrationDesk) -> None:
    type_into(desk.form.name, "Budi")
    leave(desk.form.name)
    assert desk.form.message_for("phone") == ""  # not reached yet
    type_into(desk.form.email, "budi@")
    leave(desk.form.email)
    assert desk.form.message_for("email").startswith("Alamat e-mail tidak valid")


def test_unknown_nik_region_warns_without_stopping(
    qtbot: QtBot, desk_window: MainWindow, desk: RegistrationDesk, sqlite_app: SqliteApp
) -> None:
    type_into(desk.form.name, "Andi")
    type_into(desk.form.phone, "081234567890")
    type_into(desk.form.nik, "9999011708850001")
    leave(desk.form.nik)  # shown once the rest is valid: the service gives warnings with a valid applicant
    assert desk.form.message_for("nik") == "Perhatian: Kode wilayah NIK 9999 tidak dikenal; pastikan sesuai KTP"
    pick_permit(desk, "reklame")
    tick_all_with_space(desk)
    with qtbot.waitSignal(desk_window.signals.registered) as registered:
        desk.register_button.click()
    assert isinstance(registered.args[0], Registered)
    assert (
        sqlite_app.application.registration.find(registered.args[0].registration.reg_no).applicant.nik
        == "9999011708850001"
    )


def test_birth_date_accepts_day_first_and_iso(desk: RegistrationDesk) -> None:
    type_into(desk.form.birth_date, "17-08-1985")
    assert desk.form.birth_hint.text() == "Sabtu, 17 Agustus 1985"
    assert desk.form.entry().data["birth_date"] == "1985-08-17"
    desk.form.birth_date.setText("1985-08-17")
    assert desk.form.entry().data["birth_date"] == "1985-08-17"
    desk.form.birth_date.setText("")
    assert desk.form.entry().data["birth_date"] == ""
    assert desk.form.entry().errors == []


def test_conditional_requirements_follow_the_form(desk: RegistrationDesk) -> None:
    model = desk.checklist_model
    pick_permit(desk, "PWK-24201")
    QTest.keyClick(desk.checklist, Qt.Key.Key_Space)  # umum-1
    ids = [item.id for item in model.items()]
    assert "khusus-5" not in ids
    assert desk.completeness.text() == "Kurang 4 persyaratan wajib"

    desk.form.business.setChecked(True)
    desk.form.foreign_capital.setChecked(True)  # PMA
    ids = [item.id for item in model.items()]
    assert ids[-3:] == ["khusus-2", "khusus-5", "khusus-5-a"]
    assert desk.completeness.text() == "Kurang 5 persyaratan wajib"
    assert set(model.received_items()) == {"umum-1"}  # kept

    desk.form.foreign.setChecked(True)  # WNA: the foreign director's passport
    assert [item.id for item in model.items()][-1] == "khusus-5-b"
    assert desk.form.passport.isEnabled()

    desk.form.business.setChecked(False)  # no business: no PMA rows
    assert "khusus-5" not in [item.id for item in model.items()]
    assert set(model.received_items()) == {"umum-1"}


def test_incomplete_file_gets_a_return_slip_and_no_number(
    qtbot: QtBot, desk_window: MainWindow, desk: RegistrationDesk, sqlite_app: SqliteApp
) -> None:
    type_into(desk.form.name, "Budi Santoso")
    type_into(desk.form.nik, NIK)
    type_into(desk.form.phone, "081234567890")
    pick_permit(desk, "PWK-24201")
    QTest.keyClick(desk.checklist, Qt.Key.Key_Space)
    assert desk.return_button.isEnabled()
    with qtbot.waitSignal(desk_window.signals.receipt_printed, timeout=5000):
        desk.return_button.click()

    assert desk.outcome.headline.text().startswith("Berkas belum lengkap")
    assert desk.outcome.number_box.isHidden()
    assert "Memiliki akun Sistem Informasi Industri Nasional" in desk.outcome.missing.text()
    preview = desk.outcome.preview
    assert preview.document is not None and preview.document.title == "BUKTI PENGEMBALIAN BERKAS"
    assert "BUKTI PENGEMBALIAN" in preview.text()
    with pytest.raises(NotFound):
        sqlite_app.application.registration.find(NIK)  # no number, no file
    [(_uri, payload)] = sqlite_app.transport.sent
    assert b"BUKTI PENGEMBALIAN" in payload  # double size: the title takes two lines


def test_returning_applicant_is_found_and_picked(qtbot: QtBot, desk: RegistrationDesk, sqlite_app: SqliteApp) -> None:
    sqlite_app.application.registration.submit(RegistrationRequest("PWK-REKLAME", APPLICANT, "Rina"))
    desk.focus_search()
    QTest.keyClicks(desk.search.field, "budi")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 1)
    assert desk.search.model.index(0, 0).data() == (
        "Budi Santoso · 3214 **** **** 0001 · +6281234567890 · PT Logam Mulia Jaya"
    )
    QTest.keyClick(desk.search.field, Qt.Key.Key_Return)
    form = desk.form
    assert form.name.text() == "Budi Santoso"
    assert form.nik.text() == NIK
    assert form.business.isChecked() and form.business_name.text() == "PT Logam Mulia Jaya"
    assert form.non_individual
    assert form.applicant_id is not None
    assert QApplication.focusWidget() is desk.picker.field

    form.nik.setFocus()
    form.nik.selectAll()
    QTest.keyClicks(form.nik, "3520015708900002")  # someone else's NIK: a new applicant
    assert form.applicant_id is None


def test_enter_before_the_pause_picks_a_single_match(
    qtbot: QtBot, desk: RegistrationDesk, sqlite_app: SqliteApp
) -> None:
    sqlite_app.application.registration.submit(RegistrationRequest("PWK-REKLAME", APPLICANT, "Rina"))
    desk.focus_search()
    QTest.keyClicks(desk.search.field, NIK)  # a scanner: no pause before Enter
    QTest.keyClick(desk.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.form.name.text() == "Budi Santoso")


def test_ctrl_n_clears_the_desk(desk: RegistrationDesk) -> None:
    type_into(desk.form.name, "Budi")
    pick_permit(desk, "PWK-24201")
    QTest.keyClick(desk.checklist, Qt.Key.Key_Space)
    QTest.keyClick(desk.checklist, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert desk.form.name.text() == ""
    assert desk.permit is None
    assert desk.checklist_model.rowCount() == 0
    assert QApplication.focusWidget() is desk.search.field


def test_tab_order_follows_the_work(desk: RegistrationDesk) -> None:
    pick_permit(desk, "PWK-24201")
    tick_all_with_space(desk)  # the Register button is enabled
    desk.focus_search()
    visited: list[QWidget] = []
    for _ in range(13):
        widget = QApplication.focusWidget()
        assert widget is not None
        visited.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    form = desk.form
    assert visited == [
        desk.search.field,
        form.name,
        form.nik,
        form.foreign,
        form.birth_place,  # Paspor is skipped unless WNA
        form.birth_date,
        form.address,
        form.phone,
        form.email,
        form.business,  # the "Pelaku usaha" check; its fields are skipped while unchecked
        desk.picker.field,
        desk.change_request,
        desk.checklist,
    ]
    assert QApplication.focusWidget() is desk.register_button


def test_checklist_column_edits_reach_the_file(
    qtbot: QtBot, desk_window: MainWindow, desk: RegistrationDesk, sqlite_app: SqliteApp
) -> None:
    type_into(desk.form.name, "Budi Santoso")
    type_into(desk.form.nik, NIK)
    type_into(desk.form.phone, "081234567890")
    pick_permit(desk, "reklame")
    model = desk.checklist_model
    model.setData(model.index(0, ChecklistColumn.COPIES), 3)
    model.setData(model.index(0, ChecklistColumn.NOTE), "ukuran A3")
    QTest.keyClick(desk.checklist, Qt.Key.Key_Space)
    with qtbot.waitSignal(desk_window.signals.registered) as registered:
        desk.register_button.click()
    [item] = registered.args[0].registration.items
    assert (item.copies, item.note) == (3, "ukuran A3")


def test_a_search_the_database_refuses_is_said_in_the_status_bar(
    qtbot: QtBot,
    desk_window: MainWindow,
    desk: RegistrationDesk,
    sqlite_app: SqliteApp,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def locked(_query: str, limit: int = 20) -> list[Any]:
        raise StorageError("Basis data sedang dikunci oleh program lain.")

    monkeypatch.setattr(desk.search, "_search", locked)
    desk.focus_search()
    QTest.keyClicks(desk.search.field, "budi")
    qtbot.waitUntil(lambda: desk_window.statusBar().currentMessage() == "Basis data sedang dikunci oleh program lain.")
