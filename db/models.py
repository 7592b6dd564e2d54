"""Tables. Typed SQLAlchemy 2 models; the schema itself changes only through `db/migrations`.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`. This module needs none of the core.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CHAR, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, UtcDateTime, new_id, searchable_string

CODE_LENGTH = 120
NAME_LENGTH = 500
KIND_LENGTH = 200
KBLI_CODE_LENGTH = 64


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
