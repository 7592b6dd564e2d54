"""`counter-app report daily|recap|sla --from DATE --to DATE [--counter C] [--out FILE.pdf|FILE.csv]`.

Without `--out` the report goes to stdout as CSV. `report daily --printer URI` also prints the
daily close on the thermal receipt printer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from counter_app.cli.session import open_app
from counter_app.errors import FieldError, KnownError, ValidationError
from counter_app.i18n import translate
from counter_app.services.reports import parse_day


def add_report_commands(commands: Any) -> None:
    report = commands.add_parser("report", help=translate("cli", "laporan (PDF atau CSV) dan tutup harian"))
    sub = report.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH", required=True)
    for name, help_text in (
        ("daily", translate("cli", "tutup harian per petugas dan loket")),
        ("recap", translate("cli", "rekap per periode × jenis izin")),
        ("sla", translate("cli", "kepatuhan SLA per jenis izin, dengan grafik")),
    ):
        parser = sub.add_parser(name, help=help_text)
        parser.add_argument("--from", dest="start", required=True, metavar="TTTT-BB-HH")
        parser.add_argument(
            "--to", dest="end", metavar="TTTT-BB-HH", help=translate("cli", "bawaan: sama dengan --from")
        )
        parser.add_argument("--counter", metavar="LOKET", help=translate("cli", "hanya loket ini"))
        parser.add_argument(
            "--out",
            type=Path,
            metavar="FILE.pdf|FILE.csv",
            help=translate("cli", "berkas keluaran (bawaan: CSV ke layar)"),
        )
        if name == "daily":
            parser.add_argument("--printer", metavar="URI", help=translate("cli", "cetak juga di printer struk"))
        if name == "recap":
            parser.add_argument(
                "--by", choices=["day", "month"], default="month", help=translate("cli", "per hari atau bulan")
            )
        parser.set_defaults(handler=_report, report=name)


def _report(args: argparse.Namespace) -> int:
    start = parse_day(args.start, "from")
    end = parse_day(args.end, "to") if args.end else start
    suffix = args.out.suffix.lower() if args.out else ".csv"
    if suffix not in (".pdf", ".csv"):
        raise ValidationError([FieldError("out", translate("cli", "nama berkas harus berakhiran .pdf atau .csv"))])
    application = open_app(args, seed_catalog=False)
    try:
        service = application.reports
        if args.report == "daily":
            close = service.daily(start, end, args.counter)
            table = service.daily_table(close)
            if args.printer:
                service.print_daily(close, args.printer)
        elif args.report == "recap":
            table = service.recap(start, end, args.counter, by_month=args.by == "month")
        else:
            table = service.sla(start, end, args.counter)
        data = service.pdf(table) if suffix == ".pdf" else table.to_csv().encode("utf-8")
    finally:
        application.close()
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    try:
        args.out.write_bytes(data)
    except OSError as error:
        raise KnownError(
            translate("cli", "Tidak dapat menulis {path}: {error}").format(path=args.out, error=error.strerror)
        ) from None
    print(translate("cli", "Laporan tersimpan: {path}").format(path=args.out))
    return 0
