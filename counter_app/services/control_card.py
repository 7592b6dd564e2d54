"""Control-card use cases: show a file's card, act on it (role rules enforced here), scan-to-advance."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from counter_app.collection import collector_paused
from counter_app.domain.card_document import card_document
from counter_app.domain.card_projection import projection_of
from counter_app.domain.card_rules import check, refusal
from counter_app.domain.card_state import CardState, CardStatus, Flag, derive, flag_for, ordered, replay
from counter_app.domain.catalog import PermitType, Role, SlaUnit
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.formatting import local
from counter_app.domain.identity import new_id
from counter_app.domain.permissions import CARD_OPERATIONS, Operation
from counter_app.domain.registration import Registration
from counter_app.errors import FieldError, KnownError, ValidationError
from counter_app.i18n import translate
from counter_app.ports import Clock, PdfRenderer, UnitOfWork, UnitOfWorkFactory
from counter_app.services.calendar import calendar_in
from counter_app.services.guard import CurrentUser, acting, record
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


@dataclass(frozen=True, slots=True)
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
    def __init__(
        self, uow: UnitOfWorkFactory, clock: Clock, pdf: PdfRenderer, current: CurrentUser | None = None
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._pdf = pdf
        self._current = current or CurrentUser()

    def show(self, text: str) -> CardView:
        with self._uow() as uow:
            registration = find_registration(uow, text)
            return self._view(uow, registration)

    def card_pdf(self, text: str, page: str = "a4") -> bytes:
        """The printable kartu kendali of a file (A4 or A5)."""
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.CARD_PDF)
            registration = find_registration(uow, text)
            view = self._view(uow, registration)
            office = office_of(Settings(uow.settings.load()))
            record(uow, actor, "card.printed", registration.reg_no, at=self._clock.now(), after={"page": page})
            uow.commit()
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
                CardAction.VOIDED,
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
        now = self._clock.now()
        with self._uow() as uow:
            actor = acting(uow, self._current, CARD_OPERATIONS.get(action, Operation.CARD_ADVANCE))
            if not actor.is_system:  # a signed-in user acts in their own name and role
                by, role = actor.name, actor.role
            if not by.strip():
                raise ValidationError([FieldError("by", translate("card", "nama petugas wajib diisi"))])
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
            uow.registrations.set_card_state(registration.id, projection_of(after.state))
            record(
                uow,
                actor,
                f"card.{action.value}",
                registration.reg_no,
                at=now,
                before=_position(view),
                after={**_position(after), "event": event.id, "note": event.note},
                actor_name=event.by,
            )
            uow.commit()
            return after

    def reveal_nik(self, text: str) -> str:
        """The applicant's full NIK, for the identity check at handover: allowed roles only, and
        every view is audited ("" when the applicant has none)."""
        now = self._clock.now()
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.VIEW_NIK)
            registration = find_registration(uow, text)
            record(uow, actor, "nik.viewed", registration.reg_no, at=now, after={"purpose": "handover"})
            uow.commit()
        return registration.applicant.nik or ""

    def void(self, text: str, reason: str, by: str = "") -> CardView:
        """Cancel a registration (BATAL / VOID): a supervisor, with a reason. Final: the card is
        closed, the receipt and card print BATAL, and the number is never given again."""
        return self.act(text, CardAction.VOIDED, by, Role.SUPERVISOR, note=reason)

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
        """Open files (including those back with the applicant), overdue first, then by SLA left.

        Reads one stored row per file (the card projection) and computes the working-day figures
        with today's calendar; no events are replayed."""
        with collector_paused():
            return self._queue(stage, permit_code, officer)

    def _queue(self, stage: str | None, permit_code: str | None, officer: str | None) -> list[QueueRow]:
        with self._uow() as uow:
            files = uow.registrations.open_queue()
            permits: dict[tuple[str, int], PermitType] = {}
            for key in {(f.permit_code, f.permit_version) for f in files}:
                permit = uow.catalog.get(*key)
                if permit is not None:
                    permits[key] = permit
            calendar = calendar_in(uow)
            timezone = str(Settings(uow.settings.load()).get("office.timezone"))
        zone = ZoneInfo(timezone)
        today = local(self._clock.now(), timezone).date()
        # Thousands of files share a handful of days: each working-day figure is computed once per day.
        since_cache: dict[date, int] = {}
        due_cache: dict[tuple[date, int], date] = {}

        def days_since(day: date) -> int:
            value = since_cache.get(day)
            if value is None:
                value = since_cache[day] = calendar.working_days_between(day, today)
            return value

        def due_after(day: date, days: int) -> date:
            value = due_cache.get((day, days))
            if value is None:
                value = due_cache[(day, days)] = calendar.add_working_days(day, days).date
            return value

        calendar_days = SlaUnit.CALENDAR  # looked up once, not per file
        flag_rank = _FLAG_ORDER
        ranked: list[tuple[int, int, str, QueueRow]] = []
        for file in files:
            permit = permits.get((file.permit_code, file.permit_version))
            if permit is None or (permit_code and file.permit_code != permit_code):
                continue
            card = file.card
            stages = permit.stages
            index = min(card.stage, len(stages) - 1)
            name = stages[index].name
            if (stage and name != stage) or (officer and card.last_by != officer):
                continue
            registered_on = file.received_at.astimezone(zone).date()
            ongoing = 0 if card.paused_since is None else days_since(card.paused_since.astimezone(zone).date())
            paused = card.paused_days + ongoing
            sla_days = permit.sla.days
            if permit.sla.unit is calendar_days:
                used = max((today - registered_on).days, 0) - paused
                due = None if sla_days is None else registered_on + timedelta(days=sla_days + paused)
            else:
                used = days_since(registered_on) - paused
                due = None if sla_days is None else due_after(registered_on, sla_days + paused)
            in_stage = days_since(card.since.astimezone(zone).date())
            flag = flag_for(sla_days, used, stages[index].budget_days, in_stage)
            sla_left = None if sla_days is None else sla_days - used
            row = QueueRow(
                reg_no=file.reg_no,
                applicant=file.applicant_name,
                permit_code=file.permit_code,
                permit_name=permit.name,
                stage=index,
                stage_name=name,
                stage_role=stages[index].role,
                status=card.status,
                days_in_stage=in_stage,
                sla_left=sla_left,
                due_date=due,
                flag=flag,
                last_by=card.last_by,
            )
            ranked.append((flag_rank[flag], 10**6 if sla_left is None else sla_left, file.reg_no, row))
        ranked.sort(key=itemgetter(0, 1, 2))
        return [item[3] for item in ranked]

    def reindex(self) -> int:
        """Rebuild the stored projection of every open file from its events (after an upgrade, or
        after events arrived from elsewhere). Returns how many files were rewritten."""
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.MAINTENANCE)
            files = uow.registrations.open_files(limit=10_000_000)
            events = uow.card_events.for_registrations([f.id for f in files])
            calendar = calendar_in(uow)
            timezone = str(Settings(uow.settings.load()).get("office.timezone"))
            today = local(self._clock.now(), timezone).date()
            for registration in files:
                state = derive(
                    events.get(registration.id, []),
                    registration.permit.stages,
                    registration.permit.sla.days,
                    registration.permit.sla.unit,
                    calendar,
                    today,
                    timezone,
                )
                uow.registrations.set_card_state(registration.id, projection_of(state))
            record(uow, actor, "card.reindexed", "", at=self._clock.now(), after={"files": len(files)})
            uow.commit()
        return len(files)

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


def _position(view: CardView) -> dict[str, Any]:
    return {"stage": view.state.stage, "status": view.state.status.value}
