"""Fakes for the GUI tests: an in-memory catalog, a recording printer and three hand-made permit types.

`InMemoryCatalogRepository` subclasses the real port (`counter_app.ports.CatalogRepository`), so
mypy checks it against the interface. The permit types follow the shipped Standar Pelayanan
documents (Purwakarta KBLI 24201, OKI, Magetan): general and special requirements, an optional
"(kalau ada)" item, a foreign-capital (PMA) condition with sub-items, and a completion time whose
unit the document does not state.

The registration desk runs on a real SQLite database (`tests/ui/conftest.py`); its printer is a
`RecordingTransport`, which keeps what it was sent, or fails when told to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from counter_app.domain.catalog import (
    Condition,
    ConditionFlag,
    DocumentForm,
    Fee,
    Kbli,
    PermitSummary,
    PermitType,
    Requirement,
    Risk,
    Role,
    Sla,
    SlaUnit,
    Stage,
)
from counter_app.errors import PrinterError
from counter_app.ports import (
    CatalogRepository,
    Clock,
    PrinterTransport,
)
from counter_app.services.catalog import CatalogService


class FixedClock(Clock):
    def __init__(self, now: datetime | None = None) -> None:
        self._now = now or datetime(2026, 3, 2, 1, 30, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now


class InMemoryCatalogRepository(CatalogRepository):
    """Versions in a dict; enough of the storage contract for the UI."""

    def __init__(self, permit_types: Sequence[PermitType] = ()) -> None:
        self._versions: dict[str, list[PermitType]] = {}
        if permit_types:
            self.add_versions(permit_types, FixedClock().now())

    def latest(self, code: str) -> PermitType | None:
        found = self._versions.get(code)
        return found[-1] if found else None

    def get(self, code: str, version: int) -> PermitType | None:
        return next((p for p in self._versions.get(code, []) if p.version == version), None)

    def versions(self, code: str) -> list[int]:
        return [p.version for p in self._versions.get(code, [])]

    def list_current(self) -> list[PermitSummary]:
        current = [found[-1] for found in self._versions.values() if found]
        return [
            PermitSummary(
                code=p.code,
                name=p.name,
                kind=p.kind,
                risk=p.risk,
                kbli_code=p.kbli.code,
                version=p.version,
                sla_days=p.sla.days,
                sla_unit=p.sla.unit,
            )
            for p in sorted(current, key=lambda p: (p.name.casefold(), p.code))
        ]

    def is_empty(self) -> bool:
        return not self._versions

    def add_versions(self, permit_types: Sequence[PermitType], imported_at: datetime) -> None:
        for permit in permit_types:
            stored = self._versions.setdefault(permit.code, [])
            if any(p.version == permit.version for p in stored):
                raise ValueError(f"{permit.code} v{permit.version} exists")
            stored.append(permit)
            stored.sort(key=lambda p: p.version)


STAGES_OKI = (
    Stage("Penerimaan berkas di loket", Role.FRONT_DESK, 0),
    Stage("Pemeriksaan berkas oleh back office", Role.BACK_OFFICE, 2),
    Stage("Paraf Kepala Bidang Perizinan", Role.SUPERVISOR, 1),
    Stage("Penandatanganan oleh Kepala DPMPTSP", Role.SUPERVISOR, 1),
    Stage("Penomoran oleh Bagian Umum", Role.ADMIN, None),
    Stage("Penyerahan kepada pemohon", Role.FRONT_DESK, None),
)

PMA_REQUIREMENT = Requirement(
    id="khusus-5",
    group="khusus",
    text="Dokumen penanaman modal asing:",
    condition=Condition("Dalam hal terdapat penyertaan modal asing", ConditionFlag.FOREIGN_CAPITAL),
    children=(
        Requirement(
            id="khusus-5-a",
            group="khusus",
            text="Akta pendirian dan pengesahan badan hukum Penanaman Modal Asing",
            form=DocumentForm.PHOTOCOPY,
        ),
        Requirement(
            id="khusus-5-b",
            group="khusus",
            text="Paspor direksi warga negara asing",
            form=DocumentForm.SCAN,
            condition=Condition("apabila direksi warga negara asing", ConditionFlag.FOREIGN_NATIONAL),
        ),
    ),
)

LOGAM = PermitType(
    code="PWK-24201",
    name="Izin (Risiko Tinggi) KBLI 24201 Industri Pembuatan Logam Dasar Mulia",
    kind="Izin",
    risk=Risk.TINGGI,
    kbli=Kbli("2020", "24201", "Industri Pembuatan Logam Dasar Mulia"),
    sla=Sla(
        7,
        SlaUnit.WORKING,
        "7 hari kerja sejak diterimanya berkas permohonan secara lengkap dan benar.",
        "sejak diterimanya berkas permohonan secara lengkap dan benar",
    ),
    fee=Fee(True, None, "Gratis"),
    product="NIB dan Izin Terverifikasi dengan tanda tangan elektronik",
    legal_basis=(
        "Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja",
        "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
        "Peraturan Menteri Pertanian Nomor 15 Tahun 2021 tentang Standar Kegiatan Usaha dan Standar Produk",
    ),
    complaint_channels="Telepon: (0264) 8224794 ext.103; SMS/WA: 081809898222; "
    "Email: pengaduanptsp139@gmail.com; Kotak Pengaduan",
    stages=STAGES_OKI,
    requirements=(
        Requirement("umum-1", "umum", "Skala industri kecil atau industri menengah"),
        Requirement("umum-2", "umum", "Memiliki akun Sistem Informasi Industri Nasional"),
        Requirement("umum-3", "umum", "Menyampaikan data industri melalui Sistem Informasi Industri Nasional"),
        Requirement("khusus-1", "khusus", "Memiliki sarana dan fasilitas produksi"),
        Requirement("khusus-2", "khusus", "Memiliki struktur organisasi SDM yang terdokumentasi"),
        PMA_REQUIREMENT,
    ),
    unplaced=("Klasifikasi 4, 8, 13, atau 17 sebagaimana tercantum dalam Lampiran IV",),
    source="purwakarta-31-izin-kbli-24201.txt",
    version=2,
)

LOGAM_V1 = replace(LOGAM, sla=Sla(10, SlaUnit.WORKING, "10 hari kerja"), version=1)

PERLUASAN_MAGETAN = PermitType(
    code="MGT-PERLUASAN",
    name="Izin Perluasan Usaha Industri",
    kind="Izin",
    risk=Risk.UNKNOWN,
    kbli=Kbli(None, None, None),
    sla=Sla(
        5,
        SlaUnit.UNKNOWN,
        "5 (lima) hari setelah syarat pemenuhan komitmen dinyatakan lengkap dan benar",
        "setelah syarat pemenuhan komitmen dinyatakan lengkap dan benar",
    ),
    fee=Fee(True, None, "Tidak dikenakan biaya"),
    product="Izin Perluasan Usaha Industri",
    legal_basis=("Peraturan Pemerintah Nomor 24 Tahun 2018",),
    complaint_channels="WA: 0895633648010; Telepon: 0351 895 027",
    stages=STAGES_OKI[:3],
    requirements=(
        Requirement("umum-1", "umum", "Nomor Induk Berusaha (NIB)"),
        Requirement(
            "umum-2",
            "umum",
            "Scan akta pendirian perusahaan dan perubahannya",
            optional=True,
            form=DocumentForm.SCAN,
        ),
        Requirement("umum-3", "umum", "KTP Direktur", form=DocumentForm.PHOTOCOPY),
        Requirement("umum-4", "umum", "Pas foto 4x6", copies=2),
    ),
    source="magetan-izin-perluasan-usaha-industri.txt",
    version=1,
)

REKLAME = PermitType(
    code="PWK-REKLAME",
    name="Izin Penyelenggaraan Reklame",
    kind="Izin",
    risk=Risk.MENENGAH_RENDAH,
    kbli=Kbli("2020", "73100", "Periklanan"),
    sla=Sla(3, SlaUnit.WORKING, "3 (tiga) hari kerja"),
    fee=Fee(False, 1_500_000, "Rp 1.500.000,-"),
    product="Surat Izin Penyelenggaraan Reklame",
    legal_basis=(),
    complaint_channels="",
    stages=(),
    requirements=(Requirement("umum-1", "umum", "Gambar desain reklame", copies=2),),
    version=1,
)

SAMPLE_PERMITS = (LOGAM_V1, LOGAM, PERLUASAN_MAGETAN, REKLAME)


def sample_catalog() -> CatalogService:
    """A CatalogService over the sample permit types (PWK-24201 has versions 1 and 2)."""
    return CatalogService(InMemoryCatalogRepository(SAMPLE_PERMITS), FixedClock())


class BrokenCatalogRepository(InMemoryCatalogRepository):
    """Lists the sample permit types, then fails to read any of them with `error`."""

    def __init__(self, error: Exception) -> None:
        super().__init__(SAMPLE_PERMITS)
        self._error = error

    def latest(self, code: str) -> PermitType | None:
        raise self._error


def broken_catalog(error: Exception) -> CatalogService:
    return CatalogService(BrokenCatalogRepository(error), FixedClock())


class Crash(Exception):
    """Stands for the app dying while the bytes go out: the job stays `sending`."""


class RecordingTransport(PrinterTransport):
    """A printer that records what it was sent (printers cannot exist here).

    `fail_with` makes the next sends fail as a printer does (`PrinterError`: the job is `failed`);
    `crash` makes them raise `Crash`, as if the app died mid-send (the job stays `sending`).
    """

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes]] = []
        self.fail_with: str | None = None
        self.crash = False

    def send(self, uri: str, payload: bytes) -> None:
        if self.crash:
            raise Crash(uri)
        if self.fail_with is not None:
            raise PrinterError(self.fail_with)
        self.sent.append((uri, payload))
