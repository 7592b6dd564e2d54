"""One cold start of the desktop app, for `bench.startup` (run in a fresh interpreter each time).

    QT_QPA_PLATFORM=offscreen python -m bench._gui_probe --db PATH [--log-dir DIR]

Does what `counter-app gui` does (`counter_app.cli.main.main`, then `ui.app.run_gui` itself):
language and logging set up, QApplication, the main window shown with the applicant form, the
database opened on a worker thread (`open_application`: migration check and shipped catalog
check, both no-ops on a prepared database), the desks built around the form, `window.start()`.

Prints `ready <ms> <peak_rss_kb>` on the first event-loop turn after the window is shown (the
applicant form is on screen with the keyboard focus: the officer can type), then
`loaded <ms> <peak_rss_kb>` once the desks are built (search, permit picker, print queue work),
which is after signing in: the probe answers the login dialog as account `bench`
(`ensure_bench_user` creates it in a database without accounts), so the password check (argon2)
counts, and quits (after `--stay-ms`, to see what memory the idle window settles at).

`<ms>` is measured from the launch timestamp the parent passes in `BENCH_LAUNCH_NS`
(`time.perf_counter_ns()`, a system-wide monotonic clock), so interpreter start-up and imports are
included; without it, from this module's first line. `<peak_rss_kb>` is this process's peak
resident set size so far (`ru_maxrss`), or -1 where `resource` does not exist (Windows).
"""

from __future__ import annotations

import time

_MODULE_START_NS = time.perf_counter_ns()

import argparse  # noqa: E402  (the clock starts first)
import os  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

LAUNCH_ENV = "BENCH_LAUNCH_NS"


def elapsed_ms() -> float:
    launched = os.environ.get(LAUNCH_ENV)
    start = int(launched) if launched else _MODULE_START_NS
    return (time.perf_counter_ns() - start) / 1e6


def peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:
        return -1
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench._gui_probe")
    parser.add_argument("--db", required=True)
    parser.add_argument("--log-dir", type=Path, default=None)
    parser.add_argument(
        "--stay-ms", type=int, default=0, help="stay on the ready window this long before quitting (memory)"
    )
    args = parser.parse_args(argv)

    # counter_app.cli.main.main: language, then the log file.
    from counter_app import i18n
    from counter_app import log as logs

    i18n.install(i18n.language_from_environment())
    logs.setup(args.log_dir or Path(tempfile.gettempdir()) / "counter-app-bench-logs")

    # counter_app.cli.main._gui → ui.app.run_gui
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import run_gui
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])

    def open_services() -> object:
        from counter_app.app import open_application

        return open_application(args.db)

    def ready() -> None:
        print(f"ready {elapsed_ms():.3f} {peak_rss_kb()}", flush=True)

    def loaded(window: MainWindow) -> None:
        # The turn after attach: what attach and start() queued has run.
        QTimer.singleShot(0, window, lambda: report_loaded(window))

    def report_loaded(window: MainWindow) -> None:
        print(f"loaded {elapsed_ms():.3f} {peak_rss_kb()}", flush=True)
        QTimer.singleShot(args.stay_ms, window, lambda: leave(window))

    def leave(window: MainWindow) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:  # a question window.start() asked (a slip left half-sent)
            modal.close()
        window.close()
        app.quit()

    def sign_in() -> None:
        """Answer the login dialog as an officer would (it opens once the database is open)."""
        from bench.accounts import BENCH_PASSWORD, BENCH_USER
        from ui.login import LoginDialog

        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog) and dialog.isVisible():
            dialog.name.setText(BENCH_USER)
            dialog.password.setText(BENCH_PASSWORD)
            dialog.ok.click()
            return
        QTimer.singleShot(5, sign_in)

    QTimer.singleShot(0, ready)  # posted before run_gui's own first-turn work: fires first
    QTimer.singleShot(0, sign_in)
    return run_gui(open_services, on_attached=loaded)  # type: ignore[arg-type]


def ensure_bench_user(database: str) -> None:
    """The account the probe signs in with (and the admin that creates it when there is none)."""
    from bench.accounts import sign_in
    from counter_app.app import open_application

    application = open_application(database)
    try:
        sign_in(application)
    finally:
        application.close()


if __name__ == "__main__":
    sys.exit(main())
