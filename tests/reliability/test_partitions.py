"""Partition suite: four counters register while the hub is unreachable half the time.

Four counter processes (the sync tests' `tests.sync.counter_driver`, each on its own SQLite file)
register files, move cards forward and try to sync after every round, against a real PostgreSQL
hub reached through the sync tests' loopback `Proxy`. While they work, the test cuts the proxy and
restores it at random, the same time on average in each state (the share of time the hub was
unreachable is measured and reported), breaking connections in the middle of pushes and pulls.
No counter process may fail. When they are done the network comes back, every counter syncs, and:

- the hub holds exactly 4 × N files, the ones the counters made, each once, numbers unique;
- every counter holds the same files, card events, card projections and applicants as the hub,
  and an empty outbox;
- the cards derived from the events (`card show`) are identical on the hub and on every counter.

Small: 4 counters × 25 files; RELIABILITY_FULL=1: 4 counters × 500 files (2,000 on the hub).
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

import pytest
from sqlalchemy.engine import make_url

from counter_app.app import open_application
from db import create_engine_for
from db.models import RegistrationRow, SyncOutboxRow
from tests.helpers.databases import requires_postgres
from tests.reliability.size import note, scale
from tests.sync import conftest as sync_fixtures
from tests.sync.proxy import Proxy
from tests.sync.test_processes import _count, _snapshot

pytestmark = [requires_postgres, pytest.mark.slow]
counter_template = sync_fixtures._counter_template  # the sync tests' fixture: a counter file with the catalog
ROOT = Path(__file__).resolve().parents[2]
COUNTERS = 4
ROUNDS, FILES = scale((5, 5), (100, 5))  # files per counter = ROUNDS x FILES
CARD_SAMPLE = scale(30, 300)
TIMEOUT_S = scale(300, 3600)


@pytest.fixture
def hub(postgres_database_url: str) -> Iterator[tuple[str, Proxy]]:
    """The hub's URL through the proxy, and the proxy."""
    url = make_url(postgres_database_url)
    proxy = Proxy((url.host or "127.0.0.1", url.port or 5432))
    try:
        yield url.set(port=proxy.port).render_as_string(hide_password=False), proxy
    finally:
        proxy.stop()


def test_four_counters_and_a_hub_unreachable_half_the_time_converge(
    hub: tuple[str, Proxy], postgres_database_url: str, counter_template: Path, tmp_path: Path
) -> None:
    started = time.monotonic()
    hub_url, proxy = hub
    codes = [f"L{i:02d}" for i in range(1, COUNTERS + 1)]
    paths = {code: tmp_path / f"{code}.db" for code in codes}
    outs = {code: tmp_path / f"{code}.json" for code in codes}
    for code in codes:
        shutil.copyfile(counter_template, paths[code])
        (tmp_path / f"escpos-{code}").mkdir()
    proxy.cut()  # the counters start offline
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.counter_driver",
                *("--db", str(paths[code]), "--code", code, "--index", str(index), "--hub", hub_url),
                *("--rounds", str(ROUNDS), "--files", str(FILES), "--seed", str(index), "--out", str(outs[code])),
            ],
            cwd=ROOT,
            env={**os.environ, "ESCPOS_CAPABILITIES_PICKLE_DIR": str(tmp_path / f"escpos-{code}")},
        )
        for index, code in enumerate(codes, 1)
    ]
    deadline = time.monotonic() + TIMEOUT_S
    schedule = random.Random(9)
    down_s = up_s = 0.0
    try:
        while any(p.poll() is None for p in processes) and time.monotonic() < deadline:
            for state in ("down", "up"):
                if state == "up":
                    proxy.restore()
                pause = schedule.uniform(0.5, 1.5)
                time.sleep(pause)
                if state == "up":
                    proxy.cut()
                    up_s += pause
                else:
                    down_s += pause
        exits = [p.wait(timeout=max(deadline - time.monotonic(), 1)) for p in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert exits == [0] * COUNTERS
    working_s = time.monotonic() - started
    made = {code: json.loads(outs[code].read_text()) for code in codes}
    assert all(m["failed_syncs"] > 0 for m in made.values())  # every counter worked offline
    assert 0.35 < down_s / (down_s + up_s) < 0.65

    # The network is back: every counter syncs until nothing is left to push or pull.
    proxy.restore()
    for _ in range(2):
        for code in codes:
            app = open_application(str(paths[code]), seed_catalog=False)
            try:
                report = app.sync.sync_once(hub_url)
            finally:
                app.close()
    assert report.waiting == 0

    made_ids = sorted(i for m in made.values() for i in m["registrations"])
    assert len(made_ids) == len(set(made_ids)) == COUNTERS * ROUNDS * FILES
    hub_engine = create_engine_for(postgres_database_url)
    engines = {code: create_engine_for(str(paths[code])) for code in codes}
    try:
        expected = _snapshot(hub_engine)
        assert _count(hub_engine, RegistrationRow) == COUNTERS * ROUNDS * FILES
        assert sorted(row[0] for row in expected["files"]) == made_ids  # each file once on the hub
        assert len({row[1] for row in expected["files"]}) == len(made_ids)  # numbers unique
        assert len(expected["events"]) == sum(m["events"] for m in made.values())  # each event once
        for code, engine in engines.items():
            assert _snapshot(engine) == expected, code
            assert _count(engine, SyncOutboxRow) == 0, code
    finally:
        hub_engine.dispose()
        for engine in engines.values():
            engine.dispose()

    # Card states derived from the events agree everywhere.
    reg_nos = sorted(row[1] for row in expected["files"])
    sample = random.Random(1).sample(reg_nos, min(CARD_SAMPLE, len(reg_nos)))
    views = []
    for database in [postgres_database_url, *(str(p) for p in paths.values())]:
        app = open_application(database, seed_catalog=False)
        try:
            views.append([app.cards.show(reg_no).to_json() for reg_no in sample])
        finally:
            app.close()
    assert all(view == views[0] for view in views)
    note(
        "partitions",
        counters=COUNTERS,
        files_per_counter=ROUNDS * FILES,
        hub_files=len(made_ids),
        events=len(expected["events"]),
        cuts=proxy.cuts,
        hub_down_share=round(down_s / (down_s + up_s), 2),
        syncs=sum(m["syncs"] for m in made.values()),
        failed_syncs=sum(m["failed_syncs"] for m in made.values()),
        cards_compared=len(sample) * len(views),
        working_seconds=round(working_s, 1),
        seconds=round(time.monotonic() - started, 1),
    )
