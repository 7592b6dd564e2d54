"""The checklist model and view: structure (qtmodeltester), ticks kept across rebuilds, the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import DocumentForm
from counter_app.domain.checklist import ApplicantContext, ReceivedItem, checklist_for
from tests.ui.conftest import check_model
from tests.ui.fakes import LOGAM, PERLUASAN_MAGETAN
from ui.registration.checklist_model import DEPTH_ROLE, ChecklistColumn, ChecklistModel
from ui.registration.checklist_view import ChecklistView
from ui.registration.labels import completeness_text

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

pytestmark = pytest.mark.gui

PLAIN = ApplicantContext()
PMA = ApplicantContext(foreign_capital=True)
PMA_WNA = ApplicantContext(foreign_capital=True, foreign_national=True)
CHECK = Qt.ItemDataRole.CheckStateRole


def _model(context: ApplicantContext = PLAIN) -> ChecklistModel:
    model = ChecklistModel()
    model.set_items(checklist_for(LOGAM, context))
    return model


def _ids(model: ChecklistModel) -> list[str]:
    return [item.id for item in model.items()]


def test_structure_and_headers(qtmodeltester: ModelTester) -> None:
    model = _model(PMA_WNA)
    check_model(qtmodeltester, model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in ChecklistColumn]
    assert headers == ["Diterima", "Persyaratan", "Keterangan", "Bentuk", "Jumlah", "Catatan"]
    assert _ids(model) == [
        "umum-1",
        "umum-2",
        "umum-3",
        "khusus-1",
        "khusus-2",
        "khusus-5",
        "khusus-5-a",
        "khusus-5-b",
    ]


def test_rows_show_depth_markers_and_forms() -> None:
    model = _model(PMA_WNA)
    heading = model.row_of("khusus-5")
    assert heading is not None
    assert model.index(heading, ChecklistColumn.TEXT).data() == (
        "Dokumen penanaman modal asing:\n(Dalam hal terdapat penyertaan modal asing)"
    )
    assert model.index(heading, ChecklistColumn.TEXT).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(heading, ChecklistColumn.TEXT).data(DEPTH_ROLE) == 0
    assert model.index(heading, ChecklistColumn.RECEIVED).data(CHECK) is None
    assert model.index(heading, ChecklistColumn.MARKER).data() is None

    child = heading + 1
    assert model.index(child, ChecklistColumn.TEXT).data(DEPTH_ROLE) == 1
    assert model.index(child, ChecklistColumn.MARKER).data() == "wajib"
    # The condition is said once, under the heading; a sub-item's own condition under the sub-item.
    assert model.index(child, ChecklistColumn.TEXT).data() == (
        "Akta pendirian dan pengesahan badan hukum Penanaman Modal Asing"
    )
    assert model.index(child, ChecklistColumn.FORM).data() == "Fotokopi"
    assert model.index(child + 1, ChecklistColumn.FORM).data() == "Pindaian"
    assert model.index(child + 1, ChecklistColumn.TEXT).data() == (
        "Paspor direksi warga negara asing\n(apabila direksi warga negara asing)"
    )
    assert model.index(0, ChecklistColumn.MARKER).data() == "wajib"
    assert model.index(0, ChecklistColumn.FORM).data() == "-"
    assert model.index(0, ChecklistColumn.RECEIVED).data(CHECK) == Qt.CheckState.Unchecked

    optional = ChecklistModel()
    optional.set_items(checklist_for(PERLUASAN_MAGETAN, ApplicantContext()))
    assert optional.index(1, ChecklistColumn.MARKER).data() == "opsional"
    assert optional.index(3, ChecklistColumn.COPIES).data() == "2"


def test_headings_are_not_tickable() -> None:
    model = _model(PMA)
    heading = model.row_of("khusus-5")
    assert heading is not None
    flags = model.flags(model.index(heading, ChecklistColumn.RECEIVED))
    assert not flags & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(heading, ChecklistColumn.NOTE)) & Qt.ItemFlag.ItemIsEditable
    assert model.toggle(heading) is False
    assert not model.setData(model.index(heading, ChecklistColumn.RECEIVED), Qt.CheckState.Checked, CHECK)
    model.set_all_received()
    assert "khusus-5" not in model.received_items()
    assert model.missing() == []


def test_missing_and_received_items() -> None:
    model = _model()
    assert len(model.missing()) == 5
    assert completeness_text(True, 5) == "Kurang 5 persyaratan wajib"
    assert model.setData(model.index(0, ChecklistColumn.RECEIVED), Qt.CheckState.Checked.value, CHECK)
    model.toggle(1)
    assert model.setData(model.index(1, ChecklistColumn.COPIES), 3)
    assert model.setData(model.index(1, ChecklistColumn.FORM), DocumentForm.ORIGINAL.value)
    assert model.setData(model.index(1, ChecklistColumn.NOTE), "  dilegalisir  ")
    assert not model.setData(model.index(1, ChecklistColumn.COPIES), 0)
    assert not model.setData(model.index(1, ChecklistColumn.FORM), "kertas")
    assert model.received_items() == {
        "umum-1": ReceivedItem("umum-1", True, DocumentForm.UNSPECIFIED, 1, ""),
        "umum-2": ReceivedItem("umum-2", True, DocumentForm.ORIGINAL, 3, "dilegalisir"),
    }
    assert [item.id for item in model.missing()] == ["umum-3", "khusus-1", "khusus-2"]
    assert model.index(1, ChecklistColumn.FORM).data() == "Asli"
    assert model.index(1, ChecklistColumn.RECEIVED).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert completeness_text(True, 0) == "Lengkap — siap didaftarkan"
    assert completeness_text(False, 0) == "Pilih jenis izin untuk melihat persyaratannya"


def test_rebuild_keeps_what_was_entered_for_rows_still_present(qtmodeltester: ModelTester) -> None:
    model = _model(PMA)
    for requirement_id in ("umum-1", "khusus-5-a"):
        row = model.row_of(requirement_id)
        assert row is not None
        model.toggle(row)
    model.setData(model.index(0, ChecklistColumn.NOTE), "KTP asli diperlihatkan")

    model.set_items(checklist_for(LOGAM, ApplicantContext()))  # PMA unticked: the PMA rows go
    check_model(qtmodeltester, model)
    assert "khusus-5-a" not in _ids(model)
    assert set(model.received_items()) == {"umum-1"}
    assert model.received_items()["umum-1"].note == "KTP asli diperlihatkan"

    model.set_items(checklist_for(LOGAM, PMA))  # back: the PMA row starts unticked again
    assert set(model.received_items()) == {"umum-1"}


@pytest.fixture
def view(qtbot: QtBot) -> ChecklistView:
    table = ChecklistView()
    table.setModel(_model(PMA))
    qtbot.addWidget(table)
    table.resize(800, 400)
    table.show()
    qtbot.waitExposed(table)
    table.setFocus()
    table.go_to("umum-1")
    return table


def test_space_ticks_the_current_row_wherever_the_cursor_is(qtbot: QtBot, view: ChecklistView) -> None:
    model = view.checklist()
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert model.is_received(0)
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Right)  # to the Keterangan column: Space still ticks the row
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert model.is_received(1)
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert not model.is_received(1)
    assert set(model.received_items()) == {"umum-1"}


def test_space_on_a_heading_does_nothing(qtbot: QtBot, view: ChecklistView) -> None:
    model = view.checklist()
    heading = model.row_of("khusus-5")
    assert heading is not None
    for _ in range(heading):
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == heading
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert model.received_items() == {}
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert set(model.received_items()) == {"khusus-5-a"}


def test_ctrl_a_ticks_everything_tickable(view: ChecklistView) -> None:
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.checklist().missing() == []
    assert len(view.checklist().received_items()) == 6


def test_enter_edits_copies_and_form_from_the_keyboard(qtbot: QtBot, view: ChecklistView) -> None:
    model = view.checklist()
    view.setCurrentIndex(model.index(0, ChecklistColumn.COPIES))
    QTest.keyClick(view, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    QTest.keyClicks(editor, "2")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: model.index(0, ChecklistColumn.COPIES).data() == "2")
    qtbot.waitUntil(lambda: view.state() != ChecklistView.State.EditingState)

    view.setCurrentIndex(model.index(0, ChecklistColumn.FORM))
    QTest.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(DocumentForm.PHOTOCOPY.value))
    QTest.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(0, ChecklistColumn.FORM).data() == "Fotokopi")
    qtbot.waitUntil(lambda: view.state() != ChecklistView.State.EditingState)

    view.setCurrentIndex(model.index(0, ChecklistColumn.NOTE))
    QTest.keyClick(view, Qt.Key.Key_Return)
    note = QApplication.focusWidget()
    assert note is not None
    QTest.keyClicks(note, "legalisir")
    QTest.keyClick(note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != ChecklistView.State.EditingState)
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert model.received_items()["umum-1"] == ReceivedItem("umum-1", True, DocumentForm.PHOTOCOPY, 2, "legalisir")


def test_tab_leaves_the_table(qtbot: QtBot, view: ChecklistView) -> None:
    assert not view.tabKeyNavigation()
