"""The bulk path for demo data (`counter-app demo`): many files per transaction, no ORM objects.

Implements `counter_app.services.demo.DemoWriter`. Rows hold exactly what the repositories store
(same columns, same JSON); tests read demo files back through the repositories. `BatchEncoder`
runs in the processes that generate the data and, on SQLite, makes the driver's own values, so the
writing process does little more than `executemany`: SQLAlchemy's per-row parameter building costs
more than SQLite's insert itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, Table, insert, text

from counter_app.domain.card_projection import CardProjection
from counter_app.domain.card_state import CardStatus
from counter_app.services.demo import Batch
from db.errors import storage_errors
from db.models import ApplicantRow, CardEventRow, NumberSequenceRow, RegistrationRow
from db.repository import dump_json
from db.session import SQLITE_PRAGMAS
from db.text import fold


class SqlDemoWriter:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._fts_trigger: str | None = None

    @property
    def encoder(self) -> BatchEncoder:
        return BatchEncoder(self._sqlite)

    def start(self) -> None:
        """SQLite: stop indexing applicant names row by row (the FTS5 trigger costs as much as all
        other inserts of a file together); `finish` puts the trigger back and rebuilds the index in
        one pass. A fill interrupted by anything short of a kill still goes through `finish`; a
        killed fill leaves a demo database without the trigger (make the demo again).

        Measured and left out (1,000,000 files, 2 cores, 194 s as it is): dropping the secondary
        indexes of an empty database and building them at the end (218 s: the load is bound by
        generating the data, and the index builds ran on one core at the end), and
        `synchronous=NORMAL` with checkpoints every 8,000 pages during the load (224 s)."""
        if not self._sqlite:
            return
        with storage_errors(self._engine), self._engine.begin() as connection:
            trigger = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_TRIGGER,)
            ).scalar_one_or_none()
            if trigger is not None:
                self._fts_trigger = trigger
                connection.exec_driver_sql(f"DROP TRIGGER {FTS_TRIGGER}")

    def write(self, encoded: object) -> None:
        assert isinstance(encoded, EncodedBatch), f"not an encoded batch: {type(encoded)}"
        with storage_errors(self._engine), self._engine.begin() as connection:
            if self._sqlite:
                # A million files grow indexes on random keys (tracking code, NIK) far beyond the
                # app's 32 MiB page cache; a bulk load that keeps them in memory writes much less.
                connection.exec_driver_sql(f"PRAGMA cache_size={BULK_CACHE_KIB}")
            for table, (names, rows) in encoded.tables.items():
                if not rows:
                    continue
                if self._sqlite:
                    marks = ", ".join("?" for _ in names)
                    connection.exec_driver_sql(
                        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
                        rows,
                    )
                else:
                    # PostgreSQL: COPY, several times faster than batched INSERTs for a million files.
                    driver = connection.connection.driver_connection
                    assert driver is not None
                    quoted = ", ".join(f'"{name}"' for name in names)
                    with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)

    def finish(self, sequences: dict[tuple[str, date], int]) -> None:
        """Continue live numbering after the demo's numbers (existing counters keep theirs), and
        index the new applicant names."""
        rows = [{"counter_code": c, "day": d, "last_value": v} for (c, d), v in sequences.items()]
        with storage_errors(self._engine), self._engine.begin() as connection:
            if self._sqlite:
                connection.exec_driver_sql(f"PRAGMA cache_size={dict(SQLITE_PRAGMAS)['cache_size']}")
            if self._fts_trigger is not None:
                connection.exec_driver_sql(self._fts_trigger)
                connection.exec_driver_sql("INSERT INTO applicant_fts (applicant_fts) VALUES ('rebuild')")
                self._fts_trigger = None
            if not rows:
                return
            existing = {
                (c, d) for c, d in connection.execute(text("SELECT counter_code, day FROM number_sequence")).all()
            }
            fresh = [r for r in rows if (r["counter_code"], r["day"]) not in existing]
            if fresh:
                connection.execute(insert(NumberSequenceRow), fresh)


BULK_CACHE_KIB = -524288  # 512 MiB (negative: KiB), for the demo's bulk load only
FTS_TRIGGER = "applicant_fts_insert"  # made by migration 0002 (SQLite only)
TABLES: dict[str, Table] = {
    model.__tablename__: model.__table__  # type: ignore[misc]
    for model in (ApplicantRow, RegistrationRow, CardEventRow)
}
APPLICANT_COLUMNS = ("id", "name", "name_search", "nik", "phone", "nib", "document", "created_at", "updated_at")
REGISTRATION_COLUMNS = (
    "id",
    "reg_no",
    "tracking_code",
    "applicant_id",
    "nik",
    "permit_code",
    "permit_version",
    "received_at",
    "due_date",
    "due_days",
    "due_provisional",
    "office_code",
    "counter_code",
    "officer",
    "snapshot",
    "created_at",
    "card_stage",
    "card_status",
    "card_since",
    "card_last_by",
    "card_paused_days",
    "card_paused_since",
    "applicant_name",
)
EVENT_COLUMNS = (
    "id",
    "registration_id",
    "action",
    "from_stage",
    "to_stage",
    "at",
    "by",
    "role",
    "counter_code",
    "note",
    "data",
)


@dataclass
class EncodedBatch:
    """Rows per table, as (column names, value tuples) ready for the driver."""

    tables: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]


@dataclass(frozen=True)
class BatchEncoder:
    """Turns a generated batch into driver rows; picklable, so it runs in the generating processes.

    On SQLite the values are what SQLAlchemy's own bind processing would store (keys as 32-digit
    hex, timestamps as naive UTC ISO text with microseconds, dates as ISO text, booleans as 0/1):
    `tests/services/test_demo.py` reads demo files back through the repositories. On PostgreSQL the
    rows keep Python values and go through SQLAlchemy."""

    sqlite: bool

    def __call__(self, batch: Batch) -> EncodedBatch:
        sqlite = self.sqlite
        key: Callable[[str], Any] = _hex_key if sqlite else uuid.UUID
        stamp: Callable[[datetime], Any] = _sqlite_stamp if sqlite else _same
        day: Callable[[date], Any] = date.isoformat if sqlite else _same
        now = stamp(datetime.now(UTC))
        seen: set[str] = set()
        items_json: dict[tuple[str, int], str] = {}
        applicants: list[tuple[Any, ...]] = []
        rows: list[tuple[Any, ...]] = []
        for r in batch.registrations:
            applicant = r.applicant
            applicant_json = dump_json(applicant.to_json())
            nik = applicant.nik or None
            received = stamp(r.received_at)
            if applicant.id not in seen:
                seen.add(applicant.id)
                nib = (applicant.business.nib if applicant.business else "") or None
                applicants.append(
                    (
                        key(applicant.id),
                        applicant.name,
                        fold(applicant.name),
                        nik,
                        applicant.phone or None,
                        nib,
                        applicant_json,
                        received,
                        received,
                    )
                )
            version = (r.permit.code, r.permit.version)
            items = items_json.get(version)
            if items is None:
                items = items_json[version] = dump_json([item.to_json() for item in r.items])
            # Registration.snapshot_json(), composed from parts that repeat across files.
            snapshot = (
                f'{{"applicant":{applicant_json},"items":{items},"change_request":{dump_json(r.change_request)}}}'
            )
            card = batch.card_states.get(r.id) or CardProjection(0, CardStatus.OPEN, r.received_at, r.officer)
            due = r.due
            rows.append(
                (
                    key(r.id),
                    r.reg_no,
                    r.tracking_code,
                    key(applicant.id),
                    nik,
                    r.permit.code,
                    r.permit.version,
                    received,
                    day(due.date) if due else None,
                    due.working_days if due else 0,
                    (int(due.provisional) if sqlite else due.provisional) if due else (0 if sqlite else False),
                    r.office_code,
                    r.counter_code,
                    r.officer,
                    snapshot,
                    now,
                    card.stage,
                    card.status.value,
                    stamp(card.since),
                    card.last_by,
                    card.paused_days,
                    stamp(card.paused_since) if card.paused_since else None,
                    applicant.name,
                )
            )
        events = [
            (
                key(e.id),
                key(e.registration_id),
                e.action.value,
                e.from_stage,
                e.to_stage,
                stamp(e.at),
                e.by,
                e.role,
                e.counter_code,
                e.note,
                dump_json(e.data) if e.data else "{}",
            )
            for e in batch.events
        ]
        # Applicants first: registrations refer to them, events to registrations.
        return EncodedBatch(
            {
                "applicant": (APPLICANT_COLUMNS, applicants),
                "registration": (REGISTRATION_COLUMNS, rows),
                "card_event": (EVENT_COLUMNS, events),
            }
        )


def _hex_key(value: str) -> str:
    return value.replace("-", "")


def _sqlite_stamp(value: datetime) -> str:
    """What SQLAlchemy stores for a `UtcDateTime` on SQLite: naive UTC, ISO text with microseconds."""
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:-6]  # without "+00:00"


def _same(value: Any) -> Any:
    return value
