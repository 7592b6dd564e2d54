"""What the public status page reads of one file (see `counter_app.services.status`).

A record of its own, apart from `Registration`, so that storage can read it without the snapshot:
the only personal data in it is the applicant's name, which the page shows masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter_app.domain.control_card import CardEvent


@dataclass(frozen=True)
class StatusRecord:
    registration_id: str
    permit_code: str
    permit_version: int
    received_at: datetime
    applicant_name: str
    events: tuple[CardEvent, ...]  # a storage adapter may leave `by`, `role` and `note` empty
