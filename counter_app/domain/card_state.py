"""What a control card says now, derived from its events (never stored).

Events are applied in (at, id) order, so every replica that holds the same events derives the same
state whatever order they arrived in. An event that is not valid in the state reached (two
counters advancing the same file at once) is kept in the log but has no effect, and is listed.
The SLA clock counts working days from the registration day, excluding days the file was back
with the applicant.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.catalog import SlaUnit, Stage
from counter_app.domain.control_card import CardAction, CardEvent


class CardStatus(StrEnum):
    OPEN = "open"
    RETURNED = "returned"
    REJECTED = "rejected"
    HANDED_OVER = "handed_over"
    VOIDED = "voided"

    @property
    def closed(self) -> bool:
        return self in (CardStatus.REJECTED, CardStatus.HANDED_OVER, CardStatus.VOIDED)


class Flag(StrEnum):
    ON_TRACK = "on_track"
    AMBER = "amber"
    RED = "red"


AMBER_SHARE = 0.75


@dataclass(frozen=True)
class StageVisit:
    """One stay of the file in one stage."""

    stage: int
    entered_at: datetime
    left_at: datetime | None
    by: str  # who moved it in
    working_days: int


@dataclass(frozen=True)
class Sla:
    days: int | None
    unit: SlaUnit
    due_date: date | None
    working_days_used: int
    working_days_left: int | None
    paused_days: int
    ongoing_pause_days: int = 0  # part of paused_days: the pause still running (file returned)


@dataclass(frozen=True)
class CardState:
    stage: int
    status: CardStatus
    flag: Flag
    sla: Sla
    visits: tuple[StageVisit, ...]
    effective: tuple[CardEvent, ...]
    ignored: tuple[CardEvent, ...] = field(default=())

    @property
    def last_effective(self) -> CardEvent | None:
        return self.effective[-1] if self.effective else None

    def days_in_stage(self) -> int:
        return self.visits[-1].working_days if self.visits else 0


@dataclass
class _Replay:
    stage: int = 0
    status: CardStatus = CardStatus.OPEN
    stack: list[CardEvent] = field(default_factory=list)  # effective events, undo pops
    ignored: list[CardEvent] = field(default_factory=list)


def ordered(events: Sequence[CardEvent]) -> list[CardEvent]:
    return sorted(events, key=lambda e: (e.at, e.id))


def replay(events: Sequence[CardEvent], stage_count: int) -> _Replay:
    state = _Replay()
    for event in ordered(events):
        if _applies(state, event, stage_count):
            if event.action is CardAction.UNDONE:
                state.stack.pop()
            else:
                state.stack.append(event)
            state.stage, state.status = _position(state.stack)
        else:
            state.ignored.append(event)
    return state


_STATUS_AFTER = {
    CardAction.RETURNED: CardStatus.RETURNED,
    CardAction.RESUBMITTED: CardStatus.OPEN,
    CardAction.REJECTED: CardStatus.REJECTED,
    CardAction.HANDED_OVER: CardStatus.HANDED_OVER,
    CardAction.VOIDED: CardStatus.VOIDED,
    CardAction.REGISTERED: CardStatus.OPEN,
    CardAction.ADVANCED: CardStatus.OPEN,
}


def _position(stack: Sequence[CardEvent]) -> tuple[int, CardStatus]:
    stage, status = 0, CardStatus.OPEN
    for event in stack:
        if event.to_stage is not None:
            stage = event.to_stage
        status = _STATUS_AFTER.get(event.action, status)
    return stage, status


def _applies(state: _Replay, event: CardEvent, stage_count: int) -> bool:
    action = event.action
    if action is CardAction.REGISTERED:
        return not state.stack
    if not state.stack:
        return False
    if action is CardAction.UNDONE:
        target = event.data.get("undoes")
        last = state.stack[-1]
        return last.action not in (CardAction.REGISTERED, CardAction.VOIDED) and (target is None or target == last.id)
    if state.status.closed:
        return False
    if action is CardAction.ADVANCED:
        return (
            state.status is CardStatus.OPEN
            and event.from_stage == state.stage
            and state.stage + 1 < stage_count
            and event.to_stage == state.stage + 1
        )
    if action is CardAction.RETURNED:
        return state.status is CardStatus.OPEN
    if action is CardAction.RESUBMITTED:
        return state.status is CardStatus.RETURNED
    if action in (CardAction.REJECTED, CardAction.VOIDED):
        return True
    # HANDED_OVER: only from the last stage (the handover stage)
    return state.status is CardStatus.OPEN and state.stage == stage_count - 1


def derive(
    events: Sequence[CardEvent],
    stages: Sequence[Stage],
    sla_days: int | None,
    sla_unit: SlaUnit,
    calendar: WorkingCalendar,
    today: date,
    timezone: str,
) -> CardState:
    """The card's state as of `today` (the office's local date; event times are UTC)."""
    state = replay(events, len(stages))
    effective = tuple(state.stack)
    if not effective:
        raise ValueError("a card needs its registered event")
    zone = ZoneInfo(timezone)

    def local_day(event: CardEvent) -> date:
        return event.at.astimezone(zone).date()

    closed_on = local_day(effective[-1]) if state.status.closed else None
    end = closed_on or today
    visits = _visits(effective, calendar, end, local_day)
    registered_on = local_day(effective[0])
    paused, ongoing = _paused_days(effective, calendar, end, local_day)
    if sla_unit is SlaUnit.CALENDAR:
        used = max((end - registered_on).days, 0) - paused
    else:
        used = calendar.working_days_between(registered_on, end) - paused
    due: date | None = None
    left: int | None = None
    if sla_days is not None:
        if sla_unit is SlaUnit.CALENDAR:
            due = registered_on + timedelta(days=sla_days + paused)
        else:
            due = calendar.add_working_days(registered_on, sla_days + paused).date
        left = sla_days - used
    sla = Sla(sla_days, sla_unit, due, used, left, paused, ongoing)
    flag = _flag(sla, stages, state.stage, visits)
    return CardState(state.stage, state.status, flag, sla, visits, effective, tuple(state.ignored))


def _visits(
    effective: Sequence[CardEvent], calendar: WorkingCalendar, end: date, local_day: Callable[[CardEvent], date]
) -> tuple[StageVisit, ...]:
    visits: list[StageVisit] = []
    for index, event in enumerate(effective):
        if event.to_stage is None or (visits and visits[-1].stage == event.to_stage):
            continue
        left = next(
            (e for e in effective[index + 1 :] if e.to_stage is not None and e.to_stage != event.to_stage), None
        )
        closing = (
            effective[-1]
            if effective[-1].action in (CardAction.REJECTED, CardAction.HANDED_OVER, CardAction.VOIDED)
            else None
        )
        leave = left or closing
        left_day = local_day(leave) if leave else end
        visits.append(
            StageVisit(
                event.to_stage,
                event.at,
                leave.at if leave else None,
                event.by,
                calendar.working_days_between(local_day(event), left_day),
            )
        )
    return tuple(visits)


def _paused_days(
    effective: Sequence[CardEvent], calendar: WorkingCalendar, end: date, local_day: Callable[[CardEvent], date]
) -> tuple[int, int]:
    """All paused working days, and the part of them still running."""
    paused = 0
    returned_on: date | None = None
    for event in effective:
        if event.action is CardAction.RETURNED:
            returned_on = local_day(event)
        elif event.action is CardAction.RESUBMITTED and returned_on is not None:
            paused += calendar.working_days_between(returned_on, local_day(event))
            returned_on = None
    ongoing = 0 if returned_on is None else calendar.working_days_between(returned_on, end)
    return paused + ongoing, ongoing


def _flag(sla: Sla, stages: Sequence[Stage], stage: int, visits: Sequence[StageVisit]) -> Flag:
    budget = stages[stage].budget_days if stage < len(stages) else None
    return flag_for(sla.days, sla.working_days_used, budget, visits[-1].working_days if visits else None)


def flag_for(sla_days: int | None, used: int, budget: int | None, days_in_stage: int | None) -> Flag:
    """Red when over the SLA or the stage budget; amber at 75 % of either; else on track."""
    amber = False
    if sla_days is not None and sla_days > 0:
        if used > sla_days:
            return Flag.RED
        amber = used >= AMBER_SHARE * sla_days
    if budget is not None and days_in_stage is not None:
        if days_in_stage > budget:
            return Flag.RED
        if budget > 0 and days_in_stage >= AMBER_SHARE * budget:
            amber = True
    return Flag.AMBER if amber else Flag.ON_TRACK
