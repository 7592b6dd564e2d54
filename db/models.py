"""Tables. Typed SQLAlchemy 2 models; the schema itself changes only through `db/migrations`.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`. This module needs none of the core.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    CHAR,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, UtcDateTime, new_id, search_key, searchable_string

CODE_LENGTH = 120
NAME_LENGTH = 500
KIND_LENGTH = 200
KBLI_CODE_LENGTH = 64
NAME_SEARCH_LENGTH = 500  # folded names are cut to this length (PostgreSQL b-tree entries have a size limit)
IDENTIFIER_LENGTH = 32  # NIK, NIB, E.164 phone, tracking code, office and counter codes
REG_NO_LENGTH = 120
KEY_LENGTH = 200
# The back-office queue reads open files from one small partial index that holds all it shows.
OPEN_CONDITION = "card_status IN ('open', 'returned')"
OPEN_QUEUE_COLUMNS = (
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
)


class PermitTypeRow(Base):
    """One permit type (jenis izin): its code, current name and newest version number."""

    __tablename__ = "permit_type"
    __table_args__ = (CheckConstraint("latest_version >= 1", name="latest_version_positive"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    # Exact (binary) comparison on every backend: a code is an identifier, and the unique
    # constraint must mean the same on SQLite and PostgreSQL.
    code: Mapped[str] = mapped_column(String(CODE_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(searchable_string(NAME_LENGTH), index=True)
    latest_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PermitTypeVersionRow(Base):
    """One immutable version of a permit type: summary columns plus the full JSON document."""

    __tablename__ = "permit_type_version"
    __table_args__ = (
        UniqueConstraint("code", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    permit_type_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("permit_type.id", ondelete="RESTRICT"), index=True
    )
    code: Mapped[str] = mapped_column(String(CODE_LENGTH))
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(searchable_string(NAME_LENGTH))
    kind: Mapped[str] = mapped_column(String(KIND_LENGTH))
    risk: Mapped[str] = mapped_column(String(32))
    kbli_code: Mapped[str | None] = mapped_column(String(KBLI_CODE_LENGTH))
    sla_days: Mapped[int | None] = mapped_column(Integer)
    sla_unit: Mapped[str] = mapped_column(String(16))
    content_hash: Mapped[str] = mapped_column(CHAR(64))
    document: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)

    permit_type: Mapped[PermitTypeRow] = relationship(lazy="raise")


# --- Registration desk, print journal, control card (revision 0002) --------------------------------
#
# Backend-specific search structures are created by the migration and are not described here:
# on SQLite the FTS5 table `applicant_fts` (trigram) and its triggers, on PostgreSQL the pg_trgm GIN
# index `ix_applicant_name_joined_trgm` (revision 0006; `ix_applicant_name_search_trgm` before).
# `db.migrate.include_name` hides them from schema comparison.


class ApplicantRow(Base):
    """An applicant's current data: searchable columns plus the whole `Applicant.to_json()` document.

    `name_search` is the name folded to lower-case ASCII (`db.text.fold`). NIK is not unique: foreign
    nationals have none (NULL), and the sync hub may bring two records of one person.
    """

    __tablename__ = "applicant"
    __table_args__ = (
        # Name order for search results. It also holds the identifiers, so that a search walking it
        # in order tests NIK/NIB/phone prefixes without reading each applicant's row.
        Index("ix_applicant_name_search", "name_search", "id", "nik", "nib", "phone"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_search: Mapped[str] = mapped_column(search_key(NAME_SEARCH_LENGTH))
    nik: Mapped[str | None] = mapped_column(search_key(IDENTIFIER_LENGTH), index=True)
    phone: Mapped[str | None] = mapped_column(search_key(IDENTIFIER_LENGTH), index=True)
    nib: Mapped[str | None] = mapped_column(search_key(IDENTIFIER_LENGTH), index=True)
    document: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RegistrationRow(Base):
    """A registered file: lookup columns plus the `Registration.snapshot_json()` that never changes
    (applicant as they were, documents received); the permit type is (permit_code, permit_version)."""

    __tablename__ = "registration"
    __table_args__ = (
        # The permit type version applied is part of the snapshot: versions are immutable, and this
        # keeps the one referenced from ever going missing.
        ForeignKeyConstraint(
            ["permit_code", "permit_version"],
            ["permit_type_version.code", "permit_type_version.version"],
            ondelete="RESTRICT",
        ),
        CheckConstraint("permit_version >= 1", name="permit_version_positive"),
        CheckConstraint("due_days >= 0", name="due_days_not_negative"),
        CheckConstraint("card_stage >= 0", name="card_stage_not_negative"),
        Index("ix_registration_card_status", "card_status", "received_at", "id"),
        Index(
            "ix_registration_open_queue",
            *OPEN_QUEUE_COLUMNS,
            sqlite_where=text(OPEN_CONDITION),
            postgresql_where=text(OPEN_CONDITION),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    reg_no: Mapped[str] = mapped_column(String(REG_NO_LENGTH), unique=True)
    tracking_code: Mapped[str] = mapped_column(String(IDENTIFIER_LENGTH), unique=True)
    applicant_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("applicant.id", ondelete="RESTRICT"), index=True)
    nik: Mapped[str | None] = mapped_column(String(IDENTIFIER_LENGTH), index=True)
    permit_code: Mapped[str] = mapped_column(String(CODE_LENGTH))
    permit_version: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)  # index: revision 0005 (reports)
    due_date: Mapped[date | None] = mapped_column(Date)
    due_days: Mapped[int] = mapped_column(Integer)
    due_provisional: Mapped[bool] = mapped_column(Boolean)
    office_code: Mapped[str] = mapped_column(String(IDENTIFIER_LENGTH))
    counter_code: Mapped[str] = mapped_column(String(IDENTIFIER_LENGTH))
    officer: Mapped[str] = mapped_column(Text)
    snapshot: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # What the control card's events say now (stage index, CardStatus value): a cache for queue
    # queries, rewritten with every event; the events stay the truth.
    card_stage: Mapped[int] = mapped_column(Integer)
    card_status: Mapped[str] = mapped_column(String(32))
    card_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    card_last_by: Mapped[str] = mapped_column(Text, server_default="")
    card_paused_days: Mapped[int] = mapped_column(Integer, server_default="0")
    card_paused_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    applicant_name: Mapped[str] = mapped_column(Text, server_default="")  # as registered (the queue's column)


class ReturnedVisitRow(Base):
    """An incomplete file handed back (no number): what was missing, and the applicant as they were."""

    __tablename__ = "returned_visit"
    __table_args__ = (CheckConstraint("permit_version >= 1", name="permit_version_positive"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    applicant_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("applicant.id", ondelete="RESTRICT"), index=True)
    permit_code: Mapped[str] = mapped_column(String(CODE_LENGTH))
    permit_version: Mapped[int] = mapped_column(Integer)
    permit_name: Mapped[str] = mapped_column(Text)
    missing: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)  # index: revision 0005 (reports)
    office_code: Mapped[str] = mapped_column(String(IDENTIFIER_LENGTH))
    counter_code: Mapped[str] = mapped_column(String(IDENTIFIER_LENGTH))
    officer: Mapped[str] = mapped_column(Text)
    applicant: Mapped[str] = mapped_column(Text)


class NumberSequenceRow(Base):
    """The last registration sequence number handed out per counter per (local) day."""

    __tablename__ = "number_sequence"
    __table_args__ = (
        PrimaryKeyConstraint("counter_code", "day"),
        CheckConstraint("last_value >= 1", name="last_value_positive"),
    )

    counter_code: Mapped[str] = mapped_column(String(IDENTIFIER_LENGTH))
    day: Mapped[date] = mapped_column(Date)
    last_value: Mapped[int] = mapped_column(Integer)


class PrintJobRow(Base):
    """A print job: the exact bytes to send, and where sending stands. Never deleted."""

    __tablename__ = "print_job"
    __table_args__ = (
        Index("ix_print_job_state", "state", "created_at", "id"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("copy_no >= 0", name="copy_no_not_negative"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    printer_uri: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(32))
    error: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer)
    copy_no: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    registration_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("registration.id", ondelete="RESTRICT"), index=True
    )
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("returned_visit.id", ondelete="RESTRICT"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CardEventRow(Base):
    """One event of a file's control card (kartu kendali). Append-only: never updated or deleted."""

    __tablename__ = "card_event"
    __table_args__ = (Index("ix_card_event_registration_id", "registration_id", "at", "id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    registration_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("registration.id", ondelete="RESTRICT"))
    action: Mapped[str] = mapped_column(String(32))
    from_stage: Mapped[int | None] = mapped_column(Integer)
    to_stage: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(64))
    counter_code: Mapped[str] = mapped_column(String(IDENTIFIER_LENGTH))
    note: Mapped[str] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text)


class SettingRow(Base):
    """One setting, stored as text (`counter_app.settings` declares the keys and parses the values)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class HolidayOverrideRow(Base):
    """The office's own change to the national calendar for one day."""

    __tablename__ = "holiday_override"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    closed: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(Text)


# --- Sync between counters and the hub (revision 0004) ---------------------------------------------
#
# Every database has these tables; which ones it uses depends on `sync_state.mode`: "off" (no hub:
# nothing is recorded), "counter" (local changes go to `sync_outbox`), "hub" (this is the hub:
# changes go straight to its log `sync_change`). See `db.outbox` and `counter_app.services.sync`.

SYNC_KEY_LENGTH = 200
SYNC_ENTITY_LENGTH = 32
SYNC_ORIGIN_LENGTH = 64
SYNC_REVISION_LENGTH = 64


class SyncOutboxRow(Base):
    """A local change waiting to be pushed to the hub (deleted once the hub has committed it)."""

    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 (SQLAlchemy reads it, never mutates it)

    # Local order of the changes; AUTOINCREMENT on SQLite so a number is never used twice.
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    entity: Mapped[str] = mapped_column(String(SYNC_ENTITY_LENGTH))
    key: Mapped[str] = mapped_column(String(SYNC_KEY_LENGTH))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SyncStateRow(Base):
    """Where sync stands: the mode, the hub's id and cursor, when it was last reached (text values)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncChangeRow(Base):
    """The hub's change log: every change that reached the hub, numbered in commit order (`seq` is
    the cursor counters pull from; writers of the log are serialised, see `db.hub.lock`)."""

    __tablename__ = "sync_change"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012

    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    origin: Mapped[str] = mapped_column(String(SYNC_ORIGIN_LENGTH))
    entity: Mapped[str] = mapped_column(String(SYNC_ENTITY_LENGTH))
    key: Mapped[str] = mapped_column(String(SYNC_KEY_LENGTH))
    payload: Mapped[str] = mapped_column(Text)
    logged_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SyncConflictRow(Base):
    """Two versions of one record edited on two counters: both kept until a supervisor chooses."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_status", "status", "entity", "key"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(SYNC_ENTITY_LENGTH))
    key: Mapped[str] = mapped_column(String(SYNC_KEY_LENGTH))
    current_revision: Mapped[str] = mapped_column(String(SYNC_REVISION_LENGTH))
    current: Mapped[str] = mapped_column(Text)  # the hub's version when the other one arrived
    incoming_revision: Mapped[str] = mapped_column(String(SYNC_REVISION_LENGTH))
    incoming: Mapped[str] = mapped_column(Text)  # the version that arrived from `origin`
    origin: Mapped[str] = mapped_column(String(SYNC_ORIGIN_LENGTH))
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16))  # open | resolved | superseded
    resolution: Mapped[str] = mapped_column(String(16), server_default="")  # current | incoming | superseded
    resolved_by: Mapped[str] = mapped_column(Text, server_default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


# Typed handles on the sync tables, for Core statements (executemany) on them.
OUTBOX_TABLE = cast(Table, SyncOutboxRow.__table__)
LOG_TABLE = cast(Table, SyncChangeRow.__table__)
# --- Users and the audit trail (revision 0005) -------------------------------------------------


class UserRow(Base):
    """A user account: name (lower-case, unique), role, argon2 hash, lockout state. Never deleted."""

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint("failed_attempts >= 0", name="failed_attempts_not_negative"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean)
    failed_attempts: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditLogRow(Base):
    """One audit entry, chained per counter by SHA-256 (`counter_app.domain.audit`). Append-only."""

    __tablename__ = "audit_log"
    __table_args__ = (
        UniqueConstraint("counter_code", "seq"),
        CheckConstraint("seq >= 1", name="seq_positive"),
        Index("ix_audit_log_at", "at", "counter_code", "seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    counter_code: Mapped[str] = mapped_column(String(IDENTIFIER_LENGTH))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor_id: Mapped[str] = mapped_column(String(64))
    actor_name: Mapped[str] = mapped_column(Text)
    actor_role: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(Text)
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(CHAR(64))
    hash: Mapped[str] = mapped_column(CHAR(64))
