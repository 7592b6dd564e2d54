"""The English translation: the committed .qm is the compiled .ts, and the UI speaks English with it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import SlaUnit
from counter_app.resources import resources_dir
from counter_app.services.catalog import CatalogService
from tests.ui.conftest import SqliteApp, desk_of, open_window, settle
from ui.app import create_main_window, install_translator, qm_path
from ui.catalog.labels import duration_text
from ui.catalog.permit_table import PermitColumn
from ui.registration.labels import completeness_text

pytestmark = pytest.mark.gui

TS = resources_dir() / "i18n" / "counter_app_en.ts"


def _lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease is part of PySide6; is the environment installed?"
    return found


def _translations() -> list[tuple[str, str, list[str]]]:
    """(context, source, translated forms) of every finished message in the .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source", default=""), forms))
    return found


def _is_finished(message: ET.Element) -> bool:
    """Translated: not marked unfinished/obsolete/vanished, and not empty."""
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None and bool("".join(translation.itertext()).strip())


def test_every_message_is_translated() -> None:
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
        if not _is_finished(message)
    ]
    assert unfinished == [], "translate these in resources/i18n/counter_app_en.ts"


def test_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    built = tmp_path / "counter_app_en.qm"
    subprocess.run([_lrelease(), "-silent", "-nounfinished", str(TS), "-qm", str(built)], check=True)
    assert built.read_bytes() == qm_path("en").read_bytes(), "run: uv run python tools/i18n.py release"


def test_qm_answers_every_translation() -> None:
    translator = QTranslator()
    assert translator.load(str(qm_path("en")))
    for context, source, forms in _translations():
        if len(forms) == 1:
            assert translator.translate(context, source) == forms[0], (context, source)
        else:
            # QTranslator picks the plural form; QCoreApplication.translate then fills in %n.
            assert translator.translate(context, source, None, 1) == forms[0], (context, source)
            assert translator.translate(context, source, None, 7) == forms[1], (context, source)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    translator = install_translator(qapp, "en")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("english")
def test_english_ui(qtbot: QtBot, catalog: CatalogService) -> None:
    window = create_main_window(catalog)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Permit Catalog"
    assert window.statusBar().currentMessage() == "3 permit types in the catalog"
    model = window.catalog_tab.model
    assert model.headerData(PermitColumn.DURATION, window.catalog_tab.table.horizontalHeader().orientation()) == (
        "Completion time"
    )
    assert window.catalog_tab.detail.fee_label.text() == "Free of charge"
    assert window.catalog_tab.detail.sections.tabText(0) == "Requirements (8)"
    assert duration_text(1, SlaUnit.WORKING) == "1 working day"
    assert duration_text(7, SlaUnit.WORKING) == "7 working days"


def test_indonesian_needs_no_translator(qapp: QApplication) -> None:
    assert install_translator(qapp, "id") is None


def test_missing_translation_keeps_indonesian(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("COUNTER_APP_RESOURCES", str(tmp_path))
    assert install_translator(qapp, "en") is None
    assert "stays in Indonesian" in caplog.text


@pytest.mark.usefixtures("english")
def test_english_registration_desk(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    from counter_app import i18n

    i18n.install("en")  # the core's messages and dates follow the same language
    window = open_window(qtbot, sqlite_app.application)
    desk = desk_of(window)
    assert window.tabs.tabText(0) == "Registration"
    assert desk.register_button.text() == "&Register && Print"
    assert desk.return_button.text() == "Return &Slip"
    assert desk.completeness.text() == "Pick a permit type to see its requirements"
    assert desk.search.field.placeholderText() == "Find an applicant: NIK, NIB, phone or name"
    assert desk.checklist_model.headerData(0, Qt.Orientation.Horizontal) == "Received"
    assert completeness_text(True, 1) == "1 required item missing"
    assert completeness_text(True, 3) == "3 required items missing"
    assert window.desk is not None and window.desk.queue.windowTitle() == "Print queue"
    desk.form.birth_date.setText("17-08-1985")
    assert desk.form.birth_hint.text() == "Saturday, 17 August 1985"
    settle(window)
