"""`counter-app`: argument parsing, dispatch, and the error boundary of the command line.

Known errors print their Indonesian (or, with LANG=en, English) message to stderr and exit with the
error's code; anything else is a bug: logged with its traceback, reported with a reference, exit 70.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from counter_app import config, i18n
from counter_app import log as logs
from counter_app.cli import argparse_text
from counter_app.cli.audit_commands import add_audit_commands
from counter_app.cli.backup_commands import add_backup_commands
from counter_app.cli.card_commands import add_card_commands
from counter_app.cli.catalog_commands import add_catalog_commands
from counter_app.cli.demo_commands import add_demo_commands
from counter_app.cli.printer_commands import add_printer_commands
from counter_app.cli.registration_commands import add_registration_commands
from counter_app.cli.report_commands import add_report_commands
from counter_app.cli.session import add_user_option
from counter_app.cli.settings_commands import add_settings_commands
from counter_app.cli.status_commands import add_status_commands
from counter_app.cli.sync_commands import add_sync_commands
from counter_app.cli.user_commands import add_user_commands
from counter_app.errors import KnownError
from counter_app.i18n import translate

if TYPE_CHECKING:
    from counter_app.app import Application

BUG_EXIT = 70

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counter-app",
        description=translate("cli", "Loket MPP: pendaftaran berkas perizinan di loket DPMPTSP/MPP."),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate(
            "cli",
            "basis data: path berkas SQLite atau URL PostgreSQL (bawaan: env COUNTER_APP_DB, "
            "lalu berkas SQLite di folder data pengguna)",
        ),
    )
    parser.add_argument("--verbose", action="store_true", help=translate("cli", "tampilkan log di stderr"))
    add_user_option(parser)
    parser.set_defaults(handler=_gui)
    commands = parser.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH")
    gui = commands.add_parser("gui", help=translate("cli", "buka aplikasi desktop (bawaan)"))
    gui.set_defaults(handler=_gui)
    add_catalog_commands(commands)
    add_printer_commands(commands)
    add_registration_commands(commands)
    add_settings_commands(commands)
    add_card_commands(commands)
    add_demo_commands(commands)
    add_sync_commands(commands)
    add_status_commands(commands)
    add_user_commands(commands)
    add_audit_commands(commands)
    add_backup_commands(commands)
    add_report_commands(commands)
    database = commands.add_parser("db", help=translate("cli", "pengelolaan basis data"))
    database_commands = database.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH", required=True)
    upgrade = database_commands.add_parser(
        "upgrade", help=translate("cli", "buat atau perbarui skema basis data ke versi terbaru")
    )
    upgrade.set_defaults(handler=_db_upgrade)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    i18n.install(i18n.language_from_environment())
    argparse_text.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.setup(config.log_dir(), verbose=args.verbose)
    handler: Handler = args.handler
    try:
        return handler(args)
    except KnownError as error:
        print(error.message, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(translate("cli", "Dibatalkan."), file=sys.stderr)
        return 130
    except Exception:
        reference = logs.bug_reference()
        logging.getLogger("counter_app.cli").exception("bug, reference %s", reference)
        print(
            translate("cli", "Terjadi kesalahan (referensi {reference}); detailnya ada di log {path}.").format(
                reference=reference, path=config.log_dir() / "counter-app.log"
            ),
            file=sys.stderr,
        )
        return BUG_EXIT


def _gui(args: argparse.Namespace) -> int:
    """The window comes first; the database opens on a worker thread behind it (see `ui.app`)."""
    from ui.app import run_gui

    database = config.database_from(args.db)

    def open_services() -> Application:
        from counter_app.app import open_application

        return open_application(database)

    return run_gui(open_services, language=i18n.language())


def _db_upgrade(args: argparse.Namespace) -> int:
    from counter_app.app import upgrade_database

    revision = upgrade_database(config.database_from(args.db))
    print(translate("cli", "Skema basis data pada revisi {revision}.").format(revision=revision))
    return 0
