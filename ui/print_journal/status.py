"""The print indicator in the status bar: the last result, and how many slips wait.

Clicking it (or Ctrl+P in the main window) opens the "Antrean cetak" dock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QToolButton, QWidget

from counter_app.domain.formatting import clock_time
from counter_app.domain.print_job import PrintJob
from ui.bridge import AppSignals
from ui.print_journal.labels import job_title

PRINTED_STYLE = "QToolButton { color: #1e6b34; }"
FAILED_STYLE = "QToolButton { color: #b3261e; font-weight: bold; }"


class PrintStatus(QToolButton):
    def __init__(
        self,
        signals: AppSignals,
        timezone: Callable[[], str],
        waiting: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._timezone = timezone
        self._waiting = waiting
        self._last = self.tr("Printer: belum ada cetakan")
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Hasil cetak terakhir; klik untuk membuka Antrean cetak"))
        signals.receipt_printed.connect(self.on_printed)
        signals.print_failed.connect(self.on_failed)
        signals.print_jobs_changed.connect(self.refresh)
        self.refresh()

    def on_printed(self, job: PrintJob) -> None:
        self._last = self.tr("✓ {title} tercetak {time}").format(
            title=job_title(job), time=clock_time(job.updated_at, self._timezone())
        )
        self.setStyleSheet(PRINTED_STYLE)
        self.refresh()

    def on_failed(self, job: PrintJob) -> None:
        self._last = self.tr("✗ Gagal mencetak {title}: {error}").format(title=job_title(job).lower(), error=job.error)
        self.setStyleSheet(FAILED_STYLE)
        self.refresh()

    def refresh(self) -> None:
        count = self._waiting()
        text = self._last
        if count:
            text += " " + self.tr("· %n struk menunggu", "", count)
        self.setText(text)
