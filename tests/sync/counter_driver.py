"""One counter as its own process, for the multi-process sync test.

    python -m tests.sync.counter_driver --db L01.db --code L01 --hub URL --rounds 4 --files 2 --out L01.json

Each round: register `--files` files (new applicants, and now and then a returning "shared"
applicant whose address this counter changes), advance a few open files (its own and those pulled
from other counters), then try one sync (the hub may be cut off: that is noted, not fatal). It
writes what it made to `--out` as JSON: registration ids, card event count, the addresses it
wrote, how many syncs failed. After each round's sync attempt it writes the number of rounds done
to `<out>.progress`.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

from counter_app.app import open_application
from counter_app.domain.control_card import CardAction
from counter_app.domain.sync import HubUnreachable
from counter_app.errors import KnownError
from counter_app.services.registration import Registered, RegistrationRequest

PERMIT = "IZIN-24201"
SHARED = [f"321401170885{9000 + n:04d}" for n in range(1, 4)]  # people who come to every counter


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--index", type=int, required=True)
    parser.add_argument("--hub", required=True)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--files", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    app = open_application(args.db)
    app.settings.set_many({"office.code": "PWK", "counter.code": args.code})
    made: dict[str, Any] = {"registrations": [], "events": 0, "addresses": [], "failed_syncs": 0, "syncs": 0}
    serial = 0
    try:
        # As the desktop app does on start: a first sync attempt (it starts recording local changes).
        made["syncs"] += 1
        try:
            app.sync.sync_once(args.hub)
        except HubUnreachable:
            made["failed_syncs"] += 1
        for round_no in range(args.rounds):
            for _ in range(args.files):
                serial += 1
                shared = rng.random() < 0.3
                nik = rng.choice(SHARED) if shared else f"321401170885{args.index * 1000 + serial:04d}"
                address = f"Jl. {args.code} ronde {round_no} no {serial}"
                applicant = {"name": f"Pemohon {nik[-4:]}", "nik": nik, "phone": "0812-3456-7890", "address": address}
                outcome = app.registration.submit(RegistrationRequest(PERMIT, applicant, f"petugas-{args.code}"))
                assert isinstance(outcome, Registered)
                made["registrations"].append(outcome.registration.id)
                made["addresses"].append(address)
                made["events"] += 1
            queue = app.cards.queue()
            for row in rng.sample(queue, min(2, len(queue))):
                try:
                    app.cards.act(row.reg_no, CardAction.ADVANCED, f"bo-{args.code}", row.stage_role)
                    made["events"] += 1
                except KnownError:
                    pass  # the last stage, or a role rule: not every file can advance
            made["syncs"] += 1
            try:
                app.sync.sync_once(args.hub)
            except HubUnreachable:
                made["failed_syncs"] += 1
            Path(args.out + ".progress").write_text(str(round_no + 1))  # the test waits on this
            time.sleep(rng.uniform(0.02, 0.15))
    finally:
        app.close()
    Path(args.out).write_text(json.dumps(made))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
