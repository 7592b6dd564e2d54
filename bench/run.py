"""Every benchmark in one command: a table of median, p95, goal and ratio to the floor measured
in the same run, also written to `bench/results/latest.json`.

    uv run python -m bench.run [--only NAME ...] [--skip NAME ...] [--pg URL | --no-pg] [--quick]

Builds the 1,000,000-file demo database once (`counter-app demo --applications 1000000` into
`bench/data/demo-1m.sqlite3`, and into the PostgreSQL database `--pg` for the PostgreSQL figures),
reuses it afterwards, then runs each benchmark in its own interpreter (so one's imports and caches
never help another) and reads back the JSON each writes:

| name      | what                                                              | floor (same run)            |
|-----------|-------------------------------------------------------------------|-----------------------------|
| demo      | building the 1M database (timed when it was built)                | —                           |
| desk      | registration, lookups by code/number/NIK, name search (SQLite 1M) | raw sqlite3 commit / lookup |
| desk-pg   | the same on PostgreSQL with 1M files                              | —                           |
| queue     | back-office queue with 10,000 open files, filled and shown        | raw sqlite3 read            |
| startup   | desktop cold start to a usable form; peak RSS with the 1M file    | bare PySide6 window         |
| receipt   | receipt rendering: ESC/POS and PDF                                | —                           |
| status    | public status page under load vs hello-world                      | Starlette hello-world       |
| sync      | pushing 10,000 outbox events; a counter 500 files behind          | —                           |

`--quick` runs fewer repetitions (a smoke test of the runner; its figures are not the evidence).
A benchmark that fails is reported as such and the others still run; the exit code is non-zero
when a benchmark failed or missed its goal.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
LATEST = RESULTS / "latest.json"
LARGE_DB = ROOT / "bench" / "data" / "demo-1m.sqlite3"
APPLICATIONS = 1_000_000
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/bench1m"


@dataclass(frozen=True)
class Row:
    bench: str
    name: str
    median: float | None
    p95: float | None = None
    unit: str = "ms"
    goal: str = ""
    ok: bool | None = None  # None: no goal
    floor: str = ""
    floor_median: float | None = None
    ratio: float | None = None  # median / floor median (for rates: rate / floor rate)

    def cells(self) -> list[str]:
        def number(value: float | None) -> str:
            if value is None:
                return "—"
            return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"

        verdict = {True: "ok", False: "MISSED", None: ""}[self.ok]
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else ""
        return [
            self.bench,
            self.name,
            f"{number(self.median)} {self.unit}",
            f"{number(self.p95)} {self.unit}" if self.p95 is not None else "",
            self.goal,
            verdict,
            f"{self.floor} {number(self.floor_median)} {self.unit}".strip() if self.floor else "",
            ratio,
        ]


@dataclass
class Step:
    name: str
    command: Callable[[argparse.Namespace, Path], list[str] | None]
    """The command writing its JSON to the given path; None when the step does not apply."""
    rows: Callable[[Any, argparse.Namespace], list[Row]]
    timeout_s: float = 3600.0
    needs: list[str] = field(default_factory=list)


def _python(module: str, *arguments: str) -> list[str]:
    return [sys.executable, "-m", module, *arguments]


def _timings(data: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["name"]: item for item in data}


def _goal(value: float | None, limit: float, *, at_most: bool = True) -> bool | None:
    if value is None:
        return None
    return value <= limit if at_most else value >= limit


# -- the steps ------------------------------------------------------------------------------------


def demo_rows(_data: Any, _args: argparse.Namespace) -> list[Row]:
    meta = LARGE_DB.with_name(LARGE_DB.name + ".build.json")
    if not meta.exists():
        return [Row("demo", "build 1M demo database (not rebuilt in this run)", None, unit="s", goal="≤ 180 s")]
    built = json.loads(meta.read_text())
    seconds = float(built["seconds"])
    return [
        Row(
            "demo",
            f"build {built['applications']:,} files with card histories (SQLite)",
            seconds,
            unit="s",
            goal="≤ 180 s",
            ok=_goal(seconds, 180),
        )
    ]


def desk_rows(data: list[dict[str, Any]], _args: argparse.Namespace) -> list[Row]:
    t = _timings(data)
    commit = t.get("floor: raw sqlite3 commit of 2 rows")
    lookup = t.get("floor: raw sqlite3 lookup by tracking code")

    def ratio(item: dict[str, Any], floor: dict[str, Any] | None) -> float | None:
        return item["median_ms"] / floor["median_ms"] if floor else None

    rows: list[Row] = []
    register = t["register (validate+commit+receipt+job)"]
    rows.append(
        Row(
            "desk",
            "register one file (SQLite, 1M files)",
            register["median_ms"],
            register["p95_ms"],
            goal="median ≤ 25 ms",
            ok=_goal(register["median_ms"], 25),
            floor="raw commit",
            floor_median=commit["median_ms"] if commit else None,
            ratio=ratio(register, commit),
        )
    )
    for name in ("find by tracking code", "find by registration number", "find by NIK"):
        item = t[name]
        rows.append(
            Row(
                "desk",
                name,
                item["median_ms"],
                item["p95_ms"],
                goal="median ≤ 1 ms",
                ok=_goal(item["median_ms"], 1),
                floor="raw lookup",
                floor_median=lookup["median_ms"] if lookup else None,
                ratio=ratio(item, lookup),
            )
        )
    search = t["applicant name substring search (50 rows)"]
    rows.append(
        Row(
            "desk",
            "name substring search, 50 rows",
            search["median_ms"],
            search["p95_ms"],
            goal="p95 ≤ 10 ms",
            ok=_goal(search["p95_ms"], 10),
        )
    )
    return rows


def desk_pg_rows(data: list[dict[str, Any]], _args: argparse.Namespace) -> list[Row]:
    t = _timings(data)
    register = t["register (validate+commit+receipt+job)"]
    rows = [
        Row(
            "desk-pg",
            "register one file (PostgreSQL, 1M files)",
            register["median_ms"],
            register["p95_ms"],
            goal="median ≤ 30 ms",
            ok=_goal(register["median_ms"], 30),
        )
    ]
    for name in ("find by tracking code", "find by registration number", "find by NIK"):
        item = t[name]
        rows.append(Row("desk-pg", f"{name} (PostgreSQL)", item["median_ms"], item["p95_ms"]))
    search = t["applicant name substring search (50 rows)"]
    rows.append(Row("desk-pg", "name substring search, 50 rows (PostgreSQL)", search["median_ms"], search["p95_ms"]))
    return rows


def queue_rows(data: dict[str, Any], _args: argparse.Namespace) -> list[Row]:
    t = _timings(data["results"])
    shown = next(item for name, item in t.items() if name.startswith("filled and shown"))
    service = t["service: CardService.queue()"]
    floor = t["floor: raw sqlite3 read of the open rows"]
    label = f"{data['open']:,} open of {data['files']:,}"
    return [
        Row(
            "queue",
            f"queue filled and shown ({label})",
            shown["median_ms"],
            shown["p95_ms"],
            goal="≤ 300 ms",
            ok=_goal(shown["median_ms"], 300),
            floor="raw read",
            floor_median=floor["median_ms"],
            ratio=shown["median_ms"] / floor["median_ms"],
        ),
        Row("queue", "of which the service (CardService.queue)", service["median_ms"], service["p95_ms"]),
    ]


def startup_rows(data: dict[str, Any], _args: argparse.Namespace) -> list[Row]:
    results = data["results"]
    floor = results[0]
    rows: list[Row] = []
    for app in results[1:]:
        label = app["name"].removeprefix("app: ")
        rows.append(
            Row(
                "startup",
                f"cold start to a usable form, {label}",
                app["median_ms"],
                app["p95_ms"],
                goal="≤ 1.5× floor",
                ok=_goal(app["ratio_to_floor"], 1.5),
                floor="bare window",
                floor_median=floor["median_ms"],
                ratio=app["ratio_to_floor"],
            )
        )
        if app.get("loaded_median_ms") is not None:
            rows.append(
                Row(
                    "startup",
                    f"… until the desks are loaded, {app['name'].removeprefix('app: ')}",
                    app["loaded_median_ms"],
                )
            )
        if "1M" in app["name"]:
            peaks = [
                v for v in (app["peak_rss_mb"], app["lifetime_rss_mb"], app.get("settled_rss_mb")) if v is not None
            ]
            peak = max(peaks) if peaks else None
            rows.append(
                Row("startup", "peak RSS, 1M database open", peak, unit="MB", goal="≤ 250 MB", ok=_goal(peak, 250))
            )
    return rows


def receipt_rows(data: list[dict[str, Any]], _args: argparse.Namespace) -> list[Row]:
    rows = []
    for item in data:
        goal = item.get("goal") or ""
        limit = float(goal.split()[1]) if goal else None
        rows.append(
            Row(
                "receipt",
                item["name"],
                item["median_ms"],
                item["p95_ms"],
                goal=f"median {goal}" if goal else "",
                ok=_goal(item["median_ms"], limit) if limit is not None else None,
            )
        )
    return rows


def status_rows(data: dict[str, Any], _args: argparse.Namespace) -> list[Row]:
    summary = data["summary"]
    rate, hello = summary["status_page_rps"], summary["hello_world_rps"]
    p99 = summary["status_page_p99_ms_worst"]
    return [
        Row(
            "status",
            f"/t/<code> requests per second ({data['files']:,} files, keep-alive, 2 cores)",
            rate,
            unit="req/s",
            goal="≥ 0.5× hello-world",
            ok=_goal(summary["ratio"], 0.5, at_most=False),
            floor="hello-world",
            floor_median=hello,
            ratio=summary["ratio"],
        ),
        Row(
            "status",
            "/t/<code> p99 latency (worst round; mean of rounds as median)",
            summary["status_page_p99_ms_mean"],
            p99,
            goal="p99 ≤ 50 ms",
            ok=_goal(p99, 50),
            floor="hello-world",
            floor_median=summary["hello_world_p99_ms"],
        ),
    ]


def normalized_rows(bench: str) -> Callable[[Any, argparse.Namespace], list[Row]]:
    """For benchmarks that write `{"rows": [Row fields...]}` themselves (status page, sync)."""

    def rows(data: Any, _args: argparse.Namespace) -> list[Row]:
        return [Row(**{"bench": bench, **row}) for row in data["rows"]]

    return rows


def _demo_command(args: argparse.Namespace, _out: Path) -> list[str] | None:
    if LARGE_DB.exists():
        return None
    return _python("bench.desk", "--only-build", "--db", str(LARGE_DB), "--applications", str(args.applications))


def _pg_ready(url: str, files: int) -> bool:
    """The PostgreSQL benchmark database holds the demo files (built by an earlier run)."""
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=5) as connection:
            count = connection.execute("SELECT count(*) FROM registration").fetchone()
    except psycopg.Error:
        return False
    return bool(count and count[0] >= files)


def _desk_pg_command(args: argparse.Namespace, out: Path) -> list[str] | None:
    if args.no_pg:
        return None
    if not _pg_ready(args.pg, args.applications):
        _create_pg_database(args.pg)
        print(f"building {args.applications:,} demo files into {args.pg} …", flush=True)
        started = time.monotonic()
        subprocess.run(
            _python("counter_app", "--db", args.pg, "demo", "--applications", str(args.applications)), check=True
        )
        print(f"PostgreSQL demo built in {time.monotonic() - started:.0f} s", flush=True)
    return _python("bench.desk", "--db", args.pg, "--runs", str(args.runs), "--output", str(out))


def _create_pg_database(url: str) -> None:
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (parsed.database,)).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(parsed.database or "bench1m")))


STEPS = [
    Step("demo", _demo_command, demo_rows),
    Step(
        "desk",
        lambda args, out: _python("bench.desk", "--db", str(LARGE_DB), "--runs", str(args.runs), "--output", str(out)),
        desk_rows,
    ),
    Step("desk-pg", _desk_pg_command, desk_pg_rows),
    Step(
        "queue",
        lambda args, out: _python(
            "bench.queue", "--db", str(LARGE_DB), "--runs", str(max(5, args.runs // 10)), "--output", str(out)
        ),
        queue_rows,
    ),
    Step(
        "startup",
        lambda args, out: _python("bench.startup", "--runs", "3" if args.quick else "10", "--output", str(out)),
        startup_rows,
    ),
    Step(
        "receipt",
        lambda args, out: _python("bench.receipt", "--runs", str(args.runs // 2 or 1), "--output", str(out)),
        receipt_rows,
    ),
    Step(
        "status",
        lambda args, out: _python(
            "bench.status_page",
            "--db",
            str(LARGE_DB),
            *(["--duration", "3", "--rounds", "1", "--warmup", "3"] if args.quick else []),
            "--out",
            str(out),
        ),
        status_rows,
    ),
    Step(
        "sync",
        lambda args, out: _python("bench.sync", *(["--quick"] if args.quick else []), "--output", str(out)),
        normalized_rows("sync"),
    ),
]


def run_step(step: Step, args: argparse.Namespace, folder: Path) -> tuple[list[Row], str | None]:
    out = folder / f"{step.name}.json"
    command = step.command(args, out)
    started = time.monotonic()
    if command is not None:
        print(f"\n== {step.name}: {' '.join(command[1:])}", flush=True)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        try:
            subprocess.run(command, cwd=ROOT, env=env, check=True, timeout=step.timeout_s)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            # A missed goal makes some benchmarks exit 1 after writing their results: keep those.
            if not out.exists():
                return [], f"{step.name}: {error}"
        print(f"== {step.name}: {time.monotonic() - started:.0f} s", flush=True)
    data = json.loads(out.read_text()) if out.exists() else None
    try:
        return step.rows(data, args), None
    except (KeyError, TypeError, StopIteration, IndexError) as error:
        return [], f"{step.name}: unexpected result file ({error!r})"


def table(rows: Sequence[Row]) -> str:
    header = ["bench", "what", "median", "p95", "goal", "", "floor (same run)", "ratio"]
    cells = [header, *[row.cells() for row in rows]]
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME", help="run only these steps")
    parser.add_argument("--skip", nargs="*", default=[], metavar="NAME", help="leave these steps out")
    parser.add_argument("--pg", default=os.environ.get("BENCH_PG_URL", DEFAULT_PG), help="PostgreSQL database")
    parser.add_argument("--no-pg", action="store_true", help="no PostgreSQL figures")
    parser.add_argument("--applications", type=int, default=APPLICATIONS)
    parser.add_argument("--runs", type=int, default=200, help="repetitions of the short measurements")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: a smoke test, not evidence")
    parser.add_argument("--output", type=Path, default=LATEST)
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = min(args.runs, 20)
    names = [s.name for s in STEPS]
    unknown = sorted(set(args.only + args.skip) - set(names))
    if unknown:
        parser.error(f"unknown steps {unknown}; steps: {', '.join(names)}")

    rows: list[Row] = []
    failures: list[str] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        for step in STEPS:
            if (args.only and step.name not in args.only) or step.name in args.skip:
                continue
            if hasattr(os, "sync"):
                # The previous step's writes (a demo build writes gigabytes) reach the disk now, not
                # while this one measures commits that wait for the disk.
                os.sync()
            step_rows, failure = run_step(step, args, Path(tmp))
            rows += step_rows
            if failure:
                failures.append(failure)
    print()
    print(table(rows))
    for failure in failures:
        print(f"FAILED {failure}")
    missed = [row for row in rows if row.ok is False]
    print(
        f"\n{len(rows)} figures, {len(missed)} goals missed, {len(failures)} benchmarks failed "
        f"({time.monotonic() - started:.0f} s)"
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {
                "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "system": platform.platform()},
                "quick": args.quick,
                "rows": [asdict(row) for row in rows],
                "failures": failures,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"written {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 1 if failures or missed else 0


if __name__ == "__main__":
    sys.exit(main())
