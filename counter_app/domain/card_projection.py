"""A control card's state kept next to its file, so the back-office queue reads one row per file.

The events stay the truth; this projection is rewritten from them after every event (and can be
rebuilt from them at any time). Working-day figures are computed when the queue is read, with the
office's calendar of that moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter_app.domain.card_state import CardState, CardStatus
from counter_app.domain.control_card import CardAction


@dataclass(frozen=True, slots=True)
class CardProjection:
    stage: int
    status: CardStatus
    since: datetime  # when the file entered its current stage
    last_by: str
    paused_days: int = 0  # working days of pauses already ended (returned → resubmitted)
    paused_since: datetime | None = None  # while returned: when it went back to the applicant


def projection_of(state: CardState) -> CardProjection:
    last = state.effective[-1]
    paused_since = None
    if state.status is CardStatus.RETURNED:
        paused_since = next(e.at for e in reversed(state.effective) if e.action is CardAction.RETURNED)
    return CardProjection(
        stage=state.stage,
        status=state.status,
        since=state.visits[-1].entered_at if state.visits else last.at,
        last_by=last.by,
        paused_days=state.sla.paused_days - state.sla.ongoing_pause_days,
        paused_since=paused_since,
    )


@dataclass(frozen=True, slots=True)
class OpenFile:
    """One row of the back-office queue as stored: the file and its card projection."""

    id: str
    reg_no: str
    applicant_name: str
    permit_code: str
    permit_version: int
    received_at: datetime
    card: CardProjection
