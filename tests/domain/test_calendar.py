"""Working days: the domain brief's known cases, overrides, day-0 rule, provisional years."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.domain.calendar import WorkingCalendar
from counter_app.services.calendar import build_calendar
from counter_app.settings import Settings


def office(**values: str) -> WorkingCalendar:
    return build_calendar(Settings(values), [])


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        (date(2026, 11, 23), 7, date(2026, 12, 2)),  # Mon + 7 → Wed
        (date(2026, 3, 16), 7, date(2026, 4, 1)),  # across Nyepi, Idul Fitri and cuti bersama
        (date(2026, 12, 18), 5, date(2026, 12, 29)),  # across Christmas and cuti bersama 24 Dec
    ],
)
def test_known_due_dates(received: date, days: int, due: date) -> None:
    result = office().add_working_days(received, days)
    assert result.date == due
    assert not result.provisional


def test_holidays_come_from_the_package_in_indonesian() -> None:
    calendar = office()
    assert not calendar.is_working_day(date(2026, 12, 25))
    assert not calendar.is_working_day(date(2026, 12, 24))  # cuti bersama
    assert calendar.closure_name(date(2026, 8, 17)) is not None
    assert "Kemerdekaan" in (calendar.closure_name(date(2026, 8, 17)) or "")


def test_an_office_open_on_saturday_counts_it() -> None:
    five_days = office(**{"calendar.working_days": "1,2,3,4,5"}).add_working_days(date(2026, 11, 27), 1)
    six_days = office(**{"calendar.working_days": "1,2,3,4,5,6"}).add_working_days(date(2026, 11, 27), 1)
    assert five_days.date == date(2026, 11, 30)
    assert six_days.date == date(2026, 11, 28)


def test_day_one_rule_counts_the_receipt_day() -> None:
    calendar = office(**{"calendar.receipt_day_is_day_zero": "false"})
    assert calendar.add_working_days(date(2026, 11, 23), 7).date == date(2026, 12, 1)


def test_overrides_add_closures_and_worked_holidays() -> None:
    from counter_app.domain.calendar_overrides import HolidayOverride

    calendar = build_calendar(
        Settings({}),
        [
            HolidayOverride(date(2026, 11, 24), closed=True, name="Hari jadi kabupaten"),
            HolidayOverride(date(2026, 12, 24), closed=False, name="Tetap buka"),
        ],
    )
    assert calendar.add_working_days(date(2026, 11, 23), 7).date == date(2026, 12, 3)
    assert calendar.is_working_day(date(2026, 12, 24))
    assert calendar.closure_name(date(2026, 11, 24)) == "Hari jadi kabupaten"


def test_a_year_without_a_holiday_list_is_provisional_weekends_only() -> None:
    calendar = office()
    assert 2026 in calendar.known_years
    result = calendar.add_working_days(date(2034, 12, 29), 3)  # Fri → Wed, whatever the holidays
    assert result.provisional
    assert result.date == date(2035, 1, 3)
    assert not calendar.add_working_days(date(2027, 12, 20), 3).provisional


def test_working_days_between_excludes_holidays() -> None:
    calendar = office()
    assert calendar.working_days_between(date(2026, 11, 23), date(2026, 12, 2)) == 7
    assert calendar.working_days_between(date(2026, 12, 2), date(2026, 11, 23)) == 0
