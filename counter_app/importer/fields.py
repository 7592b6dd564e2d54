"""Single-value components: the title line, the completion time (SLA) and the fee."""

from __future__ import annotations

import re
from dataclasses import dataclass

from counter_app.domain.catalog import Fee, Kbli, Risk, Sla, SlaUnit
from counter_app.importer.text import clean_item, collapse, fold, smart_title

_NUMBER_WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "dua belas": 12,
    "tiga belas": 13,
    "empat belas": 14,
    "lima belas": 15,
    "dua puluh": 20,
    "dua puluh satu": 21,
    "tiga puluh": 30,
    "empat puluh lima": 45,
    "enam puluh": 60,
    "sembilan puluh": 90,
}
_WORDS = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_DURATION = re.compile(
    rf"(?:(?P<digits>\d{{1,3}})|(?P<word>{_WORDS}))\s*(?:\(\s*(?:\d{{1,3}}|[a-z ]+)\s*\)\s*)?"
    r"(?P<unit>hari|jam|menit|minggu|bulan)\b(?:\s+(?P<kind>kerja|kalender|kalendar))?"
)
_TRIGGER = re.compile(r"\b(?:sejak|setelah|terhitung|dihitung|sesudah|mulai)\b.*$", re.IGNORECASE | re.DOTALL)

_RISK = re.compile(
    r"\(?\s*(?:tingkat\s+)?risiko\s*:?\s*(menengah\s+rendah|menengah\s+tinggi|rendah|tinggi)\s*\)?", re.I
)
_ANY_RISK = re.compile(r"\(\s*(?:tingkat\s+)?risiko\b[^()]*\)", re.I)
_KBLI = re.compile(r"\bKBLI\s*(?:(?P<version>20\d\d)\s*)?[:\-]?\s*(?P<code>\d{5})\b", re.I)
_KBLI_VERSION = re.compile(r"\bKBLI\s*(20\d\d)\b", re.I)
_LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[a-zA-Z])[.)]\s+")
_SP_WORDS = re.compile(r"^\s*(?:standar|standart)\s+pelayanan\b\s*[:\-]?\s*", re.I)
_KINDS = (
    "Sertifikat Standar Terverifikasi",
    "Sertifikat Standar",
    "Izin Usaha",
    "Izin Operasional",
    "Izin Praktik",
    "Izin Praktek",
    "Izin Lingkungan",
    "Surat Izin",
    "Surat Keterangan",
    "Surat Tanda",
    "Tanda Daftar",
    "Perizinan Berusaha",
    "Persetujuan",
    "Pengesahan",
    "Pernyataan",
    "Rekomendasi",
    "Pendaftaran",
    "Sertifikat",
    "Izin",
    "Ijin",
)
_FREE = re.compile(
    r"gratis|tidak\s+(?:di\s*kenakan|di\s*pungut|ada)\s+(?:biaya|tarif|retribusi|pungutan)|tanpa\s+(?:biaya|pungutan)"
    r"|bebas\s+biaya|\bnihil\b|\brp\.?\s*0\s*(?:,-|,00)?(?![\d.])"
)
_AMOUNT = re.compile(r"\brp\.?\s*(?P<amount>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?:\d{1,2}|-))?", re.I)
DEFAULT_KBLI_VERSION = "2020"


@dataclass(frozen=True)
class Title:
    name: str
    kind: str
    risk: Risk
    kbli: Kbli


def parse_title(line: str, document_text: str) -> Title:
    text = collapse(line)
    text = _LEADING_NUMBER.sub("", text)
    text = _SP_WORDS.sub("", text)
    risk = Risk.UNKNOWN
    risk_match = _RISK.search(text)
    if risk_match:
        risk = Risk(fold(risk_match.group(1)).replace(" ", "_"))
        text = text[: risk_match.start()] + " " + text[risk_match.end() :]
    text = _ANY_RISK.sub(" ", text)  # "(Risiko Menengah)": not a level we know, but not part of the name
    kbli = Kbli(None, None, None)
    kbli_match = _KBLI.search(text)
    if kbli_match:
        version_match = _KBLI_VERSION.search(document_text)
        version = kbli_match.group("version") or (version_match.group(1) if version_match else None)
        kbli_title = clean_item(text[kbli_match.end() :]) or None
        kbli = Kbli(version or DEFAULT_KBLI_VERSION, kbli_match.group("code"), kbli_title)
        text = text[: kbli_match.start()] + " " + text[kbli_match.end() :]
    name = smart_title(clean_item(text))
    if kbli.title:
        kbli = Kbli(kbli.version, kbli.code, smart_title(kbli.title))
    return Title(name=name, kind=_kind(name), risk=risk, kbli=kbli)


def _kind(name: str) -> str:
    folded = fold(name)
    for kind in _KINDS:
        if folded == kind.lower() or folded.startswith(kind.lower() + " "):
            return "Izin" if kind == "Ijin" else kind
    return name.split(" ", maxsplit=1)[0] if name else ""


def parse_sla(text: str) -> Sla:
    text = clean_item(text)
    folded = fold(text)
    match = _DURATION.search(folded)
    if match is None:
        return Sla(days=None, unit=SlaUnit.UNKNOWN, text=text)
    number = int(match.group("digits")) if match.group("digits") else _NUMBER_WORDS[match.group("word")]
    unit = match.group("unit")
    kind = match.group("kind")
    trigger_match = _TRIGGER.search(text)
    trigger = clean_item(trigger_match.group(0)) if trigger_match else ""
    if unit != "hari":
        return Sla(days=None, unit=SlaUnit.UNKNOWN, text=text, start_trigger=trigger)
    if kind == "kerja":
        sla_unit = SlaUnit.WORKING
    elif kind in ("kalender", "kalendar"):
        sla_unit = SlaUnit.CALENDAR
    else:
        sla_unit = SlaUnit.UNKNOWN
    return Sla(days=number, unit=sla_unit, text=text, start_trigger=trigger)


def parse_fee(text: str) -> Fee:
    text = clean_item(text)
    folded = fold(text)
    if _FREE.search(folded):
        return Fee(free=True, amount=0, text=text)
    amount_match = _AMOUNT.search(text)
    if amount_match:
        amount = int(amount_match.group("amount").replace(".", ""))
        return Fee(free=amount == 0, amount=amount, text=text)
    return Fee(free=False, amount=None, text=text)
