"""`CardEventRepository` on SQL: the control card (kartu kendali) as an append-only event log.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

There is deliberately no update or delete: an undo is a new event (architecture.md §3).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from sqlalchemy import select

from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.sync import Entity
from db.base import parse_key, require_aware, to_key
from db.models import CardEventRow
from db.outbox import record
from db.repository import SessionRepository, dump_json, translated

BATCH = 500  # registration ids per query (SQLite allows 32,766 parameters; keep statements small)


class SqlCardEventRepository(SessionRepository):
    @translated
    def add(self, event: CardEvent) -> None:
        require_aware("at", event.at)
        values = {
            "id": to_key(event.id),
            "registration_id": to_key(event.registration_id),
            "action": event.action.value,
            "from_stage": event.from_stage,
            "to_stage": event.to_stage,
            "at": event.at,
            "by": event.by,
            "role": event.role,
            "counter_code": event.counter_code,
            "note": event.note,
            "data": dump_json(event.data),
        }
        self._session.execute(self._insert(CardEventRow).values(values))
        record(self._session, Entity.CARD_EVENT, values)

    @translated
    def for_registration(self, registration_id: str) -> list[CardEvent]:
        """In the order they happened: by `at`, then id (time-ordered UUIDs break ties)."""
        key = parse_key(registration_id)
        if key is None:
            return []
        stmt = (
            select(CardEventRow).where(CardEventRow.registration_id == key).order_by(CardEventRow.at, CardEventRow.id)
        )
        return [_event(row) for row in self._session.scalars(stmt)]

    @translated
    def for_registrations(self, registration_ids: Sequence[str]) -> dict[str, list[CardEvent]]:
        """Every asked-for file's events (an empty list when it has none), each list in order."""
        keys: dict[uuid.UUID, str] = {}
        for registration_id in registration_ids:
            key = parse_key(registration_id)
            if key is not None:
                keys[key] = registration_id
        found: dict[str, list[CardEvent]] = {registration_id: [] for registration_id in registration_ids}
        ordered = list(keys)
        for start in range(0, len(ordered), BATCH):
            stmt = (
                select(CardEventRow)
                .where(CardEventRow.registration_id.in_(ordered[start : start + BATCH]))
                .order_by(CardEventRow.registration_id, CardEventRow.at, CardEventRow.id)
            )
            for row in self._session.scalars(stmt):
                found[keys[row.registration_id]].append(_event(row))
        return found


def _event(row: CardEventRow) -> CardEvent:
    return CardEvent(
        id=str(row.id),
        registration_id=str(row.registration_id),
        action=CardAction(row.action),
        from_stage=row.from_stage,
        to_stage=row.to_stage,
        at=row.at,
        by=row.by,
        role=row.role,
        counter_code=row.counter_code,
        note=row.note,
        data=json.loads(row.data),
    )
