"""Control-card service over the database: actions, role rules, back-entry, scan-to-advance."""

from __future__ import annotations

from datetime import datetime

import pytest

from counter_app.app import Application
from counter_app.domain.card_state import CardStatus
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.errors import NotAllowed, NotFound, ValidationError
from counter_app.services.registration import Registered, RegistrationRequest
from tests.helpers.clock import FixedClock
from tests.services.conftest import APPLICANT, WIB


def register(app: Application) -> str:
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    return outcome.registration.reg_no


def test_a_file_walks_through_its_stages_to_handover(app: Application, clock: FixedClock) -> None:
    reg_no = register(app)
    view = app.cards.show(reg_no)
    stages = view.registration.permit.stages
    assert (view.state.stage, view.state.status) == (0, CardStatus.OPEN)
    for index in range(len(stages) - 1):
        clock.advance(hours=2)
        view = app.cards.act(reg_no, CardAction.ADVANCED, "petugas", stages[index].role)
    assert view.state.stage == len(stages) - 1
    clock.advance(hours=1)
    view = app.cards.act(
        reg_no,
        CardAction.HANDED_OVER,
        "sari",
        Role.FRONT_DESK,
        data={"received_by": "Budi Santoso", "id_document": "KTP 3214…0001"},
    )
    assert view.state.status is CardStatus.HANDED_OVER
    assert view.events[-1].data["received_by"] == "Budi Santoso"
    with pytest.raises(NotAllowed):
        app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.SUPERVISOR)


def test_the_service_enforces_roles(app: Application) -> None:
    reg_no = register(app)
    app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    with pytest.raises(NotAllowed) as caught:
        app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK)  # verification is back office
    assert "back office" in caught.value.message
    with pytest.raises(NotAllowed):
        app.cards.act(reg_no, CardAction.UNDONE, "rudi", Role.BACK_OFFICE, note="salah klik")
    view = app.cards.act(reg_no, CardAction.UNDONE, "kabid", Role.SUPERVISOR, note="salah klik")
    assert view.state.stage == 0
    assert [e.action for e in view.events] == [CardAction.REGISTERED, CardAction.ADVANCED, CardAction.UNDONE]


def test_return_and_resubmit_pause_the_clock(app: Application, clock: FixedClock) -> None:
    reg_no = register(app)
    app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    clock.advance(days=1)
    with pytest.raises(NotAllowed):
        app.cards.act(reg_no, CardAction.RETURNED, "rudi", Role.BACK_OFFICE)  # no reason
    app.cards.act(reg_no, CardAction.RETURNED, "rudi", Role.BACK_OFFICE, note="NPWP tidak terbaca")
    clock.advance(days=3)  # Tue → Fri
    view = app.cards.act(reg_no, CardAction.RESUBMITTED, "sari", Role.FRONT_DESK)
    assert view.state.status is CardStatus.OPEN
    assert view.state.sla.paused_days == 3
    assert view.state.sla.working_days_used == 1
    data = view.to_json()
    assert data["sla"]["due_date"] == "2026-12-07"
    assert [e["action"] for e in data["events"]] == ["registered", "advanced", "returned", "resubmitted"]


def test_back_entry_times_must_follow_the_card(app: Application) -> None:
    reg_no = register(app)
    with pytest.raises(ValidationError):
        app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK, at=datetime(2026, 11, 22, 9, tzinfo=WIB))
    view = app.cards.act(
        reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK, at=datetime(2026, 11, 23, 9, 17, tzinfo=WIB)
    )
    assert view.events[-1].at == datetime(2026, 11, 23, 9, 17, tzinfo=WIB)


def test_scan_to_advance_lists_what_could_not_move(app: Application) -> None:
    first, second, third = register(app), register(app), register(app)
    app.cards.act(second, CardAction.ADVANCED, "sari", Role.FRONT_DESK)  # now at verification
    tracking = app.cards.show(first).registration.tracking_code
    results = app.cards.advance_many(
        [f"https://status.contoh.go.id/t/{tracking}", second, third, "TIDAK-ADA", first], "sari", Role.FRONT_DESK
    )
    assert [(r.reg_no, r.ok) for r in results] == [
        (first, True),
        (second, False),
        (third, True),
        (None, False),
        (first, False),
    ]
    assert "back office" in results[1].message
    assert "tidak ditemukan" in results[3].message
    assert app.cards.show(first).state.stage == 1
    assert app.cards.show(second).state.stage == 1


def test_unknown_file(app: Application) -> None:
    with pytest.raises(NotFound):
        app.cards.show("PWK-L01-000000-9999")


def test_queue_puts_overdue_first_and_counts_pauses(app: Application, clock: FixedClock) -> None:
    late, returned, fresh = register(app), register(app), register(app)
    app.cards.act(late, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    app.cards.act(returned, CardAction.RETURNED, "sari", Role.FRONT_DESK, note="KTP buram")
    clock.advance(days=10)  # Thu 3 Dec: 8 working days later
    app.cards.act(fresh, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    rows = app.cards.queue()
    assert [r.reg_no for r in rows] == [late, fresh, returned]
    by_no = {r.reg_no: r for r in rows}
    assert by_no[late].flag.value == "red"
    assert by_no[late].sla_left == -1
    assert by_no[late].days_in_stage == 8
    assert by_no[returned].status is CardStatus.RETURNED
    assert by_no[returned].sla_left == 7  # the whole time back with the applicant is paused
    assert by_no[fresh].stage_name == "Verifikasi berkas"
    assert by_no[fresh].days_in_stage == 0
    assert [r.reg_no for r in app.cards.queue(officer="sari", stage="Verifikasi berkas")] == [late, fresh]
    # Every figure agrees with the full replay of the card's events.
    for reg_no, row in by_no.items():
        view = app.cards.show(reg_no)
        assert (row.sla_left, row.due_date, row.flag, row.days_in_stage) == (
            view.state.sla.working_days_left,
            view.state.sla.due_date,
            view.state.flag,
            view.state.days_in_stage(),
        )


def test_reindex_rebuilds_the_same_projection(app: Application, clock: FixedClock) -> None:
    first, second = register(app), register(app)
    app.cards.act(first, CardAction.RETURNED, "sari", Role.FRONT_DESK, note="kurang")
    clock.advance(days=2)
    app.cards.act(first, CardAction.RESUBMITTED, "sari", Role.FRONT_DESK)
    app.cards.act(second, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    before = app.cards.queue()
    with app.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE registration SET card_paused_days = 0, card_last_by = ''")
    assert app.cards.queue() != before
    assert app.cards.reindex() == 2
    assert app.cards.queue() == before
