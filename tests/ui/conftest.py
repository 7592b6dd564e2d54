"""GUI fixtures.

- `catalog` / `window`: the catalog tab alone, over the in-memory sample catalog (`fakes.py`).
- `sqlite_app` / `desk_window`: the whole app through `counter_app.app.open_application` on a
  real SQLite file (a copy of a template migrated and seeded once per session; the shipped catalog
  plus the sample permit types), a fixed clock (Monday 23 November 2026, 09.15 WIB) and a
  `RecordingTransport` as the printer.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from counter_app.services.catalog import CatalogService
from tests.helpers.passwords import FAST_HASHER
from tests.ui.fakes import SAMPLE_PERMITS, FixedClock, RecordingTransport, sample_catalog
from ui.app import create_main_window, desk_services
from ui.main_window import MainWindow
from ui.registration.desk import RegistrationDesk

if TYPE_CHECKING:
    # pytest-qt sets its Qt binding up when the plugin starts: import its modules after that.
    from pytestqt.modeltest import ModelTester

    from counter_app.app import Application

WIB = ZoneInfo("Asia/Jakarta")
MONDAY_MORNING = datetime(2026, 11, 23, 9, 15, tzinfo=WIB)
PRINTER_URI = "tcp://192.0.2.10:9100"
"""A documentation address: nothing answers there (the transport is a fake anyway)."""
OFFICER = "Rina"


@pytest.fixture
def catalog() -> CatalogService:
    return sample_catalog()


@pytest.fixture
def window(qtbot: QtBot, catalog: CatalogService) -> MainWindow:
    """The main window with the catalog tab only, loaded (not shown: tests that need focus show it)."""
    main_window = create_main_window(catalog)
    qtbot.addWidget(main_window)
    return main_window


def check_model(tester: ModelTester, model: QAbstractItemModel) -> None:
    """`qtmodeltester.check(model)` (pytest-qt's method is untyped)."""
    tester.check(model)  # type: ignore[no-untyped-call]


# --- The whole app on a real SQLite database -------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated and seeded once (shipped catalog + sample permit types); tests get copies."""
    import db
    from counter_app.app import open_application

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    application = open_application(str(path), transport=RecordingTransport())
    try:
        db.SqlCatalogRepository(application.engine).add_versions(SAMPLE_PERMITS, MONDAY_MORNING.astimezone(UTC))
    finally:
        application.close()
    return path


@dataclass
class SqliteApp:
    application: Application
    transport: RecordingTransport
    clock: FixedClock
    path: Path


@pytest.fixture
def sqlite_app(tmp_path: Path, sqlite_template: Path) -> Iterator[SqliteApp]:
    """`open_application` on a fresh SQLite file, with a recording printer and a fixed clock."""
    from counter_app.app import open_application

    path = tmp_path / "t.sqlite3"
    shutil.copyfile(sqlite_template, path)
    transport = RecordingTransport()
    clock = FixedClock(MONDAY_MORNING.astimezone(UTC))
    application = open_application(str(path), transport=transport, clock=clock, password_hasher=FAST_HASHER)
    for key, value in (
        ("office.name", "DPMPTSP Kabupaten Purwakarta"),
        ("office.code", "PWK"),
        ("counter.code", "L01"),
        ("status.base_url", "https://status.contoh.go.id"),
        ("printer.uri", PRINTER_URI),
    ):
        application.settings.set(key, value)
    yield SqliteApp(application, transport, clock, path)
    application.close()


def open_window(qtbot: QtBot, application: Application) -> MainWindow:
    """A main window with the registration desk over `application`, shown and active (not started)."""
    main_window = create_main_window(application.catalog, desk_services(application, OFFICER))
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    return main_window


@pytest.fixture
def desk_window(qtbot: QtBot, sqlite_app: SqliteApp) -> Iterator[MainWindow]:
    """The full main window (registration desk first) over `sqlite_app`."""
    main_window = open_window(qtbot, sqlite_app.application)
    yield main_window
    settle(main_window)


def settle(window: MainWindow) -> None:
    """Wait for the window's background work (print jobs, searches) before the database closes."""
    if window.desk is not None:
        window.desk.journal.wait()
        window.desk.tab.search.wait()


def desk_of(window: MainWindow) -> RegistrationDesk:
    assert window.desk is not None
    return window.desk.tab
