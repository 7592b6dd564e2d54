"""Schema migrations through Alembic, configured in code (no alembic.ini at run time).

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

`upgrade_to_head(engine)` is what the application runs on start: a no-op on a current database,
one transaction otherwise (SQLite DDL is transactional here, see `db.session`), serialised against
other processes migrating the same database (SQLite `BEGIN IMMEDIATE`, a PostgreSQL advisory lock).
It refuses a database that already holds other tables but none of ours, and one whose schema
revision this version of the application does not know (made by a newer version).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.engine import Connection

from counter_app.errors import StorageError
from counter_app.i18n import translate
from db.errors import describe_target, storage_errors
from db.session import SQLITE_BEGIN_OPTION

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
VERSION_TABLE = "alembic_version"

# Made by the migrations for one backend only and not described by `db.models` (see
# db/migrations/versions/0002_registration.py): the SQLite FTS5 table of applicant names with its
# shadow tables, and the PostgreSQL trigram index.
BACKEND_SPECIFIC_TABLE_PREFIX = "applicant_fts"
BACKEND_SPECIFIC_INDEXES = frozenset({"ix_applicant_name_search_trgm"})


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic `include_name` hook: leave the backend-specific search structures out of comparisons."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(BACKEND_SPECIFIC_TABLE_PREFIX)
    if type_ == "index":
        return name not in BACKEND_SPECIFIC_INDEXES
    return True


def alembic_config(connection: Connection | None = None) -> Config:
    """The Alembic config: our migrations folder, and `connection` for env.py to run on."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


@cache
def _known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in _script().walk_revisions())


def head_revision() -> str:
    """The newest schema revision this version of the application knows."""
    head = _script().get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError(f"no migrations in {MIGRATIONS_DIR}")
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the database, or None when it has none (empty or not ours)."""
    with storage_errors(engine), engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema up to `head_revision()`; nothing happens when it is already there."""
    if current_revision(engine) == head_revision():
        return
    with storage_errors(engine), _migration_connection(engine) as conn:
        _check_upgradable(conn, describe_target(engine.url))
        command.upgrade(alembic_config(conn), "head")
        _finish(conn)


def upgrade_to(engine: Engine, revision: str) -> None:
    """Bring the schema up to `revision` (an older one than head: for tests of later migrations)."""
    with storage_errors(engine), _migration_connection(engine) as conn:
        _check_upgradable(conn, describe_target(engine.url))
        command.upgrade(alembic_config(conn), revision)
        _finish(conn)


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Take the schema back to `revision` (`"base"`: no tables of ours left). For tests and support."""
    with storage_errors(engine), _migration_connection(engine) as conn:
        command.downgrade(alembic_config(conn), revision)
        _finish(conn)


def _check_upgradable(conn: Connection, target: str) -> None:
    tables = set(inspect(conn).get_table_names())
    if VERSION_TABLE not in tables:
        if tables:
            raise StorageError(
                translate(
                    "db",
                    "Basis data {target} sudah berisi tabel lain dan bukan basis data aplikasi loket; "
                    "aplikasi tidak akan mengubahnya. Pilih berkas atau basis data lain pada "
                    "--db / COUNTER_APP_DB.",
                ).format(target=target)
            )
        return
    revision = MigrationContext.configure(conn).get_current_revision()
    if revision is not None and revision not in _known_revisions():
        raise _unknown_revision(target, revision)


def _unknown_revision(target: str, revision: str) -> StorageError:
    return StorageError(
        translate(
            "db",
            "Basis data {target} memakai skema versi {revision} yang tidak dikenal versi aplikasi ini "
            "(mungkin dibuat oleh versi aplikasi yang lebih baru, atau bukan basis data aplikasi loket). "
            "Perbarui aplikasi atau pilih basis data lain pada --db / COUNTER_APP_DB.",
        ).format(target=target, revision=revision)
    )


def _finish(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"migration left rows that break foreign keys: {broken[:10]}")
    conn.commit()


@contextmanager
def _migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for one migration transaction.

    On SQLite: `BEGIN IMMEDIATE`, and foreign keys off while batch mode recreates tables (SQLite
    can only switch them outside a transaction); `_finish` checks them before committing.
    """
    with engine.connect() as conn:
        conn.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
        if conn.dialect.name != "sqlite":
            yield conn
            return
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA foreign_keys=ON")
