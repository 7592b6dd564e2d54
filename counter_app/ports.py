"""The interfaces the core needs from the outside world (storage, clock).

Adapters implement them; services receive them as constructor arguments.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from counter_app.domain.catalog import PermitSummary, PermitType


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class CatalogRepository(Protocol):
    """Versioned permit types. Versions are immutable once saved."""

    def latest(self, code: str) -> PermitType | None:
        """The newest version of `code`, or None."""
        ...

    def get(self, code: str, version: int) -> PermitType | None:
        """One version of `code`, or None."""
        ...

    def versions(self, code: str) -> list[int]:
        """Every version number of `code`, ascending."""
        ...

    def list_current(self) -> list[PermitSummary]:
        """The newest version of every permit type, ordered by name."""
        ...

    def is_empty(self) -> bool: ...

    def add_versions(self, permit_types: Sequence[PermitType], imported_at: datetime) -> None:
        """Store new versions (each with its `version` already set), all or nothing."""
        ...
