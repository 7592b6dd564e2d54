"""Database fixtures (a pytest plugin, loaded by `tests/conftest.py`).

Every storage test runs on SQLite, and on PostgreSQL too when COUNTER_APP_TEST_PG_URL is set (e.g.
`postgresql://postgres@127.0.0.1:5432/test`; that database is only used to create and drop
others). With CI=true the URL is required: collecting a database test without it is a usage
error, never a silent skip.

Each test gets a fresh database of its own:
- `database_url`: migrated to head. SQLite: a file in tmp_path copied from a template file
  migrated once per session. PostgreSQL: `CREATE DATABASE ... TEMPLATE` a database migrated once
  per session, dropped (`WITH (FORCE)`) after the test; copies are made one ahead and dropped in
  the background, and the template is dropped at the end of the session.
- `empty_database_url`: nothing in it (for migration tests and for the CLI, which migrates on
  start). SQLite: a path whose file and folder do not exist yet. PostgreSQL: a copy of template0.
- `engine` (disposed after the test), `catalog_repo` (a `SqlCatalogRepository`) and `uow`
  (a `SqlUnitOfWorkFactory`: `with uow() as tx: ...; tx.commit()`) on `database_url`.
- `sqlite_database_url` / `postgres_database_url` (the latter with `requires_postgres`): one
  backend only, migrated to head, for tests of what exists on that backend alone.
- `pg_server` (session) with `requires_postgres`: for tests about the server itself.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from db import SqlCatalogRepository, SqlUnitOfWorkFactory, create_engine_for, upgrade_to_head

PG_URL_ENV = "COUNTER_APP_TEST_PG_URL"
DB_FIXTURES = frozenset({"database_url", "empty_database_url", "pg_server", "postgres_database_url"})
NAME_PREFIX = "counter_app_test_"


def _pg_url() -> str | None:
    return os.environ.get(PG_URL_ENV) or None


requires_postgres = pytest.mark.skipif(_pg_url() is None, reason=f"{PG_URL_ENV} is not set (required when CI=true)")


def _backends() -> list[object]:
    params: list[object] = [pytest.param("sqlite", id="sqlite")]
    if _pg_url() is not None:
        params.append(pytest.param("postgres", id="postgres", marks=pytest.mark.postgres))
    return params


def pytest_configure(config: pytest.Config) -> None:
    url = _pg_url()
    if url is not None and make_url(url).get_backend_name() != "postgresql":
        raise pytest.UsageError(f"{PG_URL_ENV} must be a postgresql:// URL, got {url!r}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("CI") != "true" or _pg_url() is not None:
        return
    needing = [item.nodeid for item in items if DB_FIXTURES & set(getattr(item, "fixturenames", ()))]
    if needing:
        raise pytest.UsageError(
            f"CI=true but {PG_URL_ENV} is not set: {len(needing)} database tests (e.g. {needing[0]}) "
            "must also run on PostgreSQL. Set it, e.g. postgresql://postgres@127.0.0.1:5432/test."
        )


@dataclass(frozen=True)
class PgServer:
    """The PostgreSQL named by COUNTER_APP_TEST_PG_URL: creates and drops test databases."""

    url: str

    def conninfo(self) -> str:
        return make_url(self.url).set(drivername="postgresql").render_as_string(hide_password=False)

    def url_for(self, database: str) -> str:
        return make_url(self.url).set(drivername="postgresql", database=database).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        name = f"{NAME_PREFIX}{os.getpid()}_{secrets.token_hex(4)}"
        query = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(name), sql.Identifier(template or "template0")
        )
        self._execute(query)
        return name

    def drop(self, name: str) -> None:
        self._execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def _execute(self, query: sql.Composed) -> None:
        with psycopg.connect(self.conninfo(), autocommit=True, connect_timeout=5) as conn:
            conn.execute(query)


def _migrate(url: str) -> None:
    engine = create_engine_for(url)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    """The server named by COUNTER_APP_TEST_PG_URL (use with `@requires_postgres`)."""
    url = _pg_url()
    if url is None:  # pragma: no cover - only parametrized when set
        raise pytest.UsageError(f"{PG_URL_ENV} is not set")
    return PgServer(url)


class PgDatabaseSupply:
    """Fresh databases copied from one template, made one ahead and dropped in the background.

    CREATE/DROP DATABASE cost tenths of a second on a busy machine; two worker threads overlap
    them with the tests, so a test waits only when its copy is not ready yet.
    """

    def __init__(self, server: PgServer, template: str | None) -> None:
        self._server = server
        self._template = template
        self._workers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pg-test-db")
        self._ready: deque[Future[str]] = deque()
        self._drops: list[Future[None]] = []

    def take(self) -> str:
        """The name of a new database; the caller hands it back with `give_back`."""
        if not self._ready:
            self._ready.append(self._workers.submit(self._server.create, self._template))
        future = self._ready.popleft()
        self._ready.append(self._workers.submit(self._server.create, self._template))
        return future.result()

    def give_back(self, name: str) -> None:
        self._drops.append(self._workers.submit(self._server.drop, name))

    def close(self) -> None:
        """Drop every database this supply made; raise the first failure."""
        try:
            while self._ready:
                future = self._ready.popleft()
                if future.exception() is None:
                    self.give_back(future.result())
            for drop in self._drops:
                drop.result()
        finally:
            self._workers.shutdown(wait=True)


@pytest.fixture(scope="session")
def _pg_migrated(pg_server: PgServer) -> Iterator[PgDatabaseSupply]:
    """Copies of a PostgreSQL database migrated to head once per session."""
    template = pg_server.create()
    try:
        _migrate(pg_server.url_for(template))
        supply = PgDatabaseSupply(pg_server, template)
        try:
            yield supply
        finally:
            supply.close()
    finally:
        pg_server.drop(template)


@pytest.fixture(scope="session")
def _pg_empty(pg_server: PgServer) -> Iterator[PgDatabaseSupply]:
    """New PostgreSQL databases with nothing in them (copies of template0)."""
    supply = PgDatabaseSupply(pg_server, None)
    try:
        yield supply
    finally:
        supply.close()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per session, copied for every test."""
    path = tmp_path_factory.mktemp("template") / "counter.db"
    _migrate(str(path))
    leftovers = [p.name for p in path.parent.iterdir() if p != path]
    assert not leftovers, f"template not checkpointed: {leftovers}"
    return path


@pytest.fixture(params=_backends())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a fresh database migrated to head: a SQLite file path or a postgresql:// URL."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "counter.db"
        shutil.copyfile(template, path)
        yield str(path)
        return
    yield from _pg_database(request, "_pg_migrated")


@pytest.fixture(params=_backends())
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a fresh database with no tables: a SQLite file path (not created yet) or postgresql://."""
    if request.param == "sqlite":
        yield str(tmp_path / "empty" / "counter.db")
        return
    yield from _pg_database(request, "_pg_empty")


@pytest.fixture
def sqlite_database_url(tmp_path: Path, _sqlite_template: Path) -> str:
    """A fresh SQLite file migrated to head (whatever COUNTER_APP_TEST_PG_URL says)."""
    path = tmp_path / "counter.db"
    shutil.copyfile(_sqlite_template, path)
    return str(path)


@pytest.fixture
def postgres_database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database migrated to head (use with `@requires_postgres`)."""
    yield from _pg_database(request, "_pg_migrated")


def _pg_database(request: pytest.FixtureRequest, supply_fixture: str) -> Iterator[str]:
    server: PgServer = request.getfixturevalue("pg_server")
    supply: PgDatabaseSupply = request.getfixturevalue(supply_fixture)
    name = supply.take()
    try:
        yield server.url_for(name)
    finally:
        supply.give_back(name)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on `database_url`, disposed after the test."""
    engine = create_engine_for(database_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def catalog_repo(engine: Engine) -> SqlCatalogRepository:
    return SqlCatalogRepository(engine)


@pytest.fixture
def uow(engine: Engine) -> SqlUnitOfWorkFactory:
    """Units of work on `engine`: `with uow() as tx: ...; tx.commit()`."""
    return SqlUnitOfWorkFactory(engine)
