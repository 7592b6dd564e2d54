"""Lay a receipt `Document` out into lines of a given width. Pure: no escpos, no reportlab.

One layout serves the thermal printer and the PDF. Widths are in the units of a `Metrics`: character
cells for a thermal printer (`Metrics.columns(48)`, every character one cell, large text two), points
for a PDF (the font's own widths). Blocks become:

- `Text`: word-wrapped; large text is measured large (half the columns on a thermal printer);
  centred lines are centred one by one (`Line.center`, the renderer centres).
- `Field`: `label : value`; the value wraps under itself (hanging indent at the value column). The
  label column is as wide as the document's longest label but at most a third of the line; a longer
  label wraps inside its column.
- `Item`: `marker text`; continuation lines start under the text.
- `Rule`: a line of `-` across the width (`Line.rule`, a PDF draws a line instead).
- `Qr`: a `QrSpot` (where the code goes) followed by the caption, centred.

For the thermal printer text is transliterated to printable ASCII (anyascii: "é"→"e", "—"→"-",
"’"→"'", "•"→"*") so no code page can turn it into garbage; a PDF keeps what its font has
(`Metrics.keep`). Control characters are always removed, so a name can never smuggle printer
commands in. Words longer than a line are split, after a `-` or `/` when one is in the second half
of the piece, else hard.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from anyascii import anyascii

from counter_app.domain.receipt import Align, Document, Field, Item, Qr, Rule, Text

Measure = Callable[[str, bool, bool], float]
"""Width of `text` printed (bold, large)."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BREAK_AFTER = "-/"
FIELD_SEPARATOR = " : "


@dataclass(frozen=True)
class Cell:
    """A piece of text starting at `x` (in the layout's units) from the left edge."""

    x: float
    text: str


@dataclass(frozen=True)
class Line:
    cells: tuple[Cell, ...]
    bold: bool = False
    large: bool = False
    center: bool = False
    rule: bool = False

    @property
    def text(self) -> str:
        """The line as one string for a fixed-width printer (cells padded to their column)."""
        out = ""
        for cell in self.cells:
            column = round(cell.x)
            if len(out) < column:
                out += " " * (column - len(out))
            out += cell.text
        return out.rstrip()


@dataclass(frozen=True)
class QrSpot:
    """Where a QR code goes; its caption follows as ordinary lines."""

    payload: str


Laid = Line | QrSpot


def _cell_width(text: str, bold: bool, large: bool) -> float:
    return len(text) * (2 if large else 1)


@dataclass(frozen=True)
class Metrics:
    width: float
    measure: Measure = field(default=_cell_width)
    keep: Callable[[str], bool] | None = None
    """Characters the output can show as they are; others are transliterated. None: ASCII only."""
    label_share: float = 1 / 3
    """The label column of a Field takes at most this share of the line."""
    item_share: float = 1 / 4
    """Continuation lines of an Item are indented at most this share of the line."""

    @classmethod
    def columns(cls, columns: int) -> Metrics:
        """A fixed-width printer: `columns` characters of font A per line, ASCII only."""
        return cls(width=float(columns))

    @property
    def fixed_width(self) -> bool:
        return self.measure is _cell_width

    def snap(self, value: float) -> float:
        """Whole cells on a fixed-width printer."""
        return float(int(value)) if self.fixed_width else value


def printable(text: str, keep: Callable[[str], bool] | None = None) -> str:
    """What may go on paper: no control characters (tabs and newlines become spaces), and only
    characters the output can show (`keep`; ASCII when None), the others transliterated."""
    text = text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    if keep is None:
        text = anyascii(text)
    elif not all(keep(ch) for ch in text):
        text = "".join(ch if keep(ch) else anyascii(ch) for ch in text)
    return _CONTROL.sub("", text)


def wrap(text: str, width: float, measure: Measure, *, bold: bool = False, large: bool = False) -> list[str]:
    """Greedy word wrap of `text` to `width`; every line but the first may use `width` too."""
    return wrap_hanging(text, width, width, measure, bold=bold, large=large)


def wrap_hanging(
    text: str, first: float, rest: float, measure: Measure, *, bold: bool = False, large: bool = False
) -> list[str]:
    """Greedy word wrap with the first line `first` wide and the others `rest` wide."""

    def fits(piece: str, limit: float) -> bool:
        return measure(piece, bold, large) <= limit + 1e-9

    lines: list[str] = []
    current = ""
    for word in text.split():
        limit = first if not lines else rest
        candidate = f"{current} {word}" if current else word
        if fits(candidate, limit):
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
            limit = rest
        rest_of_word = word
        while not fits(rest_of_word, limit):
            head, rest_of_word = _split_word(rest_of_word, limit, fits)
            lines.append(head)
            limit = rest
        current = rest_of_word
    if current or not lines:
        lines.append(current)
    return lines


def _split_word(word: str, limit: float, fits: Callable[[str, float], bool]) -> tuple[str, str]:
    """The longest head of `word` that fits (at least one character), preferring a break after
    `-` or `/` in the second half of that head."""
    end = 1
    while end < len(word) and fits(word[: end + 1], limit):
        end += 1
    head = word[:end]
    for index in range(len(head) - 1, len(head) // 2 - 1, -1):
        if head[index] in _BREAK_AFTER and index + 1 < len(word):
            return word[: index + 1], word[index + 1 :]
    return head, word[end:]


def layout(document: Document, metrics: Metrics | int) -> list[Laid]:
    """The document as lines (and QR spots), every line within `metrics.width`."""
    if isinstance(metrics, int):
        metrics = Metrics.columns(metrics)
    label_width = _label_width(document, metrics)
    out: list[Laid] = []
    for block in document.blocks:
        match block:
            case Text():
                out += _text(block, metrics)
            case Field():
                out += _field(block, label_width, metrics)
            case Item():
                out += _item(block, metrics)
            case Rule():
                out.append(_rule(metrics))
            case Qr(payload=payload, caption=caption):
                out.append(QrSpot(payload))
                out += _text(Text(caption, align=Align.CENTER), metrics)
    return out


def _label_width(document: Document, metrics: Metrics) -> float:
    labels = [printable(b.label, metrics.keep) for b in document.blocks if isinstance(b, Field)]
    if not labels:
        return 0.0
    longest = max(metrics.measure(label, False, False) for label in labels)
    return min(longest, metrics.snap(metrics.width * metrics.label_share))


def _text(block: Text, metrics: Metrics) -> list[Line]:
    text = printable(block.text, metrics.keep)
    center = block.align is Align.CENTER
    return [
        Line((Cell(0, line),), bold=block.bold, large=block.large, center=center)
        for line in wrap(text, metrics.width, metrics.measure, bold=block.bold, large=block.large)
    ]


def _field(block: Field, label_width: float, metrics: Metrics) -> list[Line]:
    measure = metrics.measure
    label = printable(block.label, metrics.keep)
    value = printable(block.value, metrics.keep)
    gap = measure(" ", False, False)
    colon_x = label_width + gap
    value_x = label_width + measure(FIELD_SEPARATOR, False, False)
    label_lines = wrap(label, label_width, measure) if label else [""]
    value_lines = wrap(value, metrics.width - value_x, measure)
    lines: list[Line] = []
    for index in range(max(len(label_lines), len(value_lines))):
        cells: list[Cell] = []
        if index < len(label_lines) and label_lines[index]:
            cells.append(Cell(0, label_lines[index]))
        if index == 0:
            cells.append(Cell(colon_x, ":"))
        if index < len(value_lines) and value_lines[index]:
            cells.append(Cell(value_x, value_lines[index]))
        lines.append(Line(tuple(cells)))
    return lines


def _item(block: Item, metrics: Metrics) -> list[Line]:
    measure = metrics.measure
    marker = printable(block.marker, metrics.keep)
    text = printable(block.text, metrics.keep)
    marker_width = measure(marker + " ", False, False) if marker else 0.0
    indent = min(marker_width, metrics.snap(metrics.width * metrics.item_share))
    pieces = wrap_hanging(text, metrics.width - marker_width, metrics.width - indent, measure)
    lines = [Line((Cell(0, marker), Cell(marker_width, pieces[0])) if marker else (Cell(0, pieces[0]),))]
    lines += [Line((Cell(indent, piece),)) for piece in pieces[1:]]
    return lines


def _rule(metrics: Metrics) -> Line:
    dash = metrics.measure("-", False, False)
    return Line((Cell(0, "-" * int(metrics.width // dash)),), rule=True)


def plain_text(laid: Iterable[Laid], columns: int) -> list[str]:
    """Fixed-width preview: centred lines padded (large ones by their printed width), a QR as
    `[QR payload]`."""
    out: list[str] = []
    for item in laid:
        if isinstance(item, QrSpot):
            out.append(f"[QR {item.payload}]")
            continue
        text = item.text
        if item.center:
            text = text.center(columns // 2 if item.large else columns).rstrip()
        out.append(text)
    return out
