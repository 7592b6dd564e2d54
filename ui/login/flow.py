"""At start: the first-run dialog when no account exists, then the login dialog."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from counter_app.domain.catalog import Role
from counter_app.domain.users import Principal
from ui.login.first_run_dialog import FirstRunDialog
from ui.login.login_dialog import LoginDialog


class Accounts(Protocol):
    """What the sign-in needs of `counter_app.services.users.UserService`."""

    def has_users(self) -> bool: ...

    def add(self, name: str, role: Role, password: str, full_name: str = "") -> object: ...

    def sign_in(self, name: str, password: str) -> Principal: ...


def sign_in_at_start(accounts: Accounts, office_name: str = "", parent: QWidget | None = None) -> Principal | None:
    """The signed-in user, or None when the officer closed a dialog (the app then quits)."""
    prefill = ""
    if not accounts.has_users():
        first = FirstRunDialog(lambda name, full, password: accounts.add(name, Role.ADMIN, password, full), parent)
        try:
            if first.exec() != QDialog.DialogCode.Accepted:
                return None
            prefill = first.created_name
        finally:
            first.deleteLater()
    login = LoginDialog(accounts.sign_in, office_name, parent)
    try:
        if prefill:
            login.name.setText(prefill)
            login.password.setFocus()
        if login.exec() != QDialog.DialogCode.Accepted:
            return None
        return login.principal
    finally:
        login.deleteLater()
