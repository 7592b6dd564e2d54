"""One cold start of the desktop app, for `bench.startup` (run in a fresh interpreter each time).

    QT_QPA_PLATFORM=offscreen python -m bench._gui_probe --db PATH [--log-dir DIR]

Does what `counter-app gui` does (`counter_app.cli.main.main` then `ui.app.run_gui`, without the
translator): language and logging set up, `open_application(db)` (migrate + shipped catalog check,
both no-ops on a prepared database), QApplication, the main window with the registration desk,
`show()`, `window.start()` on the first event-loop turn. On the turn after that the form is usable:
it prints `ready <ms> <peak_rss_kb>` and quits (after `--stay-ms`, to see what memory the idle
window settles at), closing the window and the database.

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

    # counter_app.cli.main._gui
    from counter_app.app import open_application

    application = open_application(args.db)
    try:
        # ui.app.run_gui (without the translator)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from ui.app import APP_NAME, create_main_window, desk_services

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        window = create_main_window(application.catalog, desk_services(application))
        window.show()
        QTimer.singleShot(0, window, window.start)

        def ready() -> None:
            print(f"ready {elapsed_ms():.3f} {peak_rss_kb()}", flush=True)
            QTimer.singleShot(args.stay_ms, window, leave)

        def leave() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None:  # a question window.start() asked (a slip left half-sent)
                modal.close()
            window.close()
            app.quit()

        QTimer.singleShot(0, window, ready)
        code = app.exec()
        window.deleteLater()
        return code
    finally:
        application.close()


if __name__ == "__main__":
    sys.exit(main())
