"""A receipt document as a PDF (reportlab): `render_pdf(document, "roll80" | "a5") -> bytes`.

The same layout as the thermal printer (`printing.layout`), measured in points with DejaVu Sans,
which is embedded (subset) from `resources/fonts/` so every viewer shows the same letters. Characters
the font lacks are transliterated. The QR code is drawn from a qrcode image (four times faster than
reportlab's QR widget).

- `roll80`: 80 mm wide, as tall as the content (a PDF of the thermal receipt, for a roll printer
  driven by the operating system, or to keep).
- `a5`: A5 portrait with 12-14 mm margins, continued on further pages when the content is longer.

Output is deterministic when `reportlab.rl_config.invariant` is 1 (tests set it).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from counter_app.domain.receipt import Document
from counter_app.resources import resources_dir
from printing.layout import Laid, Line, Metrics, QrSpot, layout
from printing.qr import make_qr

Page = Literal["roll80", "a5"]

MM = 72 / 25.4
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
QR_IMAGE_BOX = 8
"""Pixels per module of the embedded QR image: sharp edges when a viewer or printer scales it."""


@dataclass(frozen=True)
class PageStyle:
    width: float
    height: float | None  # None: as tall as the content
    margin_x: float
    margin_y: float
    size: float
    large_size: float
    leading: float
    qr_size: float


STYLES: dict[str, PageStyle] = {
    "roll80": PageStyle(80 * MM, None, 4 * MM, 5 * MM, 8.0, 11.0, 1.3, 30 * MM),
    "a5": PageStyle(148 * MM, 210 * MM, 14 * MM, 12 * MM, 9.0, 13.0, 1.25, 32 * MM),
}


@cache
def register_fonts() -> frozenset[int]:
    """Register DejaVu Sans (regular, bold) with reportlab once; the code points it has."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    fonts = {name: TTFont(name, str(folder / file)) for name, file in FONT_FILES.items()}
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    regular = set(fonts[REGULAR].face.charToGlyph)
    return frozenset(regular.intersection(fonts[BOLD].face.charToGlyph))


def _metrics(style: PageStyle) -> Metrics:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    covered = register_fonts()

    def measure(text: str, bold: bool, large: bool) -> float:
        return float(stringWidth(text, BOLD if bold else REGULAR, style.large_size if large else style.size))

    def keep(char: str) -> bool:
        return ord(char) in covered

    return Metrics(width=style.width - 2 * style.margin_x, measure=measure, keep=keep)


def _height(item: Laid, style: PageStyle) -> float:
    if isinstance(item, QrSpot):
        return style.qr_size + style.size * 0.5
    if item.rule:
        return style.size * style.leading * 0.8
    return (style.large_size if item.large else style.size) * style.leading


def render_pdf(document: Document, page: Page = "roll80") -> bytes:
    """The document as PDF bytes."""
    from reportlab.pdfgen.canvas import Canvas

    style = STYLES[page]
    metrics = _metrics(style)
    laid = layout(document, metrics)
    height = style.height
    if height is None:
        height = sum(_height(item, style) for item in laid) + 2 * style.margin_y
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(style.width, height), initialFontName=REGULAR, initialFontSize=style.size)
    canvas.setTitle(document.title)
    canvas.setCreator("Loket MPP")
    top = height - style.margin_y
    y = top
    for item in laid:
        needed = _height(item, style)
        if y - needed < style.margin_y - 0.01 and y < top:
            canvas.showPage()
            y = top
        _draw(canvas, item, y, style, metrics)
        y -= needed
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw(canvas: Any, item: Laid, y: float, style: PageStyle, metrics: Metrics) -> None:
    left = style.margin_x
    if isinstance(item, QrSpot):
        from reportlab.lib.utils import ImageReader

        image = make_qr(item.payload).scaled(QR_IMAGE_BOX).convert("L")
        x = left + (metrics.width - style.qr_size) / 2
        canvas.drawImage(ImageReader(image), x, y - style.qr_size, style.qr_size, style.qr_size)
        return
    line: Line = item
    size = style.large_size if line.large else style.size
    if line.rule:
        middle = y - _height(line, style) / 2
        canvas.setLineWidth(0.5)
        canvas.line(left, middle, left + metrics.width, middle)
        return
    baseline = y - size * 1.0
    font = BOLD if line.bold else REGULAR
    canvas.setFont(font, size)
    for cell in line.cells:
        if line.center:
            width = metrics.measure(cell.text, line.bold, line.large)
            canvas.drawString(left + (metrics.width - width) / 2, baseline, cell.text)
        else:
            canvas.drawString(left + cell.x, baseline, cell.text)
