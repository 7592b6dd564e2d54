"""Start the desktop app: QApplication, translations, the main window, the event loop.

The composition root builds the services and calls `run_gui(catalog, language=...)`. Tests and
`tools/screenshots.py` call `create_main_window(catalog)` with a QApplication they own.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from counter_app import i18n
from counter_app.resources import resources_dir
from counter_app.services.catalog import CatalogService
from ui.main_window import MainWindow

log = logging.getLogger(__name__)

APP_NAME = "Loket MPP"
SOURCE_LANGUAGE = "id"
"""The language of the source strings: it needs no translator."""


def qm_path(language: str) -> Path:
    """The compiled translation of the UI and the core for `language`."""
    return resources_dir() / "i18n" / f"counter_app_{language}.qm"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the `.qm` for `language` (none for Indonesian); keep the result alive while in use.

    A missing or unreadable file is logged and the UI stays Indonesian.
    """
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(app)
    path = qm_path(language)
    if not translator.load(str(path)):
        log.warning("no translation for %r at %s; the interface stays in Indonesian", language, path)
        return None
    app.installTranslator(translator)
    return translator


def create_main_window(catalog: CatalogService) -> MainWindow:
    """The main window over `catalog`, loaded and not yet shown (a QApplication must exist)."""
    return MainWindow(catalog)


def run_gui(catalog: CatalogService, *, language: str = SOURCE_LANGUAGE, argv: list[str] | None = None) -> int:
    """Run the desktop app until its window is closed; returns the exit code."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv if argv is None else argv)
    app.setApplicationName(APP_NAME)
    i18n.install(language)
    translator = install_translator(app, language)
    window = create_main_window(catalog)
    window.show()
    try:
        return app.exec()
    finally:
        if translator is not None:
            app.removeTranslator(translator)
