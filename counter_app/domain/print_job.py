"""Print jobs: the bytes of a receipt or slip, stored with the registration, sent by a worker.

queued → sending → printed | failed. A job found in `sending` after a crash may or may not have
printed: it is never re-sent automatically; the officer decides (architecture.md §5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class JobState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    PRINTED = "printed"
    FAILED = "failed"


class JobKind(StrEnum):
    RECEIPT = "receipt"
    RETURN_SLIP = "return_slip"
    CONTROL_CARD = "control_card"
    TEST = "test"


@dataclass(frozen=True)
class PrintJob:
    id: str
    kind: JobKind
    payload: bytes
    printer_uri: str
    state: JobState
    created_at: datetime
    updated_at: datetime
    registration_id: str | None = None
    visit_id: str | None = None
    copy_no: int = 0
    reason: str = ""
    error: str = ""
    attempts: int = 0
