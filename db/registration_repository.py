"""`RegistrationRepository` on SQL: registered files, each with the snapshot that never changes.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

A row holds the columns files are found by (number, tracking code, NIK), the permit type version
that applied (`permit_code`, `permit_version`, a foreign key into the immutable catalog versions)
and `Registration.snapshot_json()`. Reading joins the version's document and rebuilds the domain
object. Only the control card's cached stage and status (`set_card_state`) ever change.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Engine, Table, bindparam, case, or_, select, text, tuple_, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from counter_app.domain.card_projection import CardProjection, OpenFile
from counter_app.domain.card_state import CardStatus
from counter_app.domain.catalog import PermitType
from counter_app.domain.registration import Registration
from counter_app.domain.sync import Entity
from db.base import parse_key, require_aware, to_key
from db.models import OPEN_CONDITION, PermitTypeVersionRow, RegistrationRow
from db.outbox import record
from db.repository import SessionRepository, dump_json, translated

_Order = ColumnElement[Any] | InstrumentedAttribute[Any]
PermitVersions = dict[tuple[str, int], PermitType]
BATCH = 500  # ids per query
_STATUS = {status.value: status for status in CardStatus}  # faster than CardStatus(value) per row

_TABLE = cast(Table, RegistrationRow.__table__)
_COLUMNS = tuple(
    _TABLE.c[name]
    for name in (
        "id",
        "reg_no",
        "tracking_code",
        "received_at",
        "due_date",
        "due_days",
        "due_provisional",
        "office_code",
        "counter_code",
        "officer",
        "snapshot",
        "permit_code",
        "permit_version",
    )
)
# Built once: a statement made per call costs more than the indexed read it runs.
_FIND = (
    select(*_COLUMNS)
    .where(
        or_(
            _TABLE.c.reg_no == bindparam("reg_no"),
            _TABLE.c.tracking_code == bindparam("code"),
            _TABLE.c.nik == bindparam("nik"),
        )
    )
    .order_by(
        case(
            (_TABLE.c.reg_no == bindparam("reg_no"), 0),
            (_TABLE.c.tracking_code == bindparam("code"), 1),
            else_=2,
        ),
        _TABLE.c.received_at.desc(),
        _TABLE.c.id.desc(),
    )
    .limit(1)
)


def _dashed(key: str) -> str:
    return f"{key[:8]}-{key[8:12]}-{key[12:16]}-{key[16:20]}-{key[20:]}"


def _utc(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


class SqlRegistrationRepository(SessionRepository):
    def __init__(self, session: Session, engine: Engine, permits: PermitVersions | None = None) -> None:
        """`permits`: parsed permit type versions of this database, shared by the units of work of
        one factory (versions never change, so each document is parsed once per process)."""
        super().__init__(session, engine)
        self._permits = {} if permits is None else permits

    @translated
    def add(self, registration: Registration) -> None:
        require_aware("received_at", registration.received_at)
        due = registration.due
        values: dict[str, Any] = {
            "id": to_key(registration.id),
            "reg_no": registration.reg_no,
            "tracking_code": registration.tracking_code,
            "applicant_id": to_key(registration.applicant.id),
            "nik": registration.applicant.nik or None,
            "permit_code": registration.permit.code,
            "permit_version": registration.permit.version,
            "received_at": registration.received_at,
            "due_date": None if due is None else due.date,
            "due_days": 0 if due is None else due.working_days,
            "due_provisional": False if due is None else due.provisional,
            "office_code": registration.office_code,
            "counter_code": registration.counter_code,
            "officer": registration.officer,
            "snapshot": dump_json(registration.snapshot_json()),
            # When the row was written (the port passes no time; received_at is the business time).
            "created_at": datetime.now(UTC),
            "card_stage": 0,  # registered: the first stage, open
            "card_status": CardStatus.OPEN.value,
            "card_since": registration.received_at,
            "card_last_by": registration.officer,
            "applicant_name": registration.applicant.name,
        }
        self._session.execute(self._insert(RegistrationRow).values(values))
        record(self._session, Entity.REGISTRATION, values)

    @translated
    def set_card_state(self, registration_id: str, card: CardProjection) -> None:
        """Cache what the card's events say now (see `counter_app.domain.card_projection`)."""
        require_aware("since", card.since)
        stmt = (
            update(RegistrationRow)
            .where(RegistrationRow.id == to_key(registration_id))
            .values(
                card_stage=card.stage,
                card_status=CardStatus(card.status).value,
                card_since=card.since,
                card_last_by=card.last_by,
                card_paused_days=card.paused_days,
                card_paused_since=card.paused_since,
            )
            .returning(RegistrationRow.id)
        )
        if self._session.scalar(stmt, execution_options={"synchronize_session": False}) is None:
            raise LookupError(f"registration {registration_id} is not stored")

    @translated
    def set_card_states(self, cards: Sequence[tuple[str, CardProjection]]) -> None:
        """One executemany UPDATE (rows that do not exist are a bug of the caller, as above)."""
        if not cards:
            return
        for _, card in cards:
            require_aware("since", card.since)
        table = cast(Table, RegistrationRow.__table__)
        stmt = (
            update(table)
            .where(table.c.id == bindparam("key"))
            .values(
                card_stage=bindparam("stage"),
                card_status=bindparam("status"),
                card_since=bindparam("since"),
                card_last_by=bindparam("last_by"),
                card_paused_days=bindparam("paused_days"),
                card_paused_since=bindparam("paused_since"),
            )
        )
        rows = [
            {
                "key": to_key(registration_id),
                "stage": card.stage,
                "status": CardStatus(card.status).value,
                "since": card.since,
                "last_by": card.last_by,
                "paused_days": card.paused_days,
                "paused_since": card.paused_since,
            }
            for registration_id, card in cards
        ]
        self._session.connection().execute(stmt, rows)

    @translated
    def open_files(self, limit: int = 50_000) -> list[Registration]:
        """Files whose card is not closed (open, or back with the applicant), oldest received first."""
        if limit <= 0:
            return []
        open_states = [status.value for status in CardStatus if not status.closed]
        return self._find(
            RegistrationRow.card_status.in_(open_states),
            order_by=(RegistrationRow.received_at, RegistrationRow.id),
            limit=limit,
        )

    @translated
    def open_queue(self, limit: int = 100_000) -> list[OpenFile]:
        if limit <= 0:
            return []
        r = RegistrationRow
        stmt = (
            select(
                r.id,
                r.reg_no,
                r.applicant_name,
                r.permit_code,
                r.permit_version,
                r.received_at,
                r.card_stage,
                r.card_status,
                r.card_since,
                r.card_last_by,
                r.card_paused_days,
                r.card_paused_since,
            )
            # The literal condition of the partial index (a bound IN list would not let SQLite use it),
            # and the index named, so SQLite does not pick the status index and sort.
            .with_hint(r, "INDEXED BY ix_registration_open_queue", "sqlite")
            .where(text(OPEN_CONDITION))
            .order_by(r.received_at, r.id)
            .limit(limit)
        )
        connection = self._session.connection()
        if connection.dialect.name == "sqlite":
            # Thousands of rows: plain DB-API rows, converted here, cost a fifth of SQLAlchemy's
            # per-row processing (keys are stored as 32 hex digits, times as naive UTC ISO text).
            sql = str(stmt.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
            raw = connection.exec_driver_sql(sql).fetchall()
            parse = datetime.fromisoformat
            rows: Any = [
                (
                    _dashed(key),
                    no,
                    name,
                    code,
                    version,
                    parse(received).replace(tzinfo=UTC),
                    stage,
                    status,
                    since and parse(since).replace(tzinfo=UTC),
                    by,
                    paused,
                    paused_since and parse(paused_since).replace(tzinfo=UTC),
                )
                for key, no, name, code, version, received, stage, status, since, by, paused, paused_since in raw
            ]
        else:
            rows = [(str(row[0]), *row[1:]) for row in connection.execute(stmt)]
        return [
            OpenFile(
                id=row[0],
                reg_no=row[1],
                applicant_name=row[2],
                permit_code=row[3],
                permit_version=row[4],
                received_at=row[5],
                card=CardProjection(row[6], _STATUS[row[7]], row[8] or row[5], row[9], row[10], row[11]),
            )
            for row in rows
        ]

    @translated
    def by_id(self, registration_id: str) -> Registration | None:
        key = parse_key(registration_id)
        return None if key is None else self._one(RegistrationRow.id == key)

    @translated
    def by_reg_no(self, reg_no: str) -> Registration | None:
        return self._one(RegistrationRow.reg_no == reg_no)

    @translated
    def by_tracking_code(self, code: str) -> Registration | None:
        """`code` in canonical form (see `counter_app.domain.tracking.normalize_tracking_code`)."""
        return self._one(RegistrationRow.tracking_code == code)

    @translated
    def by_nik(self, nik: str, limit: int = 20) -> list[Registration]:
        """The applicant's files, newest (received last) first."""
        nik = nik.strip()
        if not nik or limit <= 0:
            return []
        return self._find(
            RegistrationRow.nik == nik,
            order_by=(RegistrationRow.received_at.desc(), RegistrationRow.id.desc()),
            limit=limit,
        )

    @translated
    def permit_versions(self, registration_ids: Sequence[str]) -> dict[str, tuple[str, int]]:
        keys = [key for key in (parse_key(i) for i in registration_ids) if key is not None]
        found: dict[str, tuple[str, int]] = {}
        r = RegistrationRow
        for start in range(0, len(keys), BATCH):
            stmt = select(r.id, r.permit_code, r.permit_version).where(r.id.in_(keys[start : start + BATCH]))
            found.update({str(key): (code, version) for key, code, version in self._session.execute(stmt)})
        return found

    @translated
    def find(self, reg_no: str, tracking_code: str | None, nik: str | None) -> Registration | None:
        """The file numbered `reg_no`, else the one with `tracking_code`, else `nik`'s newest: one
        indexed statement (each condition has its index), ranked in that order."""
        row = self._session.connection().execute(_FIND, {"reg_no": reg_no, "code": tracking_code, "nik": nik}).first()
        return None if row is None else self._registrations([row])[0]

    def _one(self, condition: ColumnElement[bool]) -> Registration | None:
        found = self._find(condition, order_by=(), limit=1)
        return found[0] if found else None

    def _find(
        self,
        condition: ColumnElement[bool],
        *,
        order_by: tuple[_Order, ...],
        limit: int,
    ) -> list[Registration]:
        stmt = select(*_COLUMNS).where(condition).order_by(*order_by).limit(limit)
        return self._registrations(self._session.connection().execute(stmt).all())

    def _registrations(self, rows: Sequence[Any]) -> list[Registration]:
        """Domain objects of rows of `_COLUMNS`, each with its permit type version (read once per
        database: versions never change)."""
        permits = self._permits
        missing = {(row.permit_code, row.permit_version) for row in rows} - permits.keys()
        if missing:
            version = cast(Table, PermitTypeVersionRow.__table__)
            stmt = select(version.c.code, version.c.version, version.c.document).where(
                tuple_(version.c.code, version.c.version).in_(sorted(missing))
            )
            for code, number, document in self._session.connection().execute(stmt):
                permits[(code, number)] = PermitType.from_json(json.loads(document))
        return [
            Registration.from_snapshot(
                id=str(row.id),
                reg_no=row.reg_no,
                tracking_code=row.tracking_code,
                received_at=row.received_at,
                due_date=row.due_date,
                due_days=row.due_days,
                due_provisional=row.due_provisional,
                office_code=row.office_code,
                counter_code=row.counter_code,
                officer=row.officer,
                snapshot=json.loads(row.snapshot),
                permit=permits[(row.permit_code, row.permit_version)],
            )
            for row in rows
        ]
