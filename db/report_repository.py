"""`ReportRepository` on SQL: the files and return slips of a period, for reports and the daily close.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`. Periods are read through the `received_at` / `at` indexes of revision 0005.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from counter_app.domain.applicant import Applicant
from counter_app.domain.registration import MissingItem, Registration, ReturnedVisit
from db.models import RegistrationRow, ReturnedVisitRow
from db.registration_repository import SqlRegistrationRepository
from db.repository import translated


class SqlReportRepository(SqlRegistrationRepository):
    @translated
    def registrations_between(
        self, start: datetime, end: datetime, counter_code: str | None = None
    ) -> list[Registration]:
        condition = (RegistrationRow.received_at >= start) & (RegistrationRow.received_at < end)
        if counter_code:
            condition = condition & (RegistrationRow.counter_code == counter_code)
        return self._find(condition, order_by=(RegistrationRow.received_at, RegistrationRow.id), limit=10_000_000)

    @translated
    def visits_between(self, start: datetime, end: datetime, counter_code: str | None = None) -> list[ReturnedVisit]:
        stmt = select(ReturnedVisitRow).where(ReturnedVisitRow.at >= start, ReturnedVisitRow.at < end)
        if counter_code:
            stmt = stmt.where(ReturnedVisitRow.counter_code == counter_code)
        stmt = stmt.order_by(ReturnedVisitRow.at, ReturnedVisitRow.id)
        return [_visit(row) for row in self._session.scalars(stmt)]


def _visit(row: ReturnedVisitRow) -> ReturnedVisit:
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
