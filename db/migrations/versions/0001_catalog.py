"""Catalog: permit types and their immutable versions.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _searchable(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="NOCASE"), "sqlite")


def upgrade() -> None:
    op.create_table(
        "permit_type",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(120), nullable=False),
        sa.Column("name", _searchable(500), nullable=False),
        sa.Column("latest_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("latest_version >= 1", name=op.f("ck_permit_type_latest_version_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit_type")),
        sa.UniqueConstraint("code", name=op.f("uq_permit_type_code")),
    )
    op.create_index(op.f("ix_permit_type_name"), "permit_type", ["name"])
    op.create_table(
        "permit_type_version",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("permit_type_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", _searchable(500), nullable=False),
        sa.Column("kind", sa.String(200), nullable=False),
        sa.Column("risk", sa.String(32), nullable=False),
        sa.Column("kbli_code", sa.String(64), nullable=True),
        sa.Column("sla_days", sa.Integer(), nullable=True),
        sa.Column("sla_unit", sa.String(16), nullable=False),
        sa.Column("content_hash", sa.CHAR(64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_permit_type_version_version_positive")),
        sa.ForeignKeyConstraint(
            ["permit_type_id"],
            ["permit_type.id"],
            name=op.f("fk_permit_type_version_permit_type_id_permit_type"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit_type_version")),
        sa.UniqueConstraint("code", "version", name=op.f("uq_permit_type_version_code_version")),
    )
    op.create_index(op.f("ix_permit_type_version_permit_type_id"), "permit_type_version", ["permit_type_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_permit_type_version_permit_type_id"), table_name="permit_type_version")
    op.drop_table("permit_type_version")
    op.drop_index(op.f("ix_permit_type_name"), table_name="permit_type")
    op.drop_table("permit_type")
