"""What every repository of a unit of work shares: the transaction's session and error translation.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

A repository never begins, commits or rolls back: `db.unit_of_work.SqlUnitOfWork` owns the
transaction. Writes are executed at once (plain INSERT/UPDATE statements, no ORM objects left
pending), so a constraint failure surfaces at the call that caused it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

from db.errors import storage_errors

P = ParamSpec("P")
R = TypeVar("R")


class SessionRepository:
    """A repository working inside someone else's transaction (`session`)."""

    def __init__(self, session: Session, engine: Engine) -> None:
        self._session = session
        self._engine = engine
        self._dialect = engine.dialect.name

    @property
    def engine(self) -> Engine:
        return self._engine

    def _insert(self, entity: Any) -> sqlite.Insert | postgresql.Insert:
        """The dialect's INSERT, which knows `ON CONFLICT`."""
        if self._dialect == "postgresql":
            return postgresql.insert(entity)
        if self._dialect == "sqlite":
            return sqlite.insert(entity)
        raise NotImplementedError(f"no upsert for {self._dialect}")

    def _upsert(self, entity: Any, values: dict[str, Any], key: list[str], update: list[str]) -> Insert:
        """`INSERT … ON CONFLICT (key) DO UPDATE SET <update> = excluded.<update>`."""
        stmt = self._insert(entity).values(values)
        return stmt.on_conflict_do_update(index_elements=key, set_={name: stmt.excluded[name] for name in update})


S = TypeVar("S", bound=SessionRepository)


def translated(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Run `method` with known database failures turned into `StorageError` (see `db.errors`)."""

    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with storage_errors(self.engine):
            return method(self, *args, **kwargs)

    return wrapper


# One encoder for every call (`json.dumps` with options builds a new one each time).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dump_json(value: Any) -> str:
    """JSON text as stored: UTF-8 kept readable, key order kept (it can be data)."""
    return _ENCODE(value)
