"""`HubLink` on PostgreSQL: reaching the hub, giving it its schema, units of work on it.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

The hub is an ordinary database of this application on PostgreSQL, migrated by the same Alembic
revisions (so `counter-app --db <hub url> ...` and the status page can open it), made the hub
once (`SqlHubRepository.become_hub`). The connection is made to fail fast when the network goes:
a short connect timeout, TCP keepalives and `tcp_user_timeout`, so that a sync attempt against an
unreachable hub ends in seconds and the counter simply retries later. Every failure to reach it
is a `StorageError` (a known error); psycopg's operational errors count as a lost connection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate
from db.errors import describe_target, storage_errors
from db.migrate import upgrade_to_head
from db.session import normalize_url
from db.unit_of_work import SqlUnitOfWork, SqlUnitOfWorkFactory

CONNECT_TIMEOUT_S = 4
TCP_USER_TIMEOUT_MS = 10_000  # unacknowledged data for this long: the connection is dead
LOCK_TIMEOUT = "15s"  # waiting this long for the hub's log lock means something is stuck


def hub_engine(url: str) -> Engine:
    """An engine on the hub at `url` (a PostgreSQL URL; anything else is refused)."""
    normalized = make_url(normalize_url(url))
    if normalized.get_backend_name() != "postgresql":
        raise ValidationError(
            [
                FieldError(
                    "hub.url",
                    translate(
                        "sync",
                        "hub harus basis data PostgreSQL, mis. postgresql://loket@server-hub:5432/loket",
                    ),
                )
            ]
        )
    engine = create_engine(
        normalized,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "counter-app-sync",
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 3,
            "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
            "options": f"-c lock_timeout={LOCK_TIMEOUT}",
        },
        pool_pre_ping=True,
        pool_size=2,
    )

    @event.listens_for(engine, "handle_error")
    def _lost(context: Any) -> None:
        # Whatever psycopg calls an operational failure on the hub is a connection gone wrong
        # (reset, closed, timed out): `db.errors` then reports it as "koneksi terputus".
        original = context.original_exception
        if type(original).__module__.startswith("psycopg") and type(original).__name__ == "OperationalError":
            context.is_disconnect = True

    return engine


class PostgresHub:
    """One hub, opened lazily: `open()` reaches it; units of work run on it."""

    def __init__(self, url: str) -> None:
        self._engine = hub_engine(url)
        self._factory = SqlUnitOfWorkFactory(self._engine)
        self._hub_id: str | None = None

    @property
    def address(self) -> str:
        return describe_target(self._engine.url)

    @property
    def engine(self) -> Engine:
        return self._engine

    def open(self) -> str:
        if self._hub_id is None:
            upgrade_to_head(self._engine)
            with self._factory() as uow:
                hub_id = uow.hub.become_hub()
                uow.commit()
            self._hub_id = hub_id
        return self._hub_id

    def unit_of_work(self) -> SqlUnitOfWork:
        return self._factory()

    def close(self) -> None:
        with storage_errors(self._engine):
            self._engine.dispose()


def connect_hub(url: str) -> PostgresHub:
    """The `HubConnector` of the composition root."""
    return PostgresHub(url)
