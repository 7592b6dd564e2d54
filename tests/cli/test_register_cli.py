"""`counter-app register`, `receipt`, `settings`, `card` as scripts use them."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path
from typing import Any

import pytest

from counter_app.cli.main import main

APPLICANT: dict[str, object] = {
    "name": "Siti Rahayu",
    "nik": "3520014501900002",
    "phone": "0895633648010",
    "address": "Jl. Pahlawan 5, Magetan",
    "business": None,
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except json.JSONDecodeError:
        return code, out, err


@pytest.fixture
def applicant_file(tmp_path: Path) -> Path:
    path = tmp_path / "pemohon.json"
    path.write_text(json.dumps(APPLICANT))
    return path


class Printer:
    """A receipt printer on loopback: accepts one connection and keeps what it receives."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.server.accept()
        with connection:
            while chunk := connection.recv(65536):
                self.received += chunk

    def close(self) -> None:
        self.thread.join(timeout=5)
        self.server.close()


def test_register_prints_number_code_due_date_and_url(
    database_url: str, applicant_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(capsys, "--db", database_url, "settings", "set", "counter.code", "L07")
    assert code == 0
    printer = Printer()
    code, data, err = run(
        capsys,
        "--db",
        database_url,
        "register",
        "--permit",
        "IZIN-PERLUASAN-USAHA-INDUSTRI",
        "--applicant",
        str(applicant_file),
        "--docs",
        "all",
        "--received-at",
        "2026-11-16T10:00",
        "--printer",
        f"tcp://127.0.0.1:{printer.port}",
        "--json",
    )
    printer.close()
    assert code == 0, err
    assert data["reg_no"] == "MPP-L07-261116-0001"
    assert data["due_date"] == "2026-11-23"  # 5 "hari" (unit to confirm) counted as working days
    assert data["status_url"] == f"http://localhost:8080/t/{data['tracking_code']}"
    assert data["print_job"]["state"] == "printed"
    assert data["reg_no"].encode() in printer.received
    assert b"3520 **** **** 0002" in printer.received
    assert str(APPLICANT["nik"]).encode() not in printer.received


def test_incomplete_and_invalid_exit_codes(
    database_url: str, applicant_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, data, _ = run(
        capsys,
        "--db",
        database_url,
        "register",
        "--permit",
        "IZIN-PERLUASAN-USAHA-INDUSTRI",
        "--applicant",
        str(applicant_file),
        "--docs",
        "1,3,4",
        "--json",
    )
    assert code == 3
    assert [m["id"] for m in data["missing"]] == ["5", "6", "7", "8"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**APPLICANT, "nik": "12", "phone": "abc"}))
    code, data, _ = run(
        capsys,
        "--db",
        database_url,
        "register",
        "--permit",
        "IZIN-PERLUASAN-USAHA-INDUSTRI",
        "--applicant",
        str(bad),
        "--docs",
        "all",
        "--json",
    )
    assert code == 2
    assert sorted(e["field"] for e in data["errors"]) == ["nik", "phone"]
    broken = tmp_path / "broken.json"
    broken.write_text("{nama: ")
    code, data, _ = run(
        capsys,
        "--db",
        database_url,
        "register",
        "--permit",
        "IZIN-24201",
        "--applicant",
        str(broken),
        "--docs",
        "all",
        "--json",
    )
    assert code == 2
    assert data["errors"][0]["field"] == "applicant"


def test_a_failed_print_keeps_the_registration_and_receipt_retries(
    database_url: str, applicant_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    code, data, _ = run(
        capsys,
        "--db",
        database_url,
        "register",
        "--permit",
        "IZIN-24201",
        "--applicant",
        str(applicant_file),
        "--docs",
        "all",
        "--printer",
        f"tcp://127.0.0.1:{closed}",
        "--json",
    )
    assert code == 6
    assert data["print_job"]["state"] == "failed"
    assert "ditolak" in data["print_job"]["error"]
    reg_no = data["reg_no"]
    printer = Printer()
    code, receipt, _ = run(
        capsys, "--db", database_url, "receipt", reg_no, "--printer", f"tcp://127.0.0.1:{printer.port}", "--json"
    )
    printer.close()
    assert code == 0
    assert receipt["print_job"]["state"] == "printed"
    assert b"DUPLIKAT" not in printer.received
    code, _, err = run(capsys, "--db", database_url, "receipt", reg_no, "--printer", "file:///dev/null")
    assert code == 2
    assert "--copy" in err
    copy_target = Path(str(applicant_file) + ".bin")
    code, receipt, _ = run(
        capsys,
        "--db",
        database_url,
        "receipt",
        reg_no,
        "--printer",
        f"file://{copy_target}",
        "--copy",
        "--reason",
        "struk hilang",
        "--json",
    )
    assert code == 0
    assert receipt["copy_no"] == 1
    assert b"DUPLIKAT ke-1" in copy_target.read_bytes()


def test_card_commands(database_url: str, applicant_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = run(
        capsys,
        "--db",
        database_url,
        "register",
        "--permit",
        "IZIN-24201",
        "--applicant",
        str(applicant_file),
        "--docs",
        "all",
        "--json",
    )
    reg_no = data["reg_no"]
    code, card, _ = run(capsys, "--db", database_url, "card", "advance", reg_no, "--by", "sari", "--json")
    assert code == 0
    assert card["stage"] == "Verifikasi berkas"
    code, _, err = run(capsys, "--db", database_url, "card", "undo", reg_no, "--by", "rudi", "--note", "salah")
    assert code == 2
    assert "supervisor" in err
    code, card, _ = run(
        capsys, "--db", database_url, "card", "return", reg_no, "--by", "rudi", "--note", "KTP buram", "--json"
    )
    assert card["status"] == "returned"
    code, card, _ = run(capsys, "--db", database_url, "card", "show", reg_no, "--json")
    assert set(card) >= {"reg_no", "permit", "stage", "status", "flag", "sla", "events"}
    assert set(card["sla"]) == {"due_date", "working_days_used", "working_days_left", "paused_days"}
    assert [e["action"] for e in card["events"]] == ["registered", "advanced", "returned"]
    assert set(card["events"][0]) >= {"action", "from", "to", "at", "by", "note"}


def test_settings_show_and_refuse_unknown_values(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, shown, _ = run(capsys, "--db", database_url, "settings", "show", "--json")
    assert code == 0
    assert shown["counter.code"].startswith("K")
    assert len(shown["install.id"]) == 32
    code, _, err = run(capsys, "--db", database_url, "settings", "set", "printer.paper_mm", "70")
    assert code == 2
    assert "58 atau 80" in err


def test_settings_never_print_the_hub_password(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://loket:rahasia-123@hub.kantor.local:5432/hub"
    code, out, _ = run(capsys, "--db", database_url, "settings", "set", "hub.url", url)
    assert code == 0
    code, shown, _ = run(capsys, "--db", database_url, "settings", "show", "--json")
    assert code == 0
    assert shown["hub.url"] == "postgresql://loket:***@hub.kantor.local:5432/hub"
    code, text, _ = run(capsys, "--db", database_url, "settings", "show")
    assert "rahasia-123" not in str(out) + str(text)
