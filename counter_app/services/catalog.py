"""Catalog use cases: import Standar Pelayanan documents, list and show permit types."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from counter_app.domain.catalog import PermitSummary, PermitType
from counter_app.domain.permissions import Operation
from counter_app.domain.users import SYSTEM, Principal
from counter_app.errors import FieldError, ImportFailed, NotAllowed, NotFound, ValidationError
from counter_app.i18n import translate
from counter_app.importer import parse_document
from counter_app.ports import CatalogRepository, Clock, UnitOfWorkFactory
from counter_app.services.guard import CurrentUser, acting, record


class ImportStatus(StrEnum):
    NEW = "new"
    NEW_VERSION = "new_version"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ImportOutcome:
    """What importing one document did."""

    source: str
    permit_type: PermitType
    status: ImportStatus
    warnings: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "code": self.permit_type.code,
            "version": self.permit_type.version,
            "status": self.status.value,
            "warnings": list(self.warnings),
            "unplaced": list(self.permit_type.unplaced),
        }


class CatalogService:
    """With `uow` (the composition root gives it), imports check `Operation.CATALOG_IMPORT` and are
    stored with their audit entry in one transaction; without it (in-memory catalogs of tests and
    screenshots) there is nobody to check and nothing to audit."""

    def __init__(
        self,
        repo: CatalogRepository,
        clock: Clock,
        uow: UnitOfWorkFactory | None = None,
        current: CurrentUser | None = None,
    ) -> None:
        self._repo = repo
        self._clock = clock
        self._uow = uow
        self._current = current or CurrentUser()

    def import_files(self, paths: Sequence[Path]) -> list[ImportOutcome]:
        """Import every file, or none of them if one cannot be imported."""
        return self.import_documents(_read_all(paths))

    def import_documents(self, documents: Sequence[tuple[str, bytes]]) -> list[ImportOutcome]:
        """Parse every document first; store the changed ones in one transaction."""
        return self._import(documents, None)

    def _import(self, documents: Sequence[tuple[str, bytes]], actor: Principal | None) -> list[ImportOutcome]:
        """`actor`: who imports (None: the signed-in user, checked)."""
        parsed = [parse_document(raw, source) for source, raw in documents]
        outcomes: list[ImportOutcome] = []
        pending: dict[str, PermitType] = {}
        for source, doc in zip((s for s, _ in documents), parsed, strict=True):
            candidate = doc.permit_type
            latest = pending.get(candidate.code) or self._repo.latest(candidate.code)
            if latest is not None and latest.content_hash() == candidate.content_hash():
                outcomes.append(ImportOutcome(source, latest, ImportStatus.UNCHANGED, doc.warnings))
                continue
            version = 1 if latest is None else latest.version + 1
            stored = candidate.with_version(version)
            pending[stored.code] = stored
            status = ImportStatus.NEW if latest is None else ImportStatus.NEW_VERSION
            outcomes.append(ImportOutcome(source, stored, status, doc.warnings))
        new_versions = [o.permit_type for o in outcomes if o.status is not ImportStatus.UNCHANGED]
        if self._uow is None:
            if new_versions:
                self._repo.add_versions(new_versions, self._clock.now())
            return outcomes
        now = self._clock.now()
        with self._uow() as uow:
            importer = actor or acting(uow, self._current, Operation.CATALOG_IMPORT)
            if new_versions:
                uow.catalog.add_versions(new_versions, now)
                record(
                    uow,
                    importer,
                    "catalog.imported",
                    ",".join(p.code for p in new_versions),
                    at=now,
                    after={"versions": {p.code: p.version for p in new_versions}},
                )
                uow.commit()
        return outcomes

    def ensure_shipped(self, paths: Sequence[Path]) -> list[ImportOutcome]:
        """Import the shipped catalog into a database that has no permit types yet."""
        if not self._repo.is_empty():
            return []
        return self._import(_read_all(paths), SYSTEM)

    def save_edited(self, edited: PermitType) -> PermitType:
        """An admin's edit of a permit type (requirements, conditions, stages, budgets, SLA…) saved
        as its next version; older versions and the files registered under them never change.
        Unchanged content saves nothing and returns the current version."""
        _check_edit(edited)
        if self._uow is None:
            raise NotAllowed(translate("catalog", "Katalog ini tidak dapat diubah (tanpa basis data)."))
        now = self._clock.now()
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.CATALOG_EDIT)
            latest = uow.catalog.latest(edited.code)
            if latest is None:
                raise NotFound(
                    translate("catalog", "Jenis izin {code} tidak ada; impor dokumennya dulu.").format(code=edited.code)
                )
            if latest.content_hash() == edited.content_hash():
                return latest
            stored = edited.with_version(latest.version + 1)
            uow.catalog.add_versions([stored], now)
            record(
                uow,
                actor,
                "catalog.edited",
                stored.code,
                at=now,
                before={"version": latest.version, "hash": latest.content_hash()},
                after={"version": stored.version, "hash": stored.content_hash()},
            )
            uow.commit()
        return stored

    def list(self) -> builtins.list[PermitSummary]:
        return self._repo.list_current()

    def show(self, code: str, version: int | None = None) -> PermitType:
        found = self._repo.latest(code) if version is None else self._repo.get(code, version)
        if found is None:
            raise NotFound(
                translate(
                    "catalog",
                    "Jenis izin dengan kode {code} tidak ditemukan; lihat daftar kode dengan "
                    "'counter-app catalog list'.",
                ).format(code=code)
                if version is None
                else translate("catalog", "Jenis izin {code} versi {version} tidak ditemukan.").format(
                    code=code, version=version
                )
            )
        return found

    def versions(self, code: str) -> builtins.list[int]:
        return self._repo.versions(code)


def _check_edit(permit: PermitType) -> None:
    errors: builtins.list[FieldError] = []
    if not permit.stages:
        errors.append(FieldError("stages", translate("catalog", "minimal satu tahap")))
    for index, stage in enumerate(permit.stages, start=1):
        if not stage.name.strip():
            errors.append(FieldError(f"stages.{index}", translate("catalog", "nama tahap wajib diisi")))
        if stage.budget_days is not None and stage.budget_days < 0:
            errors.append(FieldError(f"stages.{index}", translate("catalog", "anggaran hari tidak boleh negatif")))
    if permit.sla.days is not None and permit.sla.days < 0:
        errors.append(FieldError("sla.days", translate("catalog", "jangka waktu tidak boleh negatif")))
    if not permit.name.strip():
        errors.append(FieldError("name", translate("catalog", "nama jenis izin wajib diisi")))
    if errors:
        raise ValidationError(errors)


def _read_all(paths: Sequence[Path]) -> list[tuple[str, bytes]]:
    documents: list[tuple[str, bytes]] = []
    for path in paths:
        try:
            documents.append((str(path), path.read_bytes()))
        except FileNotFoundError:
            raise ImportFailed(
                str(path), translate("catalog", "berkas tidak ditemukan; periksa nama dan lokasinya")
            ) from None
        except IsADirectoryError:
            raise ImportFailed(
                str(path), translate("catalog", "ini sebuah folder; sebutkan berkas dokumennya")
            ) from None
        except OSError as exc:
            raise ImportFailed(
                str(path), translate("catalog", "berkas tidak dapat dibaca ({error})").format(error=exc)
            ) from None
    return documents
