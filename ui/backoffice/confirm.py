"""Confirm a card action before it is recorded: say what will happen, ask for the reason when the
rules need one (return to the applicant, reject, undo), and an optional note otherwise.

    note = ask_confirm(parent, view, CardAction.ADVANCED, "Rina sebagai Back Office")
    # None: cancelled; "" or the text: go ahead

Enter confirms (when the reason is filled in), Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from counter_app.domain.card_rules import action_label
from counter_app.domain.control_card import CardAction
from counter_app.services.control_card import CardView
from ui.backoffice.labels import NEEDS_REASON, confirm_button, consequence

Confirm = Callable[[QWidget | None, CardView, CardAction, str], str | None]
"""(parent, file, action, who acts) -> the note (possibly ""), or None when the officer cancelled."""


class ConfirmActionDialog(QDialog):
    def __init__(self, view: CardView, action: CardAction, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.needs_reason = action in NEEDS_REASON
        self.setWindowTitle(self.tr("Konfirmasi: {action}").format(action=action_label(action)))
        self.setMinimumWidth(460)

        self.what = QLabel(consequence(view, action))
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        self.actor = QLabel(self.tr("Dicatat atas nama: {actor}").format(actor=actor))
        self.actor.setTextFormat(Qt.TextFormat.PlainText)
        self.actor.setStyleSheet("color: #5f6368;")

        self.note = QLineEdit()
        self.note.setClearButtonEnabled(True)
        if self.needs_reason:
            label = QLabel(self.tr("&Alasan (wajib, tercatat di kartu):"))
            self.note.setPlaceholderText(self.tr("misalnya: NPWP tidak terbaca"))
        else:
            label = QLabel(self.tr("&Catatan (boleh kosong):"))
        label.setBuddy(self.note)

        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(confirm_button(action), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.actor)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._update(self.note.text())
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.note.text().strip()

    def accept(self) -> None:
        if self.needs_reason and not self.text():
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def _update(self, text: str) -> None:
        self.ok.setEnabled(bool(text.strip()) or not self.needs_reason)


def ask_confirm(parent: QWidget | None, view: CardView, action: CardAction, actor: str) -> str | None:
    dialog = ConfirmActionDialog(view, action, actor, parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
