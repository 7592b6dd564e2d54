"""The checklist a permit type asks of one applicant, and what is missing from a file.

Conditional items appear only when they apply (foreign capital, badan usaha, foreign national,
change request); a condition the software cannot judge (flag `other`) is shown but not mandatory:
the officer decides. Items with sub-items are headings; their sub-items are ticked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from counter_app.domain.applicant import Applicant, BusinessForm
from counter_app.domain.catalog import ConditionFlag, DocumentForm, PermitType, Requirement


@dataclass(frozen=True)
class ApplicantContext:
    foreign_capital: bool = False
    non_individual: bool = False
    foreign_national: bool = False
    change_request: bool = False

    @classmethod
    def of(cls, applicant: Applicant, change_request: bool = False) -> ApplicantContext:
        business = applicant.business
        return cls(
            foreign_capital=bool(business and business.foreign_capital),
            non_individual=bool(business and business.form is BusinessForm.BADAN_USAHA),
            foreign_national=applicant.foreign_national,
            change_request=change_request,
        )

    def applies(self, flag: ConditionFlag) -> bool:
        return {
            ConditionFlag.FOREIGN_CAPITAL: self.foreign_capital,
            ConditionFlag.NON_INDIVIDUAL: self.non_individual,
            ConditionFlag.FOREIGN_NATIONAL: self.foreign_national,
            ConditionFlag.CHANGE_REQUEST: self.change_request,
            ConditionFlag.OTHER: True,
        }[flag]


@dataclass(frozen=True)
class ChecklistItem:
    requirement: Requirement
    depth: int
    heading: bool
    mandatory: bool
    condition_text: str = ""

    @property
    def id(self) -> str:
        return self.requirement.id

    @property
    def text(self) -> str:
        return self.requirement.text


@dataclass(frozen=True)
class ReceivedItem:
    requirement_id: str
    received: bool = True
    form: DocumentForm = DocumentForm.UNSPECIFIED
    copies: int = 1
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.requirement_id,
            "received": self.received,
            "form": self.form.value,
            "copies": self.copies,
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReceivedItem:
        return cls(
            data["id"], bool(data["received"]), DocumentForm(data["form"]), int(data["copies"]), data.get("note", "")
        )


def checklist_for(permit: PermitType, context: ApplicantContext) -> list[ChecklistItem]:
    """The rows to show, in document order: applicable items only."""
    rows: list[ChecklistItem] = []

    def visit(requirement: Requirement, depth: int, inherited_optional: bool, inherited_condition: str) -> None:
        condition = requirement.condition
        if condition is not None and not context.applies(condition.flag):
            return
        judged = condition is not None and condition.flag is ConditionFlag.OTHER
        optional = inherited_optional or requirement.optional or judged
        condition_text = condition.text if condition is not None else inherited_condition
        heading = bool(requirement.children)
        rows.append(
            ChecklistItem(
                requirement, depth, heading, mandatory=not optional and not heading, condition_text=condition_text
            )
        )
        for child in requirement.children:
            visit(child, depth + 1, optional, condition_text)

    for requirement in permit.requirements:
        visit(requirement, 0, False, "")
    return rows


def tickable(rows: Iterable[ChecklistItem]) -> list[ChecklistItem]:
    return [row for row in rows if not row.heading]


def missing_items(rows: Iterable[ChecklistItem], received: Mapping[str, ReceivedItem]) -> list[ChecklistItem]:
    """Mandatory items not received."""
    return [row for row in rows if row.mandatory and not (row.id in received and received[row.id].received)]


def all_received(rows: Iterable[ChecklistItem]) -> dict[str, ReceivedItem]:
    """`--docs all`: every applicable item handed over, in the form the document asks for."""
    return {row.id: ReceivedItem(row.id, True, row.requirement.form, row.requirement.copies) for row in tickable(rows)}
