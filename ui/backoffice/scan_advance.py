"""Scan-to-advance: scan a stack of receipts or cards, see the files and where they are, move them
all to their next stage in one go (one event per file); files that cannot move say why.

Keys: a keyboard-wedge scanner types the code and Enter (the field adds it and clears itself);
Ctrl+Enter advances every listed file; Delete removes the selected row; Esc closes.

Look-ups and the advance run on a worker thread (one at a time, in order), so scanning never waits
for the database.

Signals:
    advanced(reg_nos: list[str]): these files moved to their next stage.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.catalog import Role
from counter_app.errors import KnownError
from counter_app.services.control_card import CardService, CardView, ScanResult
from ui.errors import show_errors
from ui.lookup.scan_field import ScanField
from ui.workers import run_task

_ROOT = QModelIndex()
_DONE_COLOUR = "#d4edda"
_REFUSED_COLOUR = "#f4c7c3"


class ScanState(Enum):
    LOOKING = "looking"
    READY = "ready"
    UNKNOWN = "unknown"  # not found: never sent
    ADVANCING = "advancing"
    DONE = "done"
    REFUSED = "refused"


@dataclass(frozen=True)
class ScanEntry:
    id: int
    text: str
    state: ScanState
    reg_no: str | None = None
    applicant: str = ""
    stage: str = ""
    message: str = ""

    @property
    def sendable(self) -> bool:
        return self.state in (ScanState.LOOKING, ScanState.READY, ScanState.REFUSED)


class ScanColumn(IntEnum):
    FILE = 0
    APPLICANT = 1
    STAGE = 2
    RESULT = 3


class ScanListModel(QAbstractTableModel):
    """The scanned files, in scan order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ScanEntry] = []

    def entries(self) -> list[ScanEntry]:
        return list(self._entries)

    def entry(self, entry_id: int) -> ScanEntry | None:
        return next((e for e in self._entries if e.id == entry_id), None)

    def add(self, entry: ScanEntry) -> None:
        row = len(self._entries)
        self.beginInsertRows(_ROOT, row, row)
        self._entries.append(entry)
        self.endInsertRows()

    def update(self, entry: ScanEntry) -> None:
        for row, old in enumerate(self._entries):
            if old.id == entry.id:
                self._entries[row] = entry
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(ScanColumn) - 1))
                return

    def remove(self, entry_id: int) -> None:
        for row, old in enumerate(self._entries):
            if old.id == entry_id:
                self.beginRemoveRows(_ROOT, row, row)
                del self._entries[row]
                self.endRemoveRows()
                return

    def clear(self) -> None:
        self.beginResetModel()
        self._entries = []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(ScanColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ScanColumn):
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match ScanColumn(section):
            case ScanColumn.FILE:
                return self.tr("Berkas")
            case ScanColumn.APPLICANT:
                return self.tr("Pemohon")
            case ScanColumn.STAGE:
                return self.tr("Tahap sekarang")
            case ScanColumn.RESULT:
                return self.tr("Hasil")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        entry = self._entries[index.row()]
        column = ScanColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            match column:
                case ScanColumn.FILE:
                    return entry.reg_no or entry.text
                case ScanColumn.APPLICANT:
                    return entry.applicant
                case ScanColumn.STAGE:
                    return entry.stage
                case ScanColumn.RESULT:
                    return self.result_text(entry)
        if column is ScanColumn.RESULT and role == Qt.ItemDataRole.BackgroundRole:
            if entry.state is ScanState.DONE:
                return QBrush(QColor(_DONE_COLOUR))
            if entry.state in (ScanState.REFUSED, ScanState.UNKNOWN):
                return QBrush(QColor(_REFUSED_COLOUR))
        if (
            column is ScanColumn.RESULT
            and role == Qt.ItemDataRole.ForegroundRole
            and entry.state
            in (
                ScanState.DONE,
                ScanState.REFUSED,
                ScanState.UNKNOWN,
            )
        ):
            return QBrush(QColor("#202124"))
        return None

    def result_text(self, entry: ScanEntry) -> str:
        match entry.state:
            case ScanState.LOOKING:
                return self.tr("mencari…")
            case ScanState.READY:
                return self.tr("siap diteruskan")
            case ScanState.ADVANCING:
                return self.tr("meneruskan…")
            case ScanState.DONE:
                return self.tr("✓ {message}").format(message=entry.message)
            case ScanState.REFUSED | ScanState.UNKNOWN:
                return self.tr("✗ {reason}").format(reason=entry.message)


def _stage(view: CardView) -> str:
    return view.stage_name(view.state.stage) or "-"


def advance_and_locate(
    cards: CardService, texts: list[str], officer: str, role: Role
) -> tuple[list[ScanResult], dict[str, str]]:
    """Worker thread: advance the files, then read the stage each moved file is at now."""
    results = cards.advance_many(texts, officer, role)
    stages: dict[str, str] = {}
    for result in results:
        if result.ok and result.reg_no is not None:
            stages[result.reg_no] = _stage(cards.show(result.reg_no))
    return results, stages


class ScanAdvanceDialog(QDialog):
    advanced = Signal(list)

    def __init__(
        self, cards: CardService, officer: str, role: Role, role_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._cards = cards
        self._officer = officer
        self._role = role
        self._ids = itertools.count(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # look-ups and the advance stay in scan order
        self.busy = 0
        self.setWindowTitle(self.tr("Pindai && teruskan berkas"))
        self.resize(920, 520)

        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Pindai QR tanda terima atau kartu kendali, satu per satu"))
        self.scan.setAccessibleName(self.tr("Pindai berkas"))
        self.scan.setToolTip(self.tr("Enter menambah ke daftar; Ctrl+Enter meneruskan semua"))
        self.scan.scanned.connect(self.add)
        scan_label = QLabel(self.tr("&Pindai:"))
        scan_label.setBuddy(self.scan)
        self.actor = QLabel(
            self.tr("Diteruskan atas nama {officer} sebagai {role}").format(officer=officer, role=role_text)
        )
        self.actor.setTextFormat(Qt.TextFormat.PlainText)
        self.actor.setStyleSheet("color: #5f6368;")

        self.model = ScanListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Berkas yang dipindai"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in (ScanColumn.FILE, ScanColumn.APPLICANT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScanColumn.STAGE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ScanColumn.STAGE, 240)
        header.setSectionResizeMode(ScanColumn.RESULT, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)  # a refusal is a sentence: show all of it
        self.model.dataChanged.connect(lambda *_args: self.table.resizeRowsToContents())
        self.model.rowsInserted.connect(lambda *_args: self.table.resizeRowsToContents())
        self.summary = QLabel(self.tr("Belum ada berkas dipindai."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.advance_button = QPushButton(self.tr("&Teruskan semua (Ctrl+Enter)"))
        self.remove_button = QPushButton(self.tr("&Hapus baris (Del)"))
        self.clear_button = QPushButton(self.tr("&Kosongkan daftar"))
        self.close_button = QPushButton(self.tr("T&utup"))
        for button in (self.advance_button, self.remove_button, self.clear_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the scan field
            button.setDefault(False)
        self.advance_button.clicked.connect(self.advance_all)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        self.close_button.clicked.connect(self.reject)

        self.advance_action = QAction(self.tr("Teruskan semua"), self)
        self.advance_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.advance_action.triggered.connect(self.advance_all)
        self.addAction(self.advance_action)
        self.remove_action = QAction(self.tr("Hapus baris"), self.table)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)

        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.advance_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(scan_row)
        layout.addWidget(self.actor)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._update_buttons()
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- scanning ----------------------------------------------------------------------------

    def add(self, text: str) -> None:
        """Add a scanned code (receipt URL, tracking code or number) and look it up."""
        text = text.strip()
        if not text:
            return
        if any(text in (e.text, e.reg_no) for e in self.model.entries()):
            self.summary.setText(self.tr("{code} sudah ada di daftar.").format(code=text))
            return
        entry = ScanEntry(next(self._ids), text, ScanState.LOOKING)
        self.model.add(entry)
        self.table.scrollToBottom()
        self._run(
            lambda: self._cards.show(text),
            lambda view: self._on_found(entry.id, view),
            lambda error: self._on_not_found(entry.id, error),
        )
        self._update_buttons()

    def _on_found(self, entry_id: int, view: CardView) -> None:
        entry = self.model.entry(entry_id)
        if entry is None:
            return
        reg_no = view.registration.reg_no
        if any(e.reg_no == reg_no and e.id != entry_id for e in self.model.entries()):
            self.model.remove(entry_id)
            self.summary.setText(self.tr("{reg_no} sudah ada di daftar.").format(reg_no=reg_no))
            self._update_buttons()
            return
        state = entry.state if entry.state is not ScanState.LOOKING else ScanState.READY
        self.model.update(
            replace(entry, state=state, reg_no=reg_no, applicant=view.registration.applicant.name, stage=_stage(view))
        )
        self._announce()

    def _on_not_found(self, entry_id: int, error: Exception) -> None:
        entry = self.model.entry(entry_id)
        if not isinstance(error, KnownError):
            self._show_bug(error)
            if entry is not None:
                self.model.remove(entry_id)
            return
        if entry is not None and entry.state is ScanState.LOOKING:
            self.model.update(replace(entry, state=ScanState.UNKNOWN, message=error.message))
        self._announce()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        entries = self.model.entries()
        for row in rows:
            if 0 <= row < len(entries) and entries[row].state is not ScanState.ADVANCING:
                self.model.remove(entries[row].id)
        self._announce()

    def clear(self) -> None:
        if any(e.state is ScanState.ADVANCING for e in self.model.entries()):
            return
        self.model.clear()
        self.summary.setText(self.tr("Belum ada berkas dipindai."))
        self._update_buttons()
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- advancing ---------------------------------------------------------------------------

    def advance_all(self) -> None:
        """Advance every listed file that has not moved yet (a scan still in the field first)."""
        pending = self.scan.text().strip()
        if pending:
            self.scan.clear()
            self.add(pending)
        batch = [e for e in self.model.entries() if e.sendable]
        if not batch:
            self.summary.setText(self.tr("Tidak ada berkas untuk diteruskan: pindai dulu."))
            return
        for entry in batch:
            self.model.update(replace(entry, state=ScanState.ADVANCING))
        ids = [e.id for e in batch]
        texts = [e.reg_no or e.text for e in batch]
        cards, officer, role = self._cards, self._officer, self._role
        self.summary.setText(self.tr("Meneruskan %n berkas…", "", len(batch)))
        self._run(
            lambda: advance_and_locate(cards, texts, officer, role),
            lambda outcome: self._on_advanced(ids, outcome),
            lambda error: self._on_advance_failed(ids, error),
        )
        self._update_buttons()

    def _on_advanced(self, ids: list[int], outcome: tuple[list[ScanResult], dict[str, str]]) -> None:
        results, stages = outcome
        moved: list[str] = []
        for entry_id, result in zip(ids, results, strict=False):
            entry = self.model.entry(entry_id)
            if entry is None:
                continue  # removed meanwhile (scanned twice)
            if result.ok and result.reg_no is not None:
                moved.append(result.reg_no)
                self.model.update(
                    replace(
                        entry,
                        state=ScanState.DONE,
                        reg_no=result.reg_no,
                        stage=stages.get(result.reg_no, entry.stage),
                        message=result.message,
                    )
                )
            else:
                self.model.update(
                    replace(
                        entry, state=ScanState.REFUSED, reg_no=result.reg_no or entry.reg_no, message=result.message
                    )
                )
        refused = sum(1 for e in self.model.entries() if e.id in ids and e.state is ScanState.REFUSED)
        self.summary.setText(
            self.tr("%n berkas diteruskan", "", len(moved))
            + "; "
            + self.tr("%n tidak dapat diteruskan (lihat kolom Hasil)", "", refused)
        )
        self._update_buttons()
        if moved:
            self.advanced.emit(moved)

    def _on_advance_failed(self, ids: list[int], error: Exception) -> None:
        for entry_id in ids:
            entry = self.model.entry(entry_id)
            if entry is not None and entry.state is ScanState.ADVANCING:
                message = error.message if isinstance(error, KnownError) else self.tr("terjadi kesalahan")
                self.model.update(replace(entry, state=ScanState.REFUSED, message=message))
        if not isinstance(error, KnownError):
            self._show_bug(error)
        self._announce()

    # -- plumbing ----------------------------------------------------------------------------

    def wait(self) -> None:
        """Block until the look-ups and the advance handed to the worker are done (tests, closing)."""
        self._pool.waitForDone()

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        self.busy += 1

        def finish_done(result: Any) -> None:
            self.busy -= 1
            done(result)

        def finish_failed(error: Exception) -> None:
            self.busy -= 1
            failed(error)

        run_task(work, finish_done, finish_failed, pool=self._pool, context=self)

    def _show_bug(self, error: Exception) -> None:
        with show_errors(self):
            raise error

    def _announce(self) -> None:
        entries = self.model.entries()
        ready = sum(1 for e in entries if e.state is ScanState.READY)
        unknown = sum(1 for e in entries if e.state is ScanState.UNKNOWN)
        text = self.tr("%n berkas di daftar", "", len(entries)) + "; " + self.tr("%n siap diteruskan", "", ready)
        if unknown:
            text += "; " + self.tr("%n tidak ditemukan", "", unknown)
        self.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        entries = self.model.entries()
        advancing = any(e.state is ScanState.ADVANCING for e in entries)
        self.advance_button.setEnabled(not advancing and any(e.sendable for e in entries))
        self.clear_button.setEnabled(bool(entries) and not advancing)
        self.remove_button.setEnabled(bool(entries))
