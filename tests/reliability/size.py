"""Small or full size for the reliability suites: `RELIABILITY_FULL=1` runs the full size.

Small sizes keep the whole project suite short (CI); the full sizes are the ones issue 9 names. Each
suite prints its figures (`note`) on one line: `pytest -s` shows them.
"""

from __future__ import annotations

import os
from typing import TypeVar

T = TypeVar("T")

FULL = os.environ.get("RELIABILITY_FULL") == "1"


def scale(small: T, full: T) -> T:
    """`full` when RELIABILITY_FULL=1, else `small`."""
    return full if FULL else small


def note(suite: str, **figures: object) -> None:
    """One line of figures for the report (visible with `pytest -s`)."""
    size = "full" if FULL else "small"
    print(f"\n[reliability:{suite}:{size}] " + " ".join(f"{key}={value}" for key, value in figures.items()))
