"""End to end: register a file, and the print journal sends its receipt to a network printer on
127.0.0.1 through `UriTransport`; what arrives is read back as paper (database: SQLite, and
PostgreSQL when configured)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from counter_app.app import Application, open_application
from counter_app.domain.print_job import JobState
from counter_app.domain.tracking import format_tracking_code, status_url
from counter_app.services.registration import Registered, RegistrationRequest
from printing import UriTransport
from tests.helpers.clock import FixedClock
from tests.printing.escpos_reader import decode_qr, parse_escpos
from tests.printing.loopback import LoopbackPrinter, free_port
from tests.printing.paper import fields

APPLICANT = {
    "name": "Budi Santoso",
    "nik": "3214011708850001",
    "phone": "0812-3456-7890",
    "business": {"name": "PT Logam Mulia Jaya", "form": "badan_usaha", "nib": "1234567890123"},
}
BASE_URL = "https://status.contoh.go.id"


@pytest.fixture
def app(database_url: str) -> Iterator[Application]:
    clock = FixedClock(datetime(2026, 11, 23, 9, 15, tzinfo=ZoneInfo("Asia/Jakarta")))
    application = open_application(database_url, clock=clock, transport=UriTransport(timeout=2))
    application.settings.set("office.name", "DPMPTSP Kabupaten Purwakarta")
    application.settings.set("status.base_url", BASE_URL)
    application.settings.set("printer.paper_mm", "58")
    yield application
    application.close()


def register(app: Application) -> Registered:
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    return outcome


def test_a_registration_prints_its_receipt_on_a_network_printer(app: Application) -> None:
    outcome = register(app)
    registration = outcome.registration
    with LoopbackPrinter() as printer:
        job = app.printing.send(outcome.print_job.id, printer.uri)
        received = printer.wait()
    assert job.state is JobState.PRINTED and job.error == ""
    assert received == outcome.print_job.payload
    printout = parse_escpos(received)
    found = fields(printout.texts)
    assert found["No. Registrasi"].value == registration.reg_no
    assert found["NIK"].value == "3214 **** **** 0001"
    assert format_tracking_code(registration.tracking_code) in printout.texts
    assert [text for image in printout.images for text in decode_qr(image)] == [
        status_url(BASE_URL, registration.tracking_code)
    ]
    assert all(line.cells <= 32 for line in printout.lines)
    assert b"3214011708850001" not in received


def test_a_reprint_goes_out_marked_as_a_duplicate(app: Application) -> None:
    outcome = register(app)
    with LoopbackPrinter() as printer:
        reprint = app.printing.reprint(outcome.registration.reg_no, "kertas macet", printer.uri)
        sent = app.printing.send(reprint.id)
        received = printer.wait()
    assert sent.state is JobState.PRINTED
    texts = parse_escpos(received).texts
    assert "DUPLIKAT ke-1" in texts
    assert fields(texts)["Alasan cetak ulang"].value == "kertas macet"
    assert fields(texts)["No. Registrasi"].value == outcome.registration.reg_no


def test_an_unreachable_printer_fails_the_job_in_indonesian(app: Application) -> None:
    outcome = register(app)
    port = free_port()
    job = app.printing.send(outcome.print_job.id, f"tcp://127.0.0.1:{port}")
    assert job.state is JobState.FAILED
    assert job.error == (
        f"Printer tidak terhubung: koneksi ke 127.0.0.1:{port} ditolak. Periksa kabel/jaringan dan printer menyala."
    )
