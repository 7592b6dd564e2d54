"""Services wired over a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from counter_app.app import Application, open_application
from tests.helpers.clock import FixedClock
from tests.helpers.passwords import FAST_HASHER

WIB = ZoneInfo("Asia/Jakarta")
APPLICANT = {
    "name": "Budi Santoso",
    "nik": "3214011708850001",
    "phone": "0812-3456-7890",
    "address": "Jl. Veteran No. 139, Purwakarta",
    "email": "budi@contoh.id",
    "business": {
        "name": "PT Logam Mulia Jaya",
        "form": "badan_usaha",
        "nib": "1234567890123",
        "npwp": "01.855.081.4-005.000",
        "foreign_capital": False,
    },
}


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 9, 15, tzinfo=WIB))  # Monday


@pytest.fixture
def app(database_url: str, clock: FixedClock) -> Iterator[Application]:
    application = open_application(database_url, clock=clock, password_hasher=FAST_HASHER)
    application.settings.set("office.code", "PWK")
    application.settings.set("counter.code", "L01")
    application.settings.set("office.name", "DPMPTSP Kabupaten Purwakarta")
    application.settings.set("status.base_url", "https://status.contoh.go.id")
    yield application
    application.close()
