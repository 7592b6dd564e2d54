"""Office overrides of the national calendar: an extra closure, or a holiday worked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class HolidayOverride:
    day: date
    closed: bool  # True: an extra closure (regional holiday); False: a national holiday worked
    name: str = ""
