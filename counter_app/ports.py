"""The interfaces the core needs from the outside world (storage, clock).

Adapters implement them; services receive them as constructor arguments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Protocol

from counter_app.domain.applicant import Applicant
from counter_app.domain.audit import AuditEntry
from counter_app.domain.calendar_overrides import HolidayOverride
from counter_app.domain.card_document import CardDocument
from counter_app.domain.card_projection import CardProjection, OpenFile
from counter_app.domain.catalog import PermitSummary, PermitType
from counter_app.domain.control_card import CardEvent
from counter_app.domain.print_job import JobState, PrintJob
from counter_app.domain.printer_profile import PrinterProfile
from counter_app.domain.receipt import Document
from counter_app.domain.registration import Registration, ReturnedVisit
from counter_app.domain.sync import Change, Conflict, Keep, Received
from counter_app.domain.users import User


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class CatalogRepository(Protocol):
    """Versioned permit types. Versions are immutable once saved."""

    def latest(self, code: str) -> PermitType | None:
        """The newest version of `code`, or None."""
        ...

    def get(self, code: str, version: int) -> PermitType | None:
        """One version of `code`, or None."""
        ...

    def versions(self, code: str) -> list[int]:
        """Every version number of `code`, ascending."""
        ...

    def list_current(self) -> list[PermitSummary]:
        """The newest version of every permit type, ordered by name."""
        ...

    def is_empty(self) -> bool: ...

    def add_versions(self, permit_types: Sequence[PermitType], imported_at: datetime) -> None:
        """Store new versions (each with its `version` already set), all or nothing."""
        ...


# --- Registration, print journal, control card -------------------------------------------------


class ApplicantRepository(Protocol):
    def get(self, applicant_id: str) -> Applicant | None: ...

    def by_nik(self, nik: str) -> Applicant | None: ...

    def save(self, applicant: Applicant, at: datetime) -> None:
        """Insert or update (same id) the applicant's current data."""
        ...

    def search(self, query: str, limit: int = 20) -> list[Applicant]:
        """Returning applicants by NIK, NIB or phone (prefix), or name (substring, case- and
        accent-insensitive), at most `limit`, ordered by name. When more match than the adapter can
        sort quickly, which `limit` of them come back is the adapter's choice (SQLite: the first its
        index gives), still ordered by name among themselves; a full list means "type more"."""
        ...


class RegistrationRepository(Protocol):
    def add(self, registration: Registration) -> None: ...

    def by_id(self, registration_id: str) -> Registration | None: ...

    def by_reg_no(self, reg_no: str) -> Registration | None: ...

    def by_tracking_code(self, code: str) -> Registration | None: ...

    def by_nik(self, nik: str, limit: int = 20) -> list[Registration]: ...

    def find(self, reg_no: str, tracking_code: str | None, nik: str | None) -> Registration | None:
        """The file numbered `reg_no`, else the one with `tracking_code`, else the newest of `nik`'s."""
        ...

    def set_card_state(self, registration_id: str, card: CardProjection) -> None:
        """Keep the card's projection next to the file, for queue queries (a cache of what the
        events say; the events stay the truth)."""
        ...

    def permit_versions(self, registration_ids: Sequence[str]) -> dict[str, tuple[str, int]]:
        """The permit type version (code, version) of each of these files that is stored."""
        ...

    def set_card_states(self, cards: Sequence[tuple[str, CardProjection]]) -> None:
        """`set_card_state` for many files at once (after a sync brought their events)."""
        ...

    def open_queue(self, limit: int = 100_000) -> list[OpenFile]:
        """Files whose card is not closed, with their projection and the applicant's name, oldest
        received first; no snapshots are read (the queue shows thousands of files)."""
        ...

    def open_files(self, limit: int = 50_000) -> list[Registration]:
        """Files whose card is not closed (status open or returned), oldest first."""
        ...


class VisitRepository(Protocol):
    def add(self, visit: ReturnedVisit) -> None: ...

    def by_id(self, visit_id: str) -> ReturnedVisit | None: ...


class SequenceRepository(Protocol):
    def next_value(self, counter_code: str, day: date) -> int:
        """The next registration sequence number for (counter, day); starts at 1; never reused,
        allocated inside the caller's transaction."""
        ...


class PrintJobRepository(Protocol):
    def add(self, job: PrintJob) -> None: ...

    def get(self, job_id: str) -> PrintJob | None: ...

    def update(self, job: PrintJob) -> None:
        """Store the job's new state, error, attempts and updated_at (payload never changes)."""
        ...

    def in_states(self, states: Sequence[JobState], limit: int = 100) -> list[PrintJob]:
        """Oldest first."""
        ...

    def for_registration(self, registration_id: str) -> list[PrintJob]:
        """Oldest first."""
        ...


class CardEventRepository(Protocol):
    def add(self, event: CardEvent) -> None: ...

    def for_registration(self, registration_id: str) -> list[CardEvent]:
        """In the order they happened (by `at`, then id)."""
        ...

    def for_registrations(self, registration_ids: Sequence[str]) -> dict[str, list[CardEvent]]:
        """Events of many files at once, each list in order (by `at`, then id)."""
        ...


class SettingsRepository(Protocol):
    def load(self) -> dict[str, str]: ...

    def save(self, key: str, value: str) -> None: ...


class HolidayOverrideRepository(Protocol):
    def load(self) -> list[HolidayOverride]: ...

    def save(self, override: HolidayOverride) -> None: ...

    def delete(self, day: date) -> None: ...


class SyncRepository(Protocol):
    """This database's side of sync as a counter: the outbox, the pull cursor, what came from the hub.

    See `counter_app.services.sync` and `db.outbox`."""

    def mode(self) -> str:
        """ "off" (no hub used yet: nothing recorded), "counter", or "hub" (this is the hub)."""
        ...

    def start_recording(self) -> int | None:
        """Record local changes from now on; the first time, queue every record already stored
        and return how many changes were queued (None: recording already)."""
        ...

    def queue_everything(self) -> int:
        """Queue every stored record again (for a hub that has never seen this counter)."""
        ...

    def pending(self, limit: int) -> list[Change]:
        """The oldest changes not yet acknowledged by the hub, in the order they were made."""
        ...

    def pending_count(self) -> int: ...

    def acknowledge(self, change_ids: Sequence[str]) -> None:
        """The hub has committed these: forget them."""
        ...

    def apply(self, changes: Sequence[Change]) -> list[str]:
        """Write what came from the hub (never recorded as local changes); returns the files whose
        card events changed. A local change still waiting for the hub wins over an older one."""
        ...

    def state(self) -> dict[str, str]: ...

    def set_state(self, values: Mapping[str, str]) -> None: ...


class HubRepository(Protocol):
    """This database as the hub: its change log (the cursor counters pull from) and conflicts."""

    def become_hub(self) -> str:
        """Make this database the hub (the first time, log every record it holds); its hub id."""
        ...

    def receive(self, origin: str, changes: Sequence[Change]) -> Received:
        """Take a pushed batch: records new to the hub are written and logged, changes it already
        has are skipped, concurrent edits become conflicts. Idempotent."""
        ...

    def changes_since(self, cursor: int, limit: int) -> list[Change]:
        """Logged changes after `cursor`, in log order (`Change.seq` is the new cursor)."""
        ...

    def last_seq(self) -> int: ...

    def conflicts(self, include_closed: bool = False) -> list[Conflict]: ...

    def resolve(self, conflict_id: str, keep: Keep, by: str, at: datetime) -> Conflict: ...


class UserRepository(Protocol):
    """User accounts (issue 8). Names are unique (stored lower-case)."""

    def add(self, user: User) -> None: ...

    def update(self, user: User) -> None:
        """Store everything but the id, name and created_at."""
        ...

    def by_name(self, name: str) -> User | None: ...

    def by_id(self, user_id: str) -> User | None: ...

    def all(self) -> list[User]:
        """Ordered by name."""
        ...

    def exists(self) -> bool:
        """Whether any account exists (active or not)."""
        ...


class AuditRepository(Protocol):
    """The append-only audit log (no update, no delete)."""

    def head(self, counter_code: str) -> AuditEntry | None:
        """The counter's newest entry (highest seq), or None."""
        ...

    def add(self, entry: AuditEntry) -> None: ...

    def counters(self) -> list[str]: ...

    def chain(self, counter_code: str) -> list[AuditEntry]:
        """One counter's entries by seq."""
        ...

    def between(self, start: datetime, end: datetime, counter_code: str | None = None) -> list[AuditEntry]:
        """Entries with start <= at < end, by (at, counter, seq)."""
        ...


class ReportRepository(Protocol):
    """What reports read: the files and return slips of a period (issue 8)."""

    def registrations_between(
        self, start: datetime, end: datetime, counter_code: str | None = None
    ) -> list[Registration]:
        """Files received in start <= received_at < end, oldest first."""
        ...

    def visits_between(self, start: datetime, end: datetime, counter_code: str | None = None) -> list[ReturnedVisit]:
        """Return slips made in start <= at < end, oldest first."""
        ...


class PasswordHasher(Protocol):
    """Password hashing (argon2 in `counter_app.passwords`)."""

    def hash(self, password: str) -> str: ...

    def verify(self, password_hash: str, password: str) -> bool:
        """True when `password` matches; False otherwise (never raises for a mismatch)."""
        ...


class UnitOfWork(Protocol):
    """One database transaction. Leaving the `with` block without `commit()` rolls back."""

    applicants: ApplicantRepository
    registrations: RegistrationRepository
    visits: VisitRepository
    sequences: SequenceRepository
    print_jobs: PrintJobRepository
    card_events: CardEventRepository
    settings: SettingsRepository
    holidays: HolidayOverrideRepository
    catalog: CatalogRepository
    sync: SyncRepository
    hub: HubRepository
    users: UserRepository
    audit: AuditRepository
    reports: ReportRepository

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(self, *exc: object) -> None: ...

    def commit(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...


class HubLink(Protocol):
    """A hub the counter syncs with (the PostgreSQL adapter, `db.hub`)."""

    @property
    def address(self) -> str:
        """The hub as shown to people (no password)."""
        ...

    def open(self) -> str:
        """Reach the hub, create or upgrade its schema, make it the hub; its hub id."""
        ...

    def unit_of_work(self) -> UnitOfWork:
        """One transaction on the hub."""
        ...

    def close(self) -> None: ...


class HubConnector(Protocol):
    def __call__(self, url: str) -> HubLink: ...


class ReceiptRenderer(Protocol):
    """Turns a document into the bytes a printer of `profile` prints (the printing adapter)."""

    def escpos(self, document: Document, profile: PrinterProfile) -> bytes: ...


class PrinterTransport(Protocol):
    """Sends bytes to the printer named by a URI; raises PrinterError (a KnownError) on failure."""

    def send(self, uri: str, payload: bytes) -> None: ...


class PdfRenderer(Protocol):
    """PDF versions of the documents (the printing adapter, reportlab)."""

    def document(self, document: Document, page: str) -> bytes:
        """A receipt or slip; page "roll80" or "a5"."""
        ...

    def card(self, card: CardDocument, page: str) -> bytes:
        """The kartu kendali; page "a4" or "a5"."""
        ...
