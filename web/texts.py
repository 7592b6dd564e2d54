"""The page's words (Indonesian; English when the server runs with LANG=en) and how a status reads.

Everything that decides what a sentence says is here, in Python, where it is tested; the templates
only lay it out. Dates are written as Indonesian offices write them ("Senin, 23 November 2026"),
each distinct date formatted once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel.dates import format_date

from counter_app.domain.formatting import full_date
from counter_app.i18n import language, translate
from counter_app.services.status import PublicState, PublicStatus, StageState


@lru_cache(maxsize=4096)
def _long(day: date, lang: str) -> str:
    return full_date(day)


@lru_cache(maxsize=4096)
def _short(day: date, lang: str) -> str:
    return str(format_date(day, format="d MMM y", locale="en" if lang == "en" else "id"))


def long_date(day: date) -> str:
    return _long(day, language())


def short_date(day: date) -> str:
    return _short(day, language())


def labels() -> dict[str, str]:
    """Fixed words of every page."""
    return {
        "lang": language(),
        "title": translate("web", "Status Permohonan"),
        "code": translate("web", "Kode lacak"),
        "status": translate("web", "Status"),
        "permit": translate("web", "Jenis izin"),
        "applicant": translate("web", "Pemohon"),
        "received": translate("web", "Tanggal diterima"),
        "stage": translate("web", "Tahap saat ini"),
        "due": translate("web", "Estimasi selesai"),
        "timeline": translate("web", "Tahapan berkas"),
        "privacy": translate(
            "web",
            "Halaman ini sengaja tidak memuat NIK, nomor telepon, e-mail, alamat, atau nama petugas. "
            "Simpan tanda terima Anda: kode lacaknya adalah kunci halaman ini.",
        ),
        "check": translate("web", "Cek status permohonan"),
        "code_hint": translate(
            "web", "Kode lacak tercetak di bawah kode QR pada tanda terima, misalnya 7KQ2-MX9D-4T1B-R."
        ),
        "submit": translate("web", "Cek status"),
        "not_found_title": translate("web", "Kode lacak tidak ditemukan"),
        "not_found": translate(
            "web",
            "Periksa kembali kode pada tanda terima (huruf besar/kecil dan tanda hubung boleh diabaikan). "
            "Status berkas yang sudah selesai lebih dari beberapa bulan tidak ditampilkan lagi; untuk itu, "
            "hubungi loket pelayanan dengan membawa tanda terima.",
        ),
        "limited_title": translate("web", "Terlalu banyak permintaan"),
        "limited": translate("web", "Tunggu sebentar, lalu muat ulang halaman ini."),
        "unavailable_title": translate("web", "Layanan sedang tidak tersedia"),
        "unavailable": translate("web", "Status tidak dapat dibaca saat ini. Coba lagi beberapa menit lagi."),
    }


@dataclass(frozen=True)
class StatusPage:
    """A `PublicStatus` in words, flat (the template reads names, not attribute chains)."""

    office: str
    code: str
    state: str  # PublicState value (a CSS class)
    headline: str  # the status in a few words
    explanation: str  # what it means for the applicant
    permit: str
    applicant: str
    received: str
    stage: str  # empty when handed over
    due: str
    stages: tuple[tuple[str, str, str, str], ...]  # (StageState value, name, role, when)

    def context(self) -> dict[str, object]:
        return self.__dict__


def _days(count: int, unit: str) -> str:
    if unit == "calendar":
        return translate("web", "{n} hari kalender").format(n=count)
    return translate("web", "{n} hari kerja").format(n=count)


def _due(status: PublicStatus) -> str:
    if status.due_date is None:
        return translate("web", "tidak ditentukan untuk jenis izin ini")
    due = long_date(status.due_date)
    left = status.days_left
    if status.state is PublicState.WAITING_FOR_APPLICANT:
        return translate("web", "{date} — dihitung lagi setelah berkas dilengkapi").format(date=due)
    if left is None:
        return due
    if left > 0:
        return translate("web", "{date} (sisa {days})").format(date=due, days=_days(left, status.days_unit))
    if left == 0:
        return translate("web", "{date} (hari ini batasnya)").format(date=due)
    return translate("web", "{date} (lewat {days})").format(date=due, days=_days(-left, status.days_unit))


def _explanation(status: PublicStatus) -> str:
    match status.state:
        case PublicState.IN_PROCESS:
            return translate("web", "Berkas Anda sedang diproses. Anda tidak perlu datang sampai berkas siap diambil.")
        case PublicState.WAITING_FOR_APPLICANT:
            since = long_date(status.waiting_since) if status.waiting_since else ""
            return translate(
                "web",
                "Berkas dikembalikan kepada Anda sejak {date} untuk dilengkapi. Bawa kelengkapannya ke loket "
                "bersama tanda terima; batas waktu pelayanan berhenti sementara sampai berkas diajukan kembali.",
            ).format(date=since)
        case PublicState.READY:
            return translate(
                "web", "Izin Anda siap diambil di loket penyerahan. Bawa tanda terima dan KTP asli pemohon."
            )
        case PublicState.HANDED_OVER:
            day = long_date(status.closed_on) if status.closed_on else ""
            return translate("web", "Izin sudah diserahkan pada {date}.").format(date=day)
        case PublicState.REJECTED:
            day = long_date(status.closed_on) if status.closed_on else ""
            return translate(
                "web",
                "Permohonan ditolak pada {date}. Alasannya dapat ditanyakan di loket dengan membawa tanda terima.",
            ).format(date=day)
        case PublicState.CANCELLED:
            day = long_date(status.closed_on) if status.closed_on else ""
            return translate(
                "web", "Pendaftaran berkas ini dibatalkan pada {date}. Tanyakan di loket dengan membawa tanda terima."
            ).format(date=day)


def _when(state: StageState, entered: date | None, left: date | None) -> str:
    if state is StageState.UPCOMING or entered is None:
        return translate("web", "belum")
    if state is StageState.DONE and left is not None:
        if left == entered:
            return short_date(entered)
        return translate("web", "{start} – {end}").format(start=short_date(entered), end=short_date(left))
    if state is StageState.STOPPED:
        return translate("web", "berhenti {date}").format(date=short_date(left or entered))
    return translate("web", "sejak {date}").format(date=short_date(entered))


def _stage(status: PublicStatus) -> str:
    if status.state is PublicState.HANDED_OVER:
        return ""
    if status.state in (PublicState.REJECTED, PublicState.CANCELLED):
        return translate("web", "berhenti di {stage} (tahap {n} dari {total})").format(
            stage=status.stage, n=status.stage_number, total=status.stage_count
        )
    return translate("web", "{stage} (tahap {n} dari {total}), dikerjakan oleh {role}").format(
        stage=status.stage, n=status.stage_number, total=status.stage_count, role=status.stage_role
    )


def status_page(status: PublicStatus) -> StatusPage:
    return StatusPage(
        office=status.office,
        code=status.code,
        state=status.state.value,
        headline=status.state_text,
        explanation=_explanation(status),
        permit=status.permit,
        applicant=status.applicant,
        received=long_date(status.received_on),
        stage=_stage(status),
        due=_due(status),
        stages=tuple(
            (stage.state.value, stage.name, stage.role, _when(stage.state, stage.entered_on, stage.left_on))
            for stage in status.timeline
        ),
    )
