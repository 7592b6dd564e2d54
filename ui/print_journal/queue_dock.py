"""The "Antrean cetak" dock: slips that did not print (or wait to be sent), each with "Coba lagi".

The list refreshes whenever the journal says jobs changed. Enter on a row, or its button, sends
that job again. Jobs being sent right now are not listed (they cannot be sent twice).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.formatting import date_time
from counter_app.domain.print_job import PrintJob
from ui.bridge import AppSignals
from ui.errors import show_errors
from ui.print_journal.journal import PrintJournal
from ui.print_journal.labels import job_title, state_label

_ROOT = QModelIndex()

JOB_ID_ROLE = Qt.ItemDataRole.UserRole


class JobColumn(IntEnum):
    CREATED = 0
    KIND = 1
    STATE = 2
    ATTEMPTS = 3
    ERROR = 4
    ACTION = 5


class JobTableModel(QAbstractTableModel):
    """Read-only rows of print jobs; the ACTION column is left for the view's buttons."""

    def __init__(self, timezone: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timezone = timezone
        self._jobs: list[PrintJob] = []

    def set_jobs(self, jobs: list[PrintJob]) -> None:
        self.beginResetModel()
        self._jobs = list(jobs)
        self.endResetModel()

    def job(self, row: int) -> PrintJob:
        return self._jobs[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(JobColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(JobColumn):
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match JobColumn(section):
            case JobColumn.CREATED:
                return self.tr("Dibuat")
            case JobColumn.KIND:
                return self.tr("Jenis")
            case JobColumn.STATE:
                return self.tr("Status")
            case JobColumn.ATTEMPTS:
                return self.tr("Percobaan")
            case JobColumn.ERROR:
                return self.tr("Keterangan")
            case JobColumn.ACTION:
                return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        job = self._jobs[index.row()]
        if role == JOB_ID_ROLE:
            return job.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match JobColumn(index.column()):
            case JobColumn.CREATED:
                return date_time(job.created_at, self._timezone())
            case JobColumn.KIND:
                return job_title(job)
            case JobColumn.STATE:
                return state_label(job.state)
            case JobColumn.ATTEMPTS:
                return str(job.attempts)
            case JobColumn.ERROR:
                return job.error or "-"
            case _:
                return None


class _JobTable(QTableView):
    def __init__(self, on_enter: Callable[[int], None]) -> None:
        super().__init__()
        self._on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_enter(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class PrintQueueDock(QDockWidget):
    def __init__(
        self, journal: PrintJournal, signals: AppSignals, timezone: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Antrean cetak"), parent)
        self.setObjectName("print-queue")
        self._journal = journal
        self.model = JobTableModel(timezone, self)
        self.table = _JobTable(self.retry_row)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in JobColumn:
            mode = (
                QHeaderView.ResizeMode.Stretch if column is JobColumn.ERROR else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.empty = QLabel(self.tr("Tidak ada struk yang menunggu. Semua sudah tercetak."))
        self.empty.setStyleSheet("color: #5f6368;")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        signals.print_jobs_changed.connect(self.refresh)

    def refresh(self) -> None:
        with show_errors(self):
            self.model.set_jobs(self._journal.waiting())
        for row in range(self.model.rowCount()):
            button = QPushButton(self.tr("Coba lagi"))
            button.setToolTip(self.tr("Kirim struk ini ke printer sekali lagi"))
            button.clicked.connect(lambda _checked=False, row=row: self.retry_row(row))
            self.table.setIndexWidget(self.model.index(row, JobColumn.ACTION), button)
        has_jobs = self.model.rowCount() > 0
        self.table.setVisible(has_jobs)
        self.empty.setVisible(not has_jobs)

    def retry_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._journal.retry(self.model.job(row).id)

    def retry_button(self, row: int) -> QPushButton:
        widget = self.table.indexWidget(self.model.index(row, JobColumn.ACTION))
        assert isinstance(widget, QPushButton)
        return widget
