"""Revision 0004 (sync tables) on SQLite and PostgreSQL: a 0003 database is upgraded when the
application starts, keeps its records, records nothing until a hub is used, and goes back down."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, inspect, text

from counter_app.app import open_application
from db import SqlUnitOfWorkFactory, create_engine_for, current_revision, downgrade, head_revision
from db.migrate import upgrade_to
from tests.db.samples import applicant, card_event, permit_type, registration

SYNC_TABLES = {"sync_outbox", "sync_state", "sync_change", "sync_conflict"}


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


def test_start_up_upgrades_a_0003_database_and_keeps_its_records(empty_engine: Engine, empty_database_url: str) -> None:
    upgrade_to(empty_engine, "0003")
    assert not SYNC_TABLES & _tables(empty_engine)
    with SqlUnitOfWorkFactory(empty_engine)() as tx:
        tx.catalog.add_versions([permit_type()], datetime(2026, 11, 23, tzinfo=UTC))
        person = applicant()
        tx.applicants.save(person, datetime(2026, 11, 23, tzinfo=UTC))
        permit = tx.catalog.latest("IUPI")
        assert permit is not None
        reg = registration(person, permit)
        tx.registrations.add(reg)
        tx.card_events.add(card_event(reg.id))
        tx.commit()

    application = open_application(empty_database_url, seed_catalog=False)  # what the app does on start
    try:
        assert current_revision(application.engine) == head_revision()
        assert _tables(application.engine) >= SYNC_TABLES
        assert application.registration.find(reg.reg_no).id == reg.id
        status = application.sync.status()
        assert (status.state.value, status.waiting) == ("off", 0)
        with SqlUnitOfWorkFactory(application.engine)() as tx:
            assert tx.sync.mode() == "off"
            assert tx.sync.start_recording() == 4  # what 0003 held is queued when a hub is first used
            tx.commit()
    finally:
        application.close()

    downgrade(empty_engine, "0003")
    assert not SYNC_TABLES & _tables(empty_engine)
    with SqlUnitOfWorkFactory(empty_engine)() as tx:
        assert tx.registrations.by_id(reg.id) is not None
    with empty_engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"
