"""Reports as plain tables (rendered to CSV here, to PDF by the printing adapter) and their figures.

- daily close: per counter and officer, the files registered, return slips, reprints and voids of a
  period, the return slips with their missing items, and each counter's audit head hash;
- recap: per period (day or month) × permit type, files registered, return slips, voids;
- SLA: per permit type, files of the period finished on time, finished late, open and overdue,
  open within their time, and voided, with a stacked bar chart.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from counter_app.domain.audit import AuditEntry
from counter_app.domain.card_state import CardState, CardStatus
from counter_app.domain.formatting import local
from counter_app.domain.receipt import Align, Block, Document, Field, Item, Office, Rule, Text
from counter_app.domain.registration import Registration, ReturnedVisit
from counter_app.i18n import translate

REPRINT_ACTION = "receipt.reprinted"
VOID_ACTION = "card.voided"


@dataclass(frozen=True)
class BarChart:
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (name, one value per category), stacked


@dataclass(frozen=True)
class ReportTable:
    title: str
    subtitle: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[str | int, ...], ...]
    details: tuple[str, ...] = field(default=())  # lines after the table
    notes: tuple[str, ...] = field(default=())  # small print at the end (e.g. audit head hashes)
    chart: BarChart | None = None

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows)
        return out.getvalue()


# --- daily close ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficerDay:
    counter_code: str
    officer: str
    registered: int
    returned: int
    reprints: int
    voids: int


@dataclass(frozen=True)
class DailyClose:
    start: date
    end: date  # inclusive
    counter_code: str | None
    officers: tuple[OfficerDay, ...]
    visits: tuple[ReturnedVisit, ...]
    heads: Mapping[str, str]  # counter → audit head hash at the end of the period
    timezone: str

    @property
    def totals(self) -> OfficerDay:
        return OfficerDay(
            "",
            "",
            sum(o.registered for o in self.officers),
            sum(o.returned for o in self.officers),
            sum(o.reprints for o in self.officers),
            sum(o.voids for o in self.officers),
        )


def daily_close(
    start: date,
    end: date,
    counter_code: str | None,
    registrations: Sequence[Registration],
    visits: Sequence[ReturnedVisit],
    audit: Iterable[AuditEntry],
    heads: Mapping[str, str],
    timezone: str,
) -> DailyClose:
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for registration in registrations:
        counts[(registration.counter_code, registration.officer)]["registered"] += 1
    for visit in visits:
        counts[(visit.counter_code, visit.officer)]["returned"] += 1
    for entry in audit:
        if counter_code and entry.counter_code != counter_code:
            continue
        if entry.action == REPRINT_ACTION:
            counts[(entry.counter_code, entry.actor_name)]["reprints"] += 1
        elif entry.action == VOID_ACTION:
            counts[(entry.counter_code, entry.actor_name)]["voids"] += 1
    officers = tuple(
        OfficerDay(counter, officer, c["registered"], c["returned"], c["reprints"], c["voids"])
        for (counter, officer), c in sorted(counts.items())
    )
    return DailyClose(start, end, counter_code, officers, tuple(visits), dict(heads), timezone)


def _period(start: date, end: date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def daily_close_table(close: DailyClose, office: Office) -> ReportTable:
    totals = close.totals
    rows: list[tuple[str | int, ...]] = [
        (o.counter_code, o.officer, o.registered, o.returned, o.reprints, o.voids) for o in close.officers
    ]
    rows.append((translate("reports", "Jumlah"), "", totals.registered, totals.returned, totals.reprints, totals.voids))
    details = [translate("reports", "Bukti pengembalian berkas dan kekurangannya:")] if close.visits else []
    for visit in close.visits:
        moment = local(visit.at, close.timezone).strftime("%H.%M")
        missing = "; ".join(f"{m.id} {m.text}" for m in visit.missing)
        details.append(
            f"{moment} {visit.counter_code} {visit.officer} — {visit.applicant.name}, {visit.permit_code}: {missing}"
        )
    notes = [
        translate("reports", "Hash terakhir jejak audit loket {counter}: {hash}").format(counter=c, hash=h or "-")
        for c, h in sorted(close.heads.items())
    ]
    return ReportTable(
        title=translate("reports", "TUTUP HARIAN"),
        subtitle=(
            office.name,
            translate("reports", "Periode {period}; loket {counter}").format(
                period=_period(close.start, close.end),
                counter=close.counter_code or translate("reports", "semua"),
            ),
        ),
        columns=(
            translate("reports", "Loket"),
            translate("reports", "Petugas"),
            translate("reports", "Pendaftaran"),
            translate("reports", "Bukti pengembalian"),
            translate("reports", "Cetak ulang"),
            translate("reports", "Batal"),
        ),
        rows=tuple(rows),
        details=tuple(details),
        notes=tuple(notes),
    )


def daily_close_document(close: DailyClose, office: Office) -> Document:
    """The daily close on the receipt printer (the same `Document` path as receipts)."""
    title = translate("reports", "TUTUP HARIAN")
    blocks: list[Block] = [
        Text(office.name, bold=True, align=Align.CENTER),
        Text(title, bold=True, large=True, align=Align.CENTER),
        Field(translate("reports", "Periode"), _period(close.start, close.end)),
        Field(translate("reports", "Loket"), close.counter_code or translate("reports", "semua")),
        Rule(),
    ]
    for o in close.officers:
        blocks += [
            Text(f"{o.counter_code} · {o.officer}", bold=True),
            Field(translate("reports", "Pendaftaran"), str(o.registered)),
            Field(translate("reports", "Bukti pengembalian"), str(o.returned)),
            Field(translate("reports", "Cetak ulang"), str(o.reprints)),
            Field(translate("reports", "Batal"), str(o.voids)),
        ]
    totals = close.totals
    blocks += [
        Rule(),
        Text(translate("reports", "Jumlah"), bold=True),
        Field(translate("reports", "Pendaftaran"), str(totals.registered)),
        Field(translate("reports", "Bukti pengembalian"), str(totals.returned)),
        Field(translate("reports", "Cetak ulang"), str(totals.reprints)),
        Field(translate("reports", "Batal"), str(totals.voids)),
    ]
    if close.visits:
        blocks += [Rule(), Text(translate("reports", "Bukti pengembalian berkas:"), bold=True)]
        for visit in close.visits:
            blocks.append(Item("-", f"{visit.applicant.name} ({visit.permit_code})"))
            blocks += [Item("  ·", f"{m.id} {m.text}") for m in visit.missing]
    blocks.append(Rule())
    for counter, head in sorted(close.heads.items()):
        blocks.append(Text(translate("reports", "Hash audit loket {counter}:").format(counter=counter), bold=True))
        blocks += [Text(head[i : i + 32]) for i in range(0, len(head), 32)] if head else [Text("-")]
    return Document(title=title, blocks=tuple(blocks))


# --- recap ------------------------------------------------------------------------------------------


def recap_table(
    start: date,
    end: date,
    by_month: bool,
    registrations: Sequence[Registration],
    visits: Sequence[ReturnedVisit],
    voided_ids: frozenset[str],
    timezone: str,
    office: Office,
) -> ReportTable:
    def period(moment: datetime) -> str:
        day = local(moment, timezone).date()
        return day.strftime("%Y-%m") if by_month else day.isoformat()

    names: dict[str, str] = {}
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for registration in registrations:
        key = (period(registration.received_at), registration.permit.code)
        names[registration.permit.code] = registration.permit.name
        counts[key]["registered"] += 1
        if registration.id in voided_ids:
            counts[key]["voided"] += 1
    for visit in visits:
        names.setdefault(visit.permit_code, visit.permit_name)
        counts[(period(visit.at), visit.permit_code)]["returned"] += 1
    rows: list[tuple[str | int, ...]] = [
        (p, code, names[code], c["registered"], c["returned"], c["voided"]) for (p, code), c in sorted(counts.items())
    ]
    rows.append(
        (
            translate("reports", "Jumlah"),
            "",
            "",
            sum(c["registered"] for c in counts.values()),
            sum(c["returned"] for c in counts.values()),
            sum(c["voided"] for c in counts.values()),
        )
    )
    return ReportTable(
        title=translate("reports", "REKAP PENDAFTARAN PER JENIS IZIN"),
        subtitle=(
            office.name,
            translate("reports", "Periode {period}; per {unit}").format(
                period=_period(start, end),
                unit=translate("reports", "bulan") if by_month else translate("reports", "hari"),
            ),
        ),
        columns=(
            translate("reports", "Periode"),
            translate("reports", "Kode"),
            translate("reports", "Jenis izin"),
            translate("reports", "Terdaftar"),
            translate("reports", "Bukti pengembalian"),
            translate("reports", "Batal"),
        ),
        rows=tuple(rows),
    )


# --- SLA --------------------------------------------------------------------------------------------


def sla_outcome(state: CardState) -> str:
    """on_time | late | overdue | open | voided | no_sla."""
    if state.status is CardStatus.VOIDED:
        return "voided"
    left = state.sla.working_days_left
    if state.sla.days is None or left is None:
        return "no_sla"
    if state.status.closed:
        return "on_time" if left >= 0 else "late"
    return "open" if left >= 0 else "overdue"


def sla_table(
    start: date,
    end: date,
    outcomes: Sequence[tuple[Registration, str]],
    office: Office,
) -> ReportTable:
    per: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for registration, outcome in outcomes:
        per[registration.permit.code][outcome] += 1
        names[registration.permit.code] = registration.permit.name
    codes = sorted(per)
    keys = ("on_time", "late", "overdue", "open", "voided", "no_sla")
    rows: list[tuple[str | int, ...]] = []
    for code in codes:
        c = per[code]
        finished = c["on_time"] + c["late"]
        share = f"{100 * c['on_time'] / finished:.0f}%" if finished else "-"
        rows.append((code, names[code], sum(c.values()), *(c[k] for k in keys), share))
    labels = (
        translate("reports", "Selesai tepat waktu"),
        translate("reports", "Selesai terlambat"),
        translate("reports", "Terbuka, lewat waktu"),
        translate("reports", "Terbuka, masih dalam waktu"),
    )
    chart = BarChart(
        title=translate("reports", "Kepatuhan SLA per jenis izin"),
        categories=tuple(codes),
        series=tuple(
            (label, tuple(per[code][key] for code in codes)) for label, key in zip(labels, keys[:4], strict=True)
        ),
    )
    return ReportTable(
        title=translate("reports", "KEPATUHAN SLA PER JENIS IZIN"),
        subtitle=(
            office.name,
            translate("reports", "Berkas yang diterima {period}").format(period=_period(start, end)),
        ),
        columns=(
            translate("reports", "Kode"),
            translate("reports", "Jenis izin"),
            translate("reports", "Berkas"),
            *labels,
            translate("reports", "Batal"),
            translate("reports", "Tanpa SLA"),
            translate("reports", "Tepat waktu (dari yang selesai)"),
        ),
        rows=tuple(rows),
        chart=chart if codes else None,
    )
