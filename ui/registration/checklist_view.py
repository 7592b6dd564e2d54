"""The checklist table, worked from the keyboard.

Up/Down move between requirements, Left/Right between columns; Space ticks or unticks the current
row wherever the cursor is (headings stay unticked); Enter or F2 edits Bentuk, Jumlah or Catatan;
Ctrl+A ticks every row. Tab leaves the table (to the Register button): the table is one stop.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from counter_app.domain.catalog import DocumentForm
from ui.registration.checklist_model import (
    DEPTH_ROLE,
    EDITABLE_COLUMNS,
    ID_ROLE,
    MAX_COPIES,
    ChecklistColumn,
    ChecklistModel,
)
from ui.registration.labels import FORMS, form_label

INDENT_PX = 22
NOTE_WIDTH = 80


class ChecklistDelegate(QStyledItemDelegate):
    """Indents sub-items by depth; edits Bentuk with a list and Jumlah with a number field."""

    def _indent(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = index.data(DEPTH_ROLE) if index.column() == ChecklistColumn.TEXT else None
        return INDENT_PX * depth if isinstance(depth, int) else 0

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        indent = self._indent(index)
        if not indent:
            super().paint(painter, option, index)
            return
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(indent, 0, 0, 0)
        super().paint(painter, shifted, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        indent = self._indent(index)
        if not indent:
            return super().sizeHint(option, index)
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -indent, 0)
        size = super().sizeHint(narrower, index)
        return QSize(size.width() + indent, size.height())

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        if index.column() == ChecklistColumn.FORM:
            combo = QComboBox(parent)
            for form in FORMS:
                combo.addItem(form_label(form), form.value)
            return combo
        if index.column() == ChecklistColumn.COPIES:
            spin = QSpinBox(parent)
            spin.setRange(1, MAX_COPIES)
            spin.setSuffix(self.tr(" lbr"))
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox) and isinstance(value, int):
            editor.setValue(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, DocumentForm(editor.currentData()).value, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ChecklistView(QTableView):
    """Signals:
    submit_requested(): Ctrl+Enter in the table (the desk registers or returns the file).
    """

    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ChecklistDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        modes = {
            ChecklistColumn.RECEIVED: QHeaderView.ResizeMode.ResizeToContents,
            ChecklistColumn.TEXT: QHeaderView.ResizeMode.Stretch,
            ChecklistColumn.MARKER: QHeaderView.ResizeMode.ResizeToContents,
            ChecklistColumn.FORM: QHeaderView.ResizeMode.ResizeToContents,
            ChecklistColumn.COPIES: QHeaderView.ResizeMode.ResizeToContents,
            ChecklistColumn.NOTE: QHeaderView.ResizeMode.Interactive,
        }
        for column, mode in modes.items():
            header.setSectionResizeMode(column, mode)
        header.resizeSection(ChecklistColumn.NOTE, NOTE_WIDTH)

    def checklist(self) -> ChecklistModel:
        model = self.model()
        assert isinstance(model, ChecklistModel)
        return model

    def current_id(self) -> str | None:
        value = self.currentIndex().data(ID_ROLE)
        return value if isinstance(value, str) else None

    def go_to(self, requirement_id: str | None, column: int = ChecklistColumn.TEXT) -> None:
        """Make the row of `requirement_id` current (the first row when it is gone)."""
        model = self.checklist()
        if model.rowCount() == 0:
            return
        row = model.row_of(requirement_id) if requirement_id is not None else None
        self.setCurrentIndex(model.index(row if row is not None else 0, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key in (Qt.Key.Key_Space, Qt.Key.Key_Select) and not modifiers:
            index = self.currentIndex()
            if index.isValid():
                self.checklist().toggle(index.row())
            event.accept()
            return
        if not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self.submit_requested.emit()
                event.accept()
                return
            index = self.currentIndex()
            if index.isValid() and index.column() in EDITABLE_COLUMNS:
                self.edit(index)
                event.accept()
                return
        if not editing and event.matches(QKeySequence.StandardKey.SelectAll):
            self.checklist().set_all_received(True)
            event.accept()
            return
        super().keyPressEvent(event)
