"""Sending rendered ESC/POS bytes to the printer named by a URI: `UriTransport`.

| URI | backend (python-escpos) |
|---|---|
| `tcp://host[:port]` (port 9100) | `Network(host, port, timeout)` |
| `usb://VID:PID[?out_ep=0x01&in_ep=0x82]` (hex) | `Usb` (needs pyusb + libusb) |
| `serial:///dev/ttyUSB0[?baud=9600]`, `serial://COM3` | `Serial` (needs pyserial) |
| `file:///dev/usb/lp0`, `file:///path/job.bin` | `File`, opened for appending |
| `win32://Printer Name` | `Win32Raw`, a RAW job (needs pywin32, Windows) |
| `cups://Queue` | `CupsPrinter`, a raw job (needs pycups) |
| `pdf:///folder` | no printer: a PDF of what the roll would print (`virtual_printer`) |

`pdf:///folder` saves each job as `<folder>/<YYYYmmdd-HHMMSS>-<hash>.pdf` (a payload that already is
a PDF is saved as it is): for an office without a receipt printer, or to keep what was printed.

The bytes go out as they are (`printer._raw`, the one raw-write every escpos backend implements), in
4 kB pieces: the timeout (≤ 5 s) then means "no progress for that long", so a slow printer that keeps
taking data is never cut off mid-receipt while a dead one is noticed quickly. The connection is
always closed. Every failure becomes a `PrinterError` with an Indonesian message saying what
happened and what to check; python-escpos raises its own `escpos.exceptions.Error`
(`DeviceNotFoundError` for a refused connection, on opening) and lets raw `OSError`s through
(`ConnectionResetError`, `BrokenPipeError`, `TimeoutError` while writing): both are caught.

Paper status is not asked by default: escpos's `paper_status()` reports "adequate" when the printer
answers nothing. With `check_paper=True` (tcp, usb, serial) the printer is asked once before the job
(DLE EOT 4) and only a real answer saying "no paper" stops the job; no answer means unknown.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from counter_app.errors import PrinterError
from counter_app.i18n import language, translate
from printing import _escpos

log = logging.getLogger("counter_app.printing")

DEFAULT_PORT = 9100
CHUNK = 4096
STATUS_WAIT = 0.5
"""Seconds to wait for an answer to the paper status query (tcp) before calling it unknown."""
JOB_NAME = "Loket MPP"
SCHEMES = ("tcp", "usb", "serial", "file", "win32", "cups", "pdf")
EXAMPLES = {
    "tcp": "tcp://192.168.1.50:9100",
    "usb": "usb://04b8:0202",
    "serial": "serial:///dev/ttyUSB0?baud=9600",
    "file": "file:///dev/usb/lp0",
    "win32": "win32://EPSON TM-T82",
    "cups": "cups://struk",
    "pdf": "pdf:///home/loket/struk",
}
_HEX4 = re.compile(r"^(?:0x)?([0-9a-fA-F]{1,4})$")
_WINDOWS_DRIVE = re.compile(r"^/[A-Za-z]:[/\\]")
_WINDOWS_PORT = re.compile(r"^/?(COM\d+)$", re.IGNORECASE)


@dataclass(frozen=True)
class PrinterTarget:
    """A parsed printer URI."""

    scheme: str
    uri: str
    host: str = ""
    port: int = DEFAULT_PORT
    vendor: int = 0
    product: int = 0
    out_ep: int | None = None
    in_ep: int | None = None
    path: str = ""
    baud: int = 9600
    name: str = ""

    def describe(self) -> str:
        """How the messages name the printer."""
        match self.scheme:
            case "tcp":
                return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"
            case "usb":
                return f"USB {self.vendor:04x}:{self.product:04x}"
            case "win32" | "cups":
                return self.name
            case _:
                return self.path


def invalid_uri(uri: str, scheme: str = "") -> PrinterError:
    return PrinterError(
        translate("printing", "Alamat printer tidak dikenali: {uri}. Contoh: {example}").format(
            uri=uri or "''", example=EXAMPLES.get(scheme, EXAMPLES["tcp"])
        )
    )


def parse_printer_uri(uri: str) -> PrinterTarget:
    """The printer named by `uri`; PrinterError (naming the URI and an example) when it is not one."""
    text = uri.strip()
    scheme, sep, rest = text.partition("://")
    scheme = scheme.lower()
    if not sep or scheme not in SCHEMES or not rest:
        raise invalid_uri(uri, scheme if scheme in SCHEMES else "")
    try:
        target = _PARSERS[scheme](text, rest)
    except ValueError:
        raise invalid_uri(uri, scheme) from None
    if target is None:
        raise invalid_uri(uri, scheme)
    return target


def _tcp(uri: str, rest: str) -> PrinterTarget | None:
    parts = urlsplit(uri)
    host = parts.hostname or ""
    if not host or parts.path not in ("", "/") or parts.query or parts.username:
        return None
    port = parts.port or DEFAULT_PORT  # ValueError when not a number or out of range
    return PrinterTarget("tcp", uri, host=host, port=port)


def _hex(value: str) -> int:
    match = _HEX4.match(value.strip())
    if not match:
        raise ValueError(value)
    return int(match.group(1), 16)


def _usb(uri: str, rest: str) -> PrinterTarget | None:
    ids, _, query = rest.partition("?")
    vendor, colon, product = ids.rstrip("/").partition(":")
    if not colon:
        return None
    options = parse_qs(query, strict_parsing=bool(query))
    endpoints = {key: _hex(values[-1]) for key, values in options.items() if key in ("out_ep", "in_ep")}
    if set(options) - {"out_ep", "in_ep"}:
        return None
    return PrinterTarget(
        "usb",
        uri,
        vendor=_hex(vendor),
        product=_hex(product),
        out_ep=endpoints.get("out_ep"),
        in_ep=endpoints.get("in_ep"),
    )


def _local_path(rest: str) -> str:
    """`/dev/x` from `///dev/x`-style rests; `C:/x` on Windows; `localhost` allowed as host."""
    location, _, _ = rest.partition("?")
    if location.startswith("localhost/"):
        location = location[len("localhost") :]
    path = unquote(location)
    if _WINDOWS_DRIVE.match(path):
        path = path[1:]
    return path


def _serial(uri: str, rest: str) -> PrinterTarget | None:
    location, _, query = rest.partition("?")
    port = _WINDOWS_PORT.match(unquote(location))
    device = port.group(1).upper() if port else _local_path(location)
    if not device or (not port and not device.startswith("/")):
        return None
    options = parse_qs(query, strict_parsing=bool(query))
    if set(options) - {"baud"}:
        return None
    baud = int(options.get("baud", ["9600"])[-1])
    if baud <= 0:
        return None
    return PrinterTarget("serial", uri, path=device, baud=baud)


def _file(uri: str, rest: str) -> PrinterTarget | None:
    if "?" in rest:
        return None
    path = _local_path(rest)
    if not path.startswith("/") and not re.match(r"^[A-Za-z]:[/\\]", path):
        return None
    return PrinterTarget("file", uri, path=path)


def _pdf(uri: str, rest: str) -> PrinterTarget | None:
    target = _file(uri, rest)
    return None if target is None else PrinterTarget("pdf", uri, path=target.path)


def _named(scheme: str) -> Callable[[str, str], PrinterTarget | None]:
    def parse(uri: str, rest: str) -> PrinterTarget | None:
        name = unquote(rest).strip()
        return PrinterTarget(scheme, uri, name=name) if name else None

    return parse


_PARSERS: dict[str, Callable[[str, str], PrinterTarget | None]] = {
    "tcp": _tcp,
    "usb": _usb,
    "serial": _serial,
    "file": _file,
    "win32": _named("win32"),
    "cups": _named("cups"),
    "pdf": _pdf,
}


# --- sending ------------------------------------------------------------------------------------


def _seconds(timeout: float) -> str:
    """`5`; `1,5` in Indonesian, `1.5` in English."""
    text = f"{timeout:g}"
    return text if language() == "en" else text.replace(".", ",")


def _missing_library(target: PrinterTarget) -> PrinterError | None:
    """A PrinterError when the optional library this backend needs is not installed."""
    module = {"usb": "usb", "serial": "serial", "win32": "win32raw", "cups": "cups"}.get(target.scheme)
    if module is None:
        return None
    import importlib

    if importlib.import_module(f"escpos.printer.{module}").is_usable():
        return None
    message = {
        "usb": translate(
            "printing",
            "Printer USB memerlukan pustaka pyusb (dan libusb) yang belum terpasang. "
            "Pasang dengan: pip install pyusb, atau pakai printer jaringan (tcp://).",
        ),
        "serial": translate(
            "printing",
            "Printer serial memerlukan pustaka pyserial yang belum terpasang. Pasang dengan: pip install pyserial.",
        ),
        "win32": translate(
            "printing",
            "Printer Windows (win32://) memerlukan pustaka pywin32 yang belum terpasang (hanya di Windows). "
            "Pasang dengan: pip install pywin32.",
        ),
        "cups": translate(
            "printing",
            "Printer CUPS memerlukan pustaka pycups yang belum terpasang. "
            "Pasang dengan: pip install pycups (butuh libcups2-dev).",
        ),
    }[target.scheme]
    return PrinterError(message)


def _appending_file(path: str) -> Any:
    """escpos `File` writing at the end of the file (escpos 3.1 opens it with "wb", truncating it)."""
    from escpos.printer import File

    class AppendingFile(File):  # type: ignore[misc]
        def open(self, raise_not_found: bool = True) -> None:
            if self._device:
                self.close()
            self.device = open(self.devfile, "ab")  # noqa: SIM115 - closed by close()

    return AppendingFile(devfile=path)


def _network(host: str, port: int, timeout: float) -> Any:
    """escpos `Network` whose open() closes the socket when connecting fails (escpos 3.1 leaves it
    open, a ResourceWarning per failed attempt) and also takes IPv6 (`socket.create_connection`)."""
    from escpos.exceptions import DeviceNotFoundError
    from escpos.printer import Network

    class ClosingNetwork(Network):  # type: ignore[misc]
        def open(self, raise_not_found: bool = True) -> None:
            if self._device:
                self.close()
            connection: Any = None
            try:
                connection = socket.create_connection((self.host, self.port), timeout=self.timeout)
            except OSError as error:
                self.device = None
                raise DeviceNotFoundError(f"Could not open socket for {self.host}:\n{error}") from error
            self.device = connection

    return ClosingNetwork(host, port, timeout=timeout)


def _printer_for(target: PrinterTarget, timeout: float) -> Any:
    from escpos import printer as backends

    match target.scheme:
        case "tcp":
            return _network(target.host, target.port, timeout)
        case "usb":
            endpoints = {
                key: value for key, value in (("out_ep", target.out_ep), ("in_ep", target.in_ep)) if value is not None
            }
            return backends.Usb(target.vendor, target.product, timeout=int(timeout * 1000), **endpoints)
        case "serial":
            return backends.Serial(devfile=target.path, baudrate=target.baud, timeout=timeout)
        case "file":
            return _appending_file(target.path)
        case "win32":
            return backends.Win32Raw(target.name)
        case "cups":
            return backends.CupsPrinter(target.name)
    raise AssertionError(target.scheme)


def _backend_errors(target: PrinterTarget) -> tuple[type[BaseException], ...]:
    """Errors of the optional libraries that are neither escpos errors nor OSErrors."""
    import importlib

    if target.scheme == "win32":
        return (importlib.import_module("pywintypes").error,)
    if target.scheme == "cups":
        cups = importlib.import_module("cups")
        return (cups.IPPError, cups.HTTPError, RuntimeError)
    return ()


def _is_timeout(error: BaseException) -> bool:
    return (
        isinstance(error, TimeoutError)
        or getattr(error, "errno", None) == errno.ETIMEDOUT
        or "timeout" in type(error).__name__.lower()
    )


class UriTransport:
    """`PrinterTransport`: sends already-rendered bytes to the printer a URI names."""

    def __init__(self, timeout: float = 5.0, *, check_paper: bool = False, chunk_size: int = CHUNK) -> None:
        if not 0 < timeout <= 60:
            raise ValueError("timeout must be in (0, 60] seconds")
        self.timeout = timeout
        self.check_paper = check_paper
        self.chunk_size = chunk_size

    def send(self, uri: str, payload: bytes) -> None:
        target = parse_printer_uri(uri)
        if target.scheme == "pdf":
            self._save_pdf(target, payload)
            return
        _escpos.load()
        missing = _missing_library(target)
        if missing is not None:
            raise missing
        from escpos.exceptions import Error as EscposError

        caught = (EscposError, OSError, *_backend_errors(target))
        printer: Any = None
        stage = "open"
        try:
            printer = _printer_for(target, self.timeout)
            if target.scheme in ("win32", "cups"):
                printer.open(job_name=JOB_NAME)
            else:
                printer.open()
            if target.scheme == "serial":
                printer.device.write_timeout = self.timeout
            stage = "status"
            if self.check_paper and target.scheme in ("tcp", "usb", "serial"):
                self._check_paper(printer, target)
            stage = "write"
            view = memoryview(payload)
            for start in range(0, len(payload), self.chunk_size):
                printer._raw(bytes(view[start : start + self.chunk_size]))
            stage = "close"
            printer.close()
            log.info("sent %d bytes to %s", len(payload), target.describe())
        except PrinterError:
            raise
        except caught as error:
            log.warning("printing to %s failed while %s: %r", target.describe(), stage, error)
            raise self._error(target, error, stage) from error
        finally:
            if printer is not None:
                _close_quietly(printer)

    # -- helpers

    def _check_paper(self, printer: Any, target: PrinterTarget) -> None:
        """Stop only when the printer really answers "no paper"; silence means unknown."""
        from escpos.constants import RT_MASK_NOPAPER, RT_STATUS_PAPER

        device = printer.device
        if target.scheme == "tcp":
            device.settimeout(min(self.timeout, STATUS_WAIT))
        try:
            reply = printer.query_status(RT_STATUS_PAPER)
        except OSError as error:
            if not _is_timeout(error):
                raise
            reply = b""
        finally:
            if target.scheme == "tcp":
                device.settimeout(self.timeout)
        if reply and reply[0] & RT_MASK_NOPAPER == RT_MASK_NOPAPER:
            raise PrinterError(
                translate(
                    "printing", "Kertas printer {printer} habis. Pasang gulungan kertas baru lalu cetak ulang."
                ).format(printer=target.describe())
            )

    def _error(self, target: PrinterTarget, error: BaseException, stage: str) -> PrinterError:
        where = target.describe()
        seconds = _seconds(self.timeout)
        check = translate("printing", "Periksa kabel/jaringan dan printer menyala.")
        if stage in ("open", "status"):  # nothing of the job has gone out yet
            cause = error.__context__ if error.__context__ is not None else error
            if isinstance(cause, ConnectionRefusedError):
                text = translate("printing", "Printer tidak terhubung: koneksi ke {printer} ditolak.")
            elif _is_timeout(cause):
                text = translate("printing", "Printer tidak merespons dalam {seconds} detik ({printer}).")
            elif isinstance(cause, socket.gaierror):
                text = translate("printing", "Printer tidak ditemukan: nama {printer} tidak dikenal.")
                check = translate("printing", "Periksa alamat printer di pengaturan.")
            elif isinstance(cause, PermissionError) or getattr(cause, "errno", None) == errno.EACCES:
                text = translate("printing", "Tidak ada izin membuka printer {printer}.")
                check = translate("printing", "Minta admin memberi akses ke perangkat printer.")
            elif target.scheme in ("tcp",):
                detail = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause)
                text = translate("printing", "Printer tidak terhubung: {printer} tidak dapat dijangkau ({detail}).")
                return PrinterError(f"{text.format(printer=where, detail=detail)} {check}")
            else:
                text = translate("printing", "Printer tidak ditemukan: {printer}.")
                check = translate("printing", "Periksa kabel, nama/alamat printer, dan printer menyala.")
            return PrinterError(f"{text.format(printer=where, seconds=seconds)} {check}")
        partial = translate("printing", "periksa apakah struk tercetak sebagian")
        if _is_timeout(error):
            text = translate("printing", "Printer tidak merespons dalam {seconds} detik saat mencetak; {partial}.")
        elif isinstance(error, ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
            text = translate("printing", "Koneksi ke printer terputus saat mencetak; {partial}.")
        else:
            detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            text = translate("printing", "Gagal mengirim ke printer {printer}: {detail}; {partial}.")
            return PrinterError(text.format(printer=where, detail=detail, partial=partial))
        return PrinterError(text.format(seconds=seconds, partial=partial))

    def _save_pdf(self, target: PrinterTarget, payload: bytes) -> Path:
        folder = Path(target.path)
        if payload.startswith(b"%PDF-"):
            document = payload
        else:
            from printing.virtual_printer import render_pdf

            document = render_pdf(payload, title=JOB_NAME)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = folder / f"{stamp}-{hashlib.sha256(payload).hexdigest()[:8]}.pdf"
        partial = path.with_suffix(".part")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(document)
            os.replace(partial, path)
        except OSError as error:
            raise PrinterError(
                translate("printing", "Tidak dapat menyimpan PDF di {folder}: {detail}.").format(
                    folder=folder, detail=error.strerror or error
                )
            ) from error
        log.info("saved print job as %s", path)
        return path


def _close_quietly(printer: Any) -> None:
    try:
        printer.close()
    except Exception as error:  # the job's own outcome is already decided
        log.debug("closing the printer connection failed: %r", error)
