"""Pick the permit type: a filter field (name, KBLI or code) over a short list.

Typing filters the list and makes the first match current; Down/Up in the field move through the
list; Enter confirms (the desk moves on to the checklist). The list reuses the catalog's models.

Signals:
    chosen(code: str | None): the current permit type changed (None: no match / cleared).
    confirmed(): Enter in the field or the list: go on to the checklist.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from counter_app.domain.catalog import PermitSummary
from ui.catalog.permit_table import CODE_ROLE, PermitColumn, PermitFilterModel, PermitTableModel

VISIBLE_ROWS = 4
SHOWN_COLUMNS = (PermitColumn.NAME, PermitColumn.KBLI, PermitColumn.DURATION)


class PermitPicker(QWidget):
    chosen = Signal(object)
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PermitTableModel(self)
        self.proxy = PermitFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(PermitColumn.NAME, Qt.SortOrder.AscendingOrder)

        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Cari jenis izin: nama, KBLI atau kode"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.label = QLabel(self.tr("Jenis &izin:"))
        self.label.setBuddy(self.field)

        self.list = QTableView()
        self.list.setModel(self.proxy)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().hide()
        for column in PermitColumn:
            self.list.setColumnHidden(column, column not in SHOWN_COLUMNS)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(PermitColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PermitColumn.KBLI, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PermitColumn.DURATION, QHeaderView.ResizeMode.ResizeToContents)
        self.list.verticalHeader().setDefaultSectionSize(self.list.fontMetrics().lineSpacing() + 6)
        self.list.setFixedHeight((self.list.fontMetrics().lineSpacing() + 6) * VISIBLE_ROWS + 4)
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.list.activated.connect(lambda _index: self.confirmed.emit())

        self.field.textChanged.connect(self._on_filter_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.list)

    def set_permits(self, permits: list[PermitSummary]) -> None:
        self.model.set_permits(permits)
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())

    def current_code(self) -> str | None:
        code = self.list.currentIndex().data(CODE_ROLE)
        return code if isinstance(code, str) else None

    def choose(self, code: str) -> bool:
        """Make `code` current (clearing the filter when it hides it); False when not in the catalog."""
        row = self.model.row_of(code)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, PermitColumn.NAME))
        if not index.isValid():
            self.field.clear()
            index = self.proxy.mapFromSource(self.model.index(row, PermitColumn.NAME))
        self._select(index)
        return True

    def clear(self) -> None:
        self.field.clear()
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())
        self.chosen.emit(None)

    def _select(self, index: QModelIndex) -> None:
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if self.proxy.rowCount() == 0:
            self.list.setCurrentIndex(QModelIndex())
            self.chosen.emit(None)
        elif text.strip():
            self._select(self.proxy.index(0, PermitColumn.NAME))

    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else None
        self.chosen.emit(code if isinstance(code, str) else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            rows = self.proxy.rowCount()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
                current = self.list.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                target = min(max(current + step, 0), rows - 1) if current >= 0 else 0
                self._select(self.proxy.index(target, PermitColumn.NAME))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self.list.currentIndex().isValid() and rows:
                    self._select(self.proxy.index(0, PermitColumn.NAME))
                if self.list.currentIndex().isValid():
                    self.confirmed.emit()
                return True
        return super().eventFilter(watched, event)
