"""`SettingsRepository` on SQL: the office's and counter's settings, as text.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.
"""

from __future__ import annotations

from sqlalchemy import select

from db.models import SettingRow
from db.repository import SessionRepository, translated


class SqlSettingsRepository(SessionRepository):
    """Settings as stored text; `counter_app.settings` knows the keys, defaults and types."""

    @translated
    def load(self) -> dict[str, str]:
        rows = self._session.execute(select(SettingRow.key, SettingRow.value))
        return {key: value for key, value in rows}  # noqa: C416 (rows are Row objects, not pairs)

    @translated
    def save(self, key: str, value: str) -> None:
        self._session.execute(self._upsert(SettingRow, {"key": key, "value": value}, ["key"], ["value"]))
