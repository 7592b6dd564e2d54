"""The office's working-day calendar: national holidays, its working week and its overrides."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.calendar_overrides import HolidayOverride
from counter_app.domain.holidays_id import national_holidays
from counter_app.domain.permissions import Operation
from counter_app.ports import Clock, UnitOfWork, UnitOfWorkFactory
from counter_app.services.guard import CurrentUser, acting, record
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
    def __init__(self, uow: UnitOfWorkFactory, current: CurrentUser | None = None, clock: Clock | None = None) -> None:
        self._uow = uow
        self._current = current or CurrentUser()
        self._clock = clock

    def calendar(self) -> WorkingCalendar:
        with self._uow() as uow:
            return calendar_in(uow)

    def add_closure(self, day: date, name: str) -> None:
        self._save(HolidayOverride(day, closed=True, name=name))

    def add_worked_day(self, day: date, name: str = "") -> None:
        self._save(HolidayOverride(day, closed=False, name=name))

    def remove_override(self, day: date) -> None:
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.SETTINGS)
            uow.holidays.delete(day)
            record(uow, actor, "calendar.override_removed", day.isoformat(), at=self._now())
            uow.commit()

    def overrides(self) -> list[HolidayOverride]:
        with self._uow() as uow:
            return uow.holidays.load()

    def _save(self, override: HolidayOverride) -> None:
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.SETTINGS)
            uow.holidays.save(override)
            record(
                uow,
                actor,
                "calendar.override_saved",
                override.day.isoformat(),
                at=self._now(),
                after={"closed": override.closed, "name": override.name},
            )
            uow.commit()

    def _now(self) -> datetime:
        return self._clock.now() if self._clock is not None else datetime.now(UTC)
