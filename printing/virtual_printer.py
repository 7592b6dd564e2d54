"""A thermal printer on paper that is a PDF: ESC/POS bytes in, a PDF of what would print out.

This is the `pdf:///folder` printer. A print job is stored as ESC/POS bytes (architecture.md §5), so
a PDF "printer" has to print those bytes, not the document: it understands the commands our
renderer writes (ESC @, ESC E, ESC !, GS !, ESC a, ESC t, ESC d, LF, GS V, GS v 0, GS ( k QR),
skips other commands, and draws an 80 mm roll at 203 dpi in DejaVu Sans Mono (font A: 12 × 24
dots, 48 columns on 72 mm). Each cut ends a page; a page is as tall as its content.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from counter_app.resources import resources_dir
from printing.qr import make_qr

if TYPE_CHECKING:
    from PIL.Image import Image

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A
DOT = 72 / 203  # points per printer dot
PRINTABLE_DOTS = 576
CHAR_DOTS = (12, 24)  # font A
MONO = "DejaVuSansMono"
MONO_BOLD = "DejaVuSansMono-Bold"
CODE_PAGES = {
    0: "cp437",
    2: "cp850",
    3: "cp860",
    4: "cp863",
    5: "cp865",
    16: "cp1252",
    17: "cp866",
    18: "cp852",
    19: "cp858",
}
"""ESC t slots of escpos's default profile that Python can decode."""


@dataclass
class TextRow:
    text: str
    bold: bool
    width: int  # character width multiplier
    height: int
    align: int  # 0 left, 1 centre, 2 right


@dataclass
class ImageRow:
    image: Image  # mode "1", black = 0
    align: int


@dataclass
class Page:
    rows: list[TextRow | ImageRow] = field(default_factory=list)


@dataclass
class _State:
    bold: bool = False
    width: int = 1
    height: int = 1
    align: int = 0
    codec: str = "cp437"
    qr_data: bytes = b""
    qr_size: int = 3


def decode(payload: bytes) -> list[Page]:
    """The pages (one per cut) the stream prints."""
    pages = [Page()]
    state = _State()
    text = bytearray()
    i = 0
    n = len(payload)

    def flush() -> None:
        if text:
            pages[-1].rows.append(
                TextRow(bytes(text).decode(state.codec, "replace"), state.bold, state.width, state.height, state.align)
            )
            text.clear()

    def arg(offset: int) -> int:
        return payload[i + offset] if i + offset < n else 0

    while i < n:
        byte = payload[i]
        if byte == LF:
            row_started = bool(text)
            flush()
            if not row_started:
                pages[-1].rows.append(TextRow("", state.bold, state.width, state.height, state.align))
            i += 1
        elif byte == ESC:
            command = arg(1)
            if command == ord("@"):
                flush()
                state = _State()
                i += 2
            elif command == ord("E"):
                state.bold = bool(arg(2) & 1)
                i += 3
            elif command == ord("!"):
                mode = arg(2)
                state.bold = bool(mode & 0x08)
                state.height = 2 if mode & 0x10 else 1
                state.width = 2 if mode & 0x20 else 1
                i += 3
            elif command == ord("a"):
                state.align = arg(2) % 48 if arg(2) >= 48 else arg(2)
                i += 3
            elif command == ord("t"):
                state.codec = CODE_PAGES.get(arg(2), "cp437")
                i += 3
            elif command == ord("d"):
                flush()
                pages[-1].rows.extend(TextRow("", False, 1, 1, 0) for _ in range(arg(2)))
                i += 3
            elif command in b"-EGJMSUV{ 23R":
                i += 2 if command in b"2S" else 3
            else:
                i += 2
        elif byte == GS:
            command = arg(1)
            if command == ord("!"):
                state.width = (arg(2) >> 4) + 1
                state.height = (arg(2) & 0x0F) + 1
                i += 3
            elif command == ord("V"):
                flush()
                i += 4 if arg(2) in (65, 66) else 3
                pages.append(Page())
            elif command == ord("v") and arg(2) == ord("0"):
                flush()
                width_bytes = arg(4) + 256 * arg(5)
                height = arg(6) + 256 * arg(7)
                start = i + 8
                data = payload[start : start + width_bytes * height]
                pages[-1].rows.append(ImageRow(_raster(data, width_bytes, height), state.align))
                i = start + width_bytes * height
            elif command == ord("(") and arg(2) in (ord("k"), ord("L")):
                length = arg(3) + 256 * arg(4)
                body = payload[i + 5 : i + 5 + length]
                if command == ord("(") and arg(2) == ord("k") and len(body) >= 2 and body[0] == ord("1"):
                    flush()
                    function = body[1]
                    if function == 67 and len(body) >= 3:
                        state.qr_size = body[2]
                    elif function == 80:
                        state.qr_data = bytes(body[3:])
                    elif function == 81 and state.qr_data:
                        picture = make_qr(state.qr_data.decode("utf-8", "replace"))
                        image = picture.scaled(max(1, state.qr_size))
                        pages[-1].rows.append(ImageRow(image, state.align))
                i += 5 + length
            else:
                i += 3
        elif byte == DLE:
            i += 3
        elif byte < 0x20:
            i += 1
        else:
            text.append(byte)
            i += 1
    flush()
    return [page for page in pages if page.rows]


def _raster(data: bytes, width_bytes: int, height: int) -> Image:
    from PIL import Image as PilImage
    from PIL import ImageOps

    if width_bytes == 0 or height == 0:
        return PilImage.new("1", (1, 1), 1)
    # In GS v 0 a set bit prints (black); in a PIL "1" image a set bit is white.
    inverted = PilImage.frombytes("1", (width_bytes * 8, height), data.ljust(width_bytes * height, b"\0"))
    return ImageOps.invert(inverted.convert("L")).convert("1")


@cache
def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(MONO, str(folder / "DejaVuSansMono.ttf")))
    pdfmetrics.registerFont(TTFont(MONO_BOLD, str(folder / "DejaVuSansMono-Bold.ttf")))


def _row_height(row: TextRow | ImageRow) -> float:
    if isinstance(row, ImageRow):
        return float(row.image.height * DOT)
    return CHAR_DOTS[1] * row.height * DOT


def render_pdf(payload: bytes, title: str = "") -> bytes:
    """What the ESC/POS `payload` prints, as a PDF of an 80 mm roll (one page per cut)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    _register_fonts()
    margin = 4 * 72 / 25.4
    width = PRINTABLE_DOTS * DOT + 2 * margin
    base_size = CHAR_DOTS[0] * DOT / (stringWidth("0", MONO, 1.0))
    pages = decode(payload) or [Page([TextRow("", False, 1, 1, 0)])]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, 100.0), initialFontName=MONO, initialFontSize=base_size)
    canvas.setTitle(title)
    canvas.setCreator("Loket MPP")
    for page in pages:
        height = sum(_row_height(row) for row in page.rows) + 2 * margin
        canvas.setPageSize((width, height))
        y = height - margin
        for row in page.rows:
            row_height = _row_height(row)
            _draw_row(canvas, row, margin, y, row_height, base_size)
            y -= row_height
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _x(align: int, margin: float, used: float) -> float:
    free = PRINTABLE_DOTS * DOT - used
    return margin + (free / 2 if align == 1 else free if align == 2 else 0.0)


def _draw_row(canvas: Any, row: TextRow | ImageRow, margin: float, y: float, row_height: float, size: float) -> None:
    if isinstance(row, ImageRow):
        from reportlab.lib.utils import ImageReader

        image_width = row.image.width * DOT
        x = _x(row.align, margin, image_width)
        canvas.drawImage(ImageReader(row.image.convert("L")), x, y - row_height, image_width, row_height)
        return
    if not row.text.strip():
        return
    text = row.text.rstrip()
    used = len(text) * CHAR_DOTS[0] * row.width * DOT
    obj = canvas.beginText()
    obj.setTextOrigin(_x(row.align, margin, used), y - row_height + 5 * row.height * DOT)
    obj.setFont(MONO_BOLD if row.bold else MONO, size * row.height)
    obj.setHorizScale(100.0 * row.width / row.height)
    obj.textOut(text)
    canvas.drawText(obj)
