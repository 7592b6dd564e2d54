"""The printable kartu kendali: one header and one row per stage, to travel with the paper file.

Stages not reached yet get empty rows to be filled in by hand; the paraf column is always empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from counter_app.domain.card_rules import action_label, role_label, status_label
from counter_app.domain.card_state import CardState
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.formatting import full_date, local
from counter_app.domain.receipt import Office
from counter_app.domain.registration import Registration
from counter_app.domain.tracking import format_tracking_code, status_url
from counter_app.i18n import translate


@dataclass(frozen=True)
class CardRow:
    number: int
    stage: str
    role: str
    entered: str  # "23/11/26 09.15" or ""
    left: str
    officer: str
    notes: str


@dataclass(frozen=True)
class CardDocument:
    office: str
    title: str
    header: tuple[tuple[str, str], ...]  # (label, value)
    qr_payload: str
    qr_caption: str
    columns: tuple[str, ...]
    rows: tuple[CardRow, ...]
    footer: str


def _stamp(moment: datetime | None, timezone: str) -> str:
    return local(moment, timezone).strftime("%d/%m/%y %H.%M") if moment else ""


def card_document(
    registration: Registration, state: CardState, events: Sequence[CardEvent], office: Office
) -> CardDocument:
    tz = office.timezone
    stages = registration.permit.stages
    rows: list[CardRow] = []
    for index, stage in enumerate(stages):
        visits = [v for v in state.visits if v.stage == index]
        first, last = (visits[0], visits[-1]) if visits else (None, None)
        notes = [
            f"{action_label(e.action)}: {e.note}" if e.note else action_label(e.action)
            for e in events
            if e in state.effective
            and e.from_stage == index
            and e.action in (CardAction.RETURNED, CardAction.RESUBMITTED, CardAction.REJECTED, CardAction.HANDED_OVER)
        ]
        rows.append(
            CardRow(
                number=index + 1,
                stage=stage.name,
                role=role_label(stage.role),
                entered=_stamp(first.entered_at if first else None, tz),
                left=_stamp(last.left_at if last else None, tz),
                officer=first.by if first else "",
                notes="; ".join(notes),
            )
        )
    applicant = registration.applicant
    header = [
        (translate("card", "No. Registrasi"), registration.reg_no),
        (translate("card", "Jenis izin"), registration.permit.name),
        (
            translate("card", "Pemohon"),
            applicant.name + (f" / {applicant.business.name}" if applicant.business else ""),
        ),
        (translate("card", "Tanggal terima"), full_date(local(registration.received_at, tz).date())),
        (translate("card", "Estimasi selesai"), full_date(state.sla.due_date) if state.sla.due_date else "-"),
        (translate("card", "Status"), status_label(state.status)),
    ]
    title = translate("card", "KARTU KENDALI BERKAS")
    void = next((e for e in reversed(state.effective) if e.action is CardAction.VOIDED), None)
    if void is not None:
        title = translate("card", "KARTU KENDALI BERKAS — BATAL / VOID")
        header.append((translate("card", "Alasan batal"), f"{void.note} ({void.by}, {_stamp(void.at, tz)})"))
    return CardDocument(
        office=office.name,
        title=title,
        header=tuple(header),
        qr_payload=status_url(office.status_base_url, registration.tracking_code),
        qr_caption=format_tracking_code(registration.tracking_code),
        columns=(
            translate("card", "No"),
            translate("card", "Tahap"),
            translate("card", "Masuk"),
            translate("card", "Keluar"),
            translate("card", "Petugas"),
            translate("card", "Paraf"),
            translate("card", "Catatan"),
        ),
        rows=tuple(rows),
        footer=translate("card", "Kartu ini menyertai berkas fisik; paraf setiap tahap saat berkas diteruskan."),
    )
