"""The bulk path for demo data (`counter-app demo`): many files per transaction, no ORM objects.

Implements `counter_app.services.demo.DemoWriter`. Rows hold exactly what the repositories store
(same columns, same JSON); tests read demo files back through the repositories. On SQLite the rows
go straight to the driver with the columns' own bind processors, because SQLAlchemy's per-row
parameter building costs more than SQLite's insert itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, Uuid, insert, text

from counter_app.domain.card_projection import CardProjection
from counter_app.domain.card_state import CardStatus
from counter_app.domain.control_card import CardEvent
from counter_app.domain.registration import Registration
from db.errors import storage_errors
from db.models import ApplicantRow, CardEventRow, NumberSequenceRow, RegistrationRow
from db.repository import dump_json
from db.text import fold


class SqlDemoWriter:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._applicants: set[str] = set()
        self._items_json: dict[tuple[str, int], str] = {}

    def _key(self, value: str) -> Any:
        return value.replace("-", "") if self._sqlite else uuid.UUID(value)

    def write(
        self,
        registrations: Sequence[Registration],
        events: Sequence[CardEvent],
        card_states: Mapping[str, CardProjection],
    ) -> None:
        now = datetime.now(UTC)
        key = self._key
        applicants: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        for r in registrations:
            applicant = r.applicant
            applicant_json = dump_json(applicant.to_json())
            if applicant.id not in self._applicants:
                self._applicants.add(applicant.id)
                applicants.append(
                    {
                        "id": key(applicant.id),
                        "name": applicant.name,
                        "name_search": fold(applicant.name),
                        "nik": applicant.nik or None,
                        "phone": applicant.phone or None,
                        "nib": (applicant.business.nib if applicant.business else "") or None,
                        "document": applicant_json,
                        "created_at": r.received_at,
                        "updated_at": r.received_at,
                    }
                )
            version = (r.permit.code, r.permit.version)
            items = self._items_json.get(version)
            if items is None:
                items = self._items_json[version] = dump_json([item.to_json() for item in r.items])
            # Registration.snapshot_json(), composed from parts that repeat across files.
            snapshot = (
                f'{{"applicant":{applicant_json},"items":{items},"change_request":{dump_json(r.change_request)}}}'
            )
            card = card_states.get(r.id) or CardProjection(0, CardStatus.OPEN, r.received_at, r.officer)
            rows.append(
                {
                    "id": key(r.id),
                    "reg_no": r.reg_no,
                    "tracking_code": r.tracking_code,
                    "applicant_id": key(applicant.id),
                    "nik": applicant.nik or None,
                    "permit_code": r.permit.code,
                    "permit_version": r.permit.version,
                    "received_at": r.received_at,
                    "due_date": r.due.date if r.due else None,
                    "due_days": r.due.working_days if r.due else 0,
                    "due_provisional": r.due.provisional if r.due else False,
                    "office_code": r.office_code,
                    "counter_code": r.counter_code,
                    "officer": r.officer,
                    "snapshot": snapshot,
                    "created_at": now,
                    "card_stage": card.stage,
                    "card_status": card.status.value,
                    "card_since": card.since,
                    "card_last_by": card.last_by,
                    "card_paused_days": card.paused_days,
                    "card_paused_since": card.paused_since,
                    "applicant_name": applicant.name,
                }
            )
        event_rows = [
            {
                "id": key(e.id),
                "registration_id": key(e.registration_id),
                "action": e.action.value,
                "from_stage": e.from_stage,
                "to_stage": e.to_stage,
                "at": e.at,
                "by": e.by,
                "role": e.role,
                "counter_code": e.counter_code,
                "note": e.note,
                "data": dump_json(e.data) if e.data else "{}",
            }
            for e in events
        ]
        with storage_errors(self._engine), self._engine.begin() as connection:
            for model, values in ((ApplicantRow, applicants), (RegistrationRow, rows), (CardEventRow, event_rows)):
                if values:
                    _insert_many(connection, model.__table__, values)  # type: ignore[arg-type]

    def finish(self, sequences: dict[tuple[str, date], int]) -> None:
        """Continue live numbering after the demo's numbers (existing counters keep theirs)."""
        rows = [{"counter_code": c, "day": d, "last_value": v} for (c, d), v in sequences.items()]
        if not rows:
            return
        with storage_errors(self._engine), self._engine.begin() as connection:
            existing = {
                (c, d) for c, d in connection.execute(text("SELECT counter_code, day FROM number_sequence")).all()
            }
            fresh = [r for r in rows if (r["counter_code"], r["day"]) not in existing]
            if fresh:
                connection.execute(insert(NumberSequenceRow), fresh)


def _insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), rows)
        return
    columns = list(table.columns)
    # Keys arrive as hex text already (see SqlDemoWriter._key): no processor for Uuid columns.
    processors: list[Callable[[Any], Any] | None] = [
        None if isinstance(column.type, Uuid) else column.type._cached_bind_processor(connection.dialect)
        for column in columns
    ]
    names = [column.name for column in columns]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    values = [
        tuple(
            value if processor is None or value is None else processor(value)
            for processor, value in zip(processors, [row.get(name) for name in names], strict=True)
        )
        for row in rows
    ]
    connection.exec_driver_sql(sql, values)
