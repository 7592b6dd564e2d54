"""Network printers on 127.0.0.1 for the printer fault suite, next to `tests/printing/loopback.py`
(whose `LoopbackPrinter` takes one connection with one fault):

- `JobPrinter(port)`: a working printer that takes any number of jobs, one per connection;
- `Unanswering()`: a printer that is "there" but never answers a connection (its accept queue is
  full, so the kernel drops the SYN: the client's connect waits until its timeout). `back_online()`
  closes it and puts a `JobPrinter` on the same port: the printer came back.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from types import TracebackType


class JobPrinter:
    def __init__(self, port: int = 0) -> None:
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", port))
        self._server.listen(8)
        self._server.settimeout(0.2)
        self.port = int(self._server.getsockname()[1])
        self.uri = f"tcp://127.0.0.1:{self.port}"
        self.jobs: list[bytes] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="job-printer", daemon=True)
        self._thread.start()

    def __enter__(self) -> JobPrinter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self._server.close()

    def wait_for(self, count: int, timeout: float = 10) -> list[bytes]:
        """The first `count` jobs, once they have arrived whole (the client closed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.jobs) >= count:
                    return list(self.jobs)
            time.sleep(0.01)
        raise AssertionError(f"the printer received {len(self.jobs)} jobs, not {count}")

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            received = bytearray()
            with connection:
                connection.settimeout(10)
                with contextlib.suppress(OSError):
                    while chunk := connection.recv(65536):
                        received += chunk
            with self._lock:
                self.jobs.append(bytes(received))


class Unanswering:
    def __init__(self, port: int = 0) -> None:
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", port))
        self._server.listen(0)
        self.port = int(self._server.getsockname()[1])
        self.uri = f"tcp://127.0.0.1:{self.port}"
        self._fillers: list[socket.socket] = []
        for _ in range(4):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self._fillers.append(filler)
            filler.settimeout(0.2)
            try:
                filler.connect(("127.0.0.1", self.port))
            except TimeoutError:
                return  # the queue is full: the next connection attempt gets no answer
        self.close()
        raise AssertionError("this kernel accepts connections beyond the listen backlog")

    def close(self) -> None:
        for filler in self._fillers:
            filler.close()
        self._server.close()

    def back_online(self) -> JobPrinter:
        self.close()
        return JobPrinter(self.port)
