"""Find a returning applicant while typing: NIK, NIB, phone or name, results live in a list.

Typing waits ~200 ms for a pause, then asks the service off the UI thread; an answer to an older
query is dropped. Down/Up in the field move through the results; Enter (or a double click) picks
the current one. Enter with no results starts a new applicant with what was typed; Enter typed
before the pause (a scanner) searches at once and picks the applicant when exactly one matches.

Signals:
    picked(applicant: Applicant): the officer chose a returning applicant.
    new_requested(typed: str): Enter without a result: a new applicant, starting from the text.
    failed(error: Exception): the search could not run (shown by the desk).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from counter_app.domain.applicant import Applicant
from ui.registration.labels import applicant_summary
from ui.workers import run_task

_ROOT = QModelIndex()

DEBOUNCE_MS = 200
MIN_QUERY = 2
RESULT_ROWS = 3
"""The service answers nothing for shorter queries."""


class ApplicantListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._applicants: list[Applicant] = []

    def set_applicants(self, applicants: list[Applicant]) -> None:
        self.beginResetModel()
        self._applicants = list(applicants)
        self.endResetModel()

    def applicant(self, row: int) -> Applicant:
        return self._applicants[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._applicants)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        applicant = self._applicants[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return applicant_summary(applicant)
        return None


class ApplicantSearch(QWidget):
    picked = Signal(object)
    new_requested = Signal(str)
    failed = Signal(object)

    def __init__(self, search: Callable[[str], list[Applicant]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Cari pemohon: NIK, NIB, telepon atau nama"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.label = QLabel(self.tr("&Cari pemohon:"))
        self.label.setBuddy(self.field)

        self.model = ApplicantListModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results.setUniformItemSizes(True)
        self.results.setFixedHeight(self.results.fontMetrics().lineSpacing() * RESULT_ROWS + 10)
        self.results.activated.connect(lambda index: self._pick(index.row()))

        self.status = QLabel()
        self.status.setStyleSheet("color: #5f6368;")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)
        self.field.textChanged.connect(self._on_text_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        layout.addWidget(self.status)

    def clear(self) -> None:
        self._generation += 1
        self._timer.stop()
        self.field.clear()
        self.model.set_applicants([])
        self.status.clear()

    def wait(self) -> None:
        """Block until a running search is done (tests; closing)."""
        self._pool.waitForDone()

    # -- typing ------------------------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        self._generation += 1
        if len(text.strip()) < MIN_QUERY:
            self._timer.stop()
            self.model.set_applicants([])
            self.status.clear()
            return
        self._timer.start()

    def _run_search(self) -> None:
        query = self.field.text().strip()
        generation = self._generation
        self.status.setText(self.tr("Mencari…"))
        run_task(
            lambda: self._search(query),
            lambda found: self._on_found(generation, found),
            lambda error: self._on_failed(generation, error),
            pool=self._pool,
            context=self,
        )

    def _on_found(self, generation: int, found: list[Applicant]) -> None:
        if generation != self._generation:
            return
        self.model.set_applicants(found)
        if found:
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.status.setText(self.tr("%n pemohon ditemukan — Enter memilih, ↓↑ berpindah", "", len(found)))
        else:
            self.status.setText(self.tr("Belum pernah mendaftar — Enter: isi data pemohon baru"))

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.status.clear()
        self.failed.emit(error)

    # -- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_field_key(event)
        return super().eventFilter(watched, event)

    def _on_field_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        rows = self.model.rowCount()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
            current = self.results.currentIndex().row()
            step = 1 if key == Qt.Key.Key_Down else -1
            target = min(max(current + step, 0), rows - 1) if current >= 0 else 0
            self.results.setCurrentIndex(self.model.index(target, 0))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                # Enter before the pause ended: search now, decide when the answer is in.
                self._timer.stop()
                self._search_now_then_enter()
                return True
            chosen = self.results.currentIndex()
            if rows and chosen.isValid():
                self._pick(chosen.row())
            else:
                self.new_requested.emit(self.field.text())
            return True
        return False

    def _search_now_then_enter(self) -> None:
        query = self.field.text().strip()
        self._generation += 1
        generation = self._generation

        def found(applicants: list[Applicant]) -> None:
            self._on_found(generation, applicants)
            if generation != self._generation:
                return
            if len(applicants) == 1:
                self._pick(0)
            elif not applicants:
                self.new_requested.emit(self.field.text())

        run_task(
            lambda: self._search(query),
            found,
            lambda error: self._on_failed(generation, error),
            pool=self._pool,
            context=self,
        )

    def _pick(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.picked.emit(self.model.applicant(row))
