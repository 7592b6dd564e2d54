"""Named loggers per subsystem and the log file. Qt-free."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

services = logging.getLogger("counter_app.services")
db = logging.getLogger("counter_app.db")
ui = logging.getLogger("counter_app.ui")
cli = logging.getLogger("counter_app.cli")


def setup(log_folder: Path, verbose: bool = False) -> None:
    """Log to a rotating file (and to stderr with --verbose)."""
    root = logging.getLogger("counter_app")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if any(getattr(h, "_counter_app", False) for h in root.handlers):
        return
    try:
        log_folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_folder / "counter-app.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._counter_app = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler()
        stream._counter_app = True  # type: ignore[attr-defined]
        root.addHandler(stream)


def bug_reference() -> str:
    """A short reference the user can quote; the log has the traceback under it."""
    import secrets  # loads OpenSSL: not at start-up, only when something went wrong

    return secrets.token_hex(4).upper()
