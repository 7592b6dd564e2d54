"""Alembic environment: runs on a connection handed over in `config.attributes["connection"]`.

`db.migrate` builds the Alembic config in code and passes the connection. Without one (e.g. an
`alembic` command line with `sqlalchemy.url` set), an engine is made from that URL. SQLite uses
batch mode (`render_as_batch`), which recreates tables for ALTERs and relies on the constraint
naming convention of `db.base`.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

import db.models  # noqa: F401  (registers the tables on Base.metadata)
from db.base import Base
from db.migrate import include_name
from db.session import create_engine_for

# Any fixed number: concurrent upgrades of one PostgreSQL database wait for each other.
PG_MIGRATION_LOCK = 0x4C4F4B45_54  # "LOKET"

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK})
        context.run_migrations()


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url") or ""
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=url.startswith("sqlite"),
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine_for(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
