"""`HubRepository` on SQL: the hub's change log and its conflicts (PostgreSQL; SQLite works too).

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

The log (`sync_change`) holds every change that reached the hub, numbered by `seq` in commit
order: every writer of the log (a counter's push, the desktop app or a script writing on the hub
directly, a conflict resolution, making a database the hub) first takes the log lock
(`db.outbox.lock_hub_log`, a transaction-scoped advisory lock) and numbers its entries
max(seq) + 1, ... while holding it. So a number is never committed after a larger one, and a
counter that has pulled up to `seq` = N never misses an entry by pulling `seq > N` later.

A pushed batch (`receive`) is one transaction: entries whose `change_id` the log already holds
are skipped (the counter sent them again because their acknowledgement was lost); immutable
records are inserted if absent, and logged only when inserted; an applicant's version is merged
(`counter_app.domain.sync.merge`): inserted or fast-forwarded and logged, or kept in
`sync_conflict` next to the hub's version, with the hub's version logged again so that the
counter that sent the other one comes back in line with the hub until a supervisor decides.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from counter_app.domain.sync import (
    Change,
    Conflict,
    ConflictStatus,
    Entity,
    Keep,
    MergeOutcome,
    Received,
    SyncRefused,
    merge,
    revision,
)
from counter_app.errors import NotAllowed, NotFound
from counter_app.i18n import translate
from db.base import new_id, parse_key
from db.models import LOG_TABLE, ApplicantRow, PermitTypeVersionRow, SyncChangeRow, SyncConflictRow, SyncStateRow
from db.outbox import HUB_ORIGIN, MODE_KEY, Mode, forget_mode, lock_hub_log
from db.repository import SessionRepository, translated
from db.sync_rows import (
    BASE,
    DELETED,
    IMMUTABLE,
    VersionOutcome,
    apply_holiday,
    bulk_insert,
    by_entity,
    columns_of,
    dump_row,
    existing,
    insert_new,
    key_of,
    load_row,
    rows_of,
    save_permit_version,
    upsert_applicants,
)

HUB_ID_KEY = "hub.id"
APPLICANT_TABLE = cast(Table, ApplicantRow.__table__)
BATCH = 500


class SqlHubRepository(SessionRepository):
    @translated
    def become_hub(self) -> str:
        # Lock the mode first; then read the state in a new statement, which (READ COMMITTED) sees
        # what a concurrent first call committed while we waited (e.g. the hub id it made).
        self._session.execute(select(SyncStateRow.value).where(SyncStateRow.key == MODE_KEY).with_for_update())
        stored = self._session.execute(select(SyncStateRow.key, SyncStateRow.value))
        state = {key: value for key, value in stored}  # noqa: C416 (rows are Row objects, not pairs)
        mode = Mode(state.get(MODE_KEY) or Mode.OFF)
        if mode is Mode.HUB:
            return state[HUB_ID_KEY]
        if mode is Mode.COUNTER:
            raise SyncRefused(
                translate(
                    "sync",
                    "Basis data ini adalah basis data sebuah loket yang tersinkron ke hub lain; tidak dapat "
                    "dijadikan hub. Gunakan basis data PostgreSQL tersendiri untuk hub.",
                )
            )
        lock_hub_log(self._session)
        hub_id = str(new_id())
        for key, value in ((MODE_KEY, Mode.HUB.value), (HUB_ID_KEY, hub_id)):
            self._session.execute(self._upsert(SyncStateRow, {"key": key, "value": value}, ["key"], ["value"]))
        forget_mode(self._session)
        # What the database already holds (e.g. it was used directly before it became the hub).
        seq = self._last_seq()
        now = datetime.now(UTC)
        for entity in Entity:
            for batch in rows_of(self._session, entity):
                entries = []
                for values in batch:
                    seq += 1
                    key, payload = key_of(entity, values), dump_row(entity, values)
                    entries.append(_entry(seq, str(new_id()), HUB_ORIGIN, entity, key, payload, now))
                bulk_insert(self._session, LOG_TABLE, entries)
        return hub_id

    # -- a pushed batch ------------------------------------------------------------------------

    @translated
    def receive(self, origin: str, changes: Sequence[Change]) -> Received:
        lock_hub_log(self._session)
        known = self._known([change.change_id for change in changes])
        fresh = [change for change in changes if change.change_id not in known]
        logged: list[tuple[Change, str]] = []  # (change, payload to log)
        touched: dict[str, None] = {}
        conflicts = 0
        now = datetime.now(UTC)
        try:
            for entity, batch in by_entity(fresh):
                if entity in IMMUTABLE:
                    parsed = [(change, load_row(entity, change.payload)[0]) for change in batch]
                    inserted = insert_new(self._session, entity, [values for _, values in parsed])
                    for change, values in parsed:
                        if str(values["id"]) not in inserted:
                            continue
                        logged.append((change, change.payload))
                        if entity is Entity.REGISTRATION:
                            touched[str(values["id"])] = None
                        elif entity is Entity.CARD_EVENT:
                            touched[str(values["registration_id"])] = None
                elif entity is Entity.PERMIT_VERSION:
                    conflicts += self._receive_versions(origin, batch, logged, now)
                elif entity is Entity.APPLICANT:
                    conflicts += self._receive_applicants(origin, batch, logged, now)
                else:  # holiday overrides: the last to reach the hub wins
                    for change in batch:
                        values, meta = load_row(entity, change.payload)
                        apply_holiday(self._session, values, bool(meta.get(DELETED)))
                        logged.append((change, change.payload))
        except IntegrityError as exc:
            raise SyncRefused(
                translate(
                    "sync",
                    "Hub menolak data loket {origin} ({detail}). Biasanya dua loket memakai kode loket yang "
                    "sama: periksa counter.code dengan 'counter-app settings show' di tiap loket.",
                ).format(origin=origin, detail=str(exc.orig).strip().splitlines()[0])
            ) from exc
        seq = self._last_seq()
        entries = []
        for change, payload in logged:
            seq += 1
            entries.append(_entry(seq, change.change_id, origin, Entity(change.entity), change.key, payload, now))
        if entries:
            bulk_insert(self._session, LOG_TABLE, entries)
        return Received(
            accepted=len(fresh), duplicates=len(changes) - len(fresh), conflicts=conflicts, touched=tuple(touched)
        )

    def _known(self, change_ids: Sequence[str]) -> set[str]:
        found = existing(self._session, SyncChangeRow.__table__.c.change_id, [uuid.UUID(i) for i in change_ids])
        return {str(key) for key in found}

    def _receive_versions(
        self, origin: str, batch: Sequence[Change], logged: list[tuple[Change, str]], now: datetime
    ) -> int:
        conflicts = 0
        for change in batch:
            values, _ = load_row(Entity.PERMIT_VERSION, change.payload)
            outcome = save_permit_version(self._session, values)
            if outcome is VersionOutcome.INSERTED:
                logged.append((change, change.payload))
            elif outcome is VersionOutcome.DIFFERENT and not self._open_conflict(change, values["content_hash"]):
                version = PermitTypeVersionRow
                names = columns_of(Entity.PERMIT_VERSION)
                stored = self._session.execute(
                    select(*(version.__table__.c[name] for name in names)).where(
                        version.code == values["code"], version.version == values["version"]
                    )
                ).one()
                current = dict(zip(names, stored, strict=True))
                self._add_conflict(
                    change,
                    origin,
                    now,
                    dump_row(Entity.PERMIT_VERSION, current),
                    current["content_hash"],
                    values["content_hash"],
                )
                conflicts += 1
        return conflicts

    def _open_conflict(self, change: Change, incoming_revision: str) -> bool:
        c = SyncConflictRow
        stmt = select(c.id).where(
            c.status == ConflictStatus.OPEN.value,
            c.entity == change.entity,
            c.key == change.key,
            c.incoming_revision == incoming_revision,
        )
        return self._session.scalar(stmt.limit(1)) is not None

    def _receive_applicants(
        self, origin: str, batch: Sequence[Change], logged: list[tuple[Change, str]], now: datetime
    ) -> int:
        names = columns_of(Entity.APPLICANT)
        keys = sorted({uuid.UUID(change.key) for change in batch})
        current: dict[str, dict[str, Any]] = {}
        waiting: dict[str, dict[str, str]] = {}
        for start in range(0, len(keys), BATCH):
            chunk = keys[start : start + BATCH]
            table = ApplicantRow.__table__
            for row in self._session.execute(select(*(table.c[name] for name in names)).where(table.c.id.in_(chunk))):
                values = dict(zip(names, row, strict=True))
                current[str(values["id"])] = values
            c = SyncConflictRow
            stmt = select(c.key, c.incoming_revision, c.id).where(
                c.status == ConflictStatus.OPEN.value,
                c.entity == Entity.APPLICANT.value,
                c.key.in_([str(key) for key in chunk]),
            )
            for key, incoming, open_id in self._session.execute(stmt):
                waiting.setdefault(key, {})[incoming] = str(open_id)
        conflicts = 0
        accepted: dict[str, dict[str, Any]] = {}
        before = set(current)  # stored on the hub before this batch
        for change in batch:
            values, meta = load_row(Entity.APPLICANT, change.payload)
            hub_version = current.get(change.key)
            hub_revision = None if hub_version is None else revision(hub_version["document"])
            incoming = revision(values["document"])
            decision = merge(hub_revision, incoming, meta.get(BASE), waiting.get(change.key, {}))
            if decision.outcome in (MergeOutcome.INSERT, MergeOutcome.FAST_FORWARD):
                current[change.key] = {**(hub_version or {}), **values}
                accepted[change.key] = values  # written once below, the last version of each
                logged.append((change, change.payload))
                continue
            if decision.outcome is MergeOutcome.SAME:
                continue
            assert hub_version is not None
            assert hub_revision is not None
            echo = dump_row(Entity.APPLICANT, hub_version)
            if decision.outcome is MergeOutcome.CONFLICT:
                if decision.supersedes is not None:
                    self._close(decision.supersedes, ConflictStatus.SUPERSEDED, "superseded", origin, now)
                conflict_id = self._add_conflict(change, origin, now, echo, hub_revision, incoming)
                waiting.setdefault(change.key, {})[incoming] = conflict_id
                conflicts += 1
            # The sender holds its own version: the hub's comes back to it (and to everyone) by pull.
            logged.append((change, echo))
        stored = {key for key in accepted if key in before}
        upsert_applicants(self._session, [values for key, values in accepted.items() if key in stored])
        bulk_insert(self._session, APPLICANT_TABLE, [v for key, v in accepted.items() if key not in stored])
        return conflicts

    def _add_conflict(
        self, change: Change, origin: str, now: datetime, current: str, current_revision: str, incoming_revision: str
    ) -> str:
        conflict_id = new_id()
        self._session.execute(
            insert(SyncConflictRow).values(
                id=conflict_id,
                entity=change.entity,
                key=change.key,
                current_revision=current_revision,
                current=current,
                incoming_revision=incoming_revision,
                incoming=change.payload,
                origin=origin,
                detected_at=now,
                status=ConflictStatus.OPEN.value,
                resolution="",
                resolved_by="",
            )
        )
        return str(conflict_id)

    def _close(self, conflict_id: str, status: ConflictStatus, resolution: str, by: str, at: datetime) -> None:
        self._session.execute(
            update(SyncConflictRow)
            .where(SyncConflictRow.id == uuid.UUID(conflict_id))
            .values(status=status.value, resolution=resolution, resolved_by=by, resolved_at=at)
            .execution_options(synchronize_session=False)
        )

    # -- pulling -------------------------------------------------------------------------------

    @translated
    def changes_since(self, cursor: int, limit: int) -> list[Change]:
        c = SyncChangeRow
        stmt = (
            select(c.seq, c.change_id, c.origin, c.entity, c.key, c.payload)
            .where(c.seq > cursor)
            .order_by(c.seq)
            .limit(limit)
        )
        return [
            Change(change_id=str(change_id), entity=entity, key=key, payload=payload, origin=origin, seq=seq)
            for seq, change_id, origin, entity, key, payload in self._session.execute(stmt)
        ]

    @translated
    def last_seq(self) -> int:
        return self._last_seq()

    def _last_seq(self) -> int:
        return int(self._session.scalar(select(func.max(SyncChangeRow.seq))) or 0)

    # -- conflicts -----------------------------------------------------------------------------

    @translated
    def conflicts(self, include_closed: bool = False) -> list[Conflict]:
        stmt = select(SyncConflictRow).order_by(SyncConflictRow.detected_at, SyncConflictRow.id)
        if not include_closed:
            stmt = stmt.where(SyncConflictRow.status == ConflictStatus.OPEN.value)
        return [_conflict(row) for row in self._session.scalars(stmt)]

    @translated
    def resolve(self, conflict_id: str, keep: Keep, by: str, at: datetime) -> Conflict:
        key = parse_key(conflict_id)
        row = None
        if key is not None:
            lock_hub_log(self._session)
            row = self._session.scalar(select(SyncConflictRow).where(SyncConflictRow.id == key).with_for_update())
        if row is None:
            raise NotFound(
                translate("sync", "Konflik {id} tidak ada; lihat 'counter-app sync conflicts'.").format(id=conflict_id)
            )
        if row.status != ConflictStatus.OPEN.value:
            raise NotAllowed(
                translate("sync", "Konflik {id} sudah ditutup ({status}).").format(id=conflict_id, status=row.status)
            )
        if keep is Keep.INCOMING:
            if row.entity != Entity.APPLICANT.value:
                raise NotAllowed(
                    translate(
                        "sync",
                        "Versi jenis izin tidak dapat diganti (berkas sudah merujuknya); pilih --keep current.",
                    )
                )
            values, _ = load_row(Entity.APPLICANT, row.incoming)
            values["updated_at"] = at
            upsert_applicants(self._session, [values])
            entry = _entry(
                self._last_seq() + 1,
                str(new_id()),
                HUB_ORIGIN,
                Entity.APPLICANT,
                row.key,
                dump_row(Entity.APPLICANT, values),
                at,
            )
            self._session.connection().execute(insert(LOG_TABLE), [entry])
        self._close(conflict_id, ConflictStatus.RESOLVED, keep.value, by, at)
        self._session.refresh(row)
        return _conflict(row)


def _entry(
    seq: int, change_id: str, origin: str, entity: Entity, key: str, payload: str, at: datetime
) -> Mapping[str, Any]:
    return {
        "seq": seq,
        "change_id": uuid.UUID(change_id),
        "origin": origin[:64],
        "entity": entity.value,
        "key": key,
        "payload": payload,
        "logged_at": at,
    }


def _conflict(row: SyncConflictRow) -> Conflict:
    return Conflict(
        id=str(row.id),
        entity=row.entity,
        key=row.key,
        current=row.current,
        incoming=row.incoming,
        origin=row.origin,
        detected_at=row.detected_at,
        status=ConflictStatus(row.status),
        resolution=row.resolution,
        resolved_by=row.resolved_by,
        resolved_at=row.resolved_at,
    )
