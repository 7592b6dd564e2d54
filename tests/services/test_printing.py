"""The print journal over the database: send, fail, retry, crash mid-send, reprint."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from counter_app.app import Application, open_application
from counter_app.domain.print_job import JobState
from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.registration import Registered, RegistrationRequest
from tests.helpers.clock import FixedClock
from tests.services.conftest import APPLICANT


class Crash(BaseException):
    """Stands for the process dying while the bytes are on their way."""


class CrashingTransport:
    def send(self, uri: str, payload: bytes) -> None:
        raise Crash


def register(app: Application) -> Registered:
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    return outcome


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_send_to_a_file_printer(app: Application, tmp_path: Path) -> None:
    outcome = register(app)
    target = tmp_path / "printer.bin"
    job = app.printing.send(outcome.print_job.id, f"file://{target}")
    assert job.state is JobState.PRINTED
    assert target.read_bytes() == outcome.print_job.payload
    with pytest.raises(NotAllowed):
        app.printing.send(job.id)


def test_a_refused_printer_fails_clearly_and_one_retry_prints_once(app: Application, tmp_path: Path) -> None:
    outcome = register(app)
    failed = app.printing.send(outcome.print_job.id, f"tcp://127.0.0.1:{closed_port()}")
    assert failed.state is JobState.FAILED
    assert "ditolak" in failed.error
    assert app.registration.find(outcome.registration.reg_no) == outcome.registration
    assert [j.id for j in app.printing.failed()] == [failed.id]
    target = tmp_path / "printer.bin"
    printed = app.printing.retry(failed.id, f"file://{target}")
    assert printed.state is JobState.PRINTED
    assert printed.attempts == 2
    assert target.read_bytes() == outcome.print_job.payload  # exactly one copy
    assert app.printing.failed() == []


def test_no_printer_configured_is_a_clear_failure(app: Application) -> None:
    job = app.printing.send(register(app).print_job.id)
    assert job.state is JobState.FAILED
    assert "printer.uri" in job.error


def test_a_job_caught_by_a_crash_is_never_resent_on_its_own(
    database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    crashing = open_application(database_url, clock=clock, transport=CrashingTransport())
    try:
        outcome = register(crashing)
        with pytest.raises(Crash):
            crashing.printing.send(outcome.print_job.id, "tcp://127.0.0.1:9100")
    finally:
        crashing.close()
    restarted = open_application(database_url, clock=clock)
    try:
        uncertain = restarted.printing.uncertain()
        assert [j.id for j in uncertain] == [outcome.print_job.id]
        assert restarted.printing.queued() == []
        assert restarted.printing.send_queued() == []  # the worker leaves it alone
        with pytest.raises(NotAllowed):
            restarted.printing.send(outcome.print_job.id)
        settled = restarted.printing.settle(outcome.print_job.id, printed=False)
        assert settled.state is JobState.FAILED
        target = tmp_path / "printer.bin"
        assert restarted.printing.retry(settled.id, f"file://{target}").state is JobState.PRINTED
        assert restarted.printing.uncertain() == []
    finally:
        restarted.close()


def test_settle_as_printed(app: Application, database_url: str, clock: FixedClock) -> None:
    crashing = open_application(database_url, clock=clock, transport=CrashingTransport())
    try:
        job = register(crashing).print_job
        with pytest.raises(Crash):
            crashing.printing.send(job.id, "tcp://127.0.0.1:9100")
    finally:
        crashing.close()
    assert app.printing.settle(job.id, printed=True).state is JobState.PRINTED


def test_reprint_is_a_numbered_duplicate_with_a_reason(app: Application, tmp_path: Path) -> None:
    outcome = register(app)
    with pytest.raises(ValidationError):
        app.printing.reprint(outcome.registration.reg_no, "  ")
    first = app.printing.reprint(outcome.registration.reg_no, "struk hilang")
    second = app.printing.reprint(outcome.registration.reg_no, "kertas macet")
    assert (first.copy_no, second.copy_no) == (1, 2)
    assert b"DUPLIKAT ke-2" in second.payload
    assert b"kertas macet" in second.payload
    assert outcome.registration.reg_no.encode() in second.payload
    assert [j.copy_no for j in app.printing.jobs_for(outcome.registration.id)] == [0, 1, 2]
