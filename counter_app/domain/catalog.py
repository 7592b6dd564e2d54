"""The permit catalog: permit types, their requirements tree, SLA, fee and stage template.

A `PermitType` is one immutable version. Its JSON form (`to_json`/`from_json`) is the contract of
`counter-app catalog show CODE --json` and is also what a registered file snapshots.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from counter_app.domain import roles

Role = roles.Role  # who acts at a stage (its own module, so the window loads it alone)


class Risk(StrEnum):
    RENDAH = "rendah"
    MENENGAH_RENDAH = "menengah_rendah"
    MENENGAH_TINGGI = "menengah_tinggi"
    TINGGI = "tinggi"
    UNKNOWN = "unknown"


class SlaUnit(StrEnum):
    WORKING = "working"
    CALENDAR = "calendar"
    UNKNOWN = "unknown"


class ConditionFlag(StrEnum):
    FOREIGN_CAPITAL = "foreign_capital"
    NON_INDIVIDUAL = "non_individual"
    FOREIGN_NATIONAL = "foreign_national"
    CHANGE_REQUEST = "change_request"
    OTHER = "other"


class DocumentForm(StrEnum):
    ORIGINAL = "original"
    PHOTOCOPY = "photocopy"
    SCAN = "scan"
    UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class Kbli:
    version: str | None
    code: str | None
    title: str | None


@dataclass(frozen=True)
class Sla:
    days: int | None
    unit: SlaUnit
    text: str
    start_trigger: str = ""

    @property
    def needs_review(self) -> bool:
        return self.days is None or self.unit is SlaUnit.UNKNOWN


@dataclass(frozen=True)
class Fee:
    free: bool
    amount: int | None
    text: str

    @property
    def needs_review(self) -> bool:
        return not self.free and self.amount is None


@dataclass(frozen=True)
class Stage:
    name: str
    role: Role
    budget_days: int | None = None


@dataclass(frozen=True)
class Condition:
    text: str
    flag: ConditionFlag


@dataclass(frozen=True)
class Requirement:
    id: str
    group: str
    text: str
    optional: bool = False
    condition: Condition | None = None
    copies: int = 1
    form: DocumentForm = DocumentForm.UNSPECIFIED
    children: tuple[Requirement, ...] = ()


@dataclass(frozen=True)
class PermitType:
    code: str
    name: str
    kind: str
    risk: Risk
    kbli: Kbli
    sla: Sla
    fee: Fee
    product: str
    legal_basis: tuple[str, ...]
    complaint_channels: str
    stages: tuple[Stage, ...]
    requirements: tuple[Requirement, ...]
    procedure: tuple[str, ...] = ()
    other_components: tuple[tuple[str, str], ...] = ()
    unplaced: tuple[str, ...] = ()
    source: str = ""
    version: int = 0

    def walk_requirements(self) -> Iterator[Requirement]:
        """Every requirement, depth first."""
        stack = list(reversed(self.requirements))
        while stack:
            req = stack.pop()
            yield req
            stack.extend(reversed(req.children))

    def content_hash(self) -> str:
        """Hash of everything but the version number: equal hashes mean the same permit type."""
        data = self.to_json()
        data.pop("version")
        blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        import hashlib  # loads OpenSSL: not while the desktop app starts

        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def with_version(self, version: int) -> PermitType:
        return replace(self, version=version)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "risk": self.risk.value,
            "version": self.version,
            "kbli": {"version": self.kbli.version, "code": self.kbli.code, "title": self.kbli.title},
            "sla": {
                "days": self.sla.days,
                "unit": self.sla.unit.value,
                "text": self.sla.text,
                "start_trigger": self.sla.start_trigger,
                "needs_review": self.sla.needs_review,
            },
            "fee": {"free": self.fee.free, "amount": self.fee.amount, "text": self.fee.text},
            "product": self.product,
            "legal_basis": list(self.legal_basis),
            "complaint_channels": self.complaint_channels,
            "procedure": list(self.procedure),
            "stages": [{"name": s.name, "role": s.role.value, "budget_days": s.budget_days} for s in self.stages],
            "requirements": [_requirement_to_json(r) for r in self.requirements],
            "other_components": dict(self.other_components),
            "unplaced": list(self.unplaced),
            "source": self.source,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PermitType:
        sla = data["sla"]
        fee = data["fee"]
        kbli = data["kbli"]
        return cls(
            code=data["code"],
            name=data["name"],
            kind=data["kind"],
            risk=Risk(data["risk"]),
            kbli=Kbli(kbli["version"], kbli["code"], kbli["title"]),
            sla=Sla(sla["days"], SlaUnit(sla["unit"]), sla["text"], sla.get("start_trigger", "")),
            fee=Fee(fee["free"], fee["amount"], fee["text"]),
            product=data["product"],
            legal_basis=tuple(data["legal_basis"]),
            complaint_channels=data["complaint_channels"],
            procedure=tuple(data.get("procedure", ())),
            stages=tuple(Stage(s["name"], Role(s["role"]), s["budget_days"]) for s in data["stages"]),
            requirements=tuple(_requirement_from_json(r) for r in data["requirements"]),
            other_components=tuple(data.get("other_components", {}).items()),
            unplaced=tuple(data.get("unplaced", ())),
            source=data.get("source", ""),
            version=data["version"],
        )


def _requirement_to_json(req: Requirement) -> dict[str, Any]:
    return {
        "id": req.id,
        "group": req.group,
        "text": req.text,
        "optional": req.optional,
        "condition": None if req.condition is None else {"text": req.condition.text, "flag": req.condition.flag.value},
        "copies": req.copies,
        "form": req.form.value,
        "children": [_requirement_to_json(c) for c in req.children],
    }


def _requirement_from_json(data: dict[str, Any]) -> Requirement:
    cond = data.get("condition")
    return Requirement(
        id=data["id"],
        group=data["group"],
        text=data["text"],
        optional=data["optional"],
        condition=None if cond is None else Condition(cond["text"], ConditionFlag(cond["flag"])),
        copies=data["copies"],
        form=DocumentForm(data["form"]),
        children=tuple(_requirement_from_json(c) for c in data.get("children", ())),
    )


@dataclass(frozen=True)
class PermitSummary:
    """One line of `catalog list`."""

    code: str
    name: str
    kind: str
    risk: Risk
    kbli_code: str | None
    version: int
    sla_days: int | None = None
    sla_unit: SlaUnit = SlaUnit.UNKNOWN

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "risk": self.risk.value,
            "kbli": self.kbli_code,
            "version": self.version,
            "sla": {"days": self.sla_days, "unit": self.sla_unit.value},
        }
