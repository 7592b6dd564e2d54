"""Sync between counters and the hub: what travels, how two versions of one applicant meet, and
what the counter shows about it. Qt-free and SQL-free.

A change is one record as written (its columns as JSON text, opaque to the core), with a
client-made UUID `change_id` so that the hub can tell a change it already has from a new one.
Records are keyed by their UUIDs (architecture.md §2), so counters never collide:

- immutable records (registrations, returned visits, control-card events, permit type versions)
  are inserted if absent, never changed: the same change twice changes nothing, and card events
  from everywhere form a union (the card's state is derived in (at, id) order, `card_state`);
- an applicant's data is the one mutable record. Each version is named by a hash of its
  document (`revision`), and a counter's change says which version it was edited from (`base`).
  `merge` decides what the hub does: insert, nothing (the same version), fast-forward (edited from
  the hub's version), or keep both as a conflict a supervisor resolves;
- holiday overrides (one per day) are office-wide: the last one to reach the hub wins.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from counter_app.domain.formatting import local
from counter_app.errors import KnownError, StorageError
from counter_app.i18n import translate


class Entity(StrEnum):
    """The kinds of records that travel between counters and the hub (in dependency order)."""

    PERMIT_VERSION = "permit_version"
    APPLICANT = "applicant"
    REGISTRATION = "registration"
    RETURNED_VISIT = "returned_visit"
    CARD_EVENT = "card_event"
    HOLIDAY_OVERRIDE = "holiday_override"


# Not synced, on purpose: print jobs (each counter's printer journal), number sequences (each
# counter numbers its own files), settings (each counter's own; a new counter copies the office's
# from the hub once, see `SyncService.bootstrap`).


@dataclass(frozen=True)
class Change:
    """One record as written on some database, on its way to or from the hub."""

    change_id: str
    entity: str
    key: str
    payload: str  # the record's columns as JSON text (`db.sync_rows`)
    origin: str = ""  # which counter sent it (hub log only)
    seq: int = 0  # position in the outbox (counter) or the hub's log (the cursor)


def revision(document: str) -> str:
    """The name of one version of a mutable record: a hash of its document."""
    return hashlib.sha256(document.encode()).hexdigest()[:32]


class MergeOutcome(StrEnum):
    INSERT = "insert"  # the hub has no such record yet
    SAME = "same"  # the hub already has this very version
    FAST_FORWARD = "fast_forward"  # edited from the hub's version: it replaces it
    KNOWN = "known"  # this version already waits in an open conflict
    CONFLICT = "conflict"  # edited from another version: both are kept, a supervisor decides


@dataclass(frozen=True)
class Merge:
    outcome: MergeOutcome
    supersedes: str | None = None  # the open conflict whose waiting version this one was edited from


def merge(current: str | None, incoming: str, base: str | None, waiting: Mapping[str, str]) -> Merge:
    """What the hub does with an incoming version of a mutable record.

    `current`: the hub's revision (None: no such record); `incoming`: the revision that arrives;
    `base`: the revision it was edited from on its counter (None: created there); `waiting`:
    revision → conflict id of the versions waiting in open conflicts of this record.
    A version edited from a waiting one (the same counter edited again before the supervisor
    decided) opens a new conflict and closes the old one as superseded: nothing is dropped.
    """
    if current is None:
        return Merge(MergeOutcome.INSERT)
    if incoming == current:
        return Merge(MergeOutcome.SAME)
    if base == current:
        return Merge(MergeOutcome.FAST_FORWARD)
    if incoming in waiting:
        return Merge(MergeOutcome.KNOWN)
    return Merge(MergeOutcome.CONFLICT, supersedes=waiting.get(base) if base is not None else None)


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    SUPERSEDED = "superseded"


class Keep(StrEnum):
    """A supervisor's choice for a conflict."""

    CURRENT = "current"  # the hub's version stays
    INCOMING = "incoming"  # the version that arrived later replaces it


@dataclass(frozen=True)
class Conflict:
    """Two versions of one record; both kept (`current` and `incoming` are the records as JSON text)."""

    id: str
    entity: str
    key: str
    current: str
    incoming: str
    origin: str
    detected_at: datetime
    status: ConflictStatus
    resolution: str = ""
    resolved_by: str = ""
    resolved_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        """Both versions as records (for `sync conflicts --json` and the supervisor's screen)."""
        return {
            "id": self.id,
            "entity": self.entity,
            "key": self.key,
            "current": json.loads(self.current),
            "incoming": json.loads(self.incoming),
            "origin": self.origin,
            "detected_at": self.detected_at.isoformat(),
            "status": self.status.value,
            "resolution": self.resolution,
            "resolved_by": self.resolved_by,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
        }


@dataclass(frozen=True)
class Received:
    """What the hub did with one pushed batch."""

    accepted: int  # changes new to the hub (logged for the other counters)
    duplicates: int  # changes it already had (sent again after a lost acknowledgement)
    conflicts: int  # versions kept for a supervisor
    touched: tuple[str, ...]  # registrations whose card events changed (their projection is stale)


@dataclass(frozen=True)
class SyncReport:
    """One sync run: what went up, what came down, what still waits."""

    pushed: int
    pulled: int
    waiting: int
    conflicts: int
    cursor: int

    def to_json(self) -> dict[str, int]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "waiting": self.waiting,
            "conflicts": self.conflicts,
            "cursor": self.cursor,
        }


class SyncState(StrEnum):
    OFF = "off"  # no hub configured
    ONLINE = "online"  # the last attempt reached the hub
    OFFLINE = "offline"  # the last attempt did not
    UNKNOWN = "unknown"  # a hub is configured, no attempt yet


@dataclass(frozen=True)
class SyncStatus:
    """What the counter knows about sync without asking the hub (the status-bar indicator)."""

    state: SyncState
    hub: str  # the hub's address as shown (no password)
    waiting: int  # local changes not yet on the hub
    last_sync: datetime | None = None  # last time the hub was reached
    offline_since: datetime | None = None
    error: str = ""

    def label(self, timezone: str) -> str:
        """`online` / `offline sejak 14.05` / `… · 3 perubahan menunggu`."""
        if self.state is SyncState.OFF:
            return translate("sync", "tanpa hub")
        if self.state is SyncState.ONLINE:
            text = translate("sync", "online")
        elif self.state is SyncState.OFFLINE and self.offline_since is not None:
            text = translate("sync", "offline sejak {time}").format(
                time=local(self.offline_since, timezone).strftime("%H.%M")
            )
        elif self.state is SyncState.OFFLINE:
            text = translate("sync", "offline")
        else:
            text = translate("sync", "belum tersambung")
        if self.waiting:
            text += " · " + translate("sync", "{count} perubahan menunggu").format(count=self.waiting)
        return text

    def to_json(self) -> dict[str, object]:
        return {
            "state": self.state.value,
            "hub": self.hub,
            "waiting": self.waiting,
            "last_sync": self.last_sync.isoformat() if self.last_sync else None,
            "offline_since": self.offline_since.isoformat() if self.offline_since else None,
            "error": self.error,
        }


class HubUnreachable(StorageError):
    """The hub cannot be reached (or refuses us); the counter keeps working and retries later."""

    def __init__(self, hub: str, reason: str) -> None:
        super().__init__(
            translate(
                "sync",
                "Hub {hub} tidak dapat dihubungi: {reason}. Loket tetap bekerja; perubahan disimpan dan "
                "dikirim saat hub tersambung lagi.",
            ).format(hub=hub, reason=reason)
        )
        self.hub = hub
        self.reason = reason


class SyncRefused(KnownError):
    """Data that cannot be merged as it is (e.g. two counters configured with the same code)."""

    exit_code = 2
