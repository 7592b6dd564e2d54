"""`VisitRepository` on SQL: incomplete files handed back to the applicant (no number, no SLA).

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from counter_app.domain.applicant import Applicant
from counter_app.domain.registration import MissingItem, ReturnedVisit
from counter_app.domain.sync import Entity
from db.base import parse_key, require_aware, to_key
from db.models import ReturnedVisitRow
from db.outbox import record
from db.repository import SessionRepository, dump_json, translated


class SqlVisitRepository(SessionRepository):
    @translated
    def add(self, visit: ReturnedVisit) -> None:
        require_aware("at", visit.at)
        values = {
            "id": to_key(visit.id),
            "applicant_id": to_key(visit.applicant.id),
            "permit_code": visit.permit_code,
            "permit_version": visit.permit_version,
            "permit_name": visit.permit_name,
            "missing": dump_json([item.to_json() for item in visit.missing]),
            "at": visit.at,
            "office_code": visit.office_code,
            "counter_code": visit.counter_code,
            "officer": visit.officer,
            "applicant": dump_json(visit.applicant.to_json()),
        }
        self._session.execute(self._insert(ReturnedVisitRow).values(values))
        record(self._session, Entity.RETURNED_VISIT, values)

    @translated
    def by_id(self, visit_id: str) -> ReturnedVisit | None:
        key = parse_key(visit_id)
        if key is None:
            return None
        row = self._session.scalar(select(ReturnedVisitRow).where(ReturnedVisitRow.id == key))
        if row is None:
            return None
        return ReturnedVisit(
            id=str(row.id),
            applicant=Applicant.from_json(json.loads(row.applicant)),
            permit_code=row.permit_code,
            permit_version=row.permit_version,
            permit_name=row.permit_name,
            missing=tuple(MissingItem(item["id"], item["text"]) for item in json.loads(row.missing)),
            at=row.at,
            office_code=row.office_code,
            counter_code=row.counter_code,
            officer=row.officer,
        )
