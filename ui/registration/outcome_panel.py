"""What the last submit did: the number, tracking code and due date (or what is missing), whether
the slip printed, and a preview of the slip itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from counter_app.domain.print_job import JobState, PrintJob
from counter_app.domain.receipt import Document
from counter_app.domain.tracking import format_tracking_code
from counter_app.services.registration import Registered, Returned
from ui.receipt_preview import ReceiptPreview
from ui.registration.labels import due_text

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
REGISTERED_STYLE = "color: #1e6b34; font-weight: bold;"
RETURNED_STYLE = "color: #8a4b00; font-weight: bold;"
FAILED_STYLE = "color: #b3261e;"
QUIET_STYLE = "color: #5f6368;"


def _value() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(_SELECTABLE)
    label.setWordWrap(True)
    return label


class OutcomePanel(QWidget):
    """Empty ("Belum ada pendaftaran") until `show_registered` or `show_returned`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job_id: str | None = None

        self.headline = QLabel(self.tr("Belum ada berkas pada sesi ini."))
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(QUIET_STYLE)
        headline_font = self.headline.font()
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.15)
        self.headline.setFont(headline_font)

        self.reg_no = _value()
        self.reg_no.setWordWrap(False)
        number_font = self.reg_no.font()
        number_font.setPointSizeF(number_font.pointSizeF() * 1.3)
        number_font.setBold(True)
        self.reg_no.setFont(number_font)
        self.tracking = _value()
        self.due = _value()
        self.applicant = _value()
        self.permit = _value()
        self.missing = _value()
        self.print_state = QLabel()
        self.print_state.setWordWrap(True)

        # The number on a row of its own: it must never be cut, in any language.
        self.number_box = QWidget()
        number_layout = QVBoxLayout(self.number_box)
        number_layout.setContentsMargins(0, 0, 0, 4)
        number_layout.setSpacing(0)
        number_caption = QLabel(self.tr("No. registrasi:"))
        number_caption.setStyleSheet(QUIET_STYLE)
        number_layout.addWidget(number_caption)
        number_layout.addWidget(self.reg_no)
        self._fields = QFormLayout()
        self._fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields.addRow(self.number_box)
        self._fields.addRow(self.tr("Kode lacak:"), self.tracking)
        self._fields.addRow(self.tr("Estimasi selesai:"), self.due)
        self._fields.addRow(self.tr("Pemohon:"), self.applicant)
        self._fields.addRow(self.tr("Jenis izin:"), self.permit)
        self._fields.addRow(self.tr("Belum lengkap:"), self.missing)
        self.details = QWidget()
        self.details.setLayout(self._fields)
        self.details.hide()

        self.preview = ReceiptPreview()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(6, 6, 6, 6)
        holder_layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        holder_layout.addStretch(1)
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_area.setWidget(holder)
        self.preview_area.setStyleSheet("QScrollArea > QWidget > QWidget { background: #e8e6e1; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.print_state)
        layout.addWidget(self.preview_area, 1)

    @property
    def job_id(self) -> str | None:
        """The print job of the file shown (its result updates the print line)."""
        return self._job_id

    def show_registered(self, outcome: Registered, document: Document, columns: int) -> None:
        registration = outcome.registration
        self.headline.setText(self.tr("Berkas terdaftar"))
        self.headline.setStyleSheet(REGISTERED_STYLE)
        self.reg_no.setText(registration.reg_no)
        self.tracking.setText(format_tracking_code(registration.tracking_code))
        self.due.setText(due_text(registration.due))
        self.applicant.setText(registration.applicant.name)
        self.permit.setText(registration.permit.name)
        self._show_rows(number=True)
        self._start_job(outcome.print_job, self.tr("Tanda terima dikirim ke printer…"))
        self.preview.set_document(document, columns)

    def show_returned(self, outcome: Returned, document: Document, columns: int) -> None:
        visit = outcome.visit
        self.headline.setText(self.tr("Berkas belum lengkap — dikembalikan kepada pemohon, tanpa nomor"))
        self.headline.setStyleSheet(RETURNED_STYLE)
        self.applicant.setText(visit.applicant.name)
        self.permit.setText(visit.permit_name)
        self.missing.setText("\n".join(f"• {item.text}" for item in visit.missing))
        self._show_rows(number=False)
        self._start_job(outcome.print_job, self.tr("Bukti pengembalian dikirim ke printer…"))
        self.preview.set_document(document, columns)

    def _show_rows(self, *, number: bool) -> None:
        for widget in (self.number_box, self.tracking, self.due):
            self._fields.setRowVisible(widget, number)
        self._fields.setRowVisible(self.missing, not number)
        self.details.show()

    def _start_job(self, job: PrintJob, text: str) -> None:
        self._job_id = job.id
        self.print_state.setText(text)
        self.print_state.setStyleSheet(QUIET_STYLE)

    def on_job_result(self, job: PrintJob) -> None:
        """A print result: shown when it is the job of the file on screen."""
        if job.id != self._job_id:
            return
        if job.state is JobState.PRINTED:
            self.print_state.setText(self.tr("Tercetak."))
            self.print_state.setStyleSheet(QUIET_STYLE)
        elif job.state is JobState.FAILED:
            self.print_state.setText(
                self.tr("Gagal mencetak: {error} — lihat Antrean cetak (Coba lagi).").format(error=job.error)
            )
            self.print_state.setStyleSheet(FAILED_STYLE)
