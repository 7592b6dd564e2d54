"""Record keys: client-generated, time-ordered UUIDs (v7), so counters never collide."""

from __future__ import annotations

import uuid_utils


def new_id() -> str:
    return str(uuid_utils.uuid7())
