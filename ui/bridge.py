"""The application's one signal bridge: a desk says what happened, whoever cares reacts.

One `AppSignals` is made by the main window and handed to the pieces that need it (never a
global). The registration desk emits `registered`/`returned` and `job_queued`; the print journal
sends queued jobs and emits `receipt_printed`/`print_failed`; the status bar and the print queue
listen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """What happened in the app, for whoever listens.

    Signals:
        registered(outcome: counter_app.services.registration.Registered): a complete file was
            registered; its receipt job is stored (queued) in the same transaction.
        returned(outcome: counter_app.services.registration.Returned): an incomplete file was handed
            back; its return-slip job is stored.
        job_queued(job: counter_app.domain.print_job.PrintJob): a stored job should be sent now
            (a new receipt, a return slip, a reprint).
        receipt_printed(job: PrintJob): the printer took the job (state `printed`).
        print_failed(job: PrintJob): the job did not print (state `failed`, `job.error` says why);
            it waits in the print queue for "Coba lagi".
        print_jobs_changed(): the list of failed or waiting jobs may have changed.
        message(text: str): a short line for the status bar.
    """

    registered = Signal(object)
    returned = Signal(object)
    job_queued = Signal(object)
    receipt_printed = Signal(object)
    print_failed = Signal(object)
    print_jobs_changed = Signal()
    message = Signal(str)
