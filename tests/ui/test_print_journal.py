"""The print journal on a real SQLite database: failures wait in the queue for "Coba lagi", and a
slip a crash left half-sent is asked about at start-up, never sent again on its own."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from counter_app.domain.print_job import JobState, PrintJob
from counter_app.services.registration import Registered, RegistrationRequest
from tests.ui.conftest import OFFICER, SqliteApp, desk_of, open_window, settle
from tests.ui.driving import answering, click, pick_permit, tick_all_with_space, type_into
from tests.ui.fakes import Crash
from ui.main_window import MainWindow
from ui.print_journal.queue_dock import JobColumn

pytestmark = pytest.mark.gui

APPLICANT: dict[str, Any] = {"name": "Budi Santoso", "nik": "3214011708850001", "phone": "081234567890"}


def registered_with_a_queued_receipt(app: SqliteApp) -> Registered:
    outcome = app.application.registration.submit(RegistrationRequest("PWK-REKLAME", APPLICANT, OFFICER))
    assert isinstance(outcome, Registered)
    return outcome


def left_sending(app: SqliteApp) -> PrintJob:
    """A registration whose receipt was being sent when the app died."""
    job = registered_with_a_queued_receipt(app).print_job
    app.transport.crash = True
    with pytest.raises(Crash):
        app.application.printing.send(job.id)
    app.transport.crash = False
    assert [j.id for j in app.application.printing.uncertain()] == [job.id]
    return job


def test_a_failed_print_waits_in_the_queue_and_coba_lagi_prints_it(
    qtbot: QtBot, desk_window: MainWindow, sqlite_app: SqliteApp
) -> None:
    desk = desk_of(desk_window)
    assert desk_window.desk is not None
    queue = desk_window.desk.queue
    sqlite_app.transport.fail_with = "Printer tidak menjawab di tcp://192.0.2.10:9100; periksa kabel dan daya."
    type_into(desk.form.name, "Budi Santoso")
    type_into(desk.form.nik, "3214011708850001")
    type_into(desk.form.phone, "081234567890")
    pick_permit(desk, "reklame")
    tick_all_with_space(desk)
    with qtbot.waitSignal(desk_window.signals.print_failed, timeout=5000) as failed:
        desk.register_button.click()

    job = failed.args[0]
    assert job.state is JobState.FAILED
    assert queue.isVisible()  # a failure opens the queue
    assert queue.model.rowCount() == 1
    assert queue.model.index(0, JobColumn.KIND).data() == "Tanda terima"
    assert queue.model.index(0, JobColumn.STATE).data() == "gagal"
    assert queue.model.index(0, JobColumn.ERROR).data().startswith("Printer tidak menjawab")
    assert desk_window.desk.status.text().startswith("✗ Gagal mencetak tanda terima")
    assert "1 struk menunggu" in desk_window.desk.status.text()
    qtbot.waitUntil(lambda: desk.outcome.print_state.text().startswith("Gagal mencetak"))
    assert sqlite_app.transport.sent == []

    sqlite_app.transport.fail_with = None
    with qtbot.waitSignal(desk_window.signals.receipt_printed, timeout=5000):
        queue.retry_button(0).click()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0)
    assert queue.empty.isVisible()
    assert len(sqlite_app.transport.sent) == 1
    assert sqlite_app.application.printing.get(job.id).state is JobState.PRINTED
    assert sqlite_app.application.printing.get(job.id).attempts == 2
    assert "Tanda terima tercetak pukul 09.15 WIB" in desk_window.desk.status.text()


def test_a_half_sent_slip_answered_no_waits_for_coba_lagi(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    job = left_sending(sqlite_app)
    window = open_window(qtbot, sqlite_app.application)  # the app starts again
    assert window.desk is not None
    with answering([click("Tidak tercetak")]) as asked:
        window.start()
    assert asked == ["Struk belum pasti tercetak"]
    assert sqlite_app.application.printing.get(job.id).state is JobState.FAILED
    assert sqlite_app.application.printing.uncertain() == []
    queue = window.desk.queue
    assert queue.isVisible() and queue.model.rowCount() == 1
    assert queue.model.index(0, JobColumn.ERROR).data() == "Tidak tercetak (dikonfirmasi petugas)."
    settle(window)
    assert sqlite_app.transport.sent == []  # never re-sent on its own

    with qtbot.waitSignal(window.signals.receipt_printed, timeout=5000):
        queue.retry_row(0)
    assert len(sqlite_app.transport.sent) == 1
    settle(window)


def test_a_half_sent_slip_answered_yes_is_printed_and_not_sent_again(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    job = left_sending(sqlite_app)
    window = open_window(qtbot, sqlite_app.application)
    assert window.desk is not None
    texts: list[str] = []

    def read_then_yes(dialog: Any) -> None:
        texts.append(dialog.text())
        click("Ya, sudah tercetak")(dialog)

    with answering([read_then_yes]):
        window.start()
    [text] = texts
    assert text == (
        "Struk untuk tanda terima yang dibuat Senin, 23 November 2026 pukul 09.15 WIB mungkin sudah tercetak. "
        "Sudah tercetak?"
    )
    assert sqlite_app.application.printing.get(job.id).state is JobState.PRINTED
    assert window.desk.queue.model.rowCount() == 0
    assert not window.desk.queue.isVisible()
    settle(window)
    assert sqlite_app.transport.sent == []


def test_a_receipt_never_sent_is_listed_not_printed_at_start(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    job = registered_with_a_queued_receipt(sqlite_app).print_job  # the app died before sending it
    window = open_window(qtbot, sqlite_app.application)
    assert window.desk is not None
    window.start()
    queue = window.desk.queue
    assert queue.model.rowCount() == 1
    assert queue.model.index(0, JobColumn.STATE).data() == "menunggu dikirim"
    settle(window)
    assert sqlite_app.transport.sent == []
    assert sqlite_app.application.printing.get(job.id).state is JobState.QUEUED


def test_a_bug_while_sending_is_logged_with_a_reference(
    qtbot: QtBot,
    desk_window: MainWindow,
    sqlite_app: SqliteApp,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    job = registered_with_a_queued_receipt(sqlite_app).print_job

    def broken(_job_id: str) -> PrintJob:
        raise ZeroDivisionError("division by zero")

    assert desk_window.desk is not None
    journal = desk_window.desk.journal
    monkeypatch.setattr(sqlite_app.application.printing, "send", broken)
    with caplog.at_level(logging.ERROR, logger="ui"):
        desk_window.signals.job_queued.emit(job)
        qtbot.waitUntil(lambda: "Terjadi kesalahan saat mencetak" in desk_window.statusBar().currentMessage())
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError
    reference = record.args[1] if isinstance(record.args, tuple) else None
    assert isinstance(reference, str) and reference in desk_window.statusBar().currentMessage()
    assert journal.in_flight == frozenset()
