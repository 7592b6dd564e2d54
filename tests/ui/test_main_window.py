"""The main window and its catalog tab, driven like a counter officer would (keyboard first)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from counter_app.app import Application
from counter_app.domain.catalog import Role
from counter_app.errors import StorageError
from tests.ui.conftest import SqliteApp
from tests.ui.driving import answering
from tests.ui.fakes import broken_catalog
from ui.app import create_main_window, run_gui
from ui.catalog.permit_table import CODE_ROLE, PermitColumn
from ui.catalog.requirement_tree import RequirementColumn
from ui.catalog.stage_table import StageColumn
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.registration.applicant_form import ApplicantForm

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform plugin says this whenever a window is shown; it is not about our code.
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)"),
]


def _shown(window: MainWindow) -> str | None:
    """The code of the permit type in the detail panel."""
    return window.catalog_tab.detail.code


def _select(window: MainWindow, code: str) -> None:
    tab = window.catalog_tab
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data(CODE_ROLE) == code:
            tab.table.selectRow(row)
            return
    raise AssertionError(f"{code} is not in the table")


def test_window_opens_on_the_catalog_tab(window: MainWindow) -> None:
    assert window.windowTitle() == "Loket MPP"
    assert window.tabs.count() == 1
    assert window.tabs.tabText(0) == "Katalog Izin"
    assert window.tabs.currentWidget() is window.catalog_tab
    assert window.statusBar().currentMessage() == "3 jenis izin di katalog"


def test_table_lists_the_catalog_sorted_by_name(window: MainWindow) -> None:
    proxy = window.catalog_tab.proxy
    names = [proxy.index(r, PermitColumn.NAME).data() for r in range(proxy.rowCount())]
    assert names == [
        "Izin (Risiko Tinggi) KBLI 24201 Industri Pembuatan Logam Dasar Mulia",
        "Izin Penyelenggaraan Reklame",
        "Izin Perluasan Usaha Industri",
    ]


def test_first_row_is_selected_and_shown(window: MainWindow) -> None:
    detail = window.catalog_tab.detail
    assert detail.code == "PWK-24201"
    assert detail.title_label.text() == "Izin (Risiko Tinggi) KBLI 24201 Industri Pembuatan Logam Dasar Mulia"


def test_typing_in_the_search_narrows_the_rows(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.catalog_tab
    QTest.keyClicks(tab.search, "perluasan")
    assert tab.proxy.rowCount() == 1
    assert window.statusBar().currentMessage() == "1 dari 3 jenis izin cocok"
    assert _shown(window) == "MGT-PERLUASAN"

    tab.search.clear()
    QTest.keyClicks(tab.search, "24201")
    assert tab.proxy.rowCount() == 1
    assert _shown(window) == "PWK-24201"

    tab.search.clear()
    QTest.keyClicks(tab.search, "tidak ada izin seperti ini")
    assert tab.proxy.rowCount() == 0
    assert _shown(window) is None
    assert window.statusBar().currentMessage() == "0 dari 3 jenis izin cocok"


def test_selecting_a_row_fills_the_detail(window: MainWindow) -> None:
    detail = window.catalog_tab.detail
    _select(window, "PWK-24201")

    assert detail.kind_label.text() == "Izin"
    assert detail.risk_label.text() == "Tinggi"
    assert detail.kbli_label.text() == "24201 Industri Pembuatan Logam Dasar Mulia (KBLI 2020)"
    assert detail.duration_label.text() == "7 hari kerja"
    assert detail.start_label.text() == "sejak diterimanya berkas permohonan secara lengkap dan benar"
    assert detail.review_label.isHidden()
    assert detail.fee_label.text() == "Gratis"
    assert detail.product_label.text() == "NIB dan Izin Terverifikasi dengan tanda tangan elektronik"

    tree = detail.requirements_model
    assert tree.rowCount() == 6
    pma = tree.index(5, RequirementColumn.TEXT)
    assert tree.rowCount(pma) == 2
    assert detail.requirements_view.isExpanded(pma)
    assert detail.sections.tabText(0) == "Persyaratan (8)"

    stages = detail.stages_model
    assert stages.rowCount() == 6
    assert stages.index(0, StageColumn.NAME).data() == "Penerimaan berkas di loket"
    assert detail.sections.tabText(1) == "Tahapan (6)"

    assert detail.legal_basis_label.text().startswith("1. Undang-Undang Nomor 11 Tahun 2020")
    assert "pengaduanptsp139@gmail.com" in detail.complaints_label.text()
    assert detail.sections.isTabVisible(4)
    assert "Lampiran IV" in detail.unplaced_label.text()


def test_paid_permit_without_stages_or_unplaced_text(window: MainWindow) -> None:
    detail = window.catalog_tab.detail
    _select(window, "PWK-REKLAME")
    assert detail.code == "PWK-REKLAME"
    assert detail.fee_label.text() == "Rp1.500.000"
    assert detail.stages_model.rowCount() == 0
    assert detail.legal_basis_label.text() == "-"
    assert not detail.sections.isTabVisible(4)


def test_unknown_sla_unit_asks_for_review(window: MainWindow) -> None:
    detail = window.catalog_tab.detail
    _select(window, "MGT-PERLUASAN")
    assert detail.duration_label.text() == "5 hari (satuan perlu dicek)"
    assert not detail.review_label.isHidden()
    assert "hari kerja atau hari kalender" in detail.review_label.text()
    assert detail.kbli_label.text() == "-"
    assert detail.risk_label.text() == "Tidak diketahui"


def test_older_version_can_be_shown(window: MainWindow) -> None:
    detail = window.catalog_tab.detail
    combo = detail.version_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["2 (terbaru)", "1"]
    assert combo.isEnabled()
    combo.activated.emit(1)
    assert detail.duration_label.text() == "10 hari kerja"
    assert combo.currentData() == 1
    _select(window, "PWK-REKLAME")
    assert not detail.version_combo.isEnabled()


def test_ctrl_f_focuses_the_search_and_enter_goes_to_the_table(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.catalog_tab.table.setFocus()
    assert window.search_action.shortcut().toString() == "Ctrl+F"

    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.catalog_tab.search
    QTest.keyClicks(window.catalog_tab.search, "reklame")
    QTest.keyClick(window.catalog_tab.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.catalog_tab.table
    assert window.catalog_tab.detail.code == "PWK-REKLAME"


def test_ctrl_f_from_another_tab_goes_to_the_catalog(qtbot: QtBot, window: MainWindow) -> None:
    other = QWidget()
    assert window.add_tab(other, "Pendaftaran", index=0) == 0
    window.tabs.setCurrentWidget(other)
    window.search_action.trigger()
    assert window.tabs.currentWidget() is window.catalog_tab


def test_ctrl_q_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_known_error_is_shown_as_its_message(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    window = create_main_window(broken_catalog(StorageError("Basis data sedang dikunci oleh program lain.")))
    qtbot.addWidget(window)

    assert shown == ["Basis data sedang dikunci oleh program lain."]
    assert window.catalog_tab.proxy.rowCount() == 3
    assert window.catalog_tab.detail.code is None


def test_bug_is_logged_and_shown_with_a_reference(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    with caplog.at_level(logging.ERROR, logger="ui"):
        window = create_main_window(broken_catalog(ZeroDivisionError("division by zero")))
    qtbot.addWidget(window)

    assert len(shown) == 1
    assert shown[0].startswith("Terjadi kesalahan.")
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.exc_info is not None
    assert record.exc_info[0] is ZeroDivisionError
    reference = record.args[0] if isinstance(record.args, tuple) else None
    assert isinstance(reference, str)
    assert reference in shown[0]


def test_a_font_is_available(qapp: QApplication) -> None:
    assert QFontInfo(qapp.font()).family()


def test_long_requirements_wrap_onto_more_lines(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(640, 600)
    window.show()
    qtbot.waitExposed(window)
    view = window.catalog_tab.detail.requirements_view
    model = window.catalog_tab.detail.requirements_model
    short = model.index(0, RequirementColumn.TEXT)  # "Skala industri kecil atau industri menengah"
    long = model.index(2, RequirementColumn.TEXT)  # "Menyampaikan data industri melalui Sistem ..."
    qtbot.waitUntil(lambda: view.visualRect(long).height() > view.visualRect(short).height())


def test_run_gui_runs_until_the_window_closes(qapp: QApplication, sqlite_app: SqliteApp) -> None:
    tabs: list[list[str]] = []
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, "sandi-rahasia-1")
    application.sign_in("admin", "sandi-rahasia-1")
    application.users.add("kabid", Role.SUPERVISOR, "sandi-rahasia-1")
    application.current_user.sign_out()

    def close(window: MainWindow) -> None:
        # Closing the last window ends the event loop. (QApplication.exit() would too, but with
        # pytest-qt's application it leaves later event loops returning at once.)
        tabs.append([window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)])
        window.close()

    with answering([log_in_as("kabid")]):
        assert run_gui(lambda: application, language="en", on_attached=close) == 0
    assert tabs == [["Registration", "Back office", "Permit Catalog", "Dashboard"]]
    assert QCoreApplication.translate("MainWindow", "Katalog Izin") == "Katalog Izin"
    assert application.current_user.principal is not None
    assert application.current_user.principal.role is Role.SUPERVISOR


def log_in_as(name: str) -> Callable[[QDialog], None]:
    def log_in(dialog: QDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        QTest.keyClicks(dialog.name, name)
        QTest.keyClicks(dialog.password, "sandi-rahasia-1")
        dialog.ok.click()

    return log_in


def _shown_window() -> MainWindow:
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return window


def test_the_form_takes_typing_while_the_database_opens(
    qapp: QApplication, qtbot: QtBot, sqlite_app: SqliteApp
) -> None:
    """The window comes first; what the officer typed meanwhile is in the desk's form afterwards
    (once signed in)."""
    typed = threading.Event()
    seen: dict[str, object] = {}
    sqlite_app.application.users.add("admin", Role.ADMIN, "sandi-rahasia-1")
    sqlite_app.application.sign_in("admin", "sandi-rahasia-1")
    sqlite_app.application.users.add("sari", Role.FRONT_DESK, "sandi-rahasia-1")
    sqlite_app.application.current_user.sign_out()

    def open_services() -> Application:
        assert typed.wait(10), "the form was never typed into"
        return sqlite_app.application

    def type_early() -> None:
        window = _shown_window()
        seen["early_tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        seen["attached"] = window.attached_services
        form = window.findChild(ApplicantForm)
        assert form is not None and form.isVisible()
        form.name.setFocus()
        QTest.keyClicks(form.name, "Siti Rahayu")
        typed.set()

    def check(window: MainWindow) -> None:
        assert window.desk is not None
        seen["name"] = window.desk.tab.form.name.text()
        seen["focus"] = window.focusWidget() is window.desk.tab.form.name
        seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
        window.close()

    QTimer.singleShot(0, type_early)
    with answering([log_in_as("sari")]):
        assert run_gui(open_services, on_attached=check) == 0
    assert seen == {
        "early_tabs": ["Pendaftaran"],
        "attached": False,
        "name": "Siti Rahayu",
        "focus": True,
        "tabs": ["Pendaftaran", "Back Office", "Katalog Izin"],
    }


def test_a_database_that_cannot_be_opened_is_explained(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))

    def open_services() -> Application:
        raise StorageError("Basis data terkunci oleh proses lain; tutup aplikasi loket yang lain lalu coba lagi.")

    assert run_gui(open_services) == StorageError.exit_code
    assert len(shown) == 1
    assert "terkunci" in shown[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_reload_keeps_the_selected_permit_type(window: MainWindow) -> None:
    _select(window, "PWK-REKLAME")
    window.reload_action.trigger()
    assert _shown(window) == "PWK-REKLAME"
    assert window.catalog_tab.table.currentIndex().data(CODE_ROLE) == "PWK-REKLAME"
