"""The checklist an applicant gets: conditional items only when they apply, headings not ticked."""

from __future__ import annotations

from counter_app.domain.catalog import DocumentForm, PermitType
from counter_app.domain.checklist import (
    ApplicantContext,
    ReceivedItem,
    all_received,
    checklist_for,
    missing_items,
    tickable,
)
from counter_app.importer import parse_document

DOCUMENT = """Izin Usaha Toko Swalayan
1\tPersyaratan\t: 1. Fc. KTP pemohon; 2. Akta pendirian (bagi badan usaha); 3. Surat kuasa (kalau ada);
 4. Dalam hal terdapat penanaman modal asing, dilengkapi: a. izin prinsip PMA; b. rekomendasi BKPM;
 5. Dalam hal permohonan perubahan, izin lama asli; 6. Paspor bagi Warga Negara Asing;
 7. Rekomendasi camat apabila lokasi di pinggir jalan provinsi; 8. Pas foto 2 lembar
3\tJangka Waktu Penyelesaian\t: 5 hari kerja
"""


def permit() -> PermitType:
    return parse_document(DOCUMENT.encode(), "toko.txt").permit_type


def ids(context: ApplicantContext) -> list[str]:
    return [row.id for row in checklist_for(permit(), context)]


def test_an_individual_gets_only_the_unconditional_items_and_the_judged_one() -> None:
    assert ids(ApplicantContext()) == ["1", "3", "7", "8"]


def test_each_flag_brings_its_items() -> None:
    assert "2" in ids(ApplicantContext(non_individual=True))
    assert ids(ApplicantContext(foreign_capital=True))[:4] == ["1", "3", "4", "4.1"]
    assert "5" in ids(ApplicantContext(change_request=True))
    assert "6" in ids(ApplicantContext(foreign_national=True))


def test_mandatory_optional_headings() -> None:
    rows = {row.id: row for row in checklist_for(permit(), ApplicantContext(foreign_capital=True))}
    assert rows["1"].mandatory
    assert not rows["3"].mandatory  # (kalau ada)
    assert not rows["7"].mandatory  # a condition the software cannot judge: the officer decides
    assert rows["7"].condition_text.startswith("apabila lokasi")
    assert rows["4"].heading
    assert not rows["4"].mandatory
    assert rows["4.1"].mandatory
    assert rows["4.1"].condition_text.startswith("Dalam hal terdapat penanaman modal asing")
    assert [r.id for r in tickable(rows.values())] == ["1", "3", "4.1", "4.2", "7", "8"]


def test_missing_items_and_all_received() -> None:
    rows = checklist_for(permit(), ApplicantContext(foreign_capital=True))
    everything = all_received(rows)
    assert missing_items(rows, everything) == []
    assert everything["1"].form is DocumentForm.PHOTOCOPY
    assert everything["8"].copies == 2
    partial = {key: value for key, value in everything.items() if key not in ("4.2", "3")}
    partial["8"] = ReceivedItem("8", received=False)
    assert [row.id for row in missing_items(rows, partial)] == ["4.2", "8"]
