"""User accounts for admins: the list, add an account, set a password, change a role, disable.

Every button calls the user service (which checks that the signed-in user is an admin and audits
the change) and shows a refusal on the dialog itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.catalog import Role
from counter_app.domain.permissions import role_name
from counter_app.domain.users import User
from counter_app.errors import KnownError


class Accounts(Protocol):
    """What the dialog uses of `counter_app.services.users.UserService`."""

    def list(self) -> list[User]: ...

    def add(self, name: str, role: Role, password: str, full_name: str = "") -> User: ...

    def change_password(self, name: str, password: str) -> None: ...

    def set_active(self, name: str, active: bool) -> User: ...

    def set_role(self, name: str, role: Role) -> User: ...


class UsersDialog(QDialog):
    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self.setWindowTitle(self.tr("Akun pengguna"))
        self.resize(720, 520)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama akun"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)

        self.name = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("min. 8 karakter"))
        self.add_button = QPushButton(self.tr("&Tambah akun"))
        self.add_button.clicked.connect(self.add_account)
        form = QFormLayout()
        form.addRow(self.tr("Nama a&kun:"), self.name)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("&Peran:"), self.role)
        form.addRow(self.tr("&Sandi:"), self.password)
        form.addRow("", self.add_button)
        adding = QGroupBox(self.tr("Akun baru, atau ubah akun terpilih"))
        adding.setLayout(form)

        self.password_button = QPushButton(self.tr("&Ganti sandi terpilih"))
        self.password_button.clicked.connect(self.change_password)
        self.role_button = QPushButton(self.tr("&Ubah peran terpilih"))
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("&Nonaktifkan / aktifkan terpilih"))
        self.active_button.clicked.connect(self.toggle_active)
        row = QHBoxLayout()
        for button in (self.password_button, self.role_button, self.active_button):
            row.addWidget(button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(adding)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self.reload()

    # -- reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            users = self._accounts.list()
        except KnownError as error:
            self._say(error.message, failed=True)
            users = []
        self.table.setRowCount(len(users))
        for index, user in enumerate(users):
            state = self.tr("aktif") if user.active else self.tr("nonaktif")
            if user.locked_until is not None:
                state += " · " + self.tr("terkunci")
            for column, text in enumerate((user.name, user.full_name, role_name(user.role), state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.active)
                self.table.setItem(index, column, item)
        self._update()

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.text() if item is not None else None

    def select(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == name:
                self.table.selectRow(row)
                return

    def chosen_role(self) -> Role:
        return Role(str(self.role.currentData()))

    # -- changes ---------------------------------------------------------------------------------

    def add_account(self) -> None:
        def add() -> str:
            user = self._accounts.add(self.name.text(), self.chosen_role(), self.password.text(), self.full_name.text())
            self.name.clear()
            self.full_name.clear()
            return self.tr("Akun {name} dibuat.").format(name=user.name)

        self._run(add)

    def change_password(self) -> None:
        name = self.selected_name()
        if name is None:
            return

        def change() -> str:
            self._accounts.change_password(name, self.password.text())
            return self.tr("Sandi {name} diganti; kuncinya (jika ada) dibuka.").format(name=name)

        self._run(change, keep=name)

    def change_role(self) -> None:
        name = self.selected_name()
        if name is None:
            return

        def change() -> str:
            user = self._accounts.set_role(name, self.chosen_role())
            return self.tr("Peran {name} sekarang {role}.").format(name=name, role=role_name(user.role))

        self._run(change, keep=name)

    def toggle_active(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        status = self.table.item(row, 3)
        active = status is not None and bool(status.data(Qt.ItemDataRole.UserRole))

        def toggle() -> str:
            user = self._accounts.set_active(name, not active)
            if user.active:
                return self.tr("Akun {name} aktif lagi.").format(name=name)
            return self.tr("Akun {name} dinonaktifkan.").format(name=name)

        self._run(toggle, keep=name)

    def _run(self, change: Callable[[], str], keep: str | None = None) -> None:
        try:
            text = change()
        except KnownError as error:
            self._say(error.message, failed=True)
            return
        self.password.clear()
        self.reload()
        if keep:
            self.select(keep)
        self._say(text, failed=False)

    def _say(self, text: str, *, failed: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if failed else "color: #1e6b34;")

    def _update(self) -> None:
        chosen = self.selected_name() is not None
        for button in (self.password_button, self.role_button, self.active_button):
            button.setEnabled(chosen)
