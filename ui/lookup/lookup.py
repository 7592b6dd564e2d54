"""Open a file from the scan field, and print its receipt again with a reason.

`FileLookup.open(text)` asks the service for the file (registration number, tracking code,
scanned status URL or NIK) and shows it in a `FileDialog`. An unknown code is said in the status
bar (through the bridge): no box interrupts the next scan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from counter_app.domain.print_job import PrintJob
from counter_app.errors import NotFound
from counter_app.services.printing import PrintService
from counter_app.services.registration import RegistrationService
from counter_app.services.settings import SettingsService
from ui.bridge import AppSignals
from ui.errors import show_errors
from ui.lookup.file_dialog import FileDialog
from ui.lookup.reason_dialog import ReasonDialog

AskReason = Callable[[QWidget | None, str], str | None]
"""(parent, reg_no) -> the reason, or None when the officer cancelled."""


def ask_reason(parent: QWidget | None, reg_no: str) -> str | None:
    dialog = ReasonDialog(reg_no, parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class FileLookup(QObject):
    """Signals used: `message` (not found, reprint queued) and `job_queued` (the duplicate)."""

    def __init__(
        self,
        registration: RegistrationService,
        printing: PrintService,
        settings: SettingsService,
        signals: AppSignals,
        window: QWidget,
        *,
        reason: AskReason = ask_reason,
    ) -> None:
        super().__init__(window)
        self._registration = registration
        self._printing = printing
        self._settings = settings
        self._signals = signals
        self._window = window
        self._ask_reason = reason
        self.dialog: FileDialog | None = None
        signals.print_jobs_changed.connect(self._refresh_jobs)

    def open(self, text: str) -> FileDialog | None:
        """Show the file `text` names; None (and a status line) when there is none."""
        with show_errors(self._window) as shown:
            try:
                registration = self._registration.find(text)
            except NotFound as missing:
                self._signals.message.emit(missing.message)
                return None
            jobs = self._printing.jobs_for(registration.id)
            timezone = str(self._settings.current().get("office.timezone"))
            dialog = FileDialog(registration, jobs, timezone, self._reprint, self._window)
        if shown.failed:
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        self._signals.message.emit(self.tr("Berkas {reg_no} dibuka.").format(reg_no=dialog.registration.reg_no))
        return dialog

    def _forget(self, dialog: FileDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _refresh_jobs(self) -> None:
        if self.dialog is None:
            return
        with show_errors(self.dialog):
            self.dialog.set_jobs(self._printing.jobs_for(self.dialog.registration.id))

    def _reprint(self, reg_no: str) -> list[PrintJob] | None:
        parent = self.dialog if self.dialog is not None else self._window
        reason = self._ask_reason(parent, reg_no)
        if reason is None:
            return None
        jobs: list[PrintJob] | None = None
        with show_errors(parent):
            job = self._printing.reprint(reg_no, reason)
            self._signals.job_queued.emit(job)
            self._signals.message.emit(
                self.tr("Tanda terima {reg_no} dicetak ulang (duplikat ke-{n}).").format(reg_no=reg_no, n=job.copy_no)
            )
            if self.dialog is not None:
                jobs = self._printing.jobs_for(self.dialog.registration.id)
        return jobs
