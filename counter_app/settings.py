"""Settings, declared once with their type, default and label; stored as text in the database.

`counter-app settings set KEY VALUE` and the admin screens change them; unknown keys are refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from counter_app.domain.numbering import DEFAULT_PATTERN, check_pattern, clean_code
from counter_app.domain.tracking import ALPHABET
from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate


def _bool(value: str) -> bool:
    if value.lower() in ("1", "true", "ya", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "tidak", "no", "off"):
        return False
    raise ValueError(translate("settings", "tulis true atau false"))


def _digits(value: str) -> bool:
    """Plain ASCII digits (`str.isdigit` also accepts "²", which `int` refuses)."""
    return value.isascii() and value.isdigit()


def _weekdays(value: str) -> frozenset[int]:
    parts = [part for part in value.replace(" ", "").split(",") if part]
    days = frozenset(int(part) - 1 for part in parts if _digits(part))
    if not days or not all(_digits(part) for part in parts) or not all(0 <= d <= 6 for d in days):
        raise ValueError(translate("settings", "tulis nomor hari 1 (Senin) sampai 7 (Minggu), dipisah koma"))
    return days


def _code(value: str) -> str:
    code = clean_code(value)
    if not 1 <= len(code) <= 12:
        raise ValueError(translate("settings", "gunakan 1–12 huruf atau angka"))
    return code


def _zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(translate("settings", "zona waktu tidak dikenal; misalnya Asia/Jakarta")) from None
    return value


def _pattern(value: str) -> str:
    try:
        check_pattern(value)
    except (ValueError, KeyError, IndexError):
        raise ValueError(
            translate(
                "settings",
                "pola harus memuat {counter}, {date:%y%m%d} dan {seq:04d}, dan hanya kunci office/counter/date/seq",
            )
        ) from None
    return value


def _expire_days(value: str) -> int:
    if not _digits(value) or not 1 <= int(value) <= 3650:
        raise ValueError(translate("settings", "tulis jumlah hari 1–3650"))
    return int(value)


def _paper(value: str) -> int:
    if value not in ("58", "80"):
        raise ValueError(translate("settings", "lebar kertas 58 atau 80 (mm)"))
    return int(value)


def _qr_mode(value: str) -> str:
    if value not in ("image", "native"):
        raise ValueError(translate("settings", "mode QR 'image' atau 'native'"))
    return value


def _hub_url(value: str) -> str:
    scheme = value.split("://", 1)[0].lower() if "://" in value else ""
    if value and scheme not in ("postgresql", "postgres", "postgresql+psycopg"):
        raise ValueError(
            translate("settings", "tulis URL PostgreSQL, mis. postgresql://loket@server-hub:5432/loket, atau kosongkan")
        )
    return value


def _interval(value: str) -> int:
    if not _digits(value) or not 1 <= int(value) <= 3600:
        raise ValueError(translate("settings", "tulis jumlah detik 1–3600"))
    return int(value)


@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    label: str
    parse: Callable[[str], Any] = str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("office.name", "Mal Pelayanan Publik", "Nama kantor"),
        Setting("office.address", "", "Alamat kantor"),
        Setting("office.phone", "", "Telepon kantor"),
        Setting("office.code", "MPP", "Kode kantor (di nomor registrasi)", _code),
        Setting("office.timezone", "Asia/Jakarta", "Zona waktu kantor", _zone),
        Setting("counter.code", "", "Kode loket (kosong: dari ID instalasi)", lambda v: _code(v) if v else ""),
        Setting("status.base_url", "http://localhost:8080", "Alamat publik halaman status (QR)"),
        Setting(
            "status.expire_days", "90", "Halaman status hilang N hari setelah berkas diserahkan/ditolak", _expire_days
        ),
        Setting("calendar.working_days", "1,2,3,4,5", "Hari kerja (1=Senin … 7=Minggu)", _weekdays),
        Setting("calendar.receipt_day_is_day_zero", "true", "Hari penerimaan dihitung hari ke-0", _bool),
        Setting("numbering.pattern", DEFAULT_PATTERN, "Pola nomor registrasi", _pattern),
        Setting("printer.uri", "", "Printer struk (URI)"),
        Setting("printer.paper_mm", "80", "Lebar kertas (mm)", _paper),
        Setting("printer.qr", "image", "Cara mencetak QR", _qr_mode),
        Setting("printer.cut", "true", "Potong kertas otomatis", _bool),
        Setting("hub.url", "", "Hub sinkronisasi (URL PostgreSQL; kosong: tanpa hub)", _hub_url),
        Setting("sync.interval_s", "5", "Jeda sinkronisasi latar (detik)", _interval),
        Setting("install.id", "", "ID instalasi (dibuat otomatis)"),
    )
}


def validate_setting(key: str, value: str) -> str:
    """The value to store, or ValidationError naming the key and the fix."""
    setting = SETTINGS.get(key)
    if setting is None:
        raise ValidationError(
            [
                FieldError(
                    key,
                    translate("settings", "kunci pengaturan tidak dikenal; kunci yang ada: {keys}").format(
                        keys=", ".join(sorted(SETTINGS))
                    ),
                )
            ]
        )
    try:
        setting.parse(value)
    except ValueError as problem:
        raise ValidationError([FieldError(key, str(problem))]) from None
    return value


@dataclass(frozen=True)
class Settings:
    """Typed view of the stored values (defaults for what is not stored)."""

    values: Mapping[str, str]

    def raw(self, key: str) -> str:
        return self.values.get(key, SETTINGS[key].default)

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        try:
            return setting.parse(self.raw(key))
        except ValueError:
            return setting.parse(setting.default)

    @property
    def counter_code(self) -> str:
        """The configured counter code, or one derived from the random install id."""
        configured = str(self.get("counter.code"))
        if configured:
            return configured
        return default_counter_code(self.raw("install.id"))

    @property
    def office_code(self) -> str:
        return str(self.get("office.code"))


def default_counter_code(install_id: str) -> str:
    """`K` + 5 base32 characters of the install id: unconfigured counters still differ."""
    digits = int(install_id.replace("-", "")[-10:] or "0", 16)
    chars = []
    for _ in range(5):
        digits, index = divmod(digits, 32)
        chars.append(ALPHABET[index])
    return "K" + "".join(chars)
