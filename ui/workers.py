"""Background work off the UI thread: `run_task(func, on_done, on_error)` (picard's pattern).

    run_task(lambda: printing.send(job_id), self._on_sent, self._on_send_failed, pool=self._pool, context=self)

`func` runs on a `QThreadPool` thread and must not touch widgets. Afterwards exactly one of
`on_done(result)` or `on_error(exception)` runs on the main (GUI) thread: the worker hands the call
to a dispatcher living in the main thread through a queued signal. With `context`, the callback is
dropped when that QObject has been deleted meanwhile (a closed window). `pool` defaults to the
global pool; pass a pool with one thread to keep jobs in order (the printer).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Dispatcher(QObject):
    """Lives in the main thread; runs the callables the workers hand it, in the order received."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        call()


_dispatcher: _Dispatcher | None = None


def _main_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("run_task needs a QApplication")
        _dispatcher = _Dispatcher()
        _dispatcher.moveToThread(app.thread())
    return _dispatcher


class _Task(QRunnable):
    def __init__(self, func: Callable[[], None]) -> None:
        super().__init__()
        self._func = func
        self.setAutoDelete(True)

    def run(self) -> None:
        self._func()


def _guarded(context: QObject | None, call: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        if context is not None and not shiboken6.isValid(context):
            log.debug("result dropped: its window is gone")
            return
        call()

    return run


def run_task(
    func: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None],
    *,
    pool: QThreadPool | None = None,
    context: QObject | None = None,
) -> None:
    """Run `func()` on a pool thread; then `on_done(result)` or `on_error(exc)` on the main thread."""
    dispatcher = _main_dispatcher()

    def work() -> None:
        try:
            result = func()
        except Exception as exc:  # handed to on_error, which decides what the user sees
            dispatcher.deliver.emit(_guarded(context, partial(on_error, exc)))
        else:
            dispatcher.deliver.emit(_guarded(context, partial(on_done, result)))

    (pool or QThreadPool.globalInstance()).start(_Task(work))
