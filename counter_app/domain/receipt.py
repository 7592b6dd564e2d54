"""Receipt and return slip as one pure document model (architecture.md §5).

The same `Document` is rendered as ESC/POS bytes, as a PDF and as an on-screen preview, so the
content is identical everywhere. Never the full NIK: only `3214 **** **** 0001`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from counter_app.domain.catalog import DocumentForm, SlaUnit
from counter_app.domain.formatting import date_time, full_date, rupiah
from counter_app.domain.identifiers import mask_nik
from counter_app.domain.registration import Registration, ReturnedVisit
from counter_app.domain.tracking import format_tracking_code, status_url
from counter_app.i18n import translate


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    large: bool = False
    align: Align = Align.LEFT


@dataclass(frozen=True)
class Field:
    """`label: value`, the value wrapping under itself (hanging indent)."""

    label: str
    value: str


@dataclass(frozen=True)
class Item:
    """A list entry: `marker text`, wrapped lines indented under the text."""

    marker: str
    text: str


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Qr:
    payload: str
    caption: str


Block = Text | Field | Item | Rule | Qr


@dataclass(frozen=True)
class Document:
    title: str
    blocks: tuple[Block, ...]
    cut: bool = True

    def plain_lines(self) -> list[str]:
        """The content as text, for tests and previews that do not lay out."""
        lines: list[str] = []
        for block in self.blocks:
            match block:
                case Text(text=text):
                    lines.append(text)
                case Field(label=label, value=value):
                    lines.append(f"{label}: {value}")
                case Item(marker=marker, text=text):
                    lines.append(f"{marker} {text}")
                case Rule():
                    lines.append("-" * 8)
                case Qr(payload=payload, caption=caption):
                    lines.extend((f"[QR {payload}]", caption))
        return lines


@dataclass(frozen=True)
class Office:
    name: str
    address: str
    phone: str
    timezone: str
    status_base_url: str


def _header(office: Office, title: str) -> list[Block]:
    blocks: list[Block] = [Text(office.name, bold=True, align=Align.CENTER)]
    if office.address:
        blocks.append(Text(office.address, align=Align.CENTER))
    if office.phone:
        blocks.append(Text(translate("receipt", "Telp. {phone}").format(phone=office.phone), align=Align.CENTER))
    blocks += [Rule(), Text(title, bold=True, large=True, align=Align.CENTER)]
    return blocks


def _form_label(form: DocumentForm) -> str:
    return {
        DocumentForm.ORIGINAL: translate("receipt", "asli"),
        DocumentForm.PHOTOCOPY: translate("receipt", "fotokopi"),
        DocumentForm.SCAN: translate("receipt", "pindaian"),
        DocumentForm.UNSPECIFIED: "",
    }[form]


def sla_basis(days: int, unit: SlaUnit) -> str:
    if unit is SlaUnit.CALENDAR:
        return translate("receipt", "{days} hari kalender").format(days=days)
    if unit is SlaUnit.UNKNOWN:
        return translate("receipt", "{days} hari").format(days=days)
    return translate("receipt", "{days} hari kerja").format(days=days)


_CHANNEL = re.compile(r"e-?mail|\bwa\b|whatsapp|telepon|telp|\bsms\b|\bhp\b|website|web\b", re.IGNORECASE)
_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•])\s*")


def short_complaint_channels(text: str, limit: int = 3) -> list[str]:
    """A few contact lines (e-mail, WA, phone) out of the permit's complaint component."""
    lines = [_MARKER.sub("", line).strip() for line in text.splitlines()]
    return [line for line in lines if _CHANNEL.search(line) and len(line) <= 80][:limit]


def receipt_document(
    registration: Registration, office: Office, copy_no: int = 0, reason: str = "", void_reason: str | None = None
) -> Document:
    """`void_reason`: the registration was cancelled (BATAL / VOID, with the supervisor's reason)."""
    permit = registration.permit
    applicant = registration.applicant
    title = translate("receipt", "TANDA TERIMA BERKAS")
    blocks = _header(office, title)
    if void_reason is not None:
        blocks.append(Text(translate("receipt", "*** BATAL / VOID ***"), bold=True, large=True, align=Align.CENTER))
        blocks.append(Field(translate("receipt", "Alasan batal"), void_reason))
    if copy_no:
        blocks.append(Text(translate("receipt", "DUPLIKAT ke-{n}").format(n=copy_no), bold=True, align=Align.CENTER))
        if reason:
            blocks.append(Field(translate("receipt", "Alasan cetak ulang"), reason))
    blocks += [
        Rule(),
        Field(translate("receipt", "No. Registrasi"), registration.reg_no),
        Field(translate("receipt", "Diterima"), date_time(registration.received_at, office.timezone)),
        Field(translate("receipt", "Jenis izin"), permit.name),
    ]
    if permit.kbli.code:
        blocks.append(Field("KBLI", f"{permit.kbli.code} {permit.kbli.title or ''}".strip()))
    blocks.append(Field(translate("receipt", "Pemohon"), applicant.name))
    if applicant.business:
        blocks.append(Field(translate("receipt", "Usaha"), applicant.business.name))
    if applicant.nik:
        blocks.append(Field("NIK", mask_nik(applicant.nik)))
    blocks += [Rule(), Text(translate("receipt", "Dokumen diterima:"), bold=True)]
    texts = {r.id: r.text for r in permit.walk_requirements()}
    for item in registration.items:
        if not item.received:
            continue
        details = [
            d
            for d in (
                _form_label(item.form),
                translate("receipt", "{n} lbr").format(n=item.copies) if item.copies > 1 else "",
            )
            if d
        ]
        suffix = f" ({', '.join(details)})" if details else ""
        blocks.append(Item(f"{item.requirement_id}.", f"{texts.get(item.requirement_id, '')}{suffix}"))
    due = registration.due
    due_text = (
        translate("receipt", "belum ditetapkan (jangka waktu belum diatur)")
        if due is None
        else (
            translate("receipt", "{date} ({basis})").format(
                date=full_date(due.date), basis=sla_basis(due.working_days, permit.sla.unit)
            )
        )
    )
    blocks += [Rule(), Field(translate("receipt", "Estimasi selesai"), due_text)]
    if due is not None and due.provisional:
        blocks.append(Text(translate("receipt", "(perkiraan: kalender libur tahun tersebut belum ditetapkan)")))
    fee = (
        translate("receipt", "Gratis")
        if permit.fee.free
        else (rupiah(permit.fee.amount) if permit.fee.amount is not None else permit.fee.text)
    )
    blocks.append(Field(translate("receipt", "Biaya"), fee))
    url = status_url(office.status_base_url, registration.tracking_code)
    blocks += [
        Rule(),
        Text(translate("receipt", "Cek status berkas:"), align=Align.CENTER),
        Qr(url, format_tracking_code(registration.tracking_code)),
        Rule(),
        Field(translate("receipt", "Petugas"), f"{registration.officer} ({registration.counter_code})"),
    ]
    channels = short_complaint_channels(permit.complaint_channels) or ([office.phone] if office.phone else [])
    if channels:
        blocks.append(Field(translate("receipt", "Pengaduan"), "; ".join(channels)))
    blocks.append(
        Text(
            translate("receipt", "Simpan tanda terima ini; tunjukkan saat mengambil izin bersama KTP asli."),
            align=Align.CENTER,
        )
    )
    return Document(title, tuple(blocks))


def return_slip_document(visit: ReturnedVisit, office: Office) -> Document:
    title = translate("receipt", "BUKTI PENGEMBALIAN BERKAS")
    blocks = _header(office, title)
    blocks += [
        Rule(),
        Field(translate("receipt", "Tanggal"), date_time(visit.at, office.timezone)),
        Field(translate("receipt", "Pemohon"), visit.applicant.name),
    ]
    if visit.applicant.nik:
        blocks.append(Field("NIK", mask_nik(visit.applicant.nik)))
    blocks += [
        Field(translate("receipt", "Jenis izin"), visit.permit_name),
        Rule(),
        Text(translate("receipt", "Persyaratan yang belum lengkap:"), bold=True),
        *(Item(f"{m.id}.", m.text) for m in visit.missing),
        Rule(),
        Text(
            translate(
                "receipt",
                "Berkas belum didaftarkan dan jangka waktu penyelesaian belum berjalan. "
                "Lengkapi persyaratan di atas lalu ajukan kembali.",
            )
        ),
        Field(translate("receipt", "Petugas"), f"{visit.officer} ({visit.counter_code})"),
    ]
    return Document(title, tuple(blocks))
