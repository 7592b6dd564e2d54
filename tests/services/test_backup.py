"""`backup PATH`: SQLite's online backup gives a file that opens with the same data; PostgreSQL
says to use pg_dump."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.app import Application, open_application
from counter_app.cli.main import main
from counter_app.domain.audit import AuditEntry
from counter_app.domain.catalog import Role
from counter_app.domain.permissions import PermissionDenied
from counter_app.errors import StorageError, ValidationError
from counter_app.services.registration import Registered, RegistrationRequest
from tests.helpers.clock import FixedClock
from tests.helpers.passwords import FAST_HASHER
from tests.services.conftest import APPLICANT

PASSWORD = "sandi-rahasia-1"


def _snapshot(app: Application, reg_nos: list[str]) -> dict[str, object]:
    return {
        "files": [app.cards.show(n).to_json() for n in reg_nos],
        "users": [u.public_json() for u in app.users.list()],
        "settings": app.settings.shown(),
        "catalog": [s.code for s in app.catalog.list()],
    }


def _chains(app: Application) -> dict[str, list[AuditEntry]]:
    with app.users._uow() as uow:
        return {counter: uow.audit.chain(counter) for counter in uow.audit.counters()}


def test_backup_then_open_gives_the_same_data(
    app: Application, database_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    reg_nos = []
    for _ in range(3):
        outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
        assert isinstance(outcome, Registered)
        reg_nos.append(outcome.registration.reg_no)
    app.users.add("admin", Role.ADMIN, PASSWORD)
    app.sign_in("admin", PASSWORD)
    target = tmp_path / "cadangan" / "loket.sqlite3"
    target.parent.mkdir()

    if app.engine.dialect.name == "postgresql":
        with pytest.raises(StorageError, match="pg_dump"):
            app.backup.backup(target)
        assert not target.exists()
        return

    size = app.backup.backup(target)

    assert size == target.stat().st_size > 0
    original = _snapshot(app, reg_nos)
    original_chains = _chains(app)
    restored = open_application(str(target), clock=clock, password_hasher=FAST_HASHER, seed_catalog=False)
    try:
        restored.sign_in("admin", PASSWORD)
        assert _snapshot(restored, reg_nos) == original
        chains = _chains(restored)
        # The same audit entries (the sign-in just made in the copy comes after them), intact.
        assert {c: entries[: len(original_chains[c])] for c, entries in chains.items()} == original_chains
        assert all(report.problem is None for report in restored.audit.verify())
    finally:
        restored.close()
    with pytest.raises(ValidationError, match="sudah ada"):
        app.backup.backup(target)  # never overwrites


def test_only_admins_back_up(app: Application, tmp_path: Path) -> None:
    app.users.add("admin", Role.ADMIN, PASSWORD)
    app.sign_in("admin", PASSWORD)
    app.users.add("kabid", Role.SUPERVISOR, PASSWORD)
    app.sign_in("kabid", PASSWORD)
    with pytest.raises(PermissionDenied):
        app.backup.backup(tmp_path / "x.sqlite3")
    assert not (tmp_path / "x.sqlite3").exists()


def test_backup_on_the_command_line(database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "loket-cadangan.sqlite3"
    code = main(["--db", database_url, "backup", str(target)])
    out, err = capsys.readouterr()
    if database_url.startswith("postgresql"):
        assert code == StorageError.exit_code
        assert "pg_dump" in err
        return
    assert code == 0
    assert str(target) in out
    assert main(["--db", str(target), "audit", "verify"]) == 0
