"""Database URLs and engines: SQLite with the pragmas the counter relies on, PostgreSQL via psycopg 3.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

- SQLite: every connection gets `journal_mode=WAL`, `synchronous=FULL`, `foreign_keys=ON`,
  `cache_size=-32768` (32 MiB) and `busy_timeout=5000`. SQLAlchemy, not the `sqlite3` module,
  emits `BEGIN`, so reads are inside the transaction too and DDL is transactional (a failed
  migration leaves nothing behind). A session bound to `writer(engine)` starts with
  `BEGIN IMMEDIATE`: it takes the write lock first (waiting up to the busy timeout) instead of
  failing at its first write when another counter process wrote in between.
- PostgreSQL: `postgresql+psycopg://`, a 5 s connect timeout, connections checked before use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError

from counter_app.errors import StorageError
from counter_app.i18n import translate

SQLITE_BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 5
SQLITE_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    # 32 MiB of page cache per connection (SQLite's default is 2 MiB), filled only as pages are read:
    # with a million applicants, the search's row lookups then find the table's inner pages cached
    # (measured: looking up 2,000 search candidates about a third faster).
    ("cache_size", "-32768"),
)

# Execution option read by the SQLite "begin" listener: "IMMEDIATE" or absent (deferred BEGIN).
SQLITE_BEGIN_OPTION = "counter_app_sqlite_begin"


def _accepted_forms() -> str:
    return translate(
        "db",
        "Gunakan path berkas SQLite (mis. /var/lib/loket/loket.db atau C:\\Loket\\loket.db), "
        "sqlite:///path/ke/loket.db, atau postgresql://pengguna@host:5432/nama_basis_data.",
    )


def _masked(value: str) -> str:
    """`value` with any password replaced by ***, for messages."""
    try:
        return make_url(value).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return value


def normalize_url(value: str) -> str:
    """Turn what the user wrote (`--db`, COUNTER_APP_DB, settings) into a SQLAlchemy URL.

    A plain path or `sqlite:///path` gives `sqlite:///<absolute path>` (the parent folder is
    created); `postgresql://` or `postgres://` gives `postgresql+psycopg://`. Anything else is a
    `StorageError` that names the value and the accepted forms.
    """
    text = value.strip()
    if not text:
        raise StorageError(translate("db", "Alamat basis data kosong.") + " " + _accepted_forms())
    if "://" not in text:
        return _sqlite_url(URL.create("sqlite"), text)
    scheme = text.split("://", 1)[0].lower()
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        url = None
    if url is not None and scheme == "sqlite":
        if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
            raise StorageError(
                translate(
                    "db",
                    "SQLite di memori ({value}) tidak dapat dipakai: datanya hilang saat aplikasi ditutup.",
                ).format(value=text)
                + " "
                + _accepted_forms()
            )
        return _sqlite_url(url, url.database)
    if url is not None and scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    raise StorageError(
        translate("db", "Alamat basis data {value} tidak dikenali.").format(value=_masked(text))
        + " "
        + _accepted_forms()
    )


def _sqlite_url(url: URL, raw_path: str) -> str:
    path = Path(raw_path).expanduser().absolute()
    if path.is_dir():
        raise StorageError(
            translate("db", "{path} adalah sebuah folder; sebutkan berkas basis datanya, mis. {example}.").format(
                path=path, example=path / "loket.db"
            )
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            translate(
                "db",
                "Folder {folder} untuk basis data tidak dapat dibuat ({error}); periksa path dan hak aksesnya.",
            ).format(folder=path.parent, error=exc.strerror or exc)
        ) from exc
    return url.set(drivername="sqlite", database=str(path)).render_as_string(hide_password=False)


def create_engine_for(url: str, *, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> Engine:
    """An engine for `url` (anything `normalize_url` accepts). Connecting happens on first use.

    `busy_timeout_ms`: how long a SQLite connection waits for another process's lock.
    """
    normalized = make_url(normalize_url(url))
    if normalized.get_backend_name() == "sqlite":
        return _sqlite_engine(normalized, busy_timeout_ms)
    return create_engine(
        normalized,
        connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": "counter-app"},
        pool_pre_ping=True,
    )


def writer(engine: Engine) -> Engine:
    """`engine` for write transactions: on SQLite they start with `BEGIN IMMEDIATE`."""
    return engine.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})


def _sqlite_engine(url: URL, busy_timeout_ms: int) -> Engine:
    engine = create_engine(url)
    pragmas = (*SQLITE_PRAGMAS, ("busy_timeout", str(int(busy_timeout_ms))))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN (the sqlite3 module would skip it for SELECT/DDL).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for name, value in pragmas:
                cursor.execute(f"PRAGMA {name}={value}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return
        mode = options.get(SQLITE_BEGIN_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")

    return engine
