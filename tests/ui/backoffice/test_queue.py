"""The work queue: a well-behaved Qt model, overdue first, flags as text and colour, filters."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from counter_app.app import Application
from counter_app.domain.card_state import CardStatus, Flag
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.services.control_card import QueueRow
from tests.helpers.clock import FixedClock
from tests.ui.backoffice.conftest import OTHER_PERMIT, TabIo, load, make_tab, register
from tests.ui.conftest import check_model
from ui.backoffice import BackOfficeTab
from ui.backoffice.queue_model import REG_NO_ROLE, QueueColumn, QueueFilterModel, QueueModel

pytestmark = pytest.mark.gui


def row(reg_no: str, flag: Flag, sla_left: int | None, **changes: object) -> QueueRow:
    values: dict[str, object] = {
        "reg_no": reg_no,
        "applicant": "Budi Santoso",
        "permit_code": "IZIN-24201",
        "permit_name": "Izin Industri Pembuatan Logam Dasar Mulia",
        "stage": 1,
        "stage_name": "Verifikasi berkas",
        "stage_role": Role.BACK_OFFICE,
        "status": CardStatus.OPEN,
        "days_in_stage": 2,
        "sla_left": sla_left,
        "due_date": date(2026, 12, 2) if sla_left is not None else None,
        "flag": flag,
        "last_by": "Rudi",
    }
    values.update(changes)
    return QueueRow(**values)  # type: ignore[arg-type]


def test_the_queue_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = QueueModel()
    model.set_rows(
        [
            row("PWK-L01-261123-0001", Flag.ON_TRACK, 5),
            row("PWK-L01-261123-0002", Flag.RED, -2, status=CardStatus.RETURNED),
            row("PWK-L01-261123-0003", Flag.AMBER, None),
        ]
    )
    check_model(qtmodeltester, model)  # type: ignore[arg-type]
    proxy = QueueFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filters(stage="Verifikasi berkas")
    proxy.sort(QueueColumn.FLAG)
    check_model(qtmodeltester, proxy)  # type: ignore[arg-type]


def test_sorting_keeps_the_current_file_and_survives_new_rows(qtbot: QtBot) -> None:
    """The model sorts itself (the proxy hands sorting on): the selected file stays selected, a
    descending sort is the exact reverse for distinct keys, and fresh rows come in sorted."""
    model = QueueModel()
    rows = [row("C", Flag.ON_TRACK, 5), row("A", Flag.RED, -2), row("B", Flag.AMBER, 1)]
    model.set_rows(rows)
    proxy = QueueFilterModel()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.selectRow(0)  # "C": the service's order until a sort
    assert view.currentIndex().data(REG_NO_ROLE) == "C"

    view.sortByColumn(QueueColumn.NUMBER, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["A", "B", "C"]
    assert view.currentIndex().data(REG_NO_ROLE) == "C"
    view.sortByColumn(QueueColumn.SLA_LEFT, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["C", "B", "A"]
    assert view.currentIndex().data(REG_NO_ROLE) == "C"

    model.set_rows([*rows, row("D", Flag.ON_TRACK, 9)])
    assert [proxy.index(r, 0).data() for r in range(4)] == ["D", "C", "B", "A"]


def test_cells_say_what_they_mean() -> None:
    model = QueueModel()
    model.set_rows([row("A", Flag.RED, -2, status=CardStatus.RETURNED), row("B", Flag.ON_TRACK, None)])

    def cell(r: int, column: QueueColumn, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(r, column).data(role)

    assert cell(0, QueueColumn.FLAG) == "Terlambat"
    assert cell(0, QueueColumn.SLA_LEFT) == "lewat 2 hari"
    assert cell(0, QueueColumn.DAYS_IN_STAGE) == "2 hari"
    assert cell(0, QueueColumn.STAGE) == "Verifikasi berkas (dikembalikan ke pemohon)"
    assert cell(0, QueueColumn.FLAG, Qt.ItemDataRole.ToolTipRole) == "Estimasi selesai: Rabu, 2 Desember 2026"
    assert cell(1, QueueColumn.SLA_LEFT) == "tanpa SLA"
    assert cell(1, QueueColumn.FLAG) == "Sesuai jadwal"
    assert cell(1, QueueColumn.NUMBER, REG_NO_ROLE) == "B"


def test_overdue_files_come_first_and_are_flagged_by_text_and_colour(
    qtbot: QtBot, app: Application, clock: FixedClock, tab_io: TabIo
) -> None:
    app.settings.set("counter.code", "L02")
    overdue = register(app)  # PWK-L02-261123-0001: sorts after L01 by number
    clock.advance(days=10)
    app.settings.set("counter.code", "L01")
    fresh = register(app)  # PWK-L01-261203-0001, registered today
    assert fresh < overdue
    tab = make_tab(qtbot, app, tab_io)
    load(qtbot, tab)
    assert tab.visible_reg_nos() == [overdue, fresh]

    model = tab.model
    overdue_row = model.row_of(overdue)
    assert overdue_row is not None
    flag = model.index(overdue_row, QueueColumn.FLAG)
    assert flag.data() == "Terlambat"
    assert isinstance(flag.data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert isinstance(flag.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert not flag.data(Qt.ItemDataRole.DecorationRole).isNull()
    fresh_row = model.row_of(fresh)
    assert fresh_row is not None
    assert model.index(fresh_row, QueueColumn.FLAG).data() == "Sesuai jadwal"
    assert "1 terlambat" in tab.status.text()

    tab.table.sortByColumn(QueueColumn.NUMBER, Qt.SortOrder.AscendingOrder)  # a click on the header
    assert tab.visible_reg_nos() == [fresh, overdue]
    tab.table.sortByColumn(QueueColumn.FLAG, Qt.SortOrder.AscendingOrder)
    assert tab.visible_reg_nos() == [overdue, fresh]


def test_filters_by_stage_permit_type_officer_and_text(app: Application, qtbot: QtBot, tab_io: TabIo) -> None:
    first, second, third = register(app), register(app), register(app, OTHER_PERMIT)
    app.cards.act(second, CardAction.ADVANCED, "Rudi", Role.FRONT_DESK)
    tab = make_tab(qtbot, app, tab_io)
    load(qtbot, tab)
    assert sorted(tab.visible_reg_nos()) == sorted([first, second, third])
    stages = [tab.stage_filter.itemText(i) for i in range(tab.stage_filter.count())]
    assert stages == ["Semua tahap", "Pendaftaran dan pemeriksaan kelengkapan berkas", "Verifikasi berkas"]
    officers = [tab.officer_filter.itemText(i) for i in range(tab.officer_filter.count())]
    assert officers == ["Semua petugas", "Rudi", "sari"]

    tab.stage_filter.setCurrentIndex(tab.stage_filter.findData("Verifikasi berkas"))
    assert tab.visible_reg_nos() == [second]
    assert "1 ditampilkan" in tab.status.text()
    tab.stage_filter.setCurrentIndex(0)

    tab.permit_filter.setCurrentIndex(tab.permit_filter.findData(OTHER_PERMIT))
    assert tab.visible_reg_nos() == [third]
    tab.set_filters(officer="Rudi")
    assert tab.visible_reg_nos() == [second]
    tab.set_filters()
    assert len(tab.visible_reg_nos()) == 3

    tab.search.setText(first[-4:])
    assert tab.visible_reg_nos() == [first]
    tab.search.setText("budi")  # the applicant, any case
    assert len(tab.visible_reg_nos()) == 3

    # The filters stay chosen when the queue is read again, even when no row matches any more.
    tab.search.clear()
    tab.set_filters(stage="Verifikasi berkas")
    app.cards.act(second, CardAction.ADVANCED, "Rina", Role.BACK_OFFICE)
    load(qtbot, tab)
    assert tab.stage_filter.currentData() == "Verifikasi berkas"
    assert tab.visible_reg_nos() == []


def test_the_tab_reads_the_queue_when_first_shown(tab: BackOfficeTab, app: Application, qtbot: QtBot) -> None:
    assert tab.visible_reg_nos() == []
    assert "0 berkas di antrean" in tab.status.text()
    reg_no = register(app)
    load(qtbot, tab)
    assert tab.visible_reg_nos() == [reg_no]
