"""Registration desk and back-office benchmarks on a large demo database.

    uv run python -m bench.desk [--db PATH_OR_URL] [--applications 1000000]

Builds the demo database (`counter-app demo`) when the file does not exist, then measures, with a
floor measured in the same run:
- one registration through the service (validate, commit, receipt bytes, print job) — floor: raw
  sqlite3 commit of one file row and one event row;
- opening a file by tracking code, number and NIK — floor: raw sqlite3 point lookup;
- returning-applicant name substring search (50 rows);
- the back-office queue of open files.
Goals (issues): registration ≤ 25 ms median (SQLite), lookups ≤ 1 ms median, search ≤ 10 ms p95,
queue ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

from bench.accounts import sign_in
from bench.timing import Timing, measure
from counter_app.app import open_application
from counter_app.services.registration import RegistrationRequest

DEFAULT_DB = Path(__file__).parent / "data" / "demo-1m.sqlite3"
APPLICANT = {
    "name": "Budi Santoso",
    "nik": "3214011708850001",
    "phone": "0812-3456-7890",
    "address": "Jl. Veteran 139",
    "business": {"name": "PT Logam Jaya", "form": "badan_usaha"},
}


def ensure_demo(path: Path, applications: int) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {applications:,} demo applications into {path} …", flush=True)
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "counter_app", "--db", str(path), "demo", "--applications", str(applications)],
        check=True,
    )
    seconds = time.monotonic() - started
    print(f"demo built in {seconds:.0f} s", flush=True)
    demo_meta(path).write_text(json.dumps({"applications": applications, "seconds": round(seconds, 1)}))


def demo_meta(path: Path) -> Path:
    """Where `ensure_demo` notes how long building the database took (read by `bench.run`)."""
    return path.with_name(path.name + ".build.json")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--applications", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--output", type=Path, default=Path(__file__).parent / "results" / "desk.json")
    parser.add_argument("--only-build", action="store_true", help="build the demo database if missing, then stop")
    args = parser.parse_args()
    is_sqlite = "://" not in args.db
    if is_sqlite:
        ensure_demo(Path(args.db), args.applications)
    if args.only_build:
        return
    app = open_application(args.db)
    results: list[Timing] = []
    try:
        sign_in(app)
        rng = random.Random(1)
        with app.engine.connect() as connection:
            sample = [
                tuple(row)
                for row in connection.exec_driver_sql(
                    "SELECT reg_no, tracking_code, nik FROM registration ORDER BY random() LIMIT 500"
                )
            ]
            names = [
                row[0] for row in connection.exec_driver_sql("SELECT name FROM applicant ORDER BY random() LIMIT 200")
            ]
            open_count = connection.exec_driver_sql(
                "SELECT count(*) FROM registration WHERE card_status IN ('open', 'returned')"
            ).scalar_one()
            total = connection.exec_driver_sql("SELECT count(*) FROM registration").scalar_one()
        print(f"{total:,} files, {open_count:,} open", flush=True)

        def register() -> None:
            app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "bench"))

        results.append(measure("register (validate+commit+receipt+job)", register, runs=args.runs))
        results.append(
            measure("find by tracking code", lambda: app.registration.find(rng.choice(sample)[1]), runs=args.runs)
        )
        results.append(
            measure("find by registration number", lambda: app.registration.find(rng.choice(sample)[0]), runs=args.runs)
        )
        results.append(measure("find by NIK", lambda: app.registration.find(rng.choice(sample)[2]), runs=args.runs))

        def search() -> None:
            name = rng.choice(names)
            start = rng.randrange(0, max(1, len(name) - 5))
            app.registration.search_applicants(name[start : start + 5], limit=50)

        results.append(measure("applicant name substring search (50 rows)", search, runs=args.runs))
        results.append(measure("back-office queue of open files", app.cards.queue, runs=5, warmup=1))
    finally:
        app.close()
    if is_sqlite:
        results += sqlite_floors(Path(args.db), sample, args.runs)
    for timing in results:
        print(timing.row())
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps([t.__dict__ for t in results], indent=2))


def sqlite_floors(path: Path, sample: list[tuple[str, str, str]], runs: int) -> list[Timing]:
    connection = sqlite3.connect(path, isolation_level=None)
    side = sqlite3.connect(path.with_suffix(".floor.sqlite3"), isolation_level=None)
    side.execute("PRAGMA journal_mode=WAL")
    side.execute("PRAGMA synchronous=FULL")
    side.execute("CREATE TABLE IF NOT EXISTS floor (id TEXT PRIMARY KEY, payload TEXT)")
    rng = random.Random(2)

    def commit_two_rows() -> None:
        side.execute("BEGIN IMMEDIATE")
        side.execute("INSERT INTO floor VALUES (?, ?)", (uuid.uuid4().hex, "x" * 600))
        side.execute("INSERT INTO floor VALUES (?, ?)", (uuid.uuid4().hex, "y" * 200))
        side.execute("COMMIT")

    def lookup() -> None:
        connection.execute(
            "SELECT snapshot FROM registration WHERE tracking_code = ?", (rng.choice(sample)[1],)
        ).fetchone()

    try:
        return [
            measure("floor: raw sqlite3 commit of 2 rows", commit_two_rows, runs=runs),
            measure("floor: raw sqlite3 lookup by tracking code", lookup, runs=runs),
        ]
    finally:
        connection.close()
        side.close()


if __name__ == "__main__":
    main()
