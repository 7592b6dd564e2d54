"""The "Katalog Izin" tab: search field, table of permit types, detail of the selected one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.catalog import CatalogService
from ui.catalog.detail import PermitDetail
from ui.catalog.permit_table import CODE_ROLE, PermitColumn, PermitFilterModel, PermitTableModel
from ui.errors import show_errors


class CatalogTab(QWidget):
    """Browse the permit catalog: type in the search field, pick a row, read the detail.

    Signals:
    message(text: str): a short status line (how many permit types are shown).
    """

    message = Signal(str)

    def __init__(self, catalog: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog

        self.model = PermitTableModel(self)
        self.proxy = PermitFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama jenis izin atau kode KBLI (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._focus_table)
        search_label = QLabel(self.tr("&Cari:"))
        search_label.setBuddy(self.search)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PermitColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in PermitColumn:
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column is PermitColumn.NAME
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.detail = PermitDetail()
        self.detail.version_requested.connect(self._show)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 480])

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.splitter, 1)

    def reload(self) -> None:
        """Read the catalog again, keeping the selected permit type when it is still there."""
        selected = self.detail.code
        with show_errors(self):
            self.model.set_permits(self._catalog.list())
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self._select(self.proxy.mapFromSource(self.model.index(row, 0)))
        else:
            self._select_first()
        self._announce()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if not self.table.selectionModel().currentIndex().isValid():
            self._select_first()
        self._announce()

    def _focus_table(self) -> None:
        if not self.table.currentIndex().isValid():
            self._select_first()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self._select(self.proxy.index(0, 0))
        else:
            self.detail.clear()

    def _select(self, index: QModelIndex) -> None:
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else None
        if not isinstance(code, str):
            self.detail.clear()
            return
        if code != self.detail.code:
            self._show(code, None)

    def _show(self, code: str, version: int | None) -> None:
        with show_errors(self) as outcome:
            permit = self._catalog.show(code, version)
            versions = self._catalog.versions(code)
            self.detail.show_permit(permit, versions)
        if outcome.failed:
            self.detail.clear()

    def _announce(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            self.message.emit(self.tr("%n jenis izin di katalog", "", total))
        else:
            self.message.emit(self.tr("%n dari {total} jenis izin cocok", "", shown).format(total=total))
