"""Demo data reads back through the ordinary repositories and agrees with the card rules."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from counter_app.app import Application, open_application
from counter_app.domain.card_projection import CardProjection, projection_of
from counter_app.domain.card_state import CardStatus
from counter_app.domain.identifiers import check_nik, check_phone
from counter_app.ports import Clock
from counter_app.services.registration import Registered, RegistrationRequest
from db.models import ApplicantRow, RegistrationRow
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
        assert stored_projection(app, reg_no) == projection_of(view.state)
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


def stored_projection(app: Application, reg_no: str) -> CardProjection:
    """The card columns the demo wrote for one file."""
    r = RegistrationRow
    query = select(
        r.card_stage, r.card_status, r.card_since, r.card_last_by, r.card_paused_days, r.card_paused_since
    ).where(r.reg_no == reg_no)
    with app.engine.connect() as connection:
        stage, status, since, last_by, paused, paused_since = connection.execute(query).one()
    assert since is not None
    return CardProjection(stage, CardStatus(status), since, last_by, paused, paused_since)


def files(app: Application) -> list[tuple[str, str, str, str, int]]:
    query = (
        select(
            RegistrationRow.reg_no,
            ApplicantRow.name,
            RegistrationRow.permit_code,
            RegistrationRow.card_status,
            RegistrationRow.card_stage,
        )
        .join(ApplicantRow, ApplicantRow.id == RegistrationRow.applicant_id)
        .order_by(RegistrationRow.reg_no)
    )
    with app.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(query).all()]  # type: ignore[misc]


def app_clock(app: Application) -> Clock:
    return app.demo._clock  # the fixture's fixed clock: same "today" for both databases


def copy_office_settings(source: Application, target: Application) -> None:
    current = source.settings.current()
    target.settings.set_many({key: str(current.get(key)) for key in ("office.code", "counter.code")})


def test_demo_generated_in_worker_processes_is_the_same_data(app: Application, tmp_path: Path) -> None:
    """Chunks made by two worker processes are stored in order and equal the in-process ones."""
    assert app.demo.fill(900, seed=11, workers=2, chunk_files=200) == 900
    twin = open_application(str(tmp_path / "twin.sqlite3"), clock=app_clock(app))
    try:
        copy_office_settings(app, twin)
        assert twin.demo.fill(900, seed=11, workers=0, chunk_files=200) == 900
        assert files(twin) == files(app)
    finally:
        twin.close()
    with app.engine.connect() as connection:
        indexed = connection.exec_driver_sql("SELECT count(*) FROM applicant").scalar_one()
    # Applicant names are searchable after the bulk load (SQLite rebuilds its name index at the end).
    name = files(app)[0][1].split()[0]
    assert app.registration.search_applicants(name)
    assert indexed > 0


def test_a_demo_leaves_every_index_and_trigger_as_it_found_them(app: Application) -> None:
    """On SQLite the load drops the name-index trigger and makes it again at the end: same
    definitions, and the name search finds demo applicants (the FTS index was rebuilt)."""

    def schema() -> set[tuple[str, str]]:
        with app.engine.connect() as connection:
            return {
                (row[0], row[1])
                for row in connection.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
                    if app.engine.dialect.name == "sqlite"
                    else "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                )
            }

    before = schema()
    assert app.demo.fill(300, seed=4) == 300
    assert schema() == before
    with app.engine.connect() as connection:
        name = connection.exec_driver_sql("SELECT name FROM applicant ORDER BY name LIMIT 1").scalar_one()
    assert name in {a.name for a in app.registration.search_applicants(name[1:6], limit=50)}
