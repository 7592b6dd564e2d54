"""Public status page under load: `/t/<code>` against the same framework's hello-world, same run.

    uv run python -m bench.status_page [--db PATH] [--applications 1000000] [--workers 2]
                                       [--connections 16] [--duration 10] [--rounds 3]

Builds the demo database like `bench.desk` when the file does not exist. Picks `--codes` random
files of the whole database and keeps those the page shows (files closed more than
`status.expire_days` ago answer 404 and are left out, and counted), written in mixed case and
grouping as people type them. Then, on this machine's 2 cores, alternately for `--rounds` rounds:
- hello-world: a Starlette app answering "Hello, world!" under uvicorn, with the same uvicorn
  options (workers, httptools, uvloop, no access log);
- status page: `counter-app status-server` (rate limiter on, with a limit the benchmark never
  reaches), every request a random code of the sample;
each measured with `wrk` (keep-alive connections, latency percentiles; Debian package `wrk`,
installed with apt-get when missing) after `--warmup` seconds of the same load, so the figures are the
steady state with the sampled files in the server's page cache. Also measures the lookup and the page
rendering in-process, where the first reads of the big file come from disk (the p95 shows it).
Writes `bench/results/status_page.json`. Goal (issue 6): status rate >= 0.5 x hello-world, p99 <= 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from bench.desk import DEFAULT_DB, ensure_demo
from bench.timing import Timing, measure

RESULTS = Path(__file__).parent / "results" / "status_page.json"


async def _hello(_request: Request) -> PlainTextResponse:
    return PlainTextResponse("Hello, world!")


hello_app = Starlette(routes=[Route("/", _hello)])
"""The framework's hello-world (run by uvicorn in a subprocess: `bench.status_page:hello_app`)."""


@dataclass(frozen=True)
class LoadResult:
    name: str
    round: int
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx: int
    errors: int


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--applications", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes (both servers)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--connections", type=int, default=16, help="keep-alive connections")
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--codes", type=int, default=20_000, help="random files sampled")
    parser.add_argument("--warmup", type=int, default=20, help="seconds of load before each measurement")
    parser.add_argument("--output", "--out", dest="out", default=str(RESULTS))
    args = parser.parse_args()
    wrk = _wrk()
    load_before = os.getloadavg()
    ensure_demo(Path(args.db), args.applications)
    codes, expired, in_process = _sample(args.db, args.codes)
    print(f"{len(codes):,} codes that show a page, {expired:,} of the sample expired (404)", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "codes.lua"
        script.write_text(_lua(codes), encoding="utf-8")
        results: list[LoadResult] = []
        for round_no in range(1, args.rounds + 1):
            for name in ("hello-world", "status page"):
                port = _free_port()
                command = _hello_command(port, args.workers) if name == "hello-world" else _status_command(args, port)
                with _server(command, port, Path(folder) / "server.log"):
                    path = "/" if name == "hello-world" else None
                    _run_wrk(wrk, port, args, script if path is None else None, args.warmup)
                    result = _run_wrk(wrk, port, args, script if path is None else None, args.duration)
                results.append(LoadResult(name, round_no, *result))
                print(_row(results[-1]), flush=True)
    summary = _summary(results)
    print(json.dumps(summary, indent=2))
    out = Path(args.out)
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "database": Path(args.db).name,
                "files": _count(args.db),
                # Other work on the machine in the same minutes (1-minute load average; 2 = both cores busy).
                "machine": {
                    "cores": os.cpu_count(),
                    "load_before": round(load_before[0], 2),
                    "load_after": round(os.getloadavg()[0], 2),
                },
                "settings": {
                    "workers": args.workers,
                    "wrk_threads": args.threads,
                    "connections": args.connections,
                    "duration_s": args.duration,
                    "warmup_s": args.warmup,
                    "rounds": args.rounds,
                    "codes": len(codes),
                    "sample_expired": expired,
                },
                "summary": summary,
                "rows": _rows(summary, in_process),
                "runs": [asdict(r) for r in results],
                "in_process": [asdict(t) for t in in_process],
            },
            indent=2,
        )
        + "\n"
    )


def _summary(results: Sequence[LoadResult]) -> dict[str, float | bool]:
    def mean(name: str, field: str) -> float:
        values: list[float] = [getattr(r, field) for r in results if r.name == name]
        return round(sum(values) / len(values), 2)

    hello_rate = mean("hello-world", "requests_per_s")
    status_rate = mean("status page", "requests_per_s")
    status_p99 = max(r.p99_ms for r in results if r.name == "status page")
    ratio = round(status_rate / hello_rate, 3)
    return {
        "hello_world_rps": hello_rate,
        "hello_world_p99_ms": mean("hello-world", "p99_ms"),
        "status_page_rps": status_rate,
        "status_page_p99_ms_mean": mean("status page", "p99_ms"),
        "status_page_p99_ms_worst": status_p99,
        "ratio": ratio,
        "goal_ratio_met": ratio >= 0.5,
        "goal_p99_met": status_p99 <= 50.0,
    }


def _rows(summary: dict[str, float | bool], in_process: Sequence[Timing]) -> list[dict[str, object]]:
    """The figures in `bench.run`'s table format."""
    rows: list[dict[str, object]] = [
        {"name": "hello-world (Starlette + uvicorn)", "median": summary["hello_world_rps"], "unit": "req/s"},
        {
            "name": "status page /t/<code>",
            "median": summary["status_page_rps"],
            "unit": "req/s",
            "goal": ">= 0.5x hello-world",
            "ok": bool(summary["goal_ratio_met"]),
            "floor": "hello-world",
            "floor_median": summary["hello_world_rps"],
            "ratio": summary["ratio"],
        },
        {
            "name": "status page p99 latency (mean of rounds)",
            "median": summary["status_page_p99_ms_mean"],
            "goal": "<= 50 ms (worst round)",
            "ok": bool(summary["goal_p99_met"]),
        },
    ]
    rows += [{"name": f"in-process {t.name}", "median": t.median_ms, "p95": t.p95_ms} for t in in_process]
    return rows


def _row(r: LoadResult) -> str:
    return (
        f"round {r.round} {r.name:<12} {r.requests_per_s:10,.0f} req/s   p50 {r.p50_ms:7.2f} ms   "
        f"p99 {r.p99_ms:7.2f} ms   ({r.requests:,} requests, non-2xx {r.non_2xx}, errors {r.errors})"
    )


# -- the sample of codes -------------------------------------------------------------------------


def _count(db: str) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM registration").fetchone()[0])


def _sample(db: str, size: int) -> tuple[list[str], int, list[Timing]]:
    """Random codes of the whole database that show a page, how many of the sample were expired,
    and in-process timings of the lookup and the page."""
    from counter_app.app import open_status_site
    from counter_app.errors import NotFound
    from web.app import Pages

    with sqlite3.connect(db) as connection:
        high = int(connection.execute("SELECT max(rowid) FROM registration").fetchone()[0])
        rng = random.Random(6)
        rowids = rng.sample(range(1, high + 1), min(size, high))
        found = []
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT tracking_code FROM registration WHERE rowid IN ({marks})"
            found += [row[0] for row in connection.execute(query, chunk)]
    site = open_status_site(db, migrate=False)
    try:
        shown = []
        for code in found:
            try:
                site.service.lookup(code)
            except NotFound:
                continue
            shown.append(code)
        pages = Pages()
        picks = random.Random(7)
        timings = [
            measure("lookup (read + derive)", lambda: site.service.lookup(picks.choice(shown)), runs=2000),
            measure(
                "lookup + page rendering",
                lambda: pages.status(site.service.lookup(picks.choice(shown))),
                runs=2000,
            ),
        ]
    finally:
        site.close()
    for timing in timings:
        print(timing.row(), flush=True)
    spelled = [_as_typed(code, rng) for code in shown]
    return spelled, len(found) - len(shown), timings


def _as_typed(code: str, rng: random.Random) -> str:
    grouped = "-".join((code[0:4], code[4:8], code[8:12], code[12:]))
    return rng.choice((code, grouped, grouped.lower(), code.lower()))


def _lua(codes: Sequence[str]) -> str:
    listed = ",\n".join(f'"{c}"' for c in codes)
    return (
        "local codes = {\n" + listed + "\n}\n"
        "local n = #codes\n"
        "local counter = 0\n"
        "function setup(thread) counter = counter + 1; thread:set('seed', counter) end\n"
        "function init(args) math.randomseed(seed * 7919 + os.time()) end\n"
        'function request() return wrk.format("GET", "/t/" .. codes[math.random(n)]) end\n'
    )


# -- servers and the load generator ----------------------------------------------------------------


def _wrk() -> str:
    found = shutil.which("wrk")
    if found is None and shutil.which("apt-get") is not None and os.geteuid() == 0:
        print("installing wrk (Debian package) …", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, stdout=subprocess.DEVNULL)
        found = shutil.which("wrk")
    if found is None:
        raise SystemExit("wrk not found: apt-get install wrk")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _hello_command(port: int, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "bench.status_page:hello_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        "--no-server-header",
        "--log-level",
        "warning",
    ]


def _status_command(args: argparse.Namespace, port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "counter_app",
        "--db",
        args.db,
        "status-server",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(args.workers),
        "--rate-limit",
        "1000000000",
        "--burst",
        "1000000000",
    ]


class _server:
    """Runs a server command in its own process group until the block ends."""

    def __init__(self, command: list[str], port: int, log: Path) -> None:
        self._command = command
        self._port = port
        self._log = log
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> None:
        with self._log.open("ab") as log:
            self._process = subprocess.Popen(self._command, start_new_session=True, stdout=log, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise SystemExit(f"server exited: {' '.join(self._command)}\n{self._log.read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self._port), timeout=0.2):
                    time.sleep(1.0)  # let every worker finish starting
                    return
            except OSError:
                time.sleep(0.2)
        raise SystemExit(f"server did not start: {' '.join(self._command)}")

    def __exit__(self, *exc: object) -> None:
        assert self._process is not None
        os.killpg(self._process.pid, signal.SIGINT)
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()


_DURATION = re.compile(r"([\d.]+)(us|ms|s)\b")


def _ms(text: str) -> float:
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a wrk duration: {text!r}")
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def _run_wrk(
    wrk: str, port: int, args: argparse.Namespace, script: Path | None, duration: int
) -> tuple[float, float, float, int, int, int]:
    command = [
        wrk,
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{duration}s",
        "--latency",
        "--timeout",
        "5s",
    ]
    if script is not None:
        command += ["-s", str(script)]
    command.append(f"http://127.0.0.1:{port}/")
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return (
        rate,
        p50,
        p99,
        total,
        int(non_2xx.group(1)) if non_2xx else 0,
        sum(int(g) for g in errors.groups()) if errors else 0,
    )


if __name__ == "__main__":
    main()
