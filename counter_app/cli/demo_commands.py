"""`counter-app demo --applications N`: realistic demo data, with a progress bar."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate


def add_demo_commands(commands: Any) -> None:
    demo = commands.add_parser("demo", help=translate("cli", "isi basis data dengan data contoh"))
    demo.add_argument(
        "--applications", type=int, required=True, metavar="N", help=translate("cli", "jumlah berkas contoh")
    )
    demo.add_argument(
        "--seed", type=int, default=2026, help=translate("cli", "benih acak (hasil sama untuk benih sama)")
    )
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    if args.applications < 1:
        raise ValidationError([FieldError("applications", translate("cli", "jumlah berkas harus 1 atau lebih"))])
    from counter_app.cli.session import open_app

    application = open_app(args)
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        width = 30
        filled = width * done // total
        rate = done / max(time.monotonic() - started, 1e-6)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}  {rate:,.0f}/s")
        sys.stderr.flush()

    try:
        written = application.demo.fill(args.applications, progress, args.seed)
    finally:
        application.close()
    sys.stderr.write("\n")
    print(
        translate("cli", "{count} berkas contoh dibuat dalam {seconds:.0f} detik.").format(
            count=written, seconds=time.monotonic() - started
        )
    )
    return 0
