"""A counter that works in a loop until it is killed with SIGKILL: the worker of the crash suite.

    python -m tests.reliability.crash_driver DB PRINTER_URI LOG

The process imports and warms up everything once, then reads commands on stdin:
- `fork SEED`: fork a worker (answers its pid on stdout); the worker opens DB with the real
  composition root and works until it is killed: it sends the receipts still queued (never those
  left in `sending`), then registers complete files and incomplete ones (return slips), prints
  their receipts on PRINTER_URI, reprints and advances cards, chosen at random;
- `reap PID`: wait for that worker; answers its wait status;
- `quit`.
Forking a warmed-up process makes a worker start in milliseconds, so the kills land while it
registers rather than while Python imports.

The worker appends one line per step to LOG (one `write` each, O_APPEND): `begin <step>` before a
step, and after it: `reg <reg_no> <id> <job>`, `visit <id> <job>`, `sent <job> <state>`,
`reprint <reg_no> <job>`, `event <reg_no>`. A `reg` line is written only after the commit
returned: those files must survive every later kill. `error <traceback>` means the worker failed on
its own (a bug), and it exits with status 70.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counter_app.app import Application, open_application
from counter_app.domain.control_card import CardAction
from counter_app.errors import KnownError
from counter_app.services.registration import Registered, RegistrationRequest

PERMIT = "IZIN-24201"
OFFICER = "sari"
RETURNING = [f"3214011708859{n:03d}" for n in range(1, 6)]  # people who come back


def applicant(rng: random.Random) -> dict[str, Any]:
    nik = rng.choice(RETURNING) if rng.random() < 0.2 else f"321401170885{rng.randint(1, 8999):04d}"
    return {
        "name": f"Pemohon {nik[-4:]} {rng.choice(['Santoso', 'Lestari', 'Núñez', 'Siregar'])}",
        "nik": nik,
        "phone": "0812-3456-7890",
        "address": f"Jl. Veteran No. {rng.randint(1, 300)}",
    }


def known_files(log: str) -> list[str]:
    """Registration numbers earlier workers reported as committed."""
    try:
        with open(log, encoding="utf-8") as lines:
            return [line.split()[1] for line in lines if line.startswith("reg ")]
    except FileNotFoundError:
        return []


class Worker:
    def __init__(self, database: str, printer: str, log: str, seed: int) -> None:
        self.rng = random.Random(seed)
        self.database = database
        self.printer = printer
        self.files = known_files(log)
        self._fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self.write(f"run {seed}")

    def write(self, line: str) -> None:
        os.write(self._fd, (line + "\n").encode("utf-8"))

    def step(self, name: str, action: Callable[[], str | None]) -> None:
        self.write(f"begin {name}")
        done = action()
        if done:
            self.write(done)

    def run(self) -> None:
        app: Application | None = None

        def start() -> str:
            nonlocal app
            app = open_application(self.database)
            return "open"

        self.step("open", start)
        assert app is not None
        for job in app.printing.queued():  # the print worker catching up; `sending` jobs are left alone
            self.send(app, job.id)
        while True:
            roll = self.rng.random()
            if roll < 0.7 or not self.files:
                self.register(app)
            elif roll < 0.8:
                self.return_slip(app)
            elif roll < 0.9:
                self.advance(app)
            else:
                self.reprint(app)

    def send(self, app: Application, job_id: str) -> None:
        self.step("send", lambda: f"sent {job_id} {app.printing.send(job_id, self.printer).state.value}")

    def register(self, app: Application) -> None:
        request = RegistrationRequest(PERMIT, applicant(self.rng), OFFICER)
        outcome = None

        def submit() -> str:
            nonlocal outcome
            outcome = app.registration.submit(request)
            assert isinstance(outcome, Registered)
            registration = outcome.registration
            return f"reg {registration.reg_no} {registration.id} {outcome.print_job.id}"

        self.step("register", submit)
        assert isinstance(outcome, Registered)
        self.files.append(outcome.registration.reg_no)
        if self.rng.random() < 0.7:
            self.send(app, outcome.print_job.id)

    def return_slip(self, app: Application) -> None:
        request = RegistrationRequest(PERMIT, applicant(self.rng), OFFICER, received={})
        job_id = ""

        def submit() -> str:
            nonlocal job_id
            outcome = app.registration.submit(request)
            assert not isinstance(outcome, Registered)
            job_id = outcome.print_job.id
            return f"visit {outcome.visit.id} {job_id}"

        self.step("return_slip", submit)
        if self.rng.random() < 0.5:
            self.send(app, job_id)

    def advance(self, app: Application) -> None:
        reg_no = self.rng.choice(self.files)

        def act() -> str | None:
            view = app.cards.show(reg_no)
            if view.state.stage + 1 >= len(view.registration.permit.stages):
                return None
            role = view.registration.permit.stages[view.state.stage].role
            try:
                app.cards.act(reg_no, CardAction.ADVANCED, "rudi", role)
            except KnownError:
                return None  # a rule refused it (closed file, ...): nothing happened
            return f"event {reg_no}"

        self.step("advance", act)

    def reprint(self, app: Application) -> None:
        reg_no = self.rng.choice(self.files)
        job_id = ""

        def copy() -> str:
            nonlocal job_id
            job_id = app.printing.reprint(reg_no, "struk hilang").id
            return f"reprint {reg_no} {job_id}"

        self.step("reprint", copy)
        self.send(app, job_id)


def warm_up(database: str) -> None:
    """Do once what a worker does (on a scratch copy of the database), so that forked workers start
    at once: every lazily imported module is loaded. No connection is left open across the fork."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, "warm-up.sqlite3")
        shutil.copyfile(database, copy)
        app = open_application(copy)
        try:
            outcome = app.registration.submit(RegistrationRequest(PERMIT, applicant(random.Random(0)), OFFICER))
            app.printing.send(outcome.print_job.id, Path(scratch, "struk").as_uri().replace("file:", "pdf:", 1))
        finally:
            app.close()


def fork_worker(database: str, printer: str, log: str, seed: int) -> int:
    pid = os.fork()
    if pid:
        return pid
    status = 70
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # stdout belongs to the zygote's answers
        worker = Worker(database, printer, log, seed)
        try:
            worker.run()
        except BaseException:
            worker.write("error " + traceback.format_exc().replace("\n", " | "))
            raise
    finally:
        os._exit(status)


def main() -> int:
    database, printer, log = sys.argv[1:4]
    warm_up(database)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "fork":
            print(fork_worker(database, printer, log, int(argument)), flush=True)
        elif command == "reap":
            print(os.waitpid(int(argument), 0)[1], flush=True)
        elif command == "quit":
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
