"""Indonesian national holidays and cuti bersama from the `holidays` package (country ID)."""

from __future__ import annotations

from datetime import date
from functools import cache

import holidays


@cache
def national_holidays(first_year: int, last_year: int) -> tuple[dict[date, str], frozenset[int]]:
    """Holidays (public + government/cuti bersama, Indonesian names) and the years fully covered.

    A year counts as known only when the package has its cuti bersama list: without it the year's
    non-working days are incomplete and due dates in it are provisional.
    """
    years = range(first_year, last_year + 1)
    public = holidays.country_holidays("ID", years=years, categories=("public",), language="id")
    government = holidays.country_holidays("ID", years=years, categories=("government",), language="id")
    table: dict[date, str] = {}
    for day, name in (*public.items(), *government.items()):
        table[day] = f"{table[day]}; {name}" if day in table and name not in table[day] else name
    known = frozenset(year for year in years if any(day.year == year for day in government))
    return table, known
