"""The registration desk ("Pendaftaran"): the front-desk officer's main screen, keyboard first.

The work goes left to right, and so does Tab: find the applicant (or type a new one), pick the
permit type, tick what was handed over (Space), then "Daftarkan & Cetak" when complete or
"Bukti Pengembalian" when not. The service decides what the file becomes; the desk shows the
outcome and a preview of the slip, asks the print journal to print (through `job_queued`), and
clears itself for the next applicant. Ctrl+N clears at any time; Ctrl+Enter submits.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import Applicant
from counter_app.domain.catalog import PermitType
from counter_app.domain.checklist import ApplicantContext
from counter_app.domain.receipt import receipt_document, return_slip_document
from counter_app.errors import FieldError, KnownError, ValidationError
from counter_app.services.catalog import CatalogService
from counter_app.services.registration import Outcome, Registered, RegistrationRequest, RegistrationService
from counter_app.services.settings import SettingsService, office_of, printer_profile_of
from ui.bridge import AppSignals
from ui.errors import show_errors
from ui.registration.applicant_form import ApplicantEntry, ApplicantForm
from ui.registration.applicant_search import ApplicantSearch
from ui.registration.checklist_model import ChecklistModel
from ui.registration.checklist_view import ChecklistView
from ui.registration.labels import completeness_text, due_text, first_letter_upper
from ui.registration.outcome_panel import OutcomePanel
from ui.registration.permit_picker import PermitPicker

COMPLETE_STYLE = "color: #1e6b34; font-weight: bold;"
INCOMPLETE_STYLE = "color: #8a4b00; font-weight: bold;"
IDLE_STYLE = "color: #5f6368;"
ERROR_STYLE = "color: #b3261e;"
OUTCOME_MARGIN_PX = 48
"""Room around the slip preview: the pane's margins, the scroll area's frame and its scroll bar."""


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class RegistrationDesk(QWidget):
    """Applicant (search + form) | permit + checklist + actions | outcome + slip preview."""

    def __init__(
        self,
        registration: RegistrationService,
        catalog: CatalogService,
        settings: SettingsService,
        signals: AppSignals,
        officer: str,
        parent: QWidget | None = None,
        *,
        form: ApplicantForm | None = None,
    ) -> None:
        """`form`: an applicant form the officer may already have typed into (the window shows one
        while the database opens); a new one otherwise."""
        super().__init__(parent)
        self._registration = registration
        self._catalog = catalog
        self._settings = settings
        self._signals = signals
        self._officer = officer
        self._permit: PermitType | None = None
        self._visited: set[str] = set()
        self._show_all_problems = False

        # 1. applicant
        self.search = ApplicantSearch(registration.search_applicants)
        self.form = form or ApplicantForm()
        applicant_page = QWidget()
        applicant_layout = QVBoxLayout(applicant_page)
        applicant_layout.addWidget(_heading(self.tr("1. Pemohon")))
        applicant_layout.addWidget(self.search)
        applicant_layout.addWidget(self.form)
        applicant_layout.addStretch(1)
        applicant_area = QScrollArea()
        applicant_area.setWidgetResizable(True)
        applicant_area.setFrameShape(QFrame.Shape.NoFrame)
        applicant_area.setWidget(applicant_page)
        applicant_area.setMinimumWidth(330)

        # 2. permit, checklist, actions
        self.picker = PermitPicker()
        self.change_request = QCheckBox(self.tr("Permohonan peruba&han (izin yang sudah ada)"))
        self.checklist_model = ChecklistModel(self)
        self.checklist = ChecklistView()
        self.checklist.setModel(self.checklist_model)
        checklist_label = QLabel(self.tr("Per&syaratan — Spasi: diterima, Enter/F2: ubah bentuk, jumlah, catatan"))
        checklist_label.setBuddy(self.checklist)
        checklist_label.setWordWrap(True)
        self.completeness = QLabel()
        self.completeness.setWordWrap(True)
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.hide()
        self.register_button = QPushButton(self.tr("&Daftarkan && Cetak"))
        self.register_button.setToolTip(self.tr("Berkas lengkap: beri nomor registrasi dan cetak tanda terima"))
        self.return_button = QPushButton(self.tr("&Bukti Pengembalian"))
        self.return_button.setToolTip(self.tr("Berkas belum lengkap: cetak bukti pengembalian, tanpa nomor"))
        self.reset_button = QPushButton(self.tr("Kosongkan (Ctrl+N)"))
        self.reset_button.setAutoDefault(False)
        for button in (self.register_button, self.return_button):
            button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)

        permit_page = QWidget()
        permit_layout = QVBoxLayout(permit_page)
        permit_layout.addWidget(_heading(self.tr("2. Jenis izin dan persyaratan")))
        permit_layout.addWidget(self.picker)
        permit_layout.addWidget(self.change_request)
        permit_layout.addWidget(checklist_label)
        permit_layout.addWidget(self.checklist, 1)
        permit_layout.addWidget(self.completeness)
        permit_layout.addWidget(self.general)
        permit_layout.addLayout(buttons)

        # 3. outcome
        self.outcome = OutcomePanel()
        outcome_page = QWidget()
        outcome_layout = QVBoxLayout(outcome_page)
        outcome_layout.addWidget(_heading(self.tr("3. Hasil")))
        outcome_layout.addWidget(self.outcome, 1)
        # As wide as the slip, so the preview needs no sideways scrolling.
        outcome_page.setMinimumWidth(self.outcome.preview.sizeHint().width() + OUTCOME_MARGIN_PX)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(applicant_area)
        self.splitter.addWidget(permit_page)
        self.splitter.addWidget(outcome_page)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([340, 590, 350])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.new_action = QAction(self.tr("Berkas &baru"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.reset)
        self.addAction(self.new_action)
        self.submit_action = QAction(self.tr("Daftarkan atau kembalikan berkas"), self)
        self.submit_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.submit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.submit_action.triggered.connect(self.submit)
        self.addAction(self.submit_action)

        self.search.picked.connect(self._on_applicant_picked)
        self.search.new_requested.connect(self._on_new_applicant)
        self.search.failed.connect(self._on_search_failed)
        self.form.context_changed.connect(self._rebuild_checklist)
        self.form.field_left.connect(self._on_field_left)
        self.change_request.toggled.connect(self._rebuild_checklist)
        self.picker.chosen.connect(self._on_permit_chosen)
        self.picker.confirmed.connect(self._focus_checklist)
        self.checklist_model.dataChanged.connect(self._update_completeness)
        self.checklist_model.modelReset.connect(self._update_completeness)
        self.checklist.submit_requested.connect(self.submit)
        self.register_button.clicked.connect(self.submit)
        self.return_button.clicked.connect(self.submit)
        self.reset_button.clicked.connect(self.reset)
        signals.receipt_printed.connect(self.outcome.on_job_result)
        signals.print_failed.connect(self.outcome.on_job_result)

        self._set_tab_order()
        self._update_completeness()

    def _set_tab_order(self) -> None:
        form = self.form
        chain: list[QWidget] = [
            self.search.field,
            form.name,
            form.nik,
            form.foreign,
            form.passport,
            form.birth_place,
            form.birth_date,
            form.address,
            form.phone,
            form.email,
            form.business,
            form.business_name,
            form.business_form,
            form.nib,
            form.npwp,
            form.foreign_capital,
            self.picker.field,
            self.change_request,
            self.checklist,
            self.register_button,
            self.return_button,
            self.reset_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- public ------------------------------------------------------------------------------

    @property
    def permit(self) -> PermitType | None:
        return self._permit

    def reload_permits(self) -> None:
        with show_errors(self):
            self.picker.set_permits(self._catalog.list())

    def focus_search(self) -> None:
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def reset(self) -> None:
        """Clear everything but the last outcome, for the next applicant."""
        self.search.clear()
        self.form.clear()
        self.picker.clear()
        self.change_request.setChecked(False)
        self._permit = None
        self.checklist_model.clear()
        self._visited.clear()
        self._show_all_problems = False
        self._show_general([])
        self.focus_search()

    # -- applicant ---------------------------------------------------------------------------

    def _on_applicant_picked(self, applicant: object) -> None:
        if not isinstance(applicant, Applicant):
            return
        self.form.fill(applicant)
        self._visited.clear()
        self._check_applicant(self.form.entry(), show_all=False)
        self._signals.message.emit(
            self.tr("Pemohon lama: {name}; periksa datanya lalu pilih jenis izin.").format(name=applicant.name)
        )
        self.picker.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_new_applicant(self, typed: str) -> None:
        self.form.start_new(typed)
        self._visited.clear()
        target = self.form.name if self.form.nik.text() or not self.form.name.text() else self.form.nik
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_search_failed(self, error: object) -> None:
        if isinstance(error, KnownError):
            # Typing goes on; a box on every keystroke would not help (the database is locked, ...).
            self._signals.message.emit(error.message)
            return
        with show_errors(self):
            raise error if isinstance(error, Exception) else RuntimeError(repr(error))

    def _on_field_left(self, key: str) -> None:
        self._visited.add(key)
        self._check_applicant(self.form.entry(), show_all=self._show_all_problems)

    def _check_applicant(self, entry: ApplicantEntry, *, show_all: bool) -> bool:
        """Validate with the service; show problems (all, or of visited fields) and warnings."""
        errors = list(entry.errors)
        warnings: list[FieldError] = []
        try:
            validated = self._registration.validate_applicant(entry.data, self.form.applicant_id)
        except ValidationError as error:
            errors += error.errors
        else:
            warnings = list(validated.warnings)
        shown = errors if show_all else [e for e in errors if e.field in self._visited]
        self._show_problems(shown, warnings)
        return not errors

    def _show_problems(self, errors: list[FieldError], warnings: list[FieldError]) -> None:
        unplaced = self.form.show_messages(errors, warnings)
        self._show_general(unplaced)

    def _show_general(self, problems: list[FieldError]) -> None:
        self.general.setText("\n".join(first_letter_upper(p.message) for p in problems))
        self.general.setVisible(bool(problems))

    # -- permit and checklist ----------------------------------------------------------------

    def _on_permit_chosen(self, code: object) -> None:
        if not isinstance(code, str):
            self._permit = None
            self.checklist_model.clear()
            return
        if self._permit is not None and self._permit.code == code:
            return
        with show_errors(self) as shown:
            self._permit = self._registration.permit(code)
        if shown.failed:
            self._permit = None
        self._rebuild_checklist()

    def context(self) -> ApplicantContext:
        return ApplicantContext(
            foreign_capital=self.form.foreign_capital_checked,
            non_individual=self.form.non_individual,
            foreign_national=self.form.foreign_national,
            change_request=self.change_request.isChecked(),
        )

    def _rebuild_checklist(self) -> None:
        if self._permit is None:
            self.checklist_model.clear()
            return
        current = self.checklist.current_id()
        column = self.checklist.currentIndex().column()
        self.checklist_model.set_items(self._registration.checklist(self._permit, self.context()))
        self.checklist.go_to(current, max(column, 0))

    def _focus_checklist(self) -> None:
        if self.checklist_model.rowCount() == 0:
            return
        if not self.checklist.currentIndex().isValid():
            self.checklist.go_to(None)
        self.checklist.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_completeness(self) -> None:
        chosen = self._permit is not None
        missing = len(self.checklist_model.missing()) if chosen else 0
        self.completeness.setText(completeness_text(chosen, missing))
        style = IDLE_STYLE if not chosen else COMPLETE_STYLE if missing == 0 else INCOMPLETE_STYLE
        self.completeness.setStyleSheet(style)
        self.register_button.setEnabled(chosen and missing == 0)
        self.return_button.setEnabled(chosen and missing > 0)

    # -- submit ------------------------------------------------------------------------------

    def submit(self) -> None:
        """Register the file (complete) or hand it back with a slip (incomplete): the service decides."""
        if self._permit is None:
            self._show_general([FieldError("permit", self.tr("Pilih jenis izin terlebih dahulu."))])
            self.picker.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_all_problems = True
        entry = self.form.entry()
        if not self._check_applicant(entry, show_all=True):
            self._focus_first_problem(entry)
            self._signals.message.emit(self.tr("Periksa isian pemohon yang ditandai merah."))
            return
        request = RegistrationRequest(
            permit_code=self._permit.code,
            applicant=entry.data,
            officer=self._officer,
            received=self.checklist_model.received_items(),
            change_request=self.change_request.isChecked(),
            applicant_id=self.form.applicant_id,
        )
        with show_errors(self) as shown:
            try:
                outcome = self._registration.submit(request)
            except ValidationError as error:
                self._show_problems(error.errors, [])
                self._focus_first_problem(entry, error.errors)
                return
        if shown.failed:
            return
        self._announce(outcome)
        self.reset()

    def _focus_first_problem(self, entry: ApplicantEntry, errors: list[FieldError] | None = None) -> None:
        problems = errors if errors is not None else list(entry.errors)
        if errors is None:
            try:
                self._registration.validate_applicant(entry.data, self.form.applicant_id)
            except ValidationError as error:
                problems += error.errors
        widget = self.form.first_input_of(problems)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _announce(self, outcome: Outcome) -> None:
        with show_errors(self):
            settings = self._settings.current()
            office = office_of(settings)
            columns = printer_profile_of(settings).columns
            if isinstance(outcome, Registered):
                registration = outcome.registration
                self.outcome.show_registered(outcome, receipt_document(registration, office), columns)
                self._signals.message.emit(
                    self.tr("Berkas {reg_no} terdaftar — estimasi selesai {due}.").format(
                        reg_no=registration.reg_no, due=due_text(registration.due)
                    )
                )
            else:
                self.outcome.show_returned(outcome, return_slip_document(outcome.visit, office), columns)
                self._signals.message.emit(
                    self.tr("Berkas {name} belum lengkap: bukti pengembalian dicetak, tanpa nomor.").format(
                        name=outcome.visit.applicant.name
                    )
                )
        if isinstance(outcome, Registered):
            self._signals.registered.emit(outcome)
        else:
            self._signals.returned.emit(outcome)
        self._signals.job_queued.emit(outcome.print_job)
