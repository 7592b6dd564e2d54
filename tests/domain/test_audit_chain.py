"""The audit hash chain on its own: canonical hashing and what `check_chain` names."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from counter_app.domain.audit import GENESIS, AuditEntry, ProblemKind, canonical_json, check_chain, new_entry


def _chain(length: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    for index in range(length):
        entries.append(
            new_entry(
                id=f"0190a000-0000-7000-8000-{index:012d}",
                counter_code="L01",
                head=entries[-1] if entries else None,
                at=datetime(2026, 11, 23, 2, 0, tzinfo=UTC) + timedelta(minutes=index),
                actor_id="",
                actor_name="rina",
                actor_role="front_desk",
                action="registration.registered",
                target=f"PWK-L01-261123-{index + 1:04d}",
                before=None,
                after={"permit": "IZIN-24201", "n": index},
            )
        )
    return entries


def test_an_intact_chain() -> None:
    chain = _chain(5)
    assert check_chain(chain) is None
    assert chain[0].prev_hash == GENESIS
    assert [e.seq for e in chain] == [1, 2, 3, 4, 5]
    assert canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'


def test_each_kind_of_tampering_is_named_at_the_right_entry() -> None:
    chain = _chain(6)
    altered = [*chain[:2], replace(chain[2], after=chain[2].after.replace("24201", "24202")), *chain[3:]]
    problem = check_chain(altered)
    assert problem is not None
    assert (problem.kind, problem.entry) == (ProblemKind.ALTERED, altered[2])

    problem = check_chain(chain[:3] + chain[4:])
    assert problem is not None
    assert (problem.kind, problem.entry) == (ProblemKind.DELETED, chain[4])

    problem = check_chain(chain[1:])
    assert problem is not None
    assert (problem.kind, problem.entry) == (ProblemKind.DELETED, chain[1])  # the very first one removed

    swapped = [chain[0], chain[2], chain[1], *chain[3:]]
    problem = check_chain(swapped)
    assert problem is not None
    assert (problem.kind, problem.entry) == (ProblemKind.REORDERED, chain[2])

    rehashed = replace(chain[3], target="X", hash="")
    forged = [*chain[:3], replace(rehashed, hash=rehashed.computed_hash()), *chain[4:]]
    problem = check_chain(forged)  # recomputing the forged entry's hash breaks the next link
    assert problem is not None
    assert problem.entry == chain[4]
