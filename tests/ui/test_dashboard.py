"""The dashboard over a real database: today's figures and open files by stage."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.services.registration import Registered, RegistrationRequest, Returned
from tests.services.conftest import APPLICANT
from tests.ui.conftest import SqliteApp
from ui.dashboard import DashboardTab

pytestmark = pytest.mark.gui


def test_todays_figures_and_open_files_by_stage(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    numbers = []
    for _ in range(3):
        outcome = application.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "rina"))
        assert isinstance(outcome, Registered)
        numbers.append(outcome.registration.reg_no)
    slip = application.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "rina", received={}))
    assert isinstance(slip, Returned)
    application.cards.act(numbers[0], CardAction.ADVANCED, "rina", Role.FRONT_DESK)
    application.cards.act(numbers[1], CardAction.RETURNED, "rina", Role.FRONT_DESK, note="NPWP buram")

    figures = application.dashboard.today()

    assert (figures.registered_today, figures.returned_today, figures.open_files) == (3, 1, 3)
    assert (figures.with_applicant, figures.overdue) == (1, 0)
    stages = application.cards.show(numbers[0]).registration.permit.stages
    assert figures.by_stage == ((stages[0].name, 2), (stages[1].name, 1))
    assert figures.by_permit_today == (("IZIN-24201", 3),)

    tab = DashboardTab(application.dashboard)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.values["registered"].text() == "3"
    assert tab.values["returned"].text() == "1"
    assert tab.values["with_applicant"].text() == "1"
    assert tab.chart.accessibleDescription() == f"{stages[0].name}: 2; {stages[1].name}: 1"
    assert not tab.chart.grab().isNull()  # paints without a warning
    assert "IZIN-24201: 3" in tab.permits.text()

    sqlite_app.clock._now += timedelta(days=30)  # a month later: nothing from today, and the files are late
    tab.reload()
    assert tab.values["registered"].text() == "0"
    assert tab.values["overdue"].text() == "2"  # the returned file's clock is paused
