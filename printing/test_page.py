"""The printer test page: what a new printer must show before its profile is saved.

`build_test_page(profile)` gives ESC/POS bytes with, in order: the office name (bold) and a large
title; a line transliterated to ASCII as receipts are ("Rp 1.500.000 — é ñ ü" → "Rp 1.500.000 - e n
u"); two lines in the printer's own code pages through escpos's encoding (CP437 and CP858, with
ESC t), to see whether the printer has them; a ruler as long as the profile's columns; an image QR
(GS v 0) captioned "QR gambar" and a native QR (GS ( k) captioned "QR bawaan"; then a cut, whatever
the profile says, to find out whether there is a cutter.

The officer answers `CHECKS` (the test print dialog and `counter-app printer test` show them) and
`profile_from_checks()` turns the answers into the profile to save: native QR only when the native
code scanned, cut only when the paper was cut (architecture.md §5: image QR unless a test print
proved native works).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from counter_app.domain.printer_profile import PrinterProfile, QrMode
from counter_app.domain.receipt import Align, Document, Rule, Text
from counter_app.i18n import translate
from printing.escpos_renderer import Writer, new_printer
from printing.layout import layout

SAMPLE_TEXT = "Rp 1.500.000 — é ñ ü"
CODE_PAGE_SAMPLES = (("CP437", "é ñ ü"), ("CP858", "é ñ ü €"))
QR_IMAGE_PAYLOAD = "LOKET MPP TES QR GAMBAR"
QR_NATIVE_PAYLOAD = "LOKET MPP TES QR BAWAAN"


@dataclass(frozen=True)
class Check:
    key: str
    question: str


def checks() -> tuple[Check, ...]:
    """What the officer looks at on the test page (in the active language)."""
    return (
        Check("text", translate("printing", "Nama kantor dan judul besar tercetak jelas")),
        Check("ascii", translate("printing", "Baris 'Rp 1.500.000 - e n u' tercetak tanpa huruf aneh")),
        Check(
            "code_page",
            translate("printing", "Baris CP437 dan CP858 menampilkan é ñ ü (dan € pada CP858); tidak wajib"),
        ),
        Check("columns", translate("printing", "Penggaris 1234567890... pas satu baris, tidak turun baris")),
        Check("qr_image", translate("printing", "QR gambar terbaca oleh kamera ponsel")),
        Check("qr_native", translate("printing", "QR bawaan terbaca oleh kamera ponsel")),
        Check("cut", translate("printing", "Kertas terpotong otomatis di akhir")),
    )


def profile_from_checks(paper_mm: int, passed: Collection[str]) -> PrinterProfile:
    """The profile to save after the officer marked the checks in `passed` as right."""
    native = "qr_native" in passed
    return PrinterProfile(paper_mm=paper_mm, qr_mode=QrMode.NATIVE if native else QrMode.IMAGE, cut="cut" in passed)


def ruler(columns: int) -> str:
    """`1234567890123…`, `columns` long."""
    return ("1234567890" * (columns // 10 + 1))[:columns]


def build_test_page(profile: PrinterProfile, office_name: str = "") -> bytes:
    """The ESC/POS bytes of the test page for a printer of `profile`."""
    columns = profile.columns
    printer = new_printer(profile)
    writer = Writer(printer, profile)

    def section(*blocks: Text | Rule) -> None:
        writer.lines(layout(Document("", tuple(blocks), cut=False), columns))

    section(
        Text(office_name or "Loket MPP", bold=True, align=Align.CENTER),
        Text(translate("printing", "TES PRINTER"), bold=True, large=True, align=Align.CENTER),
        Text(
            translate("printing", "Kertas {paper} mm, {columns} kolom").format(paper=profile.paper_mm, columns=columns),
            align=Align.CENTER,
        ),
        Rule(),
        Text(translate("printing", "1. Huruf khusus diganti ASCII:")),
        Text(SAMPLE_TEXT),
        Text(translate("printing", "2. Halaman kode printer:")),
    )
    for code_page, sample in CODE_PAGE_SAMPLES:
        writer.style()
        printer.charcode(code_page)
        printer.text(f"{code_page}: {sample}\n")
    printer.charcode("CP437")
    printer.charcode("AUTO")
    section(Text(translate("printing", "3. Penggaris {columns} kolom:").format(columns=columns)))
    writer.text(ruler(columns))
    section(Rule(), Text(translate("printing", "4. QR gambar:")))
    writer.qr(QR_IMAGE_PAYLOAD, native=False)
    section(Text(translate("printing", "QR gambar"), align=Align.CENTER), Text(translate("printing", "5. QR bawaan:")))
    writer.qr(QR_NATIVE_PAYLOAD, native=True)
    section(
        Text(translate("printing", "QR bawaan"), align=Align.CENTER),
        Rule(),
        Text(translate("printing", "6. Kertas dipotong di bawah baris ini.")),
    )
    writer.finish(cut=True)
    return bytes(printer.output)
