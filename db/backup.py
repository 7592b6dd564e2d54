"""Backups of the counter's database (the `DatabaseBackup` port).

SQLite: the online backup API (`sqlite3.Connection.backup`), which copies a consistent snapshot
while the app keeps running (WAL readers and writers are not blocked), then `PRAGMA
integrity_check` on the copy. PostgreSQL (the hub): pg_dump is the tool; this says so.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from counter_app.errors import FieldError, StorageError, ValidationError
from counter_app.i18n import translate
from db.errors import describe_target

PAGES_PER_STEP = 1024


class SqlBackup:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def backup(self, target: Path) -> int:
        """Copy the database to `target` (a new file); returns its size in bytes."""
        url = self._engine.url
        if url.get_backend_name() != "sqlite":
            raise StorageError(
                translate(
                    "db",
                    "Basis data {target} adalah PostgreSQL: cadangkan dengan pg_dump, misalnya "
                    'pg_dump --format=custom --file=cadangan.dump "postgresql://…" (pulihkan dengan pg_restore).',
                ).format(target=describe_target(url))
            )
        if target.exists():
            raise ValidationError(
                [FieldError("path", translate("db", "{path} sudah ada; pilih nama berkas baru").format(path=target))]
            )
        if not target.parent.is_dir():
            raise ValidationError(
                [FieldError("path", translate("db", "folder {folder} tidak ada").format(folder=target.parent))]
            )
        source_path = url.database or ""
        try:
            source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
            try:
                copy = sqlite3.connect(target)
                try:
                    source.backup(copy, pages=PAGES_PER_STEP)
                    check = copy.execute("PRAGMA integrity_check").fetchone()
                    copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                finally:
                    copy.close()
            finally:
                source.close()
        except sqlite3.Error as error:
            target.unlink(missing_ok=True)
            raise StorageError(
                translate("db", "Cadangan ke {path} gagal: {error}").format(path=target, error=error)
            ) from error
        if check is None or check[0] != "ok":
            target.unlink(missing_ok=True)
            raise StorageError(
                translate("db", "Cadangan ke {path} rusak ({detail}); ulangi.").format(
                    path=target, detail=check[0] if check else "?"
                )
            )
        return target.stat().st_size
