"""Schema migrations through Alembic, configured in code (no alembic.ini at run time).

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

`upgrade_to_head(engine)` is what the application runs on start: a no-op on a current database,
decided without importing Alembic (it reads `alembic_version` with one query and takes the head
from the migration files' `revision`/`down_revision` lines; importing Alembic costs more than the
rest of the desktop app's start), one transaction otherwise (SQLite DDL is transactional here, see
`db.session`), serialised against other processes migrating the same database (SQLite
`BEGIN IMMEDIATE`, a PostgreSQL advisory lock). It refuses a database that already holds other
tables but none of ours, and one whose schema revision this version of the application does not
know (made by a newer version).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError, ProgrammingError

from counter_app.errors import StorageError
from counter_app.i18n import translate
from db.errors import describe_target, storage_errors
from db.session import SQLITE_BEGIN_OPTION

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
VERSION_TABLE = "alembic_version"

# Made by the migrations for one backend only and not described by `db.models` (see
# db/migrations/versions/0002_registration.py): the SQLite FTS5 table of applicant names with its
# shadow tables, and the PostgreSQL trigram index.
BACKEND_SPECIFIC_TABLE_PREFIX = "applicant_fts"
BACKEND_SPECIFIC_INDEXES = frozenset({"ix_applicant_name_search_trgm", "ix_applicant_name_joined_trgm"})


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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@cache
def _known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in _script().walk_revisions())


_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(?:\"([^\"]*)\"|'([^']*)'|None)", re.MULTILINE)


@cache
def head_revision() -> str:
    """The newest schema revision this version of the application knows: the one revision no
    migration file names as its `down_revision` (read from the files, without Alembic; a test holds
    it equal to Alembic's own head)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for name, double, single in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            value = double or single
            if value:
                (revisions if name == "revision" else parents).add(value)
    heads = revisions - parents
    if len(heads) != 1:  # pragma: no cover - a packaging or branching mistake
        raise RuntimeError(f"expected one head revision in {MIGRATIONS_DIR}, found {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the database, or None when it has none (empty or not ours)."""
    with storage_errors(engine), engine.connect() as conn:
        return _stored_revision(conn)


def _stored_revision(conn: Connection) -> str | None:
    """`alembic_version`'s row, read as Alembic reads it (one row; none → None), by plain SQL."""
    try:
        with conn.begin_nested() if conn.in_transaction() else conn.begin():
            rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    except (OperationalError, ProgrammingError):  # no such table: empty, or not our database
        return None
    if len(rows) > 1:  # pragma: no cover - Alembic's branches, which we do not use
        raise StorageError(f"{VERSION_TABLE} holds several revisions: {rows}")
    return rows[0] if rows else None


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema up to `head_revision()`; nothing happens when it is already there."""
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    with storage_errors(engine), _migration_connection(engine) as conn:
        _check_upgradable(conn, describe_target(engine.url))
        command.upgrade(alembic_config(conn), "head")
        _finish(conn)


def upgrade_to(engine: Engine, revision: str) -> None:
    """Bring the schema up to `revision` (an older one than head: for tests of later migrations)."""
    from alembic import command

    with storage_errors(engine), _migration_connection(engine) as conn:
        _check_upgradable(conn, describe_target(engine.url))
        command.upgrade(alembic_config(conn), revision)
        _finish(conn)


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Take the schema back to `revision` (`"base"`: no tables of ours left). For tests and support."""
    from alembic import command

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
    revision = _stored_revision(conn)
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
