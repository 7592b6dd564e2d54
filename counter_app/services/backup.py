"""`counter-app backup PATH`: a copy of the counter's database that can be opened as it is.

Admins (and `SYSTEM` before accounts exist) only. The backup is audited; the entry is written
before the copy, so the copy holds it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from counter_app.domain.permissions import Operation
from counter_app.ports import Clock, UnitOfWorkFactory
from counter_app.services.guard import CurrentUser, acting, record


class DatabaseBackup(Protocol):
    def backup(self, target: Path) -> int:
        """Copy the database to the new file `target`; its size in bytes. KnownError when it cannot."""
        ...


class BackupService:
    def __init__(self, uow: UnitOfWorkFactory, adapter: DatabaseBackup, clock: Clock, current: CurrentUser) -> None:
        self._uow = uow
        self._adapter = adapter
        self._clock = clock
        self._current = current

    def backup(self, target: Path) -> int:
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.MAINTENANCE)
            record(uow, actor, "database.backup", str(target), at=self._clock.now())
            uow.commit()
        return self._adapter.backup(target)
