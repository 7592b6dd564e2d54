"""Registration desk use cases: check an applicant, build the checklist, register or return a file.

A complete file is registered in ONE transaction: the number (per counter per day), the tracking
code, the permit snapshot, the due date, the first control-card event and the receipt print job.
An incomplete file gets a return slip (its own print job) and a visit record, no number, no SLA.
The printer is never contacted here: the print worker sends the stored job afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from counter_app.domain.applicant import Applicant, ValidatedApplicant, applicant_from_input
from counter_app.domain.calendar import DueDate, WorkingCalendar
from counter_app.domain.catalog import PermitType, SlaUnit
from counter_app.domain.checklist import (
    ApplicantContext,
    ChecklistItem,
    ReceivedItem,
    all_received,
    checklist_for,
    missing_items,
    tickable,
)
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.formatting import local
from counter_app.domain.identity import new_id
from counter_app.domain.numbering import format_reg_no
from counter_app.domain.permissions import Operation
from counter_app.domain.print_job import JobKind, JobState, PrintJob
from counter_app.domain.receipt import receipt_document, return_slip_document
from counter_app.domain.registration import MissingItem, Registration, ReturnedVisit
from counter_app.domain.tracking import code_from_scan, new_tracking_code
from counter_app.domain.users import Principal
from counter_app.errors import FieldError, NotFound, ValidationError
from counter_app.i18n import translate
from counter_app.ports import Clock, ReceiptRenderer, UnitOfWork, UnitOfWorkFactory
from counter_app.services.calendar import calendar_in
from counter_app.services.guard import CurrentUser, acting, record
from counter_app.services.settings import office_of, printer_profile_of
from counter_app.settings import Settings


@dataclass(frozen=True)
class RegistrationRequest:
    permit_code: str
    applicant: Mapping[str, Any]
    officer: str
    received: Mapping[str, ReceivedItem] | None = None  # None: every applicable item received
    change_request: bool = False
    received_at: datetime | None = None  # back-entry of a file received on paper
    applicant_id: str | None = None  # the returning applicant the officer picked


@dataclass(frozen=True)
class Registered:
    registration: Registration
    print_job: PrintJob
    warnings: tuple[FieldError, ...] = field(default=())


@dataclass(frozen=True)
class Returned:
    visit: ReturnedVisit
    print_job: PrintJob
    warnings: tuple[FieldError, ...] = field(default=())


Outcome = Registered | Returned


class RegistrationService:
    def __init__(
        self, uow: UnitOfWorkFactory, renderer: ReceiptRenderer, clock: Clock, current: CurrentUser | None = None
    ) -> None:
        self._uow = uow
        self._renderer = renderer
        self._clock = clock
        self._current = current or CurrentUser()

    # -- reading -------------------------------------------------------------------------------

    def permit(self, code: str) -> PermitType:
        with self._uow() as uow:
            return _permit(uow, code)

    def checklist(self, permit: PermitType, context: ApplicantContext) -> list[ChecklistItem]:
        return checklist_for(permit, context)

    def validate_applicant(self, data: Mapping[str, Any], applicant_id: str | None = None) -> ValidatedApplicant:
        return applicant_from_input(data, applicant_id or new_id())

    def search_applicants(self, query: str, limit: int = 20) -> list[Applicant]:
        query = query.strip()
        if len(query) < 2:
            return []
        with self._uow() as uow:
            return uow.applicants.search(query, limit)

    def find(self, text: str) -> Registration:
        """A file by registration number, tracking code (or a scanned status URL), or NIK."""
        with self._uow() as uow:
            return find_registration(uow, text)

    def reveal_nik(self, text: str) -> str:
        """The full NIK of a file's applicant ("" when they have none): allowed roles only, and
        every view is audited."""
        now = self._clock.now()
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.VIEW_NIK)
            registration = find_registration(uow, text)
            record(uow, actor, "nik.viewed", registration.reg_no, at=now)
            uow.commit()
        return registration.applicant.nik or ""

    # -- the two outcomes ----------------------------------------------------------------------

    def submit(self, request: RegistrationRequest) -> Outcome:
        now = self._clock.now()
        received_at = request.received_at or now
        if received_at > now + timedelta(minutes=5):
            raise ValidationError(
                [FieldError("received_at", translate("registration", "waktu penerimaan tidak boleh di masa depan"))]
            )
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.REGISTER)
            if not actor.is_system:  # the signed-in user is the officer on record
                request = replace(request, officer=actor.name)
            settings = Settings(uow.settings.load())
            permit = _permit(uow, request.permit_code)
            applicant_id = request.applicant_id or _existing_applicant_id(uow, request.applicant)
            validated = applicant_from_input(request.applicant, applicant_id or new_id())
            applicant = validated.applicant
            rows = checklist_for(permit, ApplicantContext.of(applicant, request.change_request))
            received = dict(request.received) if request.received is not None else all_received(rows)
            _check_ids(rows, received)
            missing = missing_items(rows, received)
            uow.applicants.save(applicant, now)
            outcome: Outcome
            if missing:
                visit, job = self._return(uow, settings, request, applicant, permit, missing, received_at, now)
                outcome = Returned(visit, job, validated.warnings)
                record(
                    uow,
                    actor,
                    "registration.returned",
                    visit.id,
                    at=now,
                    after={"permit": permit.code, "version": permit.version, "missing": [m.id for m in missing]},
                    actor_name=request.officer,
                )
            else:
                registration, job = self._register(
                    uow, settings, request, actor, applicant, permit, rows, received, received_at, now
                )
                outcome = Registered(registration, job, validated.warnings)
                record(
                    uow,
                    actor,
                    "registration.registered",
                    registration.reg_no,
                    at=now,
                    after={
                        "id": registration.id,
                        "permit": permit.code,
                        "version": permit.version,
                        "received_at": received_at.isoformat(),
                        "due": registration.due.date.isoformat() if registration.due else None,
                        "print_job": job.id,
                    },
                    actor_name=request.officer,
                )
            uow.commit()
        return outcome

    def _register(
        self,
        uow: UnitOfWork,
        settings: Settings,
        request: RegistrationRequest,
        actor: Principal,
        applicant: Applicant,
        permit: PermitType,
        rows: list[ChecklistItem],
        received: Mapping[str, ReceivedItem],
        received_at: datetime,
        now: datetime,
    ) -> tuple[Registration, PrintJob]:
        office = office_of(settings)
        local_day = local(received_at, office.timezone).date()
        counter = settings.counter_code
        seq = uow.sequences.next_value(counter, local_day)
        reg_no = format_reg_no(str(settings.get("numbering.pattern")), settings.office_code, counter, local_day, seq)
        registration = Registration(
            id=new_id(),
            reg_no=reg_no,
            tracking_code=new_tracking_code(),
            applicant=applicant,
            permit=permit,
            items=tuple(received[row.id] for row in tickable(rows) if row.id in received),
            received_at=received_at,
            due=due_date(calendar_in(uow), permit, local_day),
            office_code=settings.office_code,
            counter_code=counter,
            officer=request.officer,
            change_request=request.change_request,
        )
        uow.registrations.add(registration)
        uow.card_events.add(
            CardEvent(
                id=new_id(),
                registration_id=registration.id,
                action=CardAction.REGISTERED,
                from_stage=None,
                to_stage=0,
                at=received_at,
                by=request.officer,
                role="front_desk" if actor.is_system else actor.role.value,
                counter_code=counter,
            )
        )
        payload = self._renderer.escpos(receipt_document(registration, office), printer_profile_of(settings))
        job = PrintJob(
            id=new_id(),
            kind=JobKind.RECEIPT,
            payload=payload,
            printer_uri=str(settings.get("printer.uri")),
            state=JobState.QUEUED,
            created_at=now,
            updated_at=now,
            registration_id=registration.id,
        )
        uow.print_jobs.add(job)
        return registration, job

    def _return(
        self,
        uow: UnitOfWork,
        settings: Settings,
        request: RegistrationRequest,
        applicant: Applicant,
        permit: PermitType,
        missing: list[ChecklistItem],
        received_at: datetime,
        now: datetime,
    ) -> tuple[ReturnedVisit, PrintJob]:
        visit = ReturnedVisit(
            id=new_id(),
            applicant=applicant,
            permit_code=permit.code,
            permit_version=permit.version,
            permit_name=permit.name,
            missing=tuple(MissingItem(m.id, m.text) for m in missing),
            at=received_at,
            office_code=settings.office_code,
            counter_code=settings.counter_code,
            officer=request.officer,
        )
        uow.visits.add(visit)
        payload = self._renderer.escpos(return_slip_document(visit, office_of(settings)), printer_profile_of(settings))
        job = PrintJob(
            id=new_id(),
            kind=JobKind.RETURN_SLIP,
            payload=payload,
            printer_uri=str(settings.get("printer.uri")),
            state=JobState.QUEUED,
            created_at=now,
            updated_at=now,
            visit_id=visit.id,
        )
        uow.print_jobs.add(job)
        return visit, job


def find_registration(uow: UnitOfWork, text: str) -> Registration:
    text = text.strip()
    if "\x00" in text:  # names no file, and PostgreSQL refuses NUL in a query's text
        raise NotFound(translate("registration", "Teks pindaian berisi karakter yang tidak sah; pindai ulang."))
    nik = text if text.isdigit() and len(text) == 16 else None
    found = uow.registrations.find(text, code_from_scan(text), nik)
    if found is None:
        raise NotFound(
            translate("registration", "Berkas {text} tidak ditemukan; periksa nomor registrasi atau kode lacak").format(
                text=text
            )
        )
    return found


def due_date(calendar: WorkingCalendar, permit: PermitType, local_day: date) -> DueDate | None:
    days = permit.sla.days
    if days is None:
        return None
    if permit.sla.unit is SlaUnit.CALENDAR:
        return DueDate(local_day + timedelta(days=days), days, provisional=not calendar.knows(local_day))
    return calendar.add_working_days(local_day, days)


def _permit(uow: UnitOfWork, code: str) -> PermitType:
    permit = uow.catalog.latest(code)
    if permit is None:
        raise NotFound(
            translate(
                "registration", "Jenis izin {code} tidak ada di katalog; lihat 'counter-app catalog list'"
            ).format(code=code)
        )
    return permit


def _existing_applicant_id(uow: UnitOfWork, data: Mapping[str, Any]) -> str | None:
    nik = "".join(ch for ch in str(data.get("nik") or "") if ch.isdigit()) if isinstance(data, Mapping) else ""
    if len(nik) != 16:
        return None
    existing = uow.applicants.by_nik(nik)
    return existing.id if existing else None


def _check_ids(rows: list[ChecklistItem], received: Mapping[str, ReceivedItem]) -> None:
    known = {row.id for row in tickable(rows)}
    unknown = sorted(set(received) - known)
    if unknown:
        raise ValidationError(
            [
                FieldError(
                    "docs",
                    translate(
                        "registration",
                        "butir persyaratan {ids} tidak ada (atau tidak berlaku) untuk jenis izin ini; "
                        "butir yang ada: {known}",
                    ).format(ids=", ".join(unknown), known=", ".join(sorted(known))),
                )
            ]
        )
