"""Screenshots of the desktop app, for the docs and for reviewing layouts.

    uv run python tools/screenshots.py                      # both screens -> docs/screenshots/*.png
    uv run python tools/screenshots.py --screen catalog     # demo catalog -> docs/screenshots/catalog.png
    uv run python tools/screenshots.py --screen registration  # -> docs/screenshots/registration.png
    uv run python tools/screenshots.py --sample             # catalog: the GUI tests' hand-made permit types
    uv run python tools/screenshots.py --db loket.db        # catalog: a real database (migrated and seeded)
    uv run python tools/screenshots.py --language en        # -> docs/screenshots/<screen>-en.png

The demo catalog is the shipped Standar Pelayanan documents (`resources/catalog/`) imported by the
real importer into an in-memory repository. The registration desk runs on a temporary SQLite
database made with `open_application` (deleted afterwards) at a fixed time (Monday 23 November
2026, 10.42 WIB): one demo applicant is registered (its receipt is previewed; the "printer"
records the bytes), and the next one is typed in with the checklist half ticked. Nothing is
written anywhere but the PNGs. Without a display the offscreen platform is used
(`QWidget.grab()`); glyphs need a font (Debian: fonts-dejavu-core). Under `xvfb-run -a` with
QT_QPA_PLATFORM=xcb the real window system draws.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QFontInfo  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counter_app import i18n  # noqa: E402
from counter_app.resources import shipped_catalog_documents  # noqa: E402
from counter_app.services.catalog import CatalogService  # noqa: E402
from tests.ui.fakes import FixedClock, InMemoryCatalogRepository, RecordingTransport, sample_catalog  # noqa: E402
from ui.app import APP_NAME, create_main_window, desk_services, install_translator  # noqa: E402
from ui.catalog.permit_table import CODE_ROLE  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.registration.desk import RegistrationDesk  # noqa: E402

if TYPE_CHECKING:
    from counter_app.app import Application

OUTPUT_DIR = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1280, 800)
SCREENS = ("catalog", "registration", "backoffice")
DEMO_TIME = datetime(2026, 11, 23, 10, 42, tzinfo=ZoneInfo("Asia/Jakarta"))
DEMO_SETTINGS = (
    ("office.name", "DPMPTSP Kabupaten Purwakarta"),
    ("office.address", "Mal Pelayanan Publik, Jl. Veteran, Purwakarta"),
    ("office.phone", "(0264) 8224794"),
    ("office.code", "PWK"),
    ("counter.code", "L01"),
    ("status.base_url", "https://status.contoh.go.id"),
    ("printer.uri", "tcp://192.0.2.10:9100"),
)
FIRST_APPLICANT = {
    "name": "Budi Santoso",
    "nik": "3214011708850001",
    "phone": "0812 3456 7890",
    "address": "Jl. Veteran No. 139, Purwakarta",
}
NEXT_APPLICANT = {
    "name": "Siti Rahmawati",
    "nik": "3214015204900003",
    "birth_place": "Purwakarta",
    "birth_date": "12-04-1990",
    "address": "Jl. Ipik Gandamanah No. 21, Purwakarta",
    "phone": "0813 2233 4455",
    "email": "siti.rahmawati@contoh.id",
}
NEXT_BUSINESS = {"name": "CV Sinar Logam Purwakarta", "nib": "9120001234567", "npwp": "01.855.081.4-005.000"}


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


@contextmanager
def demo_application() -> Iterator[Application]:
    """A temporary SQLite database opened like the app does, at the demo time, with a recording printer."""
    from counter_app.app import open_application

    with tempfile.TemporaryDirectory(prefix="loket-screenshot-") as folder:
        application = open_application(
            str(Path(folder) / "demo.sqlite3"),
            clock=FixedClock(DEMO_TIME.astimezone(UTC)),
            transport=RecordingTransport(),
        )
        try:
            for key, value in DEMO_SETTINGS:
                application.settings.set(key, value)
            yield application
        finally:
            application.close()


def fill_in(desk: RegistrationDesk, applicant: dict[str, str], business: dict[str, str] | None = None) -> None:
    form = desk.form
    for key, value in applicant.items():
        edit = getattr(form, key)
        edit.setText(value)
        edit.setCursorPosition(0)
    if business is not None:
        form.business.setChecked(True)
        form.business_name.setText(business["name"])
        form.business_form.setCurrentIndex(form.business_form.findData("badan_usaha"))
        form.nib.setText(business["nib"])
        form.npwp.setText(business["npwp"])


def show_registration(window: MainWindow, app: QApplication) -> None:
    """One file registered (its slip in the preview), the next applicant typed in, half ticked."""
    assert window.desk is not None
    desk = window.desk.tab
    fill_in(desk, FIRST_APPLICANT)
    if not desk.picker.choose("IZIN-24201"):
        raise SystemExit("the shipped catalog has no IZIN-24201")
    desk.checklist_model.set_all_received(True)
    desk.submit()
    window.desk.journal.wait()
    settle(app)

    fill_in(desk, NEXT_APPLICANT, NEXT_BUSINESS)
    if not desk.picker.choose("IZIN-USAHA-PERLUASAN-INDUSTRI"):
        raise SystemExit("the shipped catalog has no IZIN-USAHA-PERLUASAN-INDUSTRI")
    model = desk.checklist_model
    for row in range(0, model.rowCount(), 2):
        model.set_received(row, True)
    desk.checklist.go_to(model.item(min(3, model.rowCount() - 1)).id)
    desk.checklist.setFocus()
    settle(app)


def settle(app: QApplication) -> None:
    """Let queued layouts and paints run (the requirements tree lays its rows out late)."""
    for _ in range(3):
        QTimer.singleShot(0, lambda: None)
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--screen", choices=(*SCREENS, "all"), default="all", help="which screen (default: all)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--db", metavar="URL", help="catalog: a database (SQLite path or PostgreSQL URL)")
    source.add_argument("--sample", action="store_true", help="catalog: the GUI tests' hand-made permit types")
    parser.add_argument("--language", default="id", choices=("id", "en"))
    parser.add_argument("--select", metavar="CODE", help="catalog: the permit type to show in the detail panel")
    parser.add_argument("--search", metavar="TEXT", default="", help="catalog: text typed in the search field")
    parser.add_argument("--output", type=Path, help="the PNG to write (one screen only; default docs/screenshots/)")
    args = parser.parse_args(argv)
    screens = SCREENS if args.screen == "all" else (args.screen,)
    if args.output is not None and len(screens) > 1:
        parser.error("--output needs --screen")

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    if not QFontInfo(app.font()).family():
        raise SystemExit("no font found: install one (Debian: apt-get install fonts-dejavu-core)")
    i18n.install(args.language)
    translator = install_translator(app, args.language)
    suffix = "" if args.language == "id" else f"-{args.language}"
    try:
        for screen in screens:
            output: Path = args.output or OUTPUT_DIR / f"{screen}{suffix}.png"
            if screen == "catalog":
                shoot_catalog(app, args, output)
            elif screen == "backoffice":
                shoot_backoffice(app, output)
            else:
                shoot_registration(app, output)
            print(output)
    finally:
        if translator is not None:
            app.removeTranslator(translator)
    return 0


def shoot_catalog(app: QApplication, args: argparse.Namespace, output: Path) -> None:
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
    save(window, output)


def shoot_registration(app: QApplication, output: Path) -> None:
    with demo_application() as application:
        window = create_main_window(application.catalog, desk_services(application, "Rina"))
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(app)
        show_registration(window, app)
        save(window, output)


def shoot_backoffice(app: QApplication, output: Path) -> None:
    """The back-office queue over demo files (with card histories), the most urgent file opened."""
    with demo_application() as application:
        application.demo.fill(600, seed=11)
        window = create_main_window(application.catalog, desk_services(application, "Rudi"))
        window.resize(*WINDOW_SIZE)
        window.show()
        backoffice = window.desk.backoffice if window.desk else None
        if backoffice is None:
            raise SystemExit("the back-office tab is missing")
        window.tabs.setCurrentWidget(backoffice)
        settle(app)
        backoffice.reload()
        backoffice.wait()
        settle(app)
        reg_nos = backoffice.visible_reg_nos()
        if reg_nos:
            backoffice.select(reg_nos[0])
            backoffice.wait()
        settle(app)
        save(window, output)


def save(window: MainWindow, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output)):
        raise SystemExit(f"could not write {output}")
    window.close()
    window.deleteLater()


if __name__ == "__main__":
    sys.exit(main())
