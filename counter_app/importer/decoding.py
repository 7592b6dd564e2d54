"""Bytes of a document to text, refusing what is not text."""

from __future__ import annotations

import codecs

from counter_app.errors import ImportFailed
from counter_app.i18n import translate

_CONTROL_ALLOWED = {"\t", "\n", "\r", "\f"}


def decode_document(raw: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is refused."""
    if not raw.strip():
        raise ImportFailed(
            source,
            translate("importer", "berkas kosong; yang diharapkan adalah teks dokumen Standar Pelayanan"),
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(raw, "utf-16", source)
    else:
        if b"\x00" in raw[:4096]:
            raise ImportFailed(source, _binary_message())
        text = _decode(raw, "utf-8-sig", source)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _CONTROL_ALLOWED)
    if controls > max(4, len(text) // 200):
        raise ImportFailed(source, _binary_message())
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def _decode(raw: bytes, encoding: str, source: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            source,
            translate(
                "importer",
                "bukan teks UTF-8 (byte tidak sah di posisi {position}); simpan ulang dokumen sebagai "
                "teks UTF-8 lalu impor kembali",
            ).format(position=exc.start),
        ) from None


def _binary_message() -> str:
    return translate(
        "importer",
        "berkas biner, bukan teks; yang diharapkan adalah teks dokumen Standar Pelayanan (hasil konversi PDF ke teks)",
    )
