"""SqlUnitOfWork: one transaction for every repository, committed or rolled back as a whole."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import IntegrityError

from counter_app.errors import StorageError
from counter_app.ports import UnitOfWork, UnitOfWorkFactory
from db import (
    SqlCatalogRepository,
    SqlUnitOfWork,
    SqlUnitOfWorkFactory,
    VersionExists,
    create_engine_for,
    upgrade_to_head,
)
from db.models import ApplicantRow, CardEventRow, NumberSequenceRow, PrintJobRow, RegistrationRow
from tests.db.samples import applicant, card_event, permit_type, print_job, registration

AT = datetime(2026, 11, 23, 2, 15, tzinfo=UTC)


def _count(engine: Engine, table: type[ApplicantRow | RegistrationRow | PrintJobRow | CardEventRow]) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table)) or 0


def test_implements_the_ports(uow: SqlUnitOfWorkFactory) -> None:
    factory: UnitOfWorkFactory = uow
    with factory() as tx:
        unit: UnitOfWork = tx
        assert unit.settings.load() == {}
        assert unit.catalog.is_empty()


def _register_everything(tx: UnitOfWork) -> str:
    """What the registration service writes for one file, in one unit."""
    permit = permit_type()
    tx.catalog.add_versions([permit], AT)
    person = applicant()
    tx.applicants.save(person, AT)
    seq = tx.sequences.next_value("L01", date(2026, 11, 23))
    reg = registration(person, permit, reg_no=f"PWK-L01-261123-{seq:04d}")
    tx.registrations.add(reg)
    tx.card_events.add(card_event(reg.id))
    tx.print_jobs.add(print_job(registration_id=reg.id))
    tx.settings.save("office.code", "PWK")
    return reg.id


def test_commit_stores_everything(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    with uow() as tx:
        registration_id = _register_everything(tx)
        tx.commit()

    with uow() as tx:
        found = tx.registrations.by_id(registration_id)
        assert found is not None
        assert found.reg_no == "PWK-L01-261123-0001"
        assert [e.registration_id for e in tx.card_events.for_registration(registration_id)] == [registration_id]
        assert len(tx.print_jobs.for_registration(registration_id)) == 1
        assert tx.settings.load() == {"office.code": "PWK"}
        assert tx.catalog.versions("IUPI") == [1]
    assert _count(engine, RegistrationRow) == 1


def test_leaving_without_commit_stores_nothing(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    with uow() as tx:
        registration_id = _register_everything(tx)
        assert tx.registrations.by_id(registration_id) is not None  # visible inside the unit

    with uow() as tx:
        assert tx.registrations.by_id(registration_id) is None
        assert tx.settings.load() == {}
        assert tx.catalog.is_empty()
        assert tx.sequences.next_value("L01", date(2026, 11, 23)) == 1  # the allocation was undone too
    for table in (ApplicantRow, RegistrationRow, PrintJobRow, CardEventRow):
        assert _count(engine, table) == 0


def _commit_then_fail(factory: SqlUnitOfWorkFactory) -> None:
    with factory() as tx:
        _register_everything(tx)
        tx.commit()
        tx.settings.save("office.code", "XXX")
        _ = 1 / 0


def test_an_exception_rolls_back_and_propagates(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    with pytest.raises(ZeroDivisionError):
        _commit_then_fail(uow)

    with uow() as tx:
        assert tx.settings.load() == {"office.code": "PWK"}  # the first commit stands, the rest is gone


def test_the_unit_can_be_read_after_commit(uow: SqlUnitOfWorkFactory) -> None:
    """As SettingsService.set does: commit, then read in the same `with` block."""
    with uow() as tx:
        tx.settings.save("counter.code", "L02")
        tx.commit()
        assert tx.settings.load() == {"counter.code": "L02"}


def test_explicit_rollback(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        tx.settings.save("counter.code", "L02")
        assert isinstance(tx, SqlUnitOfWork)
        tx.rollback()
        assert tx.settings.load() == {}
        tx.settings.save("counter.code", "L03")
        tx.commit()
    with uow() as tx:
        assert tx.settings.load() == {"counter.code": "L03"}


def test_catalog_in_the_unit_shares_its_transaction(
    uow: SqlUnitOfWorkFactory, catalog_repo: SqlCatalogRepository
) -> None:
    pt = permit_type()
    with uow() as tx:
        tx.catalog.add_versions([pt], AT)
        assert tx.catalog.latest(pt.code) == pt
        assert [s.code for s in tx.catalog.list_current()] == [pt.code]
        assert catalog_repo.is_empty()  # not committed: other connections do not see it
    with uow() as tx:
        assert tx.catalog.is_empty()
        tx.catalog.add_versions([pt], AT)
        tx.commit()
    with uow() as tx:
        assert tx.catalog.latest(pt.code) == pt


def test_catalog_version_conflict_inside_the_unit(uow: SqlUnitOfWorkFactory) -> None:
    pt = permit_type()
    with uow() as tx:
        tx.catalog.add_versions([pt], AT)
        tx.commit()
    with uow() as tx:
        tx.settings.save("office.code", "PWK")
        with pytest.raises(VersionExists):
            tx.catalog.add_versions([pt], AT)
    with uow() as tx:
        assert tx.settings.load() == {}


def test_a_constraint_failure_surfaces_at_the_call(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        _register_everything(tx)
        tx.commit()
    person = applicant(applicant_id=None)
    with uow() as tx:
        permit = tx.catalog.latest("IUPI")
        assert permit is not None
        tx.applicants.save(person, AT)
        with pytest.raises(IntegrityError):
            tx.registrations.add(registration(person, permit, reg_no="PWK-L01-261123-0001"))


def test_a_registration_needs_its_permit_version_stored(uow: SqlUnitOfWorkFactory) -> None:
    person = applicant()
    with uow() as tx:
        tx.applicants.save(person, AT)
        with pytest.raises(IntegrityError, match=r"(?i)foreign key"):
            tx.registrations.add(registration(person, permit_type(version=7)))


def test_the_sqlite_unit_holds_the_write_lock_from_its_start(tmp_path: Path) -> None:
    database = str(tmp_path / "lock.db")
    setup = create_engine_for(database)
    upgrade_to_head(setup)
    setup.dispose()
    engine = create_engine_for(database, busy_timeout_ms=200)
    factory = SqlUnitOfWorkFactory(engine)
    other = sqlite3.connect(database, isolation_level=None, timeout=0.2)
    try:
        with factory() as tx:
            assert tx.settings.load() == {}  # a read: BEGIN IMMEDIATE already took the write lock
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released on leaving the unit
        other.execute("ROLLBACK")
    finally:
        other.close()
        engine.dispose()


def test_a_locked_sqlite_database_is_a_storage_error(tmp_path: Path) -> None:
    database = str(tmp_path / "locked.db")
    setup = create_engine_for(database)
    upgrade_to_head(setup)
    setup.dispose()
    engine = create_engine_for(database, busy_timeout_ms=200)
    other = sqlite3.connect(database, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        with pytest.raises(StorageError, match="sedang dikunci") as caught, SqlUnitOfWorkFactory(engine)() as tx:
            tx.sequences.next_value("L01", date(2026, 11, 23))
        assert time.monotonic() - started < 3
        assert database in caught.value.message
        other.execute("ROLLBACK")
        with SqlUnitOfWorkFactory(engine)() as tx:
            assert tx.sequences.next_value("L01", date(2026, 11, 23)) == 1
    finally:
        other.close()
        engine.dispose()


def test_an_unmigrated_database_is_reported_as_not_ours(empty_database_url: str) -> None:
    engine = create_engine_for(empty_database_url)
    try:
        with pytest.raises(StorageError, match="bukan basis data aplikasi loket"), SqlUnitOfWorkFactory(engine)() as tx:
            tx.settings.load()
    finally:
        engine.dispose()


def test_sequence_rows_are_what_the_unit_wrote(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    with uow() as tx:
        for _ in range(3):
            tx.sequences.next_value("L01", date(2026, 11, 23))
        tx.commit()
    with engine.connect() as conn:
        rows = conn.execute(select(NumberSequenceRow.counter_code, NumberSequenceRow.day, NumberSequenceRow.last_value))
        assert [tuple(r) for r in rows] == [("L01", date(2026, 11, 23), 3)]
        assert conn.execute(text("SELECT count(*) FROM number_sequence")).scalar() == 1
