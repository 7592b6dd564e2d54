"""Reading a printed receipt the way a person does: `label : value` fields and numbered items, with
their wrapped lines joined back (tests only)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

RULE = re.compile(r"^-{8,}$")
ITEM = re.compile(r"^(\d+[.)]) (\S.*)$")


@dataclass
class Entry:
    label: str
    value: str
    lines: list[str] = field(default_factory=list)


def _join(pieces: Sequence[str]) -> str:
    """Wrapped pieces back into one text (a piece ending in `-` or `/` was split inside a word)."""
    text = ""
    for raw in pieces:
        piece = raw.strip()
        if not piece:
            continue
        split_word = len(text) > 1 and text[-1] in "-/" and text[-2] != " "
        text = text + piece if (not text or split_word) else f"{text} {piece}"
    return text


def colon_column(lines: Sequence[str]) -> int:
    """Where the fields' colons are: the column of ':' in the `No. ...` or `Tanggal` line."""
    for line in lines:
        if line.startswith(("No.", "Tanggal")) and " : " in line:
            return line.index(" : ") + 1
    raise AssertionError("no field line found")


def fields(lines: Sequence[str]) -> dict[str, Entry]:
    """Every `label : value` field, wrapped label and value lines joined. A continuation line has
    label text left of the colon column and/or value text starting exactly at the value column."""
    colon = colon_column(lines)
    value_x = colon + 2
    found: dict[str, Entry] = {}
    label: list[str] = []
    value: list[str] = []
    raw: list[str] = []

    def close() -> None:
        if raw:
            found[_join(label)] = Entry(_join(label), _join(value), list(raw))
        label.clear()
        value.clear()
        raw.clear()

    for line in lines:
        if RULE.match(line) or not line.strip():
            close()
        elif len(line) > colon and line[colon - 1 : colon + 1] == " :" and line[:colon].strip():
            close()
            label.append(line[: colon - 1])
            value.append(line[value_x:])
            raw.append(line)
        elif raw and not line[colon - 1 : value_x].strip() and (len(line) <= value_x or line[value_x] != " "):
            label.append(line[: colon - 1])
            value.append(line[value_x:])
            raw.append(line)
        else:
            close()
    close()
    return found


def section(lines: Sequence[str], heading: str) -> list[str]:
    """The lines after `heading` up to the next rule."""
    start = lines.index(heading) + 1
    out: list[str] = []
    for line in lines[start:]:
        if RULE.match(line):
            break
        out.append(line)
    return out


def items(lines: Sequence[str]) -> list[Entry]:
    """Numbered items; continuation lines must be indented under the text (checked)."""
    found: list[Entry] = []
    indent = 0
    for line in lines:
        match = ITEM.match(line)
        if match:
            found.append(Entry(match.group(1), match.group(2), [line]))
            indent = len(match.group(1)) + 1
            continue
        assert found, f"text before the first item: {line!r}"
        assert line.startswith(" " * indent) and line[indent] != " ", f"not a hanging indent of {indent}: {line!r}"
        found[-1].value = _join([found[-1].value, line])
        found[-1].lines.append(line)
    return found
