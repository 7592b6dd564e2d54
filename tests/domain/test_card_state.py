"""Control card: state derived from events, SLA with pauses, role/stage rules, order independence."""

from __future__ import annotations

import itertools
import random
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from counter_app.domain.card_rules import refusal
from counter_app.domain.card_state import CardState, CardStatus, Flag, derive
from counter_app.domain.catalog import Role, SlaUnit, Stage
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.services.calendar import build_calendar
from counter_app.settings import Settings

WIB = ZoneInfo("Asia/Jakarta")
STAGES = (
    Stage("Pendaftaran", Role.FRONT_DESK, 0),
    Stage("Verifikasi", Role.BACK_OFFICE, 1),
    Stage("Pemrosesan", Role.BACK_OFFICE, 2),
    Stage("Tanda tangan", Role.SUPERVISOR, 1),
    Stage("Penyerahan", Role.FRONT_DESK, None),
)
CALENDAR = build_calendar(Settings({}), [])
_ids = itertools.count(1)


def event(action: CardAction, when: datetime, frm: int | None = None, to: int | None = None, **data: str) -> CardEvent:
    return CardEvent(
        f"e{next(_ids):04d}",
        "r1",
        action,
        frm,
        to,
        when.astimezone(ZoneInfo("UTC")),
        "sari",
        "back_office",
        "L01",
        data.pop("note", ""),
        dict(data),
    )


def at(day: int, month: int = 11, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=WIB)


def state(events: list[CardEvent], today: date = date(2026, 11, 30), days: int | None = 7) -> CardState:
    return derive(events, STAGES, days, SlaUnit.WORKING, CALENDAR, today, "Asia/Jakarta")


REGISTERED = event(CardAction.REGISTERED, at(23), None, 0)


def test_a_new_file_is_open_at_the_first_stage() -> None:
    card = state([REGISTERED], today=date(2026, 11, 23))
    assert (card.stage, card.status, card.flag) == (0, CardStatus.OPEN, Flag.ON_TRACK)
    assert card.sla.due_date == date(2026, 12, 2)
    assert (card.sla.working_days_used, card.sla.working_days_left, card.sla.paused_days) == (0, 7, 0)


def test_advancing_and_time_in_stage() -> None:
    events = [REGISTERED, event(CardAction.ADVANCED, at(23, hour=11), 0, 1), event(CardAction.ADVANCED, at(24), 1, 2)]
    card = state(events, today=date(2026, 11, 27))
    assert card.stage == 2
    assert [v.stage for v in card.visits] == [0, 1, 2]
    assert [v.working_days for v in card.visits] == [0, 1, 3]
    assert card.flag is Flag.RED  # 3 days in a stage budgeted 2
    assert card.sla.working_days_used == 4


def test_a_return_pauses_the_clock_across_weekend_and_holidays() -> None:
    # Returned Tue 22 Dec 2026, resubmitted Tue 29 Dec: 23 Dec, 28 Dec, 29 Dec are working days
    # (24 Dec cuti bersama, 25 Dec Christmas, 26–27 weekend) → 3 paused working days.
    registered = event(CardAction.REGISTERED, at(18, 12), None, 0)
    events = [
        registered,
        event(CardAction.RETURNED, at(22, 12), 0, note="KTP buram"),
        event(CardAction.RESUBMITTED, at(29, 12), 0),
    ]
    card = state(events, today=date(2026, 12, 30), days=5)
    assert card.status is CardStatus.OPEN
    assert card.sla.paused_days == 3
    # Working days from 18 Dec to 30 Dec: 21, 22, 23, 28, 29, 30 = 6, minus 3 paused = 3.
    assert card.sla.working_days_used == 3
    assert card.sla.working_days_left == 2
    assert card.sla.due_date == date(2027, 1, 4)  # 29 Dec + 3 paused days pushed past New Year


def test_while_returned_the_pause_keeps_growing() -> None:
    events = [REGISTERED, event(CardAction.RETURNED, at(24), 0, note="kurang NPWP")]
    card = state(events, today=date(2026, 11, 30))
    assert card.status is CardStatus.RETURNED
    assert card.sla.paused_days == 4  # 25, 26, 27 and 30 November
    assert card.sla.working_days_used == 1  # only 24 November counted


def test_undo_reverts_the_last_event_and_is_itself_logged() -> None:
    advanced = event(CardAction.ADVANCED, at(23, hour=11), 0, 1)
    events = [REGISTERED, advanced, event(CardAction.UNDONE, at(23, hour=12), 1, 0, undoes=advanced.id)]
    card = state(events)
    assert card.stage == 0
    assert [e.action for e in card.effective] == [CardAction.REGISTERED]
    assert card.ignored == ()


def test_handover_and_reject_close_the_file() -> None:
    path = [REGISTERED] + [event(CardAction.ADVANCED, at(23 + i, hour=10), i, i + 1) for i in range(4)]
    handed = state([*path, event(CardAction.HANDED_OVER, at(27, hour=15), 4, received_by="Budi")])
    assert handed.status is CardStatus.HANDED_OVER
    rejected = state([REGISTERED, event(CardAction.REJECTED, at(24), 0, note="lokasi tidak sesuai")])
    assert rejected.status is CardStatus.REJECTED
    assert rejected.sla.working_days_used == 1  # the clock stops at closing


def test_two_counters_advancing_at_once_count_once() -> None:
    first = event(CardAction.ADVANCED, at(24, hour=10), 0, 1)
    second = event(CardAction.ADVANCED, at(24, hour=10), 0, 1)
    card = state([REGISTERED, second, first])
    assert card.stage == 1
    assert len(card.ignored) == 1


def test_every_arrival_order_gives_the_same_state() -> None:
    events = [
        REGISTERED,
        event(CardAction.ADVANCED, at(23, hour=11), 0, 1),
        event(CardAction.RETURNED, at(24), 1, note="kurang"),
        event(CardAction.RESUBMITTED, at(26), 1),
        event(CardAction.ADVANCED, at(26, hour=13), 1, 2),
        event(CardAction.ADVANCED, at(26, hour=13), 1, 2),
    ]
    expected = state(events)
    shuffler = random.Random(7)
    for _ in range(30):
        shuffled = events[:]
        shuffler.shuffle(shuffled)
        card = state(shuffled)
        assert (card.stage, card.status, card.sla, card.effective) == (
            expected.stage,
            expected.status,
            expected.sla,
            expected.effective,
        )


NOTE = "alasan"
HANDOVER = {"received_by": "Budi", "id_document": "KTP"}


def _card_at(stage: int, status: CardStatus) -> CardState:
    events = [REGISTERED] + [event(CardAction.ADVANCED, at(23, hour=10 + i), i, i + 1) for i in range(stage)]
    if status is CardStatus.RETURNED:
        events.append(event(CardAction.RETURNED, at(24), stage, note="x"))
    elif status is CardStatus.REJECTED:
        events.append(event(CardAction.REJECTED, at(24), stage, note="x"))
    return state(events)


def expected_allowed(action: CardAction, role: Role, stage: int, status: CardStatus) -> bool:
    last = len(STAGES) - 1
    own = role is Role.SUPERVISOR or role is STAGES[stage].role
    if role is Role.ADMIN:
        return False
    if status is CardStatus.REJECTED:
        return action is CardAction.UNDONE and role is Role.SUPERVISOR
    if action is CardAction.UNDONE:
        return role is Role.SUPERVISOR and (stage > 0 or status is CardStatus.RETURNED)
    if action is CardAction.VOIDED:
        return role is Role.SUPERVISOR
    if action is CardAction.ADVANCED:
        return status is CardStatus.OPEN and stage < last and own
    if action is CardAction.RETURNED:
        return status is CardStatus.OPEN and own
    if action is CardAction.RESUBMITTED:
        return status is CardStatus.RETURNED and role in (Role.FRONT_DESK, Role.SUPERVISOR)
    if action is CardAction.REJECTED:
        return own
    if action is CardAction.HANDED_OVER:
        return status is CardStatus.OPEN and stage == last and own
    return False


@pytest.mark.parametrize("action", [a for a in CardAction if a is not CardAction.REGISTERED])
@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("stage", range(len(STAGES)))
@pytest.mark.parametrize("status", [CardStatus.OPEN, CardStatus.RETURNED, CardStatus.REJECTED])
def test_the_role_matrix(action: CardAction, role: Role, stage: int, status: CardStatus) -> None:
    card = _card_at(stage, status)
    allowed = refusal(action, role, card, STAGES, NOTE, HANDOVER) is None
    assert allowed == expected_allowed(action, role, stage, status)


def test_reasons_and_handover_details_are_required() -> None:
    card = _card_at(4, CardStatus.OPEN)
    assert refusal(CardAction.REJECTED, Role.SUPERVISOR, card, STAGES, " ", {}) == "alasan wajib diisi"
    assert "penerima" in (refusal(CardAction.HANDED_OVER, Role.FRONT_DESK, card, STAGES, "", {}) or "")
    assert refusal(CardAction.UNDONE, Role.SUPERVISOR, card, STAGES, "", {}) == "alasan wajib diisi"
