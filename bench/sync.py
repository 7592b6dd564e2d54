"""Sync with the PostgreSQL hub: pushing 10,000 outbox events, and a counter 500 files behind.

    uv run python -m bench.sync [--pg URL] [--runs 3] [--quick] [--output bench/results/sync.json]

Goals (issue 7): 10,000 outbox events pushed in ≤ 5 s; a counter 500 registrations behind catches
up in ≤ 3 s.

- push: a counter (SQLite) with 10,000 changes waiting in its outbox, made through the services:
  2,500 registrations of new applicants (applicant, file, first card event: 3 changes each) and
  2,500 card advances. Timed: `SyncService.push` of all of them to a hub that has nothing yet (a
  fresh database copied from a hub template for every run, the counter file restored from a copy).
  It includes everything the hub does: de-duplication, inserts, the log, re-projecting the cards.
- catch-up: a second counter, set up from the hub before; then the first registers 500 more files
  and pushes them. Timed: `SyncService.pull` on the second counter (1,500 changes: write them,
  re-project 500 cards, move the cursor), from a copy of its file for every run.

The hub is a PostgreSQL database on `--pg`'s server (default: COUNTER_APP_TEST_PG_URL, else
postgresql://postgres@127.0.0.1:5432/postgres), created and dropped here. `--quick`: 2,000 events
and 100 files behind (a smoke test; its figures are not the evidence).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from counter_app.app import Application, open_application
from counter_app.domain.control_card import CardAction
from counter_app.services.registration import Registered, RegistrationRequest

RESULTS = Path(__file__).resolve().parent / "results" / "sync.json"
PUSH_GOAL_S = 5.0
CATCH_UP_GOAL_S = 3.0
PERMIT = "IZIN-24201"
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=os.environ.get("COUNTER_APP_TEST_PG_URL") or DEFAULT_PG)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--output", default=str(RESULTS))
    args = parser.parse_args()
    events, behind = (2_000, 100) if args.quick else (10_000, 500)

    with tempfile.TemporaryDirectory() as folder, Server(args.pg) as server:
        work = Path(folder)
        template = server.create()
        hub_template = server.url(template)
        app = open_application(hub_template, seed_catalog=False)
        app.sync.conflicts(hub_template)  # reaches it: schema, made the hub
        app.close()

        # -- push ----------------------------------------------------------------------------
        counter = work / "counter.db"
        app = open_application(str(counter))
        app.settings.set_many({"office.code": "PWK", "counter.code": "L01"})
        with app.sync._uow() as uow:  # record from the start (what the first sync does)
            uow.sync.start_recording()
            uow.commit()
        started = time.perf_counter()
        made = make_changes(app, events - app.sync.status().waiting)
        print(f"{made:,} changes made in {time.perf_counter() - started:.0f} s", flush=True)
        waiting = app.sync.status().waiting
        app.close()
        shutil.copyfile(counter, work / "counter-ready.db")

        push_s: list[float] = []
        for run in range(args.runs):
            shutil.copyfile(work / "counter-ready.db", counter)
            hub = server.url(server.create(template))
            app = open_application(str(counter), seed_catalog=False)
            try:
                app.sync.conflicts(hub)  # connect and check the hub outside the timing
                app.calendar.calendar()  # built once per process (a running counter has it)
                began = time.perf_counter()
                report = app.sync.push(hub)
                push_s.append(time.perf_counter() - began)
            finally:
                app.close()
            assert report.pushed == waiting, report
            assert report.waiting == 0, report
            print(f"push run {run + 1}: {waiting:,} events in {push_s[-1]:.2f} s", flush=True)

        # -- catch-up ------------------------------------------------------------------------
        # The last run's hub holds everything pushed; a second counter is set up from it.
        late = work / "late.db"
        app = open_application(str(late), seed_catalog=False)
        app.sync.bootstrap(hub)
        app.close()
        app = open_application(str(counter), seed_catalog=False)
        try:
            make_changes(app, behind * 3, first=events, advances=False)
            app.sync.push(hub)
        finally:
            app.close()
        shutil.copyfile(late, work / "late-ready.db")
        pull_s: list[float] = []
        pulled = 0
        for run in range(max(args.runs, 5)):
            shutil.copyfile(work / "late-ready.db", late)
            app = open_application(str(late), seed_catalog=False)
            try:
                app.sync.conflicts(hub)
                app.calendar.calendar()
                began = time.perf_counter()
                report = app.sync.pull(hub)
                pull_s.append(time.perf_counter() - began)
            finally:
                app.close()
            pulled = report.pulled
            print(f"catch-up run {run + 1}: {pulled:,} changes ({behind} files) in {pull_s[-1]:.2f} s", flush=True)

    rows = [
        row(f"push {waiting:,} outbox events", push_s, PUSH_GOAL_S),
        row(f"catch up {behind} files behind ({pulled:,} changes)", pull_s, CATCH_UP_GOAL_S),
    ]
    result = {
        "rows": rows,
        "quick": args.quick,
        "machine": {"cores": os.cpu_count()},
        "push": {"events": waiting, "runs_s": push_s, "events_per_s": round(waiting / statistics.median(push_s))},
        "catch_up": {"files": behind, "changes": pulled, "runs_s": pull_s},
    }
    print(json.dumps(rows, indent=2))
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


def row(name: str, samples: list[float], goal_s: float) -> dict[str, Any]:
    median = statistics.median(samples)
    return {
        "name": name,
        "median": round(median, 3),
        "p95": round(max(samples), 3),
        "unit": "s",
        "goal": f"≤ {goal_s:g} s",
        "ok": median <= goal_s and max(samples) <= goal_s,
    }


def make_changes(app: Application, count: int, *, first: int = 0, advances: bool = True) -> int:
    """At least `count` outbox changes through the services: registrations of new applicants (3
    changes each; applicant number `first` onwards) and, with `advances`, one card advance each."""
    per_file = 4 if advances else 3
    made = 0
    for n in range(first, first + math.ceil(count / per_file)):
        nik = f"32{n // 9999 % 100:02d}01170885{n % 9999 + 1:04d}"
        applicant = {"name": f"Pemohon Uji {n}", "nik": nik, "phone": "0812-3456-7890", "address": "Jl. Contoh 1"}
        outcome = app.registration.submit(RegistrationRequest(PERMIT, applicant, "sari"))
        assert isinstance(outcome, Registered)
        made += 3
        if advances:
            view = app.cards.show(outcome.registration.reg_no)
            role = view.registration.permit.stages[0].role
            app.cards.act(outcome.registration.reg_no, CardAction.ADVANCED, "rudi", role)
            made += 1
    return made


class Server:
    """Databases made and dropped on the PostgreSQL server of `url`."""

    def __init__(self, url: str) -> None:
        self._url = make_url(url)
        self._made: list[str] = []

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        for name in reversed(self._made):
            self._execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def url(self, database: str) -> str:
        return self._url.set(drivername="postgresql", database=database).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        name = f"bench_sync_{os.getpid()}_{len(self._made)}"
        query = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(name), sql.Identifier(template or "template0")
        )
        self._execute(query)
        self._made.append(name)
        return name

    def _execute(self, query: sql.Composed) -> None:
        conninfo = self._url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
            conn.execute(query)


if __name__ == "__main__":
    main()
