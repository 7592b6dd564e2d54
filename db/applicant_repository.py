"""`ApplicantRepository` on SQL: applicants' current data, and the returning-applicant search.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

Search (`search(query, limit)`), results ordered by the folded name, then id:
- a query of at least 4 digits (spaces, dots, dashes allowed) is a NIK, NIB or phone prefix; a phone
  is compared in E.164, so `0812…`, `62812…` and `812…` all find `+62812…`;
- anything else is a substring of the name, ignoring case, accents and punctuation (`db.text.fold`);
  a folded query shorter than 3 characters matches the start of the name instead.

SQLite answers substrings from the FTS5 trigram table `applicant_fts`. When a query matches many
applicants (more than CANDIDATE_CAP), sorting every match by name would cost more than walking the
name index in order and stopping at `limit` matches, so that is done instead; identifier prefixes
are treated the same way. PostgreSQL uses its trigram GIN index and b-trees and plans this itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, or_, select, text

from counter_app.domain.applicant import Applicant
from db.base import parse_key, require_aware, to_key
from db.models import ApplicantRow
from db.repository import SessionRepository, dump_json, translated
from db.text import fold, identifier_query, phone_prefixes

MIN_SUBSTRING = 3  # shorter folded queries match the start of the name (trigrams need 3 characters)
CANDIDATE_CAP = 2000  # SQLite: more matches than this → walk the name index in order instead of sorting

_SQLITE_FTS_COUNT = text(
    "SELECT count(*) FROM (SELECT 1 FROM applicant_fts WHERE applicant_fts MATCH :phrase LIMIT :cap)"
)
_SQLITE_FTS_SEARCH = text(
    "SELECT a.document FROM applicant_fts JOIN applicant AS a ON a.rowid = applicant_fts.rowid "
    "WHERE applicant_fts MATCH :phrase AND a.name_search LIKE :pattern "
    "ORDER BY a.name_search, a.id LIMIT :limit"
)
_SQLITE_NAME_ORDER = "SELECT document FROM applicant INDEXED BY ix_applicant_name_search WHERE {where} "
_SQLITE_ORDER = " ORDER BY name_search, id LIMIT :limit"


class SqlApplicantRepository(SessionRepository):
    @translated
    def get(self, applicant_id: str) -> Applicant | None:
        key = parse_key(applicant_id)
        if key is None:
            return None
        return _applicant(self._session.scalar(select(ApplicantRow.document).where(ApplicantRow.id == key)))

    @translated
    def by_nik(self, nik: str) -> Applicant | None:
        """The applicant with this NIK (the one updated last, should the hub have brought two)."""
        nik = nik.strip()
        if not nik:
            return None
        stmt = (
            select(ApplicantRow.document)
            .where(ApplicantRow.nik == nik)
            .order_by(ApplicantRow.updated_at.desc(), ApplicantRow.id.desc())
            .limit(1)
        )
        return _applicant(self._session.scalar(stmt))

    @translated
    def save(self, applicant: Applicant, at: datetime) -> None:
        require_aware("at", at)
        business = applicant.business
        values: dict[str, Any] = {
            "id": to_key(applicant.id),
            "name": applicant.name,
            "name_search": fold(applicant.name),
            "nik": applicant.nik or None,
            "phone": applicant.phone or None,
            "nib": (business.nib if business is not None else "") or None,
            "document": dump_json(applicant.to_json()),
            "created_at": at,
            "updated_at": at,
        }
        changed = ["name", "name_search", "nik", "phone", "nib", "document", "updated_at"]
        self._session.execute(self._upsert(ApplicantRow, values, ["id"], changed))

    @translated
    def search(self, query: str, limit: int = 20) -> list[Applicant]:
        if limit <= 0:
            return []
        digits = identifier_query(query)
        if digits is not None:
            documents = self._by_identifier(digits, limit)
        else:
            folded = fold(query)
            if not folded:
                return []
            documents = self._by_name(folded, limit)
        return [Applicant.from_json(json.loads(document)) for document in documents]

    # -- the queries ---------------------------------------------------------------------------

    def _by_name(self, folded: str, limit: int) -> Sequence[str]:
        if len(folded) < MIN_SUBSTRING:
            return self._ordered(ApplicantRow.name_search.like(f"{folded}%"), limit)
        if self._dialect == "postgresql":
            return self._ordered(ApplicantRow.name_search.ilike(f"%{folded}%"), limit)
        phrase = f'"{folded}"'  # folded text has no quotes: one FTS5 phrase, i.e. this exact substring
        matches = self._session.scalar(_SQLITE_FTS_COUNT, {"phrase": phrase, "cap": CANDIDATE_CAP + 1})
        pattern = f"%{folded}%"
        if matches is not None and matches <= CANDIDATE_CAP:
            # The LIKE re-check keeps results right even if the FTS table were ever out of step.
            params = {"phrase": phrase, "pattern": pattern, "limit": limit}
            return self._session.scalars(_SQLITE_FTS_SEARCH, params).all()
        return self._sqlite_in_name_order("name_search LIKE :pattern", {"pattern": pattern}, limit)

    def _by_identifier(self, digits: str, limit: int) -> Sequence[str]:
        prefix = f"{digits}%"
        phones = [f"{p}%" for p in phone_prefixes(digits)]
        if self._dialect != "sqlite":
            condition = or_(
                ApplicantRow.nik.like(prefix),
                ApplicantRow.nib.like(prefix),
                *(ApplicantRow.phone.like(p) for p in phones),
            )
            return self._ordered(condition, limit)
        params: dict[str, Any] = {"prefix": prefix} | {f"phone{i}": p for i, p in enumerate(phones)}
        phone_terms = [f"phone LIKE :phone{i}" for i in range(len(phones))]
        where = " OR ".join(["nik LIKE :prefix", "nib LIKE :prefix", *phone_terms])
        count = text(f"SELECT count(*) FROM (SELECT 1 FROM applicant WHERE {where} LIMIT :cap)")
        matches = self._session.scalar(count, params | {"cap": CANDIDATE_CAP + 1})
        if matches is not None and matches <= CANDIDATE_CAP:
            found = text(f"SELECT document FROM applicant WHERE {where}{_SQLITE_ORDER}")
            return self._session.scalars(found, params | {"limit": limit}).all()
        return self._sqlite_in_name_order(where, params, limit)

    def _ordered(self, condition: ColumnElement[bool], limit: int) -> Sequence[str]:
        stmt = (
            select(ApplicantRow.document)
            .where(condition)
            .order_by(ApplicantRow.name_search, ApplicantRow.id)
            .limit(limit)
        )
        return self._session.scalars(stmt).all()

    def _sqlite_in_name_order(self, where: str, params: dict[str, Any], limit: int) -> Sequence[str]:
        """Walk the name index in order, testing each row, until `limit` match (many-match queries)."""
        stmt = text(_SQLITE_NAME_ORDER.format(where=where) + _SQLITE_ORDER)
        return self._session.scalars(stmt, params | {"limit": limit}).all()


def _applicant(document: str | None) -> Applicant | None:
    return None if document is None else Applicant.from_json(json.loads(document))
