"""Admin screens: user accounts (the office settings, printers and holidays come later)."""

from ui.admin.users_dialog import UsersDialog

__all__ = ["UsersDialog"]
