"""The dashboard tab: today's figures and open files by stage (for supervisors and admins)."""

from ui.dashboard.tab import DashboardTab, StageBars

__all__ = ["DashboardTab", "StageBars"]
