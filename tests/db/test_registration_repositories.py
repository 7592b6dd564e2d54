"""Round trips through every registration-desk repository, on a real migrated database."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

import db.card_event_repository
from counter_app.domain.calendar_overrides import HolidayOverride
from counter_app.domain.card_projection import CardProjection
from counter_app.domain.card_state import CardStatus
from counter_app.domain.catalog import PermitType
from counter_app.domain.control_card import CardAction
from counter_app.domain.print_job import JobState
from counter_app.ports import UnitOfWork
from db import SqlUnitOfWorkFactory
from db.models import ApplicantRow, CardEventRow, RegistrationRow
from tests.db.samples import (
    RECEIVED_AT,
    applicant,
    card_event,
    foreign_applicant,
    next_version,
    permit_type,
    print_job,
    registration,
    returned_visit,
)

AT = datetime(2026, 11, 23, 2, 15, tzinfo=UTC)


def _stored_permit(tx: UnitOfWork) -> PermitType:
    permit = permit_type()
    tx.catalog.add_versions([permit], AT)
    return permit


# --- applicants ----------------------------------------------------------------------------------


def test_applicant_round_trip_keeps_every_field(uow: SqlUnitOfWorkFactory) -> None:
    person = applicant(name="Ni Luh Putu Sukmawati")
    wna = foreign_applicant()
    with uow() as tx:
        tx.applicants.save(person, AT)
        tx.applicants.save(wna, AT)
        tx.commit()
    with uow() as tx:
        assert tx.applicants.get(person.id) == person
        assert tx.applicants.get(wna.id) == wna
        assert tx.applicants.by_nik(person.nik) == person
        assert tx.applicants.get(str(uuid.uuid4())) is None
        assert tx.applicants.get("bukan-uuid") is None


def test_saving_again_updates_the_same_applicant(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    person = applicant()
    moved = replace(person, name="Budi Santoso Wibowo", phone="+6281399998888", address="Jl. Baru 1")
    with uow() as tx:
        tx.applicants.save(person, AT)
        tx.commit()
    with uow() as tx:
        tx.applicants.save(moved, AT + timedelta(days=3))
        tx.commit()
    with uow() as tx:
        assert tx.applicants.get(person.id) == moved
        assert [a.id for a in tx.applicants.search("wibowo")] == [person.id]
        assert tx.applicants.search("081399998888")[0].id == person.id
        assert tx.applicants.search("081234567890") == []
    with engine.connect() as conn:
        row = conn.execute(select(ApplicantRow)).one()
    assert (row.created_at, row.updated_at) == (AT, AT + timedelta(days=3))
    assert (row.name, row.name_search, row.phone) == ("Budi Santoso Wibowo", "budi santoso wibowo", "+6281399998888")
    assert isinstance(row.id, uuid.UUID) and str(row.id) == person.id


def test_nik_is_not_unique_and_by_nik_gives_the_latest(uow: SqlUnitOfWorkFactory) -> None:
    first = applicant(name="Budi Santoso")
    second = applicant(name="Budi Santoso (data hub)")
    with uow() as tx:
        tx.applicants.save(first, AT)
        tx.applicants.save(second, AT + timedelta(hours=1))
        tx.commit()
    with uow() as tx:
        assert tx.applicants.by_nik(first.nik) == second
        assert {a.id for a in tx.applicants.search(first.nik)} == {first.id, second.id}


def test_applicants_without_nik_are_not_found_by_an_empty_nik(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    with uow() as tx:
        tx.applicants.save(foreign_applicant(), AT)
        tx.applicants.save(applicant(nib=""), AT)
        tx.commit()
    with uow() as tx:
        assert tx.applicants.by_nik("") is None
        assert tx.applicants.by_nik("   ") is None
    with engine.connect() as conn:
        stored = {tuple(row) for row in conn.execute(select(ApplicantRow.nik, ApplicantRow.nib))}
    assert stored == {(None, None), ("3214011708850001", None)}


def test_naive_time_is_a_bug(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx, pytest.raises(ValueError, match="timezone-aware"):
        tx.applicants.save(applicant(), datetime(2026, 11, 23, 9, 0))


# --- registrations -------------------------------------------------------------------------------


def test_registration_round_trip(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    with uow() as tx:
        permit = _stored_permit(tx)
        person = applicant()
        tx.applicants.save(person, AT)
        reg = registration(person, permit)
        no_due = registration(person, permit, reg_no="PWK-L01-261123-0002", due=None)
        tx.registrations.add(reg)
        tx.registrations.add(no_due)
        tx.commit()
    with uow() as tx:
        assert tx.registrations.by_id(reg.id) == reg
        assert tx.registrations.by_reg_no(reg.reg_no) == reg
        assert tx.registrations.by_tracking_code(reg.tracking_code) == reg
        assert tx.registrations.by_id(no_due.id) == no_due
        assert tx.registrations.by_reg_no("PWK-L01-261123-0099") is None
        assert tx.registrations.by_tracking_code("7KQ2MX9D4T1BR") is None
        assert tx.registrations.by_id("x") is None
        loaded = tx.registrations.by_id(reg.id)
    assert loaded is not None
    assert loaded.received_at == RECEIVED_AT
    assert loaded.received_at.tzinfo == UTC
    assert loaded.permit == permit
    assert loaded.items == reg.items
    assert loaded.change_request is True
    with engine.connect() as conn:
        row = conn.execute(select(RegistrationRow).where(RegistrationRow.reg_no == reg.reg_no)).one()
    assert (row.nik, row.permit_code, row.permit_version, row.due_date, row.due_days, row.due_provisional) == (
        person.nik,
        "IUPI",
        1,
        date(2026, 11, 26),
        3,
        False,
    )
    assert row.created_at.tzinfo == UTC


def test_a_registration_keeps_the_permit_version_it_was_made_with(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        v1 = _stored_permit(tx)
        person = applicant()
        tx.applicants.save(person, AT)
        reg = registration(person, v1)
        tx.registrations.add(reg)
        v2 = next_version(v1, name="Izin Usaha Industri (baru)")
        tx.catalog.add_versions([v2], AT + timedelta(days=1))
        tx.commit()
    with uow() as tx:
        loaded = tx.registrations.by_id(reg.id)
        assert loaded is not None
        assert loaded.permit == v1
        assert tx.catalog.latest(v1.code) == v2


def test_by_nik_gives_the_newest_files_first(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        permit = _stored_permit(tx)
        person = applicant()
        other = applicant(nik="3171014107900002", nib="")
        tx.applicants.save(person, AT)
        tx.applicants.save(other, AT)
        days = [3, 1, 2]
        regs = [
            registration(person, permit, reg_no=f"R-{day}", received_at=RECEIVED_AT + timedelta(days=day))
            for day in days
        ]
        for reg in regs:
            tx.registrations.add(reg)
        tx.registrations.add(registration(other, permit, reg_no="R-other"))
        tx.commit()
    with uow() as tx:
        assert [r.reg_no for r in tx.registrations.by_nik(person.nik)] == ["R-3", "R-2", "R-1"]
        assert [r.reg_no for r in tx.registrations.by_nik(person.nik, limit=1)] == ["R-3"]
        assert [r.reg_no for r in tx.registrations.by_nik(other.nik)] == ["R-other"]
        assert tx.registrations.by_nik("3214011708850009") == []
        assert tx.registrations.by_nik("") == []


def test_find_ranks_the_number_before_the_tracking_code_before_the_nik(uow: SqlUnitOfWorkFactory) -> None:
    """One statement answers what a scan or a typed text names; when one text could name several
    files, the number wins, then the tracking code, then the NIK's newest file."""
    with uow() as tx:
        permit = _stored_permit(tx)
        person = applicant()
        tx.applicants.save(person, AT)
        older = registration(person, permit, reg_no="R-older", received_at=RECEIVED_AT)
        newer = registration(person, permit, reg_no="R-newer", received_at=RECEIVED_AT + timedelta(days=1))
        # A number that happens to read as another file's tracking code, and one that reads as a NIK.
        by_code = registration(person, permit, reg_no="R-code")
        numbered_like_code = replace(registration(person, permit), reg_no=by_code.tracking_code)
        numbered_like_nik = replace(registration(person, permit), reg_no=person.nik)
        for reg in (older, newer, by_code, numbered_like_code, numbered_like_nik):
            tx.registrations.add(reg)
        tx.commit()
    with uow() as tx:
        find = tx.registrations.find
        assert find("R-older", None, None) == tx.registrations.by_reg_no("R-older")
        assert find("x", by_code.tracking_code, None).reg_no == "R-code"  # type: ignore[union-attr]
        assert find(by_code.tracking_code, by_code.tracking_code, None).id == numbered_like_code.id  # type: ignore[union-attr]
        assert find("x", None, person.nik).reg_no == "R-newer"  # type: ignore[union-attr]
        assert find(person.nik, None, person.nik).id == numbered_like_nik.id  # type: ignore[union-attr]
        assert find("x", newer.tracking_code, person.nik).reg_no == "R-newer"  # type: ignore[union-attr]
        assert find("x", older.tracking_code, person.nik).reg_no == "R-older"  # type: ignore[union-attr]
        assert find("x", None, "3214011708850009") is None
        assert find("", None, None) is None


# --- returned visits -----------------------------------------------------------------------------


def test_returned_visit_round_trip(uow: SqlUnitOfWorkFactory) -> None:
    person = applicant()
    with uow() as tx:
        visit = returned_visit(person, permit_type())
        tx.applicants.save(person, AT)
        tx.visits.add(visit)
        tx.commit()
    with uow() as tx:
        assert tx.visits.by_id(visit.id) == visit
        assert tx.visits.by_id(str(uuid.uuid4())) is None
        assert tx.visits.by_id("") is None


# --- print jobs ----------------------------------------------------------------------------------


def _registered(tx: UnitOfWork) -> str:
    permit = _stored_permit(tx)
    person = applicant()
    tx.applicants.save(person, AT)
    reg = registration(person, permit)
    tx.registrations.add(reg)
    return reg.id


def test_print_job_round_trip_keeps_the_exact_bytes(uow: SqlUnitOfWorkFactory) -> None:
    payload = bytes(range(256)) * 40
    with uow() as tx:
        registration_id = _registered(tx)
        job = print_job(registration_id=registration_id, payload=payload)
        tx.print_jobs.add(job)
        tx.commit()
    with uow() as tx:
        loaded = tx.print_jobs.get(job.id)
        assert loaded == job
        assert loaded is not None and loaded.payload == payload
        assert tx.print_jobs.get(str(uuid.uuid4())) is None
        assert tx.print_jobs.get("nope") is None


def test_a_return_slip_job_points_at_its_visit(uow: SqlUnitOfWorkFactory) -> None:
    person = applicant()
    with uow() as tx:
        tx.applicants.save(person, AT)
        visit = returned_visit(person, permit_type())
        tx.visits.add(visit)
        job = print_job(visit_id=visit.id)
        tx.print_jobs.add(job)
        tx.commit()
    with uow() as tx:
        assert tx.print_jobs.get(job.id) == job


def test_updating_a_job_stores_its_new_state_only(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        registration_id = _registered(tx)
        job = print_job(registration_id=registration_id)
        tx.print_jobs.add(job)
        tx.commit()
    later = AT + timedelta(minutes=1)
    sending = replace(job, state=JobState.SENDING, attempts=1, printer_uri="usb://04b8:0e15", updated_at=later)
    with uow() as tx:
        assert tx.print_jobs.get(job.id) == job  # loaded before the update in the same unit
        tx.print_jobs.update(replace(sending, payload=b"ignored", reason="ignored", copy_no=9))
        assert tx.print_jobs.get(job.id) == sending
        tx.commit()
    failed = replace(sending, state=JobState.FAILED, error="Printer mati", updated_at=later + timedelta(seconds=5))
    with uow() as tx:
        tx.print_jobs.update(failed)
        tx.commit()
    with uow() as tx:
        assert tx.print_jobs.get(job.id) == failed


def test_updating_an_unknown_job_is_a_bug(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx, pytest.raises(LookupError):
        tx.print_jobs.update(print_job())


def test_jobs_in_states_oldest_first(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        registration_id = _registered(tx)
        same_time = [print_job(registration_id=registration_id, created_at=AT) for _ in range(3)]
        older = print_job(registration_id=registration_id, created_at=AT - timedelta(hours=1))
        failed = print_job(registration_id=registration_id, created_at=AT - timedelta(hours=2), state=JobState.FAILED)
        printed = print_job(registration_id=registration_id, created_at=AT - timedelta(hours=3), state=JobState.PRINTED)
        for job in [*same_time, older, failed, printed]:
            tx.print_jobs.add(job)
        tx.commit()
    by_id = sorted(same_time, key=lambda j: uuid.UUID(j.id))
    with uow() as tx:
        assert [j.id for j in tx.print_jobs.in_states([JobState.QUEUED])] == [older.id, *(j.id for j in by_id)]
        assert [j.id for j in tx.print_jobs.in_states([JobState.QUEUED], limit=2)] == [older.id, by_id[0].id]
        queued_or_failed = tx.print_jobs.in_states([JobState.FAILED, JobState.QUEUED])
        assert [j.id for j in queued_or_failed][:2] == [failed.id, older.id]
        assert tx.print_jobs.in_states([JobState.SENDING]) == []
        assert tx.print_jobs.in_states([]) == []
        assert [j.id for j in tx.print_jobs.for_registration(registration_id)] == [
            printed.id,
            failed.id,
            older.id,
            *(j.id for j in by_id),
        ]
        assert tx.print_jobs.for_registration(str(uuid.uuid4())) == []


# --- control card --------------------------------------------------------------------------------


def test_card_events_in_the_order_they_happened(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    with uow() as tx:
        registration_id = _registered(tx)
        first = card_event(registration_id, at=RECEIVED_AT)
        # Same instant: the (time-ordered) id decides; written out of order on purpose.
        tie_ids = sorted((str(uuid.uuid4()) for _ in range(2)), key=uuid.UUID)
        tie_b = card_event(
            registration_id, RECEIVED_AT + timedelta(hours=1), CardAction.ADVANCED, 0, 1, event_id=tie_ids[1]
        )
        tie_a = card_event(
            registration_id, RECEIVED_AT + timedelta(hours=1), CardAction.RETURNED, 0, 0, event_id=tie_ids[0]
        )
        undo = card_event(registration_id, RECEIVED_AT + timedelta(days=1), CardAction.UNDONE, 1, 0)
        for event in (undo, tie_b, first, tie_a):
            tx.card_events.add(event)
        tx.commit()
    with uow() as tx:
        events = tx.card_events.for_registration(registration_id)
        assert events == [first, tie_a, tie_b, undo]
        assert events[0].data == {"scan": "kartu-01", "jumlah": 2, "nested": {"ok": True}}
        assert events[0].at.tzinfo == UTC
        assert tx.card_events.for_registration(str(uuid.uuid4())) == []
    with engine.connect() as conn:
        assert conn.execute(select(CardEventRow.by, CardEventRow.role)).first() == ("sari", "front_desk")


def test_the_card_event_repository_has_no_way_to_change_an_event(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        methods = {name for name in dir(tx.card_events) if not name.startswith("_")}
    assert methods == {"add", "for_registration", "for_registrations", "engine"}


def test_card_events_of_many_files_at_once(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        permit = _stored_permit(tx)
        person = applicant()
        tx.applicants.save(person, AT)
        regs = [registration(person, permit, reg_no=f"R-{i}") for i in range(3)]
        for reg in regs:
            tx.registrations.add(reg)
        later = card_event(regs[0].id, RECEIVED_AT + timedelta(hours=2), CardAction.ADVANCED, 0, 1)
        first = card_event(regs[0].id)
        other = card_event(regs[1].id)
        for event in (later, other, first):
            tx.card_events.add(event)
        tx.commit()
    unknown = str(uuid.uuid4())
    with uow() as tx:
        found = tx.card_events.for_registrations([regs[0].id, regs[1].id, regs[2].id, unknown, "x"])
        assert found == {regs[0].id: [first, later], regs[1].id: [other], regs[2].id: [], unknown: [], "x": []}
        assert tx.card_events.for_registrations([]) == {}


def test_card_events_of_more_files_than_one_query_takes(
    uow: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.card_event_repository, "BATCH", 2)
    with uow() as tx:
        permit = _stored_permit(tx)
        person = applicant()
        tx.applicants.save(person, AT)
        regs = [registration(person, permit, reg_no=f"R-{i}") for i in range(5)]
        for reg in regs:
            tx.registrations.add(reg)
            tx.card_events.add(card_event(reg.id))
        tx.commit()
    with uow() as tx:
        found = tx.card_events.for_registrations([r.id for r in reversed(regs)])
    assert list(found) == [r.id for r in reversed(regs)]
    assert all(len(events) == 1 and events[0].registration_id == rid for rid, events in found.items())


# --- the card state cached with the file ---------------------------------------------------------


def test_open_files_oldest_first_until_their_card_closes(uow: SqlUnitOfWorkFactory, engine: Engine) -> None:
    with uow() as tx:
        permit = _stored_permit(tx)
        person = applicant()
        tx.applicants.save(person, AT)
        regs = [
            registration(person, permit, reg_no=f"R-{day}", received_at=RECEIVED_AT + timedelta(days=day))
            for day in (2, 0, 1, 3)
        ]
        for reg in regs:
            tx.registrations.add(reg)
        tx.commit()
    with uow() as tx:
        assert [r.reg_no for r in tx.registrations.open_files()] == ["R-0", "R-1", "R-2", "R-3"]
        returned_at = AT + timedelta(days=5)
        tx.registrations.set_card_state(  # back with the applicant
            regs[1].id, CardProjection(1, CardStatus.RETURNED, AT, "rudi", 2, returned_at)
        )
        tx.registrations.set_card_state(regs[2].id, CardProjection(2, CardStatus.HANDED_OVER, AT, "sari"))
        tx.registrations.set_card_state(regs[3].id, CardProjection(0, CardStatus.REJECTED, AT, "kabid"))
        tx.registrations.set_card_state(regs[0].id, CardProjection(1, CardStatus.OPEN, AT, "sari"))
        tx.commit()
    with uow() as tx:
        assert [r.reg_no for r in tx.registrations.open_files()] == ["R-0", "R-2"]
        assert [r.reg_no for r in tx.registrations.open_files(limit=1)] == ["R-0"]
        assert tx.registrations.open_files(limit=0) == []
        assert tx.registrations.by_reg_no("R-1") == regs[2]  # the file itself is unchanged
        queue = tx.registrations.open_queue()
        assert [(f.reg_no, f.card.status, f.card.last_by, f.card.paused_days) for f in queue] == [
            ("R-0", CardStatus.RETURNED, "rudi", 2),
            ("R-2", CardStatus.OPEN, "sari", 0),
        ]
        assert queue[0].card.paused_since == returned_at
        assert queue[0].applicant_name == person.name
    with engine.connect() as conn:
        states = {
            reg_no: (stage, status)
            for reg_no, stage, status in conn.execute(
                select(RegistrationRow.reg_no, RegistrationRow.card_stage, RegistrationRow.card_status)
            )
        }
    assert states == {"R-0": (1, "returned"), "R-1": (2, "handed_over"), "R-2": (1, "open"), "R-3": (0, "rejected")}


def test_card_state_of_an_unknown_file_or_status_is_a_bug(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        registration_id = _registered(tx)
        with pytest.raises(LookupError):
            tx.registrations.set_card_state(str(uuid.uuid4()), CardProjection(0, CardStatus.OPEN, AT, "x"))
        with pytest.raises(ValueError, match="timezone-aware"):
            tx.registrations.set_card_state(
                registration_id, CardProjection(0, CardStatus.OPEN, AT.replace(tzinfo=None), "x")
            )


# --- settings and holiday overrides -------------------------------------------------------------


def test_settings_round_trip(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        assert tx.settings.load() == {}
        tx.settings.save("office.code", "PWK")
        tx.settings.save("office.name", "DPMPTSP Kabupaten Purwakarta — Mal Pelayanan Publik")
        tx.settings.save("office.code", "MPP")
        tx.commit()
    with uow() as tx:
        assert tx.settings.load() == {
            "office.code": "MPP",
            "office.name": "DPMPTSP Kabupaten Purwakarta — Mal Pelayanan Publik",
        }


def test_holiday_overrides_round_trip(uow: SqlUnitOfWorkFactory) -> None:
    closure = HolidayOverride(date(2026, 12, 3), closed=True, name="Hari Jadi Kabupaten Purwakarta")
    worked = HolidayOverride(date(2026, 12, 24), closed=False)
    with uow() as tx:
        tx.holidays.save(worked)
        tx.holidays.save(closure)
        tx.commit()
    with uow() as tx:
        assert tx.holidays.load() == [closure, worked]
        tx.holidays.save(replace(closure, name="Hari Jadi Purwakarta ke-195"))
        tx.holidays.delete(worked.day)
        tx.holidays.delete(date(2027, 1, 1))  # nothing there: nothing happens
        tx.commit()
    with uow() as tx:
        assert tx.holidays.load() == [replace(closure, name="Hari Jadi Purwakarta ke-195")]
