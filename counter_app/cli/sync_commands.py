"""`counter-app sync --hub URL [--once]`, `sync status|bootstrap|conflicts|resolve`.

`sync` without `--once` keeps syncing every `sync.interval_s` seconds until interrupted; a hub that
cannot be reached is reported on stderr and tried again. `--once` exits 5 when it cannot reach it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from counter_app import config
from counter_app.domain.sync import Conflict, HubUnreachable, Keep, SyncReport
from counter_app.i18n import translate

CRASH_AFTER_SEND_ENV = "COUNTER_APP_TEST_CRASH_AFTER_SEND"
"""Tests only: when set, the process dies right after the hub committed a batch, before the counter
forgets it (the moment a crash must neither lose nor double anything)."""
CRASH_EXIT = 99


def add_sync_commands(commands: Any) -> None:
    sync = commands.add_parser("sync", help=translate("cli", "sinkronisasi dengan hub PostgreSQL"))
    _hub_option(sync, argparse.SUPPRESS)
    sync.add_argument("--once", action="store_true", help=translate("cli", "sekali kirim dan terima, lalu selesai"))
    sync.add_argument(
        "--interval",
        type=float,
        metavar="DETIK",
        help=translate("cli", "jeda sinkronisasi (bawaan: sync.interval_s)"),
    )
    sync.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    sync.set_defaults(handler=_sync)
    sub = sync.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH")

    status = sub.add_parser("status", help=translate("cli", "keadaan sinkronisasi loket ini (tanpa menghubungi hub)"))
    status.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    status.set_defaults(handler=_status)

    bootstrap = sub.add_parser(
        "bootstrap", help=translate("cli", "siapkan loket baru dari hub: pengaturan kantor dan semua data")
    )
    _hub_option(bootstrap, None, required=True)
    bootstrap.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    bootstrap.set_defaults(handler=_bootstrap)

    conflicts = sub.add_parser("conflicts", help=translate("cli", "data pemohon yang diubah di dua loket"))
    _hub_option(conflicts, argparse.SUPPRESS)
    conflicts.add_argument("--all", action="store_true", help=translate("cli", "termasuk yang sudah diselesaikan"))
    conflicts.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    conflicts.set_defaults(handler=_conflicts)

    resolve = sub.add_parser("resolve", help=translate("cli", "pilih versi yang dipakai untuk satu konflik"))
    resolve.add_argument("conflict_id", metavar="ID")
    resolve.add_argument(
        "--keep",
        required=True,
        choices=[k.value for k in Keep],
        help=translate("cli", "current: versi di hub tetap; incoming: versi yang datang kemudian dipakai"),
    )
    resolve.add_argument("--by", required=True, metavar="USER", help=translate("cli", "supervisor yang memutuskan"))
    _hub_option(resolve, argparse.SUPPRESS)
    resolve.set_defaults(handler=_resolve)


def _hub_option(parser: argparse.ArgumentParser, default: Any, *, required: bool = False) -> None:
    # SUPPRESS: a subcommand's own --hub must not overwrite the one given before it.
    parser.add_argument(
        "--hub",
        metavar="URL",
        default=default,
        required=required,
        help=translate("cli", "URL PostgreSQL hub (bawaan: pengaturan hub.url)"),
    )


def _crash_hook() -> Callable[[], None] | None:
    if not os.environ.get(CRASH_AFTER_SEND_ENV):
        return None

    def crash() -> None:
        sys.stdout.flush()
        os._exit(CRASH_EXIT)

    return crash


def _sync(args: argparse.Namespace) -> int:
    from counter_app.app import open_application

    application = open_application(config.database_from(args.db), sync_after_send=_crash_hook())
    try:
        hub = getattr(args, "hub", None)
        if args.once:
            _print_report(args, application.sync.sync_once(hub))
            return 0
        interval = args.interval or float(application.settings.current().get("sync.interval_s"))
        while True:
            try:
                _print_report(args, application.sync.sync_once(hub))
            except HubUnreachable as error:
                print(error.message, file=sys.stderr, flush=True)
            time.sleep(interval)
    finally:
        application.close()


def _print_report(args: argparse.Namespace, report: SyncReport) -> None:
    if args.json:
        print(json.dumps(report.to_json()), flush=True)
        return
    text = translate("cli", "Terkirim {pushed}, diterima {pulled}, menunggu {waiting}, konflik baru {conflicts}.")
    print(
        text.format(pushed=report.pushed, pulled=report.pulled, waiting=report.waiting, conflicts=report.conflicts),
        flush=True,
    )


def _status(args: argparse.Namespace) -> int:
    from counter_app.app import open_application

    application = open_application(config.database_from(args.db), seed_catalog=False)
    try:
        status = application.sync.status()
        timezone = str(application.settings.current().get("office.timezone"))
    finally:
        application.close()
    if args.json:
        print(json.dumps(status.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(translate("cli", "Hub: {hub}").format(hub=status.hub or "-"))
    print(translate("cli", "Keadaan: {label}").format(label=status.label(timezone)))
    if status.error:
        print(translate("cli", "Kesalahan terakhir: {error}").format(error=status.error))
    return 0


def _bootstrap(args: argparse.Namespace) -> int:
    from counter_app.app import open_application

    application = open_application(config.database_from(args.db))
    try:
        report = application.sync.bootstrap(args.hub)
    finally:
        application.close()
    _print_report(args, report)
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from counter_app.app import open_application

    application = open_application(config.database_from(args.db), seed_catalog=False)
    try:
        found = application.sync.conflicts(getattr(args, "hub", None), include_closed=args.all)
    finally:
        application.close()
    if args.json:
        print(json.dumps([c.to_json() for c in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(translate("cli", "Tidak ada konflik."))
        return 0
    for conflict in found:
        _print_conflict(conflict)
    return 0


def _print_conflict(conflict: Conflict) -> None:
    data = conflict.to_json()
    print(
        translate("cli", "{id}  {entity} {key}  dari {origin}  {at}  [{status}]").format(
            id=conflict.id,
            entity=conflict.entity,
            key=conflict.key,
            origin=conflict.origin,
            at=conflict.detected_at.isoformat(timespec="minutes"),
            status=conflict.status.value,
        )
    )
    current, incoming = _document(data["current"]), _document(data["incoming"])
    for name in sorted(set(current) | set(incoming)):
        if current.get(name) != incoming.get(name):
            print(
                translate("cli", "    {field}: di hub {current!r} / datang {incoming!r}").format(
                    field=name, current=current.get(name), incoming=incoming.get(name)
                )
            )


def _document(record: dict[str, Any]) -> dict[str, Any]:
    """The fields a supervisor compares: an applicant's document, or the record itself."""
    document = record.get("document")
    if isinstance(document, str):
        try:
            loaded = json.loads(document)
        except json.JSONDecodeError:
            return record
        return loaded if isinstance(loaded, dict) else record
    return {key: value for key, value in record.items() if not key.startswith("_")}


def _resolve(args: argparse.Namespace) -> int:
    from counter_app.app import open_application

    application = open_application(config.database_from(args.db), seed_catalog=False)
    try:
        conflict = application.sync.resolve(args.conflict_id, Keep(args.keep), args.by, getattr(args, "hub", None))
    finally:
        application.close()
    print(translate("cli", "Konflik {id} diselesaikan: versi {keep} dipakai.").format(id=conflict.id, keep=args.keep))
    return 0
