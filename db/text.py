"""Folding names for search, and reading what an officer typed into the applicant search box.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`. This module needs none of the core.

A name is stored with a folded copy (`applicant.name_search`) and a query is folded the same way,
so that search ignores case, accents and punctuation ("Sú-si" becomes "su si", "SUSI" "susi"). A
folded text holds only `a-z`, `0-9` and single spaces: never a LIKE wildcard or an FTS5 operator.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from db.models import NAME_SEARCH_LENGTH

_DROPPED = re.compile(r"['`´‘’ʼ]")  # Ma'ruf → maruf: an apostrophe is not a word break
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_IDENTIFIER_SEPARATORS = re.compile(r"[\s.\-/()]+")
MIN_IDENTIFIER_DIGITS = 4


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces, at most NAME_SEARCH_LENGTH long."""
    ascii_text = _DROPPED.sub("", anyascii(text).lower())
    return " ".join(_NOT_ALNUM.sub(" ", ascii_text).split())[:NAME_SEARCH_LENGTH]


def identifier_query(text: str) -> str | None:
    """The digits of a NIK/NIB/phone query (`0812-3456 78`, `+62 812…`), or None when `text` is a name.

    Only a query of digits (after dropping spaces, dots, dashes, slashes, brackets and one leading
    `+`) with at least MIN_IDENTIFIER_DIGITS of them counts.
    """
    compact = _IDENTIFIER_SEPARATORS.sub("", text.strip())
    compact = compact.removeprefix("+")
    if len(compact) >= MIN_IDENTIFIER_DIGITS and compact.isascii() and compact.isdigit():
        return compact
    return None


def phone_prefixes(digits: str) -> list[str]:
    """E.164 prefixes (`+62812…`) a typed phone number may start: `0812…`, `62812…` and `812…` all
    mean the Indonesian `+62812…`; other digits are read as a country code."""
    prefixes = [f"+{digits}"]
    if digits.startswith("0"):
        prefixes = [f"+62{digits[1:]}"]
    elif digits.startswith("8"):
        prefixes.append(f"+62{digits}")
    return prefixes
