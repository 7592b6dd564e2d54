"""One file's control card: what it is, where it is, its timeline, what was received, what may be done.

`CardDetail.show_card(view, allowed, timezone)` fills the panel; the buttons are the actions
`CardService.allowed()` returned for the acting role, plus "Cetak kartu kendali" and, when the panel
was given the settings, "Kirim status lewat WhatsApp" (opens a wa.me link with the status message
typed in; the officer sends it, nothing is sent from here). The NIK is masked here (the full NIK is
shown only in the handover dialog).

Signals:
    action_requested(action: CardAction): a button of an action was pressed.
    print_requested(): "Cetak kartu kendali" was pressed.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.card_rules import role_label
from counter_app.domain.card_state import CardStatus
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.formatting import date_time, full_date
from counter_app.domain.identifiers import mask_nik
from counter_app.services.control_card import CardView
from counter_app.services.status import whatsapp_status_link
from counter_app.settings import Settings
from ui.backoffice.labels import (
    ACTIONS,
    FLAG_COLOURS,
    action_button,
    days_text,
    event_summary,
    flag_label,
    handover_details,
    sla_left_text,
    status_text,
    translate,
)
from ui.lookup.file_dialog import item_lines

_ROOT = QModelIndex()
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard

IGNORED_ROLE = Qt.ItemDataRole.UserRole
"""Any cell: True when the event is kept in the log but has no effect."""


class TimelineColumn(IntEnum):
    AT = 0
    EVENT = 1
    BY = 2
    NOTE = 3


def _officer(event: CardEvent) -> str:
    try:
        role = role_label(Role(event.role))
    except ValueError:
        role = event.role
    return translate("BackOffice", "{by} · {role} · loket {counter}").format(
        by=event.by, role=role, counter=event.counter_code
    )


class TimelineModel(QAbstractTableModel):
    """The card's events in order, ignored ones included (marked, grey and italic)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: CardView | None = None
        self._events: list[CardEvent] = []
        self._timezone = "Asia/Jakarta"

    def set_card(self, view: CardView | None, timezone: str) -> None:
        self.beginResetModel()
        self._view = view
        self._events = list(view.events) if view is not None else []
        self._timezone = timezone
        self.endResetModel()

    def event_at(self, row: int) -> CardEvent:
        return self._events[row]

    def ignored(self, row: int) -> bool:
        return self._view is not None and self._events[row] in self._view.state.ignored

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(TimelineColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(TimelineColumn):
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match TimelineColumn(section):
            case TimelineColumn.AT:
                return self.tr("Waktu")
            case TimelineColumn.EVENT:
                return self.tr("Kejadian")
            case TimelineColumn.BY:
                return self.tr("Oleh")
            case TimelineColumn.NOTE:
                return self.tr("Catatan")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid) or self._view is None:
            return None
        event = self._events[index.row()]
        ignored = self.ignored(index.row())
        column = TimelineColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(self._view, event, column, ignored)
            if role == Qt.ItemDataRole.ToolTipRole and ignored:
                return self.tr(
                    "Kejadian ini tercatat tetapi tidak berlaku (misalnya dua loket meneruskan berkas yang sama "
                    "bersamaan); tahap berkas dihitung tanpa kejadian ini."
                )
            return text
        if role == Qt.ItemDataRole.ForegroundRole and ignored:
            return QBrush(QColor("#80868b"))
        if role == Qt.ItemDataRole.FontRole and ignored:
            font = QFont()
            font.setItalic(True)
            font.setStrikeOut(True)
            return font
        if role == IGNORED_ROLE:
            return ignored
        return None

    def _text(self, view: CardView, event: CardEvent, column: TimelineColumn, ignored: bool) -> str:
        match column:
            case TimelineColumn.AT:
                return date_time(event.at, self._timezone)
            case TimelineColumn.EVENT:
                summary = event_summary(view, event)
                return self.tr("{event} — tidak berlaku").format(event=summary) if ignored else summary
            case TimelineColumn.BY:
                return _officer(event)
            case TimelineColumn.NOTE:
                parts = [p for p in (event.note, handover_details(event)) if p]
                return "; ".join(parts)


def _value() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(_SELECTABLE)
    label.setWordWrap(True)
    return label


class CardDetail(QWidget):
    action_requested = Signal(object)
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, settings: Callable[[], Settings] | None = None) -> None:
        super().__init__(parent)
        self.view: CardView | None = None
        self.allowed: list[CardAction] = []
        self._settings = settings

        self.title = _value()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setText(self.tr("Pilih berkas di antrean, atau pindai tanda terimanya"))
        self.flag = QLabel()
        self.flag.setTextFormat(Qt.TextFormat.PlainText)
        self.flag.setContentsMargins(6, 2, 6, 2)
        self.flag.hide()

        self.applicant = _value()
        self.permit = _value()
        self.stage = _value()
        self.received = _value()
        self.due = _value()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Pemohon:"), self.applicant)
        form.addRow(self.tr("Jenis izin:"), self.permit)
        form.addRow(self.tr("Tahap:"), self.stage)
        form.addRow(self.tr("Diterima:"), self.received)
        form.addRow(self.tr("Estimasi selesai:"), self.due)

        self.timeline_model = TimelineModel(self)
        self.timeline = QTableView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setWordWrap(True)
        self.timeline.verticalHeader().hide()
        self.timeline.setAccessibleName(self.tr("Riwayat kartu kendali"))
        header = self.timeline.horizontalHeader()
        header.setHighlightSections(False)
        for column in TimelineColumn:
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column is TimelineColumn.NOTE
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setAccessibleName(self.tr("Dokumen diterima"))
        self.sections = QTabWidget()
        self.sections.addTab(self.timeline, self.tr("Riwayat"))
        self.sections.addTab(self.items, self.tr("Dokumen diterima"))

        self.buttons: dict[CardAction, QPushButton] = {}
        self.button_row = QHBoxLayout()
        for action in ACTIONS:
            button = QPushButton(action_button(action))
            button.clicked.connect(lambda _checked=False, chosen=action: self.action_requested.emit(chosen))
            button.hide()
            self.buttons[action] = button
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.print_button = QPushButton(self.tr("&Cetak kartu kendali…"))
        self.print_button.setToolTip(
            self.tr("Simpan kartu kendali sebagai PDF (A4 atau A5) untuk dilampirkan ke berkas")
        )
        self.print_button.clicked.connect(self.print_requested)
        self.whatsapp_button = QPushButton(self.tr("Kirim status lewat &WhatsApp…"))
        self.whatsapp_button.setToolTip(
            self.tr(
                "Buka WhatsApp ke nomor pemohon dengan pesan status (nomor registrasi, jenis izin, tahap, alamat "
                "halaman status) sudah terketik; pesan baru terkirim setelah Anda menekan kirim di WhatsApp"
            )
        )
        self.whatsapp_button.clicked.connect(self.send_whatsapp)
        self.whatsapp_button.setVisible(settings is not None)
        self.button_row.addWidget(self.whatsapp_button)
        self.button_row.addWidget(self.print_button)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #5f6368;")
        self.hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.flag, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.hint)
        layout.addLayout(self.button_row)
        self.clear()

    # -- content -----------------------------------------------------------------------------

    def clear(self) -> None:
        self.view = None
        self.allowed = []
        self.title.setText(self.tr("Pilih berkas di antrean, atau pindai tanda terimanya"))
        for label in (self.applicant, self.permit, self.stage, self.received, self.due):
            label.clear()
        self.flag.hide()
        self.timeline_model.set_card(None, "Asia/Jakarta")
        self.items.clear()
        self.sections.setTabText(0, self.tr("Riwayat"))
        self.sections.setTabText(1, self.tr("Dokumen diterima"))
        self.hint.clear()
        for button in self.buttons.values():
            button.hide()
        self.print_button.setEnabled(False)
        self.whatsapp_button.setEnabled(False)

    def show_card(self, view: CardView, allowed: list[CardAction], timezone: str, role: Role) -> None:
        self.view = view
        self.allowed = list(allowed)
        registration = view.registration
        state = view.state
        applicant = registration.applicant
        self.title.setText(registration.reg_no)
        who = applicant.name
        if applicant.nik:
            who = self.tr("{name} — NIK {nik}").format(name=who, nik=mask_nik(applicant.nik))
        if applicant.business is not None:
            who = self.tr("{who} — {business}").format(who=who, business=applicant.business.name)
        self.applicant.setText(who)
        self.permit.setText(
            self.tr("{name} ({code}, versi {version})").format(
                name=registration.permit.name, code=registration.permit.code, version=registration.permit.version
            )
        )
        stage = view.stage_name(state.stage) or "-"
        position = self.tr("{stage} — tahap {n} dari {total}; {status}").format(
            stage=stage, n=state.stage + 1, total=len(registration.permit.stages), status=status_text(state.status)
        )
        if not state.status.closed:
            position = self.tr("{position}; {days} di tahap ini").format(
                position=position, days=days_text(state.days_in_stage())
            )
        self.stage.setText(position)
        self.received.setText(
            self.tr("{when} oleh {officer}").format(
                when=date_time(registration.received_at, timezone), officer=registration.officer
            )
        )
        sla = state.sla
        if sla.due_date is None:
            self.due.setText(self.tr("tanpa batas waktu (jenis izin ini tidak menyebut waktu penyelesaian)"))
        elif state.status.closed:
            self.due.setText(full_date(sla.due_date))
        else:
            self.due.setText(
                self.tr("{date} (sisa SLA: {left})").format(
                    date=full_date(sla.due_date), left=sla_left_text(sla.working_days_left)
                )
            )
        self.flag.setText(flag_label(state.flag))
        self.flag.setStyleSheet(f"background: {FLAG_COLOURS[state.flag]}; color: #202124; border-radius: 3px;")
        self.flag.setVisible(not state.status.closed)
        self.timeline_model.set_card(view, timezone)
        self.timeline.resizeRowsToContents()
        self.sections.setTabText(0, self.tr("Riwayat (%n)", "", len(view.events)))
        lines = item_lines(registration)
        self.items.clear()
        self.items.addItems(lines or [self.tr("(tidak ada dokumen tercatat)")])
        self.sections.setTabText(1, self.tr("Dokumen diterima (%n)", "", len(lines)))
        for action, button in self.buttons.items():
            button.setVisible(action in self.allowed)
        self.print_button.setEnabled(True)
        self.whatsapp_button.setEnabled(bool(applicant.phone))
        if self.allowed:
            self.hint.setText(self.tr("Bertindak sebagai {role}.").format(role=role_label(role)))
        elif state.status is CardStatus.OPEN or state.status is CardStatus.RETURNED:
            self.hint.setText(
                self.tr("Tidak ada tindakan untuk {role} di tahap ini; tahap {stage} dikerjakan oleh {owner}.").format(
                    role=role_label(role),
                    stage=stage,
                    owner=role_label(registration.permit.stages[state.stage].role),
                )
            )
        else:
            self.hint.setText(self.tr("Berkas sudah ditutup ({status}).").format(status=status_text(state.status)))

    def whatsapp_link(self) -> str | None:
        """The wa.me link for the file shown, or None (no file, no settings, no usable number)."""
        if self.view is None or self._settings is None:
            return None
        return whatsapp_status_link(self.view, self._settings())

    def send_whatsapp(self) -> None:
        link = self.whatsapp_link()
        if link is None:
            self.hint.setText(self.tr("Nomor telepon pemohon tidak dapat dipakai untuk WhatsApp."))
            return
        if not QDesktopServices.openUrl(QUrl.fromEncoded(link.encode("ascii"))):
            self.hint.setText(self.tr("WhatsApp atau peramban tidak dapat dibuka di komputer ini."))

    def visible_actions(self) -> list[CardAction]:
        return [action for action, button in self.buttons.items() if not button.isHidden()]

    def timeline_texts(self) -> list[str]:
        """Each event as one line (tests, screen readers): "time | event | by | note"."""
        model = self.timeline_model
        return [
            " | ".join(str(model.index(row, column).data()) for column in TimelineColumn)
            for row in range(model.rowCount())
        ]
