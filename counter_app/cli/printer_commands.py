"""`counter-app printer test --printer URI [--paper 58|80]`: print the test page.

Needs no database: it builds the test page (`printing.test_page`) for the paper width, sends it
through `UriTransport` and lists what to check on paper. A printer that cannot be reached is a
`PrinterError`: its Indonesian message goes to stderr with exit code 6 (the CLI's error boundary).
"""

from __future__ import annotations

import argparse
from typing import Any

from counter_app.domain.printer_profile import PrinterProfile
from counter_app.i18n import translate


def add_printer_commands(commands: Any) -> None:
    printer = commands.add_parser("printer", help=translate("cli", "printer struk"))
    sub = printer.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH", required=True)
    test = sub.add_parser(
        "test",
        help=translate("cli", "cetak halaman uji (kode halaman, QR gambar, QR bawaan, potong kertas)"),
    )
    test.add_argument(
        "--printer",
        required=True,
        metavar="URI",
        help=translate("cli", "alamat printer, misalnya tcp://192.168.1.50:9100 atau usb://04b8:0202"),
    )
    test.add_argument(
        "--paper", type=int, choices=(58, 80), default=80, help=translate("cli", "lebar kertas dalam mm (bawaan 80)")
    )
    test.add_argument("--office", default="", metavar="NAMA", help=translate("cli", "nama kantor di halaman uji"))
    test.set_defaults(handler=_test)


def _test(args: argparse.Namespace) -> int:
    from printing import UriTransport, build_test_page
    from printing.test_page import checks

    profile = PrinterProfile(paper_mm=args.paper)
    UriTransport().send(args.printer, build_test_page(profile, office_name=args.office))
    print(translate("cli", "Halaman uji terkirim ke {uri}. Periksa hasil cetaknya:").format(uri=args.printer))
    for check in checks():
        print(f"  [ ] {check.question}")
    print(
        translate(
            "cli",
            "Lalu simpan profil printer: printer.paper_mm={paper}; printer.qr=native hanya jika QR bawaan "
            "terbaca (selain itu image); printer.cut=false jika kertas tidak terpotong.",
        ).format(paper=args.paper)
    )
    return 0
