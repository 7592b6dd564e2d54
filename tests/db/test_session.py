"""URLs, engines, SQLite pragmas, and the storage failures a user can fix (real files, real servers)."""

from __future__ import annotations

import secrets
import socket
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from counter_app.errors import StorageError
from db import SqlCatalogRepository, create_engine_for, normalize_url, storage_errors, upgrade_to_head
from tests.db.samples import permit_type
from tests.helpers.databases import PgServer, requires_postgres


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine_for(str(tmp_path / "pragmas.db"))
    yield engine
    engine.dispose()


# --- normalize_url -------------------------------------------------------------------------------


def test_relative_path_becomes_absolute_sqlite_url_and_folder_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = normalize_url("data/loket/counter.db")
    assert url == f"sqlite:///{tmp_path}/data/loket/counter.db"
    assert (tmp_path / "data" / "loket").is_dir()
    assert not (tmp_path / "data" / "loket" / "counter.db").exists()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("{tmp}/a.db", "sqlite:///{tmp}/a.db"),
        ("  {tmp}/spasi.db  ", "sqlite:///{tmp}/spasi.db"),
        ("sqlite:///{tmp}/b.db", "sqlite:///{tmp}/b.db"),
        ("sqlite:///relatif/c.db", "sqlite:///{cwd}/relatif/c.db"),
        ("~/loket.db", "sqlite:///{home}/loket.db"),
        ("postgresql://loket@db.example:5432/mpp", "postgresql+psycopg://loket@db.example:5432/mpp"),
        ("postgres://loket:rahasia@10.0.0.5/mpp", "postgresql+psycopg://loket:rahasia@10.0.0.5/mpp"),
        (
            "postgresql://loket@db.example/mpp?sslmode=require",
            "postgresql+psycopg://loket@db.example/mpp?sslmode=require",
        ),
        ("postgresql+psycopg://loket@h:6543/mpp", "postgresql+psycopg://loket@h:6543/mpp"),
    ],
)
def test_normalize_url(given: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    values = {"tmp": str(tmp_path), "cwd": str(tmp_path), "home": str(home)}
    result = normalize_url(given.format(**values))
    assert result == expected.format(**values)
    assert normalize_url(result) == result  # idempotent


@pytest.mark.parametrize(
    "given",
    ["", "   ", "mysql://loket@db/mpp", "http://10.0.0.5/loket.db", "sqlite://", "sqlite:///:memory:"],
)
def test_unknown_urls_are_refused_naming_the_accepted_forms(given: str) -> None:
    with pytest.raises(StorageError) as caught:
        normalize_url(given)
    message = caught.value.message
    assert given.strip() in message
    assert "sqlite:///" in message
    assert "postgresql://" in message


def test_refused_url_does_not_show_its_password() -> None:
    with pytest.raises(StorageError) as caught:
        normalize_url("mysql://loket:rahasia123@db/mpp")
    assert "rahasia123" not in caught.value.message
    assert "db/mpp" in caught.value.message


def test_a_folder_is_not_a_database_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="folder") as caught:
        normalize_url(str(tmp_path))
    assert str(tmp_path / "loket.db") in caught.value.message


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="tidak dapat dibuat") as caught:
        normalize_url(str(blocker / "loket.db"))
    assert str(blocker) in caught.value.message


# --- SQLite engine -------------------------------------------------------------------------------


def test_sqlite_pragmas_are_set_on_every_connection(sqlite_engine: Engine) -> None:
    expected = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}
    with sqlite_engine.connect() as first, sqlite_engine.connect() as second:
        for conn in (first, second):
            got = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in expected}
            assert got == expected


def test_sqlite_busy_timeout_can_be_shortened(tmp_path: Path) -> None:
    engine = create_engine_for(str(tmp_path / "x.db"), busy_timeout_ms=250)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 250
    finally:
        engine.dispose()


def test_sqlite_ddl_and_reads_are_inside_the_transaction(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        assert conn.in_transaction()
        conn.rollback()
        assert "t" not in inspect(conn).get_table_names()


# --- storage failures ----------------------------------------------------------------------------


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "loket.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    engine = create_engine_for(str(path))
    try:
        with pytest.raises(StorageError, match="bukan basis data SQLite") as caught:
            upgrade_to_head(engine)
        assert str(path) in caught.value.message
        assert "--db" in caught.value.message
        with pytest.raises(StorageError, match="bukan basis data SQLite"):
            SqlCatalogRepository(engine).is_empty()
    finally:
        engine.dispose()
    assert path.read_bytes().startswith(b"\x89PNG")


def test_a_database_file_that_cannot_be_opened(tmp_path: Path) -> None:
    folder = tmp_path / "hilang"
    engine = create_engine_for(str(folder / "loket.db"))
    folder.rmdir()  # e.g. a USB disk unplugged after start-up
    try:
        with pytest.raises(StorageError, match="tidak dapat dibuka") as caught:
            SqlCatalogRepository(engine).is_empty()
        assert str(folder / "loket.db") in caught.value.message
    finally:
        engine.dispose()


def test_a_locked_sqlite_database_is_reported_and_reads_still_work(tmp_path: Path) -> None:
    database_url = str(tmp_path / "locked.db")
    setup = create_engine_for(database_url)
    upgrade_to_head(setup)
    setup.dispose()
    engine = create_engine_for(database_url, busy_timeout_ms=200)
    repo = SqlCatalogRepository(engine)
    other_process = sqlite3.connect(database_url, isolation_level=None)
    try:
        other_process.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        with pytest.raises(StorageError, match="sedang dikunci") as caught:
            repo.add_versions([permit_type()], datetime(2026, 11, 23, tzinfo=UTC))
        assert time.monotonic() - started < 3
        assert database_url in caught.value.message
        assert repo.is_empty()  # WAL: readers are not blocked by the writer
        other_process.execute("ROLLBACK")
        repo.add_versions([permit_type()], datetime(2026, 11, 23, tzinfo=UTC))
        assert not repo.is_empty()
    finally:
        other_process.close()
        engine.dispose()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_an_unreachable_postgresql_server() -> None:
    port = _free_port()
    engine = create_engine_for(f"postgresql://loket:rahasia@127.0.0.1:{port}/mpp")
    try:
        started = time.monotonic()
        with pytest.raises(StorageError, match="tidak dapat dihubungi") as caught:
            upgrade_to_head(engine)
        assert time.monotonic() - started < 5
    finally:
        engine.dispose()
    message = caught.value.message
    assert f"127.0.0.1:{port}/mpp" in message
    assert "koneksi ditolak" in message
    assert "--db" in message
    assert "rahasia" not in message


def test_other_database_errors_are_bugs_and_pass_through(engine: Engine) -> None:
    with (
        pytest.raises(DBAPIError) as caught,
        storage_errors(engine),
        engine.connect() as conn,
    ):
        conn.execute(text("SELEC nothing"))
    assert not isinstance(caught.value, StorageError)


@pytest.mark.postgres
@requires_postgres
def test_postgresql_database_that_does_not_exist(pg_server: PgServer) -> None:
    name = f"counter_app_test_missing_{secrets.token_hex(4)}"
    engine = create_engine_for(pg_server.url_for(name))
    try:
        with pytest.raises(StorageError, match="tidak ada di server PostgreSQL") as caught:
            upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert f"createdb {name}" in caught.value.message


@pytest.mark.postgres
@requires_postgres
def test_postgresql_login_refused(pg_server: PgServer) -> None:
    user = f"nobody_{secrets.token_hex(4)}"
    engine = create_engine_for(make_url(pg_server.url_for("postgres")).set(username=user).render_as_string(False))
    try:
        with pytest.raises(StorageError, match="menolak login") as caught:
            SqlCatalogRepository(engine).is_empty()
    finally:
        engine.dispose()
    assert user in caught.value.message
