"""`counter-app status-server`: the real command, uvicorn with two worker processes, on a loopback port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2 as httpx
import pytest

from counter_app.app import Application
from counter_app.cli.main import main
from counter_app.domain.tracking import format_tracking_code
from tests.web.conftest import OFFICE, register

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(db_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    """`counter-app status-server` with two workers on a free port (another port if that one was
    taken in the meantime by someone else's test)."""
    env = {**os.environ, "LANG": "id_ID.UTF-8"}
    for _attempt in range(3):
        port = _free_port()
        command = [sys.executable, "-m", "counter_app", "--db", str(db_path), "status-server", "--port", str(port)]
        server = subprocess.Popen(
            [*command, "--workers", "2", "--burst", "5"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while server.poll() is None and time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return server, port
            except OSError:
                time.sleep(0.2)
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGINT)
        output = server.communicate(timeout=30)[0].decode()
        if "address already in use" not in output.lower():
            pytest.fail(f"the status server did not start ({server.returncode}):\n{output}")
    pytest.fail("no free port for the status server")


def test_the_command_serves_the_page(app: Application, db_path: Path) -> None:
    _reg_no, code = register(app)
    server, port = _start(db_path)
    try:
        response = httpx.get(f"http://127.0.0.1:{port}/t/{code}", timeout=30)  # workers may still be starting
        assert response.status_code == 200
        assert OFFICE in response.text and format_tracking_code(code) in response.text
        assert response.headers["cache-control"] == "no-store"
        assert "server" not in response.headers  # the server does not say what it runs
        assert httpx.get(f"http://127.0.0.1:{port}/api/t/{code}").json()["status"] == "in_process"
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as phone:  # one keep-alive connection
            answers = [phone.get("/t/AAAA").status_code for _ in range(8)]
        assert 404 in answers and answers[-1] == 429  # burst 5 (per worker process)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGINT)
        output = server.communicate(timeout=30)[0].decode()
    assert server.returncode == 0, output
    assert code not in output  # no access log by default: codes are not written anywhere


def test_bad_options_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status-server", "--port", "0", "--workers", "0"]) == 2
    error = capsys.readouterr().err
    assert "port" in error and "workers" in error
