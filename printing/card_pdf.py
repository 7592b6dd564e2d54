"""The kartu kendali as a PDF (reportlab platypus): `render_card_pdf(card, "a4" | "a5") -> bytes`.

A sheet to be attached to the paper file and filled in by hand as it moves:

- a header block: the office, the title, the card's `(label, value)` fields (number, permit type,
  applicant, received date, due date...) and, top right, the QR of the status page with the grouped
  tracking code under it;
- one table row per stage with the 7 columns of the document (No, Tahap, Masuk, Keluar, Petugas,
  Paraf, Catatan). Cell text wraps; every row is at least `min_row` tall (12 mm or more) so there is
  room to initial by hand; the stage's role is printed small under its name. When the table runs
  onto another page, its header row is repeated there, and a running line names the file (the
  document's first header field);
- a footer on every page: the document's footer text and "Halaman n".

DejaVu Sans is embedded (the fonts `printing.pdf` registers); characters it lacks are
transliterated. Portrait A4 (15 mm side margins) or A5 (10 mm). Output is deterministic when
`reportlab.rl_config.invariant` is 1 (tests set it). reportlab and qrcode are imported on first use.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal
from xml.sax.saxutils import escape

from counter_app.domain.card_document import CardDocument, CardRow
from counter_app.i18n import translate
from printing.layout import printable
from printing.pdf import BOLD, MM, QR_IMAGE_BOX, REGULAR, register_fonts
from printing.qr import make_qr

CardPage = Literal["a4", "a5"]
CARD_PAGES: tuple[CardPage, ...] = ("a4", "a5")

COLUMN_SHARES = (0.055, 0.215, 0.11, 0.11, 0.15, 0.11, 0.25)
"""Shares of the table width: No, Tahap, Masuk, Keluar, Petugas, Paraf, Catatan."""
GRID_GREY = 0.35
HEADER_GREY = 0.88
FRAME_PADDING = 6.0
"""platypus frames keep 6 pt inside the page margins on every side."""


@dataclass(frozen=True)
class CardStyle:
    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    size: float  # body text
    small: float  # roles, footer
    title: float
    qr_size: float
    min_row: float  # ≥ 12 mm: room for a hand-written paraf
    padding: float


CARD_STYLES: dict[str, CardStyle] = {
    "a4": CardStyle(210 * MM, 297 * MM, 15 * MM, 14 * MM, 16 * MM, 9.0, 7.5, 14.0, 30 * MM, 14 * MM, 3.0),
    "a5": CardStyle(148 * MM, 210 * MM, 10 * MM, 11 * MM, 13 * MM, 7.5, 6.3, 11.0, 24 * MM, 12 * MM, 2.2),
}


def _clean(text: str) -> str:
    """Printable with the embedded font, and safe inside a platypus paragraph (XML)."""
    covered = register_fonts()
    return escape(printable(text, lambda ch: ord(ch) in covered))


def render_card_pdf(card: CardDocument, page: CardPage = "a4") -> bytes:
    """The control card as PDF bytes, on A4 or A5 portrait."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    if page not in CARD_STYLES:
        raise ValueError(f"unknown page {page!r} for a control card (expected one of {', '.join(CARD_PAGES)})")
    style = CARD_STYLES[page]
    register_fonts()
    styles = _Styles(style, ParagraphStyle)
    footer = styles.paragraph(card.footer, styles.small)
    page_label_width = 22 * MM
    frame_width = style.width - 2 * style.margin_x - 2 * FRAME_PADDING
    left = style.margin_x + FRAME_PADDING
    _, footer_height = footer.wrap(frame_width - page_label_width, style.margin_bottom)
    bottom = max(style.margin_bottom, footer_height + 10 * MM)

    frame_height = style.height - style.margin_top - bottom - 2 * FRAME_PADDING
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(style.width, style.height),
        leftMargin=style.margin_x,
        rightMargin=style.margin_x,
        topMargin=style.margin_top,
        bottomMargin=bottom,
        title=printable(f"{card.title} {_first_value(card)}".strip()),
        author=printable(card.office),
        creator="Loket MPP",
        subject=printable(card.title),
        initialFontName=REGULAR,  # else Helvetica is listed as a font, and it is not embedded
        initialFontSize=style.size,
    )
    running = _running_line(card)

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        number = doc.page
        label = translate("printing", "Halaman {n}").format(n=number)
        canvas.setFont(REGULAR, style.small)
        canvas.drawRightString(left + frame_width, style.margin_bottom - 4 * MM, printable(label))
        _, height = footer.wrap(frame_width - page_label_width, bottom)
        footer.drawOn(canvas, left, style.margin_bottom - 4 * MM - height + style.small)
        if number > 1 and running:
            canvas.setFont(BOLD, style.small)
            canvas.drawString(left, style.height - style.margin_top + 3 * MM, printable(running))
        canvas.restoreState()

    story = [
        _header(card, style, styles, frame_width),
        _stage_table(card, style, styles, frame_width, frame_height),
    ]
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


class _Styles:
    def __init__(self, style: CardStyle, paragraph_style: Any) -> None:
        def make(name: str, font: str, size: float, **extra: Any) -> Any:
            return paragraph_style(name, fontName=font, fontSize=size, leading=size * 1.22, **extra)

        self.body = make("card-body", REGULAR, style.size)
        self.bold = make("card-bold", BOLD, style.size)
        self.small = make("card-small", REGULAR, style.small, textColor=(0.3, 0.3, 0.3))
        self.office = make("card-office", BOLD, style.size)
        self.title = make("card-title", BOLD, style.title, spaceBefore=1 * MM, spaceAfter=2 * MM)
        self.column = make("card-column", BOLD, style.size)
        self.caption = make("card-caption", BOLD, style.small, alignment=1)

    def paragraph(self, text: str, style: Any) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(_clean(text), style)


def _first_value(card: CardDocument) -> str:
    return card.header[0][1] if card.header else ""


def _running_line(card: CardDocument) -> str:
    """Names the file on every page after the first (the first header field: the number)."""
    if not card.header:
        return card.title
    label, value = card.header[0]
    return f"{card.title} — {label}: {value}"


def _qr_image(payload: str, size: float) -> Any:
    from reportlab.platypus import Image

    png = io.BytesIO()
    make_qr(payload).scaled(QR_IMAGE_BOX).convert("L").save(png, format="PNG")
    png.seek(0)
    return Image(png, width=size, height=size)


def _header(card: CardDocument, style: CardStyle, styles: _Styles, width: float) -> Any:
    from reportlab.platypus import Table, TableStyle

    qr_column = style.qr_size + 2 * MM
    text_width = width - qr_column - 3 * MM
    label_width = min(
        max((_text_width(label, BOLD, style.size) for label, _ in card.header), default=0.0) + 2 * MM,
        text_width / 3,
    )
    fields = Table(
        [
            [
                styles.paragraph(label, styles.bold),
                styles.paragraph(":", styles.body),
                styles.paragraph(value, styles.body),
            ]
            for label, value in card.header
        ]
        or [[""]],
        colWidths=[label_width, 2.5 * MM, text_width - label_width - 2.5 * MM] if card.header else [text_width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells (default: Helvetica)
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        ),
        hAlign="LEFT",
    )
    left = [styles.paragraph(card.office, styles.office), styles.paragraph(card.title, styles.title), fields]
    right: list[Any] = []
    if card.qr_payload:
        right.append(_qr_image(card.qr_payload, style.qr_size))
    if card.qr_caption:
        right.append(styles.paragraph(card.qr_caption, styles.caption))
    return Table(
        [[left, right]],
        colWidths=[width - qr_column, qr_column],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells (default: Helvetica)
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * MM),
            ]
        ),
        hAlign="LEFT",
    )


def _text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(printable(text), font, size))


def _row_cells(row: CardRow, styles: _Styles) -> list[Any]:
    stage: list[Any] = [styles.paragraph(row.stage, styles.body)]
    if row.role:
        stage.append(styles.paragraph(row.role, styles.small))
    return [
        styles.paragraph(str(row.number), styles.body),
        stage,
        styles.paragraph(row.entered, styles.body),
        styles.paragraph(row.left, styles.body),
        styles.paragraph(row.officer, styles.body),
        "",  # paraf: by hand
        styles.paragraph(row.notes, styles.body),
    ]


def _fitted_rows(
    row: CardRow, styles: _Styles, widths: Sequence[float], padding: float, room: float
) -> list[list[Any]]:
    """The row's cells; when its notes are taller than `room` (a whole page), the notes go on in
    continuation rows ("(lanjutan)") so no row ever needs to be split across pages."""
    cells = _row_cells(row, styles)
    notes_width = widths[-1] - 2 * padding
    notes = cells[-1]
    _, height = notes.wrap(notes_width, room)
    if height <= room:
        return [cells]
    pieces: list[Any] = []
    while True:
        _, height = notes.wrap(notes_width, room)
        parts = notes.split(notes_width, room) if height > room else [notes]
        if len(parts) < 2:
            pieces.append(parts[0] if parts else notes)
            break
        pieces.append(parts[0])
        notes = parts[1]
    continued = translate("printing", "(lanjutan)")
    rows = [[*cells[:-1], pieces[0]]]
    for piece in pieces[1:]:
        rows.append(["", styles.paragraph(f"{row.stage} {continued}", styles.small), "", "", "", "", piece])
    return rows


def _stage_table(card: CardDocument, style: CardStyle, styles: _Styles, width: float, height: float) -> Any:
    from reportlab.platypus import Table, TableStyle

    columns: Sequence[str] = card.columns
    shares = COLUMN_SHARES if len(columns) == len(COLUMN_SHARES) else tuple(1 / len(columns) for _ in columns)
    widths = [width * share for share in shares]
    head = [styles.paragraph(name, styles.column) for name in columns]
    head_height = max(cell.wrap(w - 2 * style.padding, height)[1] for cell, w in zip(head, widths, strict=True))
    room = height - head_height - 4 * style.padding - 2 * MM
    data: list[list[Any]] = [head]
    for row in card.rows:
        data += _fitted_rows(row, styles, widths, style.padding, room)
    return Table(
        data,
        colWidths=widths,
        minRowHeights=[0.0] + [style.min_row] * (len(data) - 1),
        repeatRows=1,
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, (GRID_GREY, GRID_GREY, GRID_GREY)),
                ("BACKGROUND", (0, 0), (-1, 0), (HEADER_GREY, HEADER_GREY, HEADER_GREY)),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells (default: Helvetica)
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), style.padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), style.padding),
                ("TOPPADDING", (0, 0), (-1, -1), style.padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), style.padding),
            ]
        ),
        hAlign="LEFT",
    )
