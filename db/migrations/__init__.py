"""Alembic migrations: the only way the schema changes. Each one runs on SQLite and PostgreSQL.

Revisions are plain SQLAlchemy/Alembic operations frozen in time: they never import `db.models`.
Like all of `db`, they import only the core, never `ui`, `printing` or `web`. Run them with
`db.migrate.upgrade_to_head(engine)`; no alembic.ini is needed.
"""
