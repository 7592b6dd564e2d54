"""WhatsApp click-to-chat links: the number as wa.me wants it, the message percent-encoded intact."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from counter_app.domain.whatsapp import status_message, wa_number, whatsapp_link


@pytest.mark.parametrize(
    ("phone", "digits"),
    [
        ("+6281234567890", "6281234567890"),  # E.164 as the applicant record stores it
        ("0812-3456-7890", "6281234567890"),  # typed nationally
        ("+62 (21) 555-0100", "62215550100"),
        ("+14155550100", "14155550100"),  # a foreign applicant
    ],
)
def test_numbers_become_wa_me_digits(phone: str, digits: str) -> None:
    assert wa_number(phone) == digits


@pytest.mark.parametrize("phone", ["", "   ", "+0812", "12345", "+62812345678901234567", "0812 atau 0813", "+62-abc"])
def test_no_link_without_a_usable_number(phone: str) -> None:
    assert wa_number(phone) is None
    assert whatsapp_link(phone, "halo") is None


def test_the_message_survives_the_link() -> None:
    message = status_message(
        office="DPMPTSP Kota A & B",
        reg_no="PWK/L01/261123/0001",
        permit="Izin Usaha (Risiko Tinggi) #1",
        stage="Verifikasi berkas",
        state="sedang diproses",
        url="https://status.contoh.go.id/t/7KQ2-MX9D-4T1B-R?x=1&y=2",
    )
    link = whatsapp_link("+6281234567890", message)
    assert link is not None
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/6281234567890")
    assert " " not in link and "\n" not in link and "#" not in link.split("?", 1)[1].replace("%23", "")
    assert parse_qs(parts.query) == {"text": [message]}
    assert message.splitlines() == [
        "Yth. Bapak/Ibu pemohon,",
        "berikut status permohonan Anda di DPMPTSP Kota A & B:",
        "No. registrasi: PWK/L01/261123/0001",
        "Jenis izin: Izin Usaha (Risiko Tinggi) #1",
        "Tahap: Verifikasi berkas (sedang diproses)",
        "Cek status kapan saja: https://status.contoh.go.id/t/7KQ2-MX9D-4T1B-R?x=1&y=2",
    ]
