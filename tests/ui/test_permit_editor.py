"""The catalog editor: an admin's edit becomes a new version; registered files keep theirs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QSpinBox
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import Role, SlaUnit
from counter_app.services.registration import Registered, RegistrationRequest
from tests.services.conftest import APPLICANT
from tests.ui.conftest import SqliteApp
from ui.admin.permit_editor import PermitEditorDialog

PASSWORD = "sandi-rahasia-1"
pytestmark = pytest.mark.gui


def _admin(sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, PASSWORD)
    application.sign_in("admin", PASSWORD)


def test_an_edit_saves_a_new_version(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    before = application.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "rina"))
    assert isinstance(before, Registered)
    _admin(sqlite_app)
    dialog = PermitEditorDialog(application.catalog, "IZIN-24201")
    qtbot.addWidget(dialog)
    assert dialog.stages.rowCount() == 8

    dialog.sla_days.setValue(10)
    budget = dialog.stages.cellWidget(1, 2)
    assert isinstance(budget, QSpinBox)
    budget.setValue(3)
    first = dialog.permit.requirements[0]
    item = dialog.requirement_item(first.id)
    item.setText(0, "Memiliki akun SIINas yang aktif")
    item.setCheckState(1, Qt.CheckState.Checked)
    dialog.save_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = application.catalog.show("IZIN-24201")
    assert saved.version == 2
    assert (saved.sla.days, saved.sla.unit) == (10, SlaUnit.WORKING)
    assert saved.stages[1].budget_days == 3
    assert (saved.requirements[0].text, saved.requirements[0].optional) == ("Memiliki akun SIINas yang aktif", True)
    assert application.catalog.show("IZIN-24201", 1).sla.days == 7  # the old version stays
    assert application.cards.show(before.registration.reg_no).registration.permit.version == 1
    with application.users._uow() as uow:
        head = uow.audit.head("L01")
    assert head is not None
    assert (head.action, head.target, head.actor_name) == ("catalog.edited", "IZIN-24201", "admin")


def test_nothing_changed_and_bad_input_stay_on_the_dialog(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    _admin(sqlite_app)
    dialog = PermitEditorDialog(application.catalog, "IZIN-24201")
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.message.text() == "Tidak ada perubahan."
    dialog.stages.item(0, 0).setText(" ")  # type: ignore[union-attr]
    dialog.save_button.click()
    assert "nama tahap wajib diisi" in dialog.message.text()
    assert application.catalog.show("IZIN-24201").version == 1


def test_only_admins_edit_the_catalog(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    _admin(sqlite_app)
    application.users.add("kabid", Role.SUPERVISOR, PASSWORD)
    application.sign_in("kabid", PASSWORD)
    dialog = PermitEditorDialog(application.catalog, "IZIN-24201")
    qtbot.addWidget(dialog)
    dialog.sla_days.setValue(1)
    dialog.save_button.click()
    assert "mengubah katalog" in dialog.message.text()
    assert application.catalog.show("IZIN-24201").version == 1
