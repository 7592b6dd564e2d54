"""`counter-app sync …` as an officer or a script uses it (in process, real SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from counter_app.cli.main import main
from tests.helpers.databases import requires_postgres
from tests.services.conftest import APPLICANT
from tests.sync.conftest import Counters, register
from tests.sync.test_service import NOWHERE

pytestmark = requires_postgres


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except json.JSONDecodeError:
        return code, out, err


def test_sync_once_status_and_an_unreachable_hub(
    counters: Counters, postgres_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    app = counters.open("L01")
    register(app)
    app.close()
    db = str(counters.path("L01"))

    code, report, _ = run(capsys, "--db", db, "sync", "--hub", postgres_database_url, "--once", "--json")
    assert code == 0
    assert report["pushed"] == report["pulled"] == 6  # the catalog (3), applicant, file, its event
    assert report["waiting"] == 0
    code, status, _ = run(capsys, "--db", db, "sync", "status", "--json")
    assert (code, status["state"], status["waiting"]) == (0, "online", 0)
    assert status["hub"].endswith(postgres_database_url.rsplit("/", 1)[1])

    code, out, err = run(capsys, "--db", db, "sync", "--hub", NOWHERE, "--once")
    assert code == 5
    assert "tidak dapat dihubungi" in err
    assert "Loket tetap bekerja" in err
    code, out, _ = run(capsys, "--db", db, "sync", "status")
    assert code == 0
    assert "offline sejak" in out


def test_settings_know_the_hub_address(counters: Counters, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(counters.path("L01"))
    counters.open("L01").close()
    code, _, err = run(capsys, "--db", db, "settings", "set", "hub.url", "//server/share/loket.db")
    assert code == 2
    assert "hub.url" in err
    code, _, _ = run(capsys, "--db", db, "settings", "set", "hub.url", "postgresql://loket@hub:5432/loket")
    assert code == 0
    code, shown, _ = run(capsys, "--db", db, "settings", "show", "--json")
    assert shown["hub.url"] == "postgresql://loket@hub:5432/loket"
    assert shown["counter.code"] and shown["office.code"]


def test_bootstrap_conflicts_and_resolve(
    counters: Counters, postgres_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = postgres_database_url
    a, b = counters.open("L01"), counters.open("L02")
    person = register(a).registration.applicant
    a.sync.sync_once(hub)
    b.sync.sync_once(hub)
    register(a, {**APPLICANT, "phone": "0812-1111-2222"}, applicant_id=person.id)
    register(b, {**APPLICANT, "email": "budi.baru@contoh.id"}, applicant_id=person.id)
    a.sync.sync_once(hub)
    b.sync.sync_once(hub)

    fresh = str(counters.path("new"))
    code, report, err = run(capsys, "--db", fresh, "sync", "bootstrap", "--hub", hub, "--json")
    assert code == 0, err
    assert report["pulled"] > 0

    code, found, _ = run(capsys, "--db", fresh, "sync", "conflicts", "--json")
    assert code == 0
    (conflict,) = found
    assert json.loads(conflict["incoming"]["document"])["email"] == "budi.baru@contoh.id"
    code, text, _ = run(capsys, "--db", fresh, "sync", "conflicts")
    assert "email: di hub 'budi@contoh.id' / datang 'budi.baru@contoh.id'" in text

    code, _, err = run(capsys, "--db", fresh, "sync", "resolve", conflict["id"], "--keep", "incoming", "--by", "kabid")
    assert code == 0, err
    code, _, err = run(capsys, "--db", fresh, "sync", "resolve", conflict["id"], "--keep", "current", "--by", "kabid")
    assert code == 2
    assert "sudah ditutup" in err
    code, found, _ = run(capsys, "--db", fresh, "sync", "conflicts", "--json")
    assert found == []
    code, report, _ = run(capsys, "--db", fresh, "sync", "--once", "--json")  # the hub.url bootstrap saved
    assert code == 0
    a.sync.sync_once(hub)
    with a.sync._uow() as uow:
        shown = uow.applicants.get(person.id)
    assert shown is not None
    assert shown.email == "budi.baru@contoh.id"
