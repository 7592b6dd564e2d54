"""Reports in the desktop app: the daily close (preview, PDF, receipt printer)."""

from ui.reports.daily_close_dialog import DailyCloseDialog

__all__ = ["DailyCloseDialog"]
