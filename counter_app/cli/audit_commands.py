"""`counter-app audit verify [--head COUNTER=HASH ...] [--json]` (issue 8).

Exit 0 when every counter's chain is intact; exit 9 naming the first altered, deleted or reordered
entry otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from counter_app.cli.session import open_app
from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate

TAMPERED_EXIT = 9


def add_audit_commands(commands: Any) -> None:
    audit = commands.add_parser("audit", help=translate("cli", "jejak audit"))
    sub = audit.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH", required=True)
    verify = sub.add_parser("verify", help=translate("cli", "periksa rantai hash jejak audit"))
    verify.add_argument(
        "--head",
        action="append",
        default=[],
        metavar="LOKET=HASH",
        help=translate("cli", "hash terakhir yang tercetak di tutup harian (periksa entri terakhir tidak dihapus)"),
    )
    verify.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    verify.set_defaults(handler=_verify)


def _heads(values: list[str]) -> dict[str, str]:
    heads = {}
    for value in values:
        counter, _, digest = value.partition("=")
        if not counter or len(digest) != 64:
            raise ValidationError(
                [FieldError("head", translate("cli", "tulis LOKET=HASH (64 karakter heksadesimal), mis. L01=ab12…"))]
            )
        heads[counter.strip()] = digest.strip().lower()
    return heads


def _verify(args: argparse.Namespace) -> int:
    heads = _heads(args.head)
    application = open_app(args, seed_catalog=False)
    try:
        reports = application.audit.verify(heads)
    finally:
        application.close()
    broken = [r for r in reports if r.problem is not None]
    if args.json:
        print(
            json.dumps(
                {
                    "ok": not broken,
                    "counters": [
                        {
                            "counter": r.counter_code,
                            "entries": r.entries,
                            "head": r.head_hash,
                            "problem": None if r.problem is None else r.problem.kind.value,
                            "entry_id": r.problem.entry.id if r.problem and r.problem.entry else None,
                            "entry_seq": r.problem.entry.seq if r.problem and r.problem.entry else None,
                            "message": r.message(),
                        }
                        for r in reports
                    ],
                },
                ensure_ascii=False,
            )
        )
    else:
        for report in reports:
            print(report.message(), file=sys.stderr if report.problem else sys.stdout)
        if not reports:
            print(translate("cli", "Jejak audit masih kosong."))
    return TAMPERED_EXIT if broken else 0
