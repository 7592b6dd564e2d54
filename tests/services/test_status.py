"""The public status of a file (issue 6), over the database: what it says in every state, that it
carries no personal data, that malformed, unknown and expired codes are one and the same answer,
and that the storage adapter's fast reader and the plain unit-of-work reader agree."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import date

import pytest

from counter_app.app import Application, open_status_site
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.tracking import format_tracking_code, new_tracking_code
from counter_app.errors import NotFound
from counter_app.services.registration import Registered, RegistrationRequest
from counter_app.services.status import (
    PublicState,
    PublicStatus,
    StageState,
    StatusNotFound,
    StatusService,
    UowStatusReader,
)
from db import SqlUnitOfWorkFactory
from db.status_reader import SqlStatusReader
from tests.helpers.clock import FixedClock
from tests.services.conftest import APPLICANT

Lookup = Callable[[str], PublicStatus]
OFFICERS = ("sari", "rudi", "kabid", "Rina")


def register(app: Application) -> tuple[str, str]:
    """A complete IZIN-24201 file (8 stages, 7 working days) received Monday 23 November 2026."""
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    return outcome.registration.reg_no, outcome.registration.tracking_code


@pytest.fixture(params=["sql_reader", "uow_reader"])
def lookup(request: pytest.FixtureRequest, app: Application, database_url: str, clock: FixedClock) -> Iterator[Lookup]:
    """`StatusService.lookup` through the storage adapter's reader (what the server uses) or the
    plain one over the unit of work; settings are re-read on every lookup."""
    if request.param == "sql_reader":
        site = open_status_site(database_url, migrate=False, clock=clock, settings_ttl_s=0.0)
        yield site.service.lookup
        site.close()
    else:
        uow = SqlUnitOfWorkFactory(app.engine)
        yield StatusService(uow, clock, UowStatusReader(uow), settings_ttl_s=0.0).lookup


def advance_to(app: Application, reg_no: str, stage: int, clock: FixedClock) -> None:
    view = app.cards.show(reg_no)
    stages = view.registration.permit.stages
    while view.state.stage < stage:
        clock.advance(days=1)
        view = app.cards.act(reg_no, CardAction.ADVANCED, "rudi", stages[view.state.stage].role)


def test_a_new_file_is_in_process_at_the_first_stage(app: Application, lookup: Lookup) -> None:
    _reg_no, code = register(app)
    status = lookup(code)
    assert status.code == format_tracking_code(code)
    assert status.office == "DPMPTSP Kabupaten Purwakarta"
    assert status.permit == "Izin Industri Pembuatan Logam Dasar Mulia"
    assert status.applicant == "B*** S******"
    assert status.received_on == date(2026, 11, 23)
    assert (status.state, status.state_text) == (PublicState.IN_PROCESS, "sedang diproses")
    assert (status.stage, status.stage_role) == (
        "Pendaftaran dan pemeriksaan kelengkapan berkas",
        "loket (front office)",
    )
    assert (status.stage_number, status.stage_count) == (1, 8)
    assert status.due_date == date(2026, 12, 2)  # 7 working days, day 0 = the receipt day
    assert (status.days_left, status.days_unit) == (7, "working")
    assert [s.state for s in status.timeline] == [StageState.CURRENT] + [StageState.UPCOMING] * 7
    assert status.timeline[0].entered_on == date(2026, 11, 23)
    assert status.timeline[1].entered_on is None
    assert [s.role for s in status.timeline][:3] == ["loket (front office)", "back office", "back office"]


def test_the_code_is_found_however_it_is_written(app: Application, lookup: Lookup) -> None:
    _reg_no, code = register(app)
    grouped = format_tracking_code(code)
    for spelled in (code, grouped, grouped.lower(), f"  {grouped[:9]} {grouped[10:]} ", code.lower()):
        assert lookup(spelled).code == grouped


def test_malformed_unknown_and_expired_codes_are_one_answer(
    app: Application, lookup: Lookup, clock: FixedClock
) -> None:
    reg_no, code = register(app)
    advance_to(app, reg_no, 7, clock)
    app.cards.act(
        reg_no, CardAction.HANDED_OVER, "sari", Role.FRONT_DESK, data={"received_by": "B", "id_document": "KTP"}
    )
    wrong_check = code[:-1] + ("0" if code[-1] != "0" else "1")
    unknown = new_tracking_code()
    clock.advance(days=91)  # default status.expire_days: 90
    messages = set()
    for text in (wrong_check, code[:6], "", "x" * 500, "'; DROP TABLE registration; --", unknown, code):
        with pytest.raises(StatusNotFound) as caught:
            lookup(text)
        assert isinstance(caught.value, NotFound)
        assert code not in caught.value.message and unknown not in caught.value.message
        messages.add(caught.value.message)
    assert len(messages) == 1


def test_a_closed_file_stays_visible_for_the_expiry_days(app: Application, lookup: Lookup, clock: FixedClock) -> None:
    reg_no, code = register(app)
    app.cards.act(reg_no, CardAction.REJECTED, "sari", Role.FRONT_DESK, note="izin lokasi tidak sesuai")
    clock.advance(days=90)
    assert lookup(code).state is PublicState.REJECTED
    app.settings.set("status.expire_days", "30")
    with pytest.raises(StatusNotFound):
        lookup(code)
    app.settings.set("status.expire_days", "365")
    assert lookup(code).closed_on == date(2026, 11, 23)


def test_returned_file_waits_for_the_applicant_and_its_clock_pauses(
    app: Application, lookup: Lookup, clock: FixedClock
) -> None:
    reg_no, code = register(app)
    advance_to(app, reg_no, 1, clock)  # Tuesday, verification
    app.cards.act(reg_no, CardAction.RETURNED, "rudi", Role.BACK_OFFICE, note="NPWP atas nama Budi tidak terbaca")
    clock.advance(days=3)  # Friday
    status = lookup(code)
    assert (status.state, status.state_text) == (PublicState.WAITING_FOR_APPLICANT, "menunggu kelengkapan dari pemohon")
    assert status.waiting_since == date(2026, 11, 24)
    assert status.due_date == date(2026, 12, 7)  # 7 working days + the 3 it has been back with the applicant
    assert status.days_left == 7 - 1  # one working day (Tuesday) used before it was returned
    app.cards.act(reg_no, CardAction.RESUBMITTED, "sari", Role.FRONT_DESK)
    again = lookup(code)
    assert again.state is PublicState.IN_PROCESS and again.waiting_since is None
    assert again.stage_number == 2


def test_the_handover_stage_reads_ready_for_pickup_then_handed_over(
    app: Application, lookup: Lookup, clock: FixedClock
) -> None:
    reg_no, code = register(app)
    advance_to(app, reg_no, 7, clock)
    ready = lookup(code)
    assert (ready.state, ready.state_text) == (PublicState.READY, "siap diambil")
    assert [s.state for s in ready.timeline] == [StageState.DONE] * 7 + [StageState.CURRENT]
    assert ready.timeline[1].entered_on == date(2026, 11, 24)
    assert ready.timeline[1].left_on == date(2026, 11, 25)
    clock.advance(days=1)
    app.cards.act(
        reg_no, CardAction.HANDED_OVER, "sari", Role.FRONT_DESK, data={"received_by": "Budi", "id_document": "KTP"}
    )
    done = lookup(code)
    assert done.state is PublicState.HANDED_OVER and done.state.closed
    assert done.closed_on == date(2026, 12, 1)
    assert done.days_left is None
    assert [s.state for s in done.timeline] == [StageState.DONE] * 8
    assert done.timeline[-1].left_on == done.closed_on


def test_a_rejected_file_stops_at_its_stage(app: Application, lookup: Lookup, clock: FixedClock) -> None:
    reg_no, code = register(app)
    advance_to(app, reg_no, 2, clock)
    app.cards.act(reg_no, CardAction.REJECTED, "rudi", Role.BACK_OFFICE, note="bukan kewenangan daerah")
    status = lookup(code)
    assert (status.state, status.state_text) == (PublicState.REJECTED, "ditolak")
    assert [s.state for s in status.timeline][:4] == [
        StageState.DONE,
        StageState.DONE,
        StageState.STOPPED,
        StageState.UPCOMING,
    ]
    assert status.closed_on == date(2026, 11, 25)


def test_an_undone_step_is_not_shown(app: Application, lookup: Lookup, clock: FixedClock) -> None:
    reg_no, code = register(app)
    advance_to(app, reg_no, 2, clock)
    clock.advance(hours=1)
    app.cards.act(reg_no, CardAction.UNDONE, "kabid", Role.SUPERVISOR, note="salah berkas")
    status = lookup(code)
    assert status.stage_number == 2
    assert [s.state for s in status.timeline][:3] == [StageState.DONE, StageState.CURRENT, StageState.UPCOMING]
    assert status.timeline[2].entered_on is None


def test_the_fast_reader_and_the_unit_of_work_reader_agree(
    app: Application, database_url: str, clock: FixedClock
) -> None:
    reg_no, code = register(app)
    advance_to(app, reg_no, 3, clock)
    app.cards.act(reg_no, CardAction.UNDONE, "kabid", Role.SUPERVISOR, note="salah klik")
    app.cards.act(reg_no, CardAction.RETURNED, "rudi", Role.BACK_OFFICE, note="kurang akta")
    clock.advance(days=2)
    app.cards.act(reg_no, CardAction.RESUBMITTED, "sari", Role.FRONT_DESK)
    site = open_status_site(database_url, migrate=False, clock=clock)
    reader = SqlStatusReader(app.engine)
    try:
        fast = site.service.lookup(code)
        record = reader.record(code)
    finally:
        site.close()
        reader.close()
    plain = StatusService(SqlUnitOfWorkFactory(app.engine), clock).lookup(code)
    assert fast == plain
    assert record is not None and len(record.events) == 7
    assert {event.by for event in record.events} == {""}  # who acted is not even read
    assert all(event.note == "" for event in record.events)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_no_personal_data_can_be_in_the_public_status(app: Application, lookup: Lookup, clock: FixedClock) -> None:
    reg_no, code = register(app)
    advance_to(app, reg_no, 1, clock)
    app.cards.act(reg_no, CardAction.RETURNED, "rudi", Role.BACK_OFFICE, note="NIK 3214011708850001 di KTP buram")
    status = lookup(code)
    fields = {f.name for f in dataclasses.fields(PublicStatus)}
    assert not fields & {"nik", "phone", "email", "address", "reg_no", "officer", "note", "by", "business"}
    texts = list(_strings(status.to_json()))
    dumped = json.dumps(status.to_json(), ensure_ascii=False)
    secrets = [
        "3214011708850001",
        "81234567890",
        "budi@contoh.id",
        "Veteran",
        "No. 139",
        "Budi",
        "Santoso",
        "PT Logam",
        "1234567890123",
        reg_no,
        "NPWP",
        "buram",
        *OFFICERS,
    ]
    for secret in secrets:
        assert secret not in dumped, secret
    assert "B*** S******" in texts


def test_a_voided_file_says_it_was_cancelled(app: Application, lookup: Lookup, clock: FixedClock) -> None:
    reg_no, code = register(app)
    clock.advance(days=1)
    app.cards.void(reg_no, "salah jenis izin", by="kabid")
    status = lookup(code)
    assert (status.state, status.state_text) == (PublicState.CANCELLED, "dibatalkan")
    assert status.state.closed
    assert status.closed_on == date(2026, 11, 24)
    assert [stage.state for stage in status.timeline][:2] == [StageState.STOPPED, StageState.UPCOMING]
