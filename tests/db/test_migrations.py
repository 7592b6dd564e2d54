"""Alembic migrations on an empty database: up, down, up again, and what they refuse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from counter_app.errors import StorageError
from db import SqlCatalogRepository, create_engine_for, current_revision, downgrade, head_revision, upgrade_to_head
from db.base import Base
from tests.db.samples import permit_type

OUR_TABLES = {"permit_type", "permit_type_version"}


@pytest.fixture
def empty_engine(empty_database_url: str) -> Iterator[Engine]:
    engine = create_engine_for(empty_database_url)
    try:
        yield engine
    finally:
        engine.dispose()


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_head_is_the_first_revision_for_now() -> None:
    assert head_revision() == "0001"


def test_upgrade_from_empty_to_head(empty_engine: Engine) -> None:
    assert current_revision(empty_engine) is None
    assert not _tables(empty_engine)

    upgrade_to_head(empty_engine)

    assert current_revision(empty_engine) == head_revision()
    assert _tables(empty_engine) == {*OUR_TABLES, "alembic_version"}


def test_upgrading_a_current_database_changes_nothing(empty_engine: Engine) -> None:
    upgrade_to_head(empty_engine)
    repo = SqlCatalogRepository(empty_engine)
    pt = permit_type()
    repo.add_versions([pt], datetime(2026, 11, 23, 2, 0, tzinfo=UTC))

    upgrade_to_head(empty_engine)

    assert current_revision(empty_engine) == head_revision()
    assert repo.latest(pt.code) == pt


def test_downgrade_to_base_and_upgrade_again(empty_engine: Engine) -> None:
    upgrade_to_head(empty_engine)
    SqlCatalogRepository(empty_engine).add_versions([permit_type()], datetime(2026, 11, 23, tzinfo=UTC))

    downgrade(empty_engine, "base")

    assert current_revision(empty_engine) is None
    # Alembic keeps its (now empty) version table; none of ours is left.
    assert _tables(empty_engine) <= {"alembic_version"}

    upgrade_to_head(empty_engine)

    assert current_revision(empty_engine) == head_revision()
    assert SqlCatalogRepository(empty_engine).is_empty()


def test_models_match_the_migrated_schema(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_constraints_follow_the_naming_convention(engine: Engine) -> None:
    with engine.connect() as conn:
        inspector = inspect(conn)
        unique = {c["name"] for c in inspector.get_unique_constraints("permit_type_version")}
        foreign = {c["name"] for c in inspector.get_foreign_keys("permit_type_version")}
        indexes = {i["name"] for i in inspector.get_indexes("permit_type")}
        checks = {c["name"] for c in inspector.get_check_constraints("permit_type_version")}
    assert unique == {"uq_permit_type_version_code_version"}
    assert foreign == {"fk_permit_type_version_permit_type_id_permit_type"}
    assert "ix_permit_type_name" in indexes
    assert checks == {"ck_permit_type_version_version_positive"}


def test_schema_enforces_foreign_keys(engine: Engine) -> None:
    orphan = text(
        "INSERT INTO permit_type_version (id, permit_type_id, code, version, name, kind, risk, sla_unit, "
        "content_hash, document, source, imported_at) VALUES (:id, :pt, 'X', 1, 'X', 'k', 'rendah', "
        "'working', :hash, '{}', '', :at)"
    )
    params = {
        "id": "0" * 31 + "1" if engine.dialect.name == "sqlite" else "00000000-0000-0000-0000-000000000001",
        "pt": "0" * 31 + "2" if engine.dialect.name == "sqlite" else "00000000-0000-0000-0000-000000000002",
        "hash": "0" * 64,
        "at": "2026-11-23 00:00:00",
    }
    with engine.connect() as conn, pytest.raises(IntegrityError, match=r"(?i)foreign key"):
        conn.execute(orphan, params)


def test_a_database_of_another_application_is_left_alone(empty_engine: Engine) -> None:
    with empty_engine.begin() as conn:
        conn.execute(text("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"))

    with pytest.raises(StorageError, match="bukan basis data aplikasi loket") as caught:
        upgrade_to_head(empty_engine)

    assert "--db" in caught.value.message
    assert _tables(empty_engine) == {"moz_places"}


def test_a_schema_from_a_newer_application_is_refused(empty_engine: Engine) -> None:
    upgrade_to_head(empty_engine)
    with empty_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))

    with pytest.raises(StorageError, match="0999") as caught:
        upgrade_to_head(empty_engine)

    assert "Perbarui aplikasi" in caught.value.message
    assert current_revision(empty_engine) == "0999"
