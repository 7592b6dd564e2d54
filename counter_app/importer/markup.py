"""Turn a component's text (HTML list markup, inline numbering, markdown) into a tree of items.

Offices write lists in many ways: `<ol>` that is never closed with the numbers typed inline
("1. … 2. …"), properly nested `<ol><li>`, `<p>` paragraphs, markdown bullets. Numbering styles
nest (1. → a. → 1)). A marker counts only where it continues an open list (2. after 1.) or
starts one (1., a., A.), so numbers inside sentences ("Nomor 5 Tahun 2021.") stay text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from counter_app.importer.text import collapse


@dataclass
class Node:
    text: str = ""
    marker: str = ""
    style: str = ""
    heading: bool = False
    children: list[Node] = field(default_factory=list)

    def add_text(self, text: str) -> None:
        text = collapse(text)
        if text:
            self.text = f"{self.text} {text}" if self.text else text


@dataclass(frozen=True)
class _Break:
    pass


@dataclass(frozen=True)
class _Marker:
    style: str
    value: int
    raw: str


@dataclass(frozen=True)
class _Text:
    text: str
    bold: bool


_Token = _Break | _Marker | _Text

_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(/?)\s*>")
_BLOCK_TAGS = {
    "p",
    "br",
    "div",
    "tr",
    "td",
    "th",
    "table",
    "tbody",
    "thead",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "hr",
    "section",
    "dl",
    "dt",
    "dd",
}
_LIST_TAGS = {"ol", "ul"}
_BOLD_TAGS = {"b", "strong"}
_MARKDOWN_BOLD = re.compile(r"\*\*|__")
_MARKER = re.compile(
    r"(?<![^\s(\[:;,.])"  # at the start or after a space or punctuation
    r"(?:(?P<num>\d{1,2})(?P<num_end>[.)])|\((?P<pnum>\d{1,2})\)|(?P<low>[a-z])(?P<low_end>[.)])"
    r"|\((?P<plow>[a-z])\)|(?P<up>[A-Z])\.|(?P<bullet>[-•▪◦●·*])(?=\s))"
    r"(?=\s|$)"
)


def parse_items(text: str) -> Node:
    """The item tree of `text`; text before the first item is the root's text."""
    root = Node()
    _Builder(root).feed(_tokens(text))
    return root


def flatten(node: Node, depth: int = 0) -> list[str]:
    """The tree as indented lines, markers kept ("1. …", "   a. …")."""
    lines: list[str] = []
    if node.text and depth >= 0:
        prefix = f"{node.marker} " if node.marker and not node.marker.startswith("•li") else ""
        lines.append("   " * max(depth, 0) + prefix + node.text)
    for child in node.children:
        lines.extend(flatten(child, depth + 1 if (node.text or depth > 0) else depth))
    return lines


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    depth = 0
    bold = False
    position = 0
    for match in _TAG.finditer(text):
        _text_tokens(text[position : match.start()], bold, tokens)
        position = match.end()
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name in _LIST_TAGS:
            depth = max(depth - 1, 0) if closing else depth + 1
            tokens.append(_Break())
        elif name == "li":
            tokens.append(_Break())
            if not closing:
                tokens.append(_Marker(f"li{depth}", 0, "•"))
        elif name in _BOLD_TAGS:
            bold = not closing
        elif name in _BLOCK_TAGS:
            tokens.append(_Break())
    _text_tokens(text[position:], bold, tokens)
    return _drop_redundant_li(tokens)


def _text_tokens(chunk: str, bold: bool, tokens: list[_Token]) -> None:
    chunk = html.unescape(chunk)
    # Markdown bold toggles like a tag; anything between two ** is bold.
    parts = _MARKDOWN_BOLD.split(chunk)
    for index, part in enumerate(parts):
        is_bold = bold or index % 2 == 1
        for line_index, line in enumerate(part.split("\n")):
            if line_index:
                tokens.append(_Break())
            _line_tokens(line, is_bold, tokens)


def _line_tokens(line: str, bold: bool, tokens: list[_Token]) -> None:
    position = 0
    for match in _MARKER.finditer(line):
        before = line[position : match.start()]
        if before.strip():
            tokens.append(_Text(before, bold))
        tokens.append(_marker(match))
        position = match.end()
    rest = line[position:]
    if rest.strip():
        tokens.append(_Text(rest, bold))


def _marker(match: re.Match[str]) -> _Marker:
    raw = match.group(0)
    if match.group("num"):
        return _Marker(f"num{match.group('num_end')}", int(match.group("num")), raw)
    if match.group("pnum"):
        return _Marker("num()", int(match.group("pnum")), raw)
    if match.group("low"):
        return _Marker(f"low{match.group('low_end')}", ord(match.group("low")) - 96, raw)
    if match.group("plow"):
        return _Marker("low()", ord(match.group("plow")) - 96, raw)
    if match.group("up"):
        return _Marker("up.", ord(match.group("up")) - 64, raw)
    return _Marker(f"bullet{match.group('bullet')}", 0, raw)


def _drop_redundant_li(tokens: list[_Token]) -> list[_Token]:
    """`<li>1. KTP` numbers the item twice: keep the typed number."""
    kept: list[_Token] = []
    for index, token in enumerate(tokens):
        if isinstance(token, _Marker) and token.style.startswith("li"):
            following = next((t for t in tokens[index + 1 :] if not isinstance(t, _Break)), None)
            if isinstance(following, _Marker) and not following.style.startswith("li"):
                continue
        kept.append(token)
    return kept


@dataclass
class _OpenList:
    style: str
    last: int
    owner: Node


class _Builder:
    def __init__(self, root: Node) -> None:
        self.root = root
        self.current = root
        self.stack: list[_OpenList] = []
        self.at_block_start = True

    def feed(self, tokens: list[_Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if isinstance(token, _Break):
                self.at_block_start = True
                index += 1
            elif isinstance(token, _Marker):
                if not self._open_item(token):
                    self.current.add_text(token.raw)
                self.at_block_start = False
                index += 1
            else:
                # A run of text up to the next break or marker.
                end = index
                parts: list[_Text] = []
                while end < len(tokens) and isinstance(tokens[end], _Text):
                    parts.append(tokens[end])  # type: ignore[arg-type]
                    end += 1
                self._text(parts)
                index = end

    def _text(self, parts: list[_Text]) -> None:
        text = collapse("".join(p.text for p in parts))
        bold = all(p.bold for p in parts)
        if self.at_block_start and self._looks_like_heading(text, bold):
            heading = Node(text=text, heading=True)
            self.root.children.append(heading)
            self.stack = []
            self.current = heading
        else:
            self.current.add_text(text)
        self.at_block_start = False

    def _looks_like_heading(self, text: str, bold: bool) -> bool:
        """A short paragraph of its own ending in ':' (or all bold) that starts a new part of the list."""
        if not text or not (text[0].isupper() or text[0].isdigit()):
            return False
        if not (text.endswith(":") or bold) or len(text.split()) > 10:
            return False
        previous = self.current.text
        return not previous or previous.rstrip()[-1:] in {".", ";", ":", ")"} or bold

    def _open_item(self, marker: _Marker) -> bool:
        # Continue an open list: the nearest one of the same style expecting this value.
        for depth in range(len(self.stack) - 1, -1, -1):
            open_list = self.stack[depth]
            if open_list.style == marker.style and (
                marker.value == open_list.last + 1 or marker.style.startswith(("li", "bullet"))
            ):
                del self.stack[depth + 1 :]
                return self._add(open_list, marker)
        # Start a new list under the current item.
        if (
            marker.value == 1
            or marker.style.startswith(("li", "bullet"))
            or (
                self.at_block_start
                and not any(o.style == marker.style for o in self.stack)
                and marker.style.startswith("num")
            )
        ):
            owner = self.current
            open_list = _OpenList(marker.style, marker.value - 1, owner)
            self.stack.append(open_list)
            return self._add(open_list, marker)
        return False

    def _add(self, open_list: _OpenList, marker: _Marker) -> bool:
        node = Node(marker=marker.raw if not marker.style.startswith("li") else "•", style=marker.style)
        open_list.owner.children.append(node)
        open_list.last = marker.value
        self.current = node
        return True
