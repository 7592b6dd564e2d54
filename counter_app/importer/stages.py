"""The stage template of a permit type: from the document's procedure, or the office default.

The default follows the 8 steps of a DPMPTSP file (counter → back office → print → initials →
signature → numbering → handover, with a verification step after registration). Budgets are
working days, spread over the stages in proportion to the SLA when the document gives one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from counter_app.domain.catalog import Role, Stage
from counter_app.importer.text import fold


@dataclass(frozen=True)
class _StageKind:
    key: str
    name: str
    role: Role
    weight: int | None
    pattern: re.Pattern[str]


# Order matters: the first pattern that matches a procedure step names its stage.
_KINDS = (
    _StageKind(
        "registration",
        "Pendaftaran dan pemeriksaan kelengkapan berkas",
        Role.FRONT_DESK,
        0,
        re.compile(r"loket|front office|\bfo\b|tanda terima|mengajukan (?:berkas|permohonan)|pendaftaran"),
    ),
    _StageKind(
        "handover",
        "Penyerahan kepada pemohon",
        Role.FRONT_DESK,
        None,
        re.compile(r"diserahkan|penyerahan|diambil|pengambilan|menyerahkan (?:izin|dokumen|sk)"),
    ),
    _StageKind("initials", "Paraf Kepala Bidang", Role.SUPERVISOR, 1, re.compile(r"\bparaf\b|diparaf")),
    _StageKind(
        "signature",
        "Tanda tangan Kepala Dinas",
        Role.SUPERVISOR,
        1,
        re.compile(r"tanda\s*tangan|ditandatangani|penandatanganan|\btte\b"),
    ),
    _StageKind(
        "numbering",
        "Penomoran izin",
        Role.BACK_OFFICE,
        1,
        re.compile(r"pemberian nomor|penomoran|diberi nomor|nomor (?:izin|register)"),
    ),
    _StageKind(
        "technical",
        "Pemeriksaan tim teknis / lapangan",
        Role.BACK_OFFICE,
        2,
        re.compile(r"tim teknis|lapangan|survei|survey|berita acara|peninjauan|verifikasi teknis"),
    ),
    _StageKind("issuance", "Penerbitan izin", Role.BACK_OFFICE, 1, re.compile(r"menerbitkan|penerbitan|diterbitkan")),
    _StageKind(
        "verification",
        "Verifikasi berkas",
        Role.BACK_OFFICE,
        1,
        re.compile(r"\bverifikasi\b|\bvalidasi\b|pemeriksaan (?:berkas|dokumen|kelengkapan)"),
    ),
    _StageKind(
        "printing",
        "Pencetakan draf izin",
        Role.BACK_OFFICE,
        1,
        re.compile(r"pencetakan|dicetak|mencetak|\bdraft?\b|konsep"),
    ),
    _StageKind(
        "processing",
        "Pemrosesan di back office",
        Role.BACK_OFFICE,
        2,
        re.compile(r"back office|di\s*proses|diproses|pemrosesan|memproses|pengolahan"),
    ),
)
_BY_KEY = {kind.key: kind for kind in _KINDS}
_DEFAULT_KEYS = (
    "registration",
    "verification",
    "processing",
    "printing",
    "initials",
    "signature",
    "numbering",
    "handover",
)
_APPLICANT_STEP = re.compile(r"^pemohon\b")
_APPENDIX = re.compile(r"\blampiran\b")


def default_stages(sla_days: int | None) -> tuple[Stage, ...]:
    return _with_budgets([_BY_KEY[key] for key in _DEFAULT_KEYS], sla_days)


def stages_for(procedure: list[str], sla_days: int | None) -> tuple[tuple[Stage, ...], bool]:
    """The stages and whether they came from the document (False: the default template)."""
    joined = fold(" ".join(procedure))
    if not procedure or _APPENDIX.search(joined):
        return default_stages(sla_days), False
    kinds: list[_StageKind] = []
    for step in procedure:
        folded = fold(step)
        kind = next((k for k in _KINDS if k.pattern.search(folded)), None)
        if kind is None or (_APPLICANT_STEP.match(folded) and kind.key != "registration"):
            continue
        if not kinds or kinds[-1].key != kind.key:
            kinds.append(kind)
    office = [k for k in kinds if k.key not in ("registration", "handover")]
    if len(office) < 2:
        return default_stages(sla_days), False
    if kinds[0].key != "registration":
        kinds.insert(0, _BY_KEY["registration"])
    if kinds[-1].key != "handover":
        kinds.append(_BY_KEY["handover"])
    return _with_budgets(kinds, sla_days), True


def _with_budgets(kinds: list[_StageKind], sla_days: int | None) -> tuple[Stage, ...]:
    weights = [k.weight for k in kinds]
    total = sum(w for w in weights if w)
    budgets: list[int | None] = list(weights)
    if sla_days is not None and total:
        shares = [(w or 0) * sla_days / total for w in weights]
        floors = [int(s) for s in shares]
        remainder = sla_days - sum(floors)
        order = sorted(range(len(shares)), key=lambda i: (-(shares[i] - floors[i]), i))
        for index in order[:remainder]:
            floors[index] += 1
        budgets = [None if w is None else floors[i] for i, w in enumerate(weights)]
    return tuple(Stage(k.name, k.role, b) for k, b in zip(kinds, budgets, strict=True))
