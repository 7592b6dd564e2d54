"""Indonesian identifiers: NIK, NIB, NPWP, phone numbers and e-mail addresses.

Each `check_*` returns the normalized value or raises `FieldProblem` with an Indonesian message
that says what is wrong and how to fix it. NIK region codes are a plausibility check only: an
unknown region is a warning (python-stdnum's table lacks newer provinces), never a refusal.

The libraries behind the checks (phonenumbers, email-validator, python-stdnum) are imported on
first use: the desktop app shows its form before they are needed.
"""

from __future__ import annotations

import re
from datetime import date

from counter_app.i18n import translate

_SEPARATORS = re.compile(r"[\s.\-/]")


class FieldProblem(ValueError):
    """A value that breaks a rule; `message` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def digits_only(value: str) -> str:
    return _SEPARATORS.sub("", value.strip())


def check_nik(value: str) -> str:
    """16 digits, DDMMYY with day+40 for women forming a real day and month."""
    number = digits_only(value)
    if not number.isdigit() or len(number) != 16:
        raise FieldProblem(
            translate("validation", "NIK harus 16 angka (tertulis {count} karakter); periksa kembali dari KTP").format(
                count=len(number)
            )
        )
    day, month = int(number[6:8]), int(number[8:10])
    if day > 40:
        day -= 40
    if not 1 <= month <= 12:
        raise FieldProblem(translate("validation", "NIK tidak valid: digit ke-9 dan ke-10 (bulan lahir) harus 01–12"))
    try:
        date(2000, month, day)  # a leap year, so 29 February is accepted
    except ValueError:
        raise FieldProblem(
            translate(
                "validation",
                "NIK tidak valid: digit ke-7 dan ke-8 (tanggal lahir, +40 untuk perempuan) bukan tanggal yang ada",
            )
        ) from None
    if int(number[12:]) == 0:
        raise FieldProblem(translate("validation", "NIK tidak valid: 4 digit terakhir tidak boleh 0000"))
    return number


def nik_region_known(number: str) -> bool:
    """Whether the first four digits name a regency in python-stdnum's table."""
    try:
        from stdnum import numdb

        return bool(numdb.get("id/loc").info(number[:4])[0][1])
    except (IndexError, KeyError):
        return False


def check_nib(value: str) -> str:
    number = digits_only(value)
    if not number.isdigit() or len(number) != 13:
        raise FieldProblem(
            translate(
                "validation", "NIB harus 13 angka (tertulis {count} karakter); salin dari dokumen NIB OSS"
            ).format(count=len(number))
        )
    return number


def check_npwp(value: str) -> str:
    """Old 15-digit form with its check digit (Luhn over the first 9), or the 16-digit form."""
    number = digits_only(value)
    if not number.isdigit() or len(number) not in (15, 16):
        raise FieldProblem(
            translate(
                "validation",
                "NPWP harus 15 angka (format lama) atau 16 angka (format baru/NIK); tertulis {count} karakter",
            ).format(count=len(number))
        )
    from stdnum import luhn

    if len(number) == 15 and not luhn.is_valid(number[:9]):
        raise FieldProblem(
            translate(
                "validation",
                "NPWP tidak valid: digit ke-9 (angka pemeriksa) tidak cocok; periksa kembali dari kartu NPWP",
            )
        )
    if len(number) == 16 and number.startswith("0") and not luhn.is_valid(number[1:10]):
        raise FieldProblem(
            translate("validation", "NPWP tidak valid: angka pemeriksa tidak cocok; periksa kembali dari kartu NPWP")
        )
    return number


def check_phone(value: str) -> str:
    """Any Indonesian (or international with +) number that libphonenumber accepts, as E.164."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(value.strip(), "ID")
    except phonenumbers.NumberParseException:
        raise FieldProblem(
            translate("validation", "nomor telepon tidak terbaca; tulis seperti 0812 3456 7890 atau +62 812 3456 7890")
        ) from None
    if not phonenumbers.is_valid_number(parsed):
        raise FieldProblem(
            translate("validation", "nomor telepon tidak valid; periksa jumlah digit dan kode area/operator")
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def check_email(value: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        return str(validate_email(value.strip(), check_deliverability=False).normalized)
    except EmailNotValidError:
        raise FieldProblem(
            translate("validation", "alamat e-mail tidak valid; tulis seperti nama@contoh.go.id")
        ) from None


def mask_nik(number: str) -> str:
    """`3214 **** **** 0001`: only the region and the serial stay readable."""
    if len(number) != 16:
        return "*" * len(number)
    return f"{number[:4]} **** **** {number[12:]}"


def mask_name(name: str) -> str:
    """`B*** S*****`: the first letter of each word."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split() if word)
