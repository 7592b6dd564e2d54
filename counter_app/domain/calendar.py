"""Working days: the office's working week, national holidays and cuti bersama, and overrides.

Day 0 is the registration day by default (a setting): received Monday 23 November 2026 with 7 working
days is due Wednesday 2 December 2026. A due date in a year the holiday list does not cover is
counted with weekends only and flagged provisional.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

MONDAY_TO_FRIDAY = frozenset({0, 1, 2, 3, 4})


@dataclass(frozen=True)
class DueDate:
    date: date
    working_days: int
    provisional: bool = False


@dataclass(frozen=True)
class _Cumulative:
    first: date
    counts: tuple[int, ...]  # counts[i]: working days in (first, first + i]


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days are working days. `holidays` are the known non-working dates with their names."""

    holidays: Mapping[date, str]
    known_years: frozenset[int]
    working_weekdays: frozenset[int] = MONDAY_TO_FRIDAY
    receipt_day_is_day_zero: bool = True
    extra_closures: Mapping[date, str] = field(default_factory=dict)
    worked_days: frozenset[date] = frozenset()

    def is_working_day(self, day: date) -> bool:
        if day in self.worked_days:
            return True
        if day in self.extra_closures:
            return False
        if day in self.holidays and self.knows(day):
            return False  # in a year without a full holiday list only weekends count (provisional)
        return day.weekday() in self.working_weekdays

    def knows(self, day: date) -> bool:
        return day.year in self.known_years

    def closure_name(self, day: date) -> str | None:
        return self.extra_closures.get(day) or self.holidays.get(day)

    def add_working_days(self, start: date, days: int) -> DueDate:
        """The date `days` working days after `start` (day 0 = `start` unless the office counts it)."""
        table = self._cumulative
        offset = (start - table.first).days
        if days > 0 and 0 <= offset < len(table.counts):
            remaining = days
            if not self.receipt_day_is_day_zero and self.is_working_day(start):
                remaining -= 1
            if remaining == 0:
                return DueDate(start, days, not self.knows(start))
            index = bisect_left(table.counts, table.counts[offset] + remaining, lo=offset)
            if index < len(table.counts):
                due = table.first + timedelta(days=index)
                provisional = any(year not in self.known_years for year in range(start.year, due.year + 1))
                return DueDate(due, days, provisional)
        current = start
        remaining = days
        provisional = not self.knows(start)
        if not self.receipt_day_is_day_zero and self.is_working_day(start) and remaining > 0:
            remaining -= 1
        while remaining > 0:
            current += timedelta(days=1)
            provisional = provisional or not self.knows(current)
            if self.is_working_day(current):
                remaining -= 1
        return DueDate(current, days, provisional)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when `end` <= `start`)."""
        if end <= start:
            return 0
        table = self._cumulative
        first = table.first
        if first <= start and (end - first).days < len(table.counts):
            return table.counts[(end - first).days] - table.counts[(start - first).days]
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count

    @cached_property
    def _cumulative(self) -> _Cumulative:
        """Working days counted from the first known year to the last (O(1) `working_days_between`
        for the queue of thousands of files)."""
        if not self.known_years:
            return _Cumulative(date.max, ())
        first = date(min(self.known_years) - 1, 1, 1)
        last = date(max(self.known_years) + 9, 12, 31)
        counts = []
        total = 0
        for offset in range((last - first).days + 1):
            if offset and self.is_working_day(first + timedelta(days=offset)):
                total += 1
            counts.append(total)
        return _Cumulative(first, tuple(counts))
