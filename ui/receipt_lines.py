"""A receipt `Document` laid out in the printer's columns, as the thermal slip prints it (pure).

`layout(document, columns)` gives the rows the preview paints: text rows (bold, double size,
centred), rules and the QR. Fields hang their wrapped value under the value; list items hang under
their text. Double-size text takes two columns per character, as ESC/POS prints it.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from counter_app.domain.receipt import Align, Document, Field, Item, Qr, Rule, Text

MAX_HANG = 16
"""A field label longer than this does not push its value further right."""


@dataclass(frozen=True)
class TextRow:
    text: str
    bold: bool = False
    large: bool = False
    center: bool = False


@dataclass(frozen=True)
class RuleRow:
    pass


@dataclass(frozen=True)
class QrRow:
    payload: str
    caption: str


Row = TextRow | RuleRow | QrRow


def _wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """`text` in lines of `width`, continuation lines indented by `indent` spaces."""
    lines = textwrap.wrap(
        text,
        width=max(width, 1),
        subsequent_indent=" " * indent,
        break_long_words=True,
        break_on_hyphens=False,
    )
    return lines or [""]


def layout(document: Document, columns: int) -> list[Row]:
    rows: list[Row] = []
    for block in document.blocks:
        match block:
            case Text(text=text, bold=bold, large=large, align=align):
                width = columns // 2 if large else columns
                center = align is Align.CENTER
                rows.extend(TextRow(line, bold, large, center) for line in _wrap(text, width))
            case Field(label=label, value=value):
                head = f"{label}: "
                hang = min(len(head), MAX_HANG)
                rows.extend(TextRow(line) for line in _wrap(head + value, columns, hang))
            case Item(marker=marker, text=text):
                head = f"{marker} "
                rows.extend(TextRow(line) for line in _wrap(head + text, columns, min(len(head), MAX_HANG)))
            case Rule():
                rows.append(RuleRow())
            case Qr(payload=payload, caption=caption):
                rows.append(QrRow(payload, caption))
    return rows


def plain_text(rows: list[Row]) -> str:
    """The rows as text (the QR as its caption), for tests and screen readers."""
    lines: list[str] = []
    for row in rows:
        match row:
            case TextRow(text=text):
                lines.append(text)
            case RuleRow():
                lines.append("-" * 8)
            case QrRow(caption=caption):
                lines.append(caption)
    return "\n".join(lines)
