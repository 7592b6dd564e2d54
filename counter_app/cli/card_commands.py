"""`counter-app card show|advance|return|resubmit|reject|undo|handover REG_NO`."""

from __future__ import annotations

import argparse
import getpass
import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from counter_app.domain.card_rules import action_label, role_label, status_label
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate

_ACTIONS = {
    "advance": CardAction.ADVANCED,
    "return": CardAction.RETURNED,
    "resubmit": CardAction.RESUBMITTED,
    "reject": CardAction.REJECTED,
    "undo": CardAction.UNDONE,
    "handover": CardAction.HANDED_OVER,
    "void": CardAction.VOIDED,
}


def add_card_commands(commands: Any) -> None:
    card = commands.add_parser("card", help=translate("cli", "kartu kendali berkas"))
    sub = card.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH", required=True)
    show = sub.add_parser("show", help=translate("cli", "tampilkan kartu kendali"))
    show.add_argument("reg_no", metavar="REG_NO")
    show.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    show.set_defaults(handler=_show)
    reindex = sub.add_parser(
        "reindex", help=translate("cli", "bangun ulang ringkasan kartu berkas terbuka dari kejadiannya")
    )
    reindex.set_defaults(handler=_reindex)
    for name, action in _ACTIONS.items():
        parser = sub.add_parser(name, help=action_label(action))
        parser.add_argument("reg_no", metavar="REG_NO")
        parser.add_argument(
            "--by",
            metavar="USER",
            help=translate("cli", "petugas yang bertindak (bawaan: akun --user, atau nama akun sistem operasi)"),
        )
        parser.add_argument(
            "--role",
            choices=[r.value for r in Role],
            help=translate("cli", "peran petugas (bawaan: peran tahap saat ini; undo perlu supervisor)"),
        )
        parser.add_argument("--note", default="", help=translate("cli", "catatan/alasan"))
        parser.add_argument("--at", metavar="ISO-DATETIME", help=translate("cli", "waktu kejadian (entri susulan)"))
        if action is CardAction.HANDED_OVER:
            parser.add_argument("--received-by", required=True, help=translate("cli", "nama penerima"))
            parser.add_argument(
                "--id-document", required=True, help=translate("cli", "dokumen identitas yang diperiksa, mis. KTP")
            )
        parser.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
        parser.set_defaults(handler=_act, action=action)


def _show(args: argparse.Namespace) -> int:
    from counter_app.cli.session import open_app

    application = open_app(args, seed_catalog=False)
    try:
        view = application.cards.show(args.reg_no)
    finally:
        application.close()
    _print(args, view)
    return 0


def _reindex(args: argparse.Namespace) -> int:
    from counter_app.cli.session import open_app

    application = open_app(args, seed_catalog=False)
    try:
        count = application.cards.reindex()
    finally:
        application.close()
    print(translate("cli", "{count} kartu berkas terbuka dibangun ulang.").format(count=count))
    return 0


def _act(args: argparse.Namespace) -> int:
    from counter_app.cli.session import open_app

    application = open_app(args, seed_catalog=False)
    try:
        settings = application.settings.current()
        at = _moment(args.at, str(settings.get("office.timezone")))
        current = application.cards.show(args.reg_no)
        stage_role = current.registration.permit.stages[current.state.stage].role
        role = Role(args.role) if args.role else Role.SUPERVISOR if args.action is CardAction.VOIDED else stage_role
        data = {}
        if args.action is CardAction.HANDED_OVER:
            data = {"received_by": args.received_by, "id_document": args.id_document}
        signed_in = application.current_user.principal
        by = args.by or (signed_in.name if signed_in else _os_user())
        view = application.cards.act(args.reg_no, args.action, by, role, args.note, at, data)
    finally:
        application.close()
    _print(args, view)
    return 0


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "petugas"


def _moment(text: str | None, timezone: str) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            [FieldError("at", translate("cli", "waktu tidak terbaca; tulis ISO 8601, misalnya 2026-11-23T09:15"))]
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))


def _print(args: argparse.Namespace, view: Any) -> None:
    if args.json:
        print(json.dumps(view.to_json(), ensure_ascii=False, indent=2))
        return
    data = view.to_json()
    sla = data["sla"]
    print(f"{data['reg_no']}  {view.registration.permit.name}")
    print(
        translate("cli", "Tahap: {stage}  Status: {status}  Tanda: {flag}").format(
            stage=data["stage"], status=status_label(view.state.status), flag=data["flag"]
        )
    )
    print(
        translate("cli", "Jatuh tempo: {due}  terpakai {used} hari kerja, sisa {left}, jeda {paused}").format(
            due=sla["due_date"] or "-",
            used=sla["working_days_used"],
            left=sla["working_days_left"],
            paused=sla["paused_days"],
        )
    )
    for event in view.events:
        mark = "" if event in view.state.effective else "  (" + translate("cli", "tidak berlaku") + ")"
        stage = view.stage_name(event.to_stage) or view.stage_name(event.from_stage) or ""
        role = role_label(Role(event.role)) if event.role in {r.value for r in Role} else event.role
        print(
            f"  {event.at.isoformat(timespec='minutes')}  {action_label(event.action):<32} {stage}  "
            f"{event.by} ({role}){'  — ' + event.note if event.note else ''}{mark}"
        )
