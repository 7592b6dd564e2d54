"""The detail panel of one permit type: summary, requirements tree, stages, legal basis, complaints.

It only renders a `PermitType` it is given; the catalog tab asks the service. Picking another
version emits `version_requested`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.catalog import PermitType
from ui.catalog.labels import duration_text, fee_text, kbli_text, risk_label, sla_review_note
from ui.catalog.requirement_tree import RequirementColumn, RequirementTreeModel
from ui.catalog.stage_table import StageColumn, StageTableModel
from ui.wrapping import install_wrapping

NOTES_MIN_WIDTH = 120
NOTES_MAX_WIDTH = 320

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(_SELECTABLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _scrolling(label: QLabel) -> QScrollArea:
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setContentsMargins(8, 8, 8, 8)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(label)
    return area


def numbered(lines: tuple[str, ...]) -> str:
    """ "1. first\n2. second"; "-" for none."""
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=1)) if lines else "-"


class PermitDetail(QWidget):
    """Signals:
    version_requested(code: str, version: int): the user picked another version of the shown type.
    """

    version_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code: str | None = None

        self.requirements_model = RequirementTreeModel(self)
        self.stages_model = StageTableModel(self)

        self.placeholder = QLabel(self.tr("Pilih jenis izin di tabel untuk melihat rinciannya."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)

        self.title_label = _value_label()
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.version_combo = QComboBox()
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.activated.connect(self._on_version_activated)
        version_label = QLabel(self.tr("&Versi:"))
        version_label.setBuddy(self.version_combo)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(version_label)
        header.addWidget(self.version_combo)

        self.code_label = _value_label()
        self.kind_label = _value_label()
        self.risk_label = _value_label()
        self.kbli_label = _value_label()
        self.duration_label = _value_label()
        self.start_label = _value_label()
        self.review_label = _value_label()
        self.review_label.setStyleSheet("color: #9a4d00;")
        self.fee_label = _value_label()
        self.product_label = _value_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Kode:"), self.code_label)
        form.addRow(self.tr("Jenis:"), self.kind_label)
        form.addRow(self.tr("Risiko:"), self.risk_label)
        form.addRow(self.tr("KBLI:"), self.kbli_label)
        form.addRow(self.tr("Jangka waktu:"), self.duration_label)
        form.addRow(self.tr("Mulai dihitung:"), self.start_label)
        form.addRow("", self.review_label)
        form.addRow(self.tr("Biaya:"), self.fee_label)
        form.addRow(self.tr("Produk:"), self.product_label)
        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.addLayout(form)
        summary_layout.addStretch(1)
        summary_area = QScrollArea()
        summary_area.setWidgetResizable(True)
        summary_area.setFrameShape(QScrollArea.Shape.NoFrame)
        summary_area.setWidget(summary)

        self.requirements_view = QTreeView()
        self.requirements_view.setModel(self.requirements_model)
        self.requirements_view.setAlternatingRowColors(True)
        self.requirements_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requirements_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree_header = self.requirements_view.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(RequirementColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        tree_header.setSectionResizeMode(RequirementColumn.GROUP, QHeaderView.ResizeMode.ResizeToContents)
        tree_header.setSectionResizeMode(RequirementColumn.NOTES, QHeaderView.ResizeMode.Interactive)
        install_wrapping(self.requirements_view)

        self.stages_view = QTableView()
        self.stages_view.setModel(self.stages_model)
        self.stages_view.setAlternatingRowColors(True)
        self.stages_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stages_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        stage_header = self.stages_view.horizontalHeader()
        stage_header.setSectionResizeMode(StageColumn.NAME, QHeaderView.ResizeMode.Stretch)
        stage_header.setSectionResizeMode(StageColumn.ROLE, QHeaderView.ResizeMode.ResizeToContents)
        stage_header.setSectionResizeMode(StageColumn.BUDGET, QHeaderView.ResizeMode.ResizeToContents)

        self.legal_basis_label = _value_label()
        self.complaints_label = _value_label()
        self.unplaced_label = _value_label()
        unplaced_intro = QLabel(
            self.tr(
                "Teks yang tidak terbaca importir: bagian dokumen yang tidak dapat ditempatkan di "
                "komponen mana pun. Periksa dan perbaiki katalog bila perlu."
            )
        )
        unplaced_intro.setWordWrap(True)
        unplaced_page = QWidget()
        unplaced_layout = QVBoxLayout(unplaced_page)
        unplaced_layout.addWidget(unplaced_intro)
        unplaced_layout.addWidget(_scrolling(self.unplaced_label), 1)

        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self._requirements_tab = self.sections.addTab(self.requirements_view, self.tr("Persyaratan"))
        self._stages_tab = self.sections.addTab(self.stages_view, self.tr("Tahapan"))
        self.sections.addTab(_scrolling(self.legal_basis_label), self.tr("Dasar hukum"))
        self.sections.addTab(_scrolling(self.complaints_label), self.tr("Pengaduan"))
        self._unplaced_tab = self.sections.addTab(unplaced_page, self.tr("Teks tidak terbaca"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(summary_area)
        self.splitter.addWidget(self.sections)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([360, 900])

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(self.splitter, 1)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    @property
    def code(self) -> str | None:
        """The code of the permit type shown, or None."""
        return self._code

    def clear(self) -> None:
        self._code = None
        self.requirements_model.set_requirements(())
        self.stages_model.set_stages(())
        self.version_combo.clear()
        self._stack.setCurrentIndex(0)

    def show_permit(self, permit: PermitType, versions: list[int]) -> None:
        self._code = permit.code
        self.title_label.setText(permit.name)
        self.code_label.setText(permit.code)
        self.kind_label.setText(permit.kind or "-")
        self.risk_label.setText(risk_label(permit.risk))
        self.kbli_label.setText(kbli_text(permit.kbli))
        self.duration_label.setText(duration_text(permit.sla.days, permit.sla.unit))
        self.duration_label.setToolTip(self.tr("Teks dokumen: {text}").format(text=permit.sla.text))
        self.start_label.setText(permit.sla.start_trigger or "-")
        note = sla_review_note(permit.sla)
        self.review_label.setText(note)
        self.review_label.setVisible(bool(note))
        self.fee_label.setText(fee_text(permit.fee))
        self.fee_label.setToolTip(self.tr("Teks dokumen: {text}").format(text=permit.fee.text))
        self.product_label.setText(permit.product or "-")

        self.requirements_model.set_requirements(permit.requirements)
        self.requirements_view.expandAll()
        self._fit_notes_column()
        self.stages_model.set_stages(permit.stages)
        self.legal_basis_label.setText(numbered(permit.legal_basis))
        self.complaints_label.setText(permit.complaint_channels or "-")
        self.unplaced_label.setText("\n\n".join(permit.unplaced))
        self.sections.setTabVisible(self._unplaced_tab, bool(permit.unplaced))
        count = sum(1 for _ in permit.walk_requirements())
        self.sections.setTabText(self._requirements_tab, self.tr("Persyaratan (%n)", "", count))
        self.sections.setTabText(self._stages_tab, self.tr("Tahapan (%n)", "", len(permit.stages)))

        self.version_combo.clear()
        newest = max(versions, default=permit.version)
        for version in sorted(versions, reverse=True):
            text = self.tr("{version} (terbaru)").format(version=version) if version == newest else str(version)
            self.version_combo.addItem(text, version)
        self.version_combo.setCurrentIndex(max(self.version_combo.findData(permit.version), 0))
        self.version_combo.setEnabled(len(versions) > 1)
        self._stack.setCurrentIndex(1)

    def _fit_notes_column(self) -> None:
        """As wide as the notes need, within bounds; the requirement text takes the rest and wraps."""
        self.requirements_view.resizeColumnToContents(RequirementColumn.NOTES)
        width = self.requirements_view.header().sectionSize(RequirementColumn.NOTES)
        self.requirements_view.header().resizeSection(
            RequirementColumn.NOTES, min(max(width, NOTES_MIN_WIDTH), NOTES_MAX_WIDTH)
        )

    def _on_version_activated(self, index: int) -> None:
        version = self.version_combo.itemData(index)
        if self._code is not None and isinstance(version, int):
            self.version_requested.emit(self._code, version)
