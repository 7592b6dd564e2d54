"""Status page fixtures: the core over a real SQLite file, a fixed clock, and the ASGI app over it.

- `clock`: Monday 23 November 2026, 09.15 WIB.
- `app`: `open_application` on a copy of a file migrated and seeded once per session; office
  "DPMPTSP Kabupaten Purwakarta", status base URL https://status.contoh.go.id.
- `site`: the status service the server uses (`open_status_site`, settings re-read every lookup).
- `client`: a Starlette `TestClient` over `web.create_app(site.service)` with the default rate limit.
- `register(app, applicant=...)`: a complete IZIN-24201 file; returns (reg_no, tracking code).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from starlette.testclient import TestClient

import web
from counter_app.app import Application, StatusSite, open_application, open_status_site
from counter_app.services.registration import Registered, RegistrationRequest
from tests.helpers.clock import FixedClock
from tests.services.conftest import APPLICANT

WIB = ZoneInfo("Asia/Jakarta")
MONDAY_MORNING = datetime(2026, 11, 23, 9, 15, tzinfo=WIB)
OFFICE = "DPMPTSP Kabupaten Purwakarta"


@pytest.fixture(scope="session")
def status_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("status") / "template.sqlite3"
    application = open_application(str(path))
    try:
        for key, value in (
            ("office.name", OFFICE),
            ("office.code", "PWK"),
            ("counter.code", "L01"),
            ("status.base_url", "https://status.contoh.go.id"),
        ):
            application.settings.set(key, value)
    finally:
        application.close()
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(MONDAY_MORNING)


@pytest.fixture
def db_path(tmp_path: Path, status_template: Path) -> Path:
    path = tmp_path / "t.sqlite3"
    shutil.copyfile(status_template, path)
    return path


@pytest.fixture
def app(db_path: Path, clock: FixedClock) -> Iterator[Application]:
    application = open_application(str(db_path), clock=clock, seed_catalog=False)
    yield application
    application.close()


@pytest.fixture
def site(app: Application, db_path: Path, clock: FixedClock) -> Iterator[StatusSite]:
    status_site = open_status_site(str(db_path), migrate=False, clock=clock, settings_ttl_s=0.0)
    yield status_site
    status_site.close()


@pytest.fixture
def client(site: StatusSite) -> Iterator[TestClient]:
    with TestClient(web.create_app(site.service), base_url="https://status.contoh.go.id") as test_client:
        yield test_client


def register(app: Application, applicant: Mapping[str, Any] = APPLICANT) -> tuple[str, str]:
    outcome = app.registration.submit(RegistrationRequest("IZIN-24201", applicant, "sari"))
    assert isinstance(outcome, Registered)
    return outcome.registration.reg_no, outcome.registration.tracking_code
