"""Sync between counters and a PostgreSQL hub: the outbox, the sync state, the hub's change log and
its conflicts.

Every database gets all four tables (a counter's SQLite file and the hub alike, so the hub is an
ordinary database of this application that the status page and the desktop app can open).
`sync_state.mode` says which are in use: "off" here (nothing is recorded until a hub is first
used, see `db.outbox`), "counter" or "hub" later. Nothing already stored changes: when a counter
starts syncing, its existing records are queued then (`SqlSyncRepository.start_recording`).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _seq() -> sa.Column[int]:
    # BIGSERIAL on PostgreSQL; on SQLite the rowid itself (AUTOINCREMENT: never reused).
    return sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False)


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        _seq(),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_outbox_change_id")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.execute("INSERT INTO sync_state (key, value) VALUES ('mode', 'off')")
    op.create_table(
        "sync_change",
        _seq(),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("logged_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_change")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_change_change_id")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("current_revision", sa.String(64), nullable=False),
        sa.Column("current", sa.Text(), nullable=False),
        sa.Column("incoming_revision", sa.String(64), nullable=False),
        sa.Column("incoming", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(64), nullable=False),
        sa.Column("detected_at", _utc(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("resolution", sa.String(16), nullable=False, server_default=""),
        sa.Column("resolved_by", sa.Text(), nullable=False, server_default=""),
        sa.Column("resolved_at", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(op.f("ix_sync_conflict_status"), "sync_conflict", ["status", "entity", "key"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_conflict_status"), table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_change")
    op.drop_table("sync_state")
    op.drop_table("sync_outbox")
