"""Receipt rendering benchmarks: ESC/POS bytes (image QR, native QR) and PDF (roll80, a5).

    uv run python -m bench.receipt [--runs N]

Goals: ESC/POS with image QR ≤ 15 ms median; PDF ≤ 60 ms. The receipt is the real Purwakarta
permit (9 documents received) for an applicant with a business, as a duplicate with its reason; the
first render (imports, fonts, escpos capabilities) is reported apart, as "first call".
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, date, datetime
from pathlib import Path

from bench.timing import Timing, measure
from counter_app.domain.applicant import Applicant, Business, BusinessForm
from counter_app.domain.calendar import DueDate
from counter_app.domain.checklist import ReceivedItem
from counter_app.domain.printer_profile import PrinterProfile, QrMode
from counter_app.domain.receipt import Document, Office, receipt_document
from counter_app.domain.registration import Registration
from counter_app.importer import parse_document
from counter_app.resources import resources_dir


def sample_document() -> Document:
    source = resources_dir() / "catalog" / "purwakarta-31-izin-kbli-24201.txt"
    permit = parse_document(source.read_bytes(), str(source)).permit_type
    applicant = Applicant(
        id="bench-applicant",
        name="Andrés Núñez Pérez",
        nik="3214010101900001",
        phone="+6281234567890",
        business=Business("CV Logam Mulia Jaya", BusinessForm.BADAN_USAHA),
    )
    registration = Registration(
        id="bench-registration",
        reg_no="MPP-K01-261123-0007",
        tracking_code="7KQ2MX9D4T1BR",
        applicant=applicant,
        permit=permit,
        items=tuple(ReceivedItem(r.id) for r in permit.walk_requirements()),
        received_at=datetime(2026, 11, 23, 3, 5, tzinfo=UTC),
        due=DueDate(date(2026, 12, 2), 7),
        office_code="MPP",
        counter_code="K01",
        officer="Siti Rahmawati",
    )
    office = Office(
        "Mal Pelayanan Publik Kabupaten Purwakarta",
        "Jl. Veteran No. 139, Purwakarta",
        "(0264) 8224794",
        "Asia/Jakarta",
        "https://mpp.purwakartakab.go.id",
    )
    return receipt_document(registration, office, copy_no=1, reason="struk hilang")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--output", type=Path, default=Path(__file__).parent / "results" / "receipt.json")
    args = parser.parse_args()
    document = sample_document()

    started = time.perf_counter()
    from printing import EscposRenderer, render_pdf

    renderer = EscposRenderer()
    image = PrinterProfile(paper_mm=80, qr_mode=QrMode.IMAGE)
    native = PrinterProfile(paper_mm=80, qr_mode=QrMode.NATIVE)
    narrow = PrinterProfile(paper_mm=58, qr_mode=QrMode.IMAGE)
    first_escpos = renderer.escpos(document, image)
    first_escpos_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    first_pdf = render_pdf(document, "roll80")
    first_pdf_ms = (time.perf_counter() - started) * 1000

    results: list[tuple[Timing, str]] = [
        (measure("escpos 80 mm, image QR", lambda: renderer.escpos(document, image), args.runs), "≤ 15 ms"),
        (measure("escpos 58 mm, image QR", lambda: renderer.escpos(document, narrow), args.runs), "≤ 15 ms"),
        (measure("escpos 80 mm, native QR", lambda: renderer.escpos(document, native), args.runs), ""),
        (measure("pdf roll80", lambda: render_pdf(document, "roll80"), args.runs), "≤ 60 ms"),
        (measure("pdf a5", lambda: render_pdf(document, "a5"), args.runs), "≤ 60 ms"),
    ]
    sizes = {
        "escpos 80 mm, image QR": len(first_escpos),
        "escpos 58 mm, image QR": len(renderer.escpos(document, narrow)),
        "escpos 80 mm, native QR": len(renderer.escpos(document, native)),
        "pdf roll80": len(first_pdf),
        "pdf a5": len(render_pdf(document, "a5")),
    }
    print(f"{'first call: import + escpos 80 mm image QR':<48} {first_escpos_ms:9.1f} ms")
    print(f"{'first call: pdf roll80 (reportlab, fonts)':<48} {first_pdf_ms:9.1f} ms")
    for timing, goal in results:
        print(f"{timing.row()}   {sizes[timing.name]:>7} bytes   {goal}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            [{**timing.__dict__, "goal": goal, "bytes": sizes[timing.name]} for timing, goal in results], indent=2
        )
    )


if __name__ == "__main__":
    main()
