"""Demo data reads back through the ordinary repositories and agrees with the card rules."""

from __future__ import annotations

from counter_app.app import Application
from counter_app.domain.identifiers import check_nik, check_phone
from counter_app.services.registration import Registered, RegistrationRequest
from tests.services.conftest import APPLICANT


def test_demo_files_are_valid_and_consistent(app: Application) -> None:
    assert app.demo.fill(400, seed=5) == 400
    with app.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT reg_no, card_status, card_stage FROM registration ORDER BY reg_no"
        ).all()
        counters = connection.exec_driver_sql("SELECT counter_code, day, last_value FROM number_sequence").all()
    assert len(rows) == 400
    assert len({r[0] for r in rows}) == 400
    statuses = {r[1] for r in rows}
    assert {"handed_over", "open"} <= statuses
    for reg_no, status, stage in rows[::20]:
        view = app.cards.show(reg_no)
        assert (view.state.status.value, view.state.stage) == (status, stage)
        assert not view.state.ignored
        applicant = view.registration.applicant
        assert check_nik(applicant.nik) == applicant.nik
        assert check_phone(applicant.phone) == applicant.phone
    assert counters


def test_live_numbers_continue_after_the_demo(app: Application) -> None:
    app.demo.fill(300, seed=9)
    app.settings.set("counter.code", "L01")
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    with app.engine.connect() as connection:
        same = connection.exec_driver_sql(
            "SELECT count(*) FROM registration WHERE reg_no = ?"
            if app.engine.dialect.name == "sqlite"
            else "SELECT count(*) FROM registration WHERE reg_no = %s",
            (outcome.registration.reg_no,),
        ).scalar_one()
    assert same == 1
