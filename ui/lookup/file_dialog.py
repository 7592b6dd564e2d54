"""One registered file, as found by a scan: its data, the items received, its print jobs, and
"Cetak ulang" (a duplicate receipt with a reason)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.formatting import date_time
from counter_app.domain.identifiers import mask_nik
from counter_app.domain.print_job import PrintJob
from counter_app.domain.registration import Registration
from counter_app.domain.tracking import format_tracking_code
from ui.print_journal.labels import job_title, state_label
from ui.registration.labels import due_text, form_label

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(_SELECTABLE)
    label.setWordWrap(True)
    return label


def item_lines(registration: Registration) -> list[str]:
    """The received items: "1. Nomor Induk Berusaha (NIB) — Fotokopi, 2 lbr; catatan"."""
    texts = {r.id: r.text for r in registration.permit.walk_requirements()}
    lines = []
    for item in registration.items:
        if not item.received:
            continue
        details = [form_label(item.form)] if form_label(item.form) != "-" else []
        if item.copies > 1:
            details.append(QCoreApplication.translate("FileDialog", "{n} lbr").format(n=item.copies))
        line = f"{item.requirement_id}. {texts.get(item.requirement_id, '')}"
        if details:
            line += " — " + ", ".join(details)
        if item.note:
            line += f"; {item.note}"
        lines.append(line)
    return lines


class FileDialog(QDialog):
    """Shows `registration`; "Cetak ulang" calls `reprint(reg_no)`, which returns the new jobs list."""

    def __init__(
        self,
        registration: Registration,
        jobs: list[PrintJob],
        timezone: str,
        reprint: Callable[[str], list[PrintJob] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.registration = registration
        self._timezone = timezone
        self._reprint = reprint
        self.setWindowTitle(self.tr("Berkas {reg_no}").format(reg_no=registration.reg_no))
        self.resize(640, 560)

        applicant = registration.applicant
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reg_no = _value(registration.reg_no)
        font = self.reg_no.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.reg_no.setFont(font)
        form.addRow(self.tr("No. registrasi:"), self.reg_no)
        form.addRow(self.tr("Kode lacak:"), _value(format_tracking_code(registration.tracking_code)))
        form.addRow(self.tr("Pemohon:"), _value(applicant.name))
        if applicant.nik:
            form.addRow(self.tr("NIK:"), _value(mask_nik(applicant.nik)))
        if applicant.business is not None:
            form.addRow(self.tr("Usaha:"), _value(applicant.business.name))
        form.addRow(
            self.tr("Jenis izin:"),
            _value(
                self.tr("{name} (versi {version})").format(
                    name=registration.permit.name, version=registration.permit.version
                )
            ),
        )
        form.addRow(self.tr("Diterima:"), _value(date_time(registration.received_at, timezone)))
        self.due = _value(due_text(registration.due))
        form.addRow(self.tr("Estimasi selesai:"), self.due)
        form.addRow(
            self.tr("Petugas:"),
            _value(
                self.tr("{officer} (loket {counter})").format(
                    officer=registration.officer, counter=registration.counter_code
                )
            ),
        )
        if registration.change_request:
            form.addRow(self.tr("Permohonan:"), _value(self.tr("perubahan")))

        self.items = QListWidget()
        self.items.addItems(item_lines(registration) or [self.tr("(tidak ada dokumen tercatat)")])
        self.items.setWordWrap(True)
        self.jobs = QListWidget()
        self.jobs.setWordWrap(True)
        self.set_jobs(jobs)

        self.buttons = QDialogButtonBox()
        self.reprint_button = QPushButton(self.tr("&Cetak ulang…"))
        self.reprint_button.setToolTip(self.tr("Cetak tanda terima lagi, ditandai DUPLIKAT dengan alasannya"))
        self.buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.reprint_button.clicked.connect(self._on_reprint)

        items_label = QLabel(self.tr("&Dokumen diterima:"))
        items_label.setBuddy(self.items)
        jobs_label = QLabel(self.tr("Ri&wayat cetak:"))
        jobs_label.setBuddy(self.jobs)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(items_label)
        layout.addWidget(self.items, 2)
        layout.addWidget(jobs_label)
        layout.addWidget(self.jobs, 1)
        layout.addWidget(self.buttons)

    def set_jobs(self, jobs: list[PrintJob]) -> None:
        self.jobs.clear()
        for job in jobs:
            line = self.tr("{when} — {title}: {state}").format(
                when=date_time(job.created_at, self._timezone), title=job_title(job), state=state_label(job.state)
            )
            if job.reason:
                line += " " + self.tr("(alasan: {reason})").format(reason=job.reason)
            if job.error:
                line += " — " + job.error
            self.jobs.addItem(line)
        if not jobs:
            self.jobs.addItem(self.tr("(belum ada pekerjaan cetak)"))

    def job_lines(self) -> list[str]:
        return [self.jobs.item(row).text() for row in range(self.jobs.count())]

    def _on_reprint(self) -> None:
        jobs = self._reprint(self.registration.reg_no)
        if jobs is not None:
            self.set_jobs(jobs)
