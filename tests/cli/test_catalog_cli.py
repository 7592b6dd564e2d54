"""`counter-app catalog …` and `db upgrade` end to end, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from counter_app.cli.main import main

SHIPPED_CODES = {"IZIN-24201", "IZIN-USAHA-PERLUASAN-INDUSTRI", "IZIN-PERLUASAN-USAHA-INDUSTRI"}
PERMIT_KEYS = {
    "code",
    "name",
    "kind",
    "risk",
    "version",
    "kbli",
    "sla",
    "fee",
    "product",
    "legal_basis",
    "stages",
    "requirements",
    "unplaced",
}
REQUIREMENT_KEYS = {"id", "group", "text", "optional", "condition", "copies", "form", "children"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


def test_a_new_database_gets_the_shipped_catalog(empty_database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    listed = run_json(capsys, "--db", empty_database_url, "catalog", "list", "--json")
    assert {p["code"] for p in listed} == SHIPPED_CODES
    assert all(p["version"] == 1 for p in listed)
    code, out, _ = run(capsys, "--db", empty_database_url, "catalog", "list")
    assert code == 0
    assert "IZIN-24201" in out and "7 hari kerja" in out and "Tinggi" in out


def test_show_json_has_the_documented_shape(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    permit = run_json(capsys, "--db", database_url, "catalog", "show", "IZIN-24201", "--json")
    assert set(permit) >= PERMIT_KEYS
    assert set(permit["kbli"]) == {"version", "code", "title"}
    assert {"days", "unit", "text"} <= set(permit["sla"])
    assert set(permit["fee"]) == {"free", "amount", "text"}
    assert all(set(s) == {"name", "role", "budget_days"} for s in permit["stages"])
    assert all(set(r) == REQUIREMENT_KEYS for r in permit["requirements"])
    assert (permit["risk"], permit["kbli"]["code"], permit["sla"]["days"], permit["sla"]["unit"]) == (
        "tinggi",
        "24201",
        7,
        "working",
    )


def test_importing_the_same_document_twice_changes_nothing(
    database_url: str, seeds_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seed = seeds_dir / "magetan-izin-perluasan-usaha-industri.txt"
    code, out, _ = run(capsys, "--db", database_url, "catalog", "import", str(seed))
    assert code == 0
    assert "IZIN-PERLUASAN-USAHA-INDUSTRI versi 1 (tidak berubah)" in out
    before = run_json(capsys, "--db", database_url, "catalog", "show", "IZIN-PERLUASAN-USAHA-INDUSTRI", "--json")

    changed = tmp_path / "magetan-revisi.txt"
    changed.write_text(seed.read_text().replace("8. Pas Foto 4 X 6 2lb.", "8. Pas Foto 4 X 6 2lb. 9. Fc. SPPT PBB."))
    imported = run_json(capsys, "--db", database_url, "catalog", "import", str(changed), "--json")
    assert [(p["code"], p["version"]) for p in imported] == [("IZIN-PERLUASAN-USAHA-INDUSTRI", 2)]
    assert imported[0]["requirements"][-1]["text"] == "Fc. SPPT PBB"

    old = run_json(
        capsys, "--db", database_url, "catalog", "show", "IZIN-PERLUASAN-USAHA-INDUSTRI", "--version", "1", "--json"
    )
    assert old == before
    again = run_json(capsys, "--db", database_url, "catalog", "import", str(changed), "--json")
    assert again[0]["version"] == 2


def test_a_bad_file_among_good_ones_imports_nothing(
    database_url: str, seeds_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "toko.txt"
    good.write_text("Izin Usaha Toko Modern\n1\tPersyaratan\t: 1. KTP 2. NIB\n3\tJangka Waktu\t: 5 hari kerja\n")
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02" * 50)
    code, _, err = run(capsys, "--db", database_url, "catalog", "import", str(good), str(binary))
    assert code == 2
    assert str(binary) in err and "biner" in err
    listed = run_json(capsys, "--db", database_url, "catalog", "list", "--json")
    assert {p["code"] for p in listed} == SHIPPED_CODES


def test_unknown_code_and_missing_file_are_clear_errors(
    database_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--db", database_url, "catalog", "show", "TIDAK-ADA")
    assert code == 4
    assert "TIDAK-ADA" in err and "catalog list" in err
    missing = tmp_path / "hilang.txt"
    code, _, err = run(capsys, "--db", database_url, "catalog", "import", str(missing))
    assert code == 2
    assert "hilang.txt" in err and "tidak ditemukan" in err


def test_errors_are_english_with_lang_en(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, _, err = run(capsys, "--db", database_url, "catalog", "show", "TIDAK-ADA")
    assert code == 4
    assert "not found" in err


def test_usage_errors_are_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["catalog", "show"])
    assert exited.value.code == 2
    assert "argumen berikut wajib diisi: CODE" in capsys.readouterr().err


def test_db_upgrade_creates_the_schema(empty_database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", empty_database_url, "db", "upgrade")
    assert code == 0
    import db

    assert f"revisi {db.head_revision()}" in out


def test_database_from_the_environment(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNTER_APP_DB", database_url)
    listed = run_json(capsys, "catalog", "list", "--json")
    assert {p["code"] for p in listed} == SHIPPED_CODES


def test_the_console_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "counter_app", "--db", str(tmp_path / "x.sqlite3"), "catalog", "list", "--json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert {p["code"] for p in json.loads(result.stdout)} == SHIPPED_CODES
