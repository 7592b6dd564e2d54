"""Realistic demo data: Indonesian applicants with structurally valid NIK/NIB/phones, and files
over the last two years across the catalog's permit types (for trying the app and for benchmarks).

Generation is pure and seeded; a `DemoWriter` (the database adapter's bulk path) stores batches.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from counter_app.domain.applicant import Applicant, Business, BusinessForm
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.catalog import PermitType
from counter_app.domain.checklist import ApplicantContext, all_received, checklist_for
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.identity import new_id
from counter_app.domain.numbering import format_reg_no
from counter_app.domain.registration import Registration
from counter_app.domain.tracking import new_tracking_code
from counter_app.services.registration import due_date

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


class DemoWriter(Protocol):
    def write(self, registrations: Sequence[Registration], events: Sequence[CardEvent]) -> None:
        """Store applicants, registrations and card events of one batch (one transaction)."""
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

    def batches(self, size: int = 5000) -> Iterator[tuple[list[Registration], list[CardEvent]]]:
        days = self._working_days()
        per_day = max(1, self.plan.applications // len(days))
        made = 0
        for day in days:
            registrations: list[Registration] = []
            events: list[CardEvent] = []
            count = min(per_day if day != days[-1] else self.plan.applications - made, self.plan.applications - made)
            for _ in range(count):
                registration = self._registration(day)
                registrations.append(registration)
                events.append(
                    CardEvent(
                        id=new_id(),
                        registration_id=registration.id,
                        action=CardAction.REGISTERED,
                        from_stage=None,
                        to_stage=0,
                        at=registration.received_at,
                        by=registration.officer,
                        role="front_desk",
                        counter_code=registration.counter_code,
                    )
                )
            made += count
            for start in range(0, len(registrations), size):
                yield registrations[start : start + size], events[start : start + size]
            if made >= self.plan.applications:
                return

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


def fill(plan: DemoPlan, writer: DemoWriter, progress: Callable[[int, int], None] | None = None) -> int:
    """Generate and store `plan.applications` files; return how many were written."""
    generator = DemoGenerator(plan)
    written = 0
    for registrations, events in generator.batches():
        writer.write(registrations, events)
        written += len(registrations)
        if progress:
            progress(written, plan.applications)
    writer.finish(generator.sequences)
    return written
