"""The list of permit types as a Qt table model, and the proxy that filters it by name or KBLI."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from counter_app.domain.catalog import PermitSummary
from ui.catalog.labels import duration_text, risk_label, risk_rank

_ROOT = QModelIndex()

CODE_ROLE = Qt.ItemDataRole.UserRole
"""Any cell: the permit type's code."""
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
"""Column 0: the text the search field matches (name, KBLI, code)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Any cell: the value the column sorts by (numbers sort as numbers)."""


class PermitColumn(IntEnum):
    CODE = 0
    NAME = 1
    KIND = 2
    RISK = 3
    KBLI = 4
    DURATION = 5
    VERSION = 6


class PermitTableModel(QAbstractTableModel):
    """One row per permit type (newest version), read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PermitSummary] = []

    def set_permits(self, permits: list[PermitSummary]) -> None:
        self.beginResetModel()
        self._rows = list(permits)
        self.endResetModel()

    def permit_at(self, row: int) -> PermitSummary:
        return self._rows[row]

    def row_of(self, code: str) -> int | None:
        for row, permit in enumerate(self._rows):
            if permit.code == code:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(PermitColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PermitColumn):
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match PermitColumn(section):
            case PermitColumn.CODE:
                return self.tr("Kode")
            case PermitColumn.NAME:
                return self.tr("Nama")
            case PermitColumn.KIND:
                return self.tr("Jenis")
            case PermitColumn.RISK:
                return self.tr("Risiko")
            case PermitColumn.KBLI:
                return self.tr("KBLI")
            case PermitColumn.DURATION:
                return self.tr("Jangka waktu")
            case PermitColumn.VERSION:
                return self.tr("Versi")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        permit = self._rows[index.row()]
        column = PermitColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(permit, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is PermitColumn.NAME:
            return permit.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column is PermitColumn.VERSION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CODE_ROLE:
            return permit.code
        if role == FILTER_ROLE:
            return "\n".join((permit.name, permit.kbli_code or "", permit.code))
        if role == SORT_ROLE:
            return _sort_key(permit, column)
        return None


def _display(permit: PermitSummary, column: PermitColumn) -> str:
    match column:
        case PermitColumn.CODE:
            return permit.code
        case PermitColumn.NAME:
            return permit.name
        case PermitColumn.KIND:
            return permit.kind
        case PermitColumn.RISK:
            return risk_label(permit.risk)
        case PermitColumn.KBLI:
            return permit.kbli_code or "-"
        case PermitColumn.DURATION:
            return duration_text(permit.sla_days, permit.sla_unit)
        case PermitColumn.VERSION:
            return str(permit.version)


def _sort_key(permit: PermitSummary, column: PermitColumn) -> int | str:
    match column:
        case PermitColumn.RISK:
            return risk_rank(permit.risk)
        case PermitColumn.DURATION:
            return permit.sla_days if permit.sla_days is not None else 1_000_000
        case PermitColumn.VERSION:
            return permit.version
        case _:
            return _display(permit, column).casefold()


class PermitFilterModel(QSortFilterProxyModel):
    """Rows whose name, KBLI code or permit code contains the search text (case-insensitive)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
