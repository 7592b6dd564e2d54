"""The composition root: the one place that sees every adapter and wires them to the core."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from counter_app.clock import SystemClock
from counter_app.resources import shipped_catalog_documents
from counter_app.services.catalog import CatalogService, ImportOutcome

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


@dataclass
class Application:
    """Everything a front end (desktop, command line) needs, wired."""

    engine: Engine
    catalog: CatalogService
    shipped_import: list[ImportOutcome]

    def close(self) -> None:
        self.engine.dispose()


def open_application(database: str, *, migrate: bool = True, seed_catalog: bool = True) -> Application:
    """Open (and create or upgrade) the database, and wire the services over it."""
    import db

    engine = db.create_engine_for(db.normalize_url(database))
    try:
        if migrate:
            db.upgrade_to_head(engine)
        clock = SystemClock()
        catalog = CatalogService(db.SqlCatalogRepository(engine), clock)
        shipped = catalog.ensure_shipped(shipped_catalog_documents()) if seed_catalog else []
    except BaseException:
        engine.dispose()
        raise
    return Application(engine=engine, catalog=catalog, shipped_import=shipped)


def upgrade_database(database: str) -> str:
    """Create or upgrade the schema; return the revision the database is at."""
    import db

    engine = db.create_engine_for(db.normalize_url(database))
    try:
        db.upgrade_to_head(engine)
        return db.current_revision(engine) or ""
    finally:
        engine.dispose()
