"""`counter-app user ...` and `--user` as an administrator and a script use them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from counter_app.cli.main import main
from tests.cli.test_register_cli import APPLICANT

PASSWORD = "sandi-rahasia-1"


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_accounts_from_the_command_line(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COUNTER_APP_USER", raising=False)
    monkeypatch.delenv("COUNTER_APP_PASSWORD", raising=False)
    db = ("--db", database_url)

    code, _, err = run(
        capsys,
        monkeypatch,
        *db,
        "user",
        "add",
        "rina",
        "--role",
        "front_desk",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert (code, err.strip()) == (2, "Akun pertama harus admin: counter-app user add NAMA --role admin.")

    code, out, _ = run(
        capsys, monkeypatch, *db, "user", "add", "admin", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n"
    )
    assert (code, out.strip()) == (0, "Akun admin dibuat (admin).")

    # From now on a user must be named: no password on a terminal-less stdin, and none in the env.
    code, _, err = run(capsys, monkeypatch, *db, "user", "list")
    assert code == 7
    assert "--user" in err
    code, _, err = run(capsys, monkeypatch, *db, "--user", "admin", "user", "list")
    assert code == 2
    assert "COUNTER_APP_PASSWORD" in err

    monkeypatch.setenv("COUNTER_APP_PASSWORD", PASSWORD)
    code, _, _ = run(
        capsys,
        monkeypatch,
        *db,
        "--user",
        "admin",
        "user",
        "add",
        "rina",
        "--role",
        "front_desk",
        "--full-name",
        "Rina Wulandari",
        "--password-stdin",
        stdin="sandi-rina-123\n",
    )
    assert code == 0
    monkeypatch.setenv("COUNTER_APP_USER", "admin")  # the same through the environment
    code, out, _ = run(capsys, monkeypatch, *db, "user", "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(u["name"], u["role"], u["active"]) for u in listed] == [
        ("admin", "admin", True),
        ("rina", "front_desk", True),
    ]
    assert "password_hash" not in listed[0]

    code, out, _ = run(capsys, monkeypatch, *db, "user", "disable", "rina")
    assert (code, out.strip()) == (0, "Akun rina dinonaktifkan.")
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "sandi-rina-123")
    code, _, err = run(capsys, monkeypatch, *db, "--user", "rina", "user", "list")
    assert code == 7
    assert "dinonaktifkan" in err

    # A front-desk officer may not manage accounts (exit 8 names the role needed).
    monkeypatch.setenv("COUNTER_APP_PASSWORD", PASSWORD)
    assert run(capsys, monkeypatch, *db, "user", "enable", "rina")[0] == 0
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "sandi-rina-123")
    code, _, err = run(capsys, monkeypatch, *db, "--user", "rina", "user", "list")
    assert code == 8
    assert "admin" in err


def test_audit_verify_reports_an_intact_chain(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COUNTER_APP_USER", raising=False)
    monkeypatch.delenv("COUNTER_APP_PASSWORD", raising=False)
    db = ("--db", database_url)
    assert run(capsys, monkeypatch, *db, "settings", "set", "counter.code", "L07")[0] == 0
    assert (
        run(
            capsys,
            monkeypatch,
            *db,
            "user",
            "add",
            "admin",
            "--role",
            "admin",
            "--password-stdin",
            stdin=PASSWORD + "\n",
        )[0]
        == 0
    )
    monkeypatch.setenv("COUNTER_APP_PASSWORD", PASSWORD)

    code, out, _ = run(capsys, monkeypatch, *db, "--user", "admin", "audit", "verify", "--json")

    assert code == 0
    report = json.loads(out)
    assert report["ok"] is True
    [counter] = report["counters"]
    assert counter["counter"] == "L07"
    assert counter["entries"] >= 2  # the account made, the sign-in
    code, _, err = run(capsys, monkeypatch, *db, "--user", "admin", "audit", "verify", "--head", "L07=" + "f" * 64)
    assert code == 9
    assert "hash yang dicetak" in err


def test_scripted_intake_once_accounts_exist(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COUNTER_APP_USER", raising=False)
    monkeypatch.delenv("COUNTER_APP_PASSWORD", raising=False)
    db = ("--db", database_url)
    applicant = tmp_path / "pemohon.json"
    applicant.write_text(json.dumps(APPLICANT))
    intake = ("register", "--permit", "IZIN-24201", "--applicant", str(applicant), "--docs", "all", "--json")

    # Before any account: scripted intake works as it always did (acting as the system).
    code, out, _ = run(capsys, monkeypatch, *db, *intake)
    assert code == 0
    first = json.loads(out)["reg_no"]

    assert (
        run(
            capsys,
            monkeypatch,
            *db,
            "user",
            "add",
            "admin",
            "--role",
            "admin",
            "--password-stdin",
            stdin=PASSWORD + "\n",
        )[0]
        == 0
    )
    monkeypatch.setenv("COUNTER_APP_PASSWORD", PASSWORD)
    for name, role in (("loket1", "front_desk"), ("kabid", "supervisor")):
        assert (
            run(
                capsys,
                monkeypatch,
                *db,
                "--user",
                "admin",
                "user",
                "add",
                name,
                "--role",
                role,
                "--password-stdin",
                stdin=PASSWORD + "\n",
            )[0]
            == 0
        )

    monkeypatch.delenv("COUNTER_APP_PASSWORD")
    code, _, err = run(capsys, monkeypatch, *db, *intake)
    assert code == 7
    assert "COUNTER_APP_USER" in err

    # A script names its account in the environment.
    monkeypatch.setenv("COUNTER_APP_USER", "loket1")
    monkeypatch.setenv("COUNTER_APP_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, monkeypatch, *db, *intake)
    assert code == 0
    second = json.loads(out)["reg_no"]
    code, out, _ = run(capsys, monkeypatch, *db, "card", "show", second, "--json")
    assert json.loads(out)["events"][0]["by"] == "loket1"

    code, _, err = run(capsys, monkeypatch, *db, "card", "void", first, "--note", "dobel")
    assert code == 8
    monkeypatch.setenv("COUNTER_APP_USER", "kabid")
    code, out, _ = run(capsys, monkeypatch, *db, "card", "void", first, "--note", "dobel", "--json")
    assert code == 0
    assert json.loads(out)["status"] == "voided"


def test_catalog_edit_from_a_json_file(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COUNTER_APP_USER", raising=False)
    monkeypatch.delenv("COUNTER_APP_PASSWORD", raising=False)
    db = ("--db", database_url)
    code, out, _ = run(capsys, monkeypatch, *db, "catalog", "show", "IZIN-24201", "--json")
    data = json.loads(out)
    data["stages"][1]["budget_days"] = 2
    edited = tmp_path / "izin.json"
    edited.write_text(json.dumps(data), encoding="utf-8")

    code, out, _ = run(capsys, monkeypatch, *db, "catalog", "edit", "IZIN-24201", "--file", str(edited))
    assert (code, out.strip()) == (0, "IZIN-24201 disimpan sebagai versi 2.")
    code, out, _ = run(capsys, monkeypatch, *db, "catalog", "edit", "IZIN-24201", "--file", str(edited))
    assert (code, out.strip()) == (0, "Tidak ada perubahan; IZIN-24201 tetap versi 2.")
    code, _, err = run(capsys, monkeypatch, *db, "catalog", "edit", "IZIN-LAIN", "--file", str(edited))
    assert code == 2
    assert "IZIN-24201" in err
    edited.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, *db, "catalog", "edit", "IZIN-24201", "--file", str(edited))
    assert code == 2
    assert "catalog show --json" in err
