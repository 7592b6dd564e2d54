"""Small text helpers shared by the importer."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"(?:[\s;,.:]+(?:(?:dan|atau)\b)?)+$", re.IGNORECASE)
_LEADING = re.compile(r"^[\s:;,.]+")


def collapse(text: str) -> str:
    """Whitespace (including non-breaking spaces) collapsed to single spaces, stripped."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def clean_item(text: str) -> str:
    """An item's text without leading colons and trailing separators or a dangling "dan"/"atau"."""
    text = _LEADING.sub("", collapse(text))
    text = _TRAILING.sub("", text)
    return text.strip()


def fold(text: str) -> str:
    """Lower-case ASCII form used for keyword matching."""
    normalized = unicodedata.normalize("NFKD", text)
    return collapse("".join(ch for ch in normalized if not unicodedata.combining(ch)).lower())


_SMALL_WORDS = {"dan", "atau", "di", "ke", "dari", "untuk", "yang", "bagi", "pada", "dengan", "serta", "dalam"}
_ACRONYMS = {
    "IMB",
    "PBG",
    "SLF",
    "SIUP",
    "TDP",
    "NIB",
    "NPWP",
    "KBLI",
    "PT",
    "CV",
    "UMKM",
    "OSS",
    "SPPL",
    "UKL",
    "UPL",
    "AMDAL",
    "BPOM",
    "PIRT",
    "SIP",
    "STR",
    "SIINAS",
    "IUI",
    "TDG",
    "PMA",
    "PMDN",
    "BUMN",
    "BUMD",
}


def smart_title(text: str) -> str:
    """Title case for an ALL-CAPS title, keeping known acronyms and lower-case joining words."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) / len(letters) < 0.8:
        return text
    words = []
    for index, word in enumerate(text.split(" ")):
        bare = re.sub(r"[^\w]", "", word)
        if bare.upper() in _ACRONYMS:
            words.append(word.upper())
        elif index > 0 and bare.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word[:1].upper() + word[1:].lower())
    return " ".join(words)


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary so the result is at most `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") if cut else text[:limit]
