"""Who may do what to a control card, at which stage. Enforced in the service, not only in the UI.

- advance: the role the current stage names, or a supervisor; not from the last (handover) stage;
- return to the applicant (reason required): the current stage's role or a supervisor, while open;
- resubmit: the front desk or a supervisor, while returned;
- reject (reason required): the current stage's role or a supervisor, while not closed;
- undo the last event (reason required): a supervisor; the registration itself cannot be undone;
- hand over (receiver and identity document required): the handover stage's role or a supervisor,
  at the last stage.
Admins configure the office; they take no card actions (deny by default).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from counter_app.domain.card_state import CardState, CardStatus
from counter_app.domain.catalog import Role, Stage
from counter_app.domain.control_card import CardAction
from counter_app.errors import NotAllowed
from counter_app.i18n import translate

ACTIONS = (
    CardAction.ADVANCED,
    CardAction.RETURNED,
    CardAction.RESUBMITTED,
    CardAction.REJECTED,
    CardAction.UNDONE,
    CardAction.HANDED_OVER,
)


def action_label(action: CardAction) -> str:
    return {
        CardAction.REGISTERED: translate("card", "didaftarkan"),
        CardAction.ADVANCED: translate("card", "diteruskan ke tahap berikutnya"),
        CardAction.RETURNED: translate("card", "dikembalikan ke pemohon"),
        CardAction.RESUBMITTED: translate("card", "diajukan kembali"),
        CardAction.REJECTED: translate("card", "ditolak"),
        CardAction.UNDONE: translate("card", "dibatalkan (undo)"),
        CardAction.HANDED_OVER: translate("card", "diserahkan"),
        CardAction.VOIDED: translate("card", "pendaftaran dibatalkan (BATAL)"),
    }[action]


def refusal(
    action: CardAction, role: Role, state: CardState, stages: Sequence[Stage], note: str, data: Mapping[str, Any]
) -> str | None:
    """Why `role` may not take `action` now, or None when it may."""
    stage_role = stages[state.stage].role if state.stage < len(stages) else None
    last = len(stages) - 1
    if role is Role.ADMIN:
        return translate("card", "peran admin tidak mengubah kartu kendali; gunakan akun petugas atau supervisor")
    if action is CardAction.REGISTERED:
        return translate("card", "berkas didaftarkan di loket, bukan lewat kartu kendali")
    if state.status.closed and action is not CardAction.UNDONE:
        return translate("card", "berkas sudah ditutup ({status})").format(status=status_label(state.status))
    own_stage = role is Role.SUPERVISOR or role == stage_role
    if action is CardAction.ADVANCED:
        if state.status is CardStatus.RETURNED:
            return translate("card", "berkas sedang dikembalikan ke pemohon; ajukan kembali dulu")
        if state.stage >= last:
            return translate("card", "sudah di tahap terakhir; gunakan serah terima")
        if not own_stage:
            return _wrong_role(stages, state.stage)
    elif action in (CardAction.RETURNED, CardAction.REJECTED):
        if action is CardAction.RETURNED and state.status is CardStatus.RETURNED:
            return translate("card", "berkas sudah dikembalikan ke pemohon")
        if not own_stage:
            return _wrong_role(stages, state.stage)
        if not note.strip():
            return translate("card", "alasan wajib diisi")
    elif action is CardAction.RESUBMITTED:
        if state.status is not CardStatus.RETURNED:
            return translate("card", "berkas tidak sedang dikembalikan ke pemohon")
        if role not in (Role.FRONT_DESK, Role.SUPERVISOR):
            return translate("card", "pengajuan kembali diterima di loket (front office) atau oleh supervisor")
    elif action is CardAction.UNDONE:
        if role is not Role.SUPERVISOR:
            return translate("card", "hanya supervisor yang dapat membatalkan (undo) kejadian terakhir")
        last_event = state.last_effective
        if last_event is None or last_event.action is CardAction.REGISTERED:
            return translate("card", "pendaftaran tidak dapat dibatalkan lewat undo")
        if last_event.action is CardAction.VOIDED:
            return translate("card", "pendaftaran yang sudah BATAL tidak dapat dibuka lagi; daftarkan berkas baru")
        if not note.strip():
            return translate("card", "alasan wajib diisi")
    elif action is CardAction.VOIDED:
        if role is not Role.SUPERVISOR:
            return translate("card", "hanya supervisor yang dapat membatalkan pendaftaran")
        if not note.strip():
            return translate("card", "alasan pembatalan wajib diisi")
    elif action is CardAction.HANDED_OVER:
        if state.status is not CardStatus.OPEN or state.stage != last:
            return translate("card", "serah terima hanya di tahap terakhir ({stage})").format(stage=stages[last].name)
        if not own_stage:
            return _wrong_role(stages, state.stage)
        if not str(data.get("received_by", "")).strip() or not str(data.get("id_document", "")).strip():
            return translate("card", "nama penerima dan dokumen identitas yang diperiksa wajib diisi")
    return None


def check(
    action: CardAction, role: Role, state: CardState, stages: Sequence[Stage], note: str, data: Mapping[str, Any]
) -> None:
    reason = refusal(action, role, state, stages, note, data)
    if reason is not None:
        raise NotAllowed(
            translate("card", "Tidak dapat {action}: {reason}.").format(action=action_label(action), reason=reason)
        )


def _wrong_role(stages: Sequence[Stage], stage: int) -> str:
    return translate("card", "tahap {stage} dikerjakan oleh {role} atau supervisor").format(
        stage=stages[stage].name, role=role_label(stages[stage].role)
    )


def role_label(role: Role) -> str:
    return {
        Role.FRONT_DESK: translate("card", "loket (front office)"),
        Role.BACK_OFFICE: translate("card", "back office"),
        Role.SUPERVISOR: translate("card", "supervisor"),
        Role.ADMIN: translate("card", "admin"),
    }[role]


def status_label(status: CardStatus) -> str:
    return {
        CardStatus.OPEN: translate("card", "diproses"),
        CardStatus.RETURNED: translate("card", "dikembalikan ke pemohon"),
        CardStatus.REJECTED: translate("card", "ditolak"),
        CardStatus.HANDED_OVER: translate("card", "diserahkan"),
        CardStatus.VOIDED: translate("card", "dibatalkan (BATAL)"),
    }[status]
