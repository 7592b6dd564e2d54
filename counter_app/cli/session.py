"""Who the command line acts for (issue 8).

- `--user NAME` (or env `COUNTER_APP_USER`): that account; the password comes from env
  `COUNTER_APP_PASSWORD`, else it is asked for on the terminal (getpass). A script without a
  terminal must set the variable; it is never read from the command line (it would show in `ps`).
- no user named: while the database has no accounts the command acts as `SYSTEM` (a fresh install
  and scripted intake keep working as before accounts existed); once an account exists, every
  command that changes something or shows a full NIK is refused with exit code 7 (read-only
  commands such as `catalog list` and `card show` still work).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from counter_app import config
from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate

if TYPE_CHECKING:
    from counter_app.app import Application

USER_ENV = "COUNTER_APP_USER"
PASSWORD_ENV = "COUNTER_APP_PASSWORD"


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAMA",
        help=translate(
            "cli",
            "akun yang bertindak (bawaan: env COUNTER_APP_USER); sandi dari env COUNTER_APP_PASSWORD "
            "atau diketik saat diminta",
        ),
    )


def open_app(args: argparse.Namespace, **options: Any) -> Application:
    """`open_application` on `--db`, signed in as `--user` when one is named."""
    from counter_app.app import open_application

    application = open_application(config.database_from(args.db), **options)
    try:
        name = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
        if name:
            application.sign_in(name, password_for(name))
    except BaseException:
        application.close()
        raise
    return application


def password_for(name: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise ValidationError(
            [
                FieldError(
                    "password",
                    translate(
                        "cli", "sandi untuk {name} tidak ada: isi env COUNTER_APP_PASSWORD atau jalankan di terminal"
                    ).format(name=name),
                )
            ]
        )
    return getpass.getpass(translate("cli", "Sandi {name}: ").format(name=name))


def new_password(args: argparse.Namespace, name: str) -> str:
    """A new password: one line of stdin with `--password-stdin`, else typed twice on the terminal."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValidationError(
            [FieldError("password", translate("cli", "tidak ada terminal: berikan sandi lewat --password-stdin"))]
        )
    first = getpass.getpass(translate("cli", "Sandi baru untuk {name}: ").format(name=name))
    second = getpass.getpass(translate("cli", "Ulangi sandi: "))
    if first != second:
        raise ValidationError([FieldError("password", translate("cli", "kedua sandi tidak sama; ulangi"))])
    return first
