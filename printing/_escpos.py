"""python-escpos, imported on first use and kept in its box.

Importing escpos costs ~0.3 s, so nothing imports it at start-up. On import it (1) writes a pickle of
its capability database into a fresh `mkdtemp()` folder unless ESCPOS_CAPABILITIES_PICKLE_DIR is
set, leaving one folder in the temp dir per process, and (2) calls `logging.basicConfig()`, adding a
stderr handler to the root logger. `load()` points the first at our cache folder (when the caller
has not chosen one) and takes the second back out.

`profile_for()` gives an escpos printer profile matching a `PrinterProfile` (paper width in dots, font
A columns). It is a subclass of escpos's default profile with its own copy of the data: escpos
profiles are shared objects and their data is never mutated.
"""

from __future__ import annotations

import copy
import logging
import os
from functools import cache
from pathlib import Path
from typing import Any

from counter_app.domain.printer_profile import PrinterProfile

PICKLE_DIR_ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def _cache_folder() -> Path | None:
    import platformdirs

    folder = Path(platformdirs.user_cache_dir("counter-app", "LoketMPP")) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


@cache
def load() -> None:
    """Import escpos once (idempotent)."""
    if not os.environ.get(PICKLE_DIR_ENV):
        folder = _cache_folder()
        if folder is not None:
            os.environ[PICKLE_DIR_ENV] = str(folder)
    root = logging.getLogger()
    before = list(root.handlers)
    import escpos.capabilities
    import escpos.printer  # noqa: F401

    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)


@cache
def profile_for(paper_mm: int) -> Any:
    """An escpos profile for a `paper_mm` roll (58 → 384 dots/32 columns, 80 → 576/48)."""
    load()
    from escpos.capabilities import Profile, get_profile_class

    printer = PrinterProfile(paper_mm=paper_mm)
    data = copy.deepcopy(get_profile_class("default").profile_data)
    data["name"] = f"Loket MPP {printer.paper_mm} mm"
    data["media"] = {"dpi": 203, "width": {"mm": printer.paper_mm, "pixels": printer.dots}}
    data["fonts"]["0"]["columns"] = printer.columns
    data["fonts"]["1"]["columns"] = printer.columns * 4 // 3

    # escpos accepts only instances of its `Profile` (whose __init__ would empty the features).
    class LoketMppProfile(Profile):  # type: ignore[misc]
        profile_data = data

        def __init__(self) -> None:
            super().__init__(columns=printer.columns, features=dict(data["features"]))

    return LoketMppProfile()
