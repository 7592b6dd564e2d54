"""Declarative base, constraint naming convention, key and column types shared by every table.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`. This module needs none of the core.

Constraint names follow one convention so that Alembic can address them on every backend (SQLite
batch mode recreates tables and needs the names to carry constraints over).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator, TypeEngine

from counter_app.domain.identity import new_id as new_id_text

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_id() -> uuid.UUID:
    """A fresh, time-ordered key (UUIDv7) made on this counter; no database assigns keys."""
    return uuid.UUID(new_id_text())


def searchable_string(length: int) -> TypeEngine[str]:
    """`VARCHAR(length)`; on SQLite `COLLATE NOCASE`, so that `LIKE 'abc%'` can use an index."""
    return String(length).with_variant(String(length, collation="NOCASE"), "sqlite")


def search_key(length: int) -> TypeEngine[str]:
    """`VARCHAR(length)` for values kept in lower-case ASCII or digits (folded names, NIK, phone).

    SQLite: `COLLATE NOCASE`, so `LIKE 'abc%'` can use an index. PostgreSQL: `COLLATE "C"`, so a
    plain b-tree serves `LIKE 'abc%'` too, and both order such values the same way (byte order).
    """
    return (
        String(length)
        .with_variant(String(length, collation="NOCASE"), "sqlite")
        .with_variant(String(length, collation="C"), "postgresql")
    )


def to_key(value: str) -> uuid.UUID:
    """A domain id (UUID text) as a key column value; anything else is a bug (ValueError)."""
    return uuid.UUID(value)


def parse_key(value: str) -> uuid.UUID | None:
    """A domain id looked up from outside (a scan, a URL): None when it is not a UUID at all."""
    try:
        return uuid.UUID(value.strip())
    except (ValueError, AttributeError):
        return None


def require_aware(name: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp stored in UTC and always read back as an aware UTC datetime.

    PostgreSQL keeps it as `timestamptz`; SQLite as ISO text of the UTC time (which sorts
    correctly). A naive datetime is refused: it is a bug, not something to guess about.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: pass a timezone-aware (UTC) datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
