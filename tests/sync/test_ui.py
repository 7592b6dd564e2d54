"""The background sync in the desktop app and its status-bar indicator (Qt offscreen, a real hub)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from counter_app.domain.sync import SyncState, SyncStatus
from counter_app.services.sync import SyncService
from tests.helpers.databases import requires_postgres
from tests.sync.conftest import Counters, register
from tests.sync.test_service import NOWHERE
from ui.sync import SyncIndicator, SyncWorker, attach_sync

pytestmark = pytest.mark.gui
SINCE = datetime(2026, 11, 23, 7, 5, tzinfo=UTC)  # 14.05 WIB


def jakarta() -> str:
    return "Asia/Jakarta"


def test_the_indicator_says_online_offline_since_and_what_waits(qtbot: QtBot) -> None:
    indicator = SyncIndicator(jakarta)
    qtbot.addWidget(indicator)

    indicator.show_status(SyncStatus(SyncState.OFF, "", 0))
    assert indicator.isHidden()  # no hub configured: nothing to show

    indicator.show_status(SyncStatus(SyncState.ONLINE, "hub:5432/loket", 0, last_sync=SINCE))
    assert not indicator.isHidden()
    assert indicator.text() == "Hub: online"
    assert "hub:5432/loket" in indicator.toolTip()
    assert "14.05" in indicator.toolTip()

    indicator.show_status(SyncStatus(SyncState.OFFLINE, "hub", 12, offline_since=SINCE, error="koneksi ditolak"))
    assert indicator.text() == "Hub: offline sejak 14.05 · 12 perubahan menunggu"
    assert "koneksi ditolak" in indicator.toolTip()

    indicator.show_failure(RuntimeError("bug"))
    assert indicator.text() == "Hub: gagal sinkron"
    assert "lihat log" in indicator.toolTip()


class Recording(SyncService):
    """The real service, noting which thread each round ran on."""

    threads: list[threading.Thread]

    def run_cycle(self) -> SyncStatus:
        self.threads.append(threading.current_thread())
        return super().run_cycle()


class Broken(SyncService):
    def run_cycle(self) -> SyncStatus:
        raise RuntimeError("a bug in a round")


def _service(kind: type[SyncService], counters: Counters, code: str) -> SyncService:
    app = counters.open(code)
    service = kind(app.sync._uow, app.sync._connect, counters.clock)
    app.sync = service  # closed with the app
    return service


@requires_postgres
def test_rounds_run_off_the_ui_thread_and_the_indicator_follows(
    qtbot: QtBot, counters: Counters, postgres_database_url: str
) -> None:
    service = _service(Recording, counters, "L01")
    assert isinstance(service, Recording)
    service.threads = []
    app = counters.opened[-1]
    app.settings.set("hub.url", NOWHERE)
    register(app)
    window = QMainWindow()
    qtbot.addWidget(window)
    worker = attach_sync(window, service, jakarta)
    indicator = window.statusBar().findChild(SyncIndicator)
    assert indicator is not None

    worker.start()
    qtbot.waitUntil(lambda: worker.rounds >= 1, timeout=20_000)
    assert service.threads and threading.main_thread() not in service.threads
    assert indicator.status is not None
    assert indicator.status.state is SyncState.OFFLINE
    assert indicator.text() == "Hub: offline sejak 09.15 · 6 perubahan menunggu"  # the test clock, in WIB

    app.settings.set("hub.url", postgres_database_url)
    worker.sync_now()
    qtbot.waitUntil(lambda: worker.rounds >= 2, timeout=20_000)
    assert indicator.text() == "Hub: online"
    assert worker.running
    worker.stop()
    assert not worker.running


def test_a_failing_round_is_reported_and_the_next_one_still_runs(qtbot: QtBot, counters: Counters) -> None:
    service = _service(Broken, counters, "L01")
    counters.opened[-1].settings.set("sync.interval_s", "1")
    worker = SyncWorker(service)
    failures: list[Exception] = []
    worker.failed.connect(failures.append)
    worker.start()
    qtbot.waitUntil(lambda: len(failures) >= 2, timeout=10_000)  # the timer goes on after a failure
    worker.stop()
    assert isinstance(failures[0], RuntimeError)


@requires_postgres
def test_the_main_window_runs_the_background_sync(qtbot: QtBot, counters: Counters, postgres_database_url: str) -> None:
    from dataclasses import replace

    from ui.app import create_main_window, desk_services

    app = counters.open("L01")
    app.settings.set("hub.url", postgres_database_url)
    register(app)
    window = create_main_window(app.catalog, replace(desk_services(app, officer="Rina"), sync=app.sync))
    qtbot.addWidget(window)
    assert window.sync_worker is not None
    indicator = window.statusBar().findChild(SyncIndicator)
    assert indicator is not None
    window.start()
    qtbot.waitUntil(lambda: indicator.text() == "Hub: online", timeout=20_000)
    assert app.sync.status().waiting == 0  # the registration reached the hub in the background
    window.close()
    assert not window.sync_worker.running
