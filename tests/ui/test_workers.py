"""`run_task`: the work runs on a pool thread, the answer comes back on the main thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from ui.bridge import AppSignals
from ui.workers import run_task

pytestmark = pytest.mark.gui


def unexpected(error: Exception) -> None:
    raise AssertionError(f"no error expected: {error!r}")


def test_result_is_delivered_on_the_main_thread(qtbot: QtBot) -> None:
    pool = QThreadPool()
    worker_threads: list[threading.Thread] = []
    delivered: list[tuple[int, threading.Thread]] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    run_task(work, lambda value: delivered.append((value, threading.current_thread())), unexpected, pool=pool)
    qtbot.waitUntil(lambda: bool(delivered))
    assert delivered == [(42, threading.main_thread())]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    pool.waitForDone()


def test_an_exception_goes_to_on_error(qtbot: QtBot) -> None:
    errors: list[Exception] = []

    def work() -> None:
        raise ValueError("printer on fire")

    run_task(work, lambda _: pytest.fail("no result expected"), errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    QThreadPool.globalInstance().waitForDone()


def test_the_answer_is_dropped_when_its_context_is_gone(qtbot: QtBot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    context = QObject()
    gate = threading.Event()
    delivered: list[int] = []
    run_task(lambda: gate.wait(5) and 1, delivered.append, unexpected, pool=pool, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: not _alive(context))
    gate.set()
    pool.waitForDone()
    marker: list[int] = []
    run_task(lambda: 2, marker.append, unexpected, pool=pool)  # delivered after the first one
    qtbot.waitUntil(lambda: bool(marker))
    assert delivered == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def test_signals_are_documented() -> None:
    doc = AppSignals.__doc__ or ""
    assert "Signals:" in doc
    for name in ("registered", "returned", "job_queued", "receipt_printed", "print_failed", "print_jobs_changed"):
        assert f"{name}(" in doc
