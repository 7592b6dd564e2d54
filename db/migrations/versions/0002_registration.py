"""Registration desk, print journal, control card: applicants, registrations, returned visits,
number sequences, print jobs, control-card events, settings and holiday overrides.

Applicant name search (`name_search` holds the name folded to lower-case ASCII):
- SQLite: an FTS5 external-content table `applicant_fts` with the trigram tokenizer over
  `applicant.name_search`, keyed by the applicant's implicit rowid and kept in sync by triggers.
  A later migration that recreates `applicant` (batch mode) drops these triggers and may renumber
  rowids: it must create the triggers again and run
  `INSERT INTO applicant_fts(applicant_fts) VALUES ('rebuild')`.
- PostgreSQL: the pg_trgm extension and a GIN index on `name_search` (for `ILIKE '%q%'`). Downgrade
  leaves the extension installed: something else in the database may use it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE applicant_fts USING fts5("
    "name_search, content='applicant', content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER applicant_fts_insert AFTER INSERT ON applicant BEGIN "
    "INSERT INTO applicant_fts (rowid, name_search) VALUES (new.rowid, new.name_search); END",
    "CREATE TRIGGER applicant_fts_delete AFTER DELETE ON applicant BEGIN "
    "INSERT INTO applicant_fts (applicant_fts, rowid, name_search) VALUES ('delete', old.rowid, old.name_search); "
    "END",
    "CREATE TRIGGER applicant_fts_update AFTER UPDATE OF name_search ON applicant BEGIN "
    "INSERT INTO applicant_fts (applicant_fts, rowid, name_search) VALUES ('delete', old.rowid, old.name_search); "
    "INSERT INTO applicant_fts (rowid, name_search) VALUES (new.rowid, new.name_search); END",
    # Rows already in `applicant` (none when this revision creates it; kept for a re-run by hand).
    "INSERT INTO applicant_fts (applicant_fts) VALUES ('rebuild')",
)
SQLITE_FTS_DROP = (
    "DROP TRIGGER IF EXISTS applicant_fts_update",
    "DROP TRIGGER IF EXISTS applicant_fts_delete",
    "DROP TRIGGER IF EXISTS applicant_fts_insert",
    "DROP TABLE IF EXISTS applicant_fts",
)


def _search_key(length: int) -> sa.types.TypeEngine[str]:
    return (
        sa.String(length)
        .with_variant(sa.String(length, collation="NOCASE"), "sqlite")
        .with_variant(sa.String(length, collation="C"), "postgresql")
    )


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "applicant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_search", _search_key(500), nullable=False),
        sa.Column("nik", _search_key(32), nullable=True),
        sa.Column("phone", _search_key(32), nullable=True),
        sa.Column("nib", _search_key(32), nullable=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicant")),
    )
    op.create_index(op.f("ix_applicant_name_search"), "applicant", ["name_search", "id", "nik", "nib", "phone"])
    op.create_index(op.f("ix_applicant_nik"), "applicant", ["nik"])
    op.create_index(op.f("ix_applicant_phone"), "applicant", ["phone"])
    op.create_index(op.f("ix_applicant_nib"), "applicant", ["nib"])
    if dialect == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.create_index(
            op.f("ix_applicant_name_search_trgm"),
            "applicant",
            ["name_search"],
            postgresql_using="gin",
            postgresql_ops={"name_search": "gin_trgm_ops"},
            # No pending list: searches cost the same right after many inserts (e.g. a sync pull).
            postgresql_with={"fastupdate": "off"},
        )

    op.create_table(
        "registration",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("reg_no", sa.String(120), nullable=False),
        sa.Column("tracking_code", sa.String(32), nullable=False),
        sa.Column("applicant_id", sa.Uuid(), nullable=False),
        sa.Column("nik", sa.String(32), nullable=True),
        sa.Column("permit_code", sa.String(120), nullable=False),
        sa.Column("permit_version", sa.Integer(), nullable=False),
        sa.Column("received_at", _utc(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("due_days", sa.Integer(), nullable=False),
        sa.Column("due_provisional", sa.Boolean(), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("counter_code", sa.String(32), nullable=False),
        sa.Column("officer", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("card_stage", sa.Integer(), nullable=False),
        sa.Column("card_status", sa.String(32), nullable=False),
        sa.CheckConstraint("permit_version >= 1", name=op.f("ck_registration_permit_version_positive")),
        sa.CheckConstraint("due_days >= 0", name=op.f("ck_registration_due_days_not_negative")),
        sa.CheckConstraint("card_stage >= 0", name=op.f("ck_registration_card_stage_not_negative")),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_registration_applicant_id_applicant"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["permit_code", "permit_version"],
            ["permit_type_version.code", "permit_type_version.version"],
            name=op.f("fk_registration_permit_code_permit_type_version"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
        sa.UniqueConstraint("reg_no", name=op.f("uq_registration_reg_no")),
        sa.UniqueConstraint("tracking_code", name=op.f("uq_registration_tracking_code")),
    )
    op.create_index(op.f("ix_registration_applicant_id"), "registration", ["applicant_id"])
    op.create_index(op.f("ix_registration_nik"), "registration", ["nik"])
    op.create_index(op.f("ix_registration_card_status"), "registration", ["card_status", "received_at", "id"])

    op.create_table(
        "returned_visit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("applicant_id", sa.Uuid(), nullable=False),
        sa.Column("permit_code", sa.String(120), nullable=False),
        sa.Column("permit_version", sa.Integer(), nullable=False),
        sa.Column("permit_name", sa.Text(), nullable=False),
        sa.Column("missing", sa.Text(), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("office_code", sa.String(32), nullable=False),
        sa.Column("counter_code", sa.String(32), nullable=False),
        sa.Column("officer", sa.Text(), nullable=False),
        sa.Column("applicant", sa.Text(), nullable=False),
        sa.CheckConstraint("permit_version >= 1", name=op.f("ck_returned_visit_permit_version_positive")),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_returned_visit_applicant_id_applicant"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_returned_visit")),
    )
    op.create_index(op.f("ix_returned_visit_applicant_id"), "returned_visit", ["applicant_id"])

    op.create_table(
        "number_sequence",
        sa.Column("counter_code", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.CheckConstraint("last_value >= 1", name=op.f("ck_number_sequence_last_value_positive")),
        sa.PrimaryKeyConstraint("counter_code", "day", name=op.f("pk_number_sequence")),
    )

    op.create_table(
        "print_job",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("printer_uri", sa.Text(), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("copy_no", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("registration_id", sa.Uuid(), nullable=True),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_print_job_attempts_not_negative")),
        sa.CheckConstraint("copy_no >= 0", name=op.f("ck_print_job_copy_no_not_negative")),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_print_job_registration_id_registration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["returned_visit.id"],
            name=op.f("fk_print_job_visit_id_returned_visit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_job")),
    )
    op.create_index(op.f("ix_print_job_state"), "print_job", ["state", "created_at", "id"])
    op.create_index(op.f("ix_print_job_registration_id"), "print_job", ["registration_id"])

    op.create_table(
        "card_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("registration_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("from_stage", sa.Integer(), nullable=True),
        sa.Column("to_stage", sa.Integer(), nullable=True),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("by", sa.Text(), nullable=False),
        sa.Column("role", sa.String(64), nullable=False),
        sa.Column("counter_code", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_card_event_registration_id_registration"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_event")),
    )
    op.create_index(op.f("ix_card_event_registration_id"), "card_event", ["registration_id", "at", "id"])

    op.create_table(
        "setting",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )

    op.create_table(
        "holiday_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holiday_override")),
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.drop_table("holiday_override")
    op.drop_table("setting")
    op.drop_index(op.f("ix_card_event_registration_id"), table_name="card_event")
    op.drop_table("card_event")
    op.drop_index(op.f("ix_print_job_registration_id"), table_name="print_job")
    op.drop_index(op.f("ix_print_job_state"), table_name="print_job")
    op.drop_table("print_job")
    op.drop_table("number_sequence")
    op.drop_index(op.f("ix_returned_visit_applicant_id"), table_name="returned_visit")
    op.drop_table("returned_visit")
    op.drop_index(op.f("ix_registration_card_status"), table_name="registration")
    op.drop_index(op.f("ix_registration_nik"), table_name="registration")
    op.drop_index(op.f("ix_registration_applicant_id"), table_name="registration")
    op.drop_table("registration")
    if dialect == "sqlite":
        for statement in SQLITE_FTS_DROP:
            op.execute(statement)
    elif dialect == "postgresql":
        op.drop_index(op.f("ix_applicant_name_search_trgm"), table_name="applicant")
    op.drop_index(op.f("ix_applicant_nib"), table_name="applicant")
    op.drop_index(op.f("ix_applicant_phone"), table_name="applicant")
    op.drop_index(op.f("ix_applicant_nik"), table_name="applicant")
    op.drop_index(op.f("ix_applicant_name_search"), table_name="applicant")
    op.drop_table("applicant")
