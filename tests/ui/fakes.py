"""Fakes for the GUI tests: in-memory storage, a recording printer and three hand-made permit types.

`InMemoryCatalogRepository` subclasses the real port (`counter_app.ports.CatalogRepository`), so
mypy checks it against the interface. The permit types follow the shipped Standar Pelayanan
documents (Purwakarta KBLI 24201, OKI, Magetan): general and special requirements, an optional
"(kalau ada)" item, a foreign-capital (PMA) condition with sub-items, and a completion time whose
unit the document does not state.

`memory_application()` wires the real services (registration, printing, settings) over a
`MemoryStore`, for fast widget tests; the full flow runs on SQLite (`test_registration_flow.py`).
`RecordingTransport` is the printer: it keeps what it was sent, or fails when told to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from counter_app.domain.applicant import Applicant
from counter_app.domain.calendar_overrides import HolidayOverride
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
from counter_app.domain.control_card import CardEvent
from counter_app.domain.print_job import JobState, PrintJob
from counter_app.domain.printer_profile import PrinterProfile
from counter_app.domain.receipt import Document
from counter_app.domain.registration import Registration, ReturnedVisit
from counter_app.errors import PrinterError
from counter_app.ports import (
    ApplicantRepository,
    CardEventRepository,
    CatalogRepository,
    Clock,
    HolidayOverrideRepository,
    PrinterTransport,
    PrintJobRepository,
    ReceiptRenderer,
    RegistrationRepository,
    SequenceRepository,
    SettingsRepository,
    UnitOfWork,
    VisitRepository,
)
from counter_app.services.catalog import CatalogService
from counter_app.services.printing import PrintService
from counter_app.services.registration import RegistrationService
from counter_app.services.settings import SettingsService


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


# --- An in-memory storage for the registration desk's widget tests ------------------------------


class MemoryStore:
    """The tables, as dicts; a unit of work copies them on entry and writes them back on commit."""

    def __init__(self, permit_types: Sequence[PermitType] = SAMPLE_PERMITS) -> None:
        self.catalog = InMemoryCatalogRepository(permit_types)
        self.tables: dict[str, dict[Any, Any]] = {
            "applicants": {},
            "registrations": {},
            "visits": {},
            "sequences": {},
            "jobs": {},
            "events": {},
            "settings": {},
            "holidays": {},
        }


class _Applicants(ApplicantRepository):
    def __init__(self, rows: dict[str, Applicant]) -> None:
        self._rows = rows

    def get(self, applicant_id: str) -> Applicant | None:
        return self._rows.get(applicant_id)

    def by_nik(self, nik: str) -> Applicant | None:
        return next((a for a in self._rows.values() if a.nik and a.nik == nik), None)

    def save(self, applicant: Applicant, at: datetime) -> None:
        self._rows[applicant.id] = applicant

    def search(self, query: str, limit: int = 20) -> list[Applicant]:
        needle = query.strip().casefold()
        digits = "".join(ch for ch in needle if ch.isdigit())

        def matches(a: Applicant) -> bool:
            numbers = [a.nik, a.phone.lstrip("+"), "0" + a.phone.removeprefix("+62")]
            if a.business is not None:
                numbers.append(a.business.nib)
            if digits and digits == needle.replace(" ", "") and any(n.startswith(digits) for n in numbers if n):
                return True
            return needle in a.name.casefold()

        return sorted((a for a in self._rows.values() if matches(a)), key=lambda a: a.name)[:limit]


class _Registrations(RegistrationRepository):
    def __init__(self, rows: dict[str, Registration]) -> None:
        self._rows = rows

    def add(self, registration: Registration) -> None:
        self._rows[registration.id] = registration

    def by_id(self, registration_id: str) -> Registration | None:
        return self._rows.get(registration_id)

    def by_reg_no(self, reg_no: str) -> Registration | None:
        return next((r for r in self._rows.values() if r.reg_no == reg_no), None)

    def by_tracking_code(self, code: str) -> Registration | None:
        return next((r for r in self._rows.values() if r.tracking_code == code), None)

    def by_nik(self, nik: str, limit: int = 20) -> list[Registration]:
        return [r for r in self._rows.values() if r.applicant.nik == nik][:limit]


class _Visits(VisitRepository):
    def __init__(self, rows: dict[str, ReturnedVisit]) -> None:
        self._rows = rows

    def add(self, visit: ReturnedVisit) -> None:
        self._rows[visit.id] = visit

    def by_id(self, visit_id: str) -> ReturnedVisit | None:
        return self._rows.get(visit_id)


class _Sequences(SequenceRepository):
    def __init__(self, rows: dict[tuple[str, date], int]) -> None:
        self._rows = rows

    def next_value(self, counter_code: str, day: date) -> int:
        value = self._rows.get((counter_code, day), 0) + 1
        self._rows[(counter_code, day)] = value
        return value


class _Jobs(PrintJobRepository):
    def __init__(self, rows: dict[str, PrintJob]) -> None:
        self._rows = rows

    def add(self, job: PrintJob) -> None:
        self._rows[job.id] = job

    def get(self, job_id: str) -> PrintJob | None:
        return self._rows.get(job_id)

    def update(self, job: PrintJob) -> None:
        self._rows[job.id] = replace(job, payload=self._rows[job.id].payload)

    def in_states(self, states: Sequence[JobState], limit: int = 100) -> list[PrintJob]:
        return sorted((j for j in self._rows.values() if j.state in states), key=lambda j: j.created_at)[:limit]

    def for_registration(self, registration_id: str) -> list[PrintJob]:
        return sorted((j for j in self._rows.values() if j.registration_id == registration_id), key=lambda j: j.id)


class _Events(CardEventRepository):
    def __init__(self, rows: dict[str, CardEvent]) -> None:
        self._rows = rows

    def add(self, event: CardEvent) -> None:
        self._rows[event.id] = event

    def for_registration(self, registration_id: str) -> list[CardEvent]:
        return sorted(
            (e for e in self._rows.values() if e.registration_id == registration_id), key=lambda e: (e.at, e.id)
        )


class _Settings(SettingsRepository):
    def __init__(self, rows: dict[str, str]) -> None:
        self._rows = rows

    def load(self) -> dict[str, str]:
        return dict(self._rows)

    def save(self, key: str, value: str) -> None:
        self._rows[key] = value


class _Holidays(HolidayOverrideRepository):
    def __init__(self, rows: dict[date, HolidayOverride]) -> None:
        self._rows = rows

    def load(self) -> list[HolidayOverride]:
        return sorted(self._rows.values(), key=lambda o: o.day)

    def save(self, override: HolidayOverride) -> None:
        self._rows[override.day] = override

    def delete(self, day: date) -> None:
        self._rows.pop(day, None)


class MemoryUnitOfWork(UnitOfWork):
    """A transaction over a `MemoryStore`: changes reach the store only on `commit()`."""

    def __init__(self, store: MemoryStore) -> None:
        self._store = store
        self._working: dict[str, dict[Any, Any]] = {}
        self.catalog = store.catalog

    def __enter__(self) -> MemoryUnitOfWork:
        self._working = {name: dict(rows) for name, rows in self._store.tables.items()}
        self.applicants = _Applicants(self._working["applicants"])
        self.registrations = _Registrations(self._working["registrations"])
        self.visits = _Visits(self._working["visits"])
        self.sequences = _Sequences(self._working["sequences"])
        self.print_jobs = _Jobs(self._working["jobs"])
        self.card_events = _Events(self._working["events"])
        self.settings = _Settings(self._working["settings"])
        self.holidays = _Holidays(self._working["holidays"])
        return self

    def __exit__(self, *exc: object) -> None:
        self._working = {}

    def commit(self) -> None:
        for name, rows in self._working.items():
            self._store.tables[name] = dict(rows)


class PlainRenderer(ReceiptRenderer):
    """The document's lines as UTF-8 (the real ESC/POS renderer lives in `printing`)."""

    def escpos(self, document: Document, profile: PrinterProfile) -> bytes:
        return "\n".join(document.plain_lines()).encode()


class RecordingTransport(PrinterTransport):
    """A printer that records what it was sent; `fail_with` makes the next sends fail like a printer."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes]] = []
        self.fail_with: str | None = None

    def send(self, uri: str, payload: bytes) -> None:
        if self.fail_with is not None:
            raise PrinterError(self.fail_with)
        self.sent.append((uri, payload))


class Crash(Exception):
    """What a transport raises to stand for the app dying mid-send (the job stays `sending`)."""


class CrashingTransport(PrinterTransport):
    def send(self, uri: str, payload: bytes) -> None:
        raise Crash(uri)


@dataclass
class MemoryApplication:
    """The services of `counter_app.app.Application`, over memory (the `ui.app.Services` protocol)."""

    catalog: CatalogService
    registration: RegistrationService
    printing: PrintService
    settings: SettingsService
    store: MemoryStore
    transport: RecordingTransport


def memory_application(clock: Clock | None = None, printer_uri: str = "tcp://192.0.2.10:9100") -> MemoryApplication:
    store = MemoryStore()
    clock = clock or FixedClock(datetime(2026, 11, 23, 2, 15, tzinfo=UTC))  # Monday 09.15 WIB

    def uow() -> UnitOfWork:
        return MemoryUnitOfWork(store)

    renderer = PlainRenderer()
    transport = RecordingTransport()
    settings = SettingsService(uow)
    settings.ensure_install_id()
    for key, value in (
        ("office.name", "DPMPTSP Kabupaten Purwakarta"),
        ("office.code", "PWK"),
        ("counter.code", "L01"),
        ("status.base_url", "https://status.contoh.go.id"),
        ("printer.uri", printer_uri),
    ):
        if value:
            settings.set(key, value)
    return MemoryApplication(
        catalog=CatalogService(store.catalog, clock),
        registration=RegistrationService(uow, renderer, clock),
        printing=PrintService(uow, transport, renderer, clock),
        settings=settings,
        store=store,
        transport=transport,
    )
