"""Recording local changes for the hub, in the same transaction as the change itself.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

The repositories call `record(session, entity, values)` after writing a synced record (a new
registration, a card event, an applicant's data, ...). What happens depends on the database's
`sync_state.mode`, read once per transaction:

- "off": no hub was ever used here: nothing is recorded (a counter alone does not grow an outbox
  for ever). When a hub is first used, `SqlSyncRepository.start_recording` switches to "counter"
  and queues every record already stored, in one transaction.
- "counter": one `sync_outbox` row per change; the sync service pushes them in order.
- "hub": this database is the hub (e.g. the back office or the status page opened on it): the
  change goes straight into the hub's log `sync_change`, under the log lock (`lock_hub_log`).

On PostgreSQL the mode is read `FOR SHARE`, so a switch of mode (an UPDATE of that row) waits for
the writers in flight and the writers after it see the new mode: no change falls between the
queueing of what is stored and the recording of what follows. On SQLite the writer already holds
the database's write lock (`BEGIN IMMEDIATE`).

Rows that arrive from the hub are written by `db.sync_rows`, which never records: no echo.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, func, insert, inspect, select, text
from sqlalchemy.orm import Session

from counter_app.domain.sync import Entity
from db.base import new_id
from db.models import SyncChangeRow, SyncOutboxRow, SyncStateRow
from db.sync_rows import dump_row, key_of

MODE_KEY = "mode"
HUB_ORIGIN = "hub"
# Any fixed number (not the migration's): every writer of the hub's log holds it until commit.
HUB_LOG_LOCK = 0x4C4F4B45_53  # "LOKES"
_MODE_CACHE = "counter_app_sync_mode"
_LOCK_CACHE = "counter_app_hub_log_locked"


class Mode(StrEnum):
    OFF = "off"
    COUNTER = "counter"
    HUB = "hub"


def current_mode(session: Session) -> Mode:
    """The database's sync mode, read once per transaction of `session`."""
    transaction = session.get_transaction()
    cached = session.info.get(_MODE_CACHE)
    if transaction is not None and cached is not None and cached[0] is transaction:
        return Mode(cached[1])
    if _has_sync_tables(session):
        stmt = select(SyncStateRow.value).where(SyncStateRow.key == MODE_KEY).with_for_update(read=True)
        value = session.scalar(stmt)
        mode = Mode(value) if value else Mode.OFF
    else:
        mode = Mode.OFF
    session.info[_MODE_CACHE] = (session.get_transaction(), mode.value)
    return mode


_SCHEMAS_WITH_SYNC: weakref.WeakSet[Engine] = weakref.WeakSet()


def _has_sync_tables(session: Session) -> bool:
    """Whether the schema has revision 0004's tables (the application always upgrades before it
    writes; a database kept at an older revision, as migration tests do, records nothing)."""
    engine = session.get_bind()
    if not isinstance(engine, Engine) or engine in _SCHEMAS_WITH_SYNC:
        return True
    if not inspect(session.connection()).has_table(SyncStateRow.__tablename__):
        return False
    _SCHEMAS_WITH_SYNC.add(engine)
    return True


def forget_mode(session: Session) -> None:
    """After changing the mode inside the transaction."""
    session.info.pop(_MODE_CACHE, None)


def lock_hub_log(session: Session) -> None:
    """Serialise writers of the hub's log until this transaction ends (PostgreSQL).

    `sync_change.seq` comes from a sequence; two transactions could otherwise commit their numbers
    out of order, and a counter pulling `seq > cursor` in between would skip the smaller one for
    ever. Holding this lock from before the first number until commit makes the numbers commit
    in order. (SQLite needs nothing: a writer holds the whole database.)
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.get_transaction()
    if transaction is not None and session.info.get(_LOCK_CACHE) is transaction:
        return
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": HUB_LOG_LOCK})
    session.info[_LOCK_CACHE] = session.get_transaction()


def recording(session: Session) -> bool:
    """Whether changes made in this transaction are recorded (a hub was used, or this is the hub)."""
    return current_mode(session) is not Mode.OFF


def record(session: Session, entity: Entity, values: Mapping[str, Any], **meta: Any) -> None:
    """Record that the record `values` of `entity` was written (or, `deleted=True`, removed)."""
    mode = current_mode(session)
    if mode is Mode.OFF:
        return
    payload = dump_row(entity, values, **meta)
    now = datetime.now(UTC)
    key = key_of(entity, values)
    if mode is Mode.COUNTER:
        session.execute(
            insert(SyncOutboxRow).values(
                change_id=new_id(), entity=entity.value, key=key, payload=payload, created_at=now
            )
        )
        return
    lock_hub_log(session)
    seq = int(session.scalar(select(func.max(SyncChangeRow.seq))) or 0) + 1  # numbered under the lock
    session.execute(
        insert(SyncChangeRow).values(
            seq=seq, change_id=new_id(), origin=HUB_ORIGIN, entity=entity.value, key=key, payload=payload, logged_at=now
        )
    )
