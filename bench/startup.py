"""Desktop cold start: the app to a usable registration form, against a bare PySide6 window.

    uv run python -m bench.startup [--runs 10] [--db PATH ...] [--no-large]

Every start is a fresh interpreter (`sys.executable`, QT_QPA_PLATFORM=offscreen), so interpreter
start-up and all imports count. Measured in the same run, interleaved so that load on the machine
hits both alike:
- floor: a script importing PySide6.QtWidgets that shows a QMainWindow with a QLineEdit and a
  QTableView;
- the app (`bench._gui_probe`, what `counter-app gui` does): show the main window with the
  applicant form, open the database on a worker thread, build the desks around the form. Two
  figures: "ready" (the form is on screen with the keyboard focus: the officer can type; the goal
  applies to it) and "loaded" (the desks are built: applicant search, permit picker, print queue);
on a fresh SQLite database with the shipped catalog (created once before the runs, so creating the
schema and importing the catalog are not measured) and on each `--db` (by default
`bench/data/demo-1m.sqlite3` when it exists; `--no-large` skips it).

Each child reports, once the event loop has processed the first show (`QTimer.singleShot(0)`),
the time since the parent launched it (a `time.perf_counter_ns()` timestamp passed in
BENCH_LAUNCH_NS) and its peak RSS so far; the parent's own wall time until it reads that line is
kept as a cross-check, and `os.wait4` gives the peak RSS over the child's whole life. One
unmeasured start of each kind first warms the file cache (and writes the bytecode caches); after
the timed runs, one start per database stays `--stay-ms` on the ready window for the idle peak.
Goals (issues): app start ≤ 1.5× the floor (median); peak RSS with the 1M database ≤ 250 MB.
Results go to bench/results/startup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LARGE_DB = ROOT / "bench" / "data" / "demo-1m.sqlite3"
RESULTS = ROOT / "bench" / "results" / "startup.json"
LAUNCH_ENV = "BENCH_LAUNCH_NS"
RATIO_GOAL = 1.5
RSS_GOAL_MB = 250.0
TIMEOUT_S = 300.0

FLOOR_SCRIPT = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

app = QApplication(sys.argv[:1])
window = QMainWindow()
central = QWidget()
layout = QVBoxLayout(central)
layout.addWidget(QLineEdit())
layout.addWidget(QTableView())
window.setCentralWidget(central)
window.resize(1280, 800)
window.show()

def ready():
    elapsed = (time.perf_counter_ns() - int(os.environ["BENCH_LAUNCH_NS"])) / 1e6
    try:
        import resource
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:
        rss = -1
    print(f"ready {elapsed:.3f} {rss}", flush=True)
    window.close()
    app.quit()

QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Sample:
    ms: float
    """From launch to the first processed show, as the child measured it."""
    wall_ms: float
    """From launch until the parent read the child's "ready" line."""
    rss_kb: int
    """Peak resident set size when ready (the child's `ru_maxrss`), -1 where unknown."""
    lifetime_rss_kb: int = -1
    """Peak resident set size over the child's whole life (`os.wait4`), -1 where unknown."""
    loaded_ms: float | None = None
    """From launch until the desks were built (the app only; the floor has nothing to load)."""


@dataclass(frozen=True)
class Target:
    name: str
    command: list[str]


@dataclass(frozen=True)
class Summary:
    name: str
    runs: int
    median_ms: float
    p95_ms: float
    min_ms: float
    wall_median_ms: float
    peak_rss_mb: float | None
    """Highest peak RSS when ready (for the app: when loaded)."""
    lifetime_rss_mb: float | None
    """Highest peak RSS over a whole run (start, ready, closing)."""
    ratio_to_floor: float | None = None
    loaded_median_ms: float | None = None
    """Median time until the desks were built (the app only)."""
    settled_rss_mb: float | None = None
    """Peak RSS of one run that stayed `--stay-ms` on the ready window."""

    def row(self) -> str:
        def mb(value: float | None) -> str:
            return f"{value:.0f}" if value is not None else "?"

        rss = f"RSS ready/life/idle {mb(self.peak_rss_mb)}/{mb(self.lifetime_rss_mb)}/{mb(self.settled_rss_mb)} MB"
        ratio = f"   {self.ratio_to_floor:.2f}× floor" if self.ratio_to_floor is not None else ""
        if self.loaded_median_ms is not None:
            ratio += f"   loaded median {self.loaded_median_ms:.1f} ms"
        return (
            f"{self.name:<28} median {self.median_ms:7.1f} ms  p95 {self.p95_ms:7.1f} ms  "
            f"min {self.min_ms:7.1f} ms  (wall {self.wall_median_ms:7.1f} ms)  {rss}{ratio}"
        )


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(target: Target, env: dict[str, str], extra: Sequence[str] = ()) -> Sample:
    """Start `target` in a fresh interpreter, wait for its "ready" line and for it to exit."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        launched = time.perf_counter_ns()
        process = subprocess.Popen(
            [*target.command, *extra],
            cwd=ROOT,
            env={**env, LAUNCH_ENV: str(launched)},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert process.stdout is not None
        watchdog = threading.Timer(TIMEOUT_S, process.kill)
        watchdog.start()
        sample: Sample | None = None
        try:
            for line in process.stdout:
                if line.startswith("ready ") and sample is None:
                    wall_ms = (time.perf_counter_ns() - launched) / 1e6
                    _, ms, rss = line.split()
                    sample = Sample(float(ms), wall_ms, int(rss))
                elif line.startswith("loaded ") and sample is not None:
                    _, ms, rss = line.split()
                    sample = replace(sample, loaded_ms=float(ms), rss_kb=max(sample.rss_kb, int(rss)))
            code, lifetime_rss_kb = wait_with_usage(process)
        except BaseException:
            process.kill()
            process.wait()
            raise
        finally:
            watchdog.cancel()
        if code != 0 or sample is None:
            errors.seek(0)
            raise RuntimeError(f"{target.name}: exit code {code}, no ready line={sample is None}\n{errors.read()}")
        return replace(sample, lifetime_rss_kb=lifetime_rss_kb)


def wait_with_usage(process: subprocess.Popen[str]) -> tuple[int, int]:
    """The exit code and the child's peak RSS over its whole life (kB; -1 where unknown)."""
    if not hasattr(os, "wait4"):
        return process.wait(), -1
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, int(usage.ru_maxrss)


def percentile_95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def to_mb(kb: int) -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    return kb / (1024 * 1024 if sys.platform == "darwin" else 1024)


def summarize(name: str, samples: list[Sample]) -> Summary:
    times = [s.ms for s in samples]
    loaded = [s.loaded_ms for s in samples if s.loaded_ms is not None]
    ready = [s.rss_kb for s in samples if s.rss_kb >= 0]
    lifetime = [s.lifetime_rss_kb for s in samples if s.lifetime_rss_kb >= 0]
    return Summary(
        name=name,
        runs=len(samples),
        median_ms=statistics.median(times),
        p95_ms=percentile_95(times),
        min_ms=min(times),
        wall_median_ms=statistics.median(s.wall_ms for s in samples),
        peak_rss_mb=to_mb(max(ready)) if ready else None,
        lifetime_rss_mb=to_mb(max(lifetime)) if lifetime else None,
        loaded_median_ms=statistics.median(loaded) if loaded else None,
    )


def prepare_fresh_database(folder: Path) -> Path:
    """A new SQLite file, migrated, with the shipped catalog and the install id: what a second start sees."""
    from bench._gui_probe import ensure_bench_user
    from counter_app.app import open_application

    path = folder / "fresh.sqlite3"
    open_application(str(path)).close()
    ensure_bench_user(str(path))
    return path


def probe(name: str, database: Path | str, log_dir: Path) -> Target:
    return Target(name, [sys.executable, "-m", "bench._gui_probe", "--db", str(database), "--log-dir", str(log_dir)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--db", action="append", default=[], metavar="PATH", help="more databases to start on")
    parser.add_argument("--no-large", action="store_true", help=f"do not start on {LARGE_DB.name}")
    parser.add_argument(
        "--stay-ms",
        type=int,
        default=3000,
        help="after the timed runs, one run per database idling this long (0: none)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        folder = Path(tmp)
        log_dir = folder / "logs"
        targets = [
            Target("floor: bare PySide6 window", [sys.executable, "-c", FLOOR_SCRIPT]),
            probe("app: fresh SQLite", prepare_fresh_database(folder), log_dir),
        ]
        databases: list[str] = list(args.db)
        if not args.no_large and LARGE_DB.exists() and str(LARGE_DB) not in databases:
            databases.insert(0, str(LARGE_DB))
        for database in databases:
            from bench._gui_probe import ensure_bench_user

            ensure_bench_user(database)
            label = "1M demo" if Path(database) == LARGE_DB else Path(database).name
            targets.append(probe(f"app: {label}", database, log_dir))

        env = child_env()
        print(f"warming up ({len(targets)} kinds of start) …", flush=True)
        for target in targets:
            run_once(target, env)
        samples: dict[str, list[Sample]] = {target.name: [] for target in targets}
        for run in range(args.runs):
            for target in targets:
                samples[target.name].append(run_once(target, env))
            print(f"  run {run + 1}/{args.runs}", flush=True)
        settled: dict[str, float] = {}
        if args.stay_ms > 0:
            for target in targets[1:]:
                sample = run_once(target, env, ["--stay-ms", str(args.stay_ms)])
                if sample.lifetime_rss_kb >= 0:
                    settled[target.name] = to_mb(sample.lifetime_rss_kb)

    floor = summarize(targets[0].name, samples[targets[0].name])
    summaries = [floor]
    for target in targets[1:]:
        summary = summarize(target.name, samples[target.name])
        summaries.append(
            replace(
                summary,
                ratio_to_floor=summary.median_ms / floor.median_ms,
                settled_rss_mb=settled.get(target.name),
            )
        )
    for summary in summaries:
        print(summary.row())
    failed = False
    for summary in summaries[1:]:
        assert summary.ratio_to_floor is not None
        verdict = "ok" if summary.ratio_to_floor <= RATIO_GOAL else "OVER"
        failed |= verdict != "ok"
        print(f"goal start ≤ {RATIO_GOAL}× floor, {summary.name}: {summary.ratio_to_floor:.2f}× {verdict}")
        peaks = [mb for mb in (summary.peak_rss_mb, summary.lifetime_rss_mb, summary.settled_rss_mb) if mb is not None]
        if "1M" in summary.name and peaks:
            verdict = "ok" if max(peaks) <= RSS_GOAL_MB else "OVER"
            failed |= verdict != "ok"
            print(f"goal peak RSS ≤ {RSS_GOAL_MB:.0f} MB, {summary.name}: {max(peaks):.1f} MB {verdict}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {
                "python": sys.version.split()[0],
                "platform": sys.platform,
                "runs": args.runs,
                "stay_ms": args.stay_ms,
                "results": [asdict(s) for s in summaries],
                "samples": {name: [asdict(s) for s in values] for name, values in samples.items()},
            },
            indent=2,
        )
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
