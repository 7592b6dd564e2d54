"""Records as they travel between counters and the hub: which table each kind is, its key, its JSON.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

A change's payload is the record's row, every column, as JSON (UUIDs, dates and UTC times as ISO
text), plus metadata under keys starting with "_": `_base`, the revision an applicant's data was
edited from; `_deleted`, a holiday override removed. Counters and the hub have the same tables,
so a row read on one is written as it is on the other. The exception is a permit type version's
`permit_type_id`, which points at a row each database makes for itself: it does not travel.

Writing pulled or pushed rows (`insert_new`, `save_permit_version`, `upsert_applicants`,
`apply_holiday`) never records a change: only local edits through the repositories do
(`db.outbox`), so nothing a counter receives is echoed back as its own.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, Integer, Table, Uuid, any_, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from counter_app.domain.sync import Change, Entity
from db.base import UtcDateTime, new_id
from db.models import (
    ApplicantRow,
    CardEventRow,
    HolidayOverrideRow,
    PermitTypeRow,
    PermitTypeVersionRow,
    RegistrationRow,
    ReturnedVisitRow,
)

TABLES: dict[Entity, Table] = {
    Entity.PERMIT_VERSION: PermitTypeVersionRow.__table__,  # type: ignore[dict-item]
    Entity.APPLICANT: ApplicantRow.__table__,  # type: ignore[dict-item]
    Entity.REGISTRATION: RegistrationRow.__table__,  # type: ignore[dict-item]
    Entity.RETURNED_VISIT: ReturnedVisitRow.__table__,  # type: ignore[dict-item]
    Entity.CARD_EVENT: CardEventRow.__table__,  # type: ignore[dict-item]
    Entity.HOLIDAY_OVERRIDE: HolidayOverrideRow.__table__,  # type: ignore[dict-item]
}
LOCAL_ONLY_COLUMNS = {Entity.PERMIT_VERSION: frozenset({"permit_type_id"})}
IMMUTABLE = frozenset({Entity.REGISTRATION, Entity.RETURNED_VISIT, Entity.CARD_EVENT})
BASE = "_base"
DELETED = "_deleted"


def by_entity(changes: Sequence[Change]) -> list[tuple[Entity, list[Change]]]:
    """The changes of each kind, kinds in dependency order (`Entity`'s), each kind in its order.

    A batch is written kind by kind, each with one statement: permit type versions and applicants
    before the files that reference them, files before their card events. The hub logs them in
    this order too, so its log never names a record before what it references."""
    groups: dict[Entity, list[Change]] = {}
    for change in changes:
        groups.setdefault(Entity(change.entity), []).append(change)
    return [(entity, groups[entity]) for entity in Entity if entity in groups]


def columns_of(entity: Entity) -> list[str]:
    """The columns that travel for `entity`."""
    skipped = LOCAL_ONLY_COLUMNS.get(entity, frozenset())
    return [column.name for column in TABLES[entity].columns if column.name not in skipped]


def key_of(entity: Entity, values: Mapping[str, Any]) -> str:
    """The record's key as text (what the outbox and the hub's log file it under)."""
    if entity is Entity.PERMIT_VERSION:
        return f"{values['code']}#{values['version']}"
    if entity is Entity.HOLIDAY_OVERRIDE:
        return str(_plain(values["day"]))
    return str(values["id"])


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    raise TypeError(f"cannot store {type(value).__name__} in a sync payload")


def dump_row(entity: Entity, values: Mapping[str, Any], **meta: Any) -> str:
    """The payload of a change: the travelling columns of `values`, plus `meta` as "_" keys."""
    row = {name: values[name] for name in columns_of(entity) if name in values}
    row.update({f"_{name}": value for name, value in meta.items()})
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=_plain)


def _parser(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, Uuid):
        return uuid.UUID
    if isinstance(column_type, UtcDateTime):
        return datetime.fromisoformat
    if isinstance(column_type, Date):
        return date.fromisoformat
    return None


_PARSERS: dict[Entity, dict[str, Callable[[Any], Any]]] = {
    entity: {column.name: parser for column in table.columns if (parser := _parser(column.type)) is not None}
    for entity, table in TABLES.items()
}


def _default(column: Any) -> tuple[bool, Any]:
    """(has one, value): what the database would store for `column` when an INSERT omits it."""
    default = column.server_default
    if default is not None and isinstance(getattr(default, "arg", None), str):
        return True, int(default.arg) if isinstance(column.type, Integer) else default.arg
    if column.nullable:
        return True, None
    return False, None


_DEFAULTS: dict[Entity, dict[str, Any]] = {
    entity: {
        column.name: value
        for column in table.columns
        if column.name not in LOCAL_ONLY_COLUMNS.get(entity, frozenset())
        for has, value in [_default(column)]
        if has
    }
    for entity, table in TABLES.items()
}


def load_row(entity: Entity, payload: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(column values ready to write, metadata) from a change's payload.

    A payload may lack columns the table has (a record written with the database's defaults, or
    by an older version before a migration added them): they get what the database would have
    given, so every row of one kind has the same columns (one statement writes many)."""
    raw = json.loads(payload)
    parsers = _PARSERS[entity]
    values: dict[str, Any] = dict(_DEFAULTS[entity])
    meta: dict[str, Any] = {}
    for name, value in raw.items():
        if name.startswith("_"):
            meta[name] = value
        elif value is not None and name in parsers:
            values[name] = parsers[name](value)
        else:
            values[name] = value
    return values, meta


def _insert(session: Session, table: Table) -> sqlite.Insert | postgresql.Insert:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Plain INSERT of many rows in the session's transaction: PostgreSQL's COPY (the hub takes
    thousands of rows per pushed batch), one executemany elsewhere. Columns missing from a row are
    NULL; a duplicate key is an IntegrityError, as with INSERT."""
    if not rows:
        return
    names = [column.name for column in table.columns if any(column.name in row for row in rows[:1])]
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        connection.execute(table.insert(), list(rows))
        return
    from psycopg import sql

    raw = connection.connection.driver_connection
    assert raw is not None
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(name) for name in names)
    )
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([row.get(name) for name in names])
    except Exception as exc:  # the same error an INSERT would raise (IntegrityError, OperationalError, ...)
        raise _sqlalchemy_error(connection, statement, exc) from exc


def _sqlalchemy_error(connection: Any, statement: Any, exc: Exception) -> Exception:
    import psycopg
    from sqlalchemy import exc as sa_exc

    if not isinstance(exc, psycopg.Error):
        return exc
    return sa_exc.DBAPIError.instance(
        str(statement), None, exc, psycopg.Error, dialect=connection.dialect, ismulti=True
    )


def insert_new(session: Session, entity: Entity, rows: Sequence[Mapping[str, Any]]) -> set[str]:
    """Insert the rows of an immutable kind that are not there yet (by id); the ids inserted.

    Which are there is asked first (by the caller's lock on the hub's log nobody else inserts
    pushed records meanwhile; a counter's own writes never reuse an id), then the others go in
    with `bulk_insert`. A unique violation (a registration number taken by another file) is an
    IntegrityError for the caller."""
    if not rows:
        return set()
    table = TABLES[entity]
    present = existing(session, table.c.id, [row["id"] for row in rows])
    new: dict[Any, Mapping[str, Any]] = {}
    for row in rows:
        if row["id"] not in present:
            new.setdefault(row["id"], row)
    bulk_insert(session, table, list(new.values()))
    return {str(key) for key in new}


def existing(session: Session, column: Any, keys: Sequence[Any]) -> set[Any]:
    """Which of `keys` the (unique) `column` holds: one `= ANY(array)` on PostgreSQL, IN lists of
    500 on SQLite."""
    if not keys:
        return set()
    if session.get_bind().dialect.name == "postgresql":
        stmt = select(column).where(column == any_(postgresql.array(list(keys), type_=column.type)))
        return set(session.execute(stmt).scalars())
    found: set[Any] = set()
    for start in range(0, len(keys), 500):
        found |= set(session.execute(select(column).where(column.in_(keys[start : start + 500]))).scalars())
    return found


class VersionOutcome(StrEnum):
    INSERTED = "inserted"
    SAME = "same"
    DIFFERENT = "different"


def save_permit_version(session: Session, values: Mapping[str, Any]) -> VersionOutcome:
    """Store a permit type version made elsewhere, unless (code, version) is already here.

    Versions are immutable: one already stored with other content (two offices' imports that
    both became version N) is left as it is and reported as DIFFERENT.
    """
    code, version = values["code"], values["version"]
    version_row = PermitTypeVersionRow
    stored = session.scalar(
        select(version_row.content_hash).where(version_row.code == code, version_row.version == version)
    )
    if stored is not None:
        return VersionOutcome.SAME if stored == values["content_hash"] else VersionOutcome.DIFFERENT
    permit_type = PermitTypeRow.__table__
    session.execute(
        _insert(session, permit_type)  # type: ignore[arg-type]
        .values(id=new_id(), code=code, name=values["name"], latest_version=version, created_at=values["imported_at"])
        .on_conflict_do_nothing(index_elements=["code"])
    )
    session.execute(
        update(PermitTypeRow)
        .where(PermitTypeRow.code == code, PermitTypeRow.latest_version < version)
        .values(latest_version=version, name=values["name"])
        .execution_options(synchronize_session=False)
    )
    type_id = session.scalar(select(PermitTypeRow.id).where(PermitTypeRow.code == code))
    session.execute(_insert(session, PermitTypeVersionRow.__table__).values({**values, "permit_type_id": type_id}))  # type: ignore[arg-type]
    return VersionOutcome.INSERTED


def upsert_applicants(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Make these applicants' data the stored one (insert, or replace what differs)."""
    if not rows:
        return
    table: Table = ApplicantRow.__table__  # type: ignore[assignment]
    stmt = _insert(session, table)
    changed = [name for name in columns_of(Entity.APPLICANT) if name not in ("id", "created_at")]
    stmt = stmt.on_conflict_do_update(
        index_elements=["id"],
        set_={name: stmt.excluded[name] for name in changed},
        where=table.c.document != stmt.excluded.document,
    )
    session.execute(stmt, list(rows))


def apply_holiday(session: Session, values: Mapping[str, Any], deleted: bool) -> None:
    """Set (or, `deleted`, remove) the office's override of one day."""
    day = values["day"]
    if isinstance(day, str):
        day = date.fromisoformat(day)
    if deleted:
        session.execute(delete(HolidayOverrideRow).where(HolidayOverrideRow.day == day))
        return
    table: Table = HolidayOverrideRow.__table__  # type: ignore[assignment]
    stmt = _insert(session, table).values(day=day, closed=values["closed"], name=values["name"])
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["day"], set_={"closed": stmt.excluded.closed, "name": stmt.excluded.name}
        )
    )


def rows_of(session: Session, entity: Entity, batch: int = 1000) -> Iterator[list[dict[str, Any]]]:
    """Every stored record of `entity`, as column values, in batches (by key, so that writing
    between two batches is safe)."""
    table = TABLES[entity]
    names = columns_of(entity)
    columns = [table.c[name] for name in names]
    if entity in (Entity.PERMIT_VERSION, Entity.HOLIDAY_OVERRIDE):  # a few hundred rows at most
        order = [table.c.code, table.c.version] if entity is Entity.PERMIT_VERSION else [table.c.day]
        rows = [dict(zip(names, row, strict=True)) for row in session.execute(select(*columns).order_by(*order))]
        if rows:
            yield rows
        return
    last: uuid.UUID | None = None
    while True:
        stmt = select(*columns).order_by(table.c.id).limit(batch)
        if last is not None:
            stmt = stmt.where(table.c.id > last)
        rows = [dict(zip(names, row, strict=True)) for row in session.execute(stmt)]
        if not rows:
            return
        yield rows
        last = rows[-1]["id"]
