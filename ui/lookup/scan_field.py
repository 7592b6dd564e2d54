"""The scan field in the toolbar: a keyboard-wedge scanner types a receipt URL or tracking code and
Enter; the officer can type a registration number or NIK too (F2 or Ctrl+L focuses it).

Signals:
    scanned(text: str): Enter with something typed; the field clears itself for the next scan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

FIELD_WIDTH = 340


class ScanField(QLineEdit):
    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Pindai struk / ketik no. registrasi, kode lacak atau NIK (F2)"))
        self.setToolTip(
            self.tr("Arahkan pemindai ke QR tanda terima, atau ketik nomor registrasi, kode lacak atau NIK, lalu Enter")
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(FIELD_WIDTH)
        self.setAccessibleName(self.tr("Cari berkas"))
        self.returnPressed.connect(self._on_return)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def _on_return(self) -> None:
        text = self.text().strip()
        if text:
            self.clear()
            self.scanned.emit(text)
