"""Who may do what: one role × operation matrix, deny by default. Enforced in the services.

Every service operation that changes state or shows a full NIK names its `Operation` and calls
`require(principal, operation)` (through `counter_app.services.guard.acting`). What is not in
`MATRIX` is refused. The control card's role × stage rules (`card_rules`) apply on top of this.

`SYSTEM` (no user accounts exist yet) may do everything: the app then works as before accounts.
"""

from __future__ import annotations

from enum import StrEnum

from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.users import Principal
from counter_app.errors import NotAllowed
from counter_app.i18n import translate


class Operation(StrEnum):
    REGISTER = "register"  # submit a file at the desk (registration or return slip)
    VIEW_NIK = "view_nik"  # see an applicant's full NIK
    PRINT_SEND = "print_send"  # send / retry / settle stored print jobs
    RECEIPT_REPRINT = "receipt_reprint"  # a DUPLIKAT receipt
    CARD_PDF = "card_pdf"  # print the kartu kendali
    CARD_ADVANCE = "card_advance"
    CARD_RETURN = "card_return"
    CARD_RESUBMIT = "card_resubmit"
    CARD_REJECT = "card_reject"
    CARD_UNDO = "card_undo"
    CARD_HANDOVER = "card_handover"
    VOID = "void"  # cancel a registration (BATAL)
    CATALOG_IMPORT = "catalog_import"
    CATALOG_EDIT = "catalog_edit"  # save an edited permit type as a new version
    SETTINGS = "settings"  # office settings, holiday overrides
    PRINTER_SETUP = "printer_setup"  # the counter's receipt printer (printer.* settings)
    USERS = "users"  # add, change, disable accounts
    MAINTENANCE = "maintenance"  # reindex, demo data, backup
    AUDIT_VERIFY = "audit_verify"
    DAILY_CLOSE = "daily_close"  # the daily close of a counter (screen, PDF, CSV, receipt printer)
    REPORTS = "reports"  # recap and SLA reports


CARD_OPERATIONS: dict[CardAction, Operation] = {
    CardAction.ADVANCED: Operation.CARD_ADVANCE,
    CardAction.RETURNED: Operation.CARD_RETURN,
    CardAction.RESUBMITTED: Operation.CARD_RESUBMIT,
    CardAction.REJECTED: Operation.CARD_REJECT,
    CardAction.UNDONE: Operation.CARD_UNDO,
    CardAction.HANDED_OVER: Operation.CARD_HANDOVER,
    CardAction.VOIDED: Operation.VOID,
}

_CARD_WORK = frozenset(
    {
        Operation.CARD_ADVANCE,
        Operation.CARD_RETURN,
        Operation.CARD_REJECT,
        Operation.CARD_HANDOVER,
        Operation.CARD_PDF,
    }
)

MATRIX: dict[Role, frozenset[Operation]] = {
    Role.FRONT_DESK: _CARD_WORK
    | {
        Operation.REGISTER,
        Operation.VIEW_NIK,
        Operation.PRINT_SEND,
        Operation.RECEIPT_REPRINT,
        Operation.CARD_RESUBMIT,
        Operation.PRINTER_SETUP,
        Operation.DAILY_CLOSE,
    },
    Role.BACK_OFFICE: _CARD_WORK | {Operation.PRINT_SEND, Operation.VIEW_NIK},  # NIK: identity check at handover
    Role.SUPERVISOR: _CARD_WORK
    | {
        Operation.REGISTER,
        Operation.VIEW_NIK,
        Operation.PRINT_SEND,
        Operation.RECEIPT_REPRINT,
        Operation.CARD_RESUBMIT,
        Operation.CARD_UNDO,
        Operation.VOID,
        Operation.PRINTER_SETUP,
        Operation.AUDIT_VERIFY,
        Operation.DAILY_CLOSE,
        Operation.REPORTS,
    },
    Role.ADMIN: frozenset(
        {
            Operation.CATALOG_IMPORT,
            Operation.CATALOG_EDIT,
            Operation.SETTINGS,
            Operation.PRINTER_SETUP,
            Operation.USERS,
            Operation.MAINTENANCE,
            Operation.AUDIT_VERIFY,
            Operation.DAILY_CLOSE,
            Operation.REPORTS,
        }
    ),
}


class PermissionDenied(NotAllowed):
    """The acting user's role may not do this (exit code 8)."""

    exit_code = 8


def is_allowed(principal: Principal, operation: Operation) -> bool:
    if principal.is_system:
        return True
    return operation in MATRIX.get(principal.role, frozenset())


def require(principal: Principal, operation: Operation) -> None:
    if not is_allowed(principal, operation):
        raise PermissionDenied(
            translate("permissions", "{user} (peran {role}) tidak berhak: {operation}. Minta {allowed}.").format(
                user=principal.name,
                role=role_name(principal.role),
                operation=operation_label(operation),
                allowed=" / ".join(role_name(r) for r in roles_allowed(operation)) or "-",
            )
        )


def roles_allowed(operation: Operation) -> list[Role]:
    return [role for role in Role if operation in MATRIX.get(role, frozenset())]


def role_name(role: Role) -> str:
    return {
        Role.FRONT_DESK: translate("permissions", "petugas loket"),
        Role.BACK_OFFICE: translate("permissions", "petugas back office"),
        Role.SUPERVISOR: translate("permissions", "supervisor"),
        Role.ADMIN: translate("permissions", "admin"),
    }[role]


def operation_label(operation: Operation) -> str:
    return {
        Operation.REGISTER: translate("permissions", "mendaftarkan berkas"),
        Operation.VIEW_NIK: translate("permissions", "melihat NIK lengkap"),
        Operation.PRINT_SEND: translate("permissions", "mengirim pekerjaan cetak"),
        Operation.RECEIPT_REPRINT: translate("permissions", "mencetak ulang tanda terima"),
        Operation.CARD_PDF: translate("permissions", "mencetak kartu kendali"),
        Operation.CARD_ADVANCE: translate("permissions", "meneruskan berkas"),
        Operation.CARD_RETURN: translate("permissions", "mengembalikan berkas ke pemohon"),
        Operation.CARD_RESUBMIT: translate("permissions", "menerima pengajuan kembali"),
        Operation.CARD_REJECT: translate("permissions", "menolak berkas"),
        Operation.CARD_UNDO: translate("permissions", "membatalkan (undo) kejadian kartu"),
        Operation.CARD_HANDOVER: translate("permissions", "menyerahkan hasil"),
        Operation.VOID: translate("permissions", "membatalkan pendaftaran (BATAL)"),
        Operation.CATALOG_IMPORT: translate("permissions", "mengimpor katalog"),
        Operation.CATALOG_EDIT: translate("permissions", "mengubah katalog"),
        Operation.SETTINGS: translate("permissions", "mengubah pengaturan kantor"),
        Operation.PRINTER_SETUP: translate("permissions", "mengatur printer struk"),
        Operation.USERS: translate("permissions", "mengelola akun pengguna"),
        Operation.MAINTENANCE: translate("permissions", "pemeliharaan data (indeks ulang, demo, cadangan)"),
        Operation.AUDIT_VERIFY: translate("permissions", "memeriksa jejak audit"),
        Operation.DAILY_CLOSE: translate("permissions", "mencetak tutup harian"),
        Operation.REPORTS: translate("permissions", "membuat laporan"),
    }[operation]
