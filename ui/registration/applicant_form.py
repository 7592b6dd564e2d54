"""The applicant's data as the officer types it, with each problem shown under its own field.

The form only collects and shows: `entry()` gives the dict `RegistrationService.validate_applicant`
takes (plus the problems the form itself finds, such as an unreadable birth date), `show_messages`
puts each `FieldError` under the field it names ("business.nib" under NIB). The business part
("Pelaku usaha") is a checkable group: unchecked means no business.

Signals:
    context_changed(): WNA, badan usaha or PMA changed (the checklist depends on them).
    field_left(key: str): the officer left a field after changing it (the desk re-validates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import Applicant, BusinessForm
from counter_app.errors import FieldError

if TYPE_CHECKING:
    from types import ModuleType


def _labels() -> ModuleType:
    """`ui.registration.labels`, imported on first use: it brings the domain's calendar, catalog
    and date formatting, which the first paint of the form at start-up does not need."""
    from ui.registration import labels

    return labels


ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a4b00;"
ERROR_FRAME = "QLineEdit, QComboBox { border: 1px solid #b3261e; border-radius: 2px; padding: 1px; }"


@dataclass(frozen=True)
class ApplicantEntry:
    """What the form holds: the service's input dict, and problems found before the service."""

    data: dict[str, Any]
    errors: list[FieldError] = field(default_factory=list)


class _Slot(QWidget):
    """A field (or a row of fields) with its message line underneath, hidden while empty."""

    def __init__(self, *widgets: QWidget, stretch_first: bool = True) -> None:
        super().__init__()
        self.inputs = widgets
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for n, widget in enumerate(widgets):
            row.addWidget(widget, 1 if (n == 0 and stretch_first) else 0)
        if not stretch_first:
            row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
        self.message.setVisible(bool(text))
        self.inputs[0].setStyleSheet(ERROR_FRAME if error and text else "")


def _line(placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    edit.setClearButtonEnabled(False)
    return edit


class ApplicantForm(QWidget):
    """Nama, NIK/WNA/Paspor, tempat & tanggal lahir, alamat, telepon, e-mail; Pelaku usaha."""

    context_changed = Signal()
    field_left = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._applicant_id: str | None = None
        self._picked_nik = ""

        self.name = _line(self.tr("sesuai KTP/paspor"))
        self.nik = _line(self.tr("16 angka"), 24)
        self.foreign = QCheckBox(self.tr("&WNA"))
        self.foreign.setToolTip(self.tr("Warga negara asing: isi nomor paspor; NIK boleh kosong"))
        self.passport = _line(self.tr("nomor paspor (WNA)"), 20)
        self.passport.setEnabled(False)
        self.birth_place = _line(self.tr("tempat lahir"), 80)
        self.birth_date = _line(self.tr("HH-BB-TTTT"), 10)
        self.birth_date.setMaximumWidth(120)
        self.birth_date.setToolTip(self.tr("Tanggal lahir (opsional): 17-08-1985 atau 1985-08-17"))
        self.birth_hint = QLabel()
        self.birth_hint.setStyleSheet("color: #5f6368;")
        self.address = _line(self.tr("alamat sesuai KTP"), 300)
        self.phone = _line(self.tr("0812 3456 7890"), 24)
        self.email = _line(self.tr("nama@contoh.go.id (opsional)"), 120)

        self.business = QGroupBox(self.tr("Pelaku &usaha"))
        self.business.setCheckable(True)
        self.business.setChecked(False)
        self.business_name = _line(self.tr("nama usaha / perusahaan"), 200)
        self.business_form = QComboBox()
        self.business_form.addItem(self.tr("Perseorangan"), BusinessForm.PERSEORANGAN.value)
        self.business_form.addItem(self.tr("Badan usaha"), BusinessForm.BADAN_USAHA.value)
        self.nib = _line(self.tr("13 angka (opsional)"), 20)
        self.npwp = _line(self.tr("15 atau 16 angka (opsional)"), 24)
        self.foreign_capital = QCheckBox(self.tr("&PMA (penanaman modal asing)"))

        self._slots: dict[str, _Slot] = {
            "name": _Slot(self.name),
            "nik": _Slot(self.nik, self.foreign),
            "passport": _Slot(self.passport),
            "birth_place": _Slot(self.birth_place),
            "birth_date": _Slot(self.birth_date, self.birth_hint, stretch_first=False),
            "address": _Slot(self.address),
            "phone": _Slot(self.phone),
            "email": _Slot(self.email),
            "business.name": _Slot(self.business_name),
            "business.form": _Slot(self.business_form),
            "business.nib": _Slot(self.nib),
            "business.npwp": _Slot(self.npwp),
        }
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, self.tr("&Nama lengkap:"), "name")
        self._add_row(form, self.tr("NI&K:"), "nik")
        self._add_row(form, self.tr("Paspo&r:"), "passport")
        self._add_row(form, self.tr("&Tempat lahir:"), "birth_place")
        self._add_row(form, self.tr("Tangga&l lahir:"), "birth_date")
        self._add_row(form, self.tr("&Alamat:"), "address")
        self._add_row(form, self.tr("T&elepon:"), "phone")
        self._add_row(form, self.tr("E-&mail:"), "email")

        business_form = QFormLayout(self.business)
        business_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(business_form, self.tr("Nama usaha:"), "business.name")
        self._add_row(business_form, self.tr("Bentuk:"), "business.form")
        self._add_row(business_form, self.tr("NIB:"), "business.nib")
        self._add_row(business_form, self.tr("NPWP:"), "business.npwp")
        business_form.addRow("", self.foreign_capital)
        self._business_message = QLabel()
        self._business_message.setWordWrap(True)
        self._business_message.setStyleSheet(ERROR_STYLE)
        self._business_message.hide()
        business_form.addRow(self._business_message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(self.business)

        self.foreign.toggled.connect(self._on_foreign_toggled)
        self.business.toggled.connect(self._on_context_input)
        self.business_form.currentIndexChanged.connect(self._on_context_input)
        self.foreign_capital.toggled.connect(self._on_context_input)
        self.birth_date.textChanged.connect(self._show_birth_hint)
        self.nik.textEdited.connect(self._on_nik_edited)
        for key, slot in self._slots.items():
            edit = slot.inputs[0]
            if isinstance(edit, QLineEdit):
                edit.editingFinished.connect(lambda key=key, edit=edit: self._on_left(key, edit))

    def _add_row(self, form: QFormLayout, label: str, key: str) -> None:
        caption = QLabel(label)
        caption.setBuddy(self._slots[key].inputs[0])
        form.addRow(caption, self._slots[key])

    # -- reading -----------------------------------------------------------------------------

    @property
    def applicant_id(self) -> str | None:
        """The returning applicant picked from the search, while the NIK is still theirs."""
        return self._applicant_id

    def entry(self) -> ApplicantEntry:
        errors: list[FieldError] = []
        birth_iso = ""
        try:
            birth = _labels().parse_birth_date(self.birth_date.text())
            birth_iso = birth.isoformat() if birth else ""
        except ValueError:
            errors.append(
                FieldError(
                    "birth_date",
                    self.tr("Tanggal lahir tidak terbaca; tulis HH-BB-TTTT (misalnya 17-08-1985) atau TTTT-BB-HH"),
                )
            )
        data: dict[str, Any] = {
            "name": self.name.text(),
            "nik": self.nik.text(),
            "foreign_national": self.foreign.isChecked(),
            "passport": self.passport.text() if self.foreign.isChecked() else "",
            "birth_place": self.birth_place.text(),
            "birth_date": birth_iso,
            "address": self.address.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "business": self._business_data(),
        }
        return ApplicantEntry(data, errors)

    def _business_data(self) -> dict[str, Any] | None:
        if not self.business.isChecked():
            return None
        return {
            "name": self.business_name.text(),
            "form": self.business_form.currentData(),
            "nib": self.nib.text(),
            "npwp": self.npwp.text(),
            "foreign_capital": self.foreign_capital.isChecked(),
        }

    @property
    def foreign_national(self) -> bool:
        return self.foreign.isChecked()

    @property
    def non_individual(self) -> bool:
        return self.business.isChecked() and self.business_form.currentData() == BusinessForm.BADAN_USAHA.value

    @property
    def foreign_capital_checked(self) -> bool:
        return self.business.isChecked() and self.foreign_capital.isChecked()

    def first_input(self) -> QWidget:
        return self.name

    def first_input_of(self, problems: list[FieldError]) -> QWidget | None:
        """The input of the problem highest up in the form, or None when none names a field."""
        order = [*self._slots, "business"]
        named = sorted((order.index(p.field), p.field) for p in problems if p.field in order)
        return self.input_for(named[0][1]) if named else None

    def input_for(self, key: str) -> QWidget | None:
        """The widget a FieldError's `field` names, or None when it names no field of this form."""
        if key == "business":
            return self.business
        slot = self._slots.get(key)
        return slot.inputs[0] if slot is not None else None

    # -- filling -----------------------------------------------------------------------------

    def fill(self, applicant: Applicant) -> None:
        """Show a returning applicant; the file will update that applicant's record."""
        self.clear()
        self._applicant_id = applicant.id
        self._picked_nik = applicant.nik
        self.name.setText(applicant.name)
        self.nik.setText(applicant.nik)
        self.foreign.setChecked(applicant.foreign_national)
        self.passport.setText(applicant.passport)
        self.birth_place.setText(applicant.birth_place)
        self.birth_date.setText(_labels().birth_date_text(applicant.birth_date))
        self.address.setText(applicant.address)
        self.phone.setText(applicant.phone)
        self.email.setText(applicant.email)
        business = applicant.business
        self.business.setChecked(business is not None)
        if business is not None:
            self.business_name.setText(business.name)
            self.business_form.setCurrentIndex(max(self.business_form.findData(business.form.value), 0))
            self.nib.setText(business.nib)
            self.npwp.setText(business.npwp)
            self.foreign_capital.setChecked(business.foreign_capital)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # the start of a long address, not its end

    def start_new(self, typed: str) -> None:
        """A new applicant from what was typed in the search: a NIK, a phone number or a name."""
        self.clear()
        compact = "".join(ch for ch in typed if not ch.isspace() and ch not in ".-")
        if compact.isdigit() and len(compact) == 16:
            self.nik.setText(compact)
        elif compact.lstrip("+").isdigit() and len(compact) >= 8:
            self.phone.setText(typed.strip())
        elif typed.strip() and not compact.isdigit():
            self.name.setText(typed.strip())

    def clear(self) -> None:
        self._applicant_id = None
        self._picked_nik = ""
        for edit in (
            self.name,
            self.nik,
            self.passport,
            self.birth_place,
            self.birth_date,
            self.address,
            self.phone,
            self.email,
            self.business_name,
            self.nib,
            self.npwp,
        ):
            edit.clear()
            edit.setModified(False)
        self.foreign.setChecked(False)
        self.business_form.setCurrentIndex(0)
        self.foreign_capital.setChecked(False)
        self.business.setChecked(False)
        self.show_messages([], [])

    # -- messages ----------------------------------------------------------------------------

    def show_messages(self, errors: list[FieldError], warnings: list[FieldError]) -> list[FieldError]:
        """Put each error, then each warning, under its field; returns those that name no field."""
        texts: dict[str, tuple[list[str], bool]] = {}
        unplaced: list[FieldError] = []
        business_texts: list[str] = []
        for problems, is_error in ((errors, True), (warnings, False)):
            for problem in problems:
                text = _labels().first_letter_upper(problem.message)
                if problem.field == "business":
                    business_texts.append(text)
                elif problem.field in self._slots:
                    shown, error = texts.setdefault(problem.field, ([], is_error))
                    shown.append(text if is_error else self.tr("Perhatian: {message}").format(message=text))
                    texts[problem.field] = (shown, error or is_error)
                else:
                    unplaced.append(problem)
        for key, slot in self._slots.items():
            shown, error = texts.get(key, ([], False))
            slot.show_message("\n".join(shown), error=error)
        self._business_message.setText("\n".join(business_texts))
        self._business_message.setVisible(bool(business_texts))
        general = [_labels().first_letter_upper(p.message) for p in unplaced if p.field in ("applicant",)]
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))
        return [p for p in unplaced if p.field != "applicant"]

    def message_for(self, key: str) -> str:
        """The message shown under a field ("" when none), for tests and screen readers."""
        if key == "business":
            return self._business_message.text() if self._business_message.isVisible() else ""
        slot = self._slots[key]
        return slot.message.text() if not slot.message.isHidden() else ""

    # -- reactions ---------------------------------------------------------------------------

    def _on_foreign_toggled(self, checked: bool) -> None:
        self.passport.setEnabled(checked)
        self.context_changed.emit()

    def _on_context_input(self, *_args: object) -> None:
        self.context_changed.emit()

    def _on_nik_edited(self, text: str) -> None:
        if self._applicant_id is not None and "".join(text.split()) != self._picked_nik:
            # Another person's NIK: this is not the returning applicant any more.
            self._applicant_id = None

    def _on_left(self, key: str, edit: QLineEdit) -> None:
        if edit.isModified():
            edit.setModified(False)
            self.field_left.emit(key)

    def _show_birth_hint(self, text: str) -> None:
        try:
            day = _labels().parse_birth_date(text)
        except ValueError:
            day = None
        self.birth_hint.setText(_labels().full_date(day) if day else "")
