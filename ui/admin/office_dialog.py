"""Office settings for admins: the office's and counter's settings (one form, saved together) and
the office's holiday overrides (an extra closure, or a national holiday worked).

Saving goes through `SettingsService.set_many` (admins only, validated, audited with before and
after); the overrides through `CalendarService`. Refusals and invalid values show on the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
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

from counter_app.domain.calendar_overrides import HolidayOverride
from counter_app.errors import KnownError
from counter_app.settings import SETTINGS, Settings

OFFICE_KEYS = (
    "office.name",
    "office.address",
    "office.phone",
    "office.code",
    "counter.code",
    "office.timezone",
    "status.base_url",
    "calendar.working_days",
    "calendar.receipt_day_is_day_zero",
    "numbering.pattern",
)


class OfficeSettings(Protocol):
    def current(self) -> Settings: ...

    def set_many(self, values: dict[str, str]) -> Settings: ...


class Holidays(Protocol):
    def overrides(self) -> list[HolidayOverride]: ...

    def add_closure(self, day: date, name: str) -> None: ...

    def add_worked_day(self, day: date, name: str = "") -> None: ...

    def remove_override(self, day: date) -> None: ...


class OfficeDialog(QDialog):
    def __init__(
        self, settings: OfficeSettings, holidays: Holidays, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._holidays = holidays
        self.setWindowTitle(self.tr("Pengaturan kantor"))
        self.resize(760, 640)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        current = settings.current()
        for key in OFFICE_KEYS:
            field = QLineEdit(current.raw(key))
            field.setObjectName(key)
            field.setToolTip(key)
            self.fields[key] = field
            form.addRow(SETTINGS[key].label + ":", field)
        self.save_button = QPushButton(self.tr("&Simpan pengaturan"))
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        office_box = QGroupBox(self.tr("Kantor dan loket"))
        office_box.setLayout(form)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Jenis"), self.tr("Keterangan")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.day = QDateEdit()
        self.day.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day_name = QLineEdit()
        self.day_name.setPlaceholderText(self.tr("mis. cuti bersama kabupaten"))
        self.closed_button = QPushButton(self.tr("&Libur kantor"))
        self.closed_button.clicked.connect(self.add_closure)
        self.worked_button = QPushButton(self.tr("&Hari kerja (libur nasional tetap buka)"))
        self.worked_button.clicked.connect(self.add_worked_day)
        self.remove_button = QPushButton(self.tr("&Hapus terpilih"))
        self.remove_button.clicked.connect(self.remove_selected)
        entry = QHBoxLayout()
        entry.addWidget(self.day)
        entry.addWidget(self.day_name, 1)
        entry.addWidget(self.closed_button)
        entry.addWidget(self.worked_button)
        holiday_box = QGroupBox(self.tr("Hari libur kantor"))
        holiday_layout = QVBoxLayout(holiday_box)
        holiday_layout.addWidget(self.table)
        holiday_layout.addLayout(entry)
        holiday_layout.addWidget(self.remove_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(office_box)
        layout.addWidget(holiday_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload_overrides()

    def save(self) -> None:
        current = self._settings.current()
        changed = {
            key: field.text().strip() for key, field in self.fields.items() if field.text().strip() != current.raw(key)
        }
        if not changed:
            self._say(self.tr("Tidak ada yang berubah."), failed=False)
            return
        try:
            self._settings.set_many(changed)
        except KnownError as error:
            self._say(error.message, failed=True)
            return
        self._say(self.tr("Pengaturan disimpan: {keys}.").format(keys=", ".join(sorted(changed))), failed=False)

    def reload_overrides(self) -> None:
        try:
            overrides = self._holidays.overrides()
        except KnownError as error:
            self._say(error.message, failed=True)
            overrides = []
        self.table.setRowCount(len(overrides))
        for row, override in enumerate(sorted(overrides, key=lambda o: o.day)):
            kind = self.tr("libur kantor") if override.closed else self.tr("hari kerja")
            for column, text in enumerate((override.day.isoformat(), kind, override.name)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def chosen_day(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def add_closure(self) -> None:
        self._change(lambda: self._holidays.add_closure(self.chosen_day(), self.day_name.text().strip()))

    def add_worked_day(self) -> None:
        self._change(lambda: self._holidays.add_worked_day(self.chosen_day(), self.day_name.text().strip()))

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return
        day = date.fromisoformat(item.text())
        self._change(lambda: self._holidays.remove_override(day))

    def _change(self, change: Callable[[], None]) -> None:
        try:
            change()
        except KnownError as error:
            self._say(error.message, failed=True)
            return
        self.day_name.clear()
        self.reload_overrides()
        self._say(self.tr("Kalender kantor diperbarui."), failed=False)

    def _say(self, text: str, *, failed: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if failed else "color: #1e6b34;")
