"""The printable kartu kendali: read back with poppler (pdftotext, pdftoppm, pdffonts) and zxing."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from counter_app.domain.card_document import CardDocument, CardRow
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.receipt import Office, receipt_document
from counter_app.domain.registration import Registration
from counter_app.services.registration import Registered, RegistrationRequest
from printing import PdfDocuments, render_card_pdf, render_pdf
from printing.card_pdf import CARD_PAGES, CardPage
from tests.helpers.clock import FixedClock
from tests.printing.conftest import have_tool
from tests.printing.escpos_reader import decode_qr
from tests.services.conftest import APPLICANT

pytestmark = [
    pytest.mark.usefixtures("invariant_pdf"),
    pytest.mark.skipif(not have_tool("pdftotext"), reason="poppler-utils (pdftotext, pdftoppm) not installed"),
]
MM = 72 / 25.4
PAGE_SIZES = {"a4": (210 * MM, 297 * MM), "a5": (148 * MM, 210 * MM)}
REG_NO = "PWK-L01-261123-0001"
PAYLOAD = "https://status.contoh.go.id/t/7KQ2MX9D4T1BR"
COLUMNS = ("No", "Tahap", "Masuk", "Keluar", "Petugas", "Paraf", "Catatan")
STAGES = (
    ("Pendaftaran dan pemeriksaan kelengkapan berkas", "loket (front office)"),
    ("Verifikasi berkas", "back office"),
    ("Pemrosesan di back office", "back office"),
    ("Pencetakan draf izin", "back office"),
    ("Paraf Kepala Bidang", "supervisor"),
    ("Tanda tangan Kepala Dinas", "supervisor"),
    ("Penomoran izin", "back office"),
    ("Penyerahan kepada pemohon", "loket (front office)"),
)
LONG_NOTE = (
    "dikembalikan ke pemohon: NPWP tidak terbaca dan surat kuasa belum dilegalisir; pemohon diminta membawa "
    "fotokopi yang jelas beserta aslinya untuk dicocokkan oleh petugas verifikasi"
)


def card_document() -> CardDocument:
    stamps = ["23/11/26 09.15", "23/11/26 11.20", "24/11/26 08.05"]
    officers = ["Siti Rahmawati", "Rudi Hartono", "Dewi Lestari"]
    rows = tuple(
        CardRow(
            number=index + 1,
            stage=name,
            role=role,
            entered=stamps[index] if index < 3 else "",
            left=stamps[index + 1] if index < 2 else "",
            officer=officers[index] if index < 3 else "",
            notes=LONG_NOTE if index == 1 else ("diajukan kembali" if index == 2 else ""),
        )
        for index, (name, role) in enumerate(STAGES)
    )
    return CardDocument(
        office="DPMPTSP Kabupaten Purwakarta",
        title="KARTU KENDALI BERKAS",
        header=(
            ("No. Registrasi", REG_NO),
            ("Jenis izin", "Izin Industri Pembuatan Logam Dasar Mulia"),
            ("Pemohon", "Andrés Núñez Pérez / CV Logam Mulia Jaya’s & <Rekan>"),
            ("Tanggal terima", "Senin, 23 November 2026"),
            ("Estimasi selesai", "Rabu, 2 Desember 2026"),
            ("Status", "diproses"),
        ),
        qr_payload=PAYLOAD,
        qr_caption="7KQ2-MX9D-4T1B-R",
        columns=COLUMNS,
        rows=rows,
        footer="Kartu ini menyertai berkas fisik; paraf setiap tahap saat berkas diteruskan.",
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def raw_text(pdf: Path) -> str:
    """The text in drawing order (cell by cell), wrapped lines joined with single spaces."""
    done = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", done.stdout)


def pages_text(pdf: Path) -> list[str]:
    done = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [re.sub(r"\s+", " ", page) for page in done.stdout.split("\f") if page.strip()]


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True, check=True)
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)]


@pytest.mark.parametrize("page", CARD_PAGES)
def test_the_card_shows_its_number_every_stage_and_the_columns(page: CardPage, tmp_path: Path) -> None:
    pdf = write(tmp_path, "card.pdf", render_card_pdf(card_document(), page))
    text = raw_text(pdf)
    assert REG_NO in text
    assert "KARTU KENDALI BERKAS" in text
    assert "Andrés Núñez Pérez / CV Logam Mulia Jaya’s & <Rekan>" in text  # escaped for platypus, kept
    assert "7KQ2-MX9D-4T1B-R" in text
    assert " ".join(COLUMNS) in text
    for name, role in STAGES:
        assert f"{name} {role}" in text
    assert LONG_NOTE in text
    assert "Siti Rahmawati" in text
    assert "Halaman 1" in text
    assert "Kartu ini menyertai berkas fisik" in text
    sizes = page_sizes(pdf)
    assert len(sizes) == 1
    assert sizes[0] == pytest.approx(PAGE_SIZES[page], abs=0.5)


@pytest.mark.parametrize("page", CARD_PAGES)
def test_the_qr_scans_at_150_dpi(page: CardPage, tmp_path: Path) -> None:
    pdf = write(tmp_path, "card.pdf", render_card_pdf(card_document(), page))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    found = [text for png in sorted(tmp_path.glob("page*.png")) for text in decode_qr(Image.open(png))]
    assert found == [PAYLOAD]


@pytest.mark.parametrize("page", CARD_PAGES)
def test_only_embedded_dejavu_fonts(page: CardPage, tmp_path: Path) -> None:
    pdf = write(tmp_path, "card.pdf", render_card_pdf(card_document(), page))
    report = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    fonts = report.splitlines()[2:]
    assert fonts, report
    assert all("DejaVuSans" in row and re.search(r"\byes\s+yes\s+yes\b", row) for row in fonts), report


@pytest.mark.parametrize("page", CARD_PAGES)
def test_rows_leave_room_to_initial_by_hand(page: CardPage, tmp_path: Path) -> None:
    """Row numbers in the first column are ≥ 12 mm apart (the empty rows are exactly the minimum)."""
    pdf = write(tmp_path, "card.pdf", render_card_pdf(card_document(), page))
    done = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True)
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', done.stdout)
    tops = {int(text): float(y) for x, y, text in words if text.isdigit() and float(x) < 32 * MM}
    assert sorted(tops) == list(range(1, len(STAGES) + 1))
    gaps = [tops[n + 1] - tops[n] for n in range(1, len(STAGES))]
    assert min(gaps) >= 12 * MM - 0.5, gaps


@pytest.mark.parametrize("page", CARD_PAGES)
def test_a_long_card_repeats_the_column_header_on_every_page(page: CardPage, tmp_path: Path) -> None:
    card = card_document()
    more = tuple(replace(row, number=row.number + len(card.rows)) for row in card.rows)
    huge = replace(card.rows[0], number=17, notes="catatan yang sangat panjang " * 250)
    pdf = write(tmp_path, "card.pdf", render_card_pdf(replace(card, rows=card.rows + more + (huge,)), page))
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert " ".join(COLUMNS) in text, number
        assert f"Halaman {number}" in text
        if number > 1:
            assert f"No. Registrasi: {REG_NO}" in text  # which file a loose page belongs to
    assert "(lanjutan)" in pages[-1]  # notes taller than a page go on in continuation rows


def test_same_card_same_pdf() -> None:
    card = card_document()
    assert render_card_pdf(card, "a4") == render_card_pdf(card, "a4")
    assert render_card_pdf(card, "a5") != render_card_pdf(card, "a4")


def test_pdf_documents_is_the_pdf_port(registration: Registration, office: Office) -> None:
    documents = PdfDocuments()
    receipt = receipt_document(registration, office)
    assert documents.document(receipt, "a5") == render_pdf(receipt, "a5")
    assert documents.card(card_document(), "a5") == render_card_pdf(card_document(), "a5")
    with pytest.raises(ValueError, match="a4"):
        documents.card(card_document(), "letter")
    with pytest.raises(ValueError, match="roll80"):
        documents.document(receipt, "a4")


def test_the_card_of_a_registered_file_end_to_end(tmp_path: Path) -> None:
    from counter_app.app import open_application

    clock = FixedClock(datetime(2026, 11, 23, 9, 15, tzinfo=ZoneInfo("Asia/Jakarta")))
    app = open_application(str(tmp_path / "t.sqlite3"), clock=clock)
    try:
        for key, value in (("office.code", "PWK"), ("counter.code", "L01"), ("office.name", "DPMPTSP Purwakarta")):
            app.settings.set(key, value)
        outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
        assert isinstance(outcome, Registered)
        reg_no = outcome.registration.reg_no
        clock.advance(hours=1)
        app.cards.act(reg_no, CardAction.ADVANCED, "Rudi Hartono", Role.FRONT_DESK)
        clock.advance(hours=2)
        app.cards.act(reg_no, CardAction.ADVANCED, "Dewi Lestari", Role.BACK_OFFICE)
        for page in CARD_PAGES:
            text = raw_text(write(tmp_path, f"card-{page}.pdf", app.cards.card_pdf(reg_no, page)))
            assert reg_no in text
            assert "sari" in text  # who registered it: the officer of the first stage
            assert "Rudi Hartono" in text
            assert "23/11/26 10.15" in text  # left the first stage (local time)
            assert str(APPLICANT["name"]) in text
            assert str(APPLICANT["nik"]) not in text
    finally:
        app.close()
