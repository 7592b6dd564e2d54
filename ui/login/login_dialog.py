"""The login dialog: account name and password; a wrong password or a locked account says so here."""

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

from counter_app.domain.users import Principal
from counter_app.errors import KnownError

SignIn = Callable[[str, str], Principal]


class LoginDialog(QDialog):
    """Calls `sign_in(name, password)`; accepted with `principal` set when it succeeds. The message
    of a refused sign-in (wrong password, attempts left, locked until when) stays on the dialog."""

    def __init__(self, sign_in: SignIn, office_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self.principal: Principal | None = None
        self.setWindowTitle(self.tr("Masuk — Loket MPP"))
        self.name = QLineEdit()
        self.name.setObjectName("login-name")
        self.password = QLineEdit()
        self.password.setObjectName("login-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("login-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Nama akun:"), self.name)
        form.addRow(self.tr("&Sandi:"), self.password)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("&Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if office_name:
            title = QLabel(office_name)
            title.setStyleSheet("font-weight: bold;")
            layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.password.textChanged.connect(self._update)
        self._update()
        self.name.setFocus()

    def try_sign_in(self) -> None:
        if not self.ok.isEnabled():
            return
        try:
            self.principal = self._sign_in(self.name.text().strip(), self.password.text())
        except KnownError as error:
            self.password.clear()
            self.error.setText(error.message)
            self.error.show()
            self.password.setFocus()
            return
        self.accept()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip() and self.password.text()))
