"""Voiding a registration: a supervisor with a reason; BATAL on the receipt and the card; final; the
number is never given again."""

from __future__ import annotations

import subprocess

import pytest

from counter_app.app import Application
from counter_app.domain.card_state import CardStatus
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.permissions import PermissionDenied
from counter_app.errors import NotAllowed
from counter_app.services.registration import Registered, RegistrationRequest
from tests.printing.escpos_reader import parse_escpos
from tests.services.conftest import APPLICANT

PASSWORD = "sandi-rahasia-1"


def _register(app: Application) -> str:
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    return outcome.registration.reg_no


@pytest.fixture
def staffed(app: Application) -> Application:
    app.users.add("admin", Role.ADMIN, PASSWORD)
    app.sign_in("admin", PASSWORD)
    app.users.add("kabid", Role.SUPERVISOR, PASSWORD)
    app.users.add("rina", Role.FRONT_DESK, PASSWORD)
    return app


def test_a_supervisor_voids_with_a_reason_and_it_is_final(staffed: Application) -> None:
    app = staffed
    app.sign_in("rina", PASSWORD)
    reg_no = _register(app)
    with pytest.raises(PermissionDenied, match="supervisor"):
        app.cards.void(reg_no, "salah jenis izin")

    app.sign_in("kabid", PASSWORD)
    with pytest.raises(NotAllowed, match="alasan"):
        app.cards.void(reg_no, "  ")
    view = app.cards.void(reg_no, "salah jenis izin; didaftarkan ulang")

    assert view.state.status is CardStatus.VOIDED
    assert view.to_json()["status"] == "voided"  # what the status page shows
    last = view.events[-1]
    assert (last.action, last.by, last.role, last.note) == (
        CardAction.VOIDED,
        "kabid",
        "supervisor",
        "salah jenis izin; didaftarkan ulang",
    )
    with pytest.raises(NotAllowed, match="BATAL"):
        app.cards.act(reg_no, CardAction.UNDONE, "kabid", Role.SUPERVISOR, note="keliru")
    with pytest.raises(NotAllowed, match="ditutup"):
        app.cards.act(reg_no, CardAction.ADVANCED, "kabid", Role.SUPERVISOR)
    assert reg_no not in {row.reg_no for row in app.cards.queue()}


def test_the_number_is_never_given_again(staffed: Application) -> None:
    app = staffed
    app.sign_in("kabid", PASSWORD)
    first = _register(app)
    app.cards.void(first, "dobel")
    second = _register(app)
    assert first.endswith("0001")
    assert second.endswith("0002")
    assert app.registration.find(first).reg_no == first  # the voided file stays on record


def test_reprint_and_card_say_batal(staffed: Application) -> None:
    app = staffed
    app.sign_in("kabid", PASSWORD)
    reg_no = _register(app)
    app.cards.void(reg_no, "pemohon membatalkan")

    job = app.printing.reprint(reg_no, "arsip")
    receipt = parse_escpos(job.payload).text
    assert "BATAL / VOID" in receipt
    assert "pemohon membatalkan" in receipt
    assert "DUPLIKAT ke-1" in receipt

    pdf = app.cards.card_pdf(reg_no)
    shown = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    text = shown.decode("utf-8")
    assert "KARTU KENDALI BERKAS — BATAL / VOID" in text
    assert "pemohon membatalkan" in text
    assert "dibatalkan (BATAL)" in text
