"""`SequenceRepository` on SQL: registration sequence numbers per counter per day.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

One statement allocates: `INSERT … ON CONFLICT (counter_code, day) DO UPDATE SET last_value =
last_value + 1 RETURNING last_value`. On PostgreSQL the row lock it takes makes concurrent
transactions of the same counter and day wait for each other; on SQLite the unit of work already
holds the write lock (`BEGIN IMMEDIATE`). The number belongs to the caller's transaction: if that
rolls back, so does the allocation, and the number was never issued.
"""

from __future__ import annotations

from datetime import date

from db.models import NumberSequenceRow
from db.repository import SessionRepository, translated


class SqlSequenceRepository(SessionRepository):
    @translated
    def next_value(self, counter_code: str, day: date) -> int:
        stmt = (
            self._insert(NumberSequenceRow)
            .values(counter_code=counter_code, day=day, last_value=1)
            .on_conflict_do_update(
                index_elements=["counter_code", "day"],
                set_={"last_value": NumberSequenceRow.last_value + 1},
            )
            .returning(NumberSequenceRow.last_value)
        )
        value = self._session.scalar(stmt)
        if value is None:  # pragma: no cover - an upsert with RETURNING always returns its row
            raise RuntimeError(f"no sequence value returned for {counter_code} {day}")
        return value
