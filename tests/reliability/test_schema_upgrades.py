"""Schema upgrade suite: a database created by each earlier migration, filled with data, upgrades
to head on SQLite and PostgreSQL with the data intact and usable.

The data are made once, by the application at head on SQLite: the shipped catalog and a second
version of one permit type, settings and calendar overrides, demo files with their card histories,
and files made through the services (returning applicants, businesses, printed / failed / queued
receipts, reprints, cards moved forward, back to the applicant and on again, return slips).

For every revision before head and both backends: an empty database is migrated to that revision
and filled with those rows through SQL valid there (each table that exists at that revision, with
the columns it has there: reflected from the database, never assumed). Then:
- `upgrade_to_head`: every column that existed keeps its value, row for row;
- the application opens it; after `card reindex` (what the README prescribes for the projection
  columns of 0003) every column of every copied table equals the source, so the new columns hold
  what the application itself would have written;
- cards show as on the source, files are found by number, tracking code and NIK, applicants by
  name (the search structures were kept up), a reprint is the next DUPLIKAT, and a new file is
  registered with the next free number.

Small: 40 demo files and 12 made by the services; RELIABILITY_FULL=1: 20,000 demo files and 200.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Engine, MetaData, Table, inspect, select

from counter_app.app import Application, open_application
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.print_job import JobKind
from counter_app.errors import KnownError
from counter_app.resources import resources_dir
from counter_app.services.registration import Registered, RegistrationRequest
from db import create_engine_for, head_revision, upgrade_to_head
from db.base import Base
from db.migrate import alembic_config, upgrade_to
from tests.helpers.clock import FixedClock
from tests.printing.loopback import free_port
from tests.reliability.size import note, scale
from tests.services.conftest import WIB

DEMO_FILES = scale(40, 20_000)
SERVICE_FILES = scale(12, 200)
MONDAY = datetime(2026, 11, 23, 9, 15, tzinfo=WIB)
PERMIT = "IZIN-24201"
CARD_SAMPLE = scale(60, 400)
RENAMED = ("Siti Rahma", "Siti Rahmawati")


def earlier_revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [s.revision for s in reversed(list(script.walk_revisions())) if s.revision != head_revision()]


Rows = dict[str, list[dict[str, Any]]]


@dataclass
class Source:
    rows: Rows
    cards: dict[str, dict[str, Any]]  # reg_no -> card JSON
    finds: list[tuple[str, str]]  # (text, registration id found): by tracking code and by NIK
    searches: dict[str, list[str]]  # name query -> applicant ids found
    now: datetime  # the source clock when the cards were read
    build_s: float


def read_rows(engine: Engine) -> Rows:
    with engine.connect() as conn:
        return {
            table.name: [dict(row._mapping) for row in conn.execute(select(table))]
            for table in Base.metadata.sorted_tables
        }


def applicant(rng: random.Random, serial: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": f"{rng.choice(['Budi', 'Siti', 'Andrés', 'Ni Made'])} {rng.choice(['Santoso', 'Núñez', 'Lestari'])}",
        "nik": f"3214011708{85 + serial % 10:02d}{serial % 9000 + 1:04d}",
        "phone": "0812-3456-7890",
        "address": f"Jl. Veteran No. {serial}",
    }
    if serial % 3 == 0:
        data["business"] = {"name": f"CV Karya {serial}", "form": "badan_usaha", "nib": f"{9120000000000 + serial}"}
    return data


def work_through_the_services(app: Application, clock: FixedClock, files: int, folder: Path) -> None:
    rng = random.Random(7)
    refused = f"tcp://127.0.0.1:{free_port()}"
    made: list[str] = []
    for name in RENAMED:  # a name corrected on a later visit: each file keeps the name it was registered with
        clock.advance(minutes=5)
        outcome = app.registration.submit(RegistrationRequest(PERMIT, {**applicant(rng, 0), "name": name}, "sari"))
        assert isinstance(outcome, Registered)
    for serial in range(1, files + 1):
        clock.advance(minutes=rng.randint(1, 90))
        data = applicant(rng, rng.randint(1, max(files // 2, 2)))  # some come back
        if serial % 6 == 0:
            outcome = app.registration.submit(RegistrationRequest(PERMIT, data, "sari", received={}))
            assert not isinstance(outcome, Registered)
            continue
        outcome = app.registration.submit(RegistrationRequest(PERMIT, data, "sari"))
        assert isinstance(outcome, Registered)
        made.append(outcome.registration.reg_no)
        printer = rng.choice([(folder / f"{serial}.bin").as_uri(), refused, None])
        if printer is not None:
            app.printing.send(outcome.print_job.id, printer)
        if serial % 4 == 0:
            app.printing.reprint(outcome.registration.reg_no, "struk hilang")
    for reg_no in rng.sample(made, len(made) // 2):
        clock.advance(hours=rng.randint(1, 30))
        for action, role in rng.choice(
            [
                [(CardAction.ADVANCED, Role.FRONT_DESK)],
                [(CardAction.ADVANCED, Role.FRONT_DESK), (CardAction.RETURNED, Role.BACK_OFFICE)],
                [
                    (CardAction.ADVANCED, Role.FRONT_DESK),
                    (CardAction.RETURNED, Role.BACK_OFFICE),
                    (CardAction.RESUBMITTED, Role.FRONT_DESK),
                    (CardAction.ADVANCED, Role.BACK_OFFICE),
                ],
            ]
        ):
            try:
                app.cards.act(reg_no, action, "rudi", role, note="uji migrasi")
            except KnownError as refused_by_rules:
                raise AssertionError(f"{reg_no}: {action} refused: {refused_by_rules.message}") from None


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    started = time.monotonic()
    folder = tmp_path_factory.mktemp("upgrade-source")
    clock = FixedClock(MONDAY)
    app = open_application(str(folder / "source.sqlite3"), clock=clock)
    try:
        app.settings.set_many(
            {
                "office.code": "PWK",
                "counter.code": "L01",
                "office.name": "DPMPTSP Kabupaten Purwakarta",
                "status.base_url": "https://status.contoh.go.id",
                "calendar.working_days": "1,2,3,4,5,6",
            }
        )
        app.calendar.add_closure(date(2026, 11, 27), "Rapat kerja kantor")
        app.calendar.add_worked_day(date(2026, 12, 24), "Pelayanan tetap buka")
        shipped = resources_dir() / "catalog" / app.catalog.show(PERMIT).source
        document = shipped.read_bytes().replace(b"Industri", b"Industri Logam", 1)
        app.catalog.import_documents([("versi-2.txt", document)])
        app.demo.fill(DEMO_FILES, workers=0)
        work_through_the_services(app, clock, SERVICE_FILES, folder)
        rows = read_rows(app.engine)
        rng = random.Random(3)
        registrations = rows["registration"]
        sample = rng.sample(registrations, min(CARD_SAMPLE, len(registrations)))
        cards = {row["reg_no"]: app.cards.show(row["reg_no"]).to_json() for row in sample}
        texts = [row["tracking_code"] for row in sample[:20]] + [row["nik"] for row in sample[:20] if row["nik"]]
        finds = [(text, app.registration.find(text).id) for text in texts]  # by NIK: the newest file
        assert {text for text, _ in finds} >= {row["tracking_code"] for row in sample[:20]}
        searches = {
            query: sorted(a.id for a in app.registration.search_applicants(query, limit=50))
            for query in ("núñez", "andrés", "ni made", "rahmawati", "siti rahma")  # not in the demo data
        }
        searches = {query: found for query, found in searches.items() if found}
        assert len(searches) >= 2 and all(len(found) < 50 for found in searches.values())  # whole answers
    finally:
        app.close()
    return Source(rows, cards, finds, searches, clock.now(), time.monotonic() - started)


def columns_at(engine: Engine) -> dict[str, set[str]]:
    """Every table of the database and its columns, as the database itself describes them."""
    with engine.connect() as conn:
        inspector = inspect(conn)
        return {table: {c["name"] for c in inspector.get_columns(table)} for table in inspector.get_table_names()}


def fill_as_of(engine: Engine, rows: Rows, present: dict[str, set[str]]) -> dict[str, set[str]]:
    """Insert `rows` into the tables that exist, with the columns they have; returns what was filled."""
    filled: dict[str, set[str]] = {}
    with engine.begin() as conn:
        for model in Base.metadata.sorted_tables:
            columns = present.get(model.name)
            if columns is None or not rows[model.name]:
                continue
            if conn.execute(select(model.c[sorted(columns)[0]]).limit(1)).first() is not None:
                continue  # rows the migration itself wrote (e.g. sync_state): not ours to copy
            unknown = columns - set(model.c.keys())
            assert not unknown, f"{model.name} has columns the models no longer know: {unknown}"
            table = Table(model.name, MetaData(), *(Column(c.name, c.type) for c in model.columns if c.name in columns))
            conn.execute(table.insert(), [{c: row[c] for c in columns} for row in rows[model.name]])
            filled[model.name] = columns
    return filled


def keyed(table: str, rows: list[dict[str, Any]], columns: set[str]) -> dict[tuple[Any, ...], dict[str, Any]]:
    model = Base.metadata.tables[table]
    key = [c.name for c in model.primary_key.columns]
    return {tuple(row[k] for k in key): {c: row[c] for c in columns} for row in rows}


OPEN = ("open", "returned")


def assert_same(source: Rows, target: Rows, filled: dict[str, set[str]], *, all_columns: bool) -> None:
    """Row for row, the `filled` columns (`all_columns`: every column) of `target` are `source`'s.

    `card reindex` rebuilds the projection of open files only (nothing reads it for closed ones):
    for a closed file, columns added after the revision are not compared."""
    for table, columns in filled.items():
        wanted = set(Base.metadata.tables[table].c.keys()) if all_columns else columns
        before = keyed(table, source[table], wanted)
        after = keyed(table, target[table], wanted)
        if table == "registration" and all_columns:
            for rows in (before, after):
                for row in rows.values():
                    if row["card_status"] not in OPEN:
                        for column in wanted - columns:
                            row[column] = None
        assert after.keys() == before.keys(), f"{table}: rows lost or added"
        changed = [k for k in before if before[k] != after[k]]
        if changed:
            first = changed[0]
            diff = {c: (before[first][c], after[first][c]) for c in wanted if before[first][c] != after[first][c]}
            raise AssertionError(f"{table}: {len(changed)} rows changed, e.g. {first}: {diff}")


@pytest.fixture
def empty_engine(empty_database_url: str) -> Iterator[Engine]:
    engine = create_engine_for(empty_database_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", earlier_revisions())
def test_a_filled_database_of_an_earlier_revision_upgrades_intact(
    source: Source, revision: str, empty_engine: Engine, empty_database_url: str
) -> None:
    started = time.monotonic()
    upgrade_to(empty_engine, revision)
    filled = fill_as_of(empty_engine, source.rows, columns_at(empty_engine))
    assert "permit_type_version" in filled  # every revision has the catalog

    upgrade_to_head(empty_engine)
    assert_same(source.rows, read_rows(empty_engine), filled, all_columns=False)

    clock = FixedClock(source.now)
    app = open_application(empty_database_url, clock=clock)
    try:
        if "registration" in filled:
            assert app.cards.reindex() == sum(1 for r in source.rows["registration"] if r["card_status"] in OPEN)
        upgraded = read_rows(app.engine)
        if "audit_log" in filled:  # the reindex is itself audited: one entry more, which is left out
            known = {row["id"] for row in source.rows["audit_log"]}
            added = [row for row in upgraded["audit_log"] if row["id"] not in known]
            assert [row["action"] for row in added] == (["card.reindexed"] if "registration" in filled else [])
            upgraded["audit_log"] = [row for row in upgraded["audit_log"] if row["id"] in known]
        assert_same(source.rows, upgraded, filled, all_columns=True)
        files = {row["reg_no"] for row in source.rows["registration"]} if "registration" in filled else set()
        if files:
            for reg_no, card in source.cards.items():
                assert app.cards.show(reg_no).to_json() == card, reg_no
            for text, registration_id in source.finds:
                assert app.registration.find(text).id == registration_id, text
            for query, found in source.searches.items():
                assert sorted(a.id for a in app.registration.search_applicants(query, limit=50)) == found, query
            reprinted = {str(row["registration_id"]) for row in source.rows["print_job"] if row["copy_no"] > 0}
            for reg_no in sorted(source.cards)[:10]:
                registration = app.registration.find(reg_no)
                copies = [j.copy_no for j in app.printing.jobs_for(registration.id) if j.kind is JobKind.RECEIPT]
                assert (max(copies, default=0) > 0) == (registration.id in reprinted)
                assert app.printing.reprint(reg_no, "uji setelah migrasi").copy_no == max(copies, default=0) + 1

        clock.moment = MONDAY + timedelta(days=1)  # Tuesday: a day with files of its own in the source
        outcome = app.registration.submit(RegistrationRequest(PERMIT, applicant(random.Random(1), 99), "sari"))
        assert isinstance(outcome, Registered)
        prefix, _, seq = outcome.registration.reg_no.rpartition("-")
        same_day = [int(no.rpartition("-")[2]) for no in files if no.rpartition("-")[0] == prefix]
        assert int(seq) == max(same_day, default=0) + 1
        assert app.cards.show(outcome.registration.reg_no).state.stage == 0
    finally:
        app.close()
    note(
        "schema-upgrade",
        revision=revision,
        backend=empty_engine.dialect.name,
        tables=len(filled),
        rows=sum(len(source.rows[t]) for t in filled),
        seconds=round(time.monotonic() - started, 1),
        source_seconds=round(source.build_s, 1),
    )


def test_the_name_as_registered_survives_the_upgrade(source: Source, empty_engine: Engine) -> None:
    upgrade_to(empty_engine, "0002")
    fill_as_of(empty_engine, source.rows, columns_at(empty_engine))
    upgrade_to_head(empty_engine)
    names = {row["id"]: row["applicant_name"] for row in read_rows(empty_engine)["registration"]}
    registered = {row["id"]: row["applicant_name"] for row in source.rows["registration"]}
    assert set(RENAMED) <= set(registered.values())
    assert names == registered


def test_the_suite_covers_every_earlier_revision() -> None:
    revisions = earlier_revisions()
    assert revisions[0] == "0001"
    assert head_revision() not in revisions
    assert len(revisions) == len({*revisions})
