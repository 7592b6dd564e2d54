"""Alembic migrations on an empty database: up, down, up again, and what they refuse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from counter_app.errors import StorageError
from db import (
    SqlCatalogRepository,
    SqlUnitOfWorkFactory,
    create_engine_for,
    current_revision,
    downgrade,
    head_revision,
    upgrade_to_head,
)
from db.base import Base
from db.migrate import include_name, upgrade_to
from tests.db.samples import applicant, card_event, permit_type, print_job, registration

CATALOG_TABLES = {"permit_type", "permit_type_version"}
REGISTRATION_TABLES = {
    "applicant",
    "registration",
    "returned_visit",
    "number_sequence",
    "print_job",
    "card_event",
    "setting",
    "holiday_override",
    "app_user",
    "audit_log",
}
SQLITE_FTS_TABLES = {f"applicant_fts{suffix}" for suffix in ("", "_data", "_idx", "_docsize", "_config")}
SYNC_TABLES = {"sync_outbox", "sync_state", "sync_change", "sync_conflict"}
OUR_TABLES = CATALOG_TABLES | REGISTRATION_TABLES | SYNC_TABLES


def _expected_tables(engine: Engine, tables: set[str]) -> set[str]:
    """`tables` plus what the backend adds for applicant search (the FTS5 table and its shadows)."""
    if engine.dialect.name == "sqlite" and "applicant" in tables:
        return tables | SQLITE_FTS_TABLES
    return tables


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


def test_head_read_from_the_files_is_alembics_head() -> None:
    """Start-up decides "nothing to migrate" without Alembic; the head it reads must be Alembic's."""
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [head_revision()]
    assert head_revision() == max(s.revision for s in script.walk_revisions())


def test_upgrade_from_empty_to_head(empty_engine: Engine) -> None:
    assert current_revision(empty_engine) is None
    assert not _tables(empty_engine)

    upgrade_to_head(empty_engine)

    assert current_revision(empty_engine) == head_revision()
    assert _tables(empty_engine) == _expected_tables(empty_engine, {*OUR_TABLES, "alembic_version"})


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
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
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


# --- 0002: registration desk, print journal, control card ---------------------------------------


def _register_one(engine: Engine) -> str:
    with SqlUnitOfWorkFactory(engine)() as tx:
        permit = tx.catalog.latest("IUPI")
        assert permit is not None
        person = applicant("Siti Aminah")
        tx.applicants.save(person, datetime(2026, 11, 23, tzinfo=UTC))
        reg = registration(
            person, permit, reg_no=f"PWK-L01-261123-{tx.sequences.next_value('L01', date(2026, 11, 23)):04d}"
        )
        tx.registrations.add(reg)
        tx.card_events.add(card_event(reg.id))
        tx.print_jobs.add(print_job(registration_id=reg.id))
        tx.commit()
    return reg.id


def test_0001_to_0002_and_back_keeps_the_catalog(empty_engine: Engine) -> None:
    upgrade_to(empty_engine, "0001")
    assert current_revision(empty_engine) == "0001"
    assert _tables(empty_engine) == {*CATALOG_TABLES, "alembic_version"}
    pt = permit_type()
    SqlCatalogRepository(empty_engine).add_versions([pt], datetime(2026, 11, 23, tzinfo=UTC))

    upgrade_to_head(empty_engine)

    assert current_revision(empty_engine) == head_revision()
    assert SqlCatalogRepository(empty_engine).latest(pt.code) == pt
    registration_id = _register_one(empty_engine)
    with SqlUnitOfWorkFactory(empty_engine)() as tx:
        assert tx.registrations.by_id(registration_id) is not None
        assert [a.name for a in tx.applicants.search("amin")] == ["Siti Aminah"]

    downgrade(empty_engine, "0001")

    assert current_revision(empty_engine) == "0001"
    assert _tables(empty_engine) == {*CATALOG_TABLES, "alembic_version"}
    assert SqlCatalogRepository(empty_engine).latest(pt.code) == pt

    upgrade_to_head(empty_engine)

    assert _tables(empty_engine) == _expected_tables(empty_engine, {*OUR_TABLES, "alembic_version"})
    with SqlUnitOfWorkFactory(empty_engine)() as tx:
        assert tx.registrations.by_id(registration_id) is None
        assert tx.applicants.search("amin") == []
        assert tx.sequences.next_value("L01", date(2026, 11, 23)) == 1
    _register_one(empty_engine)
    with SqlUnitOfWorkFactory(empty_engine)() as tx:
        assert [a.name for a in tx.applicants.search("amin")] == ["Siti Aminah"]  # search triggers are back


def test_new_tables_follow_the_naming_convention(engine: Engine) -> None:
    with engine.connect() as conn:
        inspector = inspect(conn)
        unique = {c["name"] for c in inspector.get_unique_constraints("registration")}
        foreign = {
            table: {c["name"] for c in inspector.get_foreign_keys(table)}
            for table in ("registration", "returned_visit", "print_job", "card_event")
        }
        indexes = {table: {i["name"] for i in inspector.get_indexes(table)} for table in ("applicant", "print_job")}
        pk = inspector.get_pk_constraint("number_sequence")
    assert unique == {"uq_registration_reg_no", "uq_registration_tracking_code"}
    assert foreign == {
        "registration": {
            "fk_registration_applicant_id_applicant",
            "fk_registration_permit_code_permit_type_version",
        },
        "returned_visit": {"fk_returned_visit_applicant_id_applicant"},
        "print_job": {"fk_print_job_registration_id_registration", "fk_print_job_visit_id_returned_visit"},
        "card_event": {"fk_card_event_registration_id_registration"},
    }
    assert {"ix_applicant_name_search", "ix_applicant_nik", "ix_applicant_phone", "ix_applicant_nib"} <= indexes[
        "applicant"
    ]
    assert {"ix_print_job_state", "ix_print_job_registration_id"} <= indexes["print_job"]
    assert pk["constrained_columns"] == ["counter_code", "day"]
    if engine.dialect.name == "postgresql":
        assert pk["name"] == "pk_number_sequence"


def test_backend_search_structures_exist(engine: Engine) -> None:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            assert triggers == {
                "applicant_fts_insert",
                "applicant_fts_update",
                "applicant_fts_delete",
                "audit_log_no_update",
                "audit_log_no_delete",
            }
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'applicant_fts'")).scalar()
            assert "trigram" in str(sql)
        else:
            assert conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1
            index = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_applicant_name_joined_trgm'")
            )
            definition = str(index.scalar())
            assert "translate" in definition and "gin_trgm_ops" in definition
            collation = conn.execute(
                text(
                    "SELECT collation_name FROM information_schema.columns "
                    "WHERE table_name = 'applicant' AND column_name = 'name_search'"
                )
            ).scalar()
            assert collation == "C"


# --- 0005: users and the audit trail --------------------------------------------------------------


def test_the_database_refuses_to_change_or_delete_audit_entries(engine: Engine) -> None:
    from counter_app.domain.audit import new_entry
    from db.audit_repository import SqlAuditRepository

    with SqlUnitOfWorkFactory(engine)() as tx:
        entry = new_entry(
            id="0190a000-0000-7000-8000-000000000001",
            counter_code="L01",
            head=None,
            at=datetime(2026, 11, 23, 2, 15, tzinfo=UTC),
            actor_id="",
            actor_name="sistem",
            actor_role="system",
            action="test",
            target="x",
            before=None,
            after={"a": 1},
        )
        tx.audit.add(entry)
        tx.commit()
    assert isinstance(SqlUnitOfWorkFactory(engine)().audit, SqlAuditRepository)
    for statement in ("UPDATE audit_log SET target = 'y'", "DELETE FROM audit_log"):
        with engine.connect() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text(statement))
    with SqlUnitOfWorkFactory(engine)() as tx:
        assert tx.audit.chain("L01") == [entry]


def test_0005_up_and_down_keeps_the_files(empty_engine: Engine) -> None:
    upgrade_to(empty_engine, "0004")
    SqlCatalogRepository(empty_engine).add_versions([permit_type()], datetime(2026, 11, 23, tzinfo=UTC))
    registration_id = _register_one(empty_engine)

    upgrade_to_head(empty_engine)

    assert {"app_user", "audit_log"} <= _tables(empty_engine)
    with empty_engine.connect() as conn:
        indexes = {i["name"] for i in inspect(conn).get_indexes("registration")}
    assert "ix_registration_received_at" in indexes

    downgrade(empty_engine, "0004")

    assert current_revision(empty_engine) == "0004"
    assert not {"app_user", "audit_log"} & _tables(empty_engine)
    with empty_engine.connect() as conn:
        indexes = {i["name"] for i in inspect(conn).get_indexes("registration")}
    assert "ix_registration_received_at" not in indexes
    with SqlUnitOfWorkFactory(empty_engine)() as tx:
        assert tx.registrations.by_id(registration_id) is not None
    upgrade_to_head(empty_engine)
    assert current_revision(empty_engine) == head_revision()
