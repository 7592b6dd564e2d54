"""User-facing text of the core, through Qt's translation files without importing Qt.

Source strings are Indonesian. Translations live in Qt Linguist files
(`resources/i18n/counter_app_<lang>.ts`), the same files the desktop app compiles to `.qm` and loads
with `QTranslator`; `pyside6-lupdate` collects the `translate("Context", "text")` calls below.
The core reads the `.ts` XML directly so that the command line needs no Qt.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from counter_app.resources import resources_dir

_active: dict[tuple[str, str], str] = {}
_language = "id"


def translate(context: str, source: str) -> str:
    """Return `source` (Indonesian) in the active language."""
    return _active.get((context, source), source)


def language() -> str:
    return _language


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The language the user asked for: `en` when LANGUAGE/LC_ALL/LC_MESSAGES/LANG says English."""
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            return "en" if code == "en" else "id"
    return "id"


def install(lang: str) -> None:
    """Make `lang` the active language of the core's messages."""
    global _active, _language
    _language = lang if lang in available_languages() else "id"
    _active = {} if _language == "id" else _load_ts(ts_path(_language))


def ts_path(lang: str) -> Path:
    return resources_dir() / "i18n" / f"counter_app_{lang}.ts"


def available_languages() -> tuple[str, ...]:
    found = sorted(p.stem.removeprefix("counter_app_") for p in (resources_dir() / "i18n").glob("*.ts"))
    return ("id", *found)


@cache
def _load_ts(path: Path) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # only for a language other than Indonesian (start-up time)

    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name", default="")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, source)] = tr.text
    return table
