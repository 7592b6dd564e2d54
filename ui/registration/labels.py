"""Pure text and parsing for the registration desk (no widgets; no QApplication needed).

Source strings are Indonesian; they follow the installed QTranslator.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from counter_app.domain.applicant import Applicant
from counter_app.domain.calendar import DueDate
from counter_app.domain.catalog import DocumentForm
from counter_app.domain.checklist import ChecklistItem
from counter_app.domain.formatting import full_date
from counter_app.domain.identifiers import mask_nik

translate = QCoreApplication.translate

FORMS = (DocumentForm.ORIGINAL, DocumentForm.PHOTOCOPY, DocumentForm.SCAN, DocumentForm.UNSPECIFIED)
"""The choices of the Bentuk column, in menu order."""

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def form_label(form: DocumentForm) -> str:
    match form:
        case DocumentForm.ORIGINAL:
            return translate("RegistrationLabels", "Asli")
        case DocumentForm.PHOTOCOPY:
            return translate("RegistrationLabels", "Fotokopi")
        case DocumentForm.SCAN:
            return translate("RegistrationLabels", "Pindaian")
        case _:
            return translate("RegistrationLabels", "-")


def marker_text(item: ChecklistItem) -> str:
    """The Keterangan column: "wajib" or "opsional" ("" for a heading)."""
    if item.heading:
        return ""
    return translate("RegistrationLabels", "wajib") if item.mandatory else translate("RegistrationLabels", "opsional")


def requirement_text(item: ChecklistItem) -> str:
    """The Persyaratan column: the text, and under it the condition that makes the row apply."""
    own = item.heading or item.depth == 0 or item.requirement.condition is not None
    if item.condition_text and own and item.condition_text.casefold() not in item.text.casefold():
        return translate("RegistrationLabels", "{text}\n({condition})").format(
            text=item.text, condition=item.condition_text
        )
    return item.text


def completeness_text(permit_chosen: bool, missing: int) -> str:
    if not permit_chosen:
        return translate("RegistrationLabels", "Pilih jenis izin untuk melihat persyaratannya")
    if missing == 0:
        return translate("RegistrationLabels", "Lengkap — siap didaftarkan")
    return translate("RegistrationLabels", "Kurang %n persyaratan wajib", None, missing)


def parse_birth_date(text: str) -> date | None:
    """`1985-08-17`, `17-08-1985`, `17/08/1985` or `17.08.1985`; None when empty.

    Raises ValueError when the text is not one of those or not a real day.
    """
    text = text.strip()
    if not text:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.match(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise ValueError(text)
    return date(year, month, day)


def birth_date_text(day: date | None) -> str:
    """How the form shows a stored birth date: `17-08-1985`."""
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def applicant_summary(applicant: Applicant) -> str:
    """One line of the search results: name, masked NIK (or passport), phone, business."""
    parts = [applicant.name]
    if applicant.nik:
        parts.append(mask_nik(applicant.nik))
    elif applicant.passport:
        parts.append(translate("RegistrationLabels", "Paspor {number}").format(number=applicant.passport))
    if applicant.phone:
        parts.append(applicant.phone)
    if applicant.business and applicant.business.name:
        parts.append(applicant.business.name)
    return " · ".join(parts)


def first_letter_upper(message: str) -> str:
    """The core writes field messages in lower case ("nomor telepon wajib diisi"); shown as a sentence."""
    return message[:1].upper() + message[1:]


def due_text(due: DueDate | None) -> str:
    """ "Rabu, 2 Desember 2026", marked when the holiday list of that year is not known yet."""
    if due is None:
        return translate("RegistrationLabels", "belum ditetapkan (jangka waktu jenis izin ini belum diatur)")
    day = full_date(due.date)
    if due.provisional:
        return translate("RegistrationLabels", "{date} (perkiraan: hari libur tahun itu belum ditetapkan)").format(
            date=day
        )
    return day
