"""GUI fixtures: the main window over the in-memory sample catalog (see `tests/ui/fakes.py`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from counter_app.services.catalog import CatalogService
from tests.ui.fakes import sample_catalog
from ui.app import create_main_window
from ui.main_window import MainWindow

if TYPE_CHECKING:
    # pytest-qt sets its Qt binding up when the plugin starts: import its modules after that.
    from pytestqt.modeltest import ModelTester


@pytest.fixture
def catalog() -> CatalogService:
    return sample_catalog()


@pytest.fixture
def window(qtbot: QtBot, catalog: CatalogService) -> MainWindow:
    """The main window, loaded (not shown: tests that need focus or shortcuts show it)."""
    main_window = create_main_window(catalog)
    qtbot.addWidget(main_window)
    return main_window


def check_model(tester: ModelTester, model: QAbstractItemModel) -> None:
    """`qtmodeltester.check(model)` (pytest-qt's method is untyped)."""
    tester.check(model)  # type: ignore[no-untyped-call]
