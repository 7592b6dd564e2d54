"""Counters (SQLite) syncing through a real PostgreSQL hub, in one process: convergence, card
states, conflicts, offline work, bootstrap, crashes between sending and acknowledging."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from counter_app.app import Application, open_application
from counter_app.domain.calendar_overrides import HolidayOverride
from counter_app.domain.card_state import CardStatus
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.sync import HubUnreachable, Keep, SyncState
from counter_app.errors import StorageError, ValidationError
from db import SqlUnitOfWorkFactory, create_engine_for
from db.models import CardEventRow, RegistrationRow, SyncChangeRow
from tests.helpers.databases import PgServer, requires_postgres
from tests.services.conftest import APPLICANT
from tests.sync.conftest import Counters, advance, register

pytestmark = requires_postgres
NOWHERE = "postgresql://postgres@127.0.0.1:1/loket"  # nothing listens on port 1


@pytest.fixture
def hub_url(postgres_database_url: str) -> str:
    return postgres_database_url


@pytest.fixture
def hub_app(hub_url: str, counters: Counters) -> Iterator[Application]:
    """The desktop app opened on the hub itself (the back office, the status page)."""
    application = open_application(hub_url, clock=counters.clock, seed_catalog=False)
    try:
        yield application
    finally:
        application.close()


def card_of(app: Application, reg_no: str) -> dict[str, Any]:
    data = app.cards.show(reg_no).to_json()
    with app.engine.connect() as conn:
        row = conn.execute(
            select(RegistrationRow.card_stage, RegistrationRow.card_status, RegistrationRow.card_last_by).where(
                RegistrationRow.reg_no == reg_no
            )
        ).one()
    data["projection"] = tuple(row)
    return data


def counts(app: Application) -> tuple[int, int]:
    with app.engine.connect() as conn:
        files = conn.scalar(select(func.count()).select_from(RegistrationRow))
        events = conn.scalar(select(func.count()).select_from(CardEventRow))
    return int(files or 0), int(events or 0)


def test_counters_converge_through_the_hub(counters: Counters, hub_url: str, hub_app: Application) -> None:
    a, b = counters.open("L01"), counters.open("L02")
    mine = [register(a).registration.reg_no for _ in range(2)]
    theirs = register(b, {**APPLICANT, "nik": "3214011708850002", "name": "Rina"}).registration.reg_no

    first = a.sync.sync_once(hub_url)
    b.sync.sync_once(hub_url)
    a.sync.sync_once(hub_url)

    assert first.pushed > 0
    assert first.waiting == 0
    for app in (a, b, hub_app):
        assert {app.registration.find(no).reg_no for no in [*mine, theirs]} == {*mine, theirs}
        assert counts(app) == (3, 3)
    assert mine == ["PWK-L01-261123-0001", "PWK-L01-261123-0002"]
    assert theirs == "PWK-L02-261123-0001"
    assert a.sync.status().state is SyncState.ONLINE
    assert a.sync.status().waiting == 0


def test_card_events_from_two_counters_merge_to_the_same_state(
    counters: Counters, hub_url: str, hub_app: Application
) -> None:
    a, b = counters.open("L01"), counters.open("L02")
    reg_no = register(a).registration.reg_no
    a.sync.sync_once(hub_url)
    b.sync.sync_once(hub_url)

    # Both advance the same file while apart; later, B returns it to the applicant.
    counters.clock.advance(minutes=5)
    advance(a, reg_no, by="rudi")
    counters.clock.advance(minutes=1)
    advance(b, reg_no, by="wati")
    counters.clock.advance(minutes=1)
    b.cards.act(reg_no, CardAction.RETURNED, "wati", Role.BACK_OFFICE, note="kurang surat kuasa")

    b.sync.sync_once(hub_url)  # B's events reach the hub first, A's after: the order does not matter
    a.sync.sync_once(hub_url)
    b.sync.sync_once(hub_url)

    cards = [card_of(app, reg_no) for app in (a, b, hub_app)]
    assert cards[0] == cards[1] == cards[2]
    assert cards[0]["stage_index"] == 1
    assert cards[0]["status"] == CardStatus.RETURNED.value
    assert [e["by"] for e in cards[0]["events"]] == ["sari", "rudi", "wati", "wati"]
    assert [e["effective"] for e in cards[0]["events"]] == [True, True, False, True]  # wati's advance came too late
    assert cards[0]["projection"] == (1, "returned", "wati")


def test_a_counter_keeps_working_while_the_hub_cannot_be_reached(counters: Counters, hub_url: str) -> None:
    a = counters.open("L01")
    a.settings.set("hub.url", NOWHERE)
    with pytest.raises(HubUnreachable) as caught:
        a.sync.sync_once()
    assert "Hub 127.0.0.1:1/loket tidak dapat dihubungi: koneksi ditolak" in caught.value.message
    assert "COUNTER_APP_DB" not in caught.value.message  # the counter's own database is fine
    assert caught.value.exit_code == StorageError.exit_code
    reg_no = register(a).registration.reg_no  # registering goes on
    advance(a, reg_no)
    status = a.sync.status()
    assert status.state is SyncState.OFFLINE
    assert status.offline_since == counters.clock.now()
    assert status.waiting == 7  # the catalog (3), the applicant, the file, its 2 card events
    assert a.sync.run_cycle().state is SyncState.OFFLINE  # the background round does not raise
    counters.clock.advance(minutes=10)
    assert a.sync.status().offline_since != counters.clock.now()  # still offline since the first failure

    a.settings.set("hub.url", hub_url)
    status = a.sync.run_cycle()
    assert (status.state, status.waiting, status.offline_since) == (SyncState.ONLINE, 0, None)
    assert status.last_sync == counters.clock.now()


def test_a_crash_between_sending_and_acknowledging_loses_and_doubles_nothing(
    counters: Counters, hub_url: str, hub_app: Application
) -> None:
    a = counters.open("L01")
    for _ in range(3):
        advance(a, register(a).registration.reg_no)

    class Crash(Exception):
        pass

    def crash() -> None:
        raise Crash

    a.sync._after_send = crash
    a.sync._batch = 4
    with pytest.raises(Crash):
        a.sync.sync_once(hub_url)
    assert a.sync.status().waiting == 3 + 1 + 3 * 3  # nothing forgotten: the batch is still queued
    assert counts(hub_app) == (0, 0)  # the first batch held the catalog and the applicant

    a.sync._after_send = None
    report = a.sync.sync_once(hub_url)
    assert report.waiting == 0
    assert counts(hub_app) == (3, 6)
    with hub_app.engine.connect() as conn:
        logged = conn.execute(select(SyncChangeRow.key, func.count()).group_by(SyncChangeRow.key)).all()
    assert logged and all(n == 1 for _, n in logged)


def test_edits_of_one_applicant_on_two_counters_are_both_kept(
    counters: Counters, hub_url: str, hub_app: Application
) -> None:
    a, b = counters.open("L01"), counters.open("L02")
    person = register(a).registration.applicant
    a.sync.sync_once(hub_url)
    b.sync.sync_once(hub_url)

    # A returning applicant, corrected on each counter while the other does not know.
    data = {**APPLICANT, "phone": "0812-1111-2222"}
    register(a, data, applicant_id=person.id)
    register(b, {**APPLICANT, "address": "Jl. Sudirman 1, Purwakarta"}, applicant_id=person.id)
    assert a.sync.sync_once(hub_url).conflicts == 0
    assert b.sync.sync_once(hub_url).conflicts == 1
    a.sync.sync_once(hub_url)

    # Everyone shows the hub's version (A's, first to arrive) until the supervisor decides.
    for app in (a, b, hub_app):
        with app.sync._uow() as uow:
            shown = uow.applicants.get(person.id)
        assert shown is not None
        assert (shown.phone, shown.address) == ("+6281211112222", APPLICANT["address"])
    (conflict,) = b.sync.conflicts()
    versions = [json.loads(conflict.to_json()[side]["document"]) for side in ("current", "incoming")]
    assert [v["address"] for v in versions] == [APPLICANT["address"], "Jl. Sudirman 1, Purwakarta"]
    assert conflict.origin.startswith("L02:")

    with pytest.raises(ValidationError):
        a.sync.resolve(conflict.id, Keep.INCOMING, " ")
    a.sync.resolve(conflict.id, Keep.INCOMING, "kabid")
    a.sync.sync_once(hub_url)
    b.sync.sync_once(hub_url)
    for app in (a, b, hub_app):
        with app.sync._uow() as uow:
            shown = uow.applicants.get(person.id)
        assert shown is not None
        assert shown.address == "Jl. Sudirman 1, Purwakarta"
    assert a.sync.conflicts() == []
    assert [c.resolved_by for c in a.sync.conflicts(include_closed=True)] == ["kabid"]


def test_holiday_overrides_travel_and_the_last_one_wins(counters: Counters, hub_url: str) -> None:
    a, b = counters.open("L01"), counters.open("L02")
    from counter_app.services.calendar import CalendarService

    calendar_a = CalendarService(a.sync._uow)
    calendar_b = CalendarService(b.sync._uow)
    calendar_a.add_closure(date(2026, 12, 24), "Cuti bersama")
    a.sync.sync_once(hub_url)
    b.sync.sync_once(hub_url)
    assert calendar_b.overrides() == [HolidayOverride(date(2026, 12, 24), True, "Cuti bersama")]

    calendar_b.remove_override(date(2026, 12, 24))
    calendar_a.add_worked_day(date(2026, 12, 26), "Sabtu masuk")
    b.sync.sync_once(hub_url)
    a.sync.sync_once(hub_url)
    b.sync.sync_once(hub_url)
    assert (
        calendar_a.overrides() == calendar_b.overrides() == [HolidayOverride(date(2026, 12, 26), False, "Sabtu masuk")]
    )


def test_a_new_counter_is_set_up_from_the_hub_in_one_step(
    counters: Counters, hub_url: str, hub_app: Application
) -> None:
    hub_app.settings.set_many({"office.name": "DPMPTSP Kabupaten Purwakarta", "office.code": "PWK"})
    a = counters.open("L01")
    reg_no = register(a).registration.reg_no
    advance(a, reg_no)
    a.sync.sync_once(hub_url)

    fresh = counters.open(name="new", empty=True)  # no catalog, nothing
    assert fresh.catalog.list() == []
    report = fresh.sync.bootstrap(hub_url)

    assert report.pulled > 0
    settings = fresh.settings.current()
    assert settings.raw("office.name") == "DPMPTSP Kabupaten Purwakarta"
    assert settings.raw("hub.url") == hub_url
    assert settings.counter_code != "L01"  # its own code (from its own install id)
    assert {p.code for p in fresh.catalog.list()} == {p.code for p in a.catalog.list()}
    assert card_of(fresh, reg_no) == card_of(a, reg_no)
    own = register(fresh).registration
    assert own.reg_no.startswith(f"PWK-{settings.counter_code}-")


def test_a_counter_moved_to_another_hub_sends_it_everything(
    counters: Counters, hub_url: str, pg_server: PgServer, request: pytest.FixtureRequest
) -> None:
    supply = request.getfixturevalue("_pg_migrated")
    a = counters.open("L01")
    reg_no = register(a).registration.reg_no
    a.sync.sync_once(hub_url)
    other = supply.take()
    try:
        other_url = pg_server.url_for(other)
        report = a.sync.sync_once(other_url)
        assert report.pushed > 0
        engine = create_engine_for(other_url)
        try:
            with SqlUnitOfWorkFactory(engine)() as uow:
                assert uow.registrations.by_reg_no(reg_no) is not None
        finally:
            engine.dispose()
    finally:
        a.sync.close()
        supply.give_back(other)


def test_the_hub_address_must_be_postgresql(counters: Counters) -> None:
    a = counters.open("L01")
    with pytest.raises(ValidationError, match=r"hub\.url"):
        a.settings.set("hub.url", "/srv/share/loket.db")
    with pytest.raises(ValidationError, match=r"hub\.url"):
        a.sync.sync_once()  # none configured
    assert a.sync.status().state is SyncState.OFF


def test_back_office_work_done_on_the_hub_reaches_the_counters(
    counters: Counters, hub_url: str, hub_app: Application
) -> None:
    a, b = counters.open("L01"), counters.open("L02")
    reg_no = register(a).registration.reg_no
    a.sync.sync_once(hub_url)  # the hub exists from here on

    counters.clock.advance(hours=1)
    advance(hub_app, reg_no, by="bo-pusat")  # the back office works on the hub itself
    a.sync.sync_once(hub_url)
    b.sync.sync_once(hub_url)

    cards = [card_of(app, reg_no) for app in (hub_app, a, b)]
    assert cards[0] == cards[1] == cards[2]
    assert cards[0]["projection"] == (1, "open", "bo-pusat")


def test_a_hub_database_that_does_not_exist_is_named(counters: Counters, pg_server: PgServer) -> None:
    a = counters.open("L01")
    with pytest.raises(HubUnreachable, match="basis data tidak_ada_sama_sekali tidak ada di server itu"):
        a.sync.sync_once(pg_server.url_for("tidak_ada_sama_sekali"))
    assert a.sync.status().state is SyncState.OFFLINE
