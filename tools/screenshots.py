"""Screenshots of the desktop app, for the docs and for reviewing layouts.

    uv run python tools/screenshots.py                      # demo catalog -> docs/screenshots/catalog.png
    uv run python tools/screenshots.py --sample             # the GUI tests' hand-made permit types
    uv run python tools/screenshots.py --db loket.db        # a real database (migrated and seeded like the app)
    uv run python tools/screenshots.py --language en        # -> docs/screenshots/catalog-en.png

The demo catalog is the shipped Standar Pelayanan documents (`resources/catalog/`) imported by the
real importer into an in-memory repository; nothing is written anywhere but the PNG. Without a
display the offscreen platform is used (`QWidget.grab()`); glyphs need a font (Debian:
fonts-dejavu-core). Under `xvfb-run -a` with QT_QPA_PLATFORM=xcb the real window system draws.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QFontInfo  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counter_app import i18n  # noqa: E402
from counter_app.resources import shipped_catalog_documents  # noqa: E402
from counter_app.services.catalog import CatalogService  # noqa: E402
from tests.ui.fakes import FixedClock, InMemoryCatalogRepository, sample_catalog  # noqa: E402
from ui.app import APP_NAME, create_main_window, install_translator  # noqa: E402
from ui.catalog.permit_table import CODE_ROLE  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUTPUT_DIR = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1280, 800)


def demo_catalog() -> CatalogService:
    """The shipped documents, imported into memory."""
    catalog = CatalogService(InMemoryCatalogRepository(), FixedClock())
    catalog.import_files(shipped_catalog_documents())
    return catalog


def database_catalog(url: str) -> CatalogService:
    from counter_app.app import open_application

    return open_application(url).catalog


def select(window: MainWindow, code: str) -> None:
    tab = window.catalog_tab
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data(CODE_ROLE) == code:
            tab.table.selectRow(row)
            return
    raise SystemExit(f"{code} is not in the catalog")


def settle(app: QApplication) -> None:
    """Let queued layouts and paints run (the requirements tree lays its rows out late)."""
    for _ in range(3):
        QTimer.singleShot(0, lambda: None)
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--db", metavar="URL", help="a database (SQLite path or PostgreSQL URL)")
    source.add_argument("--sample", action="store_true", help="the GUI tests' hand-made permit types")
    parser.add_argument("--language", default="id", choices=("id", "en"))
    parser.add_argument("--select", metavar="CODE", help="the permit type to show in the detail panel")
    parser.add_argument("--search", metavar="TEXT", default="", help="text typed in the search field")
    parser.add_argument("--output", type=Path, help="the PNG to write (default docs/screenshots/catalog.png)")
    args = parser.parse_args(argv)

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    if not QFontInfo(app.font()).family():
        raise SystemExit("no font found: install one (Debian: apt-get install fonts-dejavu-core)")
    i18n.install(args.language)
    translator = install_translator(app, args.language)

    if args.db:
        catalog = database_catalog(args.db)
    elif args.sample:
        catalog = sample_catalog()
    else:
        catalog = demo_catalog()

    window = create_main_window(catalog)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(app)
    if args.search:
        window.catalog_tab.search.setText(args.search)
    if args.select:
        select(window, args.select)
    settle(app)

    suffix = "" if args.language == "id" else f"-{args.language}"
    output: Path = args.output or OUTPUT_DIR / f"catalog{suffix}.png"
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output)):
        raise SystemExit(f"could not write {output}")
    print(output)
    window.close()
    if translator is not None:
        app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
