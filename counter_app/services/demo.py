"""Realistic demo data: Indonesian applicants with structurally valid NIK/NIB/phones, and files
over the last two years across the catalog's permit types (for trying the app and for benchmarks).

Generation is pure and seeded; a `DemoWriter` (the database adapter's bulk path) stores batches.
"""

from __future__ import annotations

import multiprocessing
import os
import random
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from counter_app.domain.applicant import Applicant, Business, BusinessForm
from counter_app.domain.calendar import DueDate, WorkingCalendar
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

T = TypeVar("T")
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
    """The database adapter's bulk path. `encoder` turns a generated batch into whatever `write`
    stores; it must be picklable (a module-level function or a small object) because it runs in the
    worker processes that generate the data, so the writing process only writes."""

    @property
    def encoder(self) -> Callable[[Batch], object]: ...

    def start(self) -> None:
        """Prepare for many batches; `finish` is always called afterwards, also after an error."""
        ...

    def write(self, encoded: object) -> None:
        """Store one encoded batch (applicants, registrations, card events, card projections)."""
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


@dataclass
class Batch:
    registrations: list[Registration]
    events: list[CardEvent]
    card_states: dict[str, CardProjection]
    sequences: dict[tuple[str, date], int] = field(default_factory=dict)


@dataclass(frozen=True)
class Chunk:
    """Whole working days (so numbering per counter and day stays inside one chunk): files per day
    from `first_day` on, as indexes into the plan's working days."""

    index: int
    first_day: int
    counts: tuple[int, ...]


CHUNK_FILES = 5000


def working_days(plan: DemoPlan) -> list[date]:
    """The working days of the last two years up to today, oldest first."""
    start = plan.today - timedelta(days=730)
    days = [start + timedelta(days=i) for i in range(731)]
    return [d for d in days if plan.calendar.is_working_day(d)]


def chunks(plan: DemoPlan, size: int = CHUNK_FILES) -> list[Chunk]:
    """The files spread evenly over the working days, grouped into chunks of about `size` files."""
    total, span = plan.applications, len(working_days(plan))
    # File i falls on day i * span // total: day d gets the files from ceil(d*total/span) on.
    firsts = [-(-d * total // span) for d in range(span + 1)]
    counts = [firsts[d + 1] - firsts[d] for d in range(span)]
    result: list[Chunk] = []
    first, pending = 0, 0
    for day, count in enumerate(counts):
        pending += count
        if pending >= size or day == span - 1:
            result.append(Chunk(len(result), first, tuple(counts[first : day + 1])))
            first, pending = day + 1, 0
    return [c for c in result if sum(c.counts)]


class Dice:
    """Seeded draws built on `random.random()`: several times cheaper than `Random.choice` and
    `randrange` (which loop over `getrandbits`), and uniform enough for demo data."""

    def __init__(self, seed: int) -> None:
        generator = random.Random(seed)
        self.random = generator.random
        self.sample = generator.sample

    def choice(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def randrange(self, start: int, stop: int) -> int:
        return start + int(self.random() * (stop - start))


class ChunkGenerator:
    """Generates the files of one chunk: pure, seeded by the plan's seed and the chunk's index."""

    def __init__(self, plan: DemoPlan, chunk: Chunk) -> None:
        self.plan = plan
        self.chunk = chunk
        self.random = Dice(plan.seed * 1_000_003 + chunk.index)
        zone = ZoneInfo(plan.timezone)
        self.days = working_days(plan)
        self.last = len(self.days) - 1
        # 08.00 local on each working day, in UTC: every time of the day is an offset from it.
        self.opening = [datetime.combine(d, time(8, 0), zone).astimezone(UTC) for d in self.days]
        self.applicants: list[Applicant] = []
        self.sequences: dict[tuple[str, date], int] = {}
        self.items = {p.code: tuple(all_received(checklist_for(p, ApplicantContext())).values()) for p in plan.permits}
        self.dues: dict[tuple[str, int], DueDate | None] = {}

    def batch(self) -> Batch:
        batch = Batch([], [], {}, self.sequences)
        for offset, count in enumerate(self.chunk.counts):
            position = self.chunk.first_day + offset
            for _ in range(count):
                registration = self._registration(position)
                batch.registrations.append(registration)
                events, card = self._history(registration, position)
                batch.events.extend(events)
                batch.card_states[registration.id] = card
        return batch

    def _history(self, registration: Registration, position: int) -> tuple[list[CardEvent], CardProjection]:
        """A realistic card: stages taken in about their budgets, some returns and rejections; files
        old enough are handed over, recent ones are somewhere on their way. Also returns the card
        projection the history leads to (as `projection_of` would derive it)."""
        r = self.random
        stages = registration.permit.stages
        last_stage = len(stages) - 1
        moment = registration.received_at
        events = [self._event(registration, CardAction.REGISTERED, None, 0, moment, registration.officer, "front_desk")]
        stage, since, paused = 0, moment, 0

        def later(working_days: int) -> tuple[int, datetime] | None:
            target = position + working_days
            if target > self.last:
                return None
            start = moment if target == position else self.opening[target]
            return target, start + timedelta(minutes=r.randrange(5, 240))

        while True:
            if stage == 1 and r.random() < 0.04:
                back = later(r.choice((0, 1)))
                if back is None:
                    break
                position, moment = back
                returned_on = position
                note = r.choice(RETURN_REASONS)
                events.append(
                    self._event(
                        registration, CardAction.RETURNED, stage, None, moment, r.choice(OFFICERS), "back_office", note
                    )
                )
                again = later(r.randrange(1, 6))
                if again is None:
                    card = CardProjection(stage, CardStatus.RETURNED, since, events[-1].by, paused, moment)
                    return events, card
                position, moment = again
                paused += position - returned_on
                events.append(
                    self._event(
                        registration, CardAction.RESUBMITTED, stage, None, moment, r.choice(OFFICERS), "front_desk"
                    )
                )
            if stage == 2 and r.random() < 0.02:
                when = later(1)
                if when is None:
                    break
                events.append(
                    self._event(
                        registration,
                        CardAction.REJECTED,
                        stage,
                        None,
                        when[1],
                        r.choice(OFFICERS),
                        "supervisor",
                        "tidak memenuhi ketentuan teknis",
                    )
                )
                return events, CardProjection(stage, CardStatus.REJECTED, since, events[-1].by, paused)
            budget = stages[stage].budget_days
            step = later(max(0, (budget or 1) + r.choice((-1, 0, 0, 0, 1, 2))))
            if step is None:
                break
            position, moment = step
            if stage == last_stage:
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
                return events, CardProjection(stage, CardStatus.HANDED_OVER, since, events[-1].by, paused)
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
            stage, since = stage + 1, moment
        return events, CardProjection(stage, CardStatus.OPEN, since, events[-1].by, paused)

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
            at,
            by,
            role,
            registration.counter_code,
            note,
            data or {},
        )

    def _registration(self, position: int) -> Registration:
        r = self.random
        day = self.days[position]
        applicant = r.choice(self.applicants) if self.applicants and r.random() < 0.2 else self._applicant()
        permit = r.choice(self.plan.permits)
        counter = r.choice(COUNTERS)
        seq = self.sequences.get((counter, day), 0) + 1
        self.sequences[(counter, day)] = seq
        key = (permit.code, position)
        if key not in self.dues:
            self.dues[key] = due_date(self.plan.calendar, permit, day)
        return Registration(
            id=new_id(),
            reg_no=format_reg_no(self.plan.pattern, self.plan.office_code, counter, day, seq),
            tracking_code=new_tracking_code(),
            applicant=applicant,
            permit=permit,
            items=self.items[permit.code],
            received_at=self.opening[position] + timedelta(minutes=r.randrange(0, 450)),
            due=self.dues[key],
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


# -- generation in worker processes ---------------------------------------------------------------

_worker: tuple[DemoPlan, Callable[[Batch], object]] | None = None


def _start_worker(plan: DemoPlan, encoder: Callable[[Batch], object]) -> None:
    global _worker
    _worker = (plan, encoder)


def _produce(chunk: Chunk) -> tuple[object, dict[tuple[str, date], int], int]:
    assert _worker is not None, "worker not started"
    plan, encoder = _worker
    batch = ChunkGenerator(plan, chunk).batch()
    return encoder(batch), batch.sequences, len(batch.registrations)


def fill(
    plan: DemoPlan,
    writer: DemoWriter,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    chunk_files: int = CHUNK_FILES,
) -> int:
    """Generate and store `plan.applications` files; return how many were written.

    Chunks are generated and encoded in `workers` processes (default: one per CPU) while this
    process writes them in order; with `workers=0`, or a small plan, everything runs here. The
    data depend only on the plan (and its seed), not on the number of workers."""
    parts = chunks(plan, chunk_files)
    workers = (os.cpu_count() or 1) if workers is None else workers
    encoder = writer.encoder
    sequences: dict[tuple[str, date], int] = {}
    written = 0

    def store(result: tuple[object, dict[tuple[str, date], int], int]) -> None:
        nonlocal written
        encoded, used, count = result
        writer.write(encoded)
        sequences.update(used)
        written += count
        if progress:
            progress(written, plan.applications)

    writer.start()
    try:
        if workers < 1 or len(parts) < 2:
            _start_worker(plan, encoder)
            for chunk in parts:
                store(_produce(chunk))
        else:
            _fill_in_processes(parts, plan, encoder, workers, store)
    finally:
        writer.finish(sequences)
    return written


def _fill_in_processes(
    parts: Sequence[Chunk],
    plan: DemoPlan,
    encoder: Callable[[Batch], object],
    workers: int,
    store: Callable[[tuple[object, dict[tuple[str, date], int], int]], None],
) -> None:
    # spawn, not fork: the caller may be the desktop app with Qt and database threads running.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(plan, encoder)) as pool:
        pending: deque[Future[tuple[object, dict[tuple[str, date], int], int]]] = deque()
        queue = iter(parts)
        for chunk in islice(queue, 2 * workers):
            pending.append(pool.submit(_produce, chunk))
        while pending:
            result = pending.popleft().result()
            for chunk in islice(queue, 1):
                pending.append(pool.submit(_produce, chunk))
            store(result)


class DemoService:
    """Fills the database behind `uow` through `writer` (the adapter's bulk path)."""

    def __init__(
        self, uow: UnitOfWorkFactory, writer: DemoWriter, clock: Clock, current: CurrentUser | None = None
    ) -> None:
        self._uow = uow
        self._writer = writer
        self._clock = clock
        self._current = current or CurrentUser()

    def fill(
        self,
        applications: int,
        progress: Callable[[int, int], None] | None = None,
        seed: int = 2026,
        workers: int | None = None,
        chunk_files: int = CHUNK_FILES,
    ) -> int:
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
        written = fill(plan, self._writer, progress, workers, chunk_files)
        with self._uow() as uow:
            record(uow, actor, "demo.filled", "", at=self._clock.now(), after={"applications": written, "seed": seed})
            uow.commit()
        return written
