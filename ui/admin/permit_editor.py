"""The catalog editor (admins): a permit type's name, SLA, stages (name, role, budget in working
days) and requirement texts and optional flags. Saving creates a new version through
`CatalogService.save_edited` (checked, audited); files registered earlier keep their snapshot.
Conditions and nesting are edited through `counter-app catalog edit CODE --file FILE.json`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.catalog import PermitType, Requirement, Role, Sla, SlaUnit, Stage
from counter_app.domain.permissions import role_name
from counter_app.errors import KnownError

NO_VALUE = -1
"""Spin-box value shown as "-": no budget / no SLA days."""


class Catalog(Protocol):
    def show(self, code: str, version: int | None = None) -> PermitType: ...

    def save_edited(self, edited: PermitType) -> PermitType: ...


def _days_box(value: int | None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NO_VALUE, 3650)
    box.setSpecialValueText("-")
    box.setValue(NO_VALUE if value is None else value)
    return box


class PermitEditorDialog(QDialog):
    def __init__(self, catalog: Catalog, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.permit = catalog.show(code)
        self.saved: PermitType | None = None
        self.setWindowTitle(self.tr("Ubah jenis izin {code}").format(code=code))
        self.resize(860, 680)
        self.name = QLineEdit(self.permit.name)
        self.sla_days = _days_box(self.permit.sla.days)
        self.sla_unit = QComboBox()
        for unit, label in (
            (SlaUnit.WORKING, self.tr("hari kerja")),
            (SlaUnit.CALENDAR, self.tr("hari kalender")),
            (SlaUnit.UNKNOWN, self.tr("belum jelas")),
        ):
            self.sla_unit.addItem(label, unit.value)
        self.sla_unit.setCurrentIndex(self.sla_unit.findData(self.permit.sla.unit.value))
        sla_row = QHBoxLayout()
        sla_row.addWidget(self.sla_days)
        sla_row.addWidget(self.sla_unit)
        form = QFormLayout()
        form.addRow(self.tr("&Nama:"), self.name)
        form.addRow(self.tr("&Jangka waktu:"), sla_row)

        self.stages = QTableWidget(0, 3)
        self.stages.setHorizontalHeaderLabels([self.tr("Tahap"), self.tr("Peran"), self.tr("Anggaran (hari kerja)")])
        self.stages.horizontalHeader().setStretchLastSection(True)
        for stage in self.permit.stages:
            self._append_stage(stage)
        self.stages.resizeColumnsToContents()
        self.add_stage_button = QPushButton(self.tr("&Tambah tahap"))
        self.add_stage_button.clicked.connect(lambda: self._append_stage(Stage("", Role.BACK_OFFICE, None)))
        self.remove_stage_button = QPushButton(self.tr("&Hapus tahap terpilih"))
        self.remove_stage_button.clicked.connect(self._remove_stage)
        stage_buttons = QHBoxLayout()
        stage_buttons.addWidget(self.add_stage_button)
        stage_buttons.addWidget(self.remove_stage_button)
        stage_buttons.addStretch(1)

        self.requirements = QTreeWidget()
        self.requirements.setHeaderLabels([self.tr("Persyaratan"), self.tr("Opsional")])
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill(self.requirements.invisibleRootItem(), self.permit.requirements)
        self.requirements.expandAll()
        self.requirements.resizeColumnToContents(0)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Simpan sebagai versi baru"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tahap dan anggaran waktunya:")))
        layout.addWidget(self.stages, 1)
        layout.addLayout(stage_buttons)
        layout.addWidget(QLabel(self.tr("Persyaratan (klik dua kali untuk mengubah teks):")))
        layout.addWidget(self.requirements, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- stages ----------------------------------------------------------------------------------

    def _append_stage(self, stage: Stage) -> None:
        row = self.stages.rowCount()
        self.stages.insertRow(row)
        self.stages.setItem(row, 0, QTableWidgetItem(stage.name))
        role = QComboBox()
        for choice in Role:
            role.addItem(role_name(choice), choice.value)
        role.setCurrentIndex(role.findData(stage.role.value))
        self.stages.setCellWidget(row, 1, role)
        self.stages.setCellWidget(row, 2, _days_box(stage.budget_days))

    def _remove_stage(self) -> None:
        row = self.stages.currentRow()
        if row >= 0:
            self.stages.removeRow(row)

    def edited_stages(self) -> tuple[Stage, ...]:
        stages = []
        for row in range(self.stages.rowCount()):
            name = self.stages.item(row, 0)
            role = self.stages.cellWidget(row, 1)
            budget = self.stages.cellWidget(row, 2)
            assert isinstance(role, QComboBox)
            assert isinstance(budget, QSpinBox)
            days = budget.value()
            stages.append(
                Stage(
                    name.text().strip() if name is not None else "",
                    Role(str(role.currentData())),
                    None if days == NO_VALUE else days,
                )
            )
        return tuple(stages)

    # -- requirements ----------------------------------------------------------------------------

    def _fill(self, parent: QTreeWidgetItem, requirements: tuple[Requirement, ...]) -> None:
        for requirement in requirements:
            item = QTreeWidgetItem(parent, [requirement.text, ""])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(1, Qt.CheckState.Checked if requirement.optional else Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, requirement.id)
            self._items[requirement.id] = item
            self._fill(item, requirement.children)

    def requirement_item(self, requirement_id: str) -> QTreeWidgetItem:
        return self._items[requirement_id]

    def _edited_requirements(self, requirements: tuple[Requirement, ...]) -> tuple[Requirement, ...]:
        edited = []
        for requirement in requirements:
            item = self._items[requirement.id]
            edited.append(
                replace(
                    requirement,
                    text=item.text(0).strip() or requirement.text,
                    optional=item.checkState(1) == Qt.CheckState.Checked,
                    children=self._edited_requirements(requirement.children),
                )
            )
        return tuple(edited)

    # -- saving ----------------------------------------------------------------------------------

    def edited(self) -> PermitType:
        days = self.sla_days.value()
        sla = Sla(
            days=None if days == NO_VALUE else days,
            unit=SlaUnit(str(self.sla_unit.currentData())),
            text=self.permit.sla.text,
            start_trigger=self.permit.sla.start_trigger,
        )
        return replace(
            self.permit,
            name=self.name.text().strip(),
            sla=sla,
            stages=self.edited_stages(),
            requirements=self._edited_requirements(self.permit.requirements),
        )

    def save(self) -> None:
        try:
            saved = self._catalog.save_edited(self.edited())
        except KnownError as error:
            self.message.setText(error.message)
            self.message.setStyleSheet("color: #b3261e;")
            return
        if saved.version == self.permit.version:
            self.message.setText(self.tr("Tidak ada perubahan."))
            self.message.setStyleSheet("")
            return
        self.saved = saved
        self.accept()
