"""The audit trail over a real database: what is written, in the same transaction, and how
`audit verify` catches a changed byte, a deleted entry and a swapped pair (and a cut-off end)."""

from __future__ import annotations

import itertools
import json

import pytest
from sqlalchemy import Engine, text

from counter_app.app import Application
from counter_app.cli.main import main
from counter_app.domain.audit import GENESIS, AuditEntry, ProblemKind
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.errors import ValidationError
from counter_app.services.registration import Registered, RegistrationRequest
from tests.helpers.clock import FixedClock
from tests.services.conftest import APPLICANT

PASSWORD = "sandi-rahasia-1"


def _register(app: Application) -> str:
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    return outcome.registration.reg_no


def _chain(app: Application, counter: str = "L01") -> list[AuditEntry]:
    with app.users._uow() as uow:
        return uow.audit.chain(counter)


def test_each_change_appends_one_chained_entry_with_who_what_when(app: Application, clock: FixedClock) -> None:
    app.users.add("admin", Role.ADMIN, PASSWORD)
    app.sign_in("admin", PASSWORD)
    app.users.add("rina", Role.FRONT_DESK, PASSWORD)
    app.sign_in("rina", PASSWORD)
    start = len(_chain(app))

    reg_no = _register(app)
    app.cards.act(reg_no, CardAction.ADVANCED, "rina", Role.FRONT_DESK)
    nik = app.registration.reveal_nik(reg_no)

    entries = _chain(app)[start:]
    assert [e.action for e in entries] == ["registration.registered", "card.advanced", "nik.viewed"]
    assert nik == APPLICANT["nik"]
    registered, advanced, viewed = entries
    assert viewed.target == reg_no
    assert (registered.actor_name, registered.actor_role, registered.counter_code) == ("rina", "front_desk", "L01")
    assert registered.target == reg_no
    assert json.loads(registered.after)["permit"] == "IZIN-24201"
    assert (json.loads(advanced.before)["stage"], json.loads(advanced.after)["stage"]) == (0, 1)
    assert registered.at == clock.now()
    assert APPLICANT["nik"] not in "".join(e.before + e.after + e.target for e in _chain(app))  # no NIK in the log
    chain = _chain(app)
    assert chain[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(chain))
    assert [e.seq for e in chain] == list(range(1, len(chain) + 1))
    assert app.audit.head("L01") == chain[-1].hash


def test_a_refused_change_leaves_no_entry(app: Application) -> None:
    before = len(_chain(app))
    with pytest.raises(ValidationError):
        app.registration.submit(RegistrationRequest("IZIN-24201", {**APPLICANT, "nik": "123"}, "sari"))
    with pytest.raises(ValidationError):
        app.settings.set("office.code", "!!")
    assert len(_chain(app)) == before


def test_settings_are_audited_with_before_and_after(app: Application) -> None:
    app.settings.set("office.phone", "(0264) 200000")
    last = _chain(app)[-1]
    assert last.action == "settings.changed"
    assert (json.loads(last.before), json.loads(last.after)) == (
        {"office.phone": ""},
        {"office.phone": "(0264) 200000"},
    )


# --- tamper evidence ------------------------------------------------------------------------------


def _tamper(app: Application, *statements: str) -> None:
    """What someone with the database in hand does: switch the append-only guard off, then edit."""
    engine: Engine = app.engine
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
        for statement in statements:
            conn.execute(text(statement))


@pytest.fixture
def filled(app: Application) -> Application:
    for _ in range(3):
        _register(app)
    chain = _chain(app)
    assert len(chain) >= 5
    assert all(report.problem is None for report in app.audit.verify())
    return app


def _problem(app: Application) -> tuple[ProblemKind, int | None, str]:
    [broken] = [r for r in app.audit.verify() if r.problem is not None]
    assert broken.problem is not None
    entry = broken.problem.entry
    return broken.problem.kind, entry.seq if entry else None, broken.message()


def test_a_changed_byte_is_named(filled: Application) -> None:
    _tamper(filled, "UPDATE audit_log SET target = target || 'X' WHERE counter_code = 'L01' AND seq = 4")
    kind, seq, message = _problem(filled)
    assert (kind, seq) == (ProblemKind.ALTERED, 4)
    assert "L01 #4" in message
    assert "diubah" in message


def test_a_deleted_entry_is_named(filled: Application) -> None:
    _tamper(filled, "DELETE FROM audit_log WHERE counter_code = 'L01' AND seq = 3")
    kind, seq, message = _problem(filled)
    assert (kind, seq) == (ProblemKind.DELETED, 4)  # the entry after the gap
    assert "dihapus" in message


def test_a_swapped_pair_is_named(filled: Application) -> None:
    _tamper(
        filled,
        "UPDATE audit_log SET seq = 1000 WHERE counter_code = 'L01' AND seq = 3",
        "UPDATE audit_log SET seq = 3 WHERE counter_code = 'L01' AND seq = 4",
        "UPDATE audit_log SET seq = 4 WHERE counter_code = 'L01' AND seq = 1000",
    )
    kind, seq, message = _problem(filled)
    assert (kind, seq) == (ProblemKind.REORDERED, 3)
    assert "Urutan" in message


def test_a_cut_off_end_is_caught_against_the_printed_head(filled: Application) -> None:
    printed = filled.audit.head("L01")
    last = _chain(filled)[-1].seq
    _tamper(filled, f"DELETE FROM audit_log WHERE counter_code = 'L01' AND seq = {last}")
    assert all(r.problem is None for r in filled.audit.verify())  # the chain alone cannot tell
    [report] = [r for r in filled.audit.verify({"L01": printed}) if r.problem is not None]
    assert report.problem is not None
    assert report.problem.kind is ProblemKind.HEAD_MISMATCH


def test_audit_verify_on_the_command_line_exits_non_zero(
    filled: Application, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", database_url, "audit", "verify"]) == 0
    capsys.readouterr()
    _tamper(
        filled, "UPDATE audit_log SET after = replace(after, 'IZIN', 'IZON') WHERE counter_code = 'L01' AND seq = 5"
    )

    code = main(["--db", database_url, "audit", "verify"])

    assert code == 9
    assert "L01 #5" in capsys.readouterr().err
