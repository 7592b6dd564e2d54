"""Pure text for catalog values: risk, duration, fee, role, requirement notes.

No widgets here: every function takes domain values and returns the text a view shows, in the
language of the installed QTranslator (source strings are Indonesian). They need no QApplication.
"""

from __future__ import annotations

from babel.numbers import format_currency
from PySide6.QtCore import QCoreApplication

from counter_app.domain.catalog import DocumentForm, Fee, Kbli, Requirement, Risk, Role, Sla, SlaUnit

translate = QCoreApplication.translate

NOTE_SEPARATOR = "; "


def risk_label(risk: Risk) -> str:
    match risk:
        case Risk.RENDAH:
            return translate("CatalogLabels", "Rendah")
        case Risk.MENENGAH_RENDAH:
            return translate("CatalogLabels", "Menengah Rendah")
        case Risk.MENENGAH_TINGGI:
            return translate("CatalogLabels", "Menengah Tinggi")
        case Risk.TINGGI:
            return translate("CatalogLabels", "Tinggi")
        case _:
            return translate("CatalogLabels", "Tidak diketahui")


def risk_rank(risk: Risk) -> int:
    """Order for sorting by risk: low to high, unknown last."""
    order = (Risk.RENDAH, Risk.MENENGAH_RENDAH, Risk.MENENGAH_TINGGI, Risk.TINGGI)
    return order.index(risk) if risk in order else len(order)


def duration_text(days: int | None, unit: SlaUnit) -> str:
    """ "7 hari kerja", "14 hari kalender", "5 hari (satuan perlu dicek)"."""
    if days is None:
        return translate("CatalogLabels", "Belum diketahui (perlu dicek)")
    match unit:
        case SlaUnit.WORKING:
            return translate("CatalogLabels", "%n hari kerja", None, days)
        case SlaUnit.CALENDAR:
            return translate("CatalogLabels", "%n hari kalender", None, days)
        case _:
            return translate("CatalogLabels", "%n hari (satuan perlu dicek)", None, days)


def sla_review_note(sla: Sla) -> str:
    """Why the completion time needs a person to look at it, or "" when it does not."""
    if sla.days is None:
        return translate("CatalogLabels", "Jumlah hari tidak terbaca dari dokumen; tinjau dan lengkapi di katalog.")
    if sla.unit is SlaUnit.UNKNOWN:
        return translate(
            "CatalogLabels",
            "Dokumen tidak menyebut hari kerja atau hari kalender; tinjau satuannya sebelum menghitung "
            "tanggal selesai.",
        )
    return ""


def fee_text(fee: Fee) -> str:
    """ "Gratis", "Rp1.500.000", or the document's own words when the amount is unknown."""
    if fee.free:
        return translate("CatalogLabels", "Gratis")
    if fee.amount is not None:
        return str(format_currency(fee.amount, "IDR", format="¤#,##0", currency_digits=False, locale="id"))
    if fee.text:
        return translate("CatalogLabels", "{text} (perlu dicek)").format(text=fee.text)
    return translate("CatalogLabels", "Belum diketahui (perlu dicek)")


def role_label(role: Role) -> str:
    match role:
        case Role.FRONT_DESK:
            return translate("CatalogLabels", "Loket (Front Office)")
        case Role.BACK_OFFICE:
            return translate("CatalogLabels", "Back Office")
        case Role.SUPERVISOR:
            return translate("CatalogLabels", "Pimpinan/Supervisor")
        case _:
            return translate("CatalogLabels", "Admin")


def budget_text(days: int | None) -> str:
    """A stage's time budget: "2 hari kerja", or "-" when the stage has none."""
    if days is None:
        return "-"
    return translate("CatalogLabels", "%n hari kerja", None, days)


def group_label(group: str) -> str:
    """The requirement group as shown: known groups translated, anything else as written."""
    match group.strip().casefold():
        case "umum":
            return translate("CatalogLabels", "Umum")
        case "khusus":
            return translate("CatalogLabels", "Khusus")
        case "tahap":
            return translate("CatalogLabels", "Tahap")
        case _:
            return group


def form_label(form: DocumentForm) -> str:
    match form:
        case DocumentForm.ORIGINAL:
            return translate("CatalogLabels", "Asli")
        case DocumentForm.PHOTOCOPY:
            return translate("CatalogLabels", "Fc.")
        case DocumentForm.SCAN:
            return translate("CatalogLabels", "Scan")
        case _:
            return ""


def requirement_notes(req: Requirement) -> str:
    """The Keterangan column: optional, condition, form and copies, e.g. "Opsional; Fc.; 2 lembar"."""
    notes: list[str] = []
    if req.optional:
        notes.append(translate("CatalogLabels", "Opsional"))
    if req.condition is not None:
        notes.append(req.condition.text)
    form = form_label(req.form)
    if form:
        notes.append(form)
    if req.copies > 1:
        notes.append(translate("CatalogLabels", "%n lembar", None, req.copies))
    return NOTE_SEPARATOR.join(notes)


def kbli_text(kbli: Kbli) -> str:
    """ "24201 Industri Pembuatan Logam Dasar Mulia (KBLI 2020)", or "-" when the document has none."""
    parts = [p for p in (kbli.code, kbli.title) if p]
    if not parts:
        return "-"
    text = " ".join(parts)
    if kbli.version:
        version = kbli.version if kbli.version.upper().startswith("KBLI") else f"KBLI {kbli.version}"
        text += f" ({version})"
    return text
