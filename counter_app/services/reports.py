"""Report use cases: the daily close (screen, PDF, CSV, receipt printer), the recap per period ×
permit type, and SLA compliance per permit type. Periods are whole local days of the office.

The daily close is for the front desk, supervisors and admins (`Operation.DAILY_CLOSE`); the recap
and the SLA report for supervisors and admins (`Operation.REPORTS`). Rendering a PDF goes through
the `ReportRenderer` port (reportlab, in `printing`); CSV is made here.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from counter_app.domain.card_state import derive, ordered
from counter_app.domain.control_card import CardAction
from counter_app.domain.formatting import local
from counter_app.domain.permissions import Operation
from counter_app.domain.receipt import Office
from counter_app.domain.reports import (
    DailyClose,
    ReportTable,
    daily_close,
    daily_close_document,
    daily_close_table,
    recap_table,
    sla_outcome,
    sla_table,
)
from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate
from counter_app.ports import Clock, PrinterTransport, ReceiptRenderer, UnitOfWork, UnitOfWorkFactory
from counter_app.services.calendar import calendar_in
from counter_app.services.guard import CurrentUser, acting
from counter_app.services.settings import office_of, printer_profile_of
from counter_app.settings import Settings

MAX_DAYS = 366 * 3


class ReportRenderer(Protocol):
    def report_pdf(self, table: ReportTable) -> bytes:
        """A4 PDF of a report table (with its chart, if any)."""
        ...


class ReportService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        current: CurrentUser,
        renderer: ReportRenderer,
        receipts: ReceiptRenderer,
        transport: PrinterTransport,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._current = current
        self._renderer = renderer
        self._receipts = receipts
        self._transport = transport

    # -- the reports as tables -------------------------------------------------------------------

    def daily(self, start: date, end: date, counter_code: str | None = None) -> DailyClose:
        _check_period(start, end)
        with self._uow() as uow:
            acting(uow, self._current, Operation.DAILY_CLOSE)
            timezone = _timezone(uow)
            begin, finish = _utc_bounds(start, end, timezone)
            registrations = uow.reports.registrations_between(begin, finish, counter_code)
            visits = uow.reports.visits_between(begin, finish, counter_code)
            audit = uow.audit.between(begin, finish, counter_code)
            counters = [counter_code] if counter_code else uow.audit.counters()
            heads = {}
            for counter in counters:
                before_end = [e for e in uow.audit.chain(counter) if e.at < finish]
                heads[counter] = before_end[-1].hash if before_end else ""
        return daily_close(start, end, counter_code, registrations, visits, audit, heads, timezone)

    def daily_table(self, close: DailyClose) -> ReportTable:
        return daily_close_table(close, self._office())

    def recap(self, start: date, end: date, counter_code: str | None = None, by_month: bool = True) -> ReportTable:
        _check_period(start, end)
        with self._uow() as uow:
            acting(uow, self._current, Operation.REPORTS)
            timezone = _timezone(uow)
            begin, finish = _utc_bounds(start, end, timezone)
            registrations = uow.reports.registrations_between(begin, finish, counter_code)
            visits = uow.reports.visits_between(begin, finish, counter_code)
            events = uow.card_events.for_registrations([r.id for r in registrations])
            office = office_of(Settings(uow.settings.load()))
        voided = frozenset(rid for rid, evs in events.items() if any(e.action is CardAction.VOIDED for e in evs))
        return recap_table(start, end, by_month, registrations, visits, voided, timezone, office)

    def sla(self, start: date, end: date, counter_code: str | None = None) -> ReportTable:
        _check_period(start, end)
        with self._uow() as uow:
            acting(uow, self._current, Operation.REPORTS)
            timezone = _timezone(uow)
            begin, finish = _utc_bounds(start, end, timezone)
            registrations = uow.reports.registrations_between(begin, finish, counter_code)
            events = uow.card_events.for_registrations([r.id for r in registrations])
            calendar = calendar_in(uow)
            office = office_of(Settings(uow.settings.load()))
        today = local(self._clock.now(), timezone).date()
        outcomes = []
        for registration in registrations:
            file_events = ordered(events.get(registration.id, []))
            if not file_events:
                continue
            state = derive(
                file_events,
                registration.permit.stages,
                registration.permit.sla.days,
                registration.permit.sla.unit,
                calendar,
                today,
                timezone,
            )
            outcomes.append((registration, sla_outcome(state)))
        return sla_table(start, end, outcomes, office)

    # -- output ----------------------------------------------------------------------------------

    def pdf(self, table: ReportTable) -> bytes:
        return self._renderer.report_pdf(table)

    def print_daily(self, close: DailyClose, printer_uri: str | None = None) -> None:
        """The daily close on the thermal receipt printer (ESC/POS, like a receipt)."""
        with self._uow() as uow:
            acting(uow, self._current, Operation.DAILY_CLOSE)
            settings = Settings(uow.settings.load())
        uri = printer_uri or str(settings.get("printer.uri"))
        payload = self._receipts.escpos(daily_close_document(close, office_of(settings)), printer_profile_of(settings))
        self._transport.send(uri, payload)

    def daily_document_bytes(self, close: DailyClose) -> bytes:
        """The ESC/POS bytes of the daily close (what `print_daily` sends)."""
        with self._uow() as uow:
            settings = Settings(uow.settings.load())
        return self._receipts.escpos(daily_close_document(close, office_of(settings)), printer_profile_of(settings))

    def _office(self) -> Office:
        with self._uow() as uow:
            return office_of(Settings(uow.settings.load()))


def _timezone(uow: UnitOfWork) -> str:
    return str(Settings(uow.settings.load()).get("office.timezone"))


def _utc_bounds(start: date, end: date, timezone: str) -> tuple[datetime, datetime]:
    zone = ZoneInfo(timezone)
    return (
        datetime.combine(start, time(), zone),
        datetime.combine(end + timedelta(days=1), time(), zone),
    )


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError([FieldError("to", translate("reports", "tanggal akhir sebelum tanggal awal"))])
    if (end - start).days > MAX_DAYS:
        raise ValidationError(
            [FieldError("to", translate("reports", "periode paling lama {n} hari").format(n=MAX_DAYS))]
        )


def parse_day(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            [FieldError(name, translate("reports", "tanggal tidak terbaca; tulis TTTT-BB-HH, mis. 2026-11-23"))]
        ) from None
