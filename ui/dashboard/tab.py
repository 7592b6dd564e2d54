"""The dashboard: today's registrations and return slips, open and overdue files, and a small bar
chart of open files by stage (drawn with QPainter: QtCharts is not in PySide6-Essentials).

Reads `DashboardService.today()` when shown and on F5/"Muat ulang"; nothing here changes data.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from counter_app.services.dashboard import Dashboard
from ui.errors import show_errors

BAR_COLOUR = QColor(52, 120, 190)


class Figures(Protocol):
    def today(self) -> Dashboard: ...


class StageBars(QWidget):
    """Horizontal bars: one per stage, its name on the left and the count at the bar's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[tuple[str, int], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def set_bars(self, bars: tuple[tuple[str, int], ...]) -> None:
        self.bars = bars
        self.setAccessibleDescription("; ".join(f"{name}: {count}" for name, count in bars))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, max(120, 26 * len(self.bars) + 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            if not self.bars:
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Tidak ada berkas terbuka."))
                return
            metrics = painter.fontMetrics()
            label_width = min(max(metrics.horizontalAdvance(name) for name, _ in self.bars) + 12, self.width() // 2)
            top = 5.0
            row = min(26.0, (self.height() - 10) / len(self.bars))
            largest = max(count for _, count in self.bars) or 1
            room = self.width() - label_width - 50
            for name, count in self.bars:
                text_rect = QRectF(0, top, label_width - 8, row)
                shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(text_rect.width()))
                painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)
                length = room * count / largest
                painter.fillRect(QRectF(label_width, top + 4, length, row - 8), BAR_COLOUR)
                painter.drawText(
                    QRectF(label_width + length + 4, top, 46, row),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    str(count),
                )
                top += row
        finally:
            painter.end()


class DashboardTab(QWidget):
    def __init__(self, figures: Figures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures = figures
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = {
            "registered": self.tr("Terdaftar hari ini"),
            "returned": self.tr("Dikembalikan hari ini (belum lengkap)"),
            "open": self.tr("Berkas terbuka"),
            "with_applicant": self.tr("Menunggu pemohon"),
            "overdue": self.tr("Lewat waktu"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            value = QLabel("-")
            value.setObjectName(f"dashboard-{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 2.2)
            font.setBold(True)
            value.setFont(font)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            grid.addWidget(value, 0, column)
            grid.addWidget(label, 1, column)
            self.values[key] = value
        self.values["overdue"].setStyleSheet("color: #b3261e;")
        self.chart = StageBars()
        self.permits = QLabel()
        self.permits.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Muat ulang"))
        self.reload_button.setShortcut(QKeySequence("F5"))
        self.reload_button.clicked.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Berkas terbuka per tahap:")))
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.permits)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignRight)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        with show_errors(self):
            self.show_figures(self._figures.today())

    def show_figures(self, figures: Dashboard) -> None:
        for key, value in (
            ("registered", figures.registered_today),
            ("returned", figures.returned_today),
            ("open", figures.open_files),
            ("with_applicant", figures.with_applicant),
            ("overdue", figures.overdue),
        ):
            self.values[key].setText(str(value))
        self.chart.set_bars(figures.by_stage)
        permits = ", ".join(f"{code}: {count}" for code, count in figures.by_permit_today) or "-"
        self.permits.setText(self.tr("Hari ini per jenis izin: {permits}").format(permits=permits))
