"""Split a Standar Pelayanan document into its title and its 14 components, found by name.

The components come as rows of a table converted from PDF (cells separated by tabs, numbered 1–14
or A1–6/B1–8, the header `NO KOMPONEN URAIAN` repeated at page breaks), or as numbered lines,
markdown `**bold**` titles or `<b>` titles in other offices' documents. Lines that belong to no
component are returned as unplaced, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from counter_app.importer.text import collapse, fold


class Component(StrEnum):
    REQUIREMENTS = "Persyaratan"
    PROCEDURE = "Sistem, Mekanisme dan Prosedur"
    DURATION = "Jangka Waktu Penyelesaian"
    FEE = "Biaya/Tarif"
    PRODUCT = "Produk Pelayanan"
    COMPLAINTS = "Penanganan Pengaduan, Saran dan Masukan"
    LEGAL_BASIS = "Dasar Hukum"
    FACILITIES = "Sarana, Prasarana dan/atau Fasilitas"
    COMPETENCE = "Kompetensi Pelaksana"
    SUPERVISION = "Pengawasan Internal"
    STAFF = "Jumlah Pelaksana"
    GUARANTEE = "Jaminan Pelayanan"
    SAFETY = "Jaminan Keamanan dan Keselamatan Pelayanan"
    EVALUATION = "Evaluasi Kinerja Pelaksana"


# Matched against the folded (lower-case ASCII) start of a heading cell. Order matters: the more
# specific names first ("jaminan keamanan" before "jaminan", "jumlah pelaksana" before others).
_NAME_PATTERNS: tuple[tuple[Component, re.Pattern[str]], ...] = tuple(
    (component, re.compile(pattern))
    for component, pattern in (
        (Component.REQUIREMENTS, r"persyaratan\b|syarat(?:-syarat)?\b"),
        (Component.PROCEDURE, r"sistem\b|mekanisme\b|prosedur\b|alur\b|tata cara\b"),
        (
            Component.DURATION,
            r"jangka waktu\b|waktu (?:penyelesaian|pelayanan|layanan)\b|lama (?:proses|penyelesaian)\b",
        ),
        (Component.FEE, r"biaya\b|tarif\b|retribusi\b"),
        (Component.PRODUCT, r"produk\b|hasil (?:pelayanan|layanan)\b"),
        (Component.COMPLAINTS, r"(?:penanganan|pengelolaan) pengaduan\b|pengaduan\b"),
        (Component.LEGAL_BASIS, r"dasar hukum\b|landasan hukum\b"),
        (Component.FACILITIES, r"sarana\b|prasarana\b|fasilitas\b"),
        (Component.COMPETENCE, r"kompetensi\b"),
        (Component.SUPERVISION, r"pengawasan\b"),
        (Component.STAFF, r"jumlah (?:pelaksana|petugas|pegawai)\b"),
        (Component.SAFETY, r"jaminan keamanan\b|jaminan keselamatan\b|keamanan dan keselamatan\b"),
        (Component.GUARANTEE, r"jaminan (?:pelayanan|layanan)\b|jaminan\b"),
        (Component.EVALUATION, r"evaluasi\b"),
    )
)

# Words a component heading is made of; an unnumbered or numbered line outside a table is a heading
# only when every word of its name is one of these ("3. Biaya retribusi dibayar di bank" is not).
_HEADING_WORDS = frozenset(
    {
        "persyaratan",
        "syarat",
        "administrasi",
        "umum",
        "khusus",
        "teknis",
        "pelayanan",
        "layanan",
        "sistem",
        "mekanisme",
        "dan",
        "atau",
        "prosedur",
        "alur",
        "tata",
        "cara",
        "jangka",
        "waktu",
        "penyelesaian",
        "lama",
        "proses",
        "biaya",
        "tarif",
        "retribusi",
        "produk",
        "hasil",
        "penanganan",
        "pengelolaan",
        "pengaduan",
        "saran",
        "masukan",
        "dasar",
        "hukum",
        "landasan",
        "sarana",
        "prasarana",
        "fasilitas",
        "kompetensi",
        "pelaksana",
        "pengawasan",
        "internal",
        "jumlah",
        "petugas",
        "pegawai",
        "jaminan",
        "keamanan",
        "keselamatan",
        "evaluasi",
        "kinerja",
        "standar",
    }
)

_TABLE_HEADER = re.compile(r"^\W*no\W+komponen\W+uraian\W*$")
_SECTION_HEADER = re.compile(
    r"service delivery|manufacturing|penyampaian pelayanan|pengelolaan pelayanan|"
    r"komponen standar pelayanan|proses pengelolaan|di internal organisasi"
)
# "1", "1.", "01", "A1", "A.1", "B 3", "A." (group letter alone is a section row)
_NUMBER_CELL = re.compile(r"^(?:[ab][.\s]?\s*)?\d{1,2}[.)]?$|^[ab][.)]?$")
_NUMBERED_LINE = re.compile(r"^(?P<num>(?:[AB][.\s]?\s*)?\d{1,2}[.)]?)\s+(?P<rest>.+)$")
_DECORATION = re.compile(r"^(?:\*\*|__|<(?:b|strong|p|h\d)>\s*)+|(?:\*\*|__|\s*</(?:b|strong|p|h\d)>)+$", re.I)
_INLINE_BOLD = re.compile(r"</?(?:b|strong)>|\*\*|__", re.I)


@dataclass
class Segmented:
    title_lines: list[str] = field(default_factory=list)
    components: dict[Component, list[str]] = field(default_factory=dict)
    headings: dict[Component, str] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)


def match_component(name: str) -> Component | None:
    """The component a heading names, or None."""
    folded = fold(re.sub(r"[*_]", "", name)).strip(" :.-")
    if not folded or len(folded) > 80:
        return None
    for component, pattern in _NAME_PATTERNS:
        if pattern.match(folded):
            return component
    return None


def is_table_header(line: str) -> bool:
    return bool(_TABLE_HEADER.match(fold(_INLINE_BOLD.sub("", line))))


def is_section_header(line: str) -> bool:
    return bool(_SECTION_HEADER.search(fold(line))) and len(line) < 200


@dataclass(frozen=True)
class _Heading:
    component: Component
    name: str
    rest: str


def _heading(line: str) -> _Heading | None:
    """The component heading that starts `line`, with the text after it."""
    if "\t" in line:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 2 and (not cells[0] or _NUMBER_CELL.match(fold(cells[0]))):
            if not cells[1]:
                return None
            name = _DECORATION.sub("", cells[1]).strip()
            component = match_component(name)
            if component is not None:
                return _Heading(component, collapse(name).rstrip(" :"), "\t".join(cells[2:]))
            return None
        line = " ".join(cells)
    bare = _DECORATION.sub("", line.strip()).strip()
    decorated = bare != line.strip()
    numbered = _NUMBERED_LINE.match(bare)
    body = numbered.group("rest") if numbered else bare
    body = _INLINE_BOLD.sub("", body)
    name, sep, rest = body.partition(":")
    if not sep:
        spaced = re.split(r"\s{2,}", body, maxsplit=1)
        name, rest = spaced[0], (spaced[1] if len(spaced) > 1 else "")
    component = match_component(name)
    if component is None:
        return None
    # An unnumbered, undecorated line counts only when it is the name alone ("Persyaratan:").
    if not numbered and not decorated and rest.strip():
        return None
    words = re.findall(r"[a-z]+", fold(name))
    if not words or any(word not in _HEADING_WORDS for word in words):
        return None
    return _Heading(component, collapse(name), rest)


_CONTINUATION = re.compile(r"^(?:\s|<|\d{1,2}[.)]\s|[a-z][.)]\s|[a-z(\-•])")
_LAYOUT_HEADER = re.compile(r"^\s*no\.?\s{2,}komponen\s{2,}uraian\s*$", re.I)
_WIDE_GAP = re.compile(r" {3,}")


def table_cells_as_tabs(text: str) -> str:
    """Rows written with pipes (`1. | Persyaratan | …`) or aligned with spaces (`pdftotext -layout`)
    become tab-separated rows, the form the rest of the importer reads."""
    lines = text.split("\n")
    layout = any(_LAYOUT_HEADER.match(line) for line in lines) and not any("\t" in line for line in lines)
    converted = []
    for line in lines:
        if line.count("|") >= 2 or line.lstrip().startswith("|"):
            cells = [cell.strip() for cell in line.strip().removesuffix("|").split("|")]
            converted.append("\t".join(cells))
        elif layout and line.strip():
            indent = len(line) - len(line.lstrip(" "))
            body = _WIDE_GAP.sub("\t", line.strip())
            converted.append(("\t\t" + body) if indent >= 3 else body)
        else:
            converted.append(line)
    return "\n".join(converted)


def segment(text: str) -> Segmented:
    text = table_cells_as_tabs(text)
    result = Segmented()
    current: Component | None = None
    seen_structure = False
    tabular = False
    for raw_line in text.split("\n"):
        line = raw_line.rstrip()
        if not line.strip():
            continue
        if is_table_header(line):
            seen_structure = True
            tabular = tabular or "\t" in line
            continue
        heading = _heading(line)
        if heading is not None and heading.component is not current:
            seen_structure = True
            tabular = tabular or "\t" in line
            current = heading.component
            result.headings.setdefault(current, heading.name)
            lines = result.components.setdefault(current, [])
            if heading.rest.strip():
                lines.append(heading.rest)
            continue
        if heading is None and is_section_header(line):
            seen_structure = True
            current = None
            continue
        if current is None:
            if seen_structure:
                result.unplaced.append(collapse(line))
            else:
                result.title_lines.append(collapse(_INLINE_BOLD.sub("", line)))
            continue
        if tabular and "\t" not in line and not _CONTINUATION.match(line):
            # In a table, a line without cells that does not continue the cell (indented, a list item,
            # lower case, markup) is outside the table: a footnote, a signature.
            result.unplaced.append(collapse(line))
            continue
        content = line
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            if cells[0] and (not _NUMBER_CELL.match(fold(cells[0])) or (len(cells) > 1 and cells[1])):
                # A row of its own that names no component we know: keep it, but not inside another.
                result.unplaced.append(collapse(line))
                current = None
                continue
            content = "\t".join(c for c in cells if c)
        result.components[current].append(content)
    return result
