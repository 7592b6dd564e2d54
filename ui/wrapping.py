"""Word-wrapped rows in a QTreeView: the height of a row follows its columns' widths."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

UNBOUNDED_HEIGHT = 100_000
ROW_PADDING = 4
"""Extra pixels per row, so wrapped rows do not touch."""


class WrappingDelegate(QStyledItemDelegate):
    """Measures wrapped text against the column's width (QTreeView alone measures one long line).

    Install with `install_wrapping(view)`, which also re-lays the rows out when a column is resized.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._view.columnWidth(index.column())
        if index.column() == self._view.header().logicalIndex(0):
            width -= self._view.indentation() * (_depth(index) + int(self._view.rootIsDecorated()))
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(width, 1), UNBOUNDED_HEIGHT)
        wrapped = super().sizeHint(measured, index)
        # The width stays the one-line width, so resizeColumnToContents() still sees what the text needs.
        natural = super().sizeHint(option, index)
        return QSize(natural.width(), wrapped.height() + ROW_PADDING)


def _depth(index: QModelIndex | QPersistentModelIndex) -> int:
    depth = 0
    parent = index.parent()
    while parent.isValid():
        depth += 1
        parent = parent.parent()
    return depth


def install_wrapping(view: QTreeView) -> WrappingDelegate:
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    delegate = WrappingDelegate(view)
    view.setItemDelegate(delegate)
    view.header().sectionResized.connect(view.scheduleDelayedItemsLayout)
    return delegate
