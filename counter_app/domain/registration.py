"""A registered file and a returned (incomplete) visit.

A registration snapshots the applicant and the permit type version as they were at that moment,
so later catalog edits never rewrite it or its receipt (architecture.md §4).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from counter_app.domain.applicant import Applicant
from counter_app.domain.calendar import DueDate
from counter_app.domain.catalog import PermitType
from counter_app.domain.checklist import ReceivedItem


@dataclass(frozen=True)
class Registration:
    id: str
    reg_no: str
    tracking_code: str
    applicant: Applicant
    permit: PermitType
    items: tuple[ReceivedItem, ...]
    received_at: datetime
    due: DueDate | None  # None when the permit type states no completion time
    office_code: str
    counter_code: str
    officer: str
    change_request: bool = False

    def snapshot_json(self) -> dict[str, Any]:
        """What is stored with the file and never changes afterwards. The permit type is referenced
        by (code, version): versions are immutable, so the reference is the snapshot."""
        return {
            "applicant": self.applicant.to_json(),
            "items": [item.to_json() for item in self.items],
            "change_request": self.change_request,
        }

    @classmethod
    def from_snapshot(
        cls,
        *,
        id: str,
        reg_no: str,
        tracking_code: str,
        received_at: datetime,
        due_date: date | None,
        due_days: int,
        due_provisional: bool,
        office_code: str,
        counter_code: str,
        officer: str,
        snapshot: Mapping[str, Any],
        permit: PermitType,
    ) -> Registration:
        return cls(
            id=id,
            reg_no=reg_no,
            tracking_code=tracking_code,
            applicant=Applicant.from_json(snapshot["applicant"]),
            permit=permit,
            items=tuple(ReceivedItem.from_json(i) for i in snapshot["items"]),
            received_at=received_at,
            due=None if due_date is None else DueDate(due_date, due_days, due_provisional),
            office_code=office_code,
            counter_code=counter_code,
            officer=officer,
            change_request=bool(snapshot.get("change_request", False)),
        )


@dataclass(frozen=True)
class MissingItem:
    id: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text}


@dataclass(frozen=True)
class ReturnedVisit:
    """An incomplete file handed back: no number, no SLA clock (bukti pengembalian berkas)."""

    id: str
    applicant: Applicant
    permit_code: str
    permit_version: int
    permit_name: str
    missing: tuple[MissingItem, ...]
    at: datetime
    office_code: str
    counter_code: str
    officer: str
