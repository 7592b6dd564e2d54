"""Printer fault suite: the fault matrix of the printing issue run against the whole app flow.

The matrix (issue 4): a printer that refuses the connection, one that closes it mid-job, one that
stops reading, and one that never answers the connection at all (switched off on the network).
For each, on SQLite and PostgreSQL, through the application's services with the real transport
and real sockets on 127.0.0.1: a file is registered, its receipt goes to the faulty printer, and

- the file is intact (found by number, its card at the first stage) and no job is left in doubt;
- a failed job says why in Indonesian; one retry on a working printer prints exactly one copy (the
  stored bytes, read back as a receipt), and a printed job is never sent again;
- a reprint prints exactly one copy marked DUPLIKAT ke-1.

The app restarting while a job is `sending`, as separate processes: `counter-app register
--printer` fails on a refused printer (exit 6, the file kept); `counter-app receipt --copy` is
killed (SIGKILL) while its job waits for a printer that does not answer; the printer comes back;
the desktop app starts, asks whether the slip printed ("Tidak tercetak"), and "Coba lagi" in its
print queue prints the original and the duplicate once each; `counter-app receipt` then refuses to
print a third time.

Small: each fault once, the restart on SQLite; RELIABILITY_FULL=1: each fault 25 times, the
restart on SQLite and PostgreSQL. Known gap (`test_a_printer_that_stops_reading_is_not_reported_printed`):
a receipt (~13 kB) fits in the socket buffers, so a printer that stops reading is reported printed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.app import Application, open_application
from counter_app.domain.print_job import JobState
from counter_app.domain.tracking import status_url
from counter_app.errors import NotAllowed
from counter_app.services.registration import Registered, RegistrationRequest
from db import create_engine_for
from db.models import PrintJobRow
from printing import UriTransport
from tests.helpers.clock import FixedClock
from tests.printing.escpos_reader import decode_qr, parse_escpos
from tests.printing.loopback import Behaviour, LoopbackPrinter, free_port
from tests.printing.paper import fields
from tests.reliability.messages import catalogued
from tests.reliability.printers import JobPrinter, Unanswering
from tests.reliability.size import FULL, note, scale
from tests.services.conftest import APPLICANT, WIB
from tests.ui.conftest import open_window, settle
from tests.ui.driving import answering, click

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = scale(1, 25)
FAULTS = ["refused", "closed_mid_job", "stalled", "unanswering"]
BASE_URL = "https://status.contoh.go.id"
PERMIT = "IZIN-24201"
TIMEOUT_S = 1.0


@contextmanager
def faulty_printer(fault: str) -> Iterator[tuple[str, bytearray]]:
    """(its URI, what it received: filled by the loopback printers, empty for the others)."""
    if fault == "refused":
        yield f"tcp://127.0.0.1:{free_port()}", bytearray()
    elif fault == "unanswering":
        printer = Unanswering()
        try:
            yield printer.uri, bytearray()
        finally:
            printer.close()
    else:
        behaviour: Behaviour = "close_after" if fault == "closed_mid_job" else "stall"
        with LoopbackPrinter(behaviour, close_after=1000) as loopback:
            yield loopback.uri, loopback.received


@pytest.fixture
def app(database_url: str) -> Iterator[Application]:
    application = open_application(
        database_url, clock=FixedClock(datetime(2026, 11, 23, 9, 15, tzinfo=WIB)), transport=UriTransport(TIMEOUT_S)
    )
    application.settings.set_many({"office.code": "PWK", "counter.code": "L01", "status.base_url": BASE_URL})
    yield application
    application.close()


def printed_once(printer: JobPrinter) -> bytes:
    """The one job `printer` received (closing it first, so that a second one would show)."""
    printer.close()
    assert len(printer.jobs) == 1, f"{len(printer.jobs)} copies"
    return printer.jobs[0]


@pytest.mark.parametrize("fault", FAULTS)
def test_a_printer_fault_costs_nothing_and_one_retry_prints_one_copy(app: Application, fault: str) -> None:
    started = time.monotonic()
    outcomes: Counter[str] = Counter()
    for round_no in range(ROUNDS):
        outcome = app.registration.submit(RegistrationRequest(PERMIT, APPLICANT, "sari"))
        assert isinstance(outcome, Registered)
        registration = outcome.registration
        with faulty_printer(fault) as (uri, received):
            job = app.printing.send(outcome.print_job.id, uri)
            if fault == "closed_mid_job":
                time.sleep(0.05)  # the printer's thread finishes reading what it takes
            if job.state is JobState.PRINTED and len(received) < len(outcome.print_job.payload):
                outcomes["printed_but_incomplete"] += 1  # the gap: reported printed, not on paper

        assert app.registration.find(registration.reg_no) == registration
        card = app.cards.show(registration.reg_no)
        assert (card.state.stage, len(card.events)) == (0, 1)
        assert job.state in (JobState.FAILED, JobState.PRINTED)
        assert app.printing.uncertain() == [] and app.printing.queued() == []
        outcomes[job.state.value] += 1
        if job.state is JobState.FAILED:
            assert catalogued(job.error, "printing"), job.error
            assert [j.id for j in app.printing.failed()] == [job.id]
            printer = JobPrinter()
            retried = app.printing.retry(job.id, printer.uri)
            assert (retried.state, retried.attempts) == (JobState.PRINTED, 2)
            assert printed_once(printer) == outcome.print_job.payload
        with pytest.raises(NotAllowed):
            app.printing.retry(job.id, f"tcp://127.0.0.1:{free_port()}")  # printed: never again

        printer = JobPrinter()
        duplicate = app.printing.reprint(registration.reg_no, "kertas macet", printer.uri)
        assert app.printing.send(duplicate.id).state is JobState.PRINTED
        printout = parse_escpos(printed_once(printer))
        assert fields(printout.texts)["No. Registrasi"].value == registration.reg_no
        assert "DUPLIKAT ke-1" in printout.texts
        if round_no == 0:
            assert [text for image in printout.images for text in decode_qr(image)] == [
                status_url(BASE_URL, registration.tracking_code)
            ]
        assert app.printing.failed() == []
    if fault in ("refused", "unanswering"):
        assert outcomes == {"failed": ROUNDS}
    note(
        "printer-faults",
        fault=fault,
        backend=app.engine.dialect.name,
        rounds=ROUNDS,
        seconds=round(time.monotonic() - started, 1),
        **outcomes,
    )


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="a receipt fits in the socket buffers: a printer that stops reading is reported printed (a gap)",
)
def test_a_printer_that_stops_reading_is_not_reported_printed(app: Application) -> None:
    outcome = app.registration.submit(RegistrationRequest(PERMIT, APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    with LoopbackPrinter("stall") as printer:
        job = app.printing.send(outcome.print_job.id, printer.uri)
        assert printer.received == b""
    assert job.state is JobState.FAILED


# -- the app restarting while a job is `sending` -----------------------------------------------


def restart_backends() -> list[object]:
    backends: list[object] = ["sqlite"]
    if FULL and os.environ.get("COUNTER_APP_TEST_PG_URL"):
        backends.append(pytest.param("postgres", marks=pytest.mark.postgres))
    return backends


@pytest.fixture(params=restart_backends())
def restart_database_url(request: pytest.FixtureRequest) -> str:
    name = "sqlite_database_url" if request.param == "sqlite" else "postgres_database_url"
    return str(request.getfixturevalue(name))


def cli(database: str, *argv: str) -> list[str]:
    return [sys.executable, "-m", "counter_app", "--db", database, *argv]


def wait_until_sending(database: str, process: subprocess.Popen[str], copy_no: int) -> None:
    engine = create_engine_for(database)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, f"the command ended (exit {process.returncode}) before sending"
            with engine.connect() as conn:
                states = conn.scalars(select(PrintJobRow.state).where(PrintJobRow.copy_no == copy_no)).all()
            if states == ["sending"]:
                return
            time.sleep(0.02)
        raise AssertionError("the job never reached `sending`")
    finally:
        engine.dispose()


@pytest.mark.gui
@pytest.mark.slow
def test_the_app_restarting_while_a_job_is_sending(qtbot: QtBot, restart_database_url: str, tmp_path: Path) -> None:
    started = time.monotonic()
    database = restart_database_url
    applicant = tmp_path / "pemohon.json"
    applicant.write_text(json.dumps(APPLICANT), encoding="utf-8")
    port = free_port()
    uri = f"tcp://127.0.0.1:{port}"

    # 1. The printer is off: the file is registered, the receipt fails, exit 6.
    registered = subprocess.run(
        cli(
            database,
            "register",
            "--permit",
            PERMIT,
            "--applicant",
            str(applicant),
            "--docs",
            "all",
            "--printer",
            uri,
            "--json",
        ),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert registered.returncode == 6, registered.stderr
    answer = json.loads(registered.stdout)
    reg_no = answer["reg_no"]
    assert answer["print_job"]["state"] == "failed"
    assert catalogued(answer["print_job"]["error"], "printing")

    # 2. A duplicate is asked for while the printer is on the network but does not answer; the
    #    process is killed while its job is `sending`.
    unanswering = Unanswering(port)
    try:
        copying = subprocess.Popen(
            cli(database, "receipt", reg_no, "--copy", "--reason", "struk hilang", "--printer", uri),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            wait_until_sending(database, copying, copy_no=1)
        finally:
            os.kill(copying.pid, signal.SIGKILL)
            assert copying.wait(timeout=30) == -signal.SIGKILL
    finally:
        printer = unanswering.back_online()  # 3. the printer comes back

    try:
        # 4. The desktop app starts: it asks about the slip, never sends it on its own, and
        #    "Coba lagi" prints the original and the duplicate once each.
        application = open_application(database, transport=UriTransport(timeout=5))
        try:
            [uncertain] = application.printing.uncertain()
            assert uncertain.copy_no == 1
            window = open_window(qtbot, application)
            assert window.desk is not None
            with answering([click("Tidak tercetak")]) as asked:
                window.start()
            assert asked == ["Struk belum pasti tercetak"]
            assert printer.jobs == []
            queue = window.desk.queue
            assert queue.model.rowCount() == 2
            for _ in range(2):
                with qtbot.waitSignal(window.signals.receipt_printed, timeout=15_000):
                    queue.retry_button(0).click()
                qtbot.waitUntil(lambda: not window.desk.journal.in_flight)  # type: ignore[union-attr]
            qtbot.waitUntil(lambda: queue.model.rowCount() == 0)
            settle(window)
            assert application.printing.uncertain() == [] and application.printing.failed() == []
        finally:
            application.close()

        # 5. The command line will not print it a third time.
        again = subprocess.run(
            cli(database, "receipt", reg_no, "--printer", uri),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert again.returncode == 2, again.stderr
        assert "sudah pernah dicetak" in again.stderr
    finally:
        printer.close()
    papers = [parse_escpos(job).texts for job in printer.jobs]
    assert len(papers) == 2
    assert all(fields(texts)["No. Registrasi"].value == reg_no for texts in papers)
    assert sorted("DUPLIKAT ke-1" in texts for texts in papers) == [False, True]
    note(
        "printer-restart",
        backend=database.split(":")[0] if "://" in database else "sqlite",
        seconds=round(time.monotonic() - started, 1),
    )
