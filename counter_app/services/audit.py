"""The audit trail's use cases: verify every counter's chain, read the head hash and entries.

Entries are written by the services themselves (`counter_app.services.guard.record`), in the
same transaction as the change they describe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter_app.domain.audit import AuditEntry, ChainProblem, ProblemKind, check_chain
from counter_app.domain.permissions import Operation
from counter_app.i18n import translate
from counter_app.ports import UnitOfWorkFactory
from counter_app.services.guard import CurrentUser, acting


@dataclass(frozen=True)
class ChainReport:
    counter_code: str
    entries: int
    head_hash: str
    problem: ChainProblem | None

    def message(self) -> str:
        if self.problem is None:
            return translate("audit", "Loket {counter}: {n} entri utuh, hash terakhir {head}").format(
                counter=self.counter_code, n=self.entries, head=self.head_hash
            )
        return describe(self.problem)


def describe(problem: ChainProblem) -> str:
    entry = problem.entry
    label = entry.label() if entry is not None else problem.counter_code
    return {
        ProblemKind.ALTERED: translate("audit", "Entri {entry} diubah: isinya tidak cocok dengan hash-nya."),
        ProblemKind.DELETED: translate(
            "audit", "Ada entri yang dihapus tepat sebelum {entry}: hash sebelumnya tidak ditemukan."
        ),
        ProblemKind.REORDERED: translate(
            "audit", "Urutan entri diubah di {entry}: entri ini menunjuk entri yang tersimpan sesudahnya."
        ),
        ProblemKind.HEAD_MISMATCH: translate(
            "audit",
            "Akhir rantai loket {entry} tidak sama dengan hash yang dicetak: entri terakhir dihapus atau diganti.",
        ),
    }[problem.kind].format(entry=label)


class AuditService:
    def __init__(self, uow: UnitOfWorkFactory, current: CurrentUser) -> None:
        self._uow = uow
        self._current = current

    def verify(self, expected_heads: dict[str, str] | None = None) -> list[ChainReport]:
        """Every counter's chain checked; `expected_heads` (counter → hash printed on a daily close)
        checks that the end of the chain is still there."""
        with self._uow() as uow:
            acting(uow, self._current, Operation.AUDIT_VERIFY)
            counters = uow.audit.counters()
            chains = {counter: uow.audit.chain(counter) for counter in counters}
        reports = []
        for counter, chain in chains.items():
            problem = check_chain(chain)
            head = chain[-1].hash if chain else ""
            expected = (expected_heads or {}).get(counter)
            if problem is None and expected and expected != head and not any(e.hash == expected for e in chain):
                problem = ChainProblem(ProblemKind.HEAD_MISMATCH, None, counter)
            reports.append(ChainReport(counter, len(chain), head, problem))
        for counter in sorted(set(expected_heads or {}) - set(chains)):
            reports.append(ChainReport(counter, 0, "", ChainProblem(ProblemKind.HEAD_MISMATCH, None, counter)))
        return reports

    def head(self, counter_code: str) -> str:
        """The hash of the counter's newest entry ("" when it has none)."""
        with self._uow() as uow:
            entry = uow.audit.head(counter_code)
        return entry.hash if entry else ""

    def entries(self, start: datetime, end: datetime, counter_code: str | None = None) -> list[AuditEntry]:
        with self._uow() as uow:
            acting(uow, self._current, Operation.AUDIT_VERIFY)
            return uow.audit.between(start, end, counter_code)
