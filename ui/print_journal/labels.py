"""Pure text for print jobs: kind, state, and a line that tells the officer which slip is meant."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.formatting import date_time
from counter_app.domain.print_job import JobKind, JobState, PrintJob

translate = QCoreApplication.translate


def kind_label(kind: JobKind) -> str:
    match kind:
        case JobKind.RECEIPT:
            return translate("PrintLabels", "Tanda terima")
        case JobKind.RETURN_SLIP:
            return translate("PrintLabels", "Bukti pengembalian")
        case JobKind.CONTROL_CARD:
            return translate("PrintLabels", "Kartu kendali")
        case _:
            return translate("PrintLabels", "Uji cetak")


def state_label(state: JobState) -> str:
    match state:
        case JobState.QUEUED:
            return translate("PrintLabels", "menunggu dikirim")
        case JobState.SENDING:
            return translate("PrintLabels", "sedang dikirim")
        case JobState.PRINTED:
            return translate("PrintLabels", "tercetak")
        case _:
            return translate("PrintLabels", "gagal")


def job_title(job: PrintJob) -> str:
    """ "Tanda terima", "Tanda terima (duplikat ke-2)"."""
    kind = kind_label(job.kind)
    if job.copy_no:
        return translate("PrintLabels", "{kind} (duplikat ke-{n})").format(kind=kind, n=job.copy_no)
    return kind


def job_subject(job: PrintJob, timezone: str) -> str:
    """Which slip a job is, for a question: "tanda terima yang dibuat Senin, 23 November 2026 pukul 14.05 WIB"."""
    return translate("PrintLabels", "{title} yang dibuat {when}").format(
        title=job_title(job).lower(), when=date_time(job.created_at, timezone)
    )
