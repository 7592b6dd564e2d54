"""Registering a complete file and returning an incomplete one, end to end over the database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from counter_app.app import Application
from counter_app.domain.checklist import ReceivedItem
from counter_app.domain.control_card import CardAction
from counter_app.domain.print_job import JobKind, JobState
from counter_app.domain.tracking import normalize_tracking_code
from counter_app.errors import NotFound, ValidationError
from counter_app.services.registration import Registered, RegistrationRequest, Returned
from tests.helpers.clock import FixedClock
from tests.services.conftest import APPLICANT, WIB


def register(app: Application, **changes: object) -> Registered:
    request = RegistrationRequest(permit_code="IZIN-24201", applicant=APPLICANT, officer="sari")
    outcome = app.registration.submit(_with(request, changes))
    assert isinstance(outcome, Registered)
    return outcome


def _with(request: RegistrationRequest, changes: dict[str, object]) -> RegistrationRequest:
    from dataclasses import replace

    return replace(request, **changes)  # type: ignore[arg-type]


def test_a_complete_file_is_registered_with_everything_in_one_go(app: Application) -> None:
    outcome = register(app)
    registration = outcome.registration
    assert registration.reg_no == "PWK-L01-261123-0001"
    assert normalize_tracking_code(registration.tracking_code) == registration.tracking_code
    assert registration.due is not None
    assert registration.due.date == date(2026, 12, 2)
    assert registration.permit.code == "IZIN-24201"
    assert registration.permit.version == 1
    assert {item.requirement_id for item in registration.items} == {str(i) for i in range(1, 10)}

    found = app.registration.find(registration.reg_no)
    assert found == registration
    assert app.registration.find(registration.tracking_code.lower()) == registration
    assert app.registration.find(f"https://status.contoh.go.id/t/{registration.tracking_code}") == registration
    assert app.registration.find(APPLICANT["nik"]).id == registration.id  # type: ignore[arg-type]

    job = outcome.print_job
    assert (job.kind, job.state, job.registration_id) == (JobKind.RECEIPT, JobState.QUEUED, registration.id)
    assert registration.reg_no.encode() in job.payload
    assert str(APPLICANT["nik"]).encode() not in job.payload
    assert app.printing.jobs_for(registration.id) == [job]


def test_numbers_count_per_counter_per_day(app: Application, clock: FixedClock) -> None:
    numbers = [register(app).registration.reg_no for _ in range(3)]
    assert numbers == ["PWK-L01-261123-0001", "PWK-L01-261123-0002", "PWK-L01-261123-0003"]
    clock.advance(days=1)
    assert register(app).registration.reg_no == "PWK-L01-261124-0001"
    app.settings.set("counter.code", "L02")
    assert register(app).registration.reg_no == "PWK-L02-261124-0001"


def test_an_incomplete_file_gets_a_return_slip_and_no_number(app: Application) -> None:
    received = {str(i): ReceivedItem(str(i)) for i in range(1, 8)}
    outcome = app.registration.submit(
        RegistrationRequest(permit_code="IZIN-24201", applicant=APPLICANT, officer="sari", received=received)
    )
    assert isinstance(outcome, Returned)
    assert [m.id for m in outcome.visit.missing] == ["8", "9"]
    assert outcome.print_job.kind is JobKind.RETURN_SLIP
    assert all(word in outcome.print_job.payload for word in (b"BUKTI", b"PENGEMBALIAN", b"BERKAS"))
    with pytest.raises(NotFound):
        app.registration.find(APPLICANT["nik"])  # type: ignore[arg-type]
    assert register(app).registration.reg_no.endswith("-0001")  # the slip used no number


def test_invalid_applicant_stores_nothing(app: Application) -> None:
    with pytest.raises(ValidationError) as caught:
        app.registration.submit(
            RegistrationRequest(permit_code="IZIN-24201", applicant={**APPLICANT, "nik": "123"}, officer="sari")
        )
    assert [e.field for e in caught.value.errors] == ["nik"]
    assert app.registration.search_applicants("Budi") == []


def test_unknown_checklist_ids_are_named(app: Application) -> None:
    with pytest.raises(ValidationError) as caught:
        app.registration.submit(
            RegistrationRequest(
                permit_code="IZIN-24201", applicant=APPLICANT, officer="sari", received={"99": ReceivedItem("99")}
            )
        )
    assert caught.value.errors[0].field == "docs"
    assert "99" in caught.value.errors[0].message


def test_a_returning_applicant_is_found_and_reused(app: Application) -> None:
    first = register(app).registration
    second = register(app, applicant={**APPLICANT, "phone": "0813 1111 2222"}).registration
    assert first.applicant.id == second.applicant.id
    assert second.applicant.phone == "+6281311112222"
    found = app.registration.search_applicants("santoso")
    assert [a.id for a in found] == [first.applicant.id]
    assert app.registration.search_applicants("0813 1111")[0].id == first.applicant.id


def test_back_entry_uses_the_day_it_was_received(app: Application) -> None:
    received_at = datetime(2026, 3, 16, 10, 0, tzinfo=WIB)
    registration = register(app, received_at=received_at).registration
    assert registration.reg_no == "PWK-L01-260316-0001"
    assert registration.due is not None
    assert registration.due.date == date(2026, 4, 1)
    with pytest.raises(ValidationError):
        register(app, received_at=datetime(2026, 11, 24, 10, 0, tzinfo=WIB))


def test_the_snapshot_survives_a_new_catalog_version(app: Application, seeds_dir: object) -> None:
    registration = register(app).registration
    from pathlib import Path

    seed = Path(str(seeds_dir)) / "purwakarta-31-izin-kbli-24201.txt"
    changed = seed.read_text().replace("7 hari kerja", "10 hari kerja")
    app.catalog.import_documents([("revisi.txt", changed.encode())])
    assert app.catalog.show("IZIN-24201").version == 2
    again = app.registration.find(registration.reg_no)
    assert again.permit.version == 1
    assert again.permit.sla.days == 7
    new = register(app).registration
    assert new.permit.version == 2
    assert new.due is not None
    assert new.due.date == date(2026, 12, 7)


def test_first_card_event_is_registered(app: Application) -> None:
    registration = register(app).registration
    from counter_app.ports import UnitOfWork

    uow: UnitOfWork
    with app.registration._uow() as uow:  # the card service arrives with its own issue
        events = uow.card_events.for_registration(registration.id)
    assert [(e.action, e.from_stage, e.to_stage, e.by) for e in events] == [(CardAction.REGISTERED, None, 0, "sari")]
    assert events[0].at == registration.received_at


def test_a_permit_without_completion_time_has_no_due_date(app: Application) -> None:
    doc = "Izin Reklame\n1\tPersyaratan\t: 1. KTP\n4\tBiaya/Tarif\t: Gratis\n"
    app.catalog.import_documents([("reklame.txt", doc.encode())])
    registration = register(app, permit_code="IZIN-REKLAME").registration
    assert registration.due is None
    assert b"belum ditetapkan" in register(app, permit_code="IZIN-REKLAME").print_job.payload
