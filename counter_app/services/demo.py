"""Realistic demo data: Indonesian applicants with structurally valid NIK/NIB/phones, and files
over the last two years across the catalog's permit types (for trying the app and for benchmarks).

Generation is pure and seeded; a `DemoWriter` (the database adapter's bulk path) stores batches.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from counter_app.domain.applicant import Applicant, Business, BusinessForm
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.card_projection import CardProjection
from counter_app.domain.card_state import CardStatus
from counter_app.domain.catalog import PermitType
from counter_app.domain.checklist import ApplicantContext, all_received, checklist_for
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.identity import new_id
from counter_app.domain.numbering import format_reg_no
from counter_app.domain.permissions import Operation
from counter_app.domain.registration import Registration
from counter_app.domain.tracking import new_tracking_code
from counter_app.errors import NotFound
from counter_app.i18n import translate
from counter_app.ports import Clock, UnitOfWorkFactory
from counter_app.services.calendar import calendar_in
from counter_app.services.guard import CurrentUser, acting, record
from counter_app.services.registration import due_date
from counter_app.settings import Settings

FIRST_NAMES = (
    "Budi Siti Agus Dewi Sri Rudi Ahmad Nur Eko Indah Wahyu Rina Joko Ratna Dedi Yuni Hendra Fitri Bambang Wulan "
    "Andi Lestari Asep Nining Ujang Euis Made Ketut Nyoman Putu Komang Wayan Rahmat Aisyah Fajar Intan Teguh Ayu "
    "Arif Maya Dimas Citra Yusuf Diah Hadi Sekar Iwan Tuti Surya Ani Bayu Lilis Rizky Nanda Heru Mega Slamet Endang"
).split()
FAMILY_NAMES = (
    "Santoso Wijaya Saputra Lestari Hidayat Kusuma Pratama Nugroho Setiawan Rahayu Siregar Nasution Harahap "
    "Simanjuntak Sitompul Pangaribuan Gunawan Halim Tanjung Lubis Sembiring Ginting Purba Manurung Wibowo "
    "Suryadi Firmansyah Permana Ramadhan Hakim Syahputra Munthe Sinaga Hutapea Sulistyo Wahyudi Susanti Handayani "
    "Kartika Maharani Sopian Sutisna Mulyana Kurniawan Hermawan Suparman Sumarni Sukmawati Marpaung Tambunan"
).split()
BUSINESS_WORDS = "Logam Mulia Jaya Makmur Sentosa Abadi Karya Mandiri Sejahtera Nusantara Baru Utama Sinar".split()
REGIONS = ("3214", "3216", "3273", "3171", "1602", "3520", "3578", "6471", "7371", "5171", "3374", "1271")
STREETS = ("Jl. Veteran", "Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Pahlawan", "Jl. Merdeka")
COUNTERS = ("L01", "L02", "L03", "L04")
OFFICERS = ("sari", "rudi", "wulan", "andi", "dewi")
RETURN_REASONS = (
    "NPWP tidak terbaca",
    "KTP direktur belum dilegalisir",
    "denah lokasi belum ditandatangani",
    "akta perubahan belum dilampirkan",
)


class DemoWriter(Protocol):
    def write(
        self,
        registrations: Sequence[Registration],
        events: Sequence[CardEvent],
        card_states: Mapping[str, CardProjection],
    ) -> None:
        """Store applicants, registrations, card events and each card's (stage, status) of one batch."""
        ...

    def finish(self, sequences: dict[tuple[str, date], int]) -> None:
        """Record the last number used per (counter, day) so live registrations continue after them."""
        ...


@dataclass(frozen=True)
class DemoPlan:
    applications: int
    permits: Sequence[PermitType]
    calendar: WorkingCalendar
    office_code: str
    pattern: str
    timezone: str
    today: date
    seed: int = 2026


class DemoGenerator:
    def __init__(self, plan: DemoPlan) -> None:
        self.plan = plan
        self.random = random.Random(plan.seed)
        self.zone = ZoneInfo(plan.timezone)
        self.sequences: dict[tuple[str, date], int] = {}
        self.applicants: list[Applicant] = []
        self.rows = {p.code: checklist_for(p, ApplicantContext()) for p in plan.permits}

    def batches(self, size: int = 5000) -> Iterator[Batch]:
        """Files spread evenly over the working days of the last two years, oldest first."""
        days = self._working_days()
        total = self.plan.applications
        batch = Batch([], [], {})
        for index in range(total):
            registration = self._registration(days[index * len(days) // total])
            batch.registrations.append(registration)
            events = self._history(registration)
            batch.events.extend(events)
            batch.card_states[registration.id] = _final(events, self.plan.calendar, self.zone)
            if len(batch.registrations) >= size:
                yield batch
                batch = Batch([], [], {})
        if batch.registrations:
            yield batch

    def _history(self, registration: Registration) -> list[CardEvent]:
        """A realistic card: stages taken in about their budgets, some returns and rejections; files
        old enough are handed over, recent ones are somewhere on their way."""
        r = self.random
        stages = registration.permit.stages
        calendar = self.plan.calendar
        zone = self.zone
        events = [
            self._event(
                registration,
                CardAction.REGISTERED,
                None,
                0,
                registration.received_at,
                registration.officer,
                "front_desk",
            )
        ]
        moment = registration.received_at
        stage = 0

        def later(working_days: int) -> datetime | None:
            target = calendar.add_working_days(moment.astimezone(zone).date(), working_days).date
            if target > self.plan.today:
                return None
            start = moment if target == moment.astimezone(zone).date() else datetime.combine(target, time(8, 0), zone)
            return start + timedelta(minutes=r.randrange(5, 240))

        while True:
            if stage == 1 and r.random() < 0.04:
                back = later(r.choice((0, 1)))
                if back is None:
                    return events
                moment = back
                events.append(
                    self._event(
                        registration,
                        CardAction.RETURNED,
                        stage,
                        None,
                        moment,
                        r.choice(OFFICERS),
                        "back_office",
                        r.choice(RETURN_REASONS),
                    )
                )
                again = later(r.randrange(1, 6))
                if again is None:
                    return events
                moment = again
                events.append(
                    self._event(
                        registration, CardAction.RESUBMITTED, stage, None, moment, r.choice(OFFICERS), "front_desk"
                    )
                )
            if stage == 2 and r.random() < 0.02:
                when = later(1)
                if when is not None:
                    events.append(
                        self._event(
                            registration,
                            CardAction.REJECTED,
                            stage,
                            None,
                            when,
                            r.choice(OFFICERS),
                            "supervisor",
                            "tidak memenuhi ketentuan teknis",
                        )
                    )
                return events
            budget = stages[stage].budget_days
            step = later(max(0, (budget or 1) + r.choice((-1, 0, 0, 0, 1, 2))))
            if step is None:
                return events
            moment = step
            if stage == len(stages) - 1:
                events.append(
                    self._event(
                        registration,
                        CardAction.HANDED_OVER,
                        stage,
                        None,
                        moment,
                        r.choice(OFFICERS),
                        "front_desk",
                        "",
                        {"received_by": registration.applicant.name, "id_document": "KTP"},
                    )
                )
                return events
            events.append(
                self._event(
                    registration,
                    CardAction.ADVANCED,
                    stage,
                    stage + 1,
                    moment,
                    r.choice(OFFICERS),
                    stages[stage].role.value,
                )
            )
            stage += 1

    @staticmethod
    def _event(
        registration: Registration,
        action: CardAction,
        from_stage: int | None,
        to_stage: int | None,
        at: datetime,
        by: str,
        role: str,
        note: str = "",
        data: dict[str, str] | None = None,
    ) -> CardEvent:
        return CardEvent(
            new_id(),
            registration.id,
            action,
            from_stage,
            to_stage,
            at.astimezone(UTC),
            by,
            role,
            registration.counter_code,
            note,
            dict(data or {}),
        )

    def _working_days(self) -> list[date]:
        start = self.plan.today - timedelta(days=730)
        days = [start + timedelta(days=i) for i in range(731)]
        return [d for d in days if self.plan.calendar.is_working_day(d)]

    def _registration(self, day: date) -> Registration:
        r = self.random
        applicant = r.choice(self.applicants) if self.applicants and r.random() < 0.2 else self._applicant()
        permit = r.choice(self.plan.permits)
        counter = r.choice(COUNTERS)
        seq = self.sequences.get((counter, day), 0) + 1
        self.sequences[(counter, day)] = seq
        moment = datetime.combine(day, time(8, 0), self.zone) + timedelta(minutes=r.randrange(0, 450))
        received = all_received(self.rows[permit.code])
        return Registration(
            id=new_id(),
            reg_no=format_reg_no(self.plan.pattern, self.plan.office_code, counter, day, seq),
            tracking_code=new_tracking_code(),
            applicant=applicant,
            permit=permit,
            items=tuple(received.values()),
            received_at=moment,
            due=due_date(self.plan.calendar, permit, day),
            office_code=self.plan.office_code,
            counter_code=counter,
            officer=r.choice(OFFICERS),
        )

    def _applicant(self) -> Applicant:
        r = self.random
        female = r.random() < 0.5
        born = date(1960, 1, 1) + timedelta(days=r.randrange(0, 365 * 45))
        nik = (
            f"{r.choice(REGIONS)}{r.randrange(1, 30):02d}{born.day + (40 if female else 0):02d}"
            f"{born.month:02d}{born.year % 100:02d}{r.randrange(1, 9999):04d}"
        )
        name = f"{r.choice(FIRST_NAMES)} {r.choice(FAMILY_NAMES)}"
        business = None
        if r.random() < 0.7:
            form = BusinessForm.BADAN_USAHA if r.random() < 0.6 else BusinessForm.PERSEORANGAN
            prefix = "PT " if form is BusinessForm.BADAN_USAHA else "UD "
            business = Business(
                name=prefix + " ".join(r.sample(BUSINESS_WORDS, 2)),
                form=form,
                nib=f"{r.randrange(10**12, 10**13)}",
                foreign_capital=r.random() < 0.05,
            )
        applicant = Applicant(
            id=new_id(),
            name=name,
            nik=nik,
            phone=f"+628{r.choice('1257')}{r.randrange(10**8, 10**9)}",
            address=f"{r.choice(STREETS)} No. {r.randrange(1, 300)}",
            birth_date=born,
            business=business,
        )
        self.applicants.append(applicant)
        return applicant


@dataclass
class Batch:
    registrations: list[Registration]
    events: list[CardEvent]
    card_states: dict[str, CardProjection]


def _final(events: Sequence[CardEvent], calendar: WorkingCalendar, zone: ZoneInfo) -> CardProjection:
    """The card projection the generated history leads to (as `projection_of` would derive it)."""
    stage, status = 0, CardStatus.OPEN
    since = events[0].at
    paused = 0
    returned_at: datetime | None = None
    for event in events:
        if event.to_stage is not None and event.to_stage != stage:
            stage, since = event.to_stage, event.at
        if event.action is CardAction.RETURNED:
            status, returned_at = CardStatus.RETURNED, event.at
        elif event.action is CardAction.RESUBMITTED and returned_at is not None:
            status = CardStatus.OPEN
            paused += calendar.working_days_between(
                returned_at.astimezone(zone).date(), event.at.astimezone(zone).date()
            )
            returned_at = None
        elif event.action is CardAction.REJECTED:
            status = CardStatus.REJECTED
        elif event.action is CardAction.HANDED_OVER:
            status = CardStatus.HANDED_OVER
    return CardProjection(stage, status, since, events[-1].by, paused, returned_at)


def fill(plan: DemoPlan, writer: DemoWriter, progress: Callable[[int, int], None] | None = None) -> int:
    """Generate and store `plan.applications` files; return how many were written."""
    generator = DemoGenerator(plan)
    written = 0
    for batch in generator.batches():
        writer.write(batch.registrations, batch.events, batch.card_states)
        written += len(batch.registrations)
        if progress:
            progress(written, plan.applications)
    writer.finish(generator.sequences)
    return written


class DemoService:
    """Fills the database behind `uow` through `writer` (the adapter's bulk path)."""

    def __init__(
        self, uow: UnitOfWorkFactory, writer: DemoWriter, clock: Clock, current: CurrentUser | None = None
    ) -> None:
        self._uow = uow
        self._writer = writer
        self._clock = clock
        self._current = current or CurrentUser()

    def fill(self, applications: int, progress: Callable[[int, int], None] | None = None, seed: int = 2026) -> int:
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.MAINTENANCE)
            settings = Settings(uow.settings.load())
            permits = [p for s in uow.catalog.list_current() if (p := uow.catalog.latest(s.code)) is not None]
            calendar = calendar_in(uow)
        if not permits:
            raise NotFound(translate("demo", "Katalog kosong; impor dokumen Standar Pelayanan dulu."))
        timezone = str(settings.get("office.timezone"))
        plan = DemoPlan(
            applications=applications,
            permits=permits,
            calendar=calendar,
            office_code=settings.office_code,
            pattern=str(settings.get("numbering.pattern")),
            timezone=timezone,
            today=self._clock.now().astimezone(ZoneInfo(timezone)).date(),
            seed=seed,
        )
        written = fill(plan, self._writer, progress)
        with self._uow() as uow:
            record(uow, actor, "demo.filled", "", at=self._clock.now(), after={"applications": written, "seed": seed})
            uow.commit()
        return written
