"""The checklist of one file as a Qt table model: what the applicant handed over, row by row.

Rows come from the core (`RegistrationService.checklist(permit, context)`): document order, sub-items
after their heading with `depth`, headings not tickable. `set_items` rebuilds the rows when the
context changes (PMA, badan usaha, WNA, perubahan) and keeps what was entered for rows still present.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counter_app.domain.catalog import DocumentForm
from counter_app.domain.checklist import ChecklistItem, ReceivedItem, missing_items
from ui.registration.labels import form_label, marker_text, requirement_text

_ROOT = QModelIndex()

DEPTH_ROLE = Qt.ItemDataRole.UserRole
"""Column TEXT: how deep the row is nested (0 = top level)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Any cell: the requirement id."""

MAX_COPIES = 99
RECEIVED_BACKGROUND = QColor("#e6f4ea")
HEADING_BACKGROUND = QColor("#eef0f3")
OPTIONAL_FOREGROUND = QColor("#5f6368")
MISSING_FOREGROUND = QColor("#b3261e")


class ChecklistColumn(IntEnum):
    RECEIVED = 0
    TEXT = 1
    MARKER = 2
    FORM = 3
    COPIES = 4
    NOTE = 5


EDITABLE_COLUMNS = frozenset({ChecklistColumn.FORM, ChecklistColumn.COPIES, ChecklistColumn.NOTE})


@dataclass
class _Row:
    item: ChecklistItem
    received: bool
    form: DocumentForm
    copies: int
    note: str


def _checked(value: Any) -> bool | None:
    """A CheckStateRole value (enum or int, as views and tests send it) as a bool."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    if isinstance(value, int):
        return value == Qt.CheckState.Checked.value
    return None


class ChecklistModel(QAbstractTableModel):
    """Columns: Diterima (check), Persyaratan, Keterangan, Bentuk, Jumlah, Catatan (the last three editable)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    # -- content -----------------------------------------------------------------------------

    def set_items(self, items: Sequence[ChecklistItem]) -> None:
        """Show `items`; a row whose requirement was already shown keeps its tick, form, copies, note."""
        before = {row.item.id: row for row in self._rows}
        rows: list[_Row] = []
        for item in items:
            kept = before.get(item.id)
            if kept is not None and not item.heading:
                rows.append(_Row(item, kept.received, kept.form, kept.copies, kept.note))
            else:
                rows.append(_Row(item, False, item.requirement.form, max(item.requirement.copies, 1), ""))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def items(self) -> list[ChecklistItem]:
        return [row.item for row in self._rows]

    def item(self, row: int) -> ChecklistItem:
        return self._rows[row].item

    def row_of(self, requirement_id: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.item.id == requirement_id), None)

    def is_received(self, row: int) -> bool:
        return self._rows[row].received

    def received_items(self) -> dict[str, ReceivedItem]:
        """The ticked rows, as the service takes them."""
        return {
            row.item.id: ReceivedItem(row.item.id, True, row.form, row.copies, row.note.strip())
            for row in self._rows
            if row.received and not row.item.heading
        }

    def missing(self) -> list[ChecklistItem]:
        """Mandatory rows not ticked."""
        return missing_items(self.items(), self.received_items())

    def toggle(self, row: int) -> bool:
        """Tick or untick `row`; False (nothing changes) for a heading."""
        if not 0 <= row < len(self._rows) or self._rows[row].item.heading:
            return False
        return self.set_received(row, not self._rows[row].received)

    def set_received(self, row: int, received: bool) -> bool:
        target = self._rows[row]
        if target.item.heading:
            return False
        if target.received != received:
            target.received = received
            self._row_changed(row)
        return True

    def set_all_received(self, received: bool = True) -> None:
        for row, target in enumerate(self._rows):
            if not target.item.heading and target.received != received:
                target.received = received
                self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(ChecklistColumn) - 1))

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(ChecklistColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ChecklistColumn):
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match ChecklistColumn(section):
            case ChecklistColumn.RECEIVED:
                return self.tr("Diterima")
            case ChecklistColumn.TEXT:
                return self.tr("Persyaratan")
            case ChecklistColumn.MARKER:
                return self.tr("Keterangan")
            case ChecklistColumn.FORM:
                return self.tr("Bentuk")
            case ChecklistColumn.COPIES:
                return self.tr("Jumlah")
            case ChecklistColumn.NOTE:
                return self.tr("Catatan")

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].item.heading:
            return flags
        column = ChecklistColumn(index.column())
        if column is ChecklistColumn.RECEIVED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column in EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row = self._rows[index.row()]
        item = row.item
        column = ChecklistColumn(index.column())
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.heading:
                return QBrush(HEADING_BACKGROUND)
            return QBrush(RECEIVED_BACKGROUND) if row.received else None
        if item.heading:
            return self._heading_data(item, column, role)
        if column is ChecklistColumn.RECEIVED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.received else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Spasi: tandai diterima atau batal")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == DEPTH_ROLE and column is ChecklistColumn.TEXT:
            return item.depth
        if role == Qt.ItemDataRole.ForegroundRole and column is ChecklistColumn.MARKER:
            if not item.mandatory:
                return QBrush(OPTIONAL_FOREGROUND)
            return None if row.received else QBrush(MISSING_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ChecklistColumn.COPIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _heading_data(self, item: ChecklistItem, column: ChecklistColumn, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return requirement_text(item) if column is ChecklistColumn.TEXT else None
        if role == Qt.ItemDataRole.FontRole and column is ChecklistColumn.TEXT:
            font = QFont()
            font.setBold(True)
            return font
        if role == DEPTH_ROLE and column is ChecklistColumn.TEXT:
            return item.depth
        return None

    def _display(self, row: _Row, column: ChecklistColumn, tooltip: bool) -> str | None:
        match column:
            case ChecklistColumn.TEXT:
                return requirement_text(row.item)
            case ChecklistColumn.MARKER:
                return marker_text(row.item) or None
            case ChecklistColumn.FORM:
                return form_label(row.form)
            case ChecklistColumn.COPIES:
                return str(row.copies)
            case ChecklistColumn.NOTE:
                return (row.note or None) if not tooltip else (row.note or self.tr("Enter atau F2: tulis catatan"))
            case _:
                return None

    @staticmethod
    def _edit_value(row: _Row, column: ChecklistColumn) -> Any:
        match column:
            case ChecklistColumn.FORM:
                return row.form.value
            case ChecklistColumn.COPIES:
                return row.copies
            case ChecklistColumn.NOTE:
                return row.note
            case _:
                return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return False
        row = self._rows[index.row()]
        if row.item.heading:
            return False
        column = ChecklistColumn(index.column())
        if column is ChecklistColumn.RECEIVED and role == Qt.ItemDataRole.CheckStateRole:
            checked = _checked(value)
            return checked is not None and self.set_received(index.row(), checked)
        if role != Qt.ItemDataRole.EditRole or column not in EDITABLE_COLUMNS:
            return False
        if column is ChecklistColumn.FORM:
            try:
                row.form = DocumentForm(value)
            except ValueError:
                return False
        elif column is ChecklistColumn.COPIES:
            if not isinstance(value, int) or not 1 <= value <= MAX_COPIES:
                return False
            row.copies = value
        else:
            row.note = str(value)
        self._row_changed(index.row())
        return True
