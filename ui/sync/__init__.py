"""Background sync with the hub in the desktop app, and its indicator in the status bar.

`attach_sync(window, service)` adds the indicator to the window's status bar and returns the worker;
the window starts it once it is shown and stops it when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from ui.sync.indicator import SyncIndicator
from ui.sync.worker import SyncWorker

if TYPE_CHECKING:
    from counter_app.services.sync import SyncService

__all__ = ["SyncIndicator", "SyncWorker", "attach_sync"]


def attach_sync(window: QMainWindow, service: SyncService, timezone: Callable[[], str]) -> SyncWorker:
    indicator = SyncIndicator(timezone, window)
    worker = SyncWorker(service, window)
    worker.status_changed.connect(indicator.show_status)
    worker.failed.connect(indicator.show_failure)
    indicator.clicked.connect(worker.sync_now)
    window.statusBar().addPermanentWidget(indicator)
    return worker
