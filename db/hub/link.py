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
from sqlalchemy.engine import URL, make_url

from counter_app.domain.sync import HubUnreachable
from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate
from db.errors import describe_target, storage_errors
from db.migrate import upgrade_to_head
from db.session import normalize_url
from db.unit_of_work import SqlUnitOfWork, SqlUnitOfWorkFactory

CONNECT_TIMEOUT_S = 4
TCP_USER_TIMEOUT_MS = 10_000  # unacknowledged data for this long: the connection is dead
LOCK_TIMEOUT = "15s"  # waiting this long for the hub's log lock means something is stuck


def unreachable_reason(error: BaseException, url: URL) -> str | None:
    """Why the hub could not be used, in a few words, when `error` says it could not be reached
    (or kept us waiting too long); None for any other error."""
    if not type(error).__module__.startswith("psycopg"):
        return None
    name = type(error).__name__
    sqlstate = getattr(error, "sqlstate", None)
    text = str(error).lower()
    if name in ("LockNotAvailable", "QueryCanceled"):
        return translate("sync", "hub sibuk: menunggu giliran menulis terlalu lama")
    if name != "OperationalError":
        return None
    if sqlstate in ("28P01", "28000") or "password authentication failed" in text or "no pg_hba.conf" in text:
        return translate("sync", "login ditolak; periksa nama pengguna dan kata sandi pada hub.url")
    if sqlstate == "3D000" or ('database "' in text and "does not exist" in text):
        return translate("sync", "basis data {database} tidak ada di server itu").format(database=url.database or "")
    if "connection refused" in text:
        return translate("db", "koneksi ditolak, tidak ada server yang mendengarkan di port itu")
    if "name or service not known" in text or "could not translate host name" in text or "resolve" in text:
        return translate("db", "nama host tidak dikenal")
    if "timeout" in text or "timed out" in text:
        return translate("db", "waktu tunggu koneksi habis")
    return translate("db", "koneksi terputus")


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

    address = describe_target(normalized)

    @event.listens_for(engine, "handle_error")
    def _unreachable(context: Any) -> Exception | None:
        # Failing to reach the hub, or waiting too long for it, is a known condition: report it as
        # such (the connection is dropped when it broke), never as "a bug".
        reason = unreachable_reason(context.original_exception, normalized)
        if reason is None:
            return None
        if type(context.original_exception).__name__ == "OperationalError":
            context.is_disconnect = True
        return HubUnreachable(address, reason)

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
