"""Turn the database failures a user can fix into `StorageError` with an Indonesian message.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.

Known: SQLite locked / cannot be opened / not a database / disk full / read-only; PostgreSQL
refused, unknown host, timeout, login refused, missing database, connection lost; and a database
without this application's tables. Every other database error is a bug and propagates unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from counter_app.errors import StorageError
from counter_app.i18n import translate


def describe_target(url: URL) -> str:
    """What to call the database in a message: the SQLite file, or PostgreSQL host:port/database."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    host = url.host or "localhost"
    port = url.port or 5432
    return f"{host}:{port}/{url.database or ''}"


@contextmanager
def storage_errors(engine: Engine) -> Iterator[None]:
    """Re-raise known database failures inside the block as `StorageError` (chained)."""
    try:
        yield
    except DBAPIError as exc:
        translated = translate_error(exc, engine.url)
        if translated is None:
            raise
        raise translated from exc


def translate_error(exc: DBAPIError, url: URL) -> StorageError | None:
    """The `StorageError` for `exc`, or None when `exc` is not something the user can fix."""
    target = describe_target(url)
    detail = str(exc.orig) if exc.orig is not None else str(exc)
    text = detail.lower()
    if url.get_backend_name() == "sqlite":
        return _sqlite_error(text, target)
    return _postgres_error(exc, text, detail, url, target)


def _sqlite_error(text: str, target: str) -> StorageError | None:
    if "database is locked" in text or "database table is locked" in text:
        message = translate(
            "db",
            "Basis data {target} sedang dikunci oleh program lain. Tunggu sebentar lalu coba lagi; bila "
            "terus terjadi, tutup aplikasi loket lain yang memakai berkas yang sama.",
        )
    elif "unable to open database file" in text:
        message = translate(
            "db",
            "Berkas basis data {target} tidak dapat dibuka. Periksa bahwa foldernya ada dan Anda berhak "
            "membaca dan menulis di sana, atau perbaiki path pada --db / COUNTER_APP_DB.",
        )
    elif "file is not a database" in text or "database disk image is malformed" in text:
        message = translate(
            "db",
            "Berkas {target} bukan basis data SQLite atau rusak. Periksa path pada --db / COUNTER_APP_DB, "
            "atau pulihkan berkasnya dari cadangan.",
        )
    elif "database or disk is full" in text:
        message = translate("db", "Disk tempat basis data {target} penuh. Kosongkan ruang disk lalu coba lagi.")
    elif "readonly database" in text:
        message = translate("db", "Basis data {target} hanya dapat dibaca. Periksa hak akses berkas dan foldernya.")
    elif "disk i/o error" in text:
        message = translate(
            "db",
            "Terjadi kesalahan baca/tulis disk pada basis data {target}. Periksa disknya dan jangan "
            "menaruh basis data di folder jaringan.",
        )
    elif "no such table" in text:
        return not_ours(target)
    else:
        return None
    return StorageError(message.format(target=target))


def _postgres_error(exc: DBAPIError, text: str, detail: str, url: URL, target: str) -> StorageError | None:
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if sqlstate == "42P01":  # undefined_table
        return not_ours(target)
    if (
        sqlstate in ("28P01", "28000")
        or "password authentication failed" in text
        or "no password supplied" in text
        or "no pg_hba.conf entry" in text
        or ('role "' in text and "does not exist" in text)
    ):
        return StorageError(
            translate(
                "db",
                "Server PostgreSQL {target} menolak login pengguna {user}. Periksa nama pengguna dan kata "
                "sandi pada --db / COUNTER_APP_DB.",
            ).format(target=target, user=url.username or "")
        )
    if sqlstate == "3D000" or ('database "' in text and "does not exist" in text):
        return StorageError(
            translate(
                "db",
                "Basis data {database} tidak ada di server PostgreSQL {server}. Buat dulu basis datanya "
                "(createdb {database}) atau perbaiki namanya pada --db / COUNTER_APP_DB.",
            ).format(database=url.database or "", server=f"{url.host or 'localhost'}:{url.port or 5432}")
        )
    if "connection refused" in text:
        reason = translate("db", "koneksi ditolak, tidak ada server yang mendengarkan di port itu")
    elif any(
        s in text
        for s in (
            "could not translate host name",
            "failed to resolve host",
            "name or service not known",
            "temporary failure in name resolution",
            "nodename nor servname",
        )
    ):
        reason = translate("db", "nama host tidak dikenal")
    elif "timeout expired" in text or "timed out" in text:
        reason = translate("db", "waktu tunggu koneksi habis")
    elif exc.connection_invalidated or any(
        s in text
        for s in (
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "connection is lost",
            "consuming input failed",
            "ssl syscall",
        )
    ):
        reason = translate("db", "koneksi terputus")
    elif "connection failed" in text or "could not connect" in text:
        reason = detail.strip().splitlines()[0]
    else:
        return None
    return StorageError(
        translate(
            "db",
            "Server PostgreSQL {target} tidak dapat dihubungi: {reason}. Periksa bahwa server menyala, "
            "jaringan tersambung, dan alamat serta port pada --db / COUNTER_APP_DB benar.",
        ).format(target=target, reason=reason)
    )


def not_ours(target: str) -> StorageError:
    return StorageError(
        translate(
            "db",
            "Basis data {target} bukan basis data aplikasi loket, atau skemanya belum dibuat. Periksa "
            "--db / COUNTER_APP_DB; aplikasi membuat skemanya sendiri saat dijalankan.",
        ).format(target=target)
    )
