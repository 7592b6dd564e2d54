"""Control-card projection on the file row, for the back-office queue: when the file entered its
current stage, who acted last, and its pauses (ended pauses in working days, and the start of a
running one), plus the applicant's name as registered. Existing rows start from their
registration; `counter-app card reindex` rebuilds the projection from the events.

A partial index over the open files holds every column the queue shows, so the queue is read from
that small index alone, however many closed files the database holds.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_CONDITION = "card_status IN ('open', 'returned')"
OPEN_QUEUE_COLUMNS = [
    "received_at",
    "id",
    "reg_no",
    "applicant_name",
    "permit_code",
    "permit_version",
    "card_stage",
    "card_status",
    "card_since",
    "card_last_by",
    "card_paused_days",
    "card_paused_since",
]


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): SQLite keeps the table and everything attached to it.
    op.add_column("registration", sa.Column("card_since", sa.DateTime(timezone=True), nullable=True))
    op.add_column("registration", sa.Column("card_last_by", sa.Text(), nullable=False, server_default=""))
    op.add_column("registration", sa.Column("card_paused_days", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("registration", sa.Column("card_paused_since", sa.DateTime(timezone=True), nullable=True))
    op.add_column("registration", sa.Column("applicant_name", sa.Text(), nullable=False, server_default=""))
    # The name as registered (the file's snapshot), not the applicant's current one.
    registered_name = (
        "json_extract(snapshot, '$.applicant.name')"
        if op.get_bind().dialect.name == "sqlite"
        else "(snapshot::json -> 'applicant' ->> 'name')"
    )
    op.execute(
        "UPDATE registration SET card_since = received_at, card_last_by = officer, "
        f"applicant_name = COALESCE({registered_name}, "
        "(SELECT name FROM applicant WHERE applicant.id = registration.applicant_id), '')"
    )
    op.create_index(
        "ix_registration_open_queue",
        "registration",
        OPEN_QUEUE_COLUMNS,
        sqlite_where=sa.text(OPEN_CONDITION),
        postgresql_where=sa.text(OPEN_CONDITION),
    )


def downgrade() -> None:
    op.drop_index("ix_registration_open_queue", table_name="registration")
    with op.batch_alter_table("registration") as batch:
        batch.drop_column("applicant_name")
        batch.drop_column("card_paused_since")
        batch.drop_column("card_paused_days")
        batch.drop_column("card_last_by")
        batch.drop_column("card_since")
