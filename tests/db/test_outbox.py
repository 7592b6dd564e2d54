"""The outbox (SQLite and PostgreSQL): recorded in the writer's transaction, only once a hub is used,
never for what arrives from the hub; and the hub's log when the database is the hub."""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from counter_app.domain.calendar_overrides import HolidayOverride
from counter_app.domain.catalog import PermitType
from counter_app.domain.sync import Change, Entity, revision
from counter_app.ports import UnitOfWork
from db import SqlCatalogRepository, SqlUnitOfWorkFactory, create_engine_for
from db.base import new_id
from db.models import ApplicantRow, CardEventRow, RegistrationRow, SyncChangeRow, SyncOutboxRow
from db.sync_rows import dump_row, load_row
from tests.db.samples import applicant, card_event, permit_type, registration, returned_visit

AT = datetime(2026, 11, 23, 2, 15, tzinfo=UTC)


def _stored_permit(tx: UnitOfWork) -> PermitType:
    permit = permit_type()
    tx.catalog.add_versions([permit], AT)
    return permit


def _fill(uow: SqlUnitOfWorkFactory) -> tuple[str, str]:
    """A permit type, an applicant, a file with its first event, a returned visit, a holiday override."""
    with uow() as tx:
        permit = _stored_permit(tx)
        person = applicant()
        tx.applicants.save(person, AT)
        reg = registration(person, permit)
        tx.registrations.add(reg)
        tx.card_events.add(card_event(reg.id))
        tx.visits.add(returned_visit(person, permit))
        tx.holidays.save(HolidayOverride(date(2026, 12, 24), closed=True, name="Cuti bersama"))
        tx.commit()
    return person.id, reg.id


def _outbox(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(SyncOutboxRow.entity, SyncOutboxRow.key).order_by(SyncOutboxRow.seq))
        return [(entity, key) for entity, key in rows]


def test_nothing_is_recorded_before_a_hub_is_used(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    _fill(uow)
    with uow() as tx:
        assert tx.sync.mode() == "off"
        assert tx.sync.pending_count() == 0
    assert _outbox(engine) == []


def test_the_first_use_queues_everything_stored_in_dependency_order(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    person_id, registration_id = _fill(uow)
    with uow() as tx:
        assert tx.sync.start_recording() == 6
        tx.commit()
    queued = _outbox(engine)
    assert [entity for entity, _ in queued] == [
        "permit_version",
        "applicant",
        "registration",
        "returned_visit",
        "card_event",
        "holiday_override",
    ]
    assert queued[0][1] == "IUPI#1"
    assert queued[1][1] == person_id
    assert queued[2][1] == registration_id
    assert queued[5][1] == "2026-12-24"
    with uow() as tx:
        assert tx.sync.mode() == "counter"
        assert tx.sync.start_recording() is None  # already recording: nothing queued twice
        assert tx.sync.pending_count() == 6
        first = tx.sync.pending(2)
    assert [c.entity for c in first] == ["permit_version", "applicant"]
    values, meta = load_row(Entity.APPLICANT, first[1].payload)
    assert values["id"].hex == person_id.replace("-", "")
    assert meta == {}


def test_each_write_is_recorded_in_its_own_transaction(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    with uow() as tx:
        tx.sync.start_recording()
        permit = _stored_permit(tx)
        tx.commit()
    person = applicant()
    with uow() as tx:  # left without commit: the file and its outbox rows go together
        tx.applicants.save(person, AT)
        reg = registration(person, permit)
        tx.registrations.add(reg)
        tx.card_events.add(card_event(reg.id))
    assert [entity for entity, _ in _outbox(engine)] == ["permit_version"]
    with uow() as tx:
        tx.applicants.save(person, AT)
        reg = registration(person, permit)
        tx.registrations.add(reg)
        event = card_event(reg.id)
        tx.card_events.add(event)
        tx.commit()
    assert _outbox(engine)[1:] == [("applicant", person.id), ("registration", reg.id), ("card_event", event.id)]
    with uow() as tx:
        changes = tx.sync.pending(10)
    values, _ = load_row(Entity.CARD_EVENT, changes[3].payload)
    assert values["at"] == event.at
    assert json.loads(values["data"]) == event.data
    values, _ = load_row(Entity.REGISTRATION, changes[2].payload)
    assert (values["reg_no"], values["received_at"], values["due_date"]) == (reg.reg_no, reg.received_at, reg.due.date)  # type: ignore[union-attr]


def test_an_applicant_is_recorded_when_the_data_changes_with_the_version_it_came_from(
    uow: SqlUnitOfWorkFactory, engine: Engine
) -> None:
    person = applicant()
    with uow() as tx:
        tx.sync.start_recording()
        tx.applicants.save(person, AT)
        tx.applicants.save(person, AT)  # saved again unchanged (every registration does): no change
        tx.commit()
    with uow() as tx:
        original = tx.sync.pending(10)
        document = tx.applicants.get(person.id)
        tx.applicants.save(replace(person, phone="+6281299990000"), AT)
        tx.commit()
        edited = tx.sync.pending(10)
    assert document is not None
    assert len(original) == 1
    assert load_row(Entity.APPLICANT, original[0].payload)[1] == {"_base": None}
    assert len(edited) == 2
    _, meta = load_row(Entity.APPLICANT, edited[1].payload)
    values, _ = load_row(Entity.APPLICANT, original[0].payload)
    assert meta == {"_base": revision(values["document"])}


def test_holiday_overrides_and_their_removal_are_recorded(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        tx.sync.start_recording()
        tx.holidays.save(HolidayOverride(date(2026, 12, 24), closed=True, name="Cuti bersama"))
        tx.holidays.delete(date(2026, 12, 24))
        tx.commit()
        changes = tx.sync.pending(10)
    assert [load_row(Entity.HOLIDAY_OVERRIDE, c.payload)[1] for c in changes] == [{}, {"_deleted": True}]


def test_a_catalog_import_is_recorded(uow: SqlUnitOfWorkFactory, catalog_repo: SqlCatalogRepository) -> None:
    with uow() as tx:
        tx.sync.start_recording()
        tx.commit()
    catalog_repo.add_versions([permit_type(code="IMB")], AT)
    with uow() as tx:
        changes = tx.sync.pending(10)
    assert [(c.entity, c.key) for c in changes] == [("permit_version", "IMB#1")]
    values, _ = load_row(Entity.PERMIT_VERSION, changes[0].payload)
    assert "permit_type_id" not in values  # a row each database makes for itself


def test_acknowledged_changes_leave_the_outbox(uow: SqlUnitOfWorkFactory) -> None:
    _fill(uow)
    with uow() as tx:
        tx.sync.start_recording()
        tx.commit()
        first = tx.sync.pending(2)
        tx.sync.acknowledge([c.change_id for c in first])
        tx.commit()
        rest = tx.sync.pending(10)
    assert [c.entity for c in rest] == ["registration", "returned_visit", "card_event", "holiday_override"]
    assert rest[0].seq > first[1].seq


def _changes(source: SqlUnitOfWorkFactory) -> list[Change]:
    with source() as tx:
        tx.sync.start_recording()
        tx.commit()
        return tx.sync.pending(100)


def test_what_arrives_from_the_hub_is_stored_and_never_recorded(
    uow: SqlUnitOfWorkFactory, engine: Engine, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    shutil.copyfile(request.getfixturevalue("_sqlite_template"), tmp_path / "other.db")
    other = create_engine_for(str(tmp_path / "other.db"))
    try:
        source = SqlUnitOfWorkFactory(other)
        _, registration_id = _fill(source)
        changes = _changes(source)
    finally:
        other.dispose()
    with uow() as tx:
        tx.sync.start_recording()
        touched = tx.sync.apply(changes)
        tx.commit()
        assert touched == [registration_id]
        assert tx.sync.pending_count() == 0  # no echo
        assert tx.registrations.by_id(registration_id) is not None
        assert [e.registration_id for e in tx.card_events.for_registration(registration_id)] == [registration_id]
        assert [o.day for o in tx.holidays.load()] == [date(2026, 12, 24)]
        tx.sync.apply(changes)  # the same batch again changes nothing
        tx.commit()
    with engine.connect() as conn:
        counts = [
            conn.scalar(select(func.count()).select_from(t)) for t in (ApplicantRow, RegistrationRow, CardEventRow)
        ]
    assert counts == [1, 1, 1]


def test_a_local_edit_not_yet_pushed_wins_over_the_hubs_older_version(uow: SqlUnitOfWorkFactory) -> None:
    person = applicant()
    with uow() as tx:
        tx.sync.start_recording()
        tx.applicants.save(person, AT)
        tx.commit()
    elsewhere = replace(person, address="Jl. Kenanga 2")
    values = {
        "id": uuid.UUID(person.id),
        "name": elsewhere.name,
        "name_search": "x",
        "nik": elsewhere.nik,
        "phone": elsewhere.phone,
        "nib": None,
        "document": json.dumps(elsewhere.to_json()),
        "created_at": AT,
        "updated_at": AT,
    }
    change = Change(str(new_id()), "applicant", person.id, dump_row(Entity.APPLICANT, values), seq=1)
    with uow() as tx:
        tx.sync.apply([change])
        tx.commit()
        assert tx.applicants.get(person.id) == person  # ours waits for the hub's decision
        tx.sync.acknowledge([c.change_id for c in tx.sync.pending(10)])
        tx.commit()
        tx.sync.apply([change])  # pushed since: the hub's version now stands
        tx.commit()
        assert tx.applicants.get(person.id) == elsewhere


def test_on_the_hub_every_write_goes_to_the_log_in_order(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    _fill(uow)  # stored before it became the hub: logged when it does
    with uow() as tx:
        hub_id = tx.hub.become_hub()
        tx.commit()
        assert tx.hub.become_hub() == hub_id
    with pytest.raises(Exception, match="hub"), uow() as tx:
        tx.sync.start_recording()
    with uow() as tx:
        permit = tx.catalog.latest("IUPI")
        assert permit is not None
        person = applicant(name="Rudi Hartono")
        tx.applicants.save(person, AT)
        reg = registration(person, permit, reg_no="PWK-L02-261123-0001")
        tx.registrations.add(reg)
        tx.commit()
    with engine.connect() as conn:
        log = conn.execute(
            select(SyncChangeRow.seq, SyncChangeRow.entity, SyncChangeRow.origin).order_by(SyncChangeRow.seq)
        ).all()
    assert [seq for seq, _, _ in log] == list(range(1, 9))
    assert [entity for _, entity, _ in log][-2:] == ["applicant", "registration"]
    assert {origin for _, _, origin in log} == {"hub"}
    assert _outbox(engine) == []
    with uow() as tx:
        assert [c.seq for c in tx.hub.changes_since(6, 10)] == [7, 8]
        assert tx.hub.last_seq() == 8


def test_records_queued_at_the_start_and_made_later_travel_in_one_batch(
    uow: SqlUnitOfWorkFactory, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """What was stored before recording began is queued with every column; what is made later
    with the columns its repository writes (the database fills the rest). Both kinds arrive
    together and are written by one statement per kind."""
    shutil.copyfile(request.getfixturevalue("_sqlite_template"), tmp_path / "other.db")
    other = create_engine_for(str(tmp_path / "other.db"))
    try:
        source = SqlUnitOfWorkFactory(other)
        _, before = _fill(source)
        with source() as tx:
            tx.sync.start_recording()
            permit = tx.catalog.latest("IUPI")
            assert permit is not None
            person = applicant(name="Rudi Hartono")
            tx.applicants.save(person, AT)
            later = registration(person, permit, reg_no="PWK-L01-261123-0002")
            tx.registrations.add(later)
            tx.card_events.add(card_event(later.id))
            tx.commit()
            changes = tx.sync.pending(100)
    finally:
        other.dispose()
    shapes = {len(json.loads(c.payload)) for c in changes if c.entity == "registration"}
    assert len(shapes) == 2  # the two shapes of payload
    with uow() as tx:
        tx.sync.start_recording()
        assert sorted(tx.sync.apply(changes)) == sorted([before, later.id])
        tx.commit()
        stored = tx.registrations.by_id(later.id)
    assert stored is not None
    assert stored.reg_no == "PWK-L01-261123-0002"
