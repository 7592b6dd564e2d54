"""Registration numbers: readable, with office and counter code, allocated per counter per day.

The pattern is a setting; the default gives `MPP-K01-261123-0007`. Two counters never need to
coordinate because the counter code is part of the number.
"""

from __future__ import annotations

import re
from datetime import date

DEFAULT_PATTERN = "{office}-{counter}-{date:%y%m%d}-{seq:04d}"
_ALLOWED = re.compile(r"[^A-Z0-9]+")


def clean_code(value: str) -> str:
    """Office and counter codes: upper-case letters and digits only."""
    return _ALLOWED.sub("", value.upper())


def format_reg_no(pattern: str, office: str, counter: str, day: date, seq: int) -> str:
    return pattern.format(office=office, counter=counter, date=day, seq=seq)


def check_pattern(pattern: str) -> None:
    """Raise ValueError when the pattern cannot produce unique numbers."""
    if "{seq" not in pattern or "{counter" not in pattern or "{date" not in pattern:
        raise ValueError("pattern must contain {counter}, {date:...} and {seq...}")
    format_reg_no(pattern, "X", "Y", date(2026, 1, 1), 1)
