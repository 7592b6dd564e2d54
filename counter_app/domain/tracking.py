"""Tracking codes: 60 random bits in Crockford base32, one check character, printed in groups.

`7KQ2-MX9D-4T1B-R`. Never derived from the number, the NIK or the time (architecture.md §2). The
check character is Luhn mod 32 over the same alphabet, so a mistyped or swapped character is caught.
Reading is forgiving: case, dashes and spaces are ignored, and I/L read as 1, O as 0.
"""

from __future__ import annotations

import re
import secrets
from functools import lru_cache

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})
DATA_CHARS = 12  # 12 x 5 bits = 60 random bits
_SHAPE = re.compile(rf"^[{ALPHABET}]{{{DATA_CHARS + 1}}}$")


def _check_char(data: str) -> str:
    total = 0
    for index, ch in enumerate(reversed(data)):
        value = _VALUE[ch]
        if index % 2 == 0:
            value *= 2
            value = value // 32 + value % 32
        total += value
    return ALPHABET[(32 - total % 32) % 32]


def new_tracking_code() -> str:
    bits = secrets.randbits(5 * DATA_CHARS)
    data = "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(DATA_CHARS))
    return data + _check_char(data)


@lru_cache(maxsize=4096)  # the status page reads the same codes over and over
def normalize_tracking_code(text: str) -> str | None:
    """The canonical 13-character code, or None if `text` is not a valid code."""
    compact = re.sub(r"[\s\-]", "", text).upper().translate(_READ_AS)
    if not _SHAPE.match(compact):
        return None
    return compact if _check_char(compact[:-1]) == compact[-1] else None


def format_tracking_code(code: str) -> str:
    """`7KQ2MX9D4T1BR` → `7KQ2-MX9D-4T1B-R`."""
    return "-".join((code[0:4], code[4:8], code[8:12], code[12:]))


def status_url(base_url: str, code: str) -> str:
    """What the receipt QR encodes: `<public base URL>/t/<code>`."""
    return f"{base_url.rstrip('/')}/t/{format_tracking_code(code)}"


_URL_CODE = re.compile(r"/t/([0-9A-Za-z\-]+)/?(?:[?#].*)?$")


def code_from_scan(text: str) -> str | None:
    """A tracking code from what a scanner typed: a status URL or the code itself."""
    text = text.strip()
    match = _URL_CODE.search(text)
    return normalize_tracking_code(match.group(1) if match else text)
