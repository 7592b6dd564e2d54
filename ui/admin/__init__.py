"""Admin screens: user accounts, office settings and holiday overrides (the printer has its own
test dialog, `ui.printer`)."""

from ui.admin.office_dialog import OfficeDialog
from ui.admin.users_dialog import UsersDialog

__all__ = ["OfficeDialog", "UsersDialog"]
