"""Ask why a receipt is printed again (the duplicate carries the reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """An editable list of common reasons; "Cetak ulang" stays disabled while the reason is empty."""

    def __init__(self, reg_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak ulang tanda terima"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(
            [
                "",
                self.tr("Struk hilang"),
                self.tr("Kertas macet"),
                self.tr("Cetakan tidak terbaca"),
                self.tr("Data pemohon diperbaiki"),
            ]
        )
        self.reason.setCurrentIndex(0)
        label = QLabel(self.tr("&Alasan cetak ulang untuk {reg_no}:").format(reg_no=reg_no))
        label.setBuddy(self.reason)
        note = QLabel(self.tr("Struk baru ditandai DUPLIKAT beserta alasannya."))
        note.setStyleSheet("color: #5f6368;")
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("&Cetak ulang"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("misalnya: struk hilang"))
            line.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._update(self.reason.currentText())
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.reason.currentText().strip()

    def _update(self, text: str) -> None:
        self.ok.setEnabled(bool(text.strip()))
