"""The kartu kendali as an append-only event log (architecture.md §3).

Events are never updated or deleted; an undo is a new event. Stages are indexes into the permit
type's stage template snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class CardAction(StrEnum):
    REGISTERED = "registered"
    ADVANCED = "advanced"
    RETURNED = "returned"
    RESUBMITTED = "resubmitted"
    REJECTED = "rejected"
    UNDONE = "undone"
    HANDED_OVER = "handed_over"
    VOIDED = "voided"  # the registration is cancelled (BATAL) by a supervisor; final, its number stays used


@dataclass(frozen=True)
class CardEvent:
    id: str
    registration_id: str
    action: CardAction
    from_stage: int | None
    to_stage: int | None
    at: datetime
    by: str
    role: str
    counter_code: str
    note: str = ""
    data: dict[str, Any] = field(default_factory=dict)
