"""`counter-app settings show|set`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from counter_app.i18n import translate
from counter_app.settings import SETTINGS


def add_settings_commands(commands: Any) -> None:
    settings = commands.add_parser("settings", help=translate("cli", "pengaturan kantor dan loket"))
    sub = settings.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH", required=True)
    show = sub.add_parser("show", help=translate("cli", "tampilkan semua pengaturan"))
    show.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    show.set_defaults(handler=_show)
    change = sub.add_parser("set", help=translate("cli", "ubah satu pengaturan"))
    change.add_argument("key", metavar="KEY", choices=sorted(SETTINGS))
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(handler=_set)


def _show(args: argparse.Namespace) -> int:
    from counter_app.cli.session import open_app

    application = open_app(args, seed_catalog=False)
    try:
        shown = application.settings.shown()
    finally:
        application.close()
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
    else:
        width = max(len(key) for key in shown)
        for key, value in shown.items():
            print(f"{key.ljust(width)}  {value}")
    return 0


def _set(args: argparse.Namespace) -> int:
    from counter_app.cli.session import open_app

    application = open_app(args, seed_catalog=False)
    try:
        application.settings.set(args.key, args.value)
    finally:
        application.close()
    from counter_app.services.settings import without_password

    print(translate("cli", "{key} = {value}").format(key=args.key, value=without_password(args.value)))
    return 0
