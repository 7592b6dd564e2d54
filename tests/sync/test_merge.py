"""How the hub decides between two versions of one applicant, and what the status bar says."""

from __future__ import annotations

from datetime import UTC, datetime

from counter_app.domain.sync import Merge, MergeOutcome, SyncState, SyncStatus, merge, revision
from counter_app.i18n import install


def test_a_revision_names_the_content() -> None:
    assert revision('{"name":"Siti"}') == revision('{"name":"Siti"}')
    assert revision('{"name":"Siti"}') != revision('{"name":"Sitti"}')
    assert len(revision("x")) == 32


def test_new_record_same_version_and_fast_forward() -> None:
    assert merge(None, "b", None, {}) == Merge(MergeOutcome.INSERT)
    assert merge("a", "a", None, {}) == Merge(MergeOutcome.SAME)
    assert merge("a", "a", "z", {}) == Merge(MergeOutcome.SAME)  # the same edit made on two counters
    assert merge("a", "b", "a", {}) == Merge(MergeOutcome.FAST_FORWARD)


def test_an_edit_of_an_older_version_is_a_conflict() -> None:
    assert merge("c", "b", "a", {}) == Merge(MergeOutcome.CONFLICT)
    assert merge("c", "b", None, {}) == Merge(MergeOutcome.CONFLICT)


def test_a_version_already_waiting_is_not_a_second_conflict() -> None:
    assert merge("c", "b", "a", {"b": "k1"}) == Merge(MergeOutcome.KNOWN)


def test_editing_the_waiting_version_again_supersedes_its_conflict() -> None:
    # Counter 2 edited a -> b (conflict k1 with the hub's c), then b -> d before the supervisor decided.
    assert merge("c", "d", "b", {"b": "k1"}) == Merge(MergeOutcome.CONFLICT, supersedes="k1")
    # ... or back to the hub's own version: nothing left to decide for that edit.
    assert merge("c", "c", "b", {"b": "k1"}) == Merge(MergeOutcome.SAME)


def test_status_labels() -> None:
    install("id")
    since = datetime(2026, 11, 23, 7, 5, tzinfo=UTC)  # 14.05 WIB
    assert SyncStatus(SyncState.ONLINE, "hub", 0).label("Asia/Jakarta") == "online"
    offline = SyncStatus(SyncState.OFFLINE, "hub", 3, offline_since=since)
    assert offline.label("Asia/Jakarta") == "offline sejak 14.05 · 3 perubahan menunggu"
    assert SyncStatus(SyncState.OFF, "", 0).label("Asia/Jakarta") == "tanpa hub"
    install("en")
    try:
        assert offline.label("Asia/Makassar") == "offline since 15.05 · 3 unsent"
    finally:
        install("id")
