"""Applicants: the individual (pemohon) and, optionally, the business (pelaku usaha) they represent."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from counter_app.domain.identifiers import (
    FieldProblem,
    check_email,
    check_nib,
    check_nik,
    check_npwp,
    check_phone,
    nik_region_known,
)
from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate


class BusinessForm(StrEnum):
    PERSEORANGAN = "perseorangan"
    BADAN_USAHA = "badan_usaha"


@dataclass(frozen=True)
class Business:
    name: str
    form: BusinessForm
    nib: str = ""
    npwp: str = ""
    foreign_capital: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "form": self.form.value,
            "nib": self.nib,
            "npwp": self.npwp,
            "foreign_capital": self.foreign_capital,
        }


@dataclass(frozen=True)
class Applicant:
    id: str
    name: str
    nik: str
    phone: str
    address: str = ""
    email: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    foreign_national: bool = False
    passport: str = ""
    business: Business | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "nik": self.nik,
            "phone": self.phone,
            "address": self.address,
            "email": self.email,
            "birth_place": self.birth_place,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "foreign_national": self.foreign_national,
            "passport": self.passport,
            "business": self.business.to_json() if self.business else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Applicant:
        business = data.get("business")
        return cls(
            id=data["id"],
            name=data["name"],
            nik=data.get("nik", ""),
            phone=data.get("phone", ""),
            address=data.get("address", ""),
            email=data.get("email", ""),
            birth_place=data.get("birth_place", ""),
            birth_date=date.fromisoformat(data["birth_date"]) if data.get("birth_date") else None,
            foreign_national=bool(data.get("foreign_national", False)),
            passport=data.get("passport", ""),
            business=None
            if not business
            else Business(
                name=business["name"],
                form=BusinessForm(business["form"]),
                nib=business.get("nib", ""),
                npwp=business.get("npwp", ""),
                foreign_capital=bool(business.get("foreign_capital", False)),
            ),
        )


@dataclass(frozen=True)
class ValidatedApplicant:
    applicant: Applicant
    warnings: tuple[FieldError, ...]


def clean_text(value: str) -> str:
    """Typed or pasted text as stored: whitespace runs become one space, and control characters
    (NUL and the like: no name or address contains them, and PostgreSQL refuses NUL) are dropped."""
    return " ".join("".join(ch for ch in value if ch.isspace() or unicodedata.category(ch) != "Cc").split())


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    return clean_text(str(value))


def applicant_from_input(data: Mapping[str, Any], applicant_id: str) -> ValidatedApplicant:
    """Validate what the officer typed (or the JSON of `register --applicant`).

    Raises ValidationError listing every field that is wrong, each with its fix.
    """
    errors: list[FieldError] = []
    warnings: list[FieldError] = []

    def required(key: str, label: str) -> str:
        value = _text(data, key)
        if not value:
            errors.append(FieldError(key, translate("validation", "{label} wajib diisi").format(label=label)))
        return value

    def checked(key: str, value: str, check: Any) -> str:
        try:
            return str(check(value))
        except FieldProblem as problem:
            errors.append(FieldError(key, problem.message))
            return value

    if not isinstance(data, Mapping):
        raise ValidationError(
            [FieldError("applicant", translate("validation", "data pemohon harus berupa objek JSON"))]
        )
    name = required("name", translate("validation", "nama lengkap"))
    foreign = bool(data.get("foreign_national", False))
    nik = _text(data, "nik")
    passport = _text(data, "passport")
    if foreign:
        if not passport:
            errors.append(FieldError("passport", translate("validation", "nomor paspor wajib diisi untuk WNA")))
        if nik:
            nik = checked("nik", nik, check_nik)
    else:
        nik = required("nik", "NIK")
        if nik:
            nik = checked("nik", nik, check_nik)
            if not any(e.field == "nik" for e in errors) and not nik_region_known(nik):
                warnings.append(
                    FieldError(
                        "nik",
                        translate("validation", "kode wilayah NIK {code} tidak dikenal; pastikan sesuai KTP").format(
                            code=nik[:4]
                        ),
                    )
                )
    phone = required("phone", translate("validation", "nomor telepon"))
    if phone:
        phone = checked("phone", phone, check_phone)
    email = _text(data, "email")
    if email:
        email = checked("email", email, check_email)
    birth_date: date | None = None
    raw_birth = _text(data, "birth_date")
    if raw_birth:
        try:
            birth_date = date.fromisoformat(raw_birth)
        except ValueError:
            errors.append(
                FieldError(
                    "birth_date",
                    translate("validation", "tanggal lahir tidak valid; tulis sebagai TTTT-BB-HH, misalnya 1985-08-17"),
                )
            )
    business = _business(data.get("business"), errors)
    if errors:
        raise ValidationError(errors)
    applicant = Applicant(
        id=applicant_id,
        name=name,
        nik=nik,
        phone=phone,
        address=_text(data, "address"),
        email=email,
        birth_place=_text(data, "birth_place"),
        birth_date=birth_date,
        foreign_national=foreign,
        passport=passport,
        business=business,
    )
    return ValidatedApplicant(applicant, tuple(warnings))


def _business(data: Any, errors: list[FieldError]) -> Business | None:
    if data is None or data == {}:
        return None
    if not isinstance(data, Mapping):
        errors.append(FieldError("business", translate("validation", "data usaha harus berupa objek JSON atau null")))
        return None
    name = _text(data, "name")
    if not name:
        errors.append(FieldError("business.name", translate("validation", "nama usaha wajib diisi")))
    form_text = _text(data, "form") or BusinessForm.PERSEORANGAN.value
    try:
        form = BusinessForm(form_text)
    except ValueError:
        errors.append(
            FieldError("business.form", translate("validation", "bentuk usaha harus 'perseorangan' atau 'badan_usaha'"))
        )
        form = BusinessForm.PERSEORANGAN
    nib = _text(data, "nib")
    if nib:
        try:
            nib = check_nib(nib)
        except FieldProblem as problem:
            errors.append(FieldError("business.nib", problem.message))
    npwp = _text(data, "npwp")
    if npwp:
        try:
            npwp = check_npwp(npwp)
        except FieldProblem as problem:
            errors.append(FieldError("business.npwp", problem.message))
    return Business(name=name, form=form, nib=nib, npwp=npwp, foreign_capital=bool(data.get("foreign_capital")))
