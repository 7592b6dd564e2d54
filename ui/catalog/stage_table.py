"""A permit type's stage template (the control card's rows) as a Qt table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from counter_app.domain.catalog import Stage
from ui.catalog.labels import budget_text, role_label

_ROOT = QModelIndex()


class StageColumn(IntEnum):
    NAME = 0
    ROLE = 1
    BUDGET = 2


class StageTableModel(QAbstractTableModel):
    """Read-only: one row per stage, in order; the vertical header numbers them from 1."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stages: tuple[Stage, ...] = ()

    def set_stages(self, stages: tuple[Stage, ...]) -> None:
        self.beginResetModel()
        self._stages = tuple(stages)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(StageColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(StageColumn):
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match StageColumn(section):
            case StageColumn.NAME:
                return self.tr("Tahap")
            case StageColumn.ROLE:
                return self.tr("Pelaksana")
            case StageColumn.BUDGET:
                return self.tr("Batas waktu")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        stage = self._stages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            match StageColumn(index.column()):
                case StageColumn.NAME:
                    return stage.name
                case StageColumn.ROLE:
                    return role_label(stage.role)
                case StageColumn.BUDGET:
                    return budget_text(stage.budget_days)
        return None
