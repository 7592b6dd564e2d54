"""`PdfDocuments`: the `PdfRenderer` port (counter_app.ports) over reportlab.

- `document(document, page)`: a receipt or return slip, `"roll80"` or `"a5"` (`printing.pdf`);
- `card(card, page)`: the kartu kendali, `"a4"` or `"a5"` (`printing.card_pdf`).

An unknown page name is a programming error (`ValueError`): callers offer only these.
"""

from __future__ import annotations

from typing import get_args

from counter_app.domain.card_document import CardDocument
from counter_app.domain.receipt import Document
from printing.card_pdf import CARD_PAGES, CardPage, render_card_pdf
from printing.pdf import Page, render_pdf

RECEIPT_PAGES: tuple[Page, ...] = get_args(Page)


class PdfDocuments:
    """PDF versions of the documents. Stateless; reportlab is imported on the first call."""

    def document(self, document: Document, page: str) -> bytes:
        return render_pdf(document, _receipt_page(page))

    def card(self, card: CardDocument, page: str) -> bytes:
        return render_card_pdf(card, _card_page(page))


def _receipt_page(page: str) -> Page:
    for known in RECEIPT_PAGES:
        if page == known:
            return known
    raise ValueError(f"unknown page {page!r} for a receipt (expected one of {', '.join(RECEIPT_PAGES)})")


def _card_page(page: str) -> CardPage:
    for known in CARD_PAGES:
        if page == known:
            return known
    raise ValueError(f"unknown page {page!r} for a control card (expected one of {', '.join(CARD_PAGES)})")
