"""Receipts and return slips as ESC/POS bytes, read back from the bytes as a printer would print them."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.domain.formatting import full_date
from counter_app.domain.printer_profile import PrinterProfile, QrMode
from counter_app.domain.receipt import Office, receipt_document, return_slip_document
from counter_app.domain.registration import Registration, ReturnedVisit
from printing import EscposRenderer
from tests.printing.conftest import (
    APPLICANT_NAME_ASCII,
    BUSINESS_NAME_ASCII,
    FULL_NIK,
    GROUPED_CODE,
    MASKED_NIK,
    REG_NO,
)
from tests.printing.escpos_reader import Printout, decode_qr, parse_escpos
from tests.printing.paper import fields, items, section

PROFILES = [
    pytest.param(PrinterProfile(paper_mm=paper, qr_mode=mode), id=f"{paper}mm-{mode.value}")
    for paper in (58, 80)
    for mode in (QrMode.IMAGE, QrMode.NATIVE)
]


def print_receipt(registration: Registration, office: Office, profile: PrinterProfile, **kwargs: object) -> bytes:
    return EscposRenderer().escpos(receipt_document(registration, office, **kwargs), profile)  # type: ignore[arg-type]


def qr_payloads(printout: Printout) -> list[str]:
    """Every QR on the paper: native ones from their command, image ones read by zxing."""
    return printout.native_qrs + [text for image in printout.images for text in decode_qr(image)]


@pytest.mark.parametrize("profile", PROFILES)
def test_receipt_shows_the_facts_on_paper(
    registration: Registration, office: Office, url: str, profile: PrinterProfile
) -> None:
    payload = print_receipt(registration, office, profile)
    printout = parse_escpos(payload)
    lines = printout.texts
    found = fields(lines)

    assert found["No. Registrasi"].value == REG_NO
    assert found["NIK"].value == MASKED_NIK
    assert found["Pemohon"].value == APPLICANT_NAME_ASCII
    assert found["Usaha"].value == BUSINESS_NAME_ASCII
    assert found["Diterima"].value == "Senin, 23 November 2026 pukul 10.05 WIB"
    assert found["Estimasi selesai"].value == f"{full_date(date(2026, 12, 2))} (7 hari kerja)"
    assert found["Jenis izin"].value == "Izin Industri Pembuatan Logam Dasar Mulia"
    assert found["Biaya"].value == "Gratis"
    assert found["Petugas"].value == "Siti Rahmawati (K01)"
    # the grouped tracking code is the QR's caption, centred right under it
    caption = next(line for line in printout.lines if line.text == GROUPED_CODE)
    assert caption.center
    assert qr_payloads(printout) == [url]
    kinds = [kind for kind, _ in printout.events]
    qr_at = kinds.index("qr" if profile.qr_mode is QrMode.NATIVE else "image")
    following = [printout.lines[index].text for kind, index in printout.events[qr_at + 1 :] if kind == "line"]
    assert GROUPED_CODE in following[:3]
    assert printout.cuts == 1
    assert printout.events[-1] == ("cut", 0)


@pytest.mark.parametrize("profile", PROFILES)
def test_every_line_fits_the_paper(registration: Registration, office: Office, profile: PrinterProfile) -> None:
    printout = parse_escpos(print_receipt(registration, office, profile, copy_no=3, reason="kertas macet di printer"))
    assert printout.lines
    for line in printout.lines:
        assert line.cells <= profile.columns, line
        assert line.text.isascii()
    for image in printout.images:
        assert image.width <= profile.dots


@pytest.mark.parametrize("profile", PROFILES)
def test_the_full_nik_is_nowhere_in_the_bytes(
    registration: Registration, office: Office, profile: PrinterProfile
) -> None:
    payload = print_receipt(registration, office, profile)
    printout = parse_escpos(payload)
    assert FULL_NIK.encode() not in payload
    assert FULL_NIK[4:12].encode() not in payload
    assert all(FULL_NIK not in text for text in qr_payloads(printout))


def test_the_title_is_large_and_takes_double_width(registration: Registration, office: Office) -> None:
    printout = parse_escpos(print_receipt(registration, office, PrinterProfile(paper_mm=58)))
    title = [line for line in printout.lines if line.large]
    # 16 double-width characters fit on 32 columns: the title wraps in two centred lines
    assert [line.text for line in title] == ["TANDA TERIMA", "BERKAS"]
    assert all(line.center and line.bold and line.width == 2 for line in title)
    office_line = printout.lines[0]
    assert office_line.bold and office_line.center and not office_line.large
    normal = [line for line in printout.lines if not line.large]
    assert all(line.width == 1 and line.height == 1 for line in normal)


def test_long_permit_names_wrap_under_the_value_column(registration: Registration, office: Office) -> None:
    printout = parse_escpos(print_receipt(registration, office, PrinterProfile(paper_mm=58)))
    permit = fields(printout.texts)["Jenis izin"]
    assert len(permit.lines) >= 2
    value_x = permit.lines[0].index(": ") + 2
    assert permit.lines[0][value_x:].startswith("Izin")
    for line in permit.lines[1:]:
        assert line.startswith(" " * value_x) and line[value_x] != " ", line
    # a label longer than its column wraps inside the column, the value keeps its column
    number = fields(printout.texts)["No. Registrasi"]
    assert number.lines[0].startswith("No.")
    assert number.lines[1].strip() == "Registrasi"


@pytest.mark.parametrize("paper", [58, 80])
def test_documents_received_are_numbered_with_hanging_indents(
    registration: Registration, office: Office, paper: int
) -> None:
    printout = parse_escpos(print_receipt(registration, office, PrinterProfile(paper_mm=paper)))
    listed = items(section(printout.texts, "Dokumen diterima:"))  # `items` checks the indents
    texts = {r.id: r.text for r in registration.permit.walk_requirements()}
    assert [entry.label for entry in listed] == [f"{r.requirement_id}." for r in registration.items]
    assert listed[0].value == texts["1"]
    assert listed[1].value == f"{texts['2']} (fotokopi, 2 lbr)"
    assert any(len(entry.lines) > 1 for entry in listed)


def test_a_duplicate_says_so_with_its_reason(registration: Registration, office: Office) -> None:
    printout = parse_escpos(print_receipt(registration, office, PrinterProfile(), copy_no=2, reason="struk hilang"))
    duplicate = next(line for line in printout.lines if line.text == "DUPLIKAT ke-2")
    assert duplicate.bold and duplicate.center
    assert fields(printout.texts)["Alasan cetak ulang"].value == "struk hilang"
    original = parse_escpos(print_receipt(registration, office, PrinterProfile()))
    assert not any("DUPLIKAT" in text for text in original.texts)


def test_the_return_slip_lists_what_is_missing(visit: ReturnedVisit, office: Office) -> None:
    profile = PrinterProfile(paper_mm=58)
    payload = EscposRenderer().escpos(return_slip_document(visit, office), profile)
    printout = parse_escpos(payload)
    lines = printout.texts
    assert "BUKTI" in lines[lines.index("--------------------------------") + 1]
    missing = items(section(lines, "Persyaratan yang belum lengkap:"))
    assert [(entry.label, entry.value) for entry in missing] == [(f"{m.id}.", m.text) for m in visit.missing]
    found = fields(lines)
    assert found["NIK"].value == MASKED_NIK
    assert found["Pemohon"].value == APPLICANT_NAME_ASCII
    assert found["Jenis izin"].value == visit.permit_name
    assert FULL_NIK.encode() not in payload
    assert not printout.images and not printout.native_qrs
    assert all(line.cells <= profile.columns for line in printout.lines)


def test_same_input_same_bytes(registration: Registration, office: Office) -> None:
    for mode in QrMode:
        profile = PrinterProfile(qr_mode=mode)
        assert print_receipt(registration, office, profile) == print_receipt(registration, office, profile)


def test_no_cutter_feeds_instead_of_cutting(registration: Registration, office: Office) -> None:
    printout = parse_escpos(print_receipt(registration, office, PrinterProfile(cut=False)))
    assert printout.cuts == 0
    assert printout.feeds >= 4


def test_the_stream_starts_with_a_reset_and_stays_in_one_code_page(registration: Registration, office: Office) -> None:
    payload = print_receipt(registration, office, PrinterProfile())
    assert payload.startswith(b"\x1b@")
    assert parse_escpos(payload).code_pages == [0]


def test_native_qr_is_centred_and_sized_for_a_phone(registration: Registration, office: Office) -> None:
    printout = parse_escpos(print_receipt(registration, office, PrinterProfile(qr_mode=QrMode.NATIVE)))
    assert printout.native_qr_sizes == [5]  # 41 modules (quiet zone included) x 5 dots: 26 mm
    assert printout.native_qr_centered == [True]


def test_the_due_date_reads_as_offices_write_it(registration: Registration, office: Office) -> None:
    printout = parse_escpos(print_receipt(registration, office, PrinterProfile()))
    assert fields(printout.texts)["Estimasi selesai"].value.startswith("Rabu, 2 Desember 2026")
