"""`PrintJobRepository` on SQL: the print journal. Jobs are added and their state updated, never deleted.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, select, update

from counter_app.domain.print_job import JobKind, JobState, PrintJob
from db.base import parse_key, require_aware, to_key
from db.models import PrintJobRow
from db.repository import SessionRepository, translated


class SqlPrintJobRepository(SessionRepository):
    @translated
    def add(self, job: PrintJob) -> None:
        require_aware("created_at", job.created_at)
        require_aware("updated_at", job.updated_at)
        self._session.execute(
            self._insert(PrintJobRow).values(
                id=to_key(job.id),
                kind=job.kind.value,
                payload=job.payload,
                printer_uri=job.printer_uri,
                state=job.state.value,
                error=job.error,
                attempts=job.attempts,
                copy_no=job.copy_no,
                reason=job.reason,
                registration_id=None if job.registration_id is None else to_key(job.registration_id),
                visit_id=None if job.visit_id is None else to_key(job.visit_id),
                created_at=job.created_at,
                updated_at=job.updated_at,
            )
        )

    @translated
    def get(self, job_id: str) -> PrintJob | None:
        key = parse_key(job_id)
        if key is None:
            return None
        rows = self._jobs(select(PrintJobRow).where(PrintJobRow.id == key))
        return rows[0] if rows else None

    @translated
    def update(self, job: PrintJob) -> None:
        """Store the job's state, error, attempts, printer URI and updated_at. Kind, payload,
        registration, copy number and reason never change. An unknown job is a bug (LookupError)."""
        require_aware("updated_at", job.updated_at)
        stmt = (
            update(PrintJobRow)
            .where(PrintJobRow.id == to_key(job.id))
            .values(
                state=job.state.value,
                error=job.error,
                attempts=job.attempts,
                printer_uri=job.printer_uri,
                updated_at=job.updated_at,
            )
            .returning(PrintJobRow.id)
        )
        if self._session.scalar(stmt, execution_options={"synchronize_session": False}) is None:
            raise LookupError(f"print job {job.id} is not stored")

    @translated
    def in_states(self, states: Sequence[JobState], limit: int = 100) -> list[PrintJob]:
        """Oldest first (created_at, then id)."""
        if not states or limit <= 0:
            return []
        stmt = (
            select(PrintJobRow)
            .where(PrintJobRow.state.in_([state.value for state in states]))
            .order_by(PrintJobRow.created_at, PrintJobRow.id)
            .limit(limit)
        )
        return self._jobs(stmt)

    @translated
    def for_registration(self, registration_id: str) -> list[PrintJob]:
        """Oldest first (created_at, then id)."""
        key = parse_key(registration_id)
        if key is None:
            return []
        stmt = (
            select(PrintJobRow)
            .where(PrintJobRow.registration_id == key)
            .order_by(PrintJobRow.created_at, PrintJobRow.id)
        )
        return self._jobs(stmt)

    def _jobs(self, stmt: Select[PrintJobRow]) -> list[PrintJob]:
        # populate_existing: a job read earlier in this transaction may have been updated since.
        rows = self._session.scalars(stmt.execution_options(populate_existing=True))
        return [_job(row) for row in rows]


def _job(row: PrintJobRow) -> PrintJob:
    return PrintJob(
        id=str(row.id),
        kind=JobKind(row.kind),
        payload=row.payload,
        printer_uri=row.printer_uri,
        state=JobState(row.state),
        created_at=row.created_at,
        updated_at=row.updated_at,
        registration_id=None if row.registration_id is None else str(row.registration_id),
        visit_id=None if row.visit_id is None else str(row.visit_id),
        copy_no=row.copy_no,
        reason=row.reason,
        error=row.error,
        attempts=row.attempts,
    )
