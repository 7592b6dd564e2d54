"""Where things live: the database URL and the folders for data and logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "counter-app"
APP_AUTHOR = "LoketMPP"
DB_ENV = "COUNTER_APP_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_database() -> str:
    """The embedded SQLite file in the platform's user data folder."""
    return str(data_dir() / "loket.sqlite3")


def database_from(argument: str | None, environ: dict[str, str] | None = None) -> str:
    """`--db` wins over COUNTER_APP_DB, which wins over the default SQLite file."""
    env = os.environ if environ is None else environ
    return argument or env.get(DB_ENV) or default_database()
