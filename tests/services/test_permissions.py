"""The role × operation matrix, through the services themselves: every operation, every role.

For each role a user of that role signs in and tries every operation. Allowed means the permission
check let it through (the operation may still be refused by its own rules, e.g. a card at the wrong
stage: that is a different error); denied means `PermissionDenied`, with nothing written (the
audit chain did not grow). Plus: deny by default, and the UI-independent rules around it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import pytest

from counter_app.app import Application
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.permissions import MATRIX, Operation, PermissionDenied, is_allowed, roles_allowed
from counter_app.domain.users import SYSTEM, Principal
from counter_app.errors import KnownError
from counter_app.resources import shipped_catalog_documents
from counter_app.services.guard import NotSignedIn
from counter_app.services.registration import Registered, RegistrationRequest
from tests.services.conftest import APPLICANT

PASSWORD = "sandi-rahasia-1"
HANDOVER = {"received_by": "Budi Santoso", "id_document": "KTP"}


@dataclass
class Fixture:
    reg_no: str
    job_id: str


Runner = Callable[[Application, Fixture], object]


def _card(action: CardAction, note: str = "alasan", data: dict[str, str] | None = None) -> Runner:
    return lambda app, f: app.cards.act(f.reg_no, action, "x", Role.SUPERVISOR, note=note, data=data)


RUNNERS: dict[Operation, Runner] = {
    Operation.REGISTER: lambda app, f: app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "x")),
    Operation.VIEW_NIK: lambda app, f: app.registration.reveal_nik(f.reg_no),
    Operation.PRINT_SEND: lambda app, f: app.printing.send(f.job_id),
    Operation.RECEIPT_REPRINT: lambda app, f: app.printing.reprint(f.reg_no, "struk hilang"),
    Operation.CARD_PDF: lambda app, f: app.cards.card_pdf(f.reg_no),
    Operation.CARD_ADVANCE: _card(CardAction.ADVANCED),
    Operation.CARD_RETURN: _card(CardAction.RETURNED),
    Operation.CARD_RESUBMIT: _card(CardAction.RESUBMITTED),
    Operation.CARD_REJECT: _card(CardAction.REJECTED, note=""),  # refused by the card rule (no reason) if allowed
    Operation.CARD_UNDO: _card(CardAction.UNDONE, note=""),
    Operation.CARD_HANDOVER: _card(CardAction.HANDED_OVER, data=HANDOVER),
    Operation.VOID: lambda app, f: app.cards.void(f.reg_no, ""),  # no reason: refused by the card rule if allowed
    Operation.CATALOG_IMPORT: lambda app, f: app.catalog.import_files(shipped_catalog_documents()[:1]),
    Operation.CATALOG_EDIT: lambda app, f: app.catalog.save_edited(
        replace(app.catalog.show("IZIN-24201"), product="NIB dan Izin (diubah)")
    ),
    Operation.SETTINGS: lambda app, f: app.settings.set("office.phone", "(0264) 200000"),
    Operation.PRINTER_SETUP: lambda app, f: app.settings.set("printer.paper_mm", "58"),
    Operation.USERS: lambda app, f: app.users.add("baru", Role.FRONT_DESK, PASSWORD),
    Operation.MAINTENANCE: lambda app, f: app.cards.reindex(),
    Operation.AUDIT_VERIFY: lambda app, f: app.audit.verify(),
    Operation.DAILY_CLOSE: lambda app, f: app.reports.daily(date(2026, 11, 23), date(2026, 11, 23)),
    Operation.REPORTS: lambda app, f: app.reports.sla(date(2026, 11, 23), date(2026, 11, 23)),
}


READ_ONLY = {
    Operation.AUDIT_VERIFY,
    Operation.DAILY_CLOSE,
    Operation.REPORTS,
    Operation.CATALOG_IMPORT,  # the shipped document is already imported: nothing changes
}


def test_holiday_overrides_are_office_settings(app: Application) -> None:
    _setup(app)
    app.sign_in("supervisor", PASSWORD)
    with pytest.raises(PermissionDenied):
        app.calendar.add_closure(date(2026, 12, 24), "cuti kantor")
    app.sign_in("admin", PASSWORD)
    app.calendar.add_closure(date(2026, 12, 24), "cuti kantor")
    app.calendar.remove_override(date(2026, 12, 24))
    assert app.calendar.overrides() == []


def test_every_operation_has_a_runner() -> None:
    assert set(RUNNERS) == set(Operation)


def _audit_size(app: Application) -> int:
    with app.users._uow() as uow:
        return sum(len(uow.audit.chain(counter)) for counter in uow.audit.counters())


def _setup(app: Application) -> Fixture:
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    app.users.add("admin", Role.ADMIN, PASSWORD)
    app.sign_in("admin", PASSWORD)
    for role in Role:
        if role is not Role.ADMIN:
            app.users.add(role.value.replace("_", "-"), role, PASSWORD)
    return Fixture(outcome.registration.reg_no, outcome.print_job.id)


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
def test_the_matrix_through_the_services(app: Application, role: Role) -> None:
    fixture = _setup(app)
    app.sign_in("admin" if role is Role.ADMIN else role.value.replace("_", "-"), PASSWORD)

    outcome: dict[Operation, str] = {}
    for operation, run in RUNNERS.items():
        before = _audit_size(app)
        try:
            run(app, fixture)
        except PermissionDenied:
            outcome[operation] = "denied"
            assert _audit_size(app) == before, f"{operation} was refused but wrote to the audit log"
        except KnownError:
            outcome[operation] = "allowed"  # past the permission check, refused by the operation's own rules
        else:
            outcome[operation] = "allowed"
            if operation not in READ_ONLY:
                assert _audit_size(app) > before, f"{operation} changed something without an audit entry"

    expected = {op: "allowed" if op in MATRIX[role] else "denied" for op in Operation}
    assert outcome == expected


def test_deny_by_default_and_system_only_without_accounts() -> None:
    nobody = Principal("0190a000-0000-7000-8000-000000000009", "x", Role.ADMIN)
    assert not is_allowed(nobody, Operation.REGISTER)
    assert is_allowed(SYSTEM, Operation.VOID)
    assert roles_allowed(Operation.VOID) == [Role.SUPERVISOR]
    assert roles_allowed(Operation.USERS) == [Role.ADMIN]
    assert Operation.REGISTER not in MATRIX[Role.BACK_OFFICE]


def test_once_accounts_exist_nothing_changes_without_signing_in(app: Application) -> None:
    fixture = _setup(app)
    app.current_user.sign_out()
    before = _audit_size(app)
    for operation, run in RUNNERS.items():
        with pytest.raises(NotSignedIn):
            run(app, fixture)
        assert _audit_size(app) == before, operation
    # Reading stays open: the queue, a card, the catalog.
    assert app.cards.show(fixture.reg_no).registration.reg_no == fixture.reg_no
    assert app.catalog.list()


def test_a_signed_in_user_acts_in_their_own_name_and_role(app: Application) -> None:
    fixture = _setup(app)
    app.sign_in("front-desk", PASSWORD)
    view = app.cards.act(fixture.reg_no, CardAction.ADVANCED, "nama-lain", Role.SUPERVISOR)
    assert (view.events[-1].by, view.events[-1].role) == ("front-desk", "front_desk")
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "nama-lain"))
    assert isinstance(outcome, Registered)
    assert outcome.registration.officer == "front-desk"
