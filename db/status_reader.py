"""`StatusReader` on SQL: one file by tracking code with its card events, for the public status page.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

The page is public and may be asked many times a second, so this reads only what the page shows,
in one statement (the file's row joined with its events, through the tracking-code and event
indexes), and none of the personal data: not the snapshot, not the NIK, not who acted or their
notes. On SQLite each thread keeps its own plain `sqlite3` connection in autocommit mode (every
statement sees the latest commit; WAL readers never wait for the desk writing) with
`query_only` on; converting its rows here costs a fraction of going through the ORM (measured on
1,000,000 files: ~25 µs against ~600 µs). On PostgreSQL the same statement runs through the engine's
pool.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from datetime import UTC, datetime
from typing import Any

from cachetools import LRUCache
from sqlalchemy import Engine, bindparam, func, select
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import DBAPIError

from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.status_record import StatusRecord
from db.errors import storage_errors, translate_error
from db.models import CardEventRow, RegistrationRow
from db.session import SQLITE_BUSY_TIMEOUT_MS

_REGISTRATION = RegistrationRow.__table__
_EVENT = CardEventRow.__table__
STATEMENT = (
    select(
        _REGISTRATION.c.id,
        _REGISTRATION.c.permit_code,
        _REGISTRATION.c.permit_version,
        _REGISTRATION.c.received_at,
        _REGISTRATION.c.applicant_name,
        _EVENT.c.id,
        _EVENT.c.action,
        _EVENT.c.from_stage,
        _EVENT.c.to_stage,
        _EVENT.c.at,
        _EVENT.c.data,
    )
    .select_from(_REGISTRATION.outerjoin(_EVENT, _EVENT.c.registration_id == _REGISTRATION.c.id))
    .where(_REGISTRATION.c.tracking_code == bindparam("code"))
    .order_by(_EVENT.c.at, _EVENT.c.id)
)
_SQLITE_SQL = str(STATEMENT.compile(dialect=sqlite_dialect.dialect()))
# How many events the file has (none: no row), from the registration and event indexes alone.
COUNT = (
    select(func.count(_EVENT.c.registration_id))
    .select_from(_REGISTRATION.outerjoin(_EVENT, _EVENT.c.registration_id == _REGISTRATION.c.id))
    .where(_REGISTRATION.c.tracking_code == bindparam("code"))
    .group_by(_REGISTRATION.c.id)
)
_SQLITE_COUNT_SQL = str(COUNT.compile(dialect=sqlite_dialect.dialect()))
_SQLITE_PRAGMAS = (
    ("busy_timeout", str(SQLITE_BUSY_TIMEOUT_MS)),
    # 256 MiB of pages kept in the server process (heap, filled only as pages are read): the files
    # people look at stay in memory even where the system reclaims its file cache eagerly (measured
    # on the 1,000,000-file demo here: a cold lookup reads ~12 scattered pages, 1-20 ms from disk).
    # No memory map: pages read through one live in that same reclaimable file cache instead.
    ("cache_size", str(-256 * 1024)),
    ("query_only", "ON"),
)
_ACTIONS = {action.value: action for action in CardAction}
RECENT_FILES = 4096  # records kept per process, most recently read first (a few MB)


def _key(value: Any) -> str:
    """A key as the domain writes it (dashed UUID text): SQLite stores 32 hex digits."""
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value))


def _hex(value: Any) -> str:
    """An event key as 32 hex digits: it only orders events and names undo targets here, and
    leaving it as SQLite stores it saves a UUID conversion per event."""
    return value.hex if isinstance(value, uuid.UUID) else str(value)


def _utc(value: Any) -> datetime:
    """SQLite keeps naive UTC ISO text; PostgreSQL gives an aware datetime."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


class SqlStatusReader:
    """`counter_app.services.status.StatusReader` on the application's database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite_path = engine.url.database if engine.dialect.name == "sqlite" else None
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        # code -> (events counted, record, (connection, data_version) when last checked on SQLite)
        self._recent: LRUCache[str, tuple[int, StatusRecord, tuple[int, int] | None]] = LRUCache(RECENT_FILES)

    def record(self, code: str) -> StatusRecord | None:
        """The file and its events as stored now. Reading again a file whose events have not changed
        gives the same `StatusRecord` object (the service keeps what it derived from it)."""
        # The file's row never changes and events are only ever added: their number says whether
        # anything changed since the record was made.
        with self._lock:
            known = self._recent.get(code)
        seen = None
        if known is not None and self._sqlite_path is not None:
            # SQLite counts commits of other connections (`data_version`): when none came since the
            # record was last checked on this connection, nothing is read at all; else the events
            # are counted through their index, a third of the cost of reading them.
            seen = self._sqlite_version()
            if seen is not None and known[2] == seen:
                return known[1]
            counted = self._sqlite_rows(_SQLITE_COUNT_SQL, code)
            if counted and counted[0][0] == known[0]:
                with self._lock:
                    self._recent[code] = (known[0], known[1], seen)
                return known[1]
        rows = self._sqlite_rows(_SQLITE_SQL, code) if self._sqlite_path is not None else self._pooled_rows(code)
        if not rows:
            return None
        stamp = sum(1 for row in rows if row[5] is not None)
        if known is not None and known[0] == stamp:
            return known[1]
        record = self._record(rows)
        with self._lock:
            self._recent[code] = (stamp, record, seen)
        return record

    def _sqlite_version(self) -> tuple[int, int] | None:
        """This thread's connection and its `PRAGMA data_version` (counts are per connection);
        None when it cannot be read (then the count decides, and nothing is marked as checked)."""
        connection = self._sqlite_connection()
        try:
            return id(connection), int(connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def _record(self, rows: list[Any]) -> StatusRecord:
        first = rows[0]
        registration_id = _key(first[0])
        events = tuple(
            CardEvent(
                id=_hex(row[5]),
                registration_id=registration_id,
                action=_ACTIONS[row[6]],
                from_stage=row[7],
                to_stage=row[8],
                at=_utc(row[9]),
                by="",  # who acted and their notes are never read for the public page
                role="",
                counter_code="",
                data=_undo_target(row[10]) if row[6] == CardAction.UNDONE.value else {},
            )
            for row in rows
            if row[5] is not None
        )
        return StatusRecord(
            registration_id=registration_id,
            permit_code=first[1],
            permit_version=int(first[2]),
            received_at=_utc(first[3]),
            applicant_name=first[4] or "",
            events=events,
        )

    def close(self) -> None:
        """Close every thread's SQLite connection (the server is stopping)."""
        with self._lock:
            connections, self._connections = self._connections, []
            self._recent.clear()  # their marks name these connections
        for connection in connections:
            connection.close()
        self._local = threading.local()

    def _pooled_rows(self, code: str) -> list[Any]:
        with storage_errors(self._engine), self._engine.connect() as connection:
            return list(connection.execute(STATEMENT, {"code": code}).all())

    def _sqlite_rows(self, sql: str, code: str) -> list[Any]:
        try:
            return self._sqlite_connection().execute(sql, (code,)).fetchall()
        except sqlite3.Error as exc:
            wrapped = DBAPIError.instance(sql, (code,), exc, sqlite3.Error)
            translated = translate_error(wrapped, self._engine.url) if isinstance(wrapped, DBAPIError) else None
            if translated is None:
                raise
            raise translated from exc

    def _sqlite_connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self._sqlite_path or "", isolation_level=None, check_same_thread=False)
            for name, value in _SQLITE_PRAGMAS:
                connection.execute(f"PRAGMA {name}={value}")
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection


def _undo_target(data: str | None) -> dict[str, Any]:
    """Only which event an undo cancels, as 32 hex digits like the event keys read here (the rest of
    an event's data is not the public's)."""
    try:
        parsed = json.loads(data or "{}")
    except ValueError:
        return {}
    target = parsed.get("undoes") if isinstance(parsed, dict) else None
    return {"undoes": target.replace("-", "").lower()} if isinstance(target, str) else {}
