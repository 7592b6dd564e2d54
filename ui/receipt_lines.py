"""A receipt `Document` laid out in the printer's columns, as the thermal slip prints it (pure).

`layout(document, columns)` gives the rows the preview paints: text rows (bold, double size,
centred), rules and the QR. It follows the printer's own layout (`printing.layout`, which the UI
may not import): a field is `label : value` with the labels in a column (the longest label, at
most a third of the line) and the value wrapping under itself; a list item's text wraps under the
text (at most a quarter of the line in); double-size text takes two columns per character.
"""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.domain.receipt import Align, Document, Field, Item, Qr, Rule, Text

LABEL_SHARE = 1 / 3
"""A field's label column takes at most this share of the line (as the printer lays it out)."""
ITEM_SHARE = 1 / 4
"""A list item's continuation lines are indented at most this share of the line."""
SEPARATOR = " : "


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


def _wrap(text: str, width: int, first: int | None = None) -> list[str]:
    """`text` in lines of `width` characters (the first line `first` wide); long words are split."""
    width = max(width, 1)
    first = max(first if first is not None else width, 1)
    lines: list[str] = []
    current = ""
    for word in text.split():
        limit = first if not lines else width
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
            limit = width
        rest = word
        while len(rest) > limit:
            lines.append(rest[:limit])
            rest = rest[limit:]
            limit = width
        current = rest
    if current or not lines:
        lines.append(current)
    return lines


def _label_width(document: Document, columns: int) -> int:
    labels = [len(block.label) for block in document.blocks if isinstance(block, Field)]
    return min(max(labels, default=0), int(columns * LABEL_SHARE))


def _field(label: str, value: str, label_width: int, columns: int) -> list[TextRow]:
    value_x = label_width + len(SEPARATOR)
    labels = _wrap(label, label_width) if label else [""]
    values = _wrap(value, columns - value_x)
    rows = []
    for n in range(max(len(labels), len(values))):
        left = labels[n] if n < len(labels) else ""
        middle = SEPARATOR if n == 0 else " " * len(SEPARATOR)
        right = values[n] if n < len(values) else ""
        rows.append(TextRow((left.ljust(label_width) + middle + right).rstrip()))
    return rows


def _item(marker: str, text: str, columns: int) -> list[TextRow]:
    marker_width = len(marker) + 1 if marker else 0
    indent = min(marker_width, int(columns * ITEM_SHARE))
    pieces = _wrap(text, columns - indent, columns - marker_width)
    rows = [TextRow(f"{marker} {pieces[0]}" if marker else pieces[0])]
    rows += [TextRow(" " * indent + piece) for piece in pieces[1:]]
    return rows


def layout(document: Document, columns: int) -> list[Row]:
    label_width = _label_width(document, columns)
    rows: list[Row] = []
    for block in document.blocks:
        match block:
            case Text(text=text, bold=bold, large=large, align=align):
                width = columns // 2 if large else columns
                center = align is Align.CENTER
                rows.extend(TextRow(line, bold, large, center) for line in _wrap(text, width))
            case Field(label=label, value=value):
                rows.extend(_field(label, value, label_width, columns))
            case Item(marker=marker, text=text):
                rows.extend(_item(marker, text, columns))
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
