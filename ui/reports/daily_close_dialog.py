"""The daily close: pick the day, see the figures per officer, save the PDF or print it on the
receipt printer. The report service checks the role (front desk, supervisor, admin)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.reports import DailyClose, ReportTable
from counter_app.errors import KnownError


class Reports(Protocol):
    """What the dialog uses of `counter_app.services.reports.ReportService`."""

    def daily(self, start: date, end: date, counter_code: str | None = None) -> DailyClose: ...

    def daily_table(self, close: DailyClose) -> ReportTable: ...

    def pdf(self, table: ReportTable) -> bytes: ...

    def print_daily(self, close: DailyClose, printer_uri: str | None = None) -> None: ...


AskSave = Callable[[QWidget, Path], Path | None]


def ask_save_pdf(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Simpan tutup harian"), str(suggested), parent.tr("PDF (*.pdf)")
    )
    return Path(chosen) if chosen else None


class DailyCloseDialog(QDialog):
    def __init__(
        self,
        reports: Reports,
        counter_code: str,
        today: date,
        ask_save: AskSave = ask_save_pdf,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._counter = counter_code
        self._ask_save = ask_save
        self.close_data: DailyClose | None = None
        self.table_data: ReportTable | None = None
        self.setWindowTitle(self.tr("Tutup harian"))
        self.resize(720, 480)
        self.day = QDateEdit()
        self.day.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.all_counters = QCheckBox(self.tr("Semua loket"))
        self.show_button = QPushButton(self.tr("&Tampilkan"))
        self.show_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tanggal:")))
        top.addWidget(self.day)
        top.addWidget(self.all_counters)
        top.addStretch(1)
        top.addWidget(self.show_button)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Simpan &PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("&Cetak di printer struk"))
        self.print_button.clicked.connect(self.print_receipt)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def chosen_day(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def refresh(self) -> None:
        day = self.chosen_day()
        try:
            close = self._reports.daily(day, day, None if self.all_counters.isChecked() else self._counter)
            table = self._reports.daily_table(close)
        except KnownError as error:
            self._say(error.message, failed=True)
            self.close_data = self.table_data = None
            self._update()
            return
        self.close_data, self.table_data = close, table
        self.table.setColumnCount(len(table.columns))
        self.table.setHorizontalHeaderLabels(list(table.columns))
        self.table.setRowCount(len(table.rows))
        for row, values in enumerate(table.rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()
        self.details.setText("\n".join([*table.details, *table.notes]))
        self._say("", failed=False)
        self._update()

    def save_pdf(self) -> None:
        if self.table_data is None:
            return
        suggested = Path.home() / f"tutup-harian-{self.chosen_day().isoformat()}.pdf"
        target = self._ask_save(self, suggested)
        if target is None:
            return
        try:
            target.write_bytes(self._reports.pdf(self.table_data))
        except KnownError as error:
            self._say(error.message, failed=True)
            return
        except OSError as error:
            self._say(
                self.tr("Tidak dapat menyimpan {path}: {error}").format(path=target, error=error.strerror), failed=True
            )
            return
        self._say(self.tr("Tersimpan: {path}").format(path=target), failed=False)

    def print_receipt(self) -> None:
        if self.close_data is None:
            return
        try:
            self._reports.print_daily(self.close_data)
        except KnownError as error:
            self._say(error.message, failed=True)
            return
        self._say(self.tr("Tutup harian dikirim ke printer struk."), failed=False)

    def _say(self, text: str, *, failed: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if failed else "color: #1e6b34;")

    def _update(self) -> None:
        ready = self.close_data is not None
        self.pdf_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
