"""Sign-in at start: the first-run dialog (no account yet: make the first admin) and the login dialog."""

from ui.login.first_run_dialog import FirstRunDialog
from ui.login.flow import sign_in_at_start
from ui.login.login_dialog import LoginDialog

__all__ = ["FirstRunDialog", "LoginDialog", "sign_in_at_start"]
