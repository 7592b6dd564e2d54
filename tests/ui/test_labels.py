"""The pure text helpers of the catalog views (no widgets, no QApplication needed)."""

from __future__ import annotations

import pytest

from counter_app.domain.catalog import (
    Condition,
    ConditionFlag,
    DocumentForm,
    Fee,
    Kbli,
    Requirement,
    Risk,
    Role,
    Sla,
    SlaUnit,
)
from ui.catalog.labels import (
    budget_text,
    duration_text,
    fee_text,
    group_label,
    kbli_text,
    requirement_notes,
    risk_label,
    risk_rank,
    role_label,
    sla_review_note,
)


@pytest.mark.parametrize(
    ("risk", "label"),
    [
        (Risk.RENDAH, "Rendah"),
        (Risk.MENENGAH_RENDAH, "Menengah Rendah"),
        (Risk.MENENGAH_TINGGI, "Menengah Tinggi"),
        (Risk.TINGGI, "Tinggi"),
        (Risk.UNKNOWN, "Tidak diketahui"),
    ],
)
def test_risk_labels(risk: Risk, label: str) -> None:
    assert risk_label(risk) == label


def test_risk_sorts_low_to_high_unknown_last() -> None:
    ordered = sorted(Risk, key=risk_rank)
    assert ordered == [Risk.RENDAH, Risk.MENENGAH_RENDAH, Risk.MENENGAH_TINGGI, Risk.TINGGI, Risk.UNKNOWN]


@pytest.mark.parametrize(
    ("days", "unit", "text"),
    [
        (7, SlaUnit.WORKING, "7 hari kerja"),
        (1, SlaUnit.WORKING, "1 hari kerja"),
        (30, SlaUnit.CALENDAR, "30 hari kalender"),
        (5, SlaUnit.UNKNOWN, "5 hari (satuan perlu dicek)"),
        (None, SlaUnit.WORKING, "Belum diketahui (perlu dicek)"),
    ],
)
def test_duration(days: int | None, unit: SlaUnit, text: str) -> None:
    assert duration_text(days, unit) == text


def test_sla_review_note_only_when_needed() -> None:
    assert sla_review_note(Sla(7, SlaUnit.WORKING, "7 hari kerja")) == ""
    assert "hari kerja atau hari kalender" in sla_review_note(Sla(5, SlaUnit.UNKNOWN, "5 (lima) hari"))
    assert "tidak terbaca" in sla_review_note(Sla(None, SlaUnit.UNKNOWN, "secepatnya"))


def test_fee() -> None:
    assert fee_text(Fee(True, None, "Tidak dikenakan biaya")) == "Gratis"
    assert fee_text(Fee(False, 1_500_000, "Rp 1.500.000,-")) == "Rp1.500.000"
    assert fee_text(Fee(False, None, "sesuai Perda")) == "sesuai Perda (perlu dicek)"


@pytest.mark.parametrize(
    ("role", "label"),
    [
        (Role.FRONT_DESK, "Loket (Front Office)"),
        (Role.BACK_OFFICE, "Back Office"),
        (Role.SUPERVISOR, "Pimpinan/Supervisor"),
        (Role.ADMIN, "Admin"),
    ],
)
def test_roles(role: Role, label: str) -> None:
    assert role_label(role) == label


def test_budget() -> None:
    assert budget_text(2) == "2 hari kerja"
    assert budget_text(None) == "-"


def test_groups_known_translated_others_as_written() -> None:
    assert group_label("umum") == "Umum"
    assert group_label("Khusus") == "Khusus"
    assert group_label("Penggunaan OSS") == "Penggunaan OSS"


def test_requirement_notes() -> None:
    plain = Requirement("1", "umum", "Nomor Induk Berusaha (NIB)")
    assert requirement_notes(plain) == ""
    optional = Requirement("2", "umum", "Scan akta (kalau ada)", optional=True, form=DocumentForm.SCAN)
    assert requirement_notes(optional) == "Opsional; Scan"
    photo = Requirement("3", "umum", "Pas foto 4x6", copies=2)
    assert requirement_notes(photo) == "2 lembar"
    pma = Requirement(
        "4",
        "khusus",
        "Akta PMA",
        condition=Condition("Dalam hal terdapat penyertaan modal asing", ConditionFlag.FOREIGN_CAPITAL),
        form=DocumentForm.PHOTOCOPY,
    )
    assert requirement_notes(pma) == "Dalam hal terdapat penyertaan modal asing; Fc."


def test_kbli() -> None:
    kbli = Kbli("2020", "24201", "Industri Pembuatan Logam Dasar Mulia")
    assert kbli_text(kbli) == "24201 Industri Pembuatan Logam Dasar Mulia (KBLI 2020)"
    assert kbli_text(Kbli("KBLI 2025", "85572", None)) == "85572 (KBLI 2025)"
    assert kbli_text(Kbli(None, None, None)) == "-"
