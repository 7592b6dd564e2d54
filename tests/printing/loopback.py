"""A network printer on 127.0.0.1 for tests: a real socket server in a thread (random port).

Behaviours: `read` everything until the client closes; `close_after` N bytes (with an RST, like a
printer switched off mid-job); `stall` (accept, never read: a jammed printer); `paper_out`/`silent`
for the status query (answer DLE EOT 4 with "no paper", or never answer) and then read the job.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from types import TracebackType
from typing import Literal

Behaviour = Literal["read", "close_after", "stall", "paper_out"]
STATUS_QUERY = b"\x10\x04\x04"
NO_PAPER = b"\x72"


class LoopbackPrinter:
    def __init__(self, behaviour: Behaviour = "read", close_after: int = 65536) -> None:
        self.behaviour = behaviour
        self.close_after = close_after
        self.received = bytearray()
        self.connections = 0
        self.done = threading.Event()
        self._release = threading.Event()
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if behaviour == "stall":
            # a small receive window, so the client's writes block soon
            self._server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(1)
        self.port = int(self._server.getsockname()[1])
        self.uri = f"tcp://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._serve, name="loopback-printer", daemon=True)

    def __enter__(self) -> LoopbackPrinter:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._release.set()
        self._thread.join(timeout=10)
        self._server.close()

    def wait(self, timeout: float = 10) -> bytes:
        """What the printer received, once the client has closed the connection."""
        assert self.done.wait(timeout), "the loopback printer saw no complete job"
        return bytes(self.received)

    def _serve(self) -> None:
        self._server.settimeout(10)
        try:
            connection, _ = self._server.accept()
        except OSError:
            return
        self.connections += 1
        with connection:
            connection.settimeout(10)
            with contextlib.suppress(OSError):
                self._handle(connection)
        self.done.set()

    def _handle(self, connection: socket.socket) -> None:
        if self.behaviour == "stall":
            self._release.wait(30)
            return
        if self.behaviour == "paper_out":
            while not self.received.endswith(STATUS_QUERY):
                chunk = connection.recv(1)
                if not chunk:
                    return
                self.received += chunk
            connection.sendall(NO_PAPER)
        while True:
            limit = self.close_after - len(self.received) if self.behaviour == "close_after" else 65536
            chunk = connection.recv(max(1, min(65536, limit)))
            if not chunk:
                return
            self.received += chunk
            if self.behaviour == "close_after" and len(self.received) >= self.close_after:
                # close with unread data and SO_LINGER 0: the client gets a reset, as from a printer
                # that was switched off
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
