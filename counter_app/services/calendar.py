"""The office's working-day calendar: national holidays, its working week and its overrides."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.calendar_overrides import HolidayOverride
from counter_app.domain.holidays_id import national_holidays
from counter_app.ports import UnitOfWork, UnitOfWorkFactory
from counter_app.settings import Settings

FIRST_YEAR = 2020
LAST_YEAR = 2035


def build_calendar(settings: Settings, overrides: list[HolidayOverride]) -> WorkingCalendar:
    """The office's calendar; the same settings and overrides give the same (cached) object, so its
    day table is built once, not on every registration or card view."""
    return _calendar(
        frozenset(settings.get("calendar.working_days")),
        bool(settings.get("calendar.receipt_day_is_day_zero")),
        tuple(sorted(overrides, key=lambda o: o.day)),
    )


@lru_cache(maxsize=8)
def _calendar(weekdays: frozenset[int], day_zero: bool, overrides: tuple[HolidayOverride, ...]) -> WorkingCalendar:
    holidays, known = national_holidays(FIRST_YEAR, LAST_YEAR)
    return WorkingCalendar(
        holidays=holidays,
        known_years=known,
        working_weekdays=weekdays,
        receipt_day_is_day_zero=day_zero,
        extra_closures={o.day: o.name for o in overrides if o.closed},
        worked_days=frozenset(o.day for o in overrides if not o.closed),
    )


def calendar_in(uow: UnitOfWork) -> WorkingCalendar:
    return build_calendar(Settings(uow.settings.load()), uow.holidays.load())


class CalendarService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def calendar(self) -> WorkingCalendar:
        with self._uow() as uow:
            return calendar_in(uow)

    def add_closure(self, day: date, name: str) -> None:
        self._save(HolidayOverride(day, closed=True, name=name))

    def add_worked_day(self, day: date, name: str = "") -> None:
        self._save(HolidayOverride(day, closed=False, name=name))

    def remove_override(self, day: date) -> None:
        with self._uow() as uow:
            uow.holidays.delete(day)
            uow.commit()

    def overrides(self) -> list[HolidayOverride]:
        with self._uow() as uow:
            return uow.holidays.load()

    def _save(self, override: HolidayOverride) -> None:
        with self._uow() as uow:
            uow.holidays.save(override)
            uow.commit()
