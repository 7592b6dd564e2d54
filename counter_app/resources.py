"""Where the shipped data (`resources/`) lives."""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    """`resources/` of this checkout, or the folder named by COUNTER_APP_RESOURCES."""
    override = os.environ.get("COUNTER_APP_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def shipped_catalog_documents() -> list[Path]:
    """The Standar Pelayanan documents imported into a new database."""
    return sorted((resources_dir() / "catalog").glob("*.txt"))
