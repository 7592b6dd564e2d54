"""`counter-app status-server [--host --port]`: the public status page behind the receipt QR."""

from __future__ import annotations

import argparse
from typing import Any

from counter_app import config, i18n
from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate


def add_status_commands(commands: Any) -> None:
    server = commands.add_parser(
        "status-server",
        help=translate("cli", "jalankan halaman status publik (alamat pada QR tanda terima)"),
        description=translate(
            "cli",
            "Halaman status publik: /t/KODE (halaman), /api/t/KODE (JSON). Pasang alamat publiknya di "
            "pengaturan status.base_url.",
        ),
    )
    server.add_argument(
        "--host", default="127.0.0.1", help=translate("cli", "alamat yang didengarkan (bawaan: 127.0.0.1)")
    )
    server.add_argument("--port", type=int, default=8080, help=translate("cli", "port (bawaan: 8080)"))
    server.add_argument("--workers", type=int, default=1, help=translate("cli", "jumlah proses (bawaan: 1)"))
    server.add_argument(
        "--rate-limit",
        type=float,
        default=60.0,
        metavar="N",
        help=translate("cli", "permintaan per menit per klien (bawaan: 60)"),
    )
    server.add_argument(
        "--burst",
        type=int,
        default=30,
        metavar="N",
        help=translate("cli", "permintaan beruntun per klien (bawaan: 30)"),
    )
    server.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help=translate(
            "cli",
            "di belakang reverse proxy: alamat proxy yang dipercaya untuk X-Forwarded-For (mis. 127.0.0.1)",
        ),
    )
    server.add_argument(
        "--access-log", action="store_true", help=translate("cli", "catat setiap permintaan (bawaan: tidak)")
    )
    server.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    errors = []
    if not 0 < args.port < 65536:
        errors.append(FieldError("port", translate("cli", "port harus 1–65535")))
    if args.workers < 1:
        errors.append(FieldError("workers", translate("cli", "jumlah proses minimal 1")))
    if args.rate_limit <= 0 or args.burst < 1:
        errors.append(FieldError("rate-limit", translate("cli", "batas permintaan harus lebih dari 0")))
    if errors:
        raise ValidationError(errors)
    from counter_app.app import serve_status_page

    serve_status_page(
        config.database_from(args.db),
        host=args.host,
        port=args.port,
        workers=args.workers,
        per_minute=args.rate_limit,
        burst=args.burst,
        forwarded_allow_ips=args.forwarded_allow_ips,
        access_log=args.access_log,
        language=i18n.language(),
    )
    return 0
