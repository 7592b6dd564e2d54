"""`HolidayOverrideRepository` on SQL: the office's changes to the national working-day calendar.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select

from counter_app.domain.calendar_overrides import HolidayOverride
from counter_app.domain.sync import Entity
from db.models import HolidayOverrideRow
from db.outbox import record
from db.repository import SessionRepository, translated


class SqlHolidayOverrideRepository(SessionRepository):
    @translated
    def load(self) -> list[HolidayOverride]:
        """Every override, by day."""
        stmt = select(HolidayOverrideRow.day, HolidayOverrideRow.closed, HolidayOverrideRow.name).order_by(
            HolidayOverrideRow.day
        )
        return [HolidayOverride(day, closed, name) for day, closed, name in self._session.execute(stmt)]

    @translated
    def save(self, override: HolidayOverride) -> None:
        """Add or replace the override of `override.day`."""
        values = {"day": override.day, "closed": override.closed, "name": override.name}
        self._session.execute(self._upsert(HolidayOverrideRow, values, ["day"], ["closed", "name"]))
        record(self._session, Entity.HOLIDAY_OVERRIDE, values)

    @translated
    def delete(self, day: date) -> None:
        """Remove the override of `day` (nothing happens when there is none)."""
        self._session.execute(delete(HolidayOverrideRow).where(HolidayOverrideRow.day == day))
        record(self._session, Entity.HOLIDAY_OVERRIDE, {"day": day}, deleted=True)
