"""Back-office fixtures: the whole core over a real SQLite file, a fixed clock, and the tab.

- `clock`: Monday 23 November 2026, 09.15 WIB (a `FixedClock` tests move forward).
- `app`: `open_application(tmp_path / "t.sqlite3", clock=clock)`; the file is a copy of one migrated
  and seeded (shipped catalog) once per session; office PWK, counter L01.
- `register(app)`: a complete IZIN-24201 file (or another permit type); returns its number.
- `tab`: a `BackOfficeTab` over `app` acting as "Rina" (Back Office), with the save dialog and the
  PDF viewer replaced by recorders (`tab_io`), loaded and shown.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counter_app.app import Application, open_application
from counter_app.domain.catalog import Role
from counter_app.services.registration import Registered, RegistrationRequest
from tests.helpers.clock import FixedClock
from tests.helpers.passwords import FAST_HASHER
from tests.services.conftest import APPLICANT
from ui.backoffice import BackOfficeTab
from ui.backoffice.tab import CardPageName

WIB = ZoneInfo("Asia/Jakarta")
MONDAY_MORNING = datetime(2026, 11, 23, 9, 15, tzinfo=WIB)
OTHER_PERMIT = "IZIN-USAHA-PERLUASAN-INDUSTRI"
STATUS_BASE = "https://status.contoh.go.id"


@pytest.fixture(scope="session")
def backoffice_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("backoffice") / "template.sqlite3"
    application = open_application(str(path))
    try:
        for key, value in (
            ("office.name", "DPMPTSP Kabupaten Purwakarta"),
            ("office.code", "PWK"),
            ("counter.code", "L01"),
            ("status.base_url", STATUS_BASE),
        ):
            application.settings.set(key, value)
    finally:
        application.close()
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(MONDAY_MORNING)


@pytest.fixture
def app(tmp_path: Path, backoffice_template: Path, clock: FixedClock) -> Iterator[Application]:
    path = tmp_path / "t.sqlite3"
    shutil.copyfile(backoffice_template, path)
    application = open_application(str(path), clock=clock, password_hasher=FAST_HASHER)
    yield application
    application.close()


def register(app: Application, permit: str = "IZIN-24201", officer: str = "sari") -> str:
    outcome = app.registration.submit(RegistrationRequest(permit, APPLICANT, officer))
    assert isinstance(outcome, Registered)
    return outcome.registration.reg_no


def tracking_url(app: Application, reg_no: str) -> str:
    return f"{STATUS_BASE}/t/{app.cards.show(reg_no).registration.tracking_code}"


@dataclass
class TabIo:
    """What the tab asked for instead of the save dialog and the PDF viewer."""

    save_to: tuple[Path, CardPageName] | None = None
    suggested: list[Path] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)

    def ask_save(self, _parent: QWidget | None, suggested: Path) -> tuple[Path, CardPageName] | None:
        self.suggested.append(suggested)
        return self.save_to

    def open_file(self, path: Path) -> None:
        self.opened.append(path)


@pytest.fixture
def tab_io() -> TabIo:
    return TabIo()


def make_tab(qtbot: QtBot, app: Application, tab_io: TabIo, role: Role = Role.BACK_OFFICE) -> BackOfficeTab:
    tab = BackOfficeTab(
        app.cards,
        app.settings,
        officer="Rina",
        role=role,
        ask_save=tab_io.ask_save,
        open_file=tab_io.open_file,
    )
    qtbot.addWidget(tab)
    return tab


def load(qtbot: QtBot, tab: BackOfficeTab) -> None:
    """Read the queue again and wait for it."""
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.reload()


@pytest.fixture
def tab(qtbot: QtBot, app: Application, tab_io: TabIo) -> Iterator[BackOfficeTab]:
    """The tab, shown (the first showing reads the queue) and loaded."""
    widget = make_tab(qtbot, app, tab_io)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.resize(1200, 800)
        widget.show()
    yield widget
    widget.wait()
