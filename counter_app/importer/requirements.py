"""Requirement items from the item tree: groups, nesting, optional items, conditions, copies, form."""

from __future__ import annotations

import re

from counter_app.domain.catalog import Condition, ConditionFlag, DocumentForm, Requirement
from counter_app.importer.markup import Node
from counter_app.importer.text import clean_item, collapse, fold

DEFAULT_GROUP = "umum"

_GROUP_NAMED = re.compile(r"^persyaratan\s+(umum|khusus|teknis|administrasi|tambahan|lainnya)\b")
_GROUP_GENERIC = re.compile(r"berikut|yang (?:harus|wajib|perlu)|dilengkapi|melampirkan|dokumen persyaratan")
_GROUP_WORDS = re.compile(r"\b(?:persyaratan|tahap|tahapan|penggunaan|pemenuhan|kelompok|bagian)\b")
_OPTIONAL = re.compile(
    r"\((?:kalau|jika|apabila|bila|bilamana)\s+ada\)|\(opsional\)|\(optional\)|\((?:jika|bila|apabila)\s+diperlukan\)"
)
_LEADING_CONDITION = re.compile(
    r"^(?P<clause>(?:dalam hal|apabila|jika|bila|bilamana|bagi|khusus (?:untuk|bagi)|untuk pemohon)\b[^,:;]*)"
)
_PAREN_CONDITION = re.compile(r"\((?P<clause>(?:bagi|untuk|khusus|apabila|jika|bila|dalam hal)\s[^()]*)\)")
_TRAILING_CONDITION = re.compile(r"(?:,\s*|\s)(?P<clause>(?:apabila|jika|dalam hal|bagi)\s[^()]+)$")
_FLAGS: tuple[tuple[ConditionFlag, re.Pattern[str]], ...] = (
    (ConditionFlag.FOREIGN_CAPITAL, re.compile(r"modal asing|\bpma\b")),
    (ConditionFlag.FOREIGN_NATIONAL, re.compile(r"\bwna\b|warga negara asing|orang asing|tenaga kerja asing")),
    (
        ConditionFlag.NON_INDIVIDUAL,
        re.compile(r"non[\s-]*perseorangan|badan usaha|badan hukum|selain perseorangan|perseroan|koperasi|yayasan"),
    ),
    (ConditionFlag.CHANGE_REQUEST, re.compile(r"perubahan|penambahan")),
)
_COPIES = re.compile(
    r"(?:(?P<n>\d{1,2})\s*(?:\(\s*[a-z ]+\s*\)\s*)?(?:lembar|lbr|lb|rangkap|eksemplar|exemplar|set)\b)"
    r"|(?:rangkap\s*(?P<m>\d{1,2})\b)|(?:sebanyak\s+(?P<k>\d{1,2})\b)"
)
_FORMS: tuple[tuple[DocumentForm, re.Pattern[str]], ...] = (
    (
        DocumentForm.PHOTOCOPY,
        re.compile(r"\bfc\b|foto\s*-?\s*kopi|foto\s*-?\s*copy|fotocopy|photocopy|salinan|\bcopy\b"),
    ),
    (DocumentForm.SCAN, re.compile(r"\bscan\b|\bscanning\b|pindaian|hasil pindai|\bunggah\b|\bupload\b")),
    (DocumentForm.ORIGINAL, re.compile(r"\basli\b")),
)


def build_requirements(root: Node) -> tuple[tuple[Requirement, ...], list[str]]:
    """Requirement items (with ids "1", "1.2", …) and any text that is not an item."""
    items: list[Requirement] = []
    leftovers: list[str] = []
    group = DEFAULT_GROUP
    group_condition: Condition | None = None
    root_text = clean_item(root.text)
    if root_text and not root.children:
        # No list at all: one item per sentence separated by ";" (or the whole text).
        for part in re.split(r";\s*|\n", root.text):
            if clean_item(part):
                items.append(_requirement(Node(text=part), str(len(items) + 1), group, None))
        return tuple(items), leftovers
    if root_text:
        if _is_group_heading(root_text, has_children=True):
            group, group_condition = _group(root_text)
        else:
            leftovers.append(root_text)
    for node in root.children:
        text = clean_item(node.text)
        if node.children and (node.heading or node.style == "up." or _is_group_heading(text, True)):
            group, group_condition = _group(text)
            for child in node.children:
                items.append(_requirement(child, str(len(items) + 1), group, group_condition))
        elif node.heading and not node.children:
            group, group_condition = _group(text)
        elif text or node.children:
            items.append(_requirement(node, str(len(items) + 1), group, group_condition))
    return tuple(items), leftovers


def _is_group_heading(text: str, has_children: bool) -> bool:
    folded = fold(text)
    if not has_children or len(folded.split()) > 8 or _LEADING_CONDITION.match(folded):
        return False
    return bool(_GROUP_NAMED.match(folded) or _GROUP_WORDS.search(folded))


def _group(text: str) -> tuple[str, Condition | None]:
    folded = fold(text)
    named = _GROUP_NAMED.match(folded)
    condition = _condition(text)
    if named and named.group(1) in ("umum", "khusus"):
        return named.group(1), condition
    if _GROUP_GENERIC.search(folded) and not named:
        return DEFAULT_GROUP, condition
    return clean_item(text) or DEFAULT_GROUP, condition


def _requirement(node: Node, identifier: str, group: str, inherited: Condition | None) -> Requirement:
    text = clean_item(node.text)
    folded = fold(text)
    condition = _condition(text) or inherited
    children = tuple(
        _requirement(child, f"{identifier}.{index}", group, None) for index, child in enumerate(node.children, start=1)
    )
    return Requirement(
        id=identifier,
        group=group,
        text=text,
        optional=bool(_OPTIONAL.search(folded)),
        condition=condition,
        copies=_copies(folded),
        form=_form(folded),
        children=children,
    )


def _condition(text: str) -> Condition | None:
    folded = fold(text)
    clause: str | None = None
    leading = _LEADING_CONDITION.match(folded)
    if leading:
        clause = text[: len(leading.group("clause"))] if len(text) == len(folded) else leading.group("clause")
    else:
        paren = _PAREN_CONDITION.search(folded)
        if paren and not _OPTIONAL.search(paren.group(0)):
            clause = _original(text, folded, paren.start("clause"), paren.end("clause"))
        else:
            without_parens = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), folded)
            trailing = _TRAILING_CONDITION.search(without_parens)
            if trailing:
                clause = _original(text, folded, trailing.start("clause"), len(folded))
    if clause is None:
        return None
    clause = clean_item(clause)
    folded_clause = fold(clause)
    for flag, pattern in _FLAGS:
        if pattern.search(folded_clause):
            return Condition(collapse(clause), flag)
    return Condition(collapse(clause), ConditionFlag.OTHER)


def _original(text: str, folded: str, start: int, end: int) -> str:
    """The original-case slice matching a slice of the folded text (same length unless accents)."""
    return text[start:end] if len(text) == len(folded) else folded[start:end]


def _copies(folded: str) -> int:
    match = _COPIES.search(folded)
    if not match:
        return 1
    value = int(match.group("n") or match.group("m") or match.group("k"))
    return value if 1 <= value <= 20 else 1


def _form(folded: str) -> DocumentForm:
    found: list[tuple[int, DocumentForm]] = []
    for form, pattern in _FORMS:
        match = pattern.search(folded)
        if match:
            found.append((match.start(), form))
    return min(found)[1] if found else DocumentForm.UNSPECIFIED
