"""UriTransport against real sockets, files and folders; faults become Indonesian PrinterErrors."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from counter_app.domain.printer_profile import PrinterProfile, QrMode
from counter_app.domain.receipt import Office, receipt_document
from counter_app.domain.registration import Registration
from counter_app.errors import PrinterError
from printing import EscposRenderer, UriTransport, parse_printer_uri
from printing.transport import PrinterTarget
from tests.printing.conftest import GROUPED_CODE, REG_NO, have_tool
from tests.printing.escpos_reader import decode_qr, parse_escpos
from tests.printing.loopback import STATUS_QUERY, LoopbackPrinter, free_port

BIG = 8 * 1024 * 1024  # larger than the loopback socket buffers: the fault hits mid-job


@pytest.fixture
def receipt(registration: Registration, office: Office) -> bytes:
    return EscposRenderer().escpos(receipt_document(registration, office), PrinterProfile())


def test_a_network_printer_receives_exactly_the_payload(receipt: bytes) -> None:
    with LoopbackPrinter() as printer:
        UriTransport(timeout=5).send(printer.uri, receipt)
        assert printer.wait() == receipt
        assert printer.connections == 1
    assert f": {REG_NO}" in parse_escpos(receipt).text


def test_a_large_job_arrives_whole(receipt: bytes) -> None:
    payload = receipt * (BIG // len(receipt))
    with LoopbackPrinter() as printer:
        UriTransport(timeout=5).send(printer.uri, payload)
        assert printer.wait() == payload


def test_connection_refused(receipt: bytes) -> None:
    port = free_port()
    with pytest.raises(PrinterError) as caught:
        UriTransport(timeout=1).send(f"tcp://127.0.0.1:{port}", receipt)
    assert caught.value.message == (
        f"Printer tidak terhubung: koneksi ke 127.0.0.1:{port} ditolak. Periksa kabel/jaringan dan printer menyala."
    )
    assert caught.value.exit_code == 6


def test_printer_closes_the_connection_mid_job(receipt: bytes) -> None:
    payload = receipt * (BIG // len(receipt))
    with LoopbackPrinter("close_after", close_after=64 * 1024) as printer:
        with pytest.raises(PrinterError) as caught:
            UriTransport(timeout=5).send(printer.uri, payload)
        assert 0 < len(printer.wait()) < len(payload)
    assert caught.value.message == (
        "Koneksi ke printer terputus saat mencetak; periksa apakah struk tercetak sebagian."
    )


def test_printer_that_stops_reading_times_out(receipt: bytes) -> None:
    payload = receipt * (BIG // len(receipt))
    with LoopbackPrinter("stall") as printer:
        started = time.monotonic()
        with pytest.raises(PrinterError) as caught:
            UriTransport(timeout=1).send(printer.uri, payload)
        elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 3.5
    assert caught.value.message == (
        "Printer tidak merespons dalam 1 detik saat mencetak; periksa apakah struk tercetak sebagian."
    )


def test_paper_out_is_reported_only_when_the_printer_says_so(receipt: bytes) -> None:
    with LoopbackPrinter("paper_out") as printer:
        with pytest.raises(PrinterError) as caught:
            UriTransport(timeout=1, check_paper=True).send(printer.uri, receipt)
        assert printer.wait() == STATUS_QUERY  # asked, then nothing of the job was sent
    assert caught.value.message.startswith(f"Kertas printer 127.0.0.1:{printer.port} habis.")
    # a printer that does not answer the status query is not "out of paper": the job goes out
    with LoopbackPrinter() as silent:
        UriTransport(timeout=1, check_paper=True).send(silent.uri, receipt)
        assert silent.wait() == STATUS_QUERY + receipt


def test_file_uri_appends_the_exact_bytes(receipt: bytes, tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    target.write_bytes(b"before|")
    transport = UriTransport()
    transport.send(target.as_uri(), receipt)
    transport.send(target.as_uri(), b"\x1b@second")
    assert target.read_bytes() == b"before|" + receipt + b"\x1b@second"


def test_file_uri_that_cannot_be_opened(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "lp0"
    with pytest.raises(PrinterError) as caught:
        UriTransport().send(missing.as_uri(), b"x")
    assert caught.value.message.startswith(f"Printer tidak ditemukan: {missing}.")


@pytest.mark.parametrize(
    "uri",
    [
        "",
        "192.168.1.50:9100",
        "tcp://",
        "tcp://printer:port",
        "tcp://printer:70000",
        "tcp://printer:9100/extra",
        "usb://04b8",
        "usb://zzzz:0202",
        "usb://04b8:0202?speed=fast",
        "serial://",
        "serial:///dev/ttyUSB0?baud=fast",
        "ftp://printer/",
        "file://relative/path",
        "file:///tmp/x?mode=w",
        "win32://",
        "cups://",
        "pdf://",
    ],
)
def test_invalid_uris_name_the_uri_and_an_example(uri: str) -> None:
    with pytest.raises(PrinterError) as caught:
        UriTransport().send(uri, b"x")
    message = caught.value.message
    assert message.startswith(f"Alamat printer tidak dikenali: {uri or chr(39) * 2}. Contoh: ")
    example = message.rsplit("Contoh: ", 1)[1]
    parse_printer_uri(example)  # the example itself is valid


@pytest.mark.parametrize(
    ("uri", "target"),
    [
        ("tcp://192.168.1.50", PrinterTarget("tcp", "tcp://192.168.1.50", host="192.168.1.50", port=9100)),
        ("TCP://printer.local:9101", PrinterTarget("tcp", "TCP://printer.local:9101", host="printer.local", port=9101)),
        ("usb://04b8:0202", PrinterTarget("usb", "usb://04b8:0202", vendor=0x04B8, product=0x0202)),
        (
            "usb://0x0416:0x5011?out_ep=0x03&in_ep=0x81",
            PrinterTarget(
                "usb",
                "usb://0x0416:0x5011?out_ep=0x03&in_ep=0x81",
                vendor=0x0416,
                product=0x5011,
                out_ep=3,
                in_ep=0x81,
            ),
        ),
        (
            "serial:///dev/ttyUSB0?baud=19200",
            PrinterTarget("serial", "serial:///dev/ttyUSB0?baud=19200", path="/dev/ttyUSB0", baud=19200),
        ),
        ("serial://COM3", PrinterTarget("serial", "serial://COM3", path="COM3")),
        ("file:///dev/usb/lp0", PrinterTarget("file", "file:///dev/usb/lp0", path="/dev/usb/lp0")),
        ("file:///C:/struk/job.bin", PrinterTarget("file", "file:///C:/struk/job.bin", path="C:/struk/job.bin")),
        ("win32://EPSON TM-T82", PrinterTarget("win32", "win32://EPSON TM-T82", name="EPSON TM-T82")),
        ("win32://EPSON%20TM-T82", PrinterTarget("win32", "win32://EPSON%20TM-T82", name="EPSON TM-T82")),
        ("cups://struk", PrinterTarget("cups", "cups://struk", name="struk")),
        ("pdf:///var/loket/struk", PrinterTarget("pdf", "pdf:///var/loket/struk", path="/var/loket/struk")),
    ],
)
def test_uris_are_parsed(uri: str, target: PrinterTarget) -> None:
    assert parse_printer_uri(uri) == target


@pytest.mark.parametrize(
    ("uri", "module", "package"),
    [
        ("usb://04b8:0202", "usb", "pyusb"),
        ("serial:///dev/ttyUSB0", "serial", "pyserial"),
        ("win32://EPSON TM-T82", "win32print", "pywin32"),
        ("cups://struk", "cups", "pycups"),
    ],
)
def test_a_missing_optional_library_says_what_to_install(uri: str, module: str, package: str) -> None:
    if importlib.util.find_spec(module) is not None:
        pytest.skip(f"{package} is installed here, so its absence cannot be shown")
    with pytest.raises(PrinterError) as caught:
        UriTransport().send(uri, b"x")
    assert f"pip install {package}" in caught.value.message
    assert "belum terpasang" in caught.value.message


@pytest.mark.skipif(not have_tool("pdftotext"), reason="poppler-utils not installed")
@pytest.mark.parametrize("mode", list(QrMode))
def test_pdf_folder_saves_what_the_roll_would_print(
    registration: Registration, office: Office, url: str, mode: QrMode, tmp_path: Path
) -> None:
    payload = EscposRenderer().escpos(receipt_document(registration, office), PrinterProfile(qr_mode=mode))
    folder = tmp_path / "struk"
    UriTransport().send(folder.as_uri().replace("file://", "pdf://"), payload)
    (pdf,) = folder.glob("*.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert REG_NO in text and GROUPED_CODE in text
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert [t for png in sorted(tmp_path.glob("page*.png")) for t in decode_qr(Image.open(png))] == [url]


def test_pdf_folder_keeps_a_pdf_payload_as_it_is(tmp_path: Path) -> None:
    UriTransport().send(f"pdf://{tmp_path}/out", b"%PDF-1.4 fake")
    (saved,) = (tmp_path / "out").glob("*.pdf")
    assert saved.read_bytes() == b"%PDF-1.4 fake"


def test_pdf_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(PrinterError) as caught:
        UriTransport().send(f"pdf://{blocker}/sub", b"\x1b@x\n")
    assert caught.value.message.startswith(f"Tidak dapat menyimpan PDF di {blocker}/sub")


def test_a_printer_that_never_answers_the_connection_times_out() -> None:
    # a listening socket whose accept queue is full drops new connection attempts (Linux)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        port = int(server.getsockname()[1])
        fillers = []
        try:
            for _ in range(3):
                filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                fillers.append(filler)
                filler.settimeout(0.2)
                try:
                    filler.connect(("127.0.0.1", port))
                except TimeoutError:
                    break
            else:
                pytest.skip("this kernel accepts connections beyond the backlog")
            started = time.monotonic()
            with pytest.raises(PrinterError) as caught:
                UriTransport(timeout=1).send(f"tcp://127.0.0.1:{port}", b"x")
            assert time.monotonic() - started < 3
        finally:
            for filler in fillers:
                filler.close()
    assert caught.value.message == (
        f"Printer tidak merespons dalam 1 detik (127.0.0.1:{port}). Periksa kabel/jaringan dan printer menyala."
    )


def test_a_file_printer_without_permission(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    device.chmod(0o400)
    with pytest.raises(PrinterError) as caught:
        UriTransport().send(device.as_uri(), b"x")
    assert caught.value.message.startswith(f"Tidak ada izin membuka printer {device}.")
