"""The audit trail: append-only entries, each chained to the previous one of its counter by SHA-256.

An entry's `hash` is the SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of all its
fields except `seq` and `hash` itself; `prev_hash` is the previous entry's `hash` on the same
counter (`GENESIS` for the first). `seq` (1, 2, 3, … per counter) only says where an entry is
stored; the chain says where it belongs. So:
- a changed byte in any hashed field makes that entry's hash wrong: *altered*;
- a removed entry leaves the next one pointing at a hash no entry has: *deleted*;
- two swapped entries: one points at an entry stored after it: *reordered*.
Removing the newest entries leaves no trace in the chain itself; the daily close prints the head
hash so that `audit verify --head HASH` can check the end too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: str
    counter_code: str
    seq: int
    at: datetime
    actor_id: str
    actor_name: str
    actor_role: str
    action: str
    target: str
    before: str  # canonical JSON text ("" when nothing applies)
    after: str
    prev_hash: str
    hash: str

    def hashed_fields(self) -> dict[str, str]:
        return {
            "id": self.id,
            "counter_code": self.counter_code,
            "at": stamp(self.at),
            "actor_id": self.actor_id,
            "actor_name": self.actor_name,
            "actor_role": self.actor_role,
            "action": self.action,
            "target": self.target,
            "before": self.before,
            "after": self.after,
            "prev_hash": self.prev_hash,
        }

    def computed_hash(self) -> str:
        return hashlib.sha256(canonical_json(self.hashed_fields()).encode("utf-8")).hexdigest()

    def label(self) -> str:
        return f"{self.counter_code} #{self.seq} ({self.action} {self.target}, {stamp(self.at)}, id {self.id})"


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def detail(value: Mapping[str, Any] | None) -> str:
    """A before/after value as stored: canonical JSON, or "" for none."""
    return "" if value is None else canonical_json(value)


def new_entry(
    *,
    id: str,
    counter_code: str,
    head: AuditEntry | None,
    at: datetime,
    actor_id: str,
    actor_name: str,
    actor_role: str,
    action: str,
    target: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> AuditEntry:
    """The next entry after `head` (the counter's newest, or None), its hash computed."""
    draft = AuditEntry(
        id=id,
        counter_code=counter_code,
        seq=1 if head is None else head.seq + 1,
        at=at.astimezone(UTC),
        actor_id=actor_id,
        actor_name=actor_name,
        actor_role=actor_role,
        action=action,
        target=target,
        before=detail(before),
        after=detail(after),
        prev_hash=GENESIS if head is None else head.hash,
        hash="",
    )
    return AuditEntry(**{**draft.__dict__, "hash": draft.computed_hash()})


class ProblemKind(StrEnum):
    ALTERED = "altered"
    DELETED = "deleted"
    REORDERED = "reordered"
    HEAD_MISMATCH = "head_mismatch"


@dataclass(frozen=True)
class ChainProblem:
    kind: ProblemKind
    entry: AuditEntry | None  # the first entry found wrong (None: the chain's end)
    counter_code: str


def check_chain(entries: Iterable[AuditEntry]) -> ChainProblem | None:
    """The first problem of ONE counter's chain (entries in stored order, by seq), or None."""
    stored = list(entries)
    position = {entry.hash: index for index, entry in enumerate(stored)}
    previous = GENESIS
    for index, entry in enumerate(stored):
        if entry.computed_hash() != entry.hash:
            return ChainProblem(ProblemKind.ALTERED, entry, entry.counter_code)
        if entry.prev_hash != previous:
            pointed = position.get(entry.prev_hash)
            if pointed is not None and pointed > index:
                return ChainProblem(ProblemKind.REORDERED, entry, entry.counter_code)
            if pointed is not None or (entry.prev_hash == GENESIS and index > 0):
                return ChainProblem(ProblemKind.REORDERED, entry, entry.counter_code)
            return ChainProblem(ProblemKind.DELETED, entry, entry.counter_code)
        previous = entry.hash
    return None
