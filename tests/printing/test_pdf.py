"""Receipts as PDF: read back with poppler (pdftotext, pdftoppm at the printer's 203 dpi) and zxing."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from counter_app.domain.formatting import full_date
from counter_app.domain.receipt import Office, receipt_document, return_slip_document
from counter_app.domain.registration import Registration, ReturnedVisit
from printing import render_pdf
from printing.pdf import Page
from tests.printing.conftest import APPLICANT_NAME, FULL_NIK, GROUPED_CODE, MASKED_NIK, REG_NO, have_tool
from tests.printing.escpos_reader import decode_qr

pytestmark = [
    pytest.mark.usefixtures("invariant_pdf"),
    pytest.mark.skipif(not have_tool("pdftotext"), reason="poppler-utils (pdftotext, pdftoppm) not installed"),
]
PAGES: list[Page] = ["roll80", "a5"]
MM = 72 / 25.4


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True, check=True)
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("page", PAGES)
def test_the_pdf_says_what_the_receipt_says(
    registration: Registration, office: Office, page: Page, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "receipt.pdf", render_pdf(receipt_document(registration, office, copy_no=2), page))
    text = pdf_text(pdf)
    flat = one_line(text)
    assert re.search(rf"No\. Registrasi\s+: {REG_NO}", text)
    assert re.search(rf"NIK\s+: {re.escape(MASKED_NIK)}", text)
    assert f": {APPLICANT_NAME}" in text  # a PDF keeps the accents (DejaVu has them)
    assert GROUPED_CODE in text
    assert "DUPLIKAT ke-2" in text
    assert full_date(date(2026, 12, 2)) in flat
    assert "Izin Industri Pembuatan Logam Dasar Mulia" in flat
    assert "TANDA TERIMA BERKAS" in text
    assert FULL_NIK not in text
    assert FULL_NIK.encode() not in pdf.read_bytes()


@pytest.mark.parametrize("page", PAGES)
def test_the_qr_scans_at_the_printers_resolution(
    registration: Registration, office: Office, url: str, page: Page, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "receipt.pdf", render_pdf(receipt_document(registration, office), page))
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(pdf), str(tmp_path / "page")], check=True)
    found = [text for png in sorted(tmp_path.glob("page*.png")) for text in decode_qr(Image.open(png))]
    assert found == [url]


@pytest.mark.parametrize("page", PAGES)
def test_the_font_is_embedded(registration: Registration, office: Office, page: Page, tmp_path: Path) -> None:
    data = render_pdf(receipt_document(registration, office), page)
    assert b"/FontFile2" in data
    pdf = write(tmp_path, "receipt.pdf", data)
    if have_tool("pdffonts"):
        report = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        fonts = report.splitlines()[2:]
        assert fonts, report
        assert all("DejaVuSans" in row and re.search(r"\byes\s+yes\s+yes\b", row) for row in fonts), report


def test_roll80_is_80_mm_wide_and_as_tall_as_its_content(
    registration: Registration, office: Office, visit: ReturnedVisit, tmp_path: Path
) -> None:
    receipt = page_sizes(write(tmp_path, "r.pdf", render_pdf(receipt_document(registration, office), "roll80")))
    slip = page_sizes(write(tmp_path, "s.pdf", render_pdf(return_slip_document(visit, office), "roll80")))
    assert len(receipt) == len(slip) == 1
    assert receipt[0][0] == pytest.approx(80 * MM, abs=0.5)
    assert slip[0][1] < receipt[0][1]  # fewer lines, shorter paper


def test_a5_is_a5_portrait(registration: Registration, office: Office, tmp_path: Path) -> None:
    sizes = page_sizes(write(tmp_path, "r.pdf", render_pdf(receipt_document(registration, office), "a5")))
    assert sizes
    for width, height in sizes:
        assert width == pytest.approx(148 * MM, abs=0.5)
        assert height == pytest.approx(210 * MM, abs=0.5)


def test_return_slip_pdf_lists_the_missing_items(visit: ReturnedVisit, office: Office, tmp_path: Path) -> None:
    text = one_line(pdf_text(write(tmp_path, "s.pdf", render_pdf(return_slip_document(visit, office), "a5"))))
    assert "BUKTI PENGEMBALIAN BERKAS" in text
    for missing in visit.missing:
        assert f"{missing.id}. {one_line(missing.text)}" in text


def test_same_document_same_pdf(registration: Registration, office: Office) -> None:
    document = receipt_document(registration, office)
    assert render_pdf(document, "roll80") == render_pdf(document, "roll80")
    assert render_pdf(document, "a5") == render_pdf(document, "a5")


def test_letters_the_font_lacks_are_transliterated(tmp_path: Path) -> None:
    from counter_app.domain.receipt import Document, Field

    document = Document("t", (Field("Pemohon", "Zoë 王"),))
    text = pdf_text(write(tmp_path, "t.pdf", render_pdf(document, "roll80")))
    assert "Zoë Wang" in text
