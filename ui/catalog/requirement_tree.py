"""A permit type's requirements as a Qt tree model: text, group, notes (optional, condition, form)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from counter_app.domain.catalog import Requirement
from ui.catalog.labels import group_label, requirement_notes

_ROOT = QModelIndex()

REQUIREMENT_ID_ROLE = Qt.ItemDataRole.UserRole
"""Any cell: the requirement's id."""


class RequirementColumn(IntEnum):
    TEXT = 0
    GROUP = 1
    NOTES = 2


@dataclass(eq=False)
class _Node:
    requirement: Requirement
    parent: int | None
    """Index of the parent node in the model's node list; None for a top-level requirement."""
    row: int
    children: list[int] = field(default_factory=list)


class RequirementTreeModel(QAbstractItemModel):
    """Read-only tree of one permit type's requirements; children are sub-items (a, b, c...)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._top: list[int] = []

    def set_requirements(self, requirements: tuple[Requirement, ...]) -> None:
        self.beginResetModel()
        self._nodes = []
        self._top = self._add(requirements, None)
        self.endResetModel()

    def _add(self, requirements: tuple[Requirement, ...], parent: int | None) -> list[int]:
        ids: list[int] = []
        for row, req in enumerate(requirements):
            node_id = len(self._nodes)
            self._nodes.append(_Node(req, parent, row))
            ids.append(node_id)
            self._nodes[node_id].children = self._add(req.children, node_id)
        return ids

    def requirement(self, index: QModelIndex | QPersistentModelIndex) -> Requirement:
        return self._nodes[index.internalId()].requirement

    def _children_of(self, parent: QModelIndex | QPersistentModelIndex) -> list[int]:
        if not parent.isValid():
            return self._top
        if parent.column() != 0:
            return []
        return self._nodes[parent.internalId()].children

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        children = self._children_of(parent)
        if not (0 <= row < len(children) and 0 <= column < len(RequirementColumn)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: QModelIndex | QPersistentModelIndex | None = None) -> Any:
        """The parent index of `child`; called without an argument, the QObject parent as usual."""
        if child is None:
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        parent_id = self._nodes[child.internalId()].parent
        if parent_id is None:
            return QModelIndex()
        return self.createIndex(self._nodes[parent_id].row, 0, parent_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(self._children_of(parent))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(RequirementColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(RequirementColumn):
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match RequirementColumn(section):
            case RequirementColumn.TEXT:
                return self.tr("Persyaratan")
            case RequirementColumn.GROUP:
                return self.tr("Kelompok")
            case RequirementColumn.NOTES:
                return self.tr("Keterangan")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return None
        req = self.requirement(index)
        column = RequirementColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case RequirementColumn.TEXT:
                    return req.text
                case RequirementColumn.GROUP:
                    return group_label(req.group)
                case RequirementColumn.NOTES:
                    return requirement_notes(req)
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = requirement_notes(req)
            return f"{req.text}\n({notes})" if notes else req.text
        if role == Qt.ItemDataRole.FontRole and column is RequirementColumn.TEXT and req.optional:
            font = QFont()
            font.setItalic(True)
            return font
        if role == REQUIREMENT_ID_ROLE:
            return req.id
        return None
