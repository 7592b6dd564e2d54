"""The background sync: one round (`SyncService.run_cycle`) every few seconds, off the UI thread.

Rounds run one at a time on a pool of one thread (`ui.workers.run_task`); a tick that comes while
a round runs is skipped. The interval is the setting `sync.interval_s`, read by each round. A hub
that cannot be reached is not an error here: the round says "offline since …" in its status. Any
other failure (data the hub refuses, a bug) is logged and reported through `failed`; the next
round tries again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from ui.workers import run_task

if TYPE_CHECKING:
    from counter_app.domain.sync import SyncStatus
    from counter_app.services.sync import SyncService

log = logging.getLogger(__name__)

FIRST_INTERVAL_S = 5.0
STOP_WAIT_MS = 15_000  # a round cut off by a hub gone silent ends within the connection timeouts


class SyncWorker(QObject):
    """Signals:
    status_changed(status: counter_app.domain.sync.SyncStatus): after every round.
    failed(error: Exception): a round failed for another reason than an unreachable hub.
    """

    status_changed = Signal(object)
    failed = Signal(object)

    def __init__(self, service: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(int(FIRST_INTERVAL_S * 1000))
        self._timer.timeout.connect(self.sync_now)
        self.rounds = 0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """The first round now, then one every interval."""
        self._timer.start()
        self.sync_now()

    def stop(self) -> None:
        """No more rounds; waits for the one running (the window is closing)."""
        self._timer.stop()
        self._pool.waitForDone(STOP_WAIT_MS)

    def sync_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        service = self._service

        def round_() -> tuple[SyncStatus, float]:
            return service.run_cycle(), service.interval_s()

        run_task(round_, self._done, self._failed, pool=self._pool, context=self)

    def _done(self, result: tuple[SyncStatus, float]) -> None:
        status, interval = result
        self._busy = False
        self.rounds += 1
        self._timer.setInterval(int(interval * 1000))
        self.status_changed.emit(status)

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.rounds += 1
        log.error("background sync failed", exc_info=error)
        self.failed.emit(error)
