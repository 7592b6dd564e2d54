"""First run (no account exists): make the first admin. There is no default account or password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.errors import KnownError

AddAdmin = Callable[[str, str, str], object]
"""(account name, full name, password) → the new admin account; KnownError when refused."""


class FirstRunDialog(QDialog):
    def __init__(self, add_admin: AddAdmin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._add_admin = add_admin
        self.created_name = ""
        self.setWindowTitle(self.tr("Akun admin pertama — Loket MPP"))
        intro = QLabel(
            self.tr(
                "Belum ada akun pengguna. Buat akun admin pertama; admin lalu membuat akun petugas loket, "
                "back office dan supervisor."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("first-run-name")
        self.name.setPlaceholderText(self.tr("huruf kecil, mis. admin.kantor"))
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Nama akun:"), self.name)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("&Sandi (min. 8 karakter):"), self.password)
        form.addRow(self.tr("&Ulangi sandi:"), self.repeat)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("&Buat admin"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.create_admin)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for field in (self.name, self.password, self.repeat):
            field.textChanged.connect(self._update)
        self._update()

    def create_admin(self) -> None:
        if not self.ok.isEnabled():
            return
        if self.password.text() != self.repeat.text():
            self._show(self.tr("Kedua sandi tidak sama; ketik ulang."))
            return
        try:
            self._add_admin(self.name.text().strip(), self.full_name.text().strip(), self.password.text())
        except KnownError as error:
            self._show(error.message)
            return
        self.created_name = self.name.text().strip().lower()
        self.accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip() and self.password.text() and self.repeat.text()))
