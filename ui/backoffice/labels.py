"""Pure text for the back office (no widgets): flags, roles, actions, what an action will do.

Source strings are Indonesian; they follow the installed QTranslator (context "BackOffice").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.card_rules import action_label, status_label
from counter_app.domain.card_state import CardStatus, Flag, replay
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.services.control_card import CardView

translate = QCoreApplication.translate

ROLES = (Role.FRONT_DESK, Role.BACK_OFFICE, Role.SUPERVISOR)
"""The roles an officer can act as in the back office (the role selector, in this order)."""

ACTIONS = (
    CardAction.ADVANCED,
    CardAction.RETURNED,
    CardAction.RESUBMITTED,
    CardAction.REJECTED,
    CardAction.UNDONE,
    CardAction.HANDED_OVER,
    CardAction.VOIDED,
)
"""The card actions in button order."""

NEEDS_REASON = frozenset({CardAction.RETURNED, CardAction.REJECTED, CardAction.UNDONE, CardAction.VOIDED})
"""Actions the rules refuse without a reason (the confirm dialog asks for one)."""

FLAG_COLOURS = {Flag.RED: "#f4c7c3", Flag.AMBER: "#fce8b2", Flag.ON_TRACK: "#d4edda"}
"""Background of the flag cell (light, so the dark text stays readable)."""
FLAG_MARKS = {Flag.RED: "#c5221f", Flag.AMBER: "#e37400", Flag.ON_TRACK: "#188038"}
"""Colour of the flag's icon."""
FLAG_RANK = {Flag.RED: 0, Flag.AMBER: 1, Flag.ON_TRACK: 2}
"""Overdue first."""


def flag_label(flag: Flag) -> str:
    match flag:
        case Flag.RED:
            return translate("BackOffice", "Terlambat")
        case Flag.AMBER:
            return translate("BackOffice", "Perhatian")
        case Flag.ON_TRACK:
            return translate("BackOffice", "Sesuai jadwal")


def role_choice(role: Role) -> str:
    """The role selector's text."""
    match role:
        case Role.FRONT_DESK:
            return translate("BackOffice", "Loket")
        case Role.BACK_OFFICE:
            return translate("BackOffice", "Back Office")
        case Role.SUPERVISOR:
            return translate("BackOffice", "Supervisor")
        case Role.ADMIN:
            return translate("BackOffice", "Admin")


def action_button(action: CardAction) -> str:
    """A button's text, with its Alt mnemonic."""
    match action:
        case CardAction.ADVANCED:
            return translate("BackOffice", "&Teruskan…")
        case CardAction.RETURNED:
            return translate("BackOffice", "&Kembalikan ke pemohon…")
        case CardAction.RESUBMITTED:
            return translate("BackOffice", "&Ajukan kembali…")
        case CardAction.REJECTED:
            return translate("BackOffice", "To&lak…")
        case CardAction.UNDONE:
            return translate("BackOffice", "&Batalkan kejadian terakhir…")
        case CardAction.HANDED_OVER:
            return translate("BackOffice", "&Serah terima…")
        case CardAction.VOIDED:
            return translate("BackOffice", "Batalkan &pendaftaran (BATAL)…")
        case CardAction.REGISTERED:
            return action_label(action)


def confirm_button(action: CardAction) -> str:
    """The confirm dialog's OK button."""
    match action:
        case CardAction.ADVANCED:
            return translate("BackOffice", "Teruskan")
        case CardAction.RETURNED:
            return translate("BackOffice", "Kembalikan")
        case CardAction.RESUBMITTED:
            return translate("BackOffice", "Ajukan kembali")
        case CardAction.REJECTED:
            return translate("BackOffice", "Tolak berkas")
        case CardAction.UNDONE:
            return translate("BackOffice", "Batalkan kejadian")
        case CardAction.VOIDED:
            return translate("BackOffice", "Batalkan pendaftaran")
        case _:
            return translate("BackOffice", "Catat")


def stage_text(view: CardView, index: int | None) -> str:
    return view.stage_name(index) or "-"


def consequence(view: CardView, action: CardAction) -> str:
    """What the action will do, in one sentence: "Berkas PWK-… akan diteruskan dari A ke B."."""
    reg_no = view.registration.reg_no
    here = stage_text(view, view.state.stage)
    match action:
        case CardAction.ADVANCED:
            return translate("BackOffice", "Berkas {reg_no} akan diteruskan dari {stage} ke {next}.").format(
                reg_no=reg_no, stage=here, next=stage_text(view, view.state.stage + 1)
            )
        case CardAction.RETURNED:
            return translate(
                "BackOffice",
                "Berkas {reg_no} akan dikembalikan ke pemohon dari tahap {stage}; "
                "jam SLA berhenti sampai berkas diajukan kembali.",
            ).format(reg_no=reg_no, stage=here)
        case CardAction.RESUBMITTED:
            return translate(
                "BackOffice", "Berkas {reg_no} akan diajukan kembali ke tahap {stage}; jam SLA berjalan lagi."
            ).format(reg_no=reg_no, stage=here)
        case CardAction.REJECTED:
            return translate(
                "BackOffice",
                "Berkas {reg_no} akan ditolak di tahap {stage} dan ditutup. Ini tidak dapat diteruskan lagi.",
            ).format(reg_no=reg_no, stage=here)
        case CardAction.UNDONE:
            last = view.state.last_effective
            what = action_label(last.action) if last is not None else "-"
            back = _stage_before_last(view)
            return translate(
                "BackOffice",
                "Kejadian terakhir berkas {reg_no} ({what}) akan dibatalkan; berkas kembali ke tahap {stage}. "
                "Kejadian itu tetap tercatat di kartu.",
            ).format(reg_no=reg_no, what=what, stage=back)
        case CardAction.HANDED_OVER:
            return translate("BackOffice", "Berkas {reg_no} akan dicatat sudah diserahkan kepada penerima.").format(
                reg_no=reg_no
            )
        case CardAction.VOIDED:
            return translate(
                "BackOffice",
                "Pendaftaran {reg_no} akan dibatalkan (BATAL) dan kartunya ditutup; tanda terima dan kartu "
                "bertanda BATAL, dan nomornya tidak dipakai lagi. Ini tidak dapat di-undo.",
            ).format(reg_no=reg_no)
        case CardAction.REGISTERED:
            return ""


def _stage_before_last(view: CardView) -> str:
    """The stage the file is at once its last effective event is undone (as the service derives it)."""
    stages = len(view.registration.permit.stages)
    return stage_text(view, replay(view.state.effective[:-1], stages).stage)


def status_text(status: CardStatus) -> str:
    return status_label(status)


def event_summary(view: CardView, event: CardEvent) -> str:
    """ "diteruskan ke tahap berikutnya: Verifikasi berkas → Pemrosesan" (stages by name)."""
    text = action_label(event.action)
    source = view.stage_name(event.from_stage)
    target = view.stage_name(event.to_stage)
    if event.action is CardAction.REGISTERED and target:
        return translate("BackOffice", "{action} — masuk {stage}").format(action=text, stage=target)
    if source and target and source != target:
        return translate("BackOffice", "{action}: {source} → {target}").format(
            action=text, source=source, target=target
        )
    if source:
        return translate("BackOffice", "{action} (di {stage})").format(action=text, stage=source)
    return text


def handover_details(event: CardEvent) -> str:
    """ "Diterima oleh Budi Santoso; dokumen diperiksa: KTP-el" for a handover event, else ""."""
    if event.action is not CardAction.HANDED_OVER:
        return ""
    return translate("BackOffice", "Diterima oleh {name}; dokumen diperiksa: {document}").format(
        name=str(event.data.get("received_by", "")), document=str(event.data.get("id_document", ""))
    )


def days_text(days: int) -> str:
    return translate("BackOffice", "%n hari", None, days)


def sla_left_text(left: int | None) -> str:
    if left is None:
        return translate("BackOffice", "tanpa SLA")
    if left < 0:
        return translate("BackOffice", "lewat %n hari", None, -left)
    return days_text(left)
