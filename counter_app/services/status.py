"""The public status of a file: what the page behind the receipt QR may show, and nothing more.

`StatusService.lookup(code)` returns a `PublicStatus`: the office, the permit type, the applicant's
name masked ("B*** S*****"), the day the file was received, where it is (stage, role, state), the
timeline of stages with dates, the due date and the days left. It never carries the NIK, phone,
e-mail, address, officer names, notes or the registration number: those are not in the dataclass at
all, so no template or JSON encoder can leak them.

A malformed code (bad shape or check character), an unknown one and an expired one (the file was
handed over or rejected more than `status.expire_days` days ago) all raise the same
`StatusNotFound`, whose message does not echo the code.

The page is read by the public, possibly many times a second, so the service reads one file and its
events through a `StatusReader` (the storage adapter has a fast one; `UowStatusReader` is the plain
one over the unit of work), keeps parsed permit type versions (they never change), and re-reads the
office settings and calendar at most every `settings_ttl_s` seconds. For the last RECENT_FILES files
read it keeps what it derived, reused while the reader hands back the same record object (the
file has not changed), on the same day, with the same settings.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NamedTuple, Protocol
from zoneinfo import ZoneInfo

from cachetools import LRUCache

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.card_rules import role_label
from counter_app.domain.card_state import CardState, CardStatus, derive, ordered
from counter_app.domain.catalog import PermitType, Role
from counter_app.domain.identifiers import mask_name
from counter_app.domain.status_record import StatusRecord
from counter_app.domain.tracking import format_tracking_code, normalize_tracking_code, status_url
from counter_app.domain.whatsapp import status_message, whatsapp_link
from counter_app.errors import NotFound
from counter_app.i18n import translate
from counter_app.ports import Clock, UnitOfWorkFactory
from counter_app.services.calendar import calendar_in
from counter_app.services.control_card import CardView
from counter_app.settings import Settings

log = logging.getLogger(__name__)

SETTINGS_TTL_S = 30.0


class PublicState(StrEnum):
    """Where the file is, as the applicant understands it."""

    IN_PROCESS = "in_process"
    WAITING_FOR_APPLICANT = "waiting_for_applicant"  # returned: menunggu kelengkapan dari pemohon
    READY = "ready_for_pickup"  # at the handover stage: siap diambil
    HANDED_OVER = "handed_over"
    REJECTED = "rejected"
    CANCELLED = "cancelled"  # voided by a supervisor (issue 8): dibatalkan

    @property
    def closed(self) -> bool:
        return self in (PublicState.HANDED_OVER, PublicState.REJECTED, PublicState.CANCELLED)


class StageState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"
    STOPPED = "stopped"  # the file was rejected at this stage


def public_state(status: CardStatus, stage: int, stage_count: int) -> PublicState:
    if status is CardStatus.RETURNED:
        return PublicState.WAITING_FOR_APPLICANT
    if status is CardStatus.REJECTED:
        return PublicState.REJECTED
    if status is CardStatus.HANDED_OVER:
        return PublicState.HANDED_OVER
    if status is CardStatus.VOIDED:
        return PublicState.CANCELLED
    return PublicState.READY if stage >= stage_count - 1 else PublicState.IN_PROCESS


def state_text(state: PublicState) -> str:
    return {
        PublicState.IN_PROCESS: translate("status", "sedang diproses"),
        PublicState.WAITING_FOR_APPLICANT: translate("status", "menunggu kelengkapan dari pemohon"),
        PublicState.READY: translate("status", "siap diambil"),
        PublicState.HANDED_OVER: translate("status", "sudah diserahkan"),
        PublicState.REJECTED: translate("status", "ditolak"),
        PublicState.CANCELLED: translate("status", "dibatalkan"),
    }[state]


class PublicStage(NamedTuple):
    """One stage of the timeline (a named tuple: eight of them are made on every page view)."""

    name: str
    role: str  # the role's label, never an officer's name
    state: StageState
    entered_on: date | None
    left_on: date | None


@dataclass(frozen=True)
class PublicStatus:
    """Everything the public page shows. Add a field only if the public may see it."""

    code: str  # grouped: 7KQ2-MX9D-4T1B-R
    office: str
    permit: str
    applicant: str  # masked
    received_on: date
    state: PublicState
    state_text: str
    stage: str
    stage_role: str
    stage_number: int  # 1-based
    stage_count: int
    timeline: tuple[PublicStage, ...]
    due_date: date | None  # None when the permit type states no completion time
    days_left: int | None  # None when closed or no completion time; negative when late
    days_unit: str  # "working" | "calendar" | "unknown"
    waiting_since: date | None  # returned to the applicant on
    closed_on: date | None  # handed over or rejected on

    def to_json(self) -> dict[str, Any]:
        def day(value: date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "code": self.code,
            "office": self.office,
            "permit": self.permit,
            "applicant": self.applicant,
            "received_on": self.received_on.isoformat(),
            "status": self.state.value,
            "status_text": self.state_text,
            "stage": {
                "name": self.stage,
                "role": self.stage_role,
                "number": self.stage_number,
                "count": self.stage_count,
            },
            "timeline": [
                {
                    "name": s.name,
                    "role": s.role,
                    "state": s.state.value,
                    "entered_on": day(s.entered_on),
                    "left_on": day(s.left_on),
                }
                for s in self.timeline
            ],
            "due_date": day(self.due_date),
            "days_left": self.days_left,
            "days_unit": self.days_unit,
            "waiting_since": day(self.waiting_since),
            "closed_on": day(self.closed_on),
        }


class StatusNotFound(NotFound):
    """The one answer for a malformed, unknown or expired code (it does not repeat the code)."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "status",
                "Kode lacak tidak ditemukan. Periksa kembali kode pada tanda terima, atau hubungi loket pelayanan.",
            )
        )


class StatusReader(Protocol):
    def record(self, code: str) -> StatusRecord | None:
        """The file with tracking code `code` (canonical form) and its card events, or None."""
        ...


class UowStatusReader:
    """`StatusReader` over the unit of work (the plain path; storage adapters may offer a faster one)."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def record(self, code: str) -> StatusRecord | None:
        with self._uow() as uow:
            registration = uow.registrations.by_tracking_code(code)
            if registration is None:
                return None
            events = uow.card_events.for_registration(registration.id)
        return StatusRecord(
            registration_id=registration.id,
            permit_code=registration.permit.code,
            permit_version=registration.permit.version,
            received_at=registration.received_at,
            applicant_name=registration.applicant.name,
            events=tuple(events),
        )


@dataclass(frozen=True)
class _Context:
    office: str
    timezone: str
    zone: ZoneInfo
    expire_days: int
    calendar: WorkingCalendar
    roles: dict[Role, str]  # role labels in the active language
    loaded_at: float


class _Derived(NamedTuple):
    record: StatusRecord
    today: date
    context: _Context
    status: PublicStatus


RECENT_FILES = 4096


class StatusService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        reader: StatusReader | None = None,
        *,
        settings_ttl_s: float = SETTINGS_TTL_S,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._reader = reader or UowStatusReader(uow)
        self._ttl = settings_ttl_s
        self._monotonic = monotonic
        self._context_cache: _Context | None = None
        self._permits: dict[tuple[str, int], PermitType] = {}
        # What was derived for recently read files: a reader that hands back the same record object
        # for an unchanged file (the SQL one does) saves deriving it again the same day.
        self._recent: LRUCache[str, _Derived] = LRUCache(RECENT_FILES)
        self._lock = threading.Lock()

    def lookup(self, text: str) -> PublicStatus:
        """The public status of the file whose tracking code is `text` (dashes, spaces and case
        ignored); `StatusNotFound` when it is malformed, unknown or expired."""
        code = normalize_tracking_code(text) if len(text) <= 64 else None
        if code is None:
            raise StatusNotFound()
        record = self._reader.record(code)
        if record is None:
            raise StatusNotFound()
        context = self._context()
        today = self._clock.now().astimezone(context.zone).date()
        with self._lock:
            known = self._recent.get(code)
        if known is not None and known.record is record and known.today == today and known.context is context:
            return known.status
        status = self._derived(code, record, context, today)
        with self._lock:
            self._recent[code] = _Derived(record, today, context, status)
        return status

    def _derived(self, code: str, record: StatusRecord, context: _Context, today: date) -> PublicStatus:
        permit = self._permit(record.permit_code, record.permit_version)
        stages = permit.stages
        try:
            state = derive(
                ordered(record.events),
                stages,
                permit.sla.days,
                permit.sla.unit,
                context.calendar,
                today,
                context.timezone,
            )
        except ValueError:
            # A file without its "registered" event (e.g. half-synced): nothing to show yet.
            log.warning("status page: file %s has no registered event", record.registration_id)
            raise StatusNotFound() from None
        closed_on = state.effective[-1].at.astimezone(context.zone).date() if state.status.closed else None
        if closed_on is not None and (today - closed_on).days > context.expire_days:
            raise StatusNotFound()
        return self._public(code, record, permit, state, context, closed_on)

    def _public(
        self,
        code: str,
        record: StatusRecord,
        permit: PermitType,
        state: CardState,
        context: _Context,
        closed_on: date | None,
    ) -> PublicStatus:
        stages = permit.stages
        zone = context.zone
        current = min(state.stage, len(stages) - 1)
        overall = public_state(state.status, current, len(stages))
        visits = {visit.stage: visit for visit in state.visits}
        days: dict[datetime, date] = {}  # a stage's exit is the next one's entry: convert each moment once

        def day(moment: datetime) -> date:
            found = days.get(moment)
            if found is None:
                found = days[moment] = moment.astimezone(zone).date()
            return found

        roles = context.roles
        timeline = []
        for index, stage in enumerate(stages):
            visit = visits.get(index)
            if index < current or (index == current and overall is PublicState.HANDED_OVER):
                stage_state = StageState.DONE
            elif index == current:
                stopped = overall in (PublicState.REJECTED, PublicState.CANCELLED)
                stage_state = StageState.STOPPED if stopped else StageState.CURRENT
            else:
                stage_state = StageState.UPCOMING
            timeline.append(
                PublicStage(
                    stage.name,
                    roles[stage.role],
                    stage_state,
                    day(visit.entered_at) if visit else None,
                    day(visit.left_at) if visit and visit.left_at else None,
                )
            )
        waiting_since = None
        if overall is PublicState.WAITING_FOR_APPLICANT:
            last = state.last_effective
            waiting_since = last.at.astimezone(zone).date() if last else None
        sla = state.sla
        return PublicStatus(
            code=format_tracking_code(code),
            office=context.office,
            permit=permit.name,
            applicant=mask_name(record.applicant_name),
            received_on=record.received_at.astimezone(zone).date(),
            state=overall,
            state_text=state_text(overall),
            stage=stages[current].name,
            stage_role=context.roles[stages[current].role],
            stage_number=current + 1,
            stage_count=len(stages),
            timeline=tuple(timeline),
            due_date=sla.due_date,
            days_left=None if overall.closed else sla.working_days_left,
            days_unit=sla.unit.value,
            waiting_since=waiting_since,
            closed_on=closed_on,
        )

    def _context(self) -> _Context:
        now = self._monotonic()
        context = self._context_cache
        if context is not None and now - context.loaded_at < self._ttl:
            return context
        with self._uow() as uow:
            settings = Settings(uow.settings.load())
            calendar = calendar_in(uow)
        timezone = str(settings.get("office.timezone"))
        context = _Context(
            office=str(settings.get("office.name")),
            timezone=timezone,
            zone=ZoneInfo(timezone),
            expire_days=int(settings.get("status.expire_days")),
            calendar=calendar,
            roles={role: role_label(role) for role in Role},
            loaded_at=now,
        )
        self._context_cache = context
        return context

    def _permit(self, code: str, version: int) -> PermitType:
        key = (code, version)
        permit = self._permits.get(key)
        if permit is None:
            with self._uow() as uow:
                permit = uow.catalog.get(code, version)
            if permit is None:  # the foreign key keeps versions from going missing
                raise LookupError(f"permit type {code} version {version} is not stored")
            self._permits[key] = permit
        return permit


def whatsapp_status_link(view: CardView, settings: Settings) -> str | None:
    """A `https://wa.me/<number>?text=...` link that opens WhatsApp at the applicant's number with the
    file's status as a prefilled message (the officer presses send; nothing is sent from here), or
    None when the applicant gave no usable phone number."""
    registration = view.registration
    stages = registration.permit.stages
    current = min(view.state.stage, len(stages) - 1)
    overall = public_state(view.state.status, current, len(stages))
    message = status_message(
        office=str(settings.get("office.name")),
        reg_no=registration.reg_no,
        permit=registration.permit.name,
        stage=stages[current].name,
        state=state_text(overall),
        url=status_url(str(settings.get("status.base_url")), registration.tracking_code),
    )
    return whatsapp_link(registration.applicant.phone, message)
