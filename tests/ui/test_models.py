"""The catalog's Qt models: structure checked by qtmodeltester, content by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, Qt

from counter_app.services.catalog import CatalogService
from tests.ui.conftest import check_model
from tests.ui.fakes import LOGAM, PERLUASAN_MAGETAN, STAGES_OKI
from ui.catalog.permit_table import CODE_ROLE, PermitColumn, PermitFilterModel, PermitTableModel
from ui.catalog.requirement_tree import RequirementColumn, RequirementTreeModel
from ui.catalog.stage_table import StageColumn, StageTableModel

if TYPE_CHECKING:
    # pytest-qt sets its Qt binding up when the plugin starts: import its modules after that.
    from pytestqt.modeltest import ModelTester


pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole


def _permit_models(catalog: CatalogService) -> tuple[PermitTableModel, PermitFilterModel]:
    model = PermitTableModel()
    model.set_permits(catalog.list())
    proxy = PermitFilterModel()
    proxy.setSourceModel(model)
    return model, proxy


def test_permit_table(qtmodeltester: ModelTester, catalog: CatalogService) -> None:
    model, _ = _permit_models(catalog)
    check_model(qtmodeltester, model)
    assert model.rowCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in PermitColumn]
    assert headers == ["Kode", "Nama", "Jenis", "Risiko", "KBLI", "Jangka waktu", "Versi"]
    rows = {
        model.index(r, PermitColumn.CODE).data(): [model.index(r, c).data() for c in PermitColumn]
        for r in range(model.rowCount())
    }
    assert rows["PWK-24201"] == [
        "PWK-24201",
        "Izin (Risiko Tinggi) KBLI 24201 Industri Pembuatan Logam Dasar Mulia",
        "Izin",
        "Tinggi",
        "24201",
        "7 hari kerja",
        "2",
    ]
    assert rows["MGT-PERLUASAN"][3:6] == ["Tidak diketahui", "-", "5 hari (satuan perlu dicek)"]
    assert rows["PWK-REKLAME"][3] == "Menengah Rendah"
    assert model.index(0, PermitColumn.RISK).data(CODE_ROLE) == model.permit_at(0).code


@pytest.mark.parametrize(
    ("search", "codes"),
    [
        ("", {"PWK-24201", "MGT-PERLUASAN", "PWK-REKLAME"}),
        ("24201", {"PWK-24201"}),
        ("logam", {"PWK-24201"}),
        ("LOGAM dasar", {"PWK-24201"}),
        ("  perluasan ", {"MGT-PERLUASAN"}),
        ("731", {"PWK-REKLAME"}),
        ("izin", {"PWK-24201", "MGT-PERLUASAN", "PWK-REKLAME"}),
        ("tidak ada", set()),
        ("[(", set()),
    ],
)
def test_filter_by_name_or_kbli(
    qtmodeltester: ModelTester, catalog: CatalogService, search: str, codes: set[str]
) -> None:
    _, proxy = _permit_models(catalog)
    proxy.set_search(search)
    check_model(qtmodeltester, proxy)
    assert {proxy.index(r, 0).data(CODE_ROLE) for r in range(proxy.rowCount())} == codes


def test_sort_by_risk_and_duration_uses_order_not_text(catalog: CatalogService) -> None:
    _, proxy = _permit_models(catalog)
    proxy.sort(PermitColumn.RISK, Qt.SortOrder.AscendingOrder)
    risks = [proxy.index(r, PermitColumn.RISK).data() for r in range(proxy.rowCount())]
    assert risks == ["Menengah Rendah", "Tinggi", "Tidak diketahui"]
    proxy.sort(PermitColumn.DURATION, Qt.SortOrder.AscendingOrder)
    durations = [proxy.index(r, PermitColumn.DURATION).data() for r in range(proxy.rowCount())]
    assert durations == ["3 hari kerja", "5 hari (satuan perlu dicek)", "7 hari kerja"]


def test_requirement_tree(qtmodeltester: ModelTester) -> None:
    model = RequirementTreeModel()
    model.set_requirements(LOGAM.requirements)
    check_model(qtmodeltester, model)

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in RequirementColumn]
    assert headers == ["Persyaratan", "Kelompok", "Keterangan"]
    assert model.rowCount() == 6
    groups = [model.index(r, RequirementColumn.GROUP).data() for r in range(6)]
    assert groups == ["Umum", "Umum", "Umum", "Khusus", "Khusus", "Khusus"]

    pma = model.index(5, RequirementColumn.TEXT)
    assert pma.data() == "Dokumen penanaman modal asing:"
    assert model.index(5, RequirementColumn.NOTES).data() == "Dalam hal terdapat penyertaan modal asing"
    assert model.rowCount(pma) == 2
    assert model.rowCount(model.index(0, RequirementColumn.TEXT)) == 0
    first_child = model.index(0, RequirementColumn.TEXT, pma)
    assert first_child.data() == "Akta pendirian dan pengesahan badan hukum Penanaman Modal Asing"
    assert model.index(0, RequirementColumn.NOTES, pma).data() == "Fc."
    assert model.index(1, RequirementColumn.NOTES, pma).data() == "apabila direksi warga negara asing; Scan"
    assert model.parent(first_child) == pma
    assert model.parent(pma) == QModelIndex()


def test_requirement_tree_marks_optional_and_copies(qtmodeltester: ModelTester) -> None:
    model = RequirementTreeModel()
    model.set_requirements(PERLUASAN_MAGETAN.requirements)
    check_model(qtmodeltester, model)
    notes = [model.index(r, RequirementColumn.NOTES).data() for r in range(model.rowCount())]
    assert notes == ["", "Opsional; Scan", "Fc.", "2 lembar"]
    assert model.index(1, RequirementColumn.TEXT).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(0, RequirementColumn.TEXT).data(Qt.ItemDataRole.FontRole) is None


def test_requirement_tree_reset_to_empty(qtmodeltester: ModelTester) -> None:
    model = RequirementTreeModel()
    model.set_requirements(LOGAM.requirements)
    model.set_requirements(())
    check_model(qtmodeltester, model)
    assert model.rowCount() == 0


def test_stage_table(qtmodeltester: ModelTester) -> None:
    model = StageTableModel()
    model.set_stages(STAGES_OKI)
    check_model(qtmodeltester, model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in StageColumn]
    assert headers == ["Tahap", "Pelaksana", "Batas waktu"]
    assert model.rowCount() == 6
    assert [model.index(1, c).data() for c in StageColumn] == [
        "Pemeriksaan berkas oleh back office",
        "Back Office",
        "2 hari kerja",
    ]
    assert [model.index(2, c).data() for c in StageColumn][1:] == ["Pimpinan/Supervisor", "1 hari kerja"]
    assert [model.index(4, c).data() for c in StageColumn][1:] == ["Admin", "-"]
    assert model.index(0, StageColumn.ROLE).data() == "Loket (Front Office)"
