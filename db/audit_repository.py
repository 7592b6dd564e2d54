"""`AuditRepository` on SQL: the append-only audit log. There is no update and no delete here, and
the database refuses both (triggers of revision 0005).

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from counter_app.domain.audit import AuditEntry
from db.base import require_aware, to_key
from db.models import AuditLogRow
from db.repository import SessionRepository, translated


class SqlAuditRepository(SessionRepository):
    @translated
    def head(self, counter_code: str) -> AuditEntry | None:
        stmt = (
            select(AuditLogRow)
            .where(AuditLogRow.counter_code == counter_code)
            .order_by(AuditLogRow.seq.desc())
            .limit(1)
        )
        row = self._session.scalars(stmt).first()
        return None if row is None else _entry(row)

    @translated
    def add(self, entry: AuditEntry) -> None:
        require_aware("at", entry.at)
        self._session.execute(
            self._insert(AuditLogRow).values(
                id=to_key(entry.id),
                counter_code=entry.counter_code,
                seq=entry.seq,
                at=entry.at,
                actor_id=entry.actor_id,
                actor_name=entry.actor_name,
                actor_role=entry.actor_role,
                action=entry.action,
                target=entry.target,
                before=entry.before,
                after=entry.after,
                prev_hash=entry.prev_hash,
                hash=entry.hash,
            )
        )

    @translated
    def counters(self) -> list[str]:
        stmt = select(AuditLogRow.counter_code).distinct().order_by(AuditLogRow.counter_code)
        return list(self._session.scalars(stmt))

    @translated
    def chain(self, counter_code: str) -> list[AuditEntry]:
        stmt = select(AuditLogRow).where(AuditLogRow.counter_code == counter_code).order_by(AuditLogRow.seq)
        return [_entry(row) for row in self._session.scalars(stmt)]

    @translated
    def between(self, start: datetime, end: datetime, counter_code: str | None = None) -> list[AuditEntry]:
        stmt = select(AuditLogRow).where(AuditLogRow.at >= start, AuditLogRow.at < end)
        if counter_code:
            stmt = stmt.where(AuditLogRow.counter_code == counter_code)
        stmt = stmt.order_by(AuditLogRow.at, AuditLogRow.counter_code, AuditLogRow.seq)
        return [_entry(row) for row in self._session.scalars(stmt)]


def _entry(row: AuditLogRow) -> AuditEntry:
    return AuditEntry(
        id=str(row.id),
        counter_code=row.counter_code,
        seq=row.seq,
        at=row.at,
        actor_id=row.actor_id,
        actor_name=row.actor_name,
        actor_role=row.actor_role,
        action=row.action,
        target=row.target,
        before=row.before,
        after=row.after,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
