"""`counter-app backup PATH`: a consistent copy of the SQLite database (PostgreSQL: use pg_dump)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counter_app.cli.session import open_app
from counter_app.i18n import translate


def add_backup_commands(commands: Any) -> None:
    backup = commands.add_parser("backup", help=translate("cli", "cadangkan basis data SQLite ke berkas baru"))
    backup.add_argument("path", metavar="PATH", type=Path)
    backup.set_defaults(handler=_backup)


def _backup(args: argparse.Namespace) -> int:
    application = open_app(args, seed_catalog=False)
    try:
        size = application.backup.backup(args.path)
    finally:
        application.close()
    print(
        translate("cli", "Cadangan tersimpan: {path} ({size} KB). Buka dengan --db {path}.").format(
            path=args.path, size=(size + 1023) // 1024
        )
    )
    return 0
