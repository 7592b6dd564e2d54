"""Hand the finished permit over: scan the applicant's receipt, compare the identity on screen with
the ID card, record who received it and which identity document was checked.

This is the one screen that shows the NIK in full (the officer compares it digit by digit with the
KTP); the showing is logged with the file number and the officer, never with the NIK itself
(architecture.md §8). "Catat serah terima" is enabled once the file may be handed over by the
acting role and the receiver and the document checked are filled in; the event is recorded here,
and a refusal is shown without closing the dialog.

Signals:
    recorded(view: CardView): the handover was recorded (the card after it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.card_rules import refusal, role_label
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.formatting import full_date
from counter_app.domain.identifiers import mask_nik
from counter_app.errors import KnownError, NotFound
from counter_app.services.control_card import CardService, CardView
from ui.backoffice.labels import status_text
from ui.errors import show_errors
from ui.lookup.scan_field import ScanField

log = logging.getLogger(__name__)

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
_FILLER = {"received_by": "x", "id_document": "x"}


def grouped_nik(nik: str) -> str:
    """ "3214 0117 0885 0001": the full NIK in groups of four, for comparing with the card."""
    return " ".join(nik[i : i + 4] for i in range(0, len(nik), 4))


def _value(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(_SELECTABLE)
    return label


class HandoverDialog(QDialog):
    recorded = Signal(object)

    def __init__(
        self,
        cards: CardService,
        officer: str,
        role: Role,
        view: CardView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cards = cards
        self._officer = officer
        self._role = role
        self.view: CardView | None = None
        self.result_view: CardView | None = None
        self.allowed = False
        self.setWindowTitle(self.tr("Serah terima izin"))
        self.setMinimumWidth(560)

        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Pindai QR tanda terima pemohon, atau ketik no. registrasi"))
        self.scan.setAccessibleName(self.tr("Pindai tanda terima"))
        self.scan.scanned.connect(self.load)
        scan_label = QLabel(self.tr("&Tanda terima:"))
        scan_label.setBuddy(self.scan)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.reg_no = _value()
        self.permit = _value()
        self.name = _value()
        self.nik = _value()
        nik_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        nik_font.setPointSizeF(nik_font.pointSizeF() * 1.4)
        nik_font.setWeight(QFont.Weight.Bold)
        self.nik.setFont(nik_font)
        self.birth = _value()
        self.address = _value()
        self.business = _value()
        identity = QGroupBox(self.tr("Identitas pemohon — cocokkan dengan KTP"))
        form = QFormLayout(identity)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("No. registrasi:"), self.reg_no)
        form.addRow(self.tr("Jenis izin:"), self.permit)
        form.addRow(self.tr("Nama:"), self.name)
        form.addRow(self.tr("NIK:"), self.nik)
        form.addRow(self.tr("Tempat/tgl. lahir:"), self.birth)
        form.addRow(self.tr("Alamat:"), self.address)
        form.addRow(self.tr("Usaha:"), self.business)

        self.receiver = QLineEdit()
        self.receiver.setPlaceholderText(self.tr("nama sesuai identitas penerima"))
        self.same_person = QPushButton(self.tr("&Pemohon sendiri"))
        self.same_person.setToolTip(self.tr("Isi nama penerima dengan nama pemohon"))
        self.same_person.clicked.connect(self._receiver_is_applicant)
        receiver_row = QHBoxLayout()
        receiver_row.addWidget(self.receiver, 1)
        receiver_row.addWidget(self.same_person)
        self.document = QComboBox()
        self.document.setEditable(True)
        self.document.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.document.addItems(
            [
                "",
                self.tr("KTP-el pemohon"),
                self.tr("KTP-el penerima dan surat kuasa"),
                self.tr("Paspor"),
                self.tr("Surat keterangan pengganti KTP (Dukcapil)"),
            ]
        )
        self.document.setCurrentIndex(0)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("boleh kosong"))
        record = QFormLayout()
        receiver_label = QLabel(self.tr("&Nama penerima:"))
        receiver_label.setBuddy(self.receiver)
        document_label = QLabel(self.tr("&Dokumen identitas diperiksa:"))
        document_label.setBuddy(self.document)
        note_label = QLabel(self.tr("C&atatan:"))
        note_label.setBuddy(self.note)
        record.addRow(receiver_label, receiver_row)
        record.addRow(document_label, self.document)
        record.addRow(note_label, self.note)

        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("&Catat serah terima"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self.reject)
        self.receiver.textChanged.connect(self._update)
        self.receiver.returnPressed.connect(self.document.setFocus)
        line = self.document.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("misalnya: KTP-el pemohon"))
            line.textChanged.connect(self._update)
            line.returnPressed.connect(self._record)
        self.note.returnPressed.connect(self._record)

        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(scan_row)
        layout.addWidget(self.status)
        layout.addWidget(identity)
        layout.addLayout(record)
        layout.addWidget(self.buttons)

        if view is not None:
            self.show_view(view)
        else:
            self._clear()
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the file ----------------------------------------------------------------------------

    def load(self, text: str) -> None:
        """Look the scanned receipt (or typed number) up and show whom it belongs to."""
        with show_errors(self) as shown:
            try:
                view = self._cards.show(text)
            except NotFound as missing:
                self._clear()
                self.status.setText(missing.message)
                return
        if not shown.failed:
            self.show_view(view)

    def _full_nik(self, reg_no: str, nik: str) -> str:
        """The full NIK through the service (which checks the role and audits the view); masked
        when the role may not see it."""
        try:
            return grouped_nik(self._cards.reveal_nik(reg_no))
        except KnownError:
            return mask_nik(nik)

    def show_view(self, view: CardView) -> None:
        self.view = view
        registration = view.registration
        applicant = registration.applicant
        self.reg_no.setText(registration.reg_no)
        self.permit.setText(registration.permit.name)
        self.name.setText(applicant.name)
        if applicant.nik:
            self.nik.setText(self._full_nik(registration.reg_no, applicant.nik))
            log.info(
                "full NIK shown for the handover of %s to %s (%s)", registration.reg_no, self._officer, self._role.value
            )
        elif applicant.passport:
            self.nik.setText(self.tr("paspor {number}").format(number=applicant.passport))
        else:
            self.nik.setText("-")
        birth = [
            part
            for part in (applicant.birth_place, full_date(applicant.birth_date) if applicant.birth_date else "")
            if part
        ]
        self.birth.setText(", ".join(birth) or "-")
        self.address.setText(applicant.address or "-")
        self.business.setText(applicant.business.name if applicant.business is not None else "-")
        reason = refusal(CardAction.HANDED_OVER, self._role, view.state, registration.permit.stages, "x", _FILLER)
        self.allowed = reason is None
        if reason is None:
            self.status.setText(self.tr("Siap diserahkan. Cocokkan nama, NIK dan foto dengan KTP, lalu isi penerima."))
            self.status.setStyleSheet("color: #188038;")
            self.receiver.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            stage = view.stage_name(view.state.stage) or "-"
            self.status.setText(
                self.tr("Belum dapat diserahkan oleh {role}: {reason} (sekarang: {stage}, {status})").format(
                    role=role_label(self._role), reason=reason, stage=stage, status=status_text(view.state.status)
                )
            )
            self.status.setStyleSheet("color: #c5221f;")
        self._update()

    def _clear(self) -> None:
        self.view = None
        self.allowed = False
        for label in (self.reg_no, self.permit, self.name, self.nik, self.birth, self.address, self.business):
            label.clear()
        self.status.setText(self.tr("Pindai tanda terima pemohon untuk menampilkan identitasnya."))
        self.status.setStyleSheet("")
        self._update()

    # -- recording ---------------------------------------------------------------------------

    def receiver_text(self) -> str:
        return self.receiver.text().strip()

    def document_text(self) -> str:
        return self.document.currentText().strip()

    def _receiver_is_applicant(self) -> None:
        if self.view is not None:
            self.receiver.setText(self.view.registration.applicant.name)
            self.document.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self, _text: str = "") -> None:
        ready = self.view is not None and self.allowed and bool(self.receiver_text()) and bool(self.document_text())
        self.ok.setEnabled(ready)
        self.same_person.setEnabled(self.view is not None)

    def _record(self) -> None:
        if self.view is None or not self.ok.isEnabled():
            return
        with show_errors(self) as shown:
            after = self._cards.act(
                self.view.registration.reg_no,
                CardAction.HANDED_OVER,
                self._officer,
                self._role,
                note=self.note.text(),
                data={"received_by": self.receiver_text(), "id_document": self.document_text()},
            )
        if shown.failed:
            return
        self.result_view = after
        self.recorded.emit(after)
        self.accept()
