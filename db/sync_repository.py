"""`SyncRepository` on SQL: a counter's outbox, its pull cursor, and writing what the hub sent.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

- `start_recording()` switches `sync_state.mode` from "off" to "counter" and, in the same
  transaction, queues every record already stored (in dependency order: permit type versions,
  applicants, files, returned visits, card events, holiday overrides). From then on the
  repositories record each change as it is made (`db.outbox`).
- `pending`/`acknowledge`: the outbox in the order changes were made; a change leaves it only
  after the hub has committed it.
- `apply(changes)` writes what the hub's log holds, in its order: immutable records if absent,
  applicants' data and holiday overrides as the hub has them, except where a local change to the
  same record still waits to be pushed (the hub decides when it arrives, and its answer comes back
  by the next pull). Nothing written here is recorded: no echo.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from counter_app.domain.sync import Change, Entity, SyncRefused
from counter_app.i18n import translate
from db.base import new_id
from db.models import OUTBOX_TABLE, SyncOutboxRow, SyncStateRow
from db.outbox import MODE_KEY, Mode, current_mode, forget_mode
from db.repository import SessionRepository, translated
from db.sync_rows import (
    DELETED,
    IMMUTABLE,
    VersionOutcome,
    apply_holiday,
    by_entity,
    dump_row,
    insert_new,
    key_of,
    load_row,
    rows_of,
    save_permit_version,
    upsert_applicants,
)

log = logging.getLogger(__name__)

BATCH = 500  # keys per IN (...) list
LOCAL_WINS = frozenset({Entity.APPLICANT.value, Entity.HOLIDAY_OVERRIDE.value})


def _chunks(items: Sequence[Any], size: int = BATCH) -> list[Sequence[Any]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


class SqlSyncRepository(SessionRepository):
    @translated
    def mode(self) -> str:
        return current_mode(self._session).value

    @translated
    def start_recording(self) -> int | None:
        stmt = select(SyncStateRow.value).where(SyncStateRow.key == MODE_KEY).with_for_update()
        mode = Mode(self._session.scalar(stmt) or Mode.OFF)
        if mode is Mode.HUB:
            raise SyncRefused(
                translate(
                    "sync",
                    "Basis data ini adalah hub; hub tidak disinkronkan ke hub lain. Buka loket dengan "
                    "berkas SQLite-nya sendiri (--db) untuk sinkronisasi.",
                )
            )
        if mode is Mode.COUNTER:
            return None
        self._set({MODE_KEY: Mode.COUNTER.value})
        forget_mode(self._session)
        return self._queue_everything()

    @translated
    def queue_everything(self) -> int:
        return self._queue_everything()

    def _queue_everything(self) -> int:
        queued = 0
        now = datetime.now(UTC)
        for entity in Entity:
            for rows in rows_of(self._session, entity):
                outbox = [
                    {
                        "change_id": new_id(),
                        "entity": entity.value,
                        "key": key_of(entity, values),
                        "payload": dump_row(entity, values),
                        "created_at": now,
                    }
                    for values in rows
                ]
                self._session.connection().execute(insert(OUTBOX_TABLE), outbox)
                queued += len(outbox)
        return queued

    @translated
    def pending(self, limit: int) -> list[Change]:
        o = SyncOutboxRow
        stmt = select(o.seq, o.change_id, o.entity, o.key, o.payload).order_by(o.seq).limit(limit)
        return [
            Change(change_id=str(change_id), entity=entity, key=key, payload=payload, seq=seq)
            for seq, change_id, entity, key, payload in self._session.execute(stmt)
        ]

    @translated
    def pending_count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(SyncOutboxRow)) or 0)

    @translated
    def acknowledge(self, change_ids: Sequence[str]) -> None:
        keys = [uuid.UUID(change_id) for change_id in change_ids]
        for chunk in _chunks(keys):
            self._session.execute(delete(SyncOutboxRow).where(SyncOutboxRow.change_id.in_(chunk)))

    @translated
    def apply(self, changes: Sequence[Change]) -> list[str]:
        waiting = self._waiting_locally(changes)
        touched: dict[str, None] = {}
        try:
            for entity, batch in by_entity(changes):
                entity_name = entity.value
                rows = [(change, *load_row(entity, change.payload)) for change in batch]
                if entity in IMMUTABLE:
                    insert_new(self._session, entity, [values for _, values, _ in rows])
                    for _, values, _ in rows:
                        if entity is Entity.REGISTRATION:
                            touched[str(values["id"])] = None
                        elif entity is Entity.CARD_EVENT:
                            touched[str(values["registration_id"])] = None
                elif entity is Entity.PERMIT_VERSION:
                    for change, values, _ in rows:
                        if save_permit_version(self._session, values) is VersionOutcome.DIFFERENT:
                            log.warning("permit type version %s differs from the hub's; kept ours", change.key)
                elif entity is Entity.APPLICANT:
                    # The hub's latest of each (a batch may hold several versions of one applicant).
                    latest = {
                        change.key: values for change, values, _ in rows if (entity_name, change.key) not in waiting
                    }
                    upsert_applicants(self._session, list(latest.values()))
                else:  # holiday overrides
                    for change, values, meta in rows:
                        if (entity_name, change.key) not in waiting:
                            apply_holiday(self._session, values, bool(meta.get(DELETED)))
        except IntegrityError as exc:
            raise SyncRefused(
                translate(
                    "sync",
                    "Data dari hub tidak dapat disimpan di loket ini ({detail}). Biasanya dua loket memakai "
                    "kode loket yang sama: periksa counter.code dengan 'counter-app settings show' di tiap loket.",
                ).format(detail=str(exc.orig).strip().splitlines()[0])
            ) from exc
        return list(touched)

    def _waiting_locally(self, changes: Sequence[Change]) -> set[tuple[str, str]]:
        """(entity, key) of the mutable records among `changes` that have a local change not yet pushed."""
        wanted = sorted({(c.entity, c.key) for c in changes if c.entity in LOCAL_WINS})
        found: set[tuple[str, str]] = set()
        for chunk in _chunks([key for _, key in wanted]):
            stmt = select(SyncOutboxRow.entity, SyncOutboxRow.key).where(
                SyncOutboxRow.entity.in_(LOCAL_WINS), SyncOutboxRow.key.in_(chunk)
            )
            found |= {(entity, key) for entity, key in self._session.execute(stmt)}
        return found

    @translated
    def state(self) -> dict[str, str]:
        rows = self._session.execute(select(SyncStateRow.key, SyncStateRow.value))
        return {key: value for key, value in rows}  # noqa: C416 (rows are Row objects, not pairs)

    @translated
    def set_state(self, values: Mapping[str, str]) -> None:
        if MODE_KEY in values:
            raise ValueError("the mode changes only through start_recording / become_hub")
        self._set(values)

    def _set(self, values: Mapping[str, str]) -> None:
        for key, value in values.items():
            self._session.execute(self._upsert(SyncStateRow, {"key": key, "value": value}, ["key"], ["value"]))
