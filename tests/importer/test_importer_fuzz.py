"""Property tests of the importer: any input either parses into a valid permit type or is refused
with `ImportFailed`; a repeated page-break header never changes the requirements.

`FUZZ_EXAMPLES=10000 uv run pytest tests/importer/test_importer_fuzz.py` runs the long version.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter_app.domain.catalog import PermitType
from counter_app.errors import ImportFailed
from counter_app.importer import parse_document
from counter_app.resources import shipped_catalog_documents

settings.register_profile(
    "importer-fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings.get_profile("importer-fuzz")
SOURCE = "fuzz.txt"
DOCS = Path(__file__).parent / "documents"

COMPONENT_NAMES = [
    "Persyaratan",
    "Persyaratan Pelayanan",
    "Persyaratan Administrasi",
    "Sistem, Mekanisme dan Prosedur",
    "Jangka Waktu Penyelesaian",
    "Jangka Waktu Pelayanan",
    "Biaya/Tarif",
    "Biaya / Tarif",
    "Produk Pelayanan",
    "Produk Layanan",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Pengelolaan Pengaduan",
    "Dasar Hukum",
    "Sarana dan Prasarana",
    "Kompetensi Pelaksana",
    "Pengawasan Internal",
    "Jumlah Pelaksana",
    "Jaminan Pelayanan",
    "Jaminan Keamanan dan Keselamatan Pelayanan",
    "Evaluasi Kinerja Pelaksana",
]

FRAGMENTS = [
    *COMPONENT_NAMES,
    "1. ",
    "2. ",
    "10. ",
    "a. ",
    "b. ",
    "1) ",
    "2) ",
    "a) ",
    "A. ",
    "B. ",
    "A1",
    "B8",
    "- ",
    ": ",
    " :",
    ";",
    "<ol>",
    "</ol>",
    '<ol style="list-style-type: none">',
    "<ul>",
    "</ul>",
    "<li>",
    "</li>",
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "<br/>",
    "<",
    ">",
    "&amp;",
    "&nbsp;",
    "&#",
    "&#x41;",
    "&",
    "**",
    "|",
    "\t",
    "\t\t",
    "\n",
    "\n\n",
    "\r\n",
    "\ufeff",
    "\x00",
    "NO\tKOMPONEN\tURAIAN",
    "No\tKomponen\tUraian",
    "No. | Komponen | Uraian",
    "NO   KOMPONEN   URAIAN",
    "Standar Pelayanan",
    "Standart Pelayanan",
    "Izin",
    "Izin Usaha",
    "Sertifikat Standar",
    "(Risiko Tinggi)",
    "(Risiko Menengah Rendah)",
    "(Risiko",
    "KBLI 24201",
    "KBLI 2025",
    "KBLI ",
    "Persyaratan Umum:",
    "Persyaratan Khusus:",
    "<p>Tahap Permohonan :</p>",
    "(kalau ada)",
    "(jika ada)",
    "(bagi non perseorangan)",
    "(NIK bagi WNI atau Paspor bagi WNA)",
    "Dalam hal terdapat penanaman modal asing, ",
    "Apabila pemohon badan usaha, ",
    "Dalam hal permohonan perubahan, ",
    "Fc. ",
    "Fotokopi ",
    "Asli ",
    "Scan ",
    "2 lembar",
    "2lb",
    "rangkap 2",
    "7 hari kerja sejak berkas lengkap dan benar",
    "3 (tiga) hari kerja",
    "14 (empat belas) hari kalender",
    "5 (lima) hari setelah ",
    "99999999999999999999 hari kerja",
    "Gratis",
    "Tidak dikenakan biaya",
    "Rp. 150.000,-",
    "Rp. 9.999.999.999.999.999.999,-",
    "Penyerahan izin kepada pemohon",
]

fragment = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12))
soup = st.lists(fragment, max_size=80).map("".join)
cell = st.lists(fragment, max_size=20).map("".join)


@st.composite
def sp_like(draw: st.DrawFn) -> str:
    """A title, a table header and component rows whose cells are drawn from `cell`."""
    title = draw(
        st.sampled_from(
            [
                "31. Izin (Risiko Tinggi) KBLI 24201 Industri Pembuatan Logam Dasar Mulia",
                "b. Standar Pelayanan Izin Usaha Perluasan Industri",
                "STANDART PELAYANAN IZIN PERLUASAN USAHA INDUSTRI",
                "",
            ]
        )
        | soup
    )
    header = draw(st.sampled_from(["NO\tKOMPONEN\tURAIAN", "No\tKomponen\tUraian", "No. | Komponen | Uraian", ""]))
    number = st.sampled_from(["1", "2.", "A1", "B3", "14", ""])
    rows = draw(st.lists(st.tuples(number, st.sampled_from([*COMPONENT_NAMES, "", "Lain-lain"]), cell), max_size=14))
    if draw(st.booleans()):  # mostly documents the importer accepts, so that success paths are explored
        rows += [(draw(number), "Persyaratan", draw(cell)), (draw(number), "Jangka Waktu Penyelesaian", draw(cell))]
        rows = list(draw(st.permutations(rows)))
    sep = draw(st.sampled_from(["\t", "\t", " | ", "   "]))
    lines = ["", title, "", header, *(sep.join(cells) for cells in rows)]
    return "\n".join(lines)


def check(data: bytes) -> None:
    """Only `ImportFailed` may escape; a success must be a well-formed, serializable permit type."""
    failure: ImportFailed | None = None
    try:
        doc = parse_document(data, SOURCE)
    except ImportFailed as exc:
        failure = exc
    if failure is not None:
        assert failure.source == SOURCE
        assert SOURCE in str(failure)
        return
    pt = doc.permit_type
    assert isinstance(doc.warnings, tuple)
    assert all(isinstance(w, str) for w in doc.warnings)
    assert pt.version == 0
    blob = json.dumps(pt.to_json(), ensure_ascii=False)
    assert PermitType.from_json(json.loads(blob)) == pt
    ids = [r.id for r in pt.walk_requirements()]
    assert len(ids) == len(set(ids)), ids
    for index, top in enumerate(pt.requirements, start=1):
        assert top.id == str(index)
    for r in pt.walk_requirements():
        assert r.group.strip(), f"requirement {r.id} has no group"
        assert r.copies >= 1
        for n, child in enumerate(r.children, start=1):
            assert child.id == f"{r.id}.{n}"
    assert pt.stages, "a parsed permit type always has stages"
    if pt.sla.days is not None:
        assert pt.sla.days >= 0
    if pt.fee.amount is not None:
        assert pt.fee.amount >= 0


@FUZZ
@given(soup)
def test_arbitrary_text_parses_or_fails_cleanly(text: str) -> None:
    check(text.encode("utf-8"))


@FUZZ
@given(sp_like())
def test_table_shaped_text_parses_or_fails_cleanly(text: str) -> None:
    check(text.encode("utf-8"))


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.tuples(
            st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n"]),
            st.binary(max_size=500),
        ).map(b"".join),
    )
)
def test_arbitrary_bytes_parse_or_fail_cleanly(data: bytes) -> None:
    check(data)


# -------------------------------------------------------------------------- page-break headers are noise

PAGE_BREAK = ["", "NO\tKOMPONEN\tURAIAN"]  # i.e. "\n\nNO\tKOMPONEN\tURAIAN\n" spliced at a line boundary

SPLICE_SEEDS = [
    *(p.name for p in shipped_catalog_documents()),
    "mekarsari-12-izin-usaha-toko-swalayan.txt",
    "tirtamulya-7-ss-kbli-47111-supermarket.txt",
    "lembahhijau-45-izin-kbli-24202.txt",
]


@cache
def seed_lines(name: str) -> tuple[str, ...]:
    shipped = {p.name: p for p in shipped_catalog_documents()}
    path = shipped.get(name, DOCS / name)
    return tuple(path.read_text(encoding="utf-8").split("\n"))


@cache
def seed_result(name: str) -> tuple[object, object]:
    pt = parse_document("\n".join(seed_lines(name)).encode("utf-8"), name).permit_type
    data = pt.to_json()
    return data["requirements"], data["legal_basis"]


def first_content_line(lines: tuple[str, ...]) -> int:
    return next(i for i, line in enumerate(lines) if line.strip())


def test_splice_seeds_exist() -> None:
    assert len(shipped_catalog_documents()) >= 3
    for name in SPLICE_SEEDS:
        assert seed_lines(name)


@pytest.mark.parametrize("name", SPLICE_SEEDS)
@settings(FUZZ, max_examples=max(20, FUZZ.max_examples // 5))
@given(data=st.data())
def test_page_break_headers_do_not_change_requirements(name: str, data: st.DataObject) -> None:
    lines = seed_lines(name)
    start = first_content_line(lines) + 1  # after the title line
    cuts = data.draw(st.sets(st.integers(min_value=start, max_value=len(lines)), min_size=1, max_size=6))
    spliced: list[str] = []
    for index, line in enumerate(lines):
        if index in cuts:
            spliced.extend(PAGE_BREAK)
        spliced.append(line)
    if len(lines) in cuts:
        spliced.extend(PAGE_BREAK)
    pt = parse_document("\n".join(spliced).encode("utf-8"), name).permit_type
    data_json = pt.to_json()
    requirements, legal_basis = seed_result(name)
    assert data_json["requirements"] == requirements
    assert data_json["legal_basis"] == legal_basis


@pytest.mark.parametrize("name", SPLICE_SEEDS)
@settings(FUZZ, max_examples=max(20, FUZZ.max_examples // 5))
@given(data=st.data())
def test_mutated_seed_parses_or_fails_cleanly(name: str, data: st.DataObject) -> None:
    """Random fragments inserted into a real document reach the deep paths (rows, lists, fields)."""
    text = "\n".join(seed_lines(name))
    inserts = data.draw(
        st.lists(st.tuples(st.integers(min_value=0, max_value=len(text)), cell), min_size=1, max_size=5)
    )
    for position, fragment_text in sorted(inserts, reverse=True):
        text = text[:position] + fragment_text + text[position:]
    check(text.encode("utf-8"))
