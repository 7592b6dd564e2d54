"""`ApplicantRepository` on SQL: applicants' current data, and the returning-applicant search.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

Search (`search(query, limit)`), results ordered by the folded name, then id:
- a query of at least 4 digits (spaces, dots, dashes allowed) is a NIK, NIB or phone prefix; a phone
  is compared in E.164, so `0812…`, `62812…` and `812…` all find `+62812…`;
- anything else is a substring of the name, ignoring case, accents and punctuation (`db.text.fold`);
  a folded query shorter than 3 characters matches the start of the name instead.

SQLite answers substrings from the FTS5 trigram table `applicant_fts`, PostgreSQL from its pg_trgm
GIN index over the name with spaces joined (revision 0006), and identifier prefixes come from
their indexes. Up to CANDIDATE_CAP matches (or `limit`, if larger), the answer is the first `limit`
by name. Beyond that, finding those would mean reading every match, or walking the name index from
its start: tens to hundreds of milliseconds with a million applicants (bench/applicant_search.py).
So the answer is then `limit` matches, the first the index gives (for a name substring, the
earliest saved), ordered by name among themselves but not necessarily the first by name: the desk
shows a full list, and the officer types more of the name or number to narrow it. Name prefixes
(queries under 3 characters) walk the name index in order, so they are always the first by name.

On PostgreSQL identifier prefixes are one ordered query (the planner chooses), so their answer is
always the first `limit` by name; prefixes use its b-trees (`COLLATE "C"`, so ranges serve them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute

from counter_app.domain.applicant import Applicant
from counter_app.domain.sync import Entity, revision
from db.base import parse_key, require_aware, to_key
from db.models import ApplicantRow
from db.outbox import record, recording
from db.repository import SessionRepository, dump_json, translated
from db.text import fold, identifier_query, phone_prefixes

MIN_SUBSTRING = 3  # shorter folded queries match the start of the name (trigrams need 3 characters)
CANDIDATE_CAP = 200  # up to this many matches (or `limit`) are sorted by name; beyond, not

# SQLite. Candidates are collected as rowids (from the FTS table, or from the identifier indexes
# without reading rows), one more than the cap (CANDIDATE_CAP, or `limit` if larger), in the index's
# order. Up to the cap, the keys of every candidate are read and sorted, and the documents of the
# first `limit` read; beyond it, only the first `limit` candidates are read, then sorted. Either way
# each row is checked against the query. Folded text and digits hold no GLOB wildcard, and GLOB is
# cheaper than LIKE per row.
# The cap bounds the work when there are few matches: the FTS query reads its posting lists to the
# end, then each candidate's row is looked up (microseconds with the file in the OS cache, about
# 0.1 ms without). Measured with bench/applicant_search.py on the 1,000,000-file demo, p95 of its
# desk mix (500 queries, mostly with hundreds or thousands of matches), first pass after the cache
# went cold / second pass: cap 200 or 250, 6-8 / 2 ms; 500, 6-8 / 2-3 ms; 1,000, 25 / 4 ms; 2,000,
# 71 / 8 ms. Random 4-8 character pieces of names, first pass: cap 200, 9 ms; 500, 26 ms.
_SQLITE_FTS_ROWIDS = text("SELECT rowid FROM applicant_fts WHERE applicant_fts MATCH :phrase LIMIT :cap")
_SQLITE_BY_ROWIDS = (
    "SELECT document FROM applicant WHERE rowid IN ("
    " SELECT rowid FROM applicant WHERE rowid IN (SELECT value FROM json_each(:rowids)) AND ({where})"
    " ORDER BY name_search, id LIMIT :limit"
    ") ORDER BY name_search, id"
)


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
        # For the hub (db.outbox): a change when the data differs, with the version it was edited from.
        before: str | None = None
        recorded = recording(self._session)
        if recorded:
            before = self._session.scalar(select(ApplicantRow.document).where(ApplicantRow.id == values["id"]))
        self._session.execute(self._upsert(ApplicantRow, values, ["id"], changed))
        if recorded and before != values["document"]:
            record(self._session, Entity.APPLICANT, values, base=None if before is None else revision(before))

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
            return self._ordered(_starts_with(ApplicantRow.name_search, folded), limit)
        if self._dialect == "postgresql":
            # Candidates from the trigram index over the joined name (revision 0006), as on SQLite:
            # left to itself, the planner may walk the name index in order instead, which for a
            # rare substring reads most of the table (~0.9 s with a million applicants).
            pattern = f"%{folded}%"
            params = {"joined": f"%{folded.replace(' ', JOINER)}%", "pattern": pattern}
            ids = self._session.scalars(_PG_CANDIDATES, params | {"cap": _cap(limit) + 1}).all()
            return self._pg_candidates(ids, pattern, limit)
        phrase = f'"{folded}"'  # folded text has no quotes: one FTS5 phrase, i.e. this exact substring
        rowids = self._session.scalars(_SQLITE_FTS_ROWIDS, {"phrase": phrase, "cap": _cap(limit) + 1}).all()
        # The GLOB keeps results right even if the FTS table were ever out of step with `applicant`
        # (beyond the cap, there would then be fewer than `limit`).
        return self._sqlite_candidates(rowids, "name_search GLOB :pattern", {"pattern": f"*{folded}*"}, limit)

    def _by_identifier(self, digits: str, limit: int) -> Sequence[str]:
        prefixes = [("nik", digits), ("nib", digits), *(("phone", p) for p in phone_prefixes(digits))]
        if self._dialect != "sqlite":
            columns = {"nik": ApplicantRow.nik, "nib": ApplicantRow.nib, "phone": ApplicantRow.phone}
            return self._ordered(or_(*(_starts_with(columns[name], p) for name, p in prefixes)), limit)
        params: dict[str, Any] = {}
        terms = []
        for i, (column, prefix) in enumerate(prefixes):
            params |= {f"low{i}": prefix, f"high{i}": _after(prefix)}
            terms.append(f"({column} >= :low{i} AND {column} < :high{i})")
        where = " OR ".join(terms)
        # Index ranges only (nik, nib, phone): no applicant row is read to collect the candidates.
        collect = text(f"SELECT rowid FROM applicant WHERE {where} LIMIT :cap")
        rowids = self._session.scalars(collect, params | {"cap": _cap(limit) + 1}).all()
        return self._sqlite_candidates(rowids, where, params, limit)

    def _sqlite_candidates(
        self, rowids: Sequence[int], where: str, params: dict[str, Any], limit: int
    ) -> Sequence[str]:
        if not rowids:
            return []
        if len(rowids) > _cap(limit):
            rowids = rowids[:limit]  # too many to sort by name: the first `limit` the index gave
        stmt = text(_SQLITE_BY_ROWIDS.format(where=where))
        values = params | {"rowids": json.dumps(sorted(set(rowids))), "limit": limit}
        return self._session.scalars(stmt, values).all()

    def _pg_candidates(self, ids: Sequence[Any], pattern: str, limit: int) -> Sequence[str]:
        """`_sqlite_candidates` on PostgreSQL (keys instead of rowids)."""
        if not ids:
            return []
        if len(ids) > _cap(limit):
            ids = ids[:limit]
        return self._session.scalars(_PG_BY_IDS, {"ids": list(ids), "pattern": pattern, "limit": limit}).all()

    def _ordered(self, condition: ColumnElement[bool], limit: int) -> Sequence[str]:
        stmt = (
            select(ApplicantRow.document)
            .where(condition)
            .order_by(ApplicantRow.name_search, ApplicantRow.id)
            .limit(limit)
        )
        return self._session.scalars(stmt).all()


# PostgreSQL: the same two steps. The trigram index is over `translate(name_search, ' ', JOINER)`
# (revision 0006), so the query names that expression; `name_search LIKE` keeps the answer exact.
JOINER = "0"
_PG_CANDIDATES = text(
    "SELECT id FROM applicant WHERE translate(name_search, ' ', '0') LIKE :joined AND name_search LIKE :pattern"
    " LIMIT :cap"
)
_PG_BY_IDS = text(
    "SELECT document FROM applicant WHERE id = ANY(:ids) AND name_search LIKE :pattern"
    " ORDER BY name_search, id LIMIT :limit"
)


def _cap(limit: int) -> int:
    """How many candidates are sorted by name, at most (see CANDIDATE_CAP)."""
    return max(CANDIDATE_CAP, limit)


def _after(prefix: str) -> str:
    """The least string above every string that starts with `prefix` (folded text or digits)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _starts_with(
    column: InstrumentedAttribute[str | None] | InstrumentedAttribute[str], prefix: str
) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as a range the column's index serves on both backends (the
    columns compare bytewise: `COLLATE "C"`, or NOCASE on text without capitals)."""
    return and_(column >= prefix, column < _after(prefix))


def _applicant(document: str | None) -> Applicant | None:
    return None if document is None else Applicant.from_json(json.loads(document))
