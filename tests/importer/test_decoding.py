"""Bad input gets a clear message that names the file and what was expected."""

from __future__ import annotations

import codecs

import pytest

from counter_app.errors import ImportFailed
from counter_app.i18n import install
from counter_app.importer import parse_document

SAMPLE = "Izin Usaha Toko\n1\tPersyaratan\t: 1. KTP; 2. NPWP.\n3\tJangka Waktu Penyelesaian\t: 3 hari kerja\n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "berkas kosong"),
        (b"  \n\t\n", "berkas kosong"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "berkas biner"),
        ("Persyaratan: Kartu Tanda Penduduk, dan Surat Keterangan Usaha".encode("latin-1") + b"\xe9\xff", "UTF-8"),
        (b"Resep nasi goreng:\n1. Nasi\n2. Kecap\nMasak 10 menit.", "bukan dokumen Standar Pelayanan"),
    ],
)
def test_bad_input_is_refused_with_a_message_naming_the_file(raw: bytes, expected: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_document(raw, "kiriman/dokumen.txt")
    assert caught.value.message.startswith("kiriman/dokumen.txt: ")
    assert expected in caught.value.message


def test_utf16_with_a_byte_order_mark_is_read() -> None:
    raw = codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le")
    permit = parse_document(raw, "utf16.txt").permit_type
    assert [r.text for r in permit.requirements] == ["KTP", "NPWP"]
    assert permit.sla.days == 3


def test_utf8_bom_and_crlf_are_accepted() -> None:
    raw = codecs.BOM_UTF8 + SAMPLE.replace("\n", "\r\n").encode()
    assert parse_document(raw, "crlf.txt").permit_type.name == "Izin Usaha Toko"


def test_messages_are_english_with_lang_en() -> None:
    install("en")
    with pytest.raises(ImportFailed) as caught:
        parse_document(b"", "empty.txt")
    assert caught.value.message == "empty.txt: the file is empty; expected the text of a Standar Pelayanan document"
