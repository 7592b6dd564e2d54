"""The print journal on the desktop: sends stored jobs off the UI thread, one at a time, in order.

A job reaches the printer only through `send`/`retry` here, on a one-thread pool, so two slips
never interleave and the window never freezes on a slow printer. Results go out on the bridge
(`receipt_printed`, `print_failed`, `print_jobs_changed`). At start-up, `ask_about_uncertain`
asks the officer about each job a crash left in `sending`; such a job is never sent again on its
own: "Ya" settles it as printed, "Tidak" as failed (then it waits in the queue for "Coba lagi").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.domain.print_job import JobState, PrintJob
from counter_app.errors import KnownError
from counter_app.services.printing import PrintService
from ui.bridge import AppSignals
from ui.errors import new_reference, show_errors
from ui.print_journal.labels import job_subject
from ui.workers import run_task

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

Ask = Callable[[QWidget | None, PrintJob, str], bool | None]
"""(parent, job, office timezone) -> printed? (None: the officer did not answer)."""


def ask_printed(parent: QWidget | None, job: PrintJob, timezone: str) -> bool | None:
    """The start-up question about a job that may or may not have printed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PrintJournal", "Struk belum pasti tercetak"))
    box.setText(
        translate("PrintJournal", "Struk untuk {subject} mungkin sudah tercetak. Sudah tercetak?").format(
            subject=job_subject(job, timezone)
        )
    )
    box.setInformativeText(
        translate(
            "PrintJournal",
            "Aplikasi berhenti saat struk ini sedang dikirim ke printer. Periksa printer dan pemohon: "
            "bila struknya ada, pilih Ya. Bila tidak, pilih Tidak; struk itu masuk Antrean cetak dan "
            "dapat dicetak dengan Coba lagi. Struk ini tidak dicetak ulang otomatis.",
        )
    )
    yes = box.addButton(translate("PrintJournal", "&Ya, sudah tercetak"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(translate("PrintJournal", "&Tidak tercetak"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    clicked = box.clickedButton()
    if clicked is yes:
        return True
    if clicked is no:
        return False
    return None


class PrintJournal(QObject):
    """Sends and retries print jobs; asks about uncertain ones. Listens to `job_queued`."""

    def __init__(
        self,
        printing: PrintService,
        signals: AppSignals,
        timezone: Callable[[], str],
        parent: QObject | None = None,
        *,
        ask: Ask = ask_printed,
    ) -> None:
        super().__init__(parent)
        self._printing = printing
        self._signals = signals
        self._timezone = timezone
        self._ask = ask
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._in_flight: set[str] = set()
        signals.job_queued.connect(self._on_job_queued)

    @property
    def in_flight(self) -> frozenset[str]:
        """Ids of the jobs being sent now."""
        return frozenset(self._in_flight)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the jobs handed to the worker are sent (tests, closing); True when done."""
        return self._pool.waitForDone(msecs)

    def send(self, job_id: str) -> None:
        """Send a queued or failed job on the print thread (again: the officer's "Coba lagi")."""
        if job_id in self._in_flight:
            return
        self._in_flight.add(job_id)
        self._signals.print_jobs_changed.emit()
        run_task(
            partial(self._printing.send, job_id),
            self._on_sent,
            partial(self._on_error, job_id),
            pool=self._pool,
            context=self,
        )

    retry = send

    def waiting(self) -> list[PrintJob]:
        """Failed jobs and queued ones not being sent now, oldest first (the print queue)."""
        jobs = self._printing.failed() + self._printing.queued()
        return sorted((j for j in jobs if j.id not in self._in_flight), key=lambda j: (j.created_at, j.id))

    def ask_about_uncertain(self, parent: QWidget | None) -> int:
        """Ask about every job left in `sending`; returns how many were settled."""
        settled = 0
        jobs: list[PrintJob] = []
        with show_errors(parent):
            jobs = self._printing.uncertain()
            timezone = self._timezone()
        for job in jobs:
            if job.id in self._in_flight:
                continue
            printed = self._ask(parent, job, timezone)
            if printed is None:
                continue  # asked again at the next start
            with show_errors(parent) as shown:
                self._printing.settle(job.id, printed)
            if not shown.failed:
                settled += 1
        if settled:
            self._signals.print_jobs_changed.emit()
        return settled

    def _on_job_queued(self, job: object) -> None:
        if isinstance(job, PrintJob) and job.state in (JobState.QUEUED, JobState.FAILED):
            self.send(job.id)

    def _on_sent(self, job: PrintJob) -> None:
        self._in_flight.discard(job.id)
        if job.state is JobState.PRINTED:
            self._signals.receipt_printed.emit(job)
        else:
            self._signals.print_failed.emit(job)
        self._signals.print_jobs_changed.emit()

    def _on_error(self, job_id: str, error: Exception) -> None:
        self._in_flight.discard(job_id)
        if isinstance(error, KnownError):
            log.warning("print job %s not sent: %s", job_id, error.message)
            self._signals.message.emit(error.message)
        else:
            reference = new_reference()
            log.error("unexpected error sending print job %s, reference %s", job_id, reference, exc_info=error)
            self._signals.message.emit(
                self.tr("Terjadi kesalahan saat mencetak. Sebutkan kode {reference} kepada petugas TI.").format(
                    reference=reference
                )
            )
        self._signals.print_jobs_changed.emit()
