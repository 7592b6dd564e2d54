"""Storage adapter: SQLAlchemy 2 + Alembic, on SQLite (one file per counter) or PostgreSQL (the hub).

`db` implements the storage ports of the core (`counter_app.ports`). It imports only the core's
`counter_app.domain`, `counter_app.ports`, `counter_app.errors` and `counter_app.i18n`, never `ui`,
`printing` or `web`; the composition root hands its objects to the services.
"""

from db.backup import SqlBackup
from db.catalog_repository import SqlCatalogRepository, VersionExists
from db.demo_writer import SqlDemoWriter
from db.errors import storage_errors
from db.migrate import current_revision, downgrade, head_revision, upgrade_to_head
from db.session import create_engine_for, normalize_url
from db.unit_of_work import SqlUnitOfWork, SqlUnitOfWorkFactory

__all__ = [
    "SqlBackup",
    "SqlCatalogRepository",
    "SqlDemoWriter",
    "SqlUnitOfWork",
    "SqlUnitOfWorkFactory",
    "VersionExists",
    "create_engine_for",
    "current_revision",
    "downgrade",
    "head_revision",
    "normalize_url",
    "storage_errors",
    "upgrade_to_head",
]
