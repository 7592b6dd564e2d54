"""The dashboard's figures: today's registrations and return slips, open files by stage, overdue
files. Read-only (no full NIK): no permission needed, like the back-office queue."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from counter_app.domain.card_state import CardStatus, Flag
from counter_app.domain.formatting import local
from counter_app.ports import Clock, UnitOfWorkFactory
from counter_app.services.control_card import CardService
from counter_app.settings import Settings


@dataclass(frozen=True)
class Dashboard:
    registered_today: int
    returned_today: int
    open_files: int
    with_applicant: int  # returned to the applicant, waiting
    overdue: int
    by_stage: tuple[tuple[str, int], ...]  # stage name → open files, in the order stages come
    by_permit_today: tuple[tuple[str, int], ...]


class DashboardService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, cards: CardService) -> None:
        self._uow = uow
        self._clock = clock
        self._cards = cards

    def today(self) -> Dashboard:
        with self._uow() as uow:
            zone = ZoneInfo(str(Settings(uow.settings.load()).get("office.timezone")))
            day = local(self._clock.now(), str(zone)).date()
            start = datetime.combine(day, time(), zone)
            end = start + timedelta(days=1)
            registrations = uow.reports.registrations_between(start, end)
            visits = uow.reports.visits_between(start, end)
        rows = self._cards.queue()
        stages: Counter[tuple[int, str]] = Counter((row.stage, row.stage_name) for row in rows)
        by_stage: dict[str, int] = {}
        for (_, name), count in sorted(stages.items()):
            by_stage[name] = by_stage.get(name, 0) + count
        permits = Counter(r.permit.code for r in registrations)
        return Dashboard(
            registered_today=len(registrations),
            returned_today=len(visits),
            open_files=len(rows),
            with_applicant=sum(1 for row in rows if row.status is CardStatus.RETURNED),
            overdue=sum(1 for row in rows if row.flag is Flag.RED and row.sla_left is not None and row.sla_left < 0),
            by_stage=tuple(by_stage.items()),
            by_permit_today=tuple(sorted(permits.items())),
        )
