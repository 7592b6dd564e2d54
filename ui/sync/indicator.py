"""The sync indicator in the status bar: online / offline since HH.MM / N changes waiting.

Hidden while no hub is configured. Clicking it syncs now. The tooltip names the hub, the last
sync and the last error.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QToolButton, QWidget

from counter_app.domain.formatting import clock_time
from counter_app.domain.sync import SyncState, SyncStatus
from counter_app.errors import KnownError

ONLINE_STYLE = "QToolButton { color: #1e6b34; }"
OFFLINE_STYLE = "QToolButton { color: #b3261e; font-weight: bold; }"
WAITING_STYLE = "QToolButton { color: #8a5a00; }"


class SyncIndicator(QToolButton):
    def __init__(self, timezone: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timezone = timezone
        self.status: SyncStatus | None = None
        self.setAutoRaise(True)
        self.setObjectName("sync-indicator")
        self.hide()

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        if status.state is SyncState.OFF:
            self.hide()
            return
        zone = self._timezone()
        self.setText(self.tr("Hub: {state}").format(state=status.label(zone)))
        if status.state is SyncState.OFFLINE:
            self.setStyleSheet(OFFLINE_STYLE)
        elif status.waiting:
            self.setStyleSheet(WAITING_STYLE)
        else:
            self.setStyleSheet(ONLINE_STYLE)
        lines = [self.tr("Hub {hub}").format(hub=status.hub)]
        if status.last_sync is not None:
            lines.append(self.tr("Terakhir tersinkron {time}").format(time=clock_time(status.last_sync, zone)))
        if status.error:
            lines.append(status.error)
        lines.append(self.tr("Klik untuk sinkron sekarang."))
        self.setToolTip("\n".join(lines))
        self.show()

    def show_failure(self, error: Exception) -> None:
        message = error.message if isinstance(error, KnownError) else self.tr("terjadi kesalahan (lihat log)")
        self.setText(self.tr("Hub: gagal sinkron"))
        self.setStyleSheet(OFFLINE_STYLE)
        self.setToolTip(message + "\n" + self.tr("Klik untuk mencoba lagi."))
        self.show()
