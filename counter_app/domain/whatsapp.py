"""WhatsApp "click to chat" links: `https://wa.me/<number>?text=<message>`, no paid API.

The link opens WhatsApp (app or web) at the applicant's number with the message typed in; the
officer reads it and presses send. Nothing is sent automatically. The number is the E.164 form the
applicant record stores (`+6281234567890`), written for wa.me as digits only (`6281234567890`).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from counter_app.i18n import translate

WA_ME = "https://wa.me/"
_E164 = re.compile(r"^\+?([1-9][0-9]{6,14})$")


def wa_number(phone: str) -> str | None:
    """The digits wa.me expects (country code first, no +, no leading 0), or None."""
    compact = re.sub(r"[\s\-().]", "", phone or "")
    if compact.startswith("0"):  # a national Indonesian number: 0812… → 62812…
        compact = "62" + compact[1:]
    match = _E164.match(compact)
    return match.group(1) if match else None


def whatsapp_link(phone: str, message: str) -> str | None:
    """`https://wa.me/6281234567890?text=...` (the message percent-encoded), or None without a number."""
    number = wa_number(phone)
    if number is None:
        return None
    return f"{WA_ME}{number}?text={quote(message, safe='')}"


def status_message(*, office: str, reg_no: str, permit: str, stage: str, state: str, url: str) -> str:
    """The prefilled message: registration number, permit type, stage and the status page address."""
    lines = [
        translate("whatsapp", "Yth. Bapak/Ibu pemohon,"),
        translate("whatsapp", "berikut status permohonan Anda di {office}:").format(office=office),
        translate("whatsapp", "No. registrasi: {reg_no}").format(reg_no=reg_no),
        translate("whatsapp", "Jenis izin: {permit}").format(permit=permit),
        translate("whatsapp", "Tahap: {stage} ({state})").format(stage=stage, state=state),
        translate("whatsapp", "Cek status kapan saja: {url}").format(url=url),
    ]
    return "\n".join(lines)
