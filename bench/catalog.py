"""Catalog benchmarks: parsing Standar Pelayanan documents, importing them, reading a permit type.

    uv run python -m bench.catalog [--db URL]

Floors measured in the same run: reading the document bytes (for parsing) and a raw sqlite3 point
lookup on the same table (for `show`).
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from functools import partial
from pathlib import Path

import db
from bench.timing import Timing, measure
from counter_app.clock import SystemClock
from counter_app.importer import parse_document
from counter_app.resources import shipped_catalog_documents
from counter_app.services.catalog import CatalogService


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    documents = [(str(p), p.read_bytes()) for p in shipped_catalog_documents()]
    results: list[Timing] = []
    for source, raw in documents:
        results.append(measure(f"parse {Path(source).name[:30]}", partial(parse_document, raw, source)))

    with tempfile.TemporaryDirectory() as folder:
        url = args.db or str(Path(folder) / "bench.sqlite3")
        engine = db.create_engine_for(db.normalize_url(url))
        db.upgrade_to_head(engine)
        service = CatalogService(db.SqlCatalogRepository(engine), SystemClock())
        results.append(
            measure("import 3 documents (unchanged, 2nd run on)", lambda: service.import_documents(documents), runs=20)
        )
        results.append(measure("catalog show IZIN-24201 (ORM + JSON)", lambda: service.show("IZIN-24201"), runs=500))
        results.append(measure("catalog list", service.list, runs=500))
        if not args.db:
            raw_db = sqlite3.connect(url)
            query = "SELECT document FROM permit_type_version WHERE code = ? ORDER BY version DESC LIMIT 1"
            results.append(
                measure(
                    "floor: raw sqlite3 lookup of the same row",
                    lambda: raw_db.execute(query, ("IZIN-24201",)).fetchone(),
                    runs=500,
                )
            )
            raw_db.close()
        engine.dispose()
    for timing in results:
        print(timing.row())


if __name__ == "__main__":
    main()
