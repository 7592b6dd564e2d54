"""Counters as separate processes, each on its own SQLite file, syncing with the real PostgreSQL hub
through a loopback proxy that the test cuts and restores; and a sync process killed between the
hub's commit and the counter's acknowledgement.

Small by default (seconds); COUNTER_APP_SYNC_FULL=1 runs 5 counters x 20 rounds x 5 files.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from counter_app.app import open_application
from db import create_engine_for
from db.models import (
    ApplicantRow,
    CardEventRow,
    RegistrationRow,
    SyncChangeRow,
    SyncConflictRow,
    SyncOutboxRow,
)
from tests.helpers.databases import requires_postgres
from tests.sync.conftest import Counters, advance, register
from tests.sync.proxy import Proxy

pytestmark = [requires_postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
FULL = os.environ.get("COUNTER_APP_SYNC_FULL") == "1"
TIMEOUT_S = 600 if FULL else 120


@pytest.fixture
def proxy(postgres_database_url: str) -> Iterator[Proxy]:
    url = make_url(postgres_database_url)
    made = Proxy((url.host or "127.0.0.1", url.port or 5432))
    try:
        yield made
    finally:
        made.stop()


def _through(url: str, proxy: Proxy) -> str:
    return make_url(url).set(port=proxy.port).render_as_string(hide_password=False)


def _cli(db: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counter_app", "--db", str(db), *argv],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def _snapshot(engine: Engine) -> dict[str, Any]:
    """What must be identical on every replica: files, events, card projections, applicants."""
    with engine.connect() as conn:
        files = conn.execute(
            select(
                RegistrationRow.id,
                RegistrationRow.reg_no,
                RegistrationRow.card_stage,
                RegistrationRow.card_status,
                RegistrationRow.card_since,
                RegistrationRow.card_last_by,
            )
        ).all()
        events = conn.scalars(select(CardEventRow.id)).all()
        applicants = conn.execute(select(ApplicantRow.id, ApplicantRow.document)).all()
    return {
        "files": sorted(tuple(str(v) for v in row) for row in files),
        "events": sorted(str(e) for e in events),
        "applicants": sorted((str(i), d) for i, d in applicants),
    }


def _count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def test_counters_in_separate_processes_converge_over_an_unreliable_network(
    counters: Counters, postgres_database_url: str, proxy: Proxy, tmp_path: Path
) -> None:
    n_counters, rounds, files = (5, 20, 5) if FULL else (3, 4, 2)
    hub = _through(postgres_database_url, proxy)
    codes = [f"L{i:02d}" for i in range(1, n_counters + 1)]
    paths = {code: counters.path(code) for code in codes}
    for path in paths.values():
        shutil.copyfile(counters.template, path)
    outs = {code: tmp_path / f"{code}.json" for code in codes}
    for code in codes:
        (tmp_path / f"escpos-{code}").mkdir()

    proxy.cut()  # the hub is unreachable when the counters start
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.counter_driver",
                "--db",
                str(paths[code]),
                "--code",
                code,
                "--index",
                str(index),
                "--hub",
                hub,
                "--rounds",
                str(rounds),
                "--files",
                str(files),
                "--seed",
                str(index),
                "--out",
                str(outs[code]),
            ],
            cwd=ROOT,
            # python-escpos caches its capabilities in a pickle; processes importing it for the first
            # time at once race on that file (EOFError): give each its own folder.
            env={**os.environ, "ESCPOS_CAPABILITIES_PICKLE_DIR": str(tmp_path / f"escpos-{code}")},
        )
        for index, code in enumerate(codes, 1)
    ]
    deadline = time.monotonic() + TIMEOUT_S

    def progress(code: str) -> int:
        marker = Path(str(outs[code]) + ".progress")
        return int(marker.read_text() or 0) if marker.exists() else 0

    # Every counter registers and syncs (in vain) at least one round offline ...
    while min(progress(code) for code in codes) < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    # ... then the network comes and goes while they work.
    schedule = random.Random(7)
    while any(p.poll() is None for p in processes) and time.monotonic() < deadline:
        proxy.restore()
        time.sleep(schedule.uniform(0.2, 0.8))
        proxy.cut()
        time.sleep(schedule.uniform(0.1, 0.5))
    assert [p.wait(timeout=max(deadline - time.monotonic(), 1)) for p in processes] == [0] * n_counters
    made = {code: json.loads(outs[code].read_text()) for code in codes}
    assert all(m["failed_syncs"] >= 1 for m in made.values())
    assert proxy.cuts >= 2

    # The network is back: two rounds of sync on every counter (the command line is exercised by
    # the test below; here the counters are opened in this process, which is quicker).
    proxy.restore()
    apps = [open_application(str(paths[code]), seed_catalog=False) for code in codes]
    hub_app = open_application(postgres_database_url, seed_catalog=False)
    hub_engine = create_engine_for(postgres_database_url)
    engines = {code: create_engine_for(str(paths[code])) for code in codes}
    try:
        for _ in range(2):
            for app in apps:
                report = app.sync.sync_once(hub)
        assert report.waiting == 0

        made_ids = sorted(i for m in made.values() for i in m["registrations"])
        assert len(made_ids) == len(set(made_ids)) == n_counters * rounds * files
        expected = _snapshot(hub_engine)
        assert sorted(row[0] for row in expected["files"]) == made_ids  # every file exactly once on the hub
        assert len({row[1] for row in expected["files"]}) == len(made_ids)  # numbers unique
        assert len(expected["events"]) == sum(m["events"] for m in made.values())  # every event exactly once
        for code, engine in engines.items():
            assert _snapshot(engine) == expected, code  # the same files, events, cards, applicants
            assert _count(engine, SyncOutboxRow) == 0

        # Card states derived from the events, not only the stored projection, agree everywhere.
        sample = [row[1] for row in expected["files"]][:: max(1, len(expected["files"]) // 10)]
        views = [[app.cards.show(reg_no).to_json() for reg_no in sample] for app in [hub_app, *apps]]
        assert all(view == views[0] for view in views)

        # Applicant versions written on several counters: each one reached the hub, either as
        # the version it holds (logged) or kept in a conflict for a supervisor. None dropped.
        with hub_engine.connect() as conn:
            logged = "\n".join(conn.scalars(select(SyncChangeRow.payload).where(SyncChangeRow.entity == "applicant")))
            kept = "\n".join(conn.scalars(select(SyncConflictRow.incoming)))
        for m in made.values():
            for address in m["addresses"]:
                assert address in logged or address in kept, address
    finally:
        hub_engine.dispose()
        for engine in engines.values():
            engine.dispose()
        for app in [hub_app, *apps]:
            app.close()


def test_a_sync_killed_after_the_hub_committed_loses_and_doubles_nothing(
    counters: Counters, postgres_database_url: str
) -> None:
    app = counters.open("L01")
    for _ in range(3):
        advance(app, register(app).registration.reg_no)
    app.close()
    db = counters.path("L01")
    counter = create_engine_for(str(db))
    hub = create_engine_for(postgres_database_url)
    try:
        killed = _cli(
            db, "sync", "--hub", postgres_database_url, "--once", env={"COUNTER_APP_TEST_CRASH_AFTER_SEND": "1"}
        )
        assert killed.returncode == 99, killed.stderr
        waiting = _count(counter, SyncOutboxRow)
        assert waiting == 3 + 1 + 3 + 6  # catalog, applicant, files, events: none acknowledged
        assert (_count(hub, RegistrationRow), _count(hub, CardEventRow)) == (3, 6)  # ... but all on the hub
        logged = _count(hub, SyncChangeRow)
        assert logged == waiting

        again = _cli(db, "sync", "--hub", postgres_database_url, "--once", "--json")
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout) == {
            "pushed": waiting,
            "pulled": waiting,
            "waiting": 0,
            "conflicts": 0,
            "cursor": logged,
        }
        assert _count(counter, SyncOutboxRow) == 0
        assert (_count(hub, RegistrationRow), _count(hub, CardEventRow), _count(hub, SyncChangeRow)) == (3, 6, logged)
        assert (_count(counter, RegistrationRow), _count(counter, CardEventRow)) == (3, 6)
    finally:
        counter.dispose()
        hub.dispose()
