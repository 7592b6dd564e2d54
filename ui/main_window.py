"""The main window: one tab per desk (the catalog for now), a status bar, keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from counter_app.services.catalog import CatalogService
from ui.catalog.tab import CatalogTab

STATUS_TIMEOUT_MS = 0
"""Status messages stay until the next one."""


class MainWindow(QMainWindow):
    """Tabs: "Katalog Izin" (later desks are added in front of it with `add_tab(..., index=0)`).

    Ctrl+F searches (in the current tab when it has a search field, otherwise in the catalog),
    F5 reloads the catalog, Ctrl+Q closes the window.
    """

    def __init__(self, catalog: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Loket MPP"))
        self.resize(1280, 800)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        self.catalog_tab = CatalogTab(catalog)
        self.catalog_tab.message.connect(self.show_status)
        self.add_tab(self.catalog_tab, self.tr("Katalog Izin"))

        self.search_action = QAction(self.tr("&Cari jenis izin"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.reload_action = QAction(self.tr("&Muat ulang katalog"), self)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.triggered.connect(self.catalog_tab.reload)
        self.quit_action = QAction(self.tr("&Keluar"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

        menu = self.menuBar().addMenu(self.tr("&Aplikasi"))
        menu.addAction(self.search_action)
        menu.addAction(self.reload_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        self.statusBar()
        self.catalog_tab.reload()

    def add_tab(self, widget: QWidget, title: str, *, index: int | None = None) -> int:
        """Add a desk as a tab (at `index`, or last); returns its index."""
        if index is None:
            return self.tabs.addTab(widget, title)
        return self.tabs.insertTab(index, widget, title)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        focus = getattr(current, "focus_search", None)
        if callable(focus):
            focus()
            return
        self.tabs.setCurrentWidget(self.catalog_tab)
        self.catalog_tab.focus_search()
