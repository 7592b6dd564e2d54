"""Reports against a dataset with known answers: the daily close, the recap, SLA compliance; as
tables, CSV, PDF (read back with pdftotext) and on the receipt printer (ESC/POS)."""

from __future__ import annotations

import csv
import io
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from counter_app.app import Application
from counter_app.cli.main import main
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.permissions import PermissionDenied
from counter_app.services.registration import Registered, RegistrationRequest, Returned
from tests.helpers.clock import FixedClock
from tests.printing.escpos_reader import parse_escpos
from tests.services.conftest import APPLICANT

PASSWORD = "sandi-rahasia-1"
IZIN = "IZIN-24201"
OTHER = "IZIN-PERLUASAN-USAHA-INDUSTRI"
MONDAY = date(2026, 11, 23)


@dataclass
class Dataset:
    files: dict[str, str]  # label → reg_no
    missing: list[str]  # the return slip's missing item ids
    head_monday: str


def _as(app: Application, name: str) -> None:
    app.sign_in(name, PASSWORD)


def _register(app: Application, permit: str = IZIN) -> str:
    outcome = app.registration.submit(RegistrationRequest(permit, APPLICANT, "-"))
    assert isinstance(outcome, Registered)
    return outcome.registration.reg_no


def _finish(app: Application, reg_no: str) -> None:
    _as(app, "kabid")
    stages = app.cards.show(reg_no).registration.permit.stages
    for _ in range(len(stages) - 1):
        app.cards.act(reg_no, CardAction.ADVANCED, "kabid", Role.SUPERVISOR)
    app.cards.act(
        reg_no, CardAction.HANDED_OVER, "kabid", Role.SUPERVISOR, data={"received_by": "Budi", "id_document": "KTP"}
    )


@pytest.fixture
def dataset(app: Application, clock: FixedClock) -> Dataset:
    app.users.add("admin", Role.ADMIN, PASSWORD)
    _as(app, "admin")
    app.users.add("rina", Role.FRONT_DESK, PASSWORD)
    app.users.add("sari", Role.FRONT_DESK, PASSWORD)
    app.users.add("kabid", Role.SUPERVISOR, PASSWORD)
    files: dict[str, str] = {}
    # Monday 23 November (from 09.15 WIB).
    _as(app, "rina")
    for label in "ABC":
        files[label] = _register(app)
        clock.advance(minutes=10)
    slip = app.registration.submit(RegistrationRequest(IZIN, APPLICANT, "-", received={}))
    assert isinstance(slip, Returned)
    app.printing.reprint(files["A"], "struk hilang")
    _as(app, "sari")
    files["D"] = _register(app, OTHER)
    _as(app, "kabid")
    app.cards.void(files["B"], "didaftarkan dua kali")
    head_monday = app.audit.head("L01")
    # Tuesday: one more file; Wednesday: A is handed over (on time).
    clock.advance(days=1)
    _as(app, "sari")
    files["E"] = _register(app)
    clock.advance(days=1)
    _finish(app, files["A"])
    # Thursday 10 December: C is handed over late; F arrives (open, within its time); E is overdue.
    clock.advance(days=15)
    _finish(app, files["C"])
    _as(app, "rina")
    files["F"] = _register(app)
    return Dataset(files, [m.id for m in slip.visit.missing], head_monday)


def test_daily_close_per_officer_and_counter(dataset: Dataset, app: Application) -> None:
    _as(app, "rina")
    close = app.reports.daily(MONDAY, MONDAY, "L01")

    assert [(o.counter_code, o.officer, o.registered, o.returned, o.reprints, o.voids) for o in close.officers] == [
        ("L01", "kabid", 0, 0, 0, 1),
        ("L01", "rina", 3, 1, 1, 0),
        ("L01", "sari", 1, 0, 0, 0),
    ]
    assert close.heads == {"L01": dataset.head_monday}
    table = app.reports.daily_table(close)
    assert table.rows[-1][2:] == (4, 1, 1, 1)
    assert any(all(item in line for item in dataset.missing) for line in table.details)
    rows = list(csv.reader(io.StringIO(table.to_csv())))
    assert rows[0] == ["Loket", "Petugas", "Pendaftaran", "Bukti pengembalian", "Cetak ulang", "Batal"]
    assert rows[2] == ["L01", "rina", "3", "1", "1", "0"]

    text = _pdf_text(app.reports.pdf(table))
    assert "TUTUP HARIAN" in text
    assert dataset.head_monday in text.replace("\n", "")

    printed = parse_escpos(app.reports.daily_document_bytes(close)).text
    assert "TUTUP HARIAN" in printed
    assert dataset.head_monday[:32] in printed
    assert dataset.head_monday[32:] in printed

    # Tuesday alone: sari's one file.
    tuesday = app.reports.daily(date(2026, 11, 24), date(2026, 11, 24), "L01")
    assert [(o.officer, o.registered) for o in tuesday.officers] == [("sari", 1)]


def test_recap_per_period_and_permit_type(dataset: Dataset, app: Application) -> None:
    _as(app, "kabid")
    by_day = app.reports.recap(MONDAY, date(2026, 11, 24), by_month=False)
    assert [row[:2] + row[3:] for row in by_day.rows] == [
        ("2026-11-23", IZIN, 3, 1, 1),
        ("2026-11-23", OTHER, 1, 0, 0),
        ("2026-11-24", IZIN, 1, 0, 0),
        ("Jumlah", "", 5, 1, 1),
    ]
    by_month = app.reports.recap(date(2026, 11, 1), date(2026, 12, 31))
    assert [row[:2] + row[3:] for row in by_month.rows] == [
        ("2026-11", IZIN, 4, 1, 1),
        ("2026-11", OTHER, 1, 0, 0),
        ("2026-12", IZIN, 1, 0, 0),
        ("Jumlah", "", 6, 1, 1),
    ]


def test_sla_compliance_with_a_chart(dataset: Dataset, app: Application) -> None:
    _as(app, "kabid")
    table = app.reports.sla(MONDAY, date(2026, 12, 31))

    izin = next(row for row in table.rows if row[0] == IZIN)
    # total, on time, late, open and overdue, open within time, voided, no SLA, share on time
    assert izin[2:] == (5, 1, 1, 1, 1, 1, 0, "50%")
    assert table.chart is not None
    assert table.chart.categories == (IZIN, OTHER)
    assert [values[0] for _, values in table.chart.series] == [1, 1, 1, 1]
    text = _pdf_text(app.reports.pdf(table))
    assert "KEPATUHAN SLA PER JENIS IZIN" in text
    assert "Kepatuhan SLA per jenis izin" in text  # the chart's title, drawn by reportlab graphics


def test_reports_need_their_role(dataset: Dataset, app: Application) -> None:
    _as(app, "rina")
    with pytest.raises(PermissionDenied):
        app.reports.recap(MONDAY, MONDAY)
    with pytest.raises(PermissionDenied):
        app.reports.sla(MONDAY, MONDAY)
    assert app.reports.daily(MONDAY, MONDAY).officers  # the daily close is the front desk's


def test_report_command_line(
    dataset: Dataset,
    app: Application,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COUNTER_APP_USER", "kabid")
    monkeypatch.setenv("COUNTER_APP_PASSWORD", PASSWORD)
    out = tmp_path / "rekap.csv"
    db = ["--db", database_url]
    assert (
        main([*db, "report", "recap", "--from", "2026-11-23", "--to", "2026-11-24", "--by", "day", "--out", str(out)])
        == 0
    )
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[-1][3:] == ["5", "1", "1"]
    pdf = tmp_path / "tutup.pdf"
    printer = tmp_path / "struk.bin"
    code = main(
        [
            *db,
            "report",
            "daily",
            "--from",
            "2026-11-23",
            "--counter",
            "L01",
            "--out",
            str(pdf),
            "--printer",
            f"file://{printer}",
        ]
    )
    assert code == 0
    assert "TUTUP HARIAN" in _pdf_text(pdf.read_bytes())
    assert "TUTUP HARIAN" in parse_escpos(printer.read_bytes()).text
    capsys.readouterr()
    assert main([*db, "report", "sla", "--from", "2026-11-30", "--to", "2026-11-23"]) == 2
    assert "sebelum" in capsys.readouterr().err


def _pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")
