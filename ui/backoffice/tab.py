"""The "Back Office" tab: the work queue, one file's control card, and what the officer does with it.

Toolbar: the acting officer ("Petugas") and role ("Peran": Loket, Back Office, Supervisor) — until
user accounts exist they are chosen here — then "Muat ulang" (Ctrl+R), "Pindai & teruskan"
(Ctrl+T), "Serah terima" (Ctrl+H) and "Cetak kartu kendali" (Ctrl+P).

Below: a search field (Ctrl+F; Enter opens the file, also one no longer in the queue, e.g. a scanned
receipt), filters by stage, permit type and last officer, the queue (overdue first; click a header
to sort by it) and the selected file's card (`CardDetail`). An action button opens a confirm dialog
that says what will happen; the event is recorded, the card and the queue are read again.

The queue is read on a worker thread (`run_task`), when the tab is first shown, after every action,
when a file is registered (`AppSignals.registered`), on Ctrl+R and every `auto_refresh_ms` while the
tab is visible. The save-file question and opening the saved PDF are injectable (`ask_save`,
`open_file`), as is the confirmation (`confirm`), so tests never block on a dialog.

Signals:
    message(text: str): a short status line (what was recorded, where a PDF went, why nothing
        happened); also shown at the bottom right of the tab. The queue counts stay in the tab.
    refreshed(): the queue model holds freshly read rows.
    card_changed(reg_no: str): an event was recorded on this file (action, handover, scan-to-advance).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.card_state import Flag
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.errors import KnownError, NotFound
from counter_app.services.control_card import CardService, CardView, QueueRow
from counter_app.services.settings import SettingsService
from ui.backoffice.card_detail import CardDetail
from ui.backoffice.confirm import Confirm, ask_confirm
from ui.backoffice.handover import HandoverDialog
from ui.backoffice.labels import ROLES, event_summary, role_choice
from ui.backoffice.queue_model import REG_NO_ROLE, QueueColumn, QueueFilterModel, QueueModel
from ui.backoffice.scan_advance import ScanAdvanceDialog
from ui.bridge import AppSignals
from ui.errors import show_errors
from ui.workers import run_task

log = logging.getLogger(__name__)

CardPageName = Literal["a4", "a5"]
AskSave = Callable[[QWidget | None, Path], tuple[Path, CardPageName] | None]
"""(parent, suggested path) -> where to save the kartu kendali and on which page, or None (cancelled)."""
OpenFile = Callable[[Path], None]
"""Show a saved PDF (the system's viewer, from which it is printed)."""

FALLBACK_TIMEZONE = "Asia/Jakarta"
AUTO_REFRESH_MS = 60_000


def ask_save_path(parent: QWidget | None, suggested: Path) -> tuple[Path, CardPageName] | None:
    """The save-file dialog; the file type chosen (A4 or A5) is the page size."""
    a4 = QCoreApplication.translate("BackOffice", "PDF ukuran A4 (*.pdf)")
    a5 = QCoreApplication.translate("BackOffice", "PDF ukuran A5 (*.pdf)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BackOffice", "Simpan kartu kendali"), str(suggested), f"{a4};;{a5}"
    )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    return Path(path), "a5" if chosen == a5 else "a4"


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _write_card(cards: CardService, reg_no: str, page: CardPageName, path: Path) -> Path:
    """Worker thread: render the card and write it."""
    data = cards.card_pdf(reg_no, page)
    path.write_bytes(data)
    return path


class BackOfficeTab(QWidget):
    message = Signal(str)
    refreshed = Signal()
    card_changed = Signal(str)

    def __init__(
        self,
        cards: CardService,
        settings: SettingsService,
        signals: AppSignals | None = None,
        *,
        officer: str = "",
        role: Role = Role.BACK_OFFICE,
        parent: QWidget | None = None,
        confirm: Confirm = ask_confirm,
        ask_save: AskSave = ask_save_path,
        open_file: OpenFile = open_in_viewer,
        auto_refresh_ms: int = AUTO_REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self._cards = cards
        self._settings = settings
        self._confirm = confirm
        self._ask_save = ask_save
        self._open_file = open_file
        self._timezone: str | None = None
        self._generation = 0
        self._loaded = False
        self._stale = False
        self._save_dir: Path | None = None
        self.loading = False
        self.scan_dialog: ScanAdvanceDialog | None = None
        self.handover_dialog: HandoverDialog | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

        # -- toolbar: who acts, and the tab's actions -----------------------------------------
        self.officer_field = QLineEdit(officer)
        self.officer_field.setPlaceholderText(self.tr("nama petugas"))
        self.officer_field.setAccessibleName(self.tr("Nama petugas"))
        self.officer_field.setMaximumWidth(220)
        officer_label = QLabel(self.tr("&Petugas:"))
        officer_label.setBuddy(self.officer_field)
        self.role_box = QComboBox()
        self.role_box.setAccessibleName(self.tr("Peran"))
        for choice in ROLES:
            self.role_box.addItem(role_choice(choice), choice.value)
        self.role_box.setCurrentIndex(max(self.role_box.findData(role.value), 0))
        self.role_box.currentIndexChanged.connect(self._on_role_changed)
        role_label_widget = QLabel(self.tr("P&eran:"))
        role_label_widget.setBuddy(self.role_box)

        self.refresh_action = self._action(self.tr("&Muat ulang"), "Ctrl+R", self.reload)
        self.refresh_action.setToolTip(self.tr("Baca antrean lagi (Ctrl+R)"))
        self.scan_action = self._action(self.tr("Pindai && &teruskan…"), "Ctrl+T", self.open_scan_advance)
        self.scan_action.setToolTip(
            self.tr("Pindai setumpuk tanda terima atau kartu, lalu teruskan semuanya sekaligus (Ctrl+T)")
        )
        self.handover_action = self._action(self.tr("&Serah terima…"), "Ctrl+H", self.open_handover)
        self.handover_action.setToolTip(self.tr("Pindai tanda terima pemohon dan catat penyerahan izin (Ctrl+H)"))
        self.print_action = self._action(self.tr("&Cetak kartu kendali…"), "Ctrl+P", self.print_card)
        self.print_action.setToolTip(self.tr("Simpan kartu kendali berkas terpilih sebagai PDF (Ctrl+P)"))
        self.print_action.setEnabled(False)

        self.toolbar = QToolBar(self.tr("Back office"))
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(officer_label)
        self.toolbar.addWidget(self.officer_field)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(role_label_widget)
        self.toolbar.addWidget(self.role_box)
        self.toolbar.addSeparator()
        for action in (self.refresh_action, self.scan_action, self.handover_action, self.print_action):
            self.toolbar.addAction(action)

        # -- filters --------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("No. registrasi atau nama pemohon; Enter membuka (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filters)
        self.search.returnPressed.connect(self._on_search_entered)
        search_label = QLabel(self.tr("Ca&ri:"))
        search_label.setBuddy(self.search)
        self.stage_filter = QComboBox()
        self.permit_filter = QComboBox()
        self.officer_filter = QComboBox()
        for box in (self.stage_filter, self.permit_filter, self.officer_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._apply_filters)
        self._fill_filters([])
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        for box, text in (
            (self.stage_filter, self.tr("Ta&hap:")),
            (self.permit_filter, self.tr("&Jenis izin:")),
            (self.officer_filter, self.tr("Terakhir &oleh:")),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box, 1)

        # -- the queue ------------------------------------------------------------------------
        self.model = QueueModel(self)
        self.proxy = QueueFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(QueueColumn.FLAG, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Antrean berkas"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Fit the columns to the rows on screen, not to the first 1,000 (Qt's default): with
        # thousands of open files that measuring was most of the time to show the queue.
        header.setResizeContentsPrecision(0)
        for column in QueueColumn:
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in (QueueColumn.APPLICANT, QueueColumn.PERMIT)
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.activated.connect(lambda _index: self._focus_actions())
        self.status = QLabel()
        self.status.setStyleSheet("color: #5f6368;")
        self.feedback = QLabel()
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.detail = CardDetail(settings=settings.current)
        self.detail.action_requested.connect(self.request_action)
        self.detail.print_requested.connect(self.print_card)

        queue_box = QWidget()
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addLayout(filters)
        queue_layout.addWidget(self.table, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.feedback, 1)
        queue_layout.addLayout(status_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(queue_box)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(auto_refresh_ms)
        self._timer.timeout.connect(self.reload)
        if signals is not None:
            signals.registered.connect(self._on_registered)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- who acts ----------------------------------------------------------------------------

    def officer(self) -> str:
        return self.officer_field.text().strip()

    def role(self) -> Role:
        return Role(str(self.role_box.currentData()))

    def set_actor(self, officer: str, role: Role) -> None:
        self.officer_field.setText(officer)
        self.role_box.setCurrentIndex(max(self.role_box.findData(role.value), 0))

    def actor_text(self) -> str:
        return self.tr("{officer} sebagai {role}").format(officer=self.officer() or "-", role=role_choice(self.role()))

    def _officer_given(self) -> bool:
        if self.officer():
            return True
        self._say(self.tr("Isi nama petugas dulu (kolom Petugas di atas)."))
        self.officer_field.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _on_role_changed(self, _index: int) -> None:
        self._say(self.tr("Bertindak sebagai {role}.").format(role=role_choice(self.role())))
        if self.detail.view is not None:
            self.show_file(self.detail.view.registration.reg_no)

    def timezone(self) -> str:
        if self._timezone is None:
            with show_errors(self):
                self._timezone = str(self._settings.current().get("office.timezone"))
        return self._timezone or FALLBACK_TIMEZONE

    # -- the queue ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queue again on the worker thread (the last request wins)."""
        self._generation += 1
        generation = self._generation
        self._loaded = True
        self._stale = False
        self.loading = True
        self.status.setText(self.tr("Memuat antrean…"))
        run_task(
            self._cards.queue,
            lambda rows: self._on_queue(generation, rows),
            lambda error: self._on_queue_failed(generation, error),
            pool=self._pool,
            context=self,
        )

    def wait(self) -> None:
        """Block until the worker is idle (tests; closing)."""
        self._pool.waitForDone()
        if self.scan_dialog is not None:
            self.scan_dialog.wait()

    def _on_queue(self, generation: int, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return
        current = self.current_reg_no()
        self.model.set_rows(rows)
        self._fill_filters(rows)
        self._apply_filters()
        if current is not None:
            self._select(current)
        self.loading = False
        self._announce()
        self.refreshed.emit()

    def _on_queue_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.status.setText(self.tr("Antrean tidak dapat dibaca."))
        with show_errors(self):
            raise error

    def _on_registered(self, _outcome: object) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _announce(self) -> None:
        rows = self.model.rows()
        red = sum(1 for r in rows if r.flag is Flag.RED)
        amber = sum(1 for r in rows if r.flag is Flag.AMBER)
        text = (
            self.tr("%n berkas di antrean", "", len(rows))
            + " · "
            + self.tr("%n terlambat", "", red)
            + " · "
            + self.tr("%n perlu perhatian", "", amber)
        )
        shown = self.proxy.rowCount()
        if shown != len(rows):
            text += " · " + self.tr("%n ditampilkan", "", shown)
        self.status.setText(text)

    def _fill_filters(self, rows: list[QueueRow]) -> None:
        stages: dict[str, int] = {}
        for row in rows:
            stages[row.stage_name] = min(stages.get(row.stage_name, row.stage), row.stage)
        permits = {row.permit_code: row.permit_name for row in rows}
        officers = {row.last_by for row in rows}
        self._fill(
            self.stage_filter,
            self.tr("Semua tahap"),
            [(name, name) for name in sorted(stages, key=lambda n: (stages[n], n))],
        )
        self._fill(
            self.permit_filter,
            self.tr("Semua jenis izin"),
            [(name, code) for code, name in sorted(permits.items(), key=lambda p: p[1].casefold())],
        )
        self._fill(
            self.officer_filter,
            self.tr("Semua petugas"),
            [(name, name) for name in sorted(officers, key=str.casefold)],
        )

    @staticmethod
    def _fill(box: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        """Replace the choices, keeping the chosen one (even when no row has it now)."""
        chosen = box.currentData()
        chosen_text = box.currentText()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for text, value in choices:
            box.addItem(text, value)
        if chosen:
            index = box.findData(chosen)
            if index < 0:
                box.addItem(chosen_text, chosen)
                index = box.count() - 1
            box.setCurrentIndex(index)
        box.blockSignals(False)

    def set_filters(self, *, stage: str = "", permit_code: str = "", officer: str = "") -> None:
        """Choose the filters (as the combo boxes do); "" means any."""
        for box, value in (
            (self.stage_filter, stage),
            (self.permit_filter, permit_code),
            (self.officer_filter, officer),
        ):
            index = box.findData(value)
            if index < 0:
                box.addItem(value, value)
                index = box.count() - 1
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            stage=str(self.stage_filter.currentData() or ""),
            permit_code=str(self.permit_filter.currentData() or ""),
            officer=str(self.officer_filter.currentData() or ""),
            search=self.search.text(),
        )
        if not self.loading and self._loaded:
            self._announce()

    def visible_reg_nos(self) -> list[str]:
        """The queue as shown (filtered and sorted), top to bottom."""
        return [str(self.proxy.index(row, 0).data(REG_NO_ROLE)) for row in range(self.proxy.rowCount())]

    def current_reg_no(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        value = index.data(REG_NO_ROLE) if index.isValid() else None
        return value if isinstance(value, str) else None

    def select(self, reg_no: str) -> bool:
        """Select the file's row (and show its card); False when it is not shown in the queue."""
        return self._select(reg_no)

    def _select(self, reg_no: str) -> bool:
        row = self.model.row_of(reg_no)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        reg_no = current.data(REG_NO_ROLE) if current.isValid() else None
        if not isinstance(reg_no, str):
            return
        shown = self.detail.view.registration.reg_no if self.detail.view is not None else None
        if reg_no != shown:
            self.show_file(reg_no)

    def _on_search_entered(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if self.proxy.rowCount() > 0:
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.show_file(text, quiet_not_found=True):
            self.search.clear()

    def focus_search(self) -> None:
        """Ctrl+F (the main window asks the current tab)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_actions(self) -> None:
        for button in self.detail.buttons.values():
            if not button.isHidden():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- one file ----------------------------------------------------------------------------

    def show_file(self, text: str, *, quiet_not_found: bool = False) -> bool:
        """Show the card of the file `text` names (number, tracking code, scanned URL)."""
        with show_errors(self) as shown:
            try:
                view = self._cards.show(text)
            except NotFound as missing:
                if not quiet_not_found:
                    raise
                self._say(missing.message)
                return False
            self._show_view(view)
        return not shown.failed

    def _show_view(self, view: CardView) -> None:
        role = self.role()
        self.detail.show_card(view, self._cards.allowed(view, role), self.timezone(), role)
        self.print_action.setEnabled(True)

    def request_action(self, action: CardAction) -> None:
        """An action button: confirm, record, show the card after it, read the queue again."""
        view = self.detail.view
        if view is None or not self._officer_given():
            return
        if action is CardAction.HANDED_OVER:
            self.open_handover(view)
            return
        note = self._confirm(self, view, action, self.actor_text())
        if note is None:
            return
        reg_no = view.registration.reg_no
        with show_errors(self) as shown:
            after = self._cards.act(reg_no, action, self.officer(), self.role(), note=note)
        if shown.failed:
            self.show_file(reg_no)  # the card may have moved on meanwhile: show it as it is now
            self.reload()
            return
        self._show_view(after)
        self._say(
            self.tr("Berkas {reg_no}: {event}.").format(reg_no=reg_no, event=event_summary(after, after.events[-1]))
        )
        self.card_changed.emit(reg_no)
        self.reload()

    # -- dialogs -----------------------------------------------------------------------------

    def open_scan_advance(self) -> ScanAdvanceDialog | None:
        if not self._officer_given():
            return None
        if self.scan_dialog is not None:
            self.scan_dialog.raise_()
            self.scan_dialog.activateWindow()
            return self.scan_dialog
        dialog = ScanAdvanceDialog(self._cards, self.officer(), self.role(), role_choice(self.role()), self)
        dialog.advanced.connect(self._on_scan_advanced)
        dialog.finished.connect(lambda _result: self._forget_scan(dialog))
        self.scan_dialog = dialog
        dialog.open()
        return dialog

    def _forget_scan(self, dialog: ScanAdvanceDialog) -> None:
        dialog.wait()
        if self.scan_dialog is dialog:
            self.scan_dialog = None
        dialog.deleteLater()

    def _on_scan_advanced(self, reg_nos: list[str]) -> None:
        self._say(self.tr("%n berkas diteruskan lewat pindai.", "", len(reg_nos)))
        for reg_no in reg_nos:
            self.card_changed.emit(reg_no)
        if self.detail.view is not None and self.detail.view.registration.reg_no in reg_nos:
            self.show_file(self.detail.view.registration.reg_no)
        self.reload()

    def open_handover(self, view: CardView | None = None) -> HandoverDialog | None:
        if not self._officer_given():
            return None
        if self.handover_dialog is not None:
            self.handover_dialog.close()
        dialog = HandoverDialog(self._cards, self.officer(), self.role(), view, self)
        dialog.recorded.connect(self._on_handed_over)
        dialog.finished.connect(lambda _result: self._forget_handover(dialog))
        self.handover_dialog = dialog
        dialog.open()
        return dialog

    def _forget_handover(self, dialog: HandoverDialog) -> None:
        if self.handover_dialog is dialog:
            self.handover_dialog = None
        dialog.deleteLater()

    def _on_handed_over(self, after: CardView) -> None:
        reg_no = after.registration.reg_no
        self._show_view(after)
        self._say(self.tr("Berkas {reg_no} diserahkan; tercatat di kartu kendali.").format(reg_no=reg_no))
        self.card_changed.emit(reg_no)
        self.reload()

    # -- printing ----------------------------------------------------------------------------

    def print_card(self) -> None:
        """Save the selected file's kartu kendali as a PDF (A4 or A5), then open it to print."""
        view = self.detail.view
        if view is None:
            self._say(self.tr("Pilih berkas dulu."))
            return
        reg_no = view.registration.reg_no
        folder = self._save_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        choice = self._ask_save(self, folder / f"kartu-kendali-{reg_no}.pdf")
        if choice is None:
            return
        path, page = choice
        self._save_dir = path.parent
        cards = self._cards
        self._say(self.tr("Menyiapkan kartu kendali {reg_no}…").format(reg_no=reg_no))
        run_task(
            lambda: _write_card(cards, reg_no, page, path),
            lambda saved: self._on_card_saved(reg_no, saved),
            lambda error: self._on_card_failed(path, error),
            pool=self._pool,
            context=self,
        )

    def _on_card_saved(self, reg_no: str, path: Path) -> None:
        self._say(self.tr("Kartu kendali {reg_no} disimpan di {path}.").format(reg_no=reg_no, path=str(path)))
        self._open_file(path)

    def _on_card_failed(self, path: Path, error: Exception) -> None:
        if isinstance(error, OSError) and not isinstance(error, KnownError):
            log.warning("control card not saved to %s: %s", path, error)
            QMessageBox.warning(
                self,
                self.tr("Cetak kartu kendali"),
                self.tr("Kartu kendali tidak dapat disimpan di {path}: {error}").format(
                    path=str(path), error=error.strerror or str(error)
                ),
            )
            return
        with show_errors(self):
            raise error

    # -- plumbing ----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.message.emit(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded or self._stale:
            self.reload()
        if self._timer.interval() > 0:
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
