"""Printing adapter (python-escpos, reportlab, qrcode): receipts and slips. Imports the core only.

- `EscposRenderer` (`ReceiptRenderer`): a receipt `Document` as ESC/POS bytes for a `PrinterProfile`.
- `UriTransport` (`PrinterTransport`): sends those bytes to `tcp://`, `usb://`, `serial://`,
  `file://`, `win32://`, `cups://` or `pdf://` printers; failures are `PrinterError`s.
- `render_pdf(document, "roll80" | "a5")`: the same document as a PDF.
- `render_card_pdf(card, "a4" | "a5")`: the printable kartu kendali (`printing.card_pdf`).
- `PdfDocuments` (`PdfRenderer`): both PDFs behind the core's port.
- `ReportPdf` (`ReportRenderer`): reports and the daily close as A4 PDFs (`printing.report_pdf`).
- `build_test_page(profile)`: the printer test page (`printing.test_page`).

The printing libraries are imported on first use, so importing this package costs nothing at start-up.
"""

from printing.card_pdf import render_card_pdf
from printing.documents import PdfDocuments
from printing.escpos_renderer import EscposRenderer
from printing.pdf import render_pdf
from printing.report_pdf import ReportPdf
from printing.test_page import build_test_page
from printing.transport import UriTransport, parse_printer_uri

__all__ = [
    "EscposRenderer",
    "PdfDocuments",
    "ReportPdf",
    "UriTransport",
    "build_test_page",
    "parse_printer_uri",
    "render_card_pdf",
    "render_pdf",
]
