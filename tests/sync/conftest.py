"""Counters (SQLite files, each with the shipped catalog) and a hub (a fresh PostgreSQL database).

`counters.open("L01")` opens a counter application on its own SQLite file, copied from a template
that has the schema and the shipped catalog (no install id: each copy makes its own), with the
office code PWK and the counter code given. They share one clock (`clock`, movable by tests).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from counter_app.app import Application, open_application
from counter_app.domain.control_card import CardAction
from counter_app.services.registration import Registered, RegistrationRequest
from tests.helpers.clock import FixedClock
from tests.services.conftest import APPLICANT, WIB

PERMIT = "IZIN-24201"


@pytest.fixture(scope="session")
def _counter_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("counter-template") / "counter.db"
    application = open_application(str(path))
    application.close()
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("DELETE FROM setting WHERE key = 'install.id'")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


class Counters:
    def __init__(self, folder: Path, template: Path, clock: FixedClock) -> None:
        self.folder = folder
        self.template = template
        self.clock = clock
        self.opened: list[Application] = []

    def path(self, code: str) -> Path:
        return self.folder / f"{code}.db"

    def open(self, code: str | None = None, *, name: str | None = None, empty: bool = False) -> Application:
        """A counter on its own file (`name`, default `code`); `empty`: no catalog, nothing at all."""
        path = self.path(name or code or "counter")
        if not empty and not path.exists():
            shutil.copyfile(self.template, path)
        application = open_application(str(path), clock=self.clock, seed_catalog=not empty)
        self.opened.append(application)
        application.settings.set("office.code", "PWK")
        if code is not None:
            application.settings.set("counter.code", code)
        return application

    def close(self) -> None:
        for application in self.opened:
            application.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 9, 15, tzinfo=WIB))  # Monday


@pytest.fixture
def counters(tmp_path: Path, _counter_template: Path, clock: FixedClock) -> Iterator[Counters]:
    made = Counters(tmp_path, _counter_template, clock)
    try:
        yield made
    finally:
        made.close()


def register(app: Application, applicant: dict[str, Any] | None = None, **changes: Any) -> Registered:
    request = RegistrationRequest(permit_code=PERMIT, applicant=applicant or APPLICANT, officer="sari", **changes)
    outcome = app.registration.submit(request)
    assert isinstance(outcome, Registered)
    return outcome


def advance(app: Application, reg_no: str, by: str = "rudi") -> None:
    view = app.cards.show(reg_no)
    role = view.registration.permit.stages[view.state.stage].role
    app.cards.act(reg_no, CardAction.ADVANCED, by, role)
