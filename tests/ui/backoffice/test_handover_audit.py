"""The full NIK at handover comes through the service: shown to the signed-in officer and audited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from counter_app.app import Application
from counter_app.domain.catalog import Role
from tests.ui.backoffice.conftest import TabIo, make_tab, tracking_url
from tests.ui.backoffice.test_handover import ready_for_handover

pytestmark = pytest.mark.gui
PASSWORD = "sandi-rahasia-1"


def test_the_full_nik_view_is_audited(app: Application, qtbot: QtBot, tab_io: TabIo) -> None:
    reg_no = ready_for_handover(app)
    app.users.add("admin", Role.ADMIN, PASSWORD)
    app.sign_in("admin", PASSWORD)
    app.users.add("sari", Role.FRONT_DESK, PASSWORD)
    app.sign_in("sari", PASSWORD)
    tab = make_tab(qtbot, app, tab_io, Role.FRONT_DESK)
    dialog = tab.open_handover()
    assert dialog is not None

    QTest.keyClicks(dialog.scan, tracking_url(app, reg_no))
    QTest.keyClick(dialog.scan, Qt.Key.Key_Return)

    assert dialog.nik.text() == "3214 0117 0885 0001"
    with app.users._uow() as uow:
        last = uow.audit.head("L01")
    assert last is not None
    assert (last.action, last.target, last.actor_name, last.actor_role) == ("nik.viewed", reg_no, "sari", "front_desk")
    dialog.reject()
