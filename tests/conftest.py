"""Test setup shared by every suite.

Qt runs offscreen (set before any QApplication exists), user data and config go to temporary
folders, and messages are Indonesian unless a test asks otherwise. Database fixtures live in
`tests/helpers/databases.py`: every storage test runs on SQLite, and on PostgreSQL too whenever
COUNTER_APP_TEST_PG_URL is set (CI always sets it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

pytest_plugins = ["tests.helpers.databases"]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("COUNTER_APP_DB", raising=False)
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    from counter_app import i18n

    i18n.install("id")
    yield
    i18n.install("id")


@pytest.fixture
def seeds_dir() -> Path:
    """The shipped Standar Pelayanan documents."""
    from counter_app.resources import resources_dir

    return resources_dir() / "catalog"
