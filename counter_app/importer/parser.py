"""Parse one Standar Pelayanan document into a permit type (version 0) and its import warnings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from counter_app.domain.catalog import PermitType, SlaUnit
from counter_app.errors import ImportFailed
from counter_app.i18n import translate
from counter_app.importer.components import Component, Segmented, segment
from counter_app.importer.decoding import decode_document
from counter_app.importer.fields import parse_fee, parse_sla, parse_title
from counter_app.importer.markup import Node, flatten, parse_items
from counter_app.importer.requirements import build_requirements
from counter_app.importer.stages import stages_for
from counter_app.importer.text import clean_item, collapse, fold, shorten

_KIND_WORDS = re.compile(
    r"\b(?:izin|ijin|sertifikat|persetujuan|tanda daftar|rekomendasi|surat|perizinan|pendaftaran|pengesahan)\b"
)
_CORE_COMPONENTS = (Component.PROCEDURE, Component.DURATION, Component.FEE, Component.PRODUCT)
_OTHER_COMPONENTS = (
    Component.FACILITIES,
    Component.COMPETENCE,
    Component.SUPERVISION,
    Component.STAFF,
    Component.GUARANTEE,
    Component.SAFETY,
    Component.EVALUATION,
)


@dataclass(frozen=True)
class ParsedDocument:
    permit_type: PermitType
    warnings: tuple[str, ...]


def parse_document(raw: bytes, source: str) -> ParsedDocument:
    """Parse `raw`; raise ImportFailed (naming `source`) when it is not a Standar Pelayanan."""
    text = decode_document(raw, source)
    segmented = segment(text)
    if Component.REQUIREMENTS not in segmented.components or not any(
        c in segmented.components for c in _CORE_COMPONENTS
    ):
        raise ImportFailed(
            source,
            translate(
                "importer",
                "bukan dokumen Standar Pelayanan: komponen Persyaratan dan Jangka Waktu/Biaya/Produk/Prosedur "
                "tidak ditemukan; yang diharapkan adalah teks Standar Pelayanan dengan komponen-komponennya",
            ),
        )
    return _build(segmented, text, source)


def _trees(segmented: Segmented) -> dict[Component, Node]:
    trees: dict[Component, Node] = {}
    for component, lines in segmented.components.items():
        text = "\n".join(lines).lstrip().lstrip(":").lstrip()
        # Some offices repeat the component's name inside its cell ("Sistem, Mekanisme dan Prosedur: …").
        name = segmented.headings.get(component, "")
        if name and fold(text).startswith(fold(name)) and text[len(name) : len(name) + 2].strip().startswith(":"):
            text = text[len(name) :].lstrip().lstrip(":")
        trees[component] = parse_items(text)
    return trees


def _text_of(tree: Node | None) -> str:
    if tree is None:
        return ""
    return "\n".join(flatten(tree)).strip()


def _items_of(tree: Node | None) -> list[str]:
    """Top-level items of a list component (sub-items joined in), or its sentences."""
    if tree is None:
        return []
    if not tree.children:
        text = clean_item(tree.text)
        return [text] if text else []
    items = [clean_item(tree.text)] if clean_item(tree.text) and tree.children else []
    for node in tree.children:
        parts = [node.text, *(" ".join(flatten(child, 0)) for child in node.children)]
        text = clean_item(" ".join(p for p in parts if p))
        if text:
            items.append(text)
    return items


def _title_line(segmented: Segmented) -> tuple[str, list[str]]:
    lines = [line for line in segmented.title_lines if clean_item(line)]
    candidates = [line for line in lines if _KIND_WORDS.search(fold(line))]
    title = candidates[0] if candidates else (lines[0] if lines else "")
    rest = [
        line
        for line in lines
        if line is not title and not re.fullmatch(r"\W*(?:standart?\s+pelayanan)?\W*", fold(line))
    ]
    return title, rest


def _build(segmented: Segmented, text: str, source: str) -> ParsedDocument:
    warnings: list[str] = []
    trees = _trees(segmented)
    title_line, preamble = _title_line(segmented)
    if not title_line:
        title_line = source.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("-", " ").replace("_", " ")
        warnings.append(translate("importer", "judul layanan tidak ditemukan; nama diambil dari nama berkas"))
    title = parse_title(title_line, text)
    requirements, leftovers = build_requirements(trees[Component.REQUIREMENTS])
    if not requirements:
        warnings.append(translate("importer", "tidak ada butir persyaratan yang terbaca"))
    sla = parse_sla(_text_of(trees.get(Component.DURATION)).replace("\n", " "))
    if sla.days is None:
        warnings.append(translate("importer", "jangka waktu penyelesaian tidak terbaca; periksa dan isi manual"))
    elif sla.unit is SlaUnit.UNKNOWN:
        warnings.append(
            translate(
                "importer", "satuan jangka waktu ({text}) tidak menyebut hari kerja/kalender; perlu dikonfirmasi"
            ).format(text=sla.text)
        )
    fee = parse_fee(_text_of(trees.get(Component.FEE)).replace("\n", " "))
    if fee.needs_review:
        warnings.append(translate("importer", "biaya/tarif tidak terbaca sebagai gratis atau nominal; periksa"))
    procedure = _items_of(trees.get(Component.PROCEDURE))
    stages, from_document = stages_for(procedure, sla.days)
    if not from_document:
        warnings.append(
            translate(
                "importer", "tahapan proses memakai templat bawaan kantor (prosedur dokumen tidak merinci tahapan)"
            )
        )
    unplaced = [*preamble, *segmented.unplaced, *leftovers]
    if unplaced:
        warnings.append(
            translate("importer", "{count} bagian teks tidak dapat ditempatkan; lihat 'unplaced'").format(
                count=len(unplaced)
            )
        )
    permit = PermitType(
        code=permit_code(title.kind, title.kbli.code, title.name),
        name=title.name,
        kind=title.kind,
        risk=title.risk,
        kbli=title.kbli,
        sla=sla,
        fee=fee,
        product=" ".join(_items_of(trees.get(Component.PRODUCT))),
        legal_basis=tuple(_items_of(trees.get(Component.LEGAL_BASIS))),
        complaint_channels=_text_of(trees.get(Component.COMPLAINTS)),
        stages=stages,
        requirements=requirements,
        procedure=tuple(procedure),
        other_components=tuple(
            (segmented.headings.get(c, c.value), _text_of(trees[c])) for c in _OTHER_COMPONENTS if c in trees
        ),
        unplaced=tuple(collapse(u) for u in unplaced),
        source=source.rsplit("/", 1)[-1],
    )
    return ParsedDocument(permit, tuple(warnings))


def permit_code(kind: str, kbli_code: str | None, name: str) -> str:
    """A stable, readable code: kind + KBLI ("IZIN-24201") or the name ("IZIN-USAHA-PERLUASAN-INDUSTRI")."""
    base = f"{kind} {kbli_code}" if kbli_code else name
    slug = re.sub(r"[^A-Z0-9]+", "-", fold(base).upper()).strip("-")
    return shorten(slug.replace("-", " "), 48).replace(" ", "-") or "LAYANAN"
