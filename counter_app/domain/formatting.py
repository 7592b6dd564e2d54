"""Dates, times and money as Indonesian offices write them (babel, CLDR): "Senin, 23 November 2026",
"pukul 14.05 WIB", "Rp1.500.000". English when the active language is English."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from counter_app.i18n import language, translate

_ZONE_LABELS = {7: "WIB", 8: "WITA", 9: "WIT"}


def _locale() -> str:
    return "en" if language() == "en" else "id"


def full_date(day: date) -> str:
    from babel.dates import format_date  # on first use: the desktop app shows its form before

    return str(format_date(day, format="EEEE, d MMMM y", locale=_locale()))


def zone_label(moment: datetime) -> str:
    offset = moment.utcoffset()
    hours = int(offset.total_seconds() // 3600) if offset is not None else 0
    return _ZONE_LABELS.get(hours, f"UTC{hours:+d}")


def local(moment: datetime, timezone: str) -> datetime:
    return moment.astimezone(ZoneInfo(timezone))


def clock_time(moment: datetime, timezone: str) -> str:
    """`pukul 14.05 WIB` (`at 14:05 WIB` in English)."""
    here = local(moment, timezone)
    if language() == "en":
        return translate("format", "at {time} {zone}").format(time=here.strftime("%H:%M"), zone=zone_label(here))
    return f"pukul {here.strftime('%H.%M')} {zone_label(here)}"


def date_time(moment: datetime, timezone: str) -> str:
    """`Senin, 23 November 2026 pukul 14.05 WIB`."""
    return f"{full_date(local(moment, timezone).date())} {clock_time(moment, timezone)}"


def rupiah(amount: int) -> str:
    from babel.numbers import format_currency

    return str(format_currency(amount, "IDR", format="¤#,##0", currency_digits=False, locale="id"))
