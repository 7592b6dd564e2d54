"""`counter-app user add|list|passwd|disable|enable|role` (issue 8).

No default account and no default password: the first account is an admin,
`counter-app user add NAME --role admin` (password typed twice, or one line on stdin with
`--password-stdin` for scripts).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from counter_app.cli.session import new_password, open_app
from counter_app.domain.catalog import Role
from counter_app.domain.permissions import role_name
from counter_app.i18n import translate


def add_user_commands(commands: Any) -> None:
    user = commands.add_parser("user", help=translate("cli", "akun pengguna dan perannya"))
    sub = user.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH", required=True)
    roles = [r.value for r in Role]

    add = sub.add_parser("add", help=translate("cli", "buat akun (akun pertama: --role admin)"))
    add.add_argument("name", metavar="NAMA")
    add.add_argument("--role", required=True, choices=roles, help=translate("cli", "peran akun"))
    add.add_argument("--full-name", default="", help=translate("cli", "nama lengkap petugas"))
    add.add_argument("--password-stdin", action="store_true", help=translate("cli", "baca sandi dari stdin"))
    add.set_defaults(handler=_add)

    listing = sub.add_parser("list", help=translate("cli", "daftar akun"))
    listing.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    listing.set_defaults(handler=_list)

    passwd = sub.add_parser("passwd", help=translate("cli", "ganti sandi (juga membuka kunci akun)"))
    passwd.add_argument("name", metavar="NAMA")
    passwd.add_argument("--password-stdin", action="store_true", help=translate("cli", "baca sandi dari stdin"))
    passwd.set_defaults(handler=_passwd)

    for command, active in (("disable", False), ("enable", True)):
        toggle = sub.add_parser(
            command,
            help=translate("cli", "nonaktifkan akun") if not active else translate("cli", "aktifkan lagi akun"),
        )
        toggle.add_argument("name", metavar="NAMA")
        toggle.set_defaults(handler=_set_active, active=active)

    role = sub.add_parser("role", help=translate("cli", "ubah peran akun"))
    role.add_argument("name", metavar="NAMA")
    role.add_argument("role", choices=roles)
    role.set_defaults(handler=_set_role)


def _add(args: argparse.Namespace) -> int:
    password = new_password(args, args.name)
    application = open_app(args, seed_catalog=False)
    try:
        user = application.users.add(args.name, Role(args.role), password, args.full_name)
    finally:
        application.close()
    print(translate("cli", "Akun {name} dibuat ({role}).").format(name=user.name, role=role_name(user.role)))
    return 0


def _list(args: argparse.Namespace) -> int:
    application = open_app(args, seed_catalog=False)
    try:
        users = application.users.list()
    finally:
        application.close()
    if args.json:
        print(json.dumps([u.public_json() for u in users], ensure_ascii=False, indent=2))
        return 0
    for user in users:
        state = translate("cli", "aktif") if user.active else translate("cli", "nonaktif")
        locked = (
            ""
            if user.locked_until is None
            else "  "
            + translate("cli", "terkunci s.d. {until}").format(until=user.locked_until.isoformat(timespec="minutes"))
        )
        print(f"{user.name:<20} {role_name(user.role):<22} {state}{locked}  {user.full_name}")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    application = open_app(args, seed_catalog=False)
    try:
        password = new_password(args, args.name)
        application.users.change_password(args.name, password)
    finally:
        application.close()
    print(translate("cli", "Sandi {name} diganti.").format(name=args.name))
    return 0


def _set_active(args: argparse.Namespace) -> int:
    application = open_app(args, seed_catalog=False)
    try:
        user = application.users.set_active(args.name, args.active)
    finally:
        application.close()
    print(
        (
            translate("cli", "Akun {name} aktif.") if user.active else translate("cli", "Akun {name} dinonaktifkan.")
        ).format(name=user.name)
    )
    return 0


def _set_role(args: argparse.Namespace) -> int:
    application = open_app(args, seed_catalog=False)
    try:
        user = application.users.set_role(args.name, Role(args.role))
    finally:
        application.close()
    print(translate("cli", "Peran {name}: {role}.").format(name=user.name, role=role_name(user.role)))
    return 0
