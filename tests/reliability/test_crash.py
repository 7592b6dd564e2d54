"""Crash suite: a counter process killed with SIGKILL at random moments while it registers.

A warmed-up driver (`crash_driver.py`) forks a worker that opens the SQLite file through the real
composition root and registers, prints (to a `pdf:///` folder), reprints and advances cards until
the test kills it after a random delay. After every kill the file is checked with sqlite3:

- `PRAGMA integrity_check` is ok and no row breaks a foreign key;
- every registration a worker reported committed is there, with the same id, after every later kill;
- no half-written file: every registration has its `registered` card event and its original
  receipt job, every returned visit its return slip job;
- numbers are never reused: per counter and day they are exactly 1..N and the number sequence
  stands at N; a number seen once keeps its file forever;
- printing: a job seen `printed` stays printed with exactly one PDF of its bytes; a job left
  `sending` by a kill stays `sending` (never sent again on its own, at most one PDF), a queued job
  has none; every PDF in the folder is whole (a kill mid-write leaves only a `.part`).
At the end the application opens the file, lists the `sending` jobs as uncertain, shows every
card, and reprints the files (all of them at full size), read back from the ESC/POS bytes.

Small: 20 kills; RELIABILITY_FULL=1: 200 kills.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from counter_app.app import open_application
from counter_app.domain.print_job import JobState
from counter_app.domain.tracking import status_url
from tests.printing.escpos_reader import decode_qr, parse_escpos
from tests.printing.paper import fields
from tests.reliability.size import FULL, note, scale

ROOT = Path(__file__).resolve().parents[2]
KILLS = scale(20, 200)
DELAY_S = (0.0, 0.6)  # from the fork to the kill; opening takes ~0.05 s, a registration ~0.03 s
BASE_URL = "https://status.contoh.go.id"

pytestmark = pytest.mark.slow


def hex_id(text: str) -> str:
    return uuid.UUID(text).hex


class Zygote:
    """The driver process: forks workers on demand."""

    def __init__(self, database: Path, printer: str, log: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_driver", str(database), printer, str(log)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._answer() == "ready"

    def _answer(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, f"the crash driver died (exit {self.process.poll()})"
        return line.strip()

    def _ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._answer()

    def fork(self, seed: int) -> int:
        return int(self._ask(f"fork {seed}"))

    def reap(self, pid: int) -> int:
        return int(self._ask(f"reap {pid}"))

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("quit\n")
            self.process.stdin.close()
            self.process.wait(timeout=30)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()


@pytest.fixture
def zygote_parts(tmp_path: Path, sqlite_database_url: str) -> tuple[Path, Path, Path]:
    database = Path(sqlite_database_url)
    app = open_application(str(database))  # the shipped catalog goes in
    try:
        app.settings.set_many({"office.code": "PWK", "counter.code": "L01", "status.base_url": BASE_URL})
    finally:
        app.close()
    return database, tmp_path / "struk", tmp_path / "worker.log"


@pytest.fixture
def zygote(zygote_parts: tuple[Path, Path, Path]) -> Iterator[Zygote]:
    database, receipts, log = zygote_parts
    made = Zygote(database, receipts.as_uri().replace("file://", "pdf://"), log)
    try:
        yield made
    finally:
        made.close()


@dataclass
class Seen:
    """What the checks saw so far (a kill may never take any of it back)."""

    files: dict[str, str] = field(default_factory=dict)  # reg_no -> id
    jobs: dict[str, str] = field(default_factory=dict)  # job id -> state
    digests: dict[str, str] = field(default_factory=dict)  # job id -> the hash in its PDF's name
    pdfs_read: set[str] = field(default_factory=set)
    acked: dict[str, str] = field(default_factory=dict)  # reg_no -> id, as the workers reported them


def read_log(log: Path, seen: Seen) -> list[str]:
    """The lines of the log (the acknowledged registrations go into `seen.acked`)."""
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    errors = [line for line in lines if line.startswith("error ")]
    assert not errors, errors[0].replace(" | ", "\n")
    for line in lines:
        if line.startswith("reg "):
            _, reg_no, reg_id, _job = line.split()
            seen.acked[reg_no] = hex_id(reg_id)
    return lines


def phase_at_kill(lines: list[str], seed: int) -> str:
    """What the worker of run `seed` was doing when it died."""
    run = lines[lines.index(f"run {seed}") :]
    last = run[-1]
    return last.split()[1] if last.startswith("begin ") else "between steps"


def check_database(database: Path, receipts: Path, seen: Seen) -> dict[str, int]:
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        files = dict(conn.execute("SELECT reg_no, id FROM registration").fetchall())

        # Committed files stay, with the same identity; acknowledged ones were committed.
        lost = {no: i for no, i in {**seen.files, **seen.acked}.items() if files.get(no) != i}
        assert not lost, f"files lost or changed: {sorted(lost)[:5]}"
        seen.files = files

        # Numbers: 1..N per counter and day, the sequence at N.
        by_day: dict[str, list[int]] = {}
        for reg_no in files:
            prefix, _, seq = reg_no.rpartition("-")
            by_day.setdefault(prefix, []).append(int(seq))
        sequences = {
            f"PWK-{counter}-{day.replace('-', '')[2:]}": last
            for counter, day, last in conn.execute("SELECT counter_code, day, last_value FROM number_sequence")
        }
        for prefix, seqs in by_day.items():
            assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"{prefix}: numbers {sorted(seqs)[:10]}..."
            assert sequences.get(prefix) == len(seqs), (prefix, sequences.get(prefix), len(seqs))

        # No half-written file.
        incomplete = conn.execute(
            "SELECT reg_no FROM registration r WHERE NOT EXISTS (SELECT 1 FROM card_event e "
            "WHERE e.registration_id = r.id AND e.action = 'registered') OR NOT EXISTS (SELECT 1 FROM print_job j "
            "WHERE j.registration_id = r.id AND j.kind = 'receipt' AND j.copy_no = 0)"
        ).fetchall()
        assert incomplete == []
        slipless = conn.execute(
            "SELECT id FROM returned_visit v WHERE NOT EXISTS (SELECT 1 FROM print_job j "
            "WHERE j.visit_id = v.id AND j.kind = 'return_slip')"
        ).fetchall()
        assert slipless == []

        # The print journal: printed stays printed, `sending` is never re-sent or settled on its own.
        jobs = dict(conn.execute("SELECT id, state FROM print_job").fetchall())
        for job_id, before in seen.jobs.items():
            now = jobs.get(job_id)
            if before in (JobState.PRINTED, JobState.SENDING):
                assert now == before, f"job {job_id}: {before} -> {now}"
        failed = conn.execute("SELECT error FROM print_job WHERE state = 'failed'").fetchall()
        assert failed == [], failed[:3]
        seen.jobs = jobs
        unhashed = [j for j, state in jobs.items() if state != JobState.QUEUED and j not in seen.digests]
        for job_id, payload in conn.execute(
            f"SELECT id, payload FROM print_job WHERE id IN ({','.join('?' * len(unhashed))})", unhashed
        ):
            seen.digests[job_id] = hashlib.sha256(payload).hexdigest()[:8]
        visits = conn.execute("SELECT count(*) FROM returned_visit").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM card_event").fetchone()[0]
    finally:
        conn.close()

    # Receipts on "paper": whole PDFs only, one per printed job, at most one per uncertain job.
    names = sorted(os.listdir(receipts)) if receipts.exists() else []
    pdfs = [n for n in names if n.endswith(".pdf")]
    for name in pdfs:
        if name not in seen.pdfs_read:
            data = (receipts / name).read_bytes()
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), f"half-written {name}"
            seen.pdfs_read.add(name)
    # Two return slips can be byte for byte the same (one person, one minute): count per digest.
    copies = Counter(name.rsplit("-", 1)[1].removesuffix(".pdf") for name in pdfs)
    printed: Counter[str] = Counter()
    uncertain: Counter[str] = Counter()
    for job_id, state in jobs.items():
        if state == JobState.PRINTED:
            printed[seen.digests[job_id]] += 1
        elif state == JobState.SENDING:
            uncertain[seen.digests[job_id]] += 1
    for digest in set(copies) | set(printed) | set(uncertain):
        assert printed[digest] <= copies[digest] <= printed[digest] + uncertain[digest], (
            f"receipt {digest}: {copies[digest]} PDFs for {printed[digest]} printed and {uncertain[digest]} "
            "uncertain jobs"
        )
    return {
        "files": len(files),
        "visits": visits,
        "events": events,
        "jobs": len(jobs),
        "sending": sum(1 for s in jobs.values() if s == JobState.SENDING),
        "pdfs": len(pdfs),
        "part_files": sum(1 for n in names if n.endswith(".part")),
    }


def test_killed_at_random_moments_loses_and_doubles_nothing(
    zygote: Zygote, zygote_parts: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    database, receipts, log = zygote_parts
    rng = random.Random(20261123)
    seen = Seen()
    phases: Counter[str] = Counter()
    started = time.monotonic()
    figures: dict[str, int] = {}
    for kill in range(KILLS):
        seed = 1000 + kill
        pid = zygote.fork(seed)
        time.sleep(rng.uniform(*DELAY_S))
        os.kill(pid, signal.SIGKILL)
        status = zygote.reap(pid)
        lines = read_log(log, seen)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (status, lines[-3:])
        phases[phase_at_kill(lines, seed)] += 1
        figures = check_database(database, receipts, seen)
    killing_s = time.monotonic() - started
    assert figures["files"] >= KILLS // 2  # the workers did register between the kills
    assert phases["register"] >= 1  # ... and some kills landed inside a registration

    # The application opens the file: the uncertain jobs are asked about, every card shows, and
    # the files reprint (all of them at full size).
    app = open_application(str(database))
    try:
        sending = {hex_id(job.id) for job in app.printing.uncertain()}
        assert sending == {j for j, state in seen.jobs.items() if state == JobState.SENDING}
        reg_nos = sorted(seen.files)
        sample = reg_nos if FULL else random.Random(1).sample(reg_nos, min(30, len(reg_nos)))
        for index, reg_no in enumerate(sample):
            view = app.cards.show(reg_no)
            assert hex_id(view.registration.id) == seen.files[reg_no]
            assert app.registration.find(view.registration.tracking_code).reg_no == reg_no
            target = tmp_path / "reprints" / f"{index}.bin"
            target.parent.mkdir(exist_ok=True)
            job = app.printing.reprint(reg_no, "uji pemulihan", target.as_uri())
            assert app.printing.send(job.id).state is JobState.PRINTED
            printout = parse_escpos(target.read_bytes())
            assert fields(printout.texts)["No. Registrasi"].value == reg_no
            assert f"DUPLIKAT ke-{job.copy_no}" in printout.texts
            if index < 3:
                qrs = [text for image in printout.images for text in decode_qr(image)]
                assert qrs == [status_url(BASE_URL, view.registration.tracking_code)]
    finally:
        app.close()
    note(
        "crash",
        kills=KILLS,
        seconds=round(time.monotonic() - started, 1),
        killing_seconds=round(killing_s, 1),
        reprinted=len(sample),
        **figures,
        **{f"killed_in_{phase.replace(' ', '_')}": count for phase, count in sorted(phases.items())},
    )
