"""The three shipped Standar Pelayanan documents import as the domain brief describes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.domain.catalog import ConditionFlag, DocumentForm, PermitType, Risk, Role, SlaUnit
from counter_app.importer import parse_document


def _parse(seeds_dir: Path, name: str) -> tuple[PermitType, tuple[str, ...]]:
    path = seeds_dir / name
    parsed = parse_document(path.read_bytes(), str(path))
    return parsed.permit_type, parsed.warnings


@pytest.fixture
def purwakarta(seeds_dir: Path) -> PermitType:
    return _parse(seeds_dir, "purwakarta-31-izin-kbli-24201.txt")[0]


@pytest.fixture
def oki(seeds_dir: Path) -> PermitType:
    return _parse(seeds_dir, "oki-izin-usaha-perluasan-industri.txt")[0]


@pytest.fixture
def magetan(seeds_dir: Path) -> PermitType:
    return _parse(seeds_dir, "magetan-izin-perluasan-usaha-industri.txt")[0]


def test_purwakarta_title_gives_kind_risk_and_kbli(purwakarta: PermitType) -> None:
    assert purwakarta.kind == "Izin"
    assert purwakarta.risk is Risk.TINGGI
    assert (purwakarta.kbli.version, purwakarta.kbli.code) == ("2020", "24201")
    assert purwakarta.kbli.title == "Industri Pembuatan Logam Dasar Mulia"
    assert purwakarta.name == "Izin Industri Pembuatan Logam Dasar Mulia"
    assert purwakarta.code == "IZIN-24201"


def test_purwakarta_requirements_are_split_into_general_and_special(purwakarta: PermitType) -> None:
    groups = [(r.id, r.group) for r in purwakarta.requirements]
    assert groups == [(str(i), "umum") for i in range(1, 6)] + [(str(i), "khusus") for i in range(6, 10)]
    assert purwakarta.requirements[0].text == "Skala industri kecil atau industri menengah"
    # The sentence that mentions "PP Nomor 5 Tahun 2021." is not split at its numbers.
    assert purwakarta.requirements[3].text.endswith("Pasal 65 PP Nomor 5 Tahun 2021")
    assert purwakarta.requirements[8].text == "Memiliki sistem manajemen usaha perusahaan"
    assert all(not r.children and r.condition is None and not r.optional for r in purwakarta.requirements)


def test_purwakarta_sla_fee_product_and_legal_basis(purwakarta: PermitType) -> None:
    assert (purwakarta.sla.days, purwakarta.sla.unit) == (7, SlaUnit.WORKING)
    assert purwakarta.sla.start_trigger == "sejak diterimanya berkas permohonan secara lengkap dan benar"
    assert purwakarta.fee.free
    assert purwakarta.product == "NIB dan Izin Terverifikasi dengan tanda tangan elektronik"
    assert len(purwakarta.legal_basis) == 6
    # The agriculture regulation copied from another template is kept as written.
    assert "Peraturan Menteri Pertanian Nomor 15 Tahun 2021" in purwakarta.legal_basis[5]


def test_purwakarta_complaints_survive_three_page_breaks(purwakarta: PermitType) -> None:
    channels = purwakarta.complaint_channels
    assert "pengaduanptsp139@gmail.com" in channels
    assert "paling lambat 30 (tiga puluh) hari kalender" in channels
    assert "NO\tKOMPONEN" not in channels and "KOMPONEN URAIAN" not in channels
    assert "Pelibatan APIP" in channels  # the last page of the component
    assert "m. Kotak Pengaduan" in channels


def test_purwakarta_procedure_points_to_an_appendix_so_stages_are_the_default(purwakarta: PermitType) -> None:
    assert "Lampiran IV" in purwakarta.procedure[0]
    assert len(purwakarta.stages) == 8
    assert purwakarta.stages[0].role is Role.FRONT_DESK
    assert purwakarta.stages[-1].name.startswith("Penyerahan")
    budgets = [s.budget_days for s in purwakarta.stages if s.budget_days is not None]
    assert sum(budgets) == 7  # the budgets add up to the 7 working days of the SLA


def test_purwakarta_keeps_every_other_component(purwakarta: PermitType) -> None:
    other = dict(purwakarta.other_components)
    assert len(other) == 7
    facilities = next(text for name, text in other.items() if name.startswith("Sarana"))
    assert "50. ID pegawai" in facilities
    assert "12. Ruang dan meja kerja pimpinan" in facilities  # after the page break
    assert purwakarta.unplaced == ()


def test_oki_requirements_are_grouped_by_stage(oki: PermitType) -> None:
    assert [r.group for r in oki.requirements] == ["Penggunaan OSS"] * 4 + ["Pemenuhan komitmen"] * 4
    identity, legal_entity = oki.requirements[0], oki.requirements[1]
    # "(NIK bagi WNI atau Passport bagi WNA)" names alternatives; it is not a condition.
    assert identity.condition is None
    assert legal_entity.condition is not None
    assert legal_entity.condition.flag is ConditionFlag.NON_INDIVIDUAL
    assert legal_entity.condition.text == "bagi non perseorangan"


def test_oki_title_without_risk_or_kbli(oki: PermitType) -> None:
    assert oki.name == "Izin Usaha Perluasan Industri"
    assert oki.kind == "Izin Usaha"
    assert oki.risk is Risk.UNKNOWN
    assert oki.kbli.code is None
    assert (oki.sla.days, oki.sla.unit, oki.sla.start_trigger) == (3, SlaUnit.WORKING, "")


def test_oki_stages_come_from_its_own_eight_step_procedure(oki: PermitType) -> None:
    assert len(oki.procedure) == 8
    names = [s.name for s in oki.stages]
    assert names[0].startswith("Pendaftaran")
    assert names[-1].startswith("Penyerahan")
    roles = [s.role for s in oki.stages]
    assert Role.SUPERVISOR in roles  # initials and signature
    assert sum(s.budget_days or 0 for s in oki.stages) == 3


def test_magetan_flat_checklist_with_optional_copies_and_forms(magetan: PermitType) -> None:
    reqs = magetan.requirements
    assert len(reqs) == 8
    assert {r.group for r in reqs} == {"umum"}
    assert reqs[1].optional and reqs[1].form is DocumentForm.SCAN
    assert [r.form for r in reqs[2:4]] == [DocumentForm.PHOTOCOPY, DocumentForm.PHOTOCOPY]
    assert reqs[7].copies == 2
    assert sum(r.optional for r in reqs) == 1


def test_magetan_days_without_kerja_are_unknown_and_reported(seeds_dir: Path) -> None:
    magetan, warnings = _parse(seeds_dir, "magetan-izin-perluasan-usaha-industri.txt")
    assert (magetan.sla.days, magetan.sla.unit) == (5, SlaUnit.UNKNOWN)
    assert magetan.sla.needs_review
    assert any("hari kerja/kalender" in w for w in warnings)
    assert magetan.fee.free
    assert magetan.name == "Izin Perluasan Usaha Industri"


def test_parsing_is_deterministic(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        first = parse_document(path.read_bytes(), str(path)).permit_type
        second = parse_document(path.read_bytes(), str(path)).permit_type
        assert first.content_hash() == second.content_hash()
        assert PermitType.from_json(first.to_json()) == first
