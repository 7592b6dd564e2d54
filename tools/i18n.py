"""Translations: collect the strings, compile them, check they are up to date.

    uv run python tools/i18n.py update    # pyside6-lupdate ui/ + counter_app/ -> resources/i18n/*.ts
    uv run python tools/i18n.py release   # pyside6-lrelease *.ts -> *.qm (what the desktop app loads)
    uv run python tools/i18n.py check     # exit 1 if a .ts misses strings, has untranslated ones,
                                          # or a .qm is not the compiled .ts

Source strings are Indonesian; `counter_app_en.ts` holds English. lupdate collects `self.tr("...")`,
`QCoreApplication.translate("Context", "...")` and the core's `translate("Context", "...")` (any call
named `translate` or `tr` whose arguments are plain string literals, in any quotes, implicitly
concatenated or spread over lines), plus the strings of Designer forms (`ui/**/*.ui`). It does NOT
see a call written inside an f-string (`f"{translate('cli', 'Jenis')}: ..."`), keyword arguments, or
an f-string as the text (it would store the braces literally): write the call outside, with
`.format(...)` for values. Locations are not written into the .ts files, so moving code does not
change them.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
SOURCE_DIRS = tuple(ROOT / name for name in ("ui", "counter_app", "db", "printing", "web"))
"""Every package whose messages reach the user (the adapters' errors use the core's `translate`)."""
SOURCE_LANGUAGE = "id"
LANGUAGES = ("en",)
SKIPPED_PARTS = frozenset({"__pycache__"})


def ts_file(language: str) -> Path:
    return I18N_DIR / f"counter_app_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N_DIR / f"counter_app_{language}.qm"


def tool(name: str) -> str:
    """`pyside6-lupdate`/`pyside6-lrelease`: next to this Python first (the project's venv), then PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project's environment (uv sync)")
    return found


def source_files() -> list[Path]:
    files = [
        path
        for folder in SOURCE_DIRS
        if folder.is_dir()
        for pattern in ("*.py", "*.ui")
        for path in folder.rglob(pattern)
        if not SKIPPED_PARTS.intersection(path.parts) and not path.name.startswith("ui_")
    ]
    return sorted(files)


def lupdate(ts: Path, language: str) -> None:
    """Merge the current source strings into `ts` (created if missing), dropping vanished ones."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in source_files()) + "\n")
    try:
        _run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                f"@{listing.name}",
                "-ts",
                str(ts),
            ]
        )
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    _run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)])


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation; None when unfinished or empty."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            text: str | None = None
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = " | ".join(forms) if forms else translation.text
            found[(name, source)] = text or None
    return found


def update() -> None:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(ts_file(language), language)
        missing = [key for key, text in messages(ts_file(language)).items() if text is None]
        for context, source in missing:
            print(f"untranslated ({language}) [{context}] {source}")


def release() -> None:
    for language in LANGUAGES:
        lrelease(ts_file(language), qm_file(language))


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = ts_file(language)
            if not ts.exists():
                problems.append(f"{ts.relative_to(ROOT)} is missing: run `tools/i18n.py update`")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh)
            lupdate(fresh, language)
            known, current = set(messages(ts)), set(messages(fresh))
            for context, source in sorted(current - known):
                problems.append(f"{ts.name}: new string not collected [{context}] {source}")
            for context, source in sorted(known - current):
                problems.append(f"{ts.name}: string no longer in the code [{context}] {source}")
            for (context, source), text in sorted(messages(ts).items()):
                if text is None:
                    problems.append(f"{ts.name}: untranslated [{context}] {source}")
            qm = qm_file(language)
            built = Path(tmp) / qm.name
            lrelease(ts, built)
            if not qm.exists() or not filecmp.cmp(qm, built, shallow=False):
                problems.append(f"{qm.relative_to(ROOT)} is not the compiled .ts: run `tools/i18n.py release`")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
