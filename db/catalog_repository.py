"""`CatalogRepository` on SQL: permit types and their immutable versions.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

A version row keeps the summary columns `catalog list` needs plus the whole `PermitType.to_json()`
document, from which `latest()`/`get()` rebuild the domain object.

Standalone (`SqlCatalogRepository(engine)`, what the catalog service uses), each call is its own
transaction: a read, or `add_versions` all or nothing. Inside a unit of work
(`SqlCatalogRepository(engine, session=...)`, `uow.catalog`), every call runs in that session's
transaction, and `add_versions` is committed (or rolled back) with the rest of the unit of work.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from counter_app.domain.catalog import PermitSummary, PermitType, Risk, SlaUnit
from counter_app.domain.sync import Entity
from counter_app.errors import FieldError, StorageError, ValidationError
from counter_app.i18n import translate
from db.base import new_id
from db.errors import storage_errors
from db.models import (
    CODE_LENGTH,
    KBLI_CODE_LENGTH,
    KIND_LENGTH,
    NAME_LENGTH,
    PermitTypeRow,
    PermitTypeVersionRow,
)
from db.outbox import record
from db.session import writer
from db.sync_rows import columns_of


class VersionExists(StorageError):
    """A version being added is already stored (e.g. another counter imported it just now)."""

    def __init__(self, code: str, version: int | None) -> None:
        if version is None:
            message = translate(
                "db",
                "Jenis izin {code} sudah disimpan bersamaan oleh proses lain; tidak ada yang disimpan dari "
                "impor ini. Ulangi impor.",
            ).format(code=code)
        else:
            message = translate(
                "db",
                "Jenis izin {code} versi {version} sudah tersimpan; tidak ada yang disimpan dari impor ini. "
                "Ulangi impor untuk membuat versi baru.",
            ).format(code=code, version=version)
        super().__init__(message)
        self.code = code
        self.version = version


class SqlCatalogRepository:
    """Versioned permit types in the `permit_type` / `permit_type_version` tables."""

    def __init__(self, engine: Engine, *, session: Session | None = None) -> None:
        """Standalone on `engine`, or inside the transaction of `session` (bound to `engine`)."""
        self._engine = engine
        self._session = session
        if session is None:
            self._read = sessionmaker(engine, expire_on_commit=False)
            self._write = sessionmaker(writer(engine), expire_on_commit=False)

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with storage_errors(self._engine):
            if self._session is not None:
                yield self._session
            else:
                with self._read() as session:
                    yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        with storage_errors(self._engine):
            if self._session is not None:
                yield self._session
                self._session.flush()  # constraint failures surface here, not at the unit's commit
            else:
                with self._write() as session, session.begin():
                    yield session

    def latest(self, code: str) -> PermitType | None:
        stmt = (
            select(PermitTypeVersionRow.document)
            .join(PermitTypeRow, PermitTypeRow.id == PermitTypeVersionRow.permit_type_id)
            .where(PermitTypeRow.code == code, PermitTypeVersionRow.version == PermitTypeRow.latest_version)
        )
        with self._reading() as session:
            document = session.scalar(stmt)
        return None if document is None else _from_document(document)

    def get(self, code: str, version: int) -> PermitType | None:
        stmt = select(PermitTypeVersionRow.document).where(
            PermitTypeVersionRow.code == code, PermitTypeVersionRow.version == version
        )
        with self._reading() as session:
            document = session.scalar(stmt)
        return None if document is None else _from_document(document)

    def versions(self, code: str) -> list[int]:
        stmt = (
            select(PermitTypeVersionRow.version)
            .where(PermitTypeVersionRow.code == code)
            .order_by(PermitTypeVersionRow.version)
        )
        with self._reading() as session:
            return list(session.scalars(stmt))

    def list_current(self) -> list[PermitSummary]:
        v = PermitTypeVersionRow
        stmt = (
            select(v.code, v.name, v.kind, v.risk, v.kbli_code, v.version, v.sla_days, v.sla_unit)
            .join(PermitTypeRow, PermitTypeRow.id == v.permit_type_id)
            .where(v.version == PermitTypeRow.latest_version)
            # lower(): the same order on SQLite (NOCASE) and PostgreSQL (whatever its collation).
            .order_by(func.lower(PermitTypeRow.name), PermitTypeRow.name, PermitTypeRow.code)
        )
        with self._reading() as session:
            rows = session.execute(stmt).all()
        return [
            PermitSummary(
                code=row.code,
                name=row.name,
                kind=row.kind,
                risk=Risk(row.risk),
                kbli_code=row.kbli_code,
                version=row.version,
                sla_days=row.sla_days,
                sla_unit=SlaUnit(row.sla_unit),
            )
            for row in rows
        ]

    def is_empty(self) -> bool:
        with self._reading() as session:
            return session.scalar(select(PermitTypeRow.id).limit(1)) is None

    def add_versions(self, permit_types: Sequence[PermitType], imported_at: datetime) -> None:
        """Store every version in one transaction, or none: an existing version raises `VersionExists`.

        Inside a unit of work, a `VersionExists` (or any failure) leaves that unit to be rolled back.
        """
        if imported_at.tzinfo is None or imported_at.utcoffset() is None:
            raise ValueError(f"imported_at must be timezone-aware, got {imported_at!r}")
        if not permit_types:
            return
        _check_new_versions(permit_types)
        try:
            with self._writing() as session:
                self._add(session, permit_types, imported_at)
        except IntegrityError as exc:
            if "unique" not in str(exc.orig).lower():
                raise
            # A concurrent writer stored one of these versions after our check (PostgreSQL).
            first = permit_types[0]
            raise VersionExists(first.code, None if len(permit_types) > 1 else first.version) from exc

    def _add(self, session: Session, permit_types: Sequence[PermitType], imported_at: datetime) -> None:
        codes = {pt.code for pt in permit_types}
        # Lock the existing permit types first (PostgreSQL; SQLite already holds the write lock from
        # BEGIN IMMEDIATE), so that concurrent imports of one code cannot lose a latest_version bump.
        locked = select(PermitTypeRow).where(PermitTypeRow.code.in_(codes)).with_for_update()
        rows = {row.code: row for row in session.scalars(locked)}
        stored_stmt = select(PermitTypeVersionRow.code, PermitTypeVersionRow.version).where(
            PermitTypeVersionRow.code.in_(codes)
        )
        stored = {(code, version) for code, version in session.execute(stored_stmt)}
        for pt in permit_types:
            if (pt.code, pt.version) in stored:
                raise VersionExists(pt.code, pt.version)
        for pt in permit_types:
            row = rows.get(pt.code)
            if row is None:
                row = PermitTypeRow(
                    id=new_id(),
                    code=pt.code,
                    name=pt.name,
                    latest_version=pt.version,
                    created_at=imported_at,
                )
                session.add(row)
                rows[pt.code] = row
            elif pt.version > row.latest_version:
                row.latest_version = pt.version
                row.name = pt.name
            version_row = _version_row(pt, row, imported_at)
            session.add(version_row)
            # For the hub (db.outbox), in this transaction.
            values = {name: getattr(version_row, name) for name in columns_of(Entity.PERMIT_VERSION)}
            record(session, Entity.PERMIT_VERSION, values)


def _version_row(pt: PermitType, row: PermitTypeRow, imported_at: datetime) -> PermitTypeVersionRow:
    return PermitTypeVersionRow(
        id=new_id(),
        permit_type=row,
        code=pt.code,
        version=pt.version,
        name=pt.name,
        kind=pt.kind,
        risk=pt.risk.value,
        kbli_code=pt.kbli.code,
        sla_days=pt.sla.days,
        sla_unit=pt.sla.unit.value,
        content_hash=pt.content_hash(),
        # Key order is data (other_components keeps the document's order): never sort_keys.
        document=json.dumps(pt.to_json(), ensure_ascii=False),
        source=pt.source,
        imported_at=imported_at,
    )


def _from_document(document: str) -> PermitType:
    return PermitType.from_json(json.loads(document))


def _check_new_versions(permit_types: Sequence[PermitType]) -> None:
    """Refuse, before touching the database, what the schema could not hold the same way everywhere."""
    seen: set[tuple[str, int]] = set()
    errors: list[FieldError] = []
    limits = (
        ("code", CODE_LENGTH),
        ("name", NAME_LENGTH),
        ("kind", KIND_LENGTH),
    )
    for pt in permit_types:
        if pt.version < 1:
            raise ValueError(f"{pt.code}: version must be set (>= 1) before storing, got {pt.version}")
        if (pt.code, pt.version) in seen:
            raise VersionExists(pt.code, pt.version)
        seen.add((pt.code, pt.version))
        values = [(field, getattr(pt, field), limit) for field, limit in limits]
        values.append(("kbli", pt.kbli.code or "", KBLI_CODE_LENGTH))
        for field, value, limit in values:
            if len(value) > limit:
                errors.append(
                    FieldError(
                        field,
                        translate("db", "{code}: terlalu panjang ({length} karakter, paling banyak {limit})").format(
                            code=pt.code[:CODE_LENGTH], length=len(value), limit=limit
                        ),
                    )
                )
    if errors:
        raise ValidationError(errors)
