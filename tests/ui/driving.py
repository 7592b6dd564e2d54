"""Driving the desk like the officer: type, Tab out, pick a permit, tick with Space, answer dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from ui.registration.desk import RegistrationDesk


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def leave(widget: QWidget) -> None:
    """Tab out of a field (its editingFinished runs)."""
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def pick_permit(desk: RegistrationDesk, text: str) -> None:
    """Type in the permit filter and Enter (the checklist gets the focus)."""
    type_into(desk.picker.field, text)
    QTest.keyClick(desk.picker.field, Qt.Key.Key_Return)


def tick_all_with_space(desk: RegistrationDesk) -> None:
    """Walk down the checklist with the arrow key, ticking every tickable row with Space."""
    view = desk.checklist
    view.setFocus()
    view.go_to(None)
    for row in range(desk.checklist_model.rowCount()):
        if not desk.checklist_model.item(row).heading:
            QTest.keyClick(view, Qt.Key.Key_Space)
        QTest.keyClick(view, Qt.Key.Key_Down)


def button_with_text(dialog: QWidget, text: str) -> QAbstractButton:
    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text:
            return button
    raise AssertionError(f"no button {text!r} in {dialog!r}")


@contextmanager
def answering(answers: list[Callable[[QDialog], None]], interval_ms: int = 20) -> Iterator[list[str]]:
    """Answer the modal dialogs that open inside the block, in order, each with the next function.

    Yields the window titles of the dialogs answered. A dialog left unanswered fails the test
    instead of hanging it: the block's dialogs must all be answered.
    """
    pending = list(answers)
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible() and pending:
            seen.append(dialog.windowTitle())
            pending.pop(0)(dialog)

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(poll)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()
    assert not pending, f"{len(pending)} dialog(s) never appeared"


def click(text: str) -> Callable[[QDialog], None]:
    """An answer: click the button labelled `text` (mnemonic ampersands ignored)."""

    def answer(dialog: QDialog) -> None:
        button_with_text(dialog, text).click()

    return answer
