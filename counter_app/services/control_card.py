"""Control-card use cases: show a file's card, act on it (role rules enforced here), scan-to-advance."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from counter_app.domain.card_document import card_document
from counter_app.domain.card_rules import check, refusal
from counter_app.domain.card_state import CardState, CardStatus, Flag, derive, ordered, replay
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.formatting import local
from counter_app.domain.identity import new_id
from counter_app.domain.registration import Registration
from counter_app.errors import FieldError, KnownError, ValidationError
from counter_app.i18n import translate
from counter_app.ports import Clock, PdfRenderer, UnitOfWork, UnitOfWorkFactory
from counter_app.services.calendar import calendar_in
from counter_app.services.registration import find_registration
from counter_app.services.settings import office_of
from counter_app.settings import Settings


@dataclass(frozen=True)
class CardView:
    registration: Registration
    state: CardState
    events: tuple[CardEvent, ...]  # every event, in order, including ignored ones

    def stage_name(self, index: int | None) -> str | None:
        stages = self.registration.permit.stages
        return stages[index].name if index is not None and 0 <= index < len(stages) else None

    def to_json(self) -> dict[str, Any]:
        sla = self.state.sla
        return {
            "reg_no": self.registration.reg_no,
            "permit": self.registration.permit.code,
            "stage": self.stage_name(self.state.stage),
            "stage_index": self.state.stage,
            "status": self.state.status.value,
            "flag": self.state.flag.value,
            "sla": {
                "due_date": sla.due_date.isoformat() if sla.due_date else None,
                "working_days_used": sla.working_days_used,
                "working_days_left": sla.working_days_left,
                "paused_days": sla.paused_days,
            },
            "events": [
                {
                    "action": e.action.value,
                    "from": self.stage_name(e.from_stage),
                    "to": self.stage_name(e.to_stage),
                    "at": e.at.isoformat(),
                    "by": e.by,
                    "note": e.note,
                    "effective": e in self.state.effective,
                }
                for e in self.events
            ],
        }


@dataclass(frozen=True)
class QueueRow:
    reg_no: str
    applicant: str
    permit_code: str
    permit_name: str
    stage: int
    stage_name: str
    stage_role: Role
    status: CardStatus
    days_in_stage: int
    sla_left: int | None
    due_date: date | None
    flag: Flag
    last_by: str


_FLAG_ORDER = {Flag.RED: 0, Flag.AMBER: 1, Flag.ON_TRACK: 2}


@dataclass(frozen=True)
class ScanResult:
    text: str
    reg_no: str | None
    ok: bool
    message: str


class CardService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, pdf: PdfRenderer) -> None:
        self._uow = uow
        self._clock = clock
        self._pdf = pdf

    def show(self, text: str) -> CardView:
        with self._uow() as uow:
            registration = find_registration(uow, text)
            return self._view(uow, registration)

    def card_pdf(self, text: str, page: str = "a4") -> bytes:
        """The printable kartu kendali of a file (A4 or A5)."""
        with self._uow() as uow:
            registration = find_registration(uow, text)
            view = self._view(uow, registration)
            office = office_of(Settings(uow.settings.load()))
        return self._pdf.card(card_document(registration, view.state, view.events, office), page)

    def allowed(self, view: CardView, role: Role) -> list[CardAction]:
        """The actions `role` may take now (notes and handover details still to be given)."""
        stages = view.registration.permit.stages
        filler = {"received_by": "x", "id_document": "x"}
        return [
            action
            for action in (
                CardAction.ADVANCED,
                CardAction.RETURNED,
                CardAction.RESUBMITTED,
                CardAction.REJECTED,
                CardAction.UNDONE,
                CardAction.HANDED_OVER,
            )
            if refusal(action, role, view.state, stages, "x", filler) is None
        ]

    def act(
        self,
        text: str,
        action: CardAction,
        by: str,
        role: Role,
        note: str = "",
        at: datetime | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> CardView:
        if not by.strip():
            raise ValidationError([FieldError("by", translate("card", "nama petugas wajib diisi"))])
        now = self._clock.now()
        with self._uow() as uow:
            registration = find_registration(uow, text)
            view = self._view(uow, registration)
            stages = registration.permit.stages
            extra = dict(data or {})
            check(action, role, view.state, stages, note, extra)
            moment = at or now
            last_at = view.events[-1].at if view.events else registration.received_at
            if moment > now + timedelta(minutes=5):
                raise ValidationError([FieldError("at", translate("card", "waktu tidak boleh di masa depan"))])
            if moment < last_at:
                raise ValidationError(
                    [
                        FieldError(
                            "at",
                            translate("card", "waktu tidak boleh sebelum kejadian terakhir di kartu ({at})").format(
                                at=last_at.isoformat()
                            ),
                        )
                    ]
                )
            to_stage: int | None = None
            if action is CardAction.ADVANCED:
                to_stage = view.state.stage + 1
            elif action is CardAction.UNDONE:
                extra["undoes"] = view.state.effective[-1].id
                to_stage = replay(view.state.effective[:-1], len(stages)).stage
            event = CardEvent(
                id=new_id(),
                registration_id=registration.id,
                action=action,
                from_stage=view.state.stage,
                to_stage=to_stage,
                at=moment,
                by=by.strip(),
                role=role.value,
                counter_code=Settings(uow.settings.load()).counter_code,
                note=note.strip(),
                data=extra,
            )
            uow.card_events.add(event)
            after = self._view(uow, registration)
            uow.registrations.set_card_state(registration.id, after.state.stage, after.state.status.value)
            uow.commit()
            return after

    def advance_many(self, texts: Sequence[str], by: str, role: Role) -> list[ScanResult]:
        """Scan-to-advance: one event per file; files that cannot advance are listed with why."""
        results: list[ScanResult] = []
        seen: set[str] = set()
        for text in texts:
            if not text.strip():
                continue
            try:
                view = self.show(text)
            except KnownError as error:
                results.append(ScanResult(text, None, False, error.message))
                continue
            reg_no = view.registration.reg_no
            if view.registration.id in seen:
                results.append(
                    ScanResult(text, reg_no, False, translate("card", "dipindai dua kali; diteruskan sekali saja"))
                )
                continue
            seen.add(view.registration.id)
            try:
                after = self.act(reg_no, CardAction.ADVANCED, by, role)
            except KnownError as error:
                results.append(ScanResult(text, reg_no, False, error.message))
                continue
            stage = after.stage_name(after.state.stage)
            results.append(
                ScanResult(text, reg_no, True, translate("card", "diteruskan ke {stage}").format(stage=stage))
            )
        return results

    def queue(
        self, stage: str | None = None, permit_code: str | None = None, officer: str | None = None
    ) -> list[QueueRow]:
        """Open files (including those back with the applicant), overdue first, then by SLA left."""
        with self._uow() as uow:
            files = uow.registrations.open_files()
            events = uow.card_events.for_registrations([f.id for f in files])
            calendar = calendar_in(uow)
            timezone = str(Settings(uow.settings.load()).get("office.timezone"))
        today = local(self._clock.now(), timezone).date()
        rows: list[QueueRow] = []
        for registration in files:
            if permit_code and registration.permit.code != permit_code:
                continue
            stages = registration.permit.stages
            card = derive(
                events.get(registration.id, []),
                stages,
                registration.permit.sla.days,
                registration.permit.sla.unit,
                calendar,
                today,
                timezone,
            )
            if card.status.closed:
                continue
            name = stages[card.stage].name
            if stage and name != stage:
                continue
            last_by = card.effective[-1].by
            if officer and last_by != officer:
                continue
            rows.append(
                QueueRow(
                    reg_no=registration.reg_no,
                    applicant=registration.applicant.name,
                    permit_code=registration.permit.code,
                    permit_name=registration.permit.name,
                    stage=card.stage,
                    stage_name=name,
                    stage_role=stages[card.stage].role,
                    status=card.status,
                    days_in_stage=card.days_in_stage(),
                    sla_left=card.sla.working_days_left,
                    due_date=card.sla.due_date,
                    flag=card.flag,
                    last_by=last_by,
                )
            )
        rows.sort(key=lambda r: (_FLAG_ORDER[r.flag], r.sla_left if r.sla_left is not None else 10**6, r.reg_no))
        return rows

    def _view(self, uow: UnitOfWork, registration: Registration) -> CardView:
        events = ordered(uow.card_events.for_registration(registration.id))
        settings = Settings(uow.settings.load())
        timezone = str(settings.get("office.timezone"))
        state = derive(
            events,
            registration.permit.stages,
            registration.permit.sla.days,
            registration.permit.sla.unit,
            calendar_in(uow),
            local(self._clock.now(), timezone).date(),
            timezone,
        )
        return CardView(registration, state, tuple(events))
