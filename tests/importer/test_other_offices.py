"""The importer on Standar Pelayanan documents of *other* offices, not only the three shipped ones.

The documents in `documents/` are composed the way other regencies publish their SP, each in a
different markup (see `documents/README.md`). The expectations follow the importer contract:
components are found by name, requirements get hierarchical ids ("3", "3.1", "3.1.1") numbered
across groups, conditions/optional/copies/form come from the item wording, the title gives kind,
name, risk and KBLI, and nothing written in a component is lost. Assertions on free text use
distinctive words, not exact strings, so that harmless punctuation choices do not fail a test.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from counter_app.domain.catalog import (
    ConditionFlag,
    DocumentForm,
    PermitType,
    Requirement,
    Risk,
    Role,
    SlaUnit,
)
from counter_app.errors import ImportFailed
from counter_app.importer import parse_document

DOCS = Path(__file__).parent / "documents"


# ----------------------------------------------------------------------------------------- helpers


def norm(text: str) -> str:
    """Entities decoded, tags dropped, whitespace collapsed, case folded: for `in` checks."""
    text = re.sub(r"<[^>]*>", " ", html.unescape(text))
    return " ".join(text.split()).casefold()


def raw(name: str) -> bytes:
    return (DOCS / name).read_bytes()


@cache
def parsed(name: str) -> PermitType:
    return parse_document(raw(name), name).permit_type


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield str(key)
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def attributed_text(pt: PermitType) -> str:
    """Everything the importer placed somewhere (not `unplaced`, not `source`), normalized."""
    data = pt.to_json()
    data.pop("unplaced")
    data.pop("source")
    return norm(" ".join(strings(data)))


def outline(pt: PermitType) -> str:
    return "\n".join(
        f"  {r.id} [{r.group}] {r.text!r} opt={r.optional} cond={r.condition} copies={r.copies} form={r.form}"
        for r in pt.walk_requirements()
    )


def req(pt: PermitType, rid: str) -> Requirement:
    found = {r.id: r for r in pt.walk_requirements()}
    assert rid in found, f"no requirement {rid}; the importer produced:\n{outline(pt)}"
    return found[rid]


def child_ids(r: Requirement) -> list[str]:
    return [c.id for c in r.children]


def assert_condition(r: Requirement, flag: ConditionFlag, words: str) -> None:
    assert r.condition is not None, f"{r.id} {r.text!r} should be conditional ({flag})"
    assert r.condition.flag is flag, f"{r.id}: condition {r.condition} should be {flag}"
    assert norm(words) in norm(r.condition.text + " " + r.text)


# ------------------------------------------------------------------------------------- the documents


@dataclass(frozen=True)
class Case:
    file: str
    name: str
    kinds: tuple[str, ...]  # acceptable kinds, case folded (the contract allows "Izin" or "Izin Praktik")
    risk: Risk
    kbli: tuple[str, str, str] | None  # (version, code, title)
    sla_days: int
    sla_unit: SlaUnit
    sla_trigger: str  # words of the start clause; "" = the document states none
    fee_free: bool
    fee_amount: int | None  # checked when not free
    product: str
    legal_basis: tuple[str, ...]  # one distinctive phrase per item, in order
    complaint: str
    groups: tuple[str, ...]  # group of each top-level requirement, in order (ids are "1".."n")
    components: Mapping[str, str]  # component -> a phrase only its text contains


CASES = [
    Case(
        file="mekarsari-12-izin-usaha-toko-swalayan.txt",
        name="Izin Usaha Toko Swalayan",
        kinds=("izin usaha",),
        risk=Risk.UNKNOWN,
        kbli=None,
        sla_days=15,
        sla_unit=SlaUnit.WORKING,
        sla_trigger="berkas dinyatakan lengkap dan benar",
        fee_free=True,
        fee_amount=None,
        product="IUTS",
        legal_basis=("Nomor 25 Tahun 2009", "Nomor 112 Tahun 2007", "Nomor 23 Tahun 2021", "Nomor 4 Tahun 2019"),
        complaint="pengaduan@dpmptsp.mekarsarikab.go.id",
        groups=("tahap permohonan",) * 4 + ("tahap pemenuhan komitmen",) * 3,
        components={
            "persyaratan": "kesanggupan bermitra",
            "prosedur": "melakukan peninjauan lapangan",
            "jangka waktu": "15 (lima belas) hari kerja",
            "biaya": "tidak dipungut biaya",
            "produk": "IUTS",
            "pengaduan": "SP4N-LAPOR",
            "dasar hukum": "Toko Modern",
            "sarana": "Mesin antrian",
            "kompetensi": "peraturan perdagangan",
            "pengawasan": "secara berjenjang",
            "jumlah pelaksana": "6 (enam) orang",
            "jaminan pelayanan": "Maklumat Pelayanan yang ditandatangani",
            "jaminan keamanan": "lemari arsip terkunci",
            "evaluasi": "setiap triwulan",
        },
    ),
    Case(
        file="tirtamulya-7-ss-kbli-47111-supermarket.txt",
        name="Sertifikat Standar Perdagangan Eceran Yang Utamanya Makanan, Minuman Atau Tembakau "
        "Di Supermarket/Hypermarket",
        kinds=("sertifikat standar",),
        risk=Risk.MENENGAH_TINGGI,
        kbli=(
            "2020",
            "47111",
            "Perdagangan Eceran Yang Utamanya Makanan, Minuman Atau Tembakau Di Supermarket/Hypermarket",
        ),
        sla_days=7,
        sla_unit=SlaUnit.WORKING,
        sla_trigger="berkas lengkap dan benar",
        fee_free=True,
        fee_amount=None,
        product="Sertifikat Standar Terverifikasi",
        legal_basis=("Nomor 6 Tahun 2023", "Nomor 28 Tahun 2025", "Nomor 23 Tahun 2021"),
        complaint="dpmptsp.tirtamulya@gmail.com",
        groups=("umum",) * 4 + ("khusus",) * 5,
        components={
            "persyaratan": "pasar rakyat",
            "prosedur": "Dinas Perdagangan melakukan verifikasi lapangan",
            "jangka waktu": "7 hari kerja",
            "biaya": "Gratis",
            "produk": "Sertifikat Standar Terverifikasi",
            "pengaduan": "lapor.go.id",
            "dasar hukum": "Cipta Kerja",
            "sarana": "ruang tunggu ber-AC",
            "kompetensi": "sektor perdagangan",
            "pengawasan": "Inspektorat Kabupaten Tirtamulya",
            "jumlah pelaksana": "4 (empat) orang",
            "jaminan pelayanan": "pungutan liar",
            "jaminan keamanan": "Kerahasiaan data pelaku usaha",
            "evaluasi": "setiap semester melalui SKM",
        },
    ),
    Case(
        file="sukajaya-persetujuan-bangunan-gedung.txt",
        name="Persetujuan Bangunan Gedung",
        kinds=("persetujuan",),
        risk=Risk.UNKNOWN,
        kbli=None,
        sla_days=14,
        sla_unit=SlaUnit.CALENDAR,
        sla_trigger="",
        fee_free=False,
        fee_amount=None,  # a retribusi by regulation, no amount written: needs review
        product="Persetujuan Bangunan Gedung (PBG)",
        legal_basis=("Nomor 28 Tahun 2002", "Nomor 16 Tahun 2021", "Nomor 1 Tahun 2024"),
        complaint="pbg.sukajaya@gmail.com",
        groups=("umum",) * 4 + ("khusus",) * 3,
        components={
            "persyaratan": "peil banjir",
            "prosedur": "Tim Profesi Ahli (TPA) melakukan konsultasi",
            "jangka waktu": "14 (empat belas) hari kalender",
            "biaya": "besaran retribusi",
            "produk": "lampiran dokumen teknis",
            "pengaduan": "(0266) 555123",
            "dasar hukum": "Peraturan Pelaksanaan Undang-Undang",
            "sarana": "plotter",
            "kompetensi": "ketentuan teknis bangunan",
            "pengawasan": "Kepala Dinas dan Inspektorat",
            "jumlah pelaksana": "8 (delapan) orang",
            "jaminan pelayanan": "Kepastian jangka waktu",
            "jaminan keamanan": "disimpan secara elektronik dalam SIMBG",
            "evaluasi": "Rapat evaluasi bulanan",
        },
    ),
    Case(
        file="gunungsari-izin-praktik-dokter.txt",
        name="Izin Praktik Dokter",
        kinds=("izin", "izin praktik"),
        risk=Risk.UNKNOWN,
        kbli=None,
        sla_days=3,
        sla_unit=SlaUnit.WORKING,
        sla_trigger="",
        fee_free=True,
        fee_amount=None,
        product="Surat Izin Praktik (SIP) Dokter",
        legal_basis=("Nomor 17 Tahun 2023", "Nomor 28 Tahun 2024", "2052/MENKES/PER/X/2011", "Nomor 12 Tahun 2022"),
        complaint="pengaduan.dpmptsp@gunungsarikab.go.id",
        groups=("umum",) * 8,
        components={
            "persyaratan": "organisasi profesi",
            "prosedur": "aplikasi SIMPEL",
            "jangka waktu": "3 (tiga) hari kerja",
            "biaya": "Tidak dikenakan biaya",
            "produk": "Surat Izin Praktik",
            "pengaduan": "Loket Pengaduan MPP Gunungsari",
            "dasar hukum": "Pendelegasian Kewenangan",
            "sarana": "koneksi internet",
            "kompetensi": "regulasi bidang kesehatan",
            "pengawasan": "Kepala Dinas Kesehatan dan Kepala DPMPTSP",
            "jumlah pelaksana": "3 (tiga) orang",
            "jaminan pelayanan": "sesuai Maklumat Pelayanan",
            "jaminan keamanan": "dijaga kerahasiaannya",
            "evaluasi": "Indeks Kepuasan Masyarakat",
        },
    ),
    Case(
        file="rawabening-b-tanda-daftar-gudang.txt",
        name="Tanda Daftar Gudang",
        kinds=("tanda daftar",),
        risk=Risk.UNKNOWN,
        kbli=None,
        sla_days=5,
        sla_unit=SlaUnit.UNKNOWN,
        sla_trigger="berkas dinyatakan lengkap",
        fee_free=False,
        fee_amount=150000,
        product="Tanda Daftar Gudang",
        legal_basis=(
            "Nomor 7 Tahun 2014",
            "Nomor 90 Tahun 2014 tentang Penataan",
            "Nomor 16 Tahun 2016",
            "Nomor 9 Tahun 2020",
        ),
        complaint="tdg@rawabeningkab.go.id",
        groups=("umum",) * 8,
        components={
            "persyaratan": "titik koordinat",
            "prosedur": "pemeriksaan lapangan ke lokasi gudang",
            "jangka waktu": "5 (lima) hari",
            "biaya": "150.000",
            "produk": "(TDG)",
            "pengaduan": "(0274) 889100",
            "dasar hukum": "Retribusi Perizinan Tertentu",
            "sarana": "kendaraan operasional",
            "kompetensi": "ketentuan pergudangan",
            "pengawasan": "Kepala Bidang Perdagangan",
            "jumlah pelaksana": "2 (dua) orang",
            "jaminan pelayanan": "Janji layanan tepat waktu",
            "jaminan keamanan": "map tertutup",
            "evaluasi": "Evaluasi tahunan",
        },
    ),
    Case(
        file="banyuasri-izin-operasional-sekolah.txt",
        name="Izin Operasional Sekolah Dasar Swasta",
        kinds=("izin", "izin operasional"),
        risk=Risk.UNKNOWN,
        kbli=None,
        sla_days=30,
        sla_unit=SlaUnit.WORKING,
        sla_trigger="dokumen dinyatakan lengkap dan benar",
        fee_free=True,
        fee_amount=None,
        product="Izin Operasional Sekolah",
        legal_basis=("Nomor 20 Tahun 2003", "Nomor 57 Tahun 2021", "Nomor 36 Tahun 2014", "Nomor 15 Tahun 2023"),
        complaint="disdik.banyuasri@gmail.com",
        groups=("umum",) * 3 + ("khusus",) * 4,
        components={
            "persyaratan": "studi kelayakan",
            "prosedur": "Tim Teknis Dinas Pendidikan",
            "jangka waktu": "30 (tiga puluh) hari kerja",
            "biaya": "dipungut biaya",
            "produk": "Keputusan Kepala DPMPTSP",
            "pengaduan": "Kotak pengaduan di MPP",
            "dasar hukum": "Sistem Pendidikan Nasional",
            "sarana": "kendaraan verifikasi lapangan",
            "kompetensi": "Memahami Standar Nasional Pendidikan",
            "pengawasan": "Inspektorat Daerah",
            "jumlah pelaksana": "5 (lima) orang",
            "jaminan pelayanan": "dipasang di ruang tunggu",
            "jaminan keamanan": "ruang arsip berpendingin",
            "evaluasi": "Evaluasi kinerja setiap semester",
        },
    ),
    Case(
        file="lembahhijau-45-izin-kbli-24202.txt",
        name="Izin Industri Pembuatan Logam Dasar Bukan Besi",
        kinds=("izin",),
        risk=Risk.TINGGI,
        kbli=("2025", "24202", "Industri Pembuatan Logam Dasar Bukan Besi"),
        sla_days=10,
        sla_unit=SlaUnit.WORKING,
        sla_trigger="",
        fee_free=True,
        fee_amount=None,
        product="Izin Usaha Industri",
        legal_basis=(
            "Nomor 3 Tahun 2014",
            "Nomor 28 Tahun 2025",
            "Nomor 7 Tahun 2025",
            "Nomor 9 Tahun 2021",
            "Nomor 2 Tahun 2022",
        ),
        complaint="pengaduan@lembahhijaukab.go.id",
        groups=("umum",) * 3 + ("khusus",) * 4,
        components={
            "persyaratan": "pengolahan air limbah",
            "prosedur": "Lampiran IV",
            "jangka waktu": "10 (sepuluh) Hari Kerja",
            "biaya": "Gratis",
            "produk": "Izin Usaha Industri terverifikasi",
            "pengaduan": "081299887766",
            "dasar hukum": "Rencana Tata Ruang Wilayah",
            "sarana": "kendaraan dinas",
            "kompetensi": "proses industri logam",
            "pengawasan": "atasan langsung dan Inspektorat",
            "jumlah pelaksana": "7 (tujuh) orang",
            "jaminan pelayanan": "tanpa pungutan",
            "jaminan keamanan": "terenkripsi",
            "evaluasi": "tiap kuartal",
        },
    ),
]

by_case = pytest.mark.parametrize("case", CASES, ids=[c.file.removesuffix(".txt") for c in CASES])


# ------------------------------------------------------------------------------ fields every document has


@by_case
def test_title_gives_kind_name_risk_and_kbli(case: Case) -> None:
    pt = parsed(case.file)
    assert norm(pt.name) == norm(case.name)
    assert pt.kind.casefold() in case.kinds, f"kind {pt.kind!r}"
    assert norm(pt.name).startswith(norm(pt.kind))
    assert pt.risk is case.risk
    if case.kbli is None:
        # The body may mention a KBLI (Mekarsari's requirement 4 does); only the title names the permit's.
        assert pt.kbli.code is None, pt.kbli
    else:
        version, code, title = case.kbli
        assert pt.kbli.code == code
        assert norm(pt.kbli.title or "") == norm(title)
        assert pt.kbli.version == version
    assert pt.code.strip(), "every permit type needs a code"
    assert pt.version == 0


@by_case
def test_service_time(case: Case) -> None:
    sla = parsed(case.file).sla
    assert (sla.days, sla.unit) == (case.sla_days, case.sla_unit), sla
    assert norm(case.components["jangka waktu"]) in norm(sla.text), sla
    if case.sla_trigger:
        assert norm(case.sla_trigger) in norm(sla.start_trigger), sla
    else:
        assert sla.start_trigger.strip() == "", sla


@by_case
def test_fee(case: Case) -> None:
    fee = parsed(case.file).fee
    assert fee.free is case.fee_free, fee
    if case.fee_free:
        assert fee.amount in (None, 0), fee
    else:
        assert fee.amount == case.fee_amount, fee
    assert norm(case.components["biaya"]) in norm(fee.text), fee


@by_case
def test_product_and_complaint_channels(case: Case) -> None:
    pt = parsed(case.file)
    assert norm(case.product) in norm(pt.product)
    assert case.complaint in pt.complaint_channels


@by_case
def test_legal_basis_items(case: Case) -> None:
    items = parsed(case.file).legal_basis
    assert len(items) == len(case.legal_basis), "\n".join(items)
    for item, phrase in zip(items, case.legal_basis, strict=True):
        assert norm(phrase) in norm(item), (phrase, item)


@by_case
def test_requirement_ids_and_groups(case: Case) -> None:
    pt = parsed(case.file)
    top = [(r.id, r.group.strip().rstrip(":").strip().casefold()) for r in pt.requirements]
    expected = [(str(i), g) for i, g in enumerate(case.groups, start=1)]
    assert top == expected, outline(pt)
    seen: set[str] = set()
    for r in pt.walk_requirements():
        assert r.id not in seen, f"duplicate id {r.id}"
        seen.add(r.id)
        assert [c.id for c in r.children] == [f"{r.id}.{i}" for i in range(1, len(r.children) + 1)]


@by_case
def test_requirement_text_is_clean(case: Case) -> None:
    pt = parsed(case.file)
    for r in pt.walk_requirements():
        text = r.text
        assert text and text == " ".join(text.split()), f"{r.id}: whitespace in {text!r}"
        assert not re.match(r"^(\d{1,2}|[a-zA-Z])[.)]\s", text), f"{r.id}: list marker left in {text!r}"
        assert not re.search(r"</?[a-zA-Z][^>]*>|&(amp|nbsp|lt|gt);|\*\*", text), f"{r.id}: markup in {text!r}"
        assert not text.endswith((";", ",", ".")), f"{r.id}: trailing punctuation in {text!r}"
        assert not re.search(r"\s(dan|atau)$", text), f"{r.id}: trailing conjunction in {text!r}"
        assert r.copies >= 1
        assert isinstance(r.form, DocumentForm)


@by_case
def test_no_markup_or_page_header_in_fields(case: Case) -> None:
    pt = parsed(case.file)
    fields = [pt.name, pt.kind, pt.product, pt.sla.text, pt.fee.text, *pt.legal_basis]
    for value in fields:
        assert not re.search(r"</?[a-zA-Z][^>]*>|&(amp|nbsp|lt|gt);", value), f"markup left in {value!r}"
    # The table header repeated at every page break is layout, not content.
    assert not re.search(r"\bkomponen\W+uraian\b", attributed_text(pt)), "page header leaked into a field"


@by_case
def test_nothing_written_in_a_component_is_lost(case: Case) -> None:
    """All 14 components end up in a dedicated field or in `other_components`, none in `unplaced`."""
    pt = parsed(case.file)
    placed = attributed_text(pt)
    missing = [comp for comp, phrase in case.components.items() if norm(phrase) not in placed]
    assert not missing, f"lost components {missing}; unplaced={pt.unplaced}"


@by_case
def test_stages_end_with_handover(case: Case) -> None:
    stages = parsed(case.file).stages
    assert stages, "a permit type needs at least one stage"
    for stage in stages:
        assert stage.name.strip()
        assert isinstance(stage.role, Role)
        assert stage.budget_days is None or stage.budget_days >= 0
    # "Penyerahan ..." / "... diserahkan": the stem is serah, nasalised to nyerah.
    assert re.search(r"(se|nye)rah", stages[-1].name.casefold()), f"last stage should be the handover: {stages}"


@by_case
def test_parsing_is_deterministic_and_round_trips(case: Case) -> None:
    first = parse_document(raw(case.file), case.file)
    second = parse_document(raw(case.file), case.file)
    assert first.permit_type.content_hash() == second.permit_type.content_hash()
    assert first.warnings == second.warnings
    assert all(isinstance(w, str) and w for w in first.warnings)
    pt = first.permit_type
    assert PermitType.from_json(pt.to_json()) == pt


@pytest.mark.parametrize(
    "name",
    [
        "mekarsari-12-izin-usaha-toko-swalayan.txt",
        "tirtamulya-7-ss-kbli-47111-supermarket.txt",
        "gunungsari-izin-praktik-dokter.txt",
    ],
)
@pytest.mark.parametrize("variant", ["crlf", "bom", "trailing-spaces"])
def test_line_endings_bom_and_trailing_spaces_do_not_matter(name: str, variant: str) -> None:
    original = raw(name)
    if variant == "crlf":
        changed = original.replace(b"\n", b"\r\n")
    elif variant == "bom":
        changed = b"\xef\xbb\xbf" + original
    else:
        changed = b"\n".join(line + b"  " for line in original.split(b"\n"))
    expected = parse_document(original, name).permit_type
    got = parse_document(changed, name).permit_type
    assert got.to_json() == expected.to_json()


def test_different_services_get_different_codes() -> None:
    codes = {c.file: parsed(c.file).code for c in CASES}
    assert len(set(codes.values())) == len(codes), codes


# ------------------------------------------------------------------------ requirement details, per office


def test_toko_swalayan_closed_li_tags_and_stage_groups() -> None:
    pt = parsed("mekarsari-12-izin-usaha-toko-swalayan.txt")
    first = req(pt, "1")
    assert "diisi & ditandatangani" in first.text
    identity = req(pt, "2")
    assert identity.form is DocumentForm.PHOTOCOPY
    assert identity.condition is None, "'(NIK bagi WNI atau Paspor bagi WNA)' is an alternative, not a condition"
    company = req(pt, "3")
    assert child_ids(company) == ["3.1", "3.2", "3.3"], outline(pt)
    assert "akta" not in norm(company.text), "children must not be glued into the parent's text"
    assert "badan usaha" in norm(company.text)
    assert req(pt, "3.1").form is DocumentForm.PHOTOCOPY
    amendment = req(pt, "3.2")
    assert amendment.optional, amendment
    assert "akta perubahan" in norm(amendment.text)
    assert not req(pt, "3.1").optional
    assert "nib" in norm(req(pt, "4").text)
    assert req(pt, "6").form is DocumentForm.ORIGINAL, "'<b>Asli</b> surat pernyataan' is an original"
    assert req(pt, "7").copies == 2, "'Denah lokasi toko 2 lembar'"
    assert all(r.copies == 1 for r in pt.walk_requirements() if r.id != "7")


def test_toko_swalayan_footnote_after_table_is_unplaced_not_lost() -> None:
    pt = parsed("mekarsari-12-izin-usaha-toko-swalayan.txt")
    assert any("503/045/DPMPTSP/2024" in line for line in pt.unplaced), pt.unplaced
    assert "503/045" not in attributed_text(pt), "a footnote after the table is not part of Evaluasi Kinerja"


def test_supermarket_inline_numbering_nesting_conditions_and_page_break() -> None:
    pt = parsed("tirtamulya-7-ss-kbli-47111-supermarket.txt")
    assert "oss" in norm(req(pt, "1").text)
    assert "pkkpr" in norm(req(pt, "3").text)
    assert "memiliki sarana penyimpanan" in norm(req(pt, "5").text)
    pma = req(pt, "6")
    assert_condition(pma, ConditionFlag.FOREIGN_CAPITAL, "modal asing")
    assert child_ids(pma) == ["6.1", "6.2", "6.3"], outline(pt)
    assert "rencana kemitraan" in norm(req(pt, "6.1").text)
    study = req(pt, "6.2")
    assert child_ids(study) == ["6.2.1", "6.2.2"], outline(pt)
    assert "analisa struktur pasar" in norm(req(pt, "6.2.1").text)
    assert "pasar rakyat" in norm(req(pt, "6.2.2").text)
    assert "1.200 m2" in req(pt, "6.3").text, "'1.200' is a number, not a list marker"
    # Items 3-5 of the special group come after a page break and are still top level.
    assert_condition(req(pt, "7"), ConditionFlag.NON_INDIVIDUAL, "badan usaha")
    assert req(pt, "7").children == ()
    assert_condition(req(pt, "8"), ConditionFlag.CHANGE_REQUEST, "perubahan")
    stmt = req(pt, "9")
    assert "surat pernyataan pemenuhan standar" in norm(stmt.text)
    assert stmt.copies == 2, "'rangkap 2'"
    for rid in ("1", "2", "3", "4", "5"):
        assert req(pt, rid).condition is None


def test_pbg_markdown_titles_and_three_levels() -> None:
    pt = parsed("sukajaya-persetujuan-bangunan-gedung.txt")
    owner = req(pt, "1")
    assert "data pemohon" in norm(owner.text)
    assert child_ids(owner) == ["1.1", "1.2", "1.3"], outline(pt)
    ktp = req(pt, "1.1")
    assert ktp.form is DocumentForm.PHOTOCOPY
    assert ktp.condition is None, "'(NIK bagi WNI atau Paspor bagi WNA)' is an alternative, not a condition"
    assert req(pt, "2.1").form is DocumentForm.PHOTOCOPY
    assert child_ids(req(pt, "3")) == ["3.1", "3.2", "3.3"], outline(pt)
    assert child_ids(req(pt, "3.2")) == ["3.2.1", "3.2.2"], outline(pt)
    assert "bangunan sederhana" in norm(req(pt, "3.2.1").text)
    assert "mekanikal" in norm(req(pt, "3.3").text)
    env = req(pt, "4")
    assert env.form is DocumentForm.SCAN, "'Pindaian dokumen lingkungan'"
    assert "dokumen lingkungan" in norm(env.text)
    assert_condition(req(pt, "5"), ConditionFlag.OTHER, "fungsi usaha")
    assert_condition(req(pt, "6"), ConditionFlag.NON_INDIVIDUAL, "badan hukum")
    flood = req(pt, "7")
    assert flood.optional, "'(bila ada)' marks an optional document"
    assert "peil banjir" in norm(flood.text)
    # The component titles are markup of the document, not requirement text.
    assert not any("**" in r.text or "persyaratan" in norm(r.text) for r in pt.walk_requirements())


def test_dokter_plain_text_items_on_their_own_lines() -> None:
    pt = parsed("gunungsari-izin-praktik-dokter.txt")
    assert len(pt.requirements) == 8, outline(pt)
    assert req(pt, "1").form is DocumentForm.PHOTOCOPY
    assert "surat tanda registrasi" in norm(req(pt, "1").text)
    photo = req(pt, "4")
    assert photo.copies == 2, "'sebanyak 2 lembar'"
    assert req(pt, "5").form is DocumentForm.PHOTOCOPY, "'Fc. KTP pemohon'"
    assert req(pt, "6").optional, "'(jika ada)'"
    foreigner = req(pt, "7")
    assert_condition(foreigner, ConditionFlag.FOREIGN_NATIONAL, "warga negara asing")
    assert child_ids(foreigner) == ["7.1", "7.2", "7.3"], outline(pt)
    passport = req(pt, "7.2")
    assert "paspor" in norm(passport.text)
    assert passport.form is DocumentForm.PHOTOCOPY
    assert_condition(req(pt, "8"), ConditionFlag.CHANGE_REQUEST, "perubahan")
    # The procedure and the legal basis ("1. Undang-Undang ...") are not requirements.
    assert not any("undang-undang" in norm(r.text) or "simpel" in norm(r.text) for r in pt.walk_requirements())


def test_gudang_pipe_table_copies_and_forms() -> None:
    pt = parsed("rawabening-b-tanda-daftar-gudang.txt")
    assert len(pt.requirements) == 8, outline(pt)
    assert req(pt, "1").form is DocumentForm.ORIGINAL, "'Asli surat permohonan'"
    ktp = req(pt, "2")
    assert (ktp.form, ktp.copies) == (DocumentForm.PHOTOCOPY, 2), "'Foto copy KTP ... 2 (dua) rangkap'"
    deed = req(pt, "3")
    assert deed.form is DocumentForm.PHOTOCOPY, "'Salinan akta'"
    assert_condition(deed, ConditionFlag.NON_INDIVIDUAL, "badan usaha")
    assert req(pt, "4").form is DocumentForm.SCAN
    assert req(pt, "5").copies == 2, "'rangkap 2'"
    assert req(pt, "6").form is DocumentForm.UNSPECIFIED
    assert req(pt, "7").optional, "'(apabila ada)'"
    assert req(pt, "8").copies == 2, "'2lb'"
    assert not any("|" in r.text for r in pt.walk_requirements())


def test_sekolah_paragraph_items_entities_and_inline_tags() -> None:
    pt = parsed("banyuasri-izin-operasional-sekolah.txt")
    first = req(pt, "1")
    assert norm(first.text).startswith("surat permohonan"), first.text
    assert "\xa0" not in first.text
    assert req(pt, "2").form is DocumentForm.PHOTOCOPY
    study = req(pt, "3")
    assert child_ids(study) == ["3.1", "3.2", "3.3"], outline(pt)
    assert "tata ruang" in norm(req(pt, "3.1").text)
    assert "kurikulum" in norm(req(pt, "4").text)
    foreign = req(pt, "6")
    assert_condition(foreign, ConditionFlag.FOREIGN_NATIONAL, "orang asing")
    # "<i>orang asing</i>, rekomendasi": removing an inline tag must not leave "asing , rekomendasi".
    assert "orang asing, rekomendasi" in foreign.text, foreign.text


def test_sekolah_legal_item_split_by_page_break_is_joined() -> None:
    pt = parsed("banyuasri-izin-operasional-sekolah.txt")
    split = [item for item in pt.legal_basis if "Nomor 36 Tahun 2014" in item]
    assert len(split) == 1, pt.legal_basis
    assert "penutupan satuan pendidikan dasar dan menengah" in norm(split[0]), split[0]


def test_logam_legal_item_split_by_page_break_is_joined() -> None:
    pt = parsed("lembahhijau-45-izin-kbli-24202.txt")
    split = [item for item in pt.legal_basis if "Nomor 7 Tahun 2025" in item]
    assert len(split) == 1, pt.legal_basis
    assert "klasifikasi baku lapangan usaha indonesia" in norm(split[0]), split[0]


def test_logam_unclosed_li_and_bold_group_headings() -> None:
    pt = parsed("lembahhijau-45-izin-kbli-24202.txt")
    assert "siinas" in norm(req(pt, "1").text)
    assert "kawasan industri" in norm(req(pt, "3").text)
    assert "amdal" in norm(req(pt, "4").text)
    assert_condition(req(pt, "5"), ConditionFlag.FOREIGN_CAPITAL, "modal asing")
    assert "ipal" in norm(req(pt, "6").text)
    sni = req(pt, "7")
    assert sni.optional, "'(kalau ada)'"
    assert all(r.children == () for r in pt.requirements)


# ------------------------------------------------------------------------------------------ title forms

TEMPLATE = "mekarsari-12-izin-usaha-toko-swalayan.txt"
TEMPLATE_TITLE = "12. Standar Pelayanan Izin Usaha Toko Swalayan"


@dataclass(frozen=True)
class Title:
    line: str
    kind: str
    name: str
    risk: Risk
    code: str | None = None
    kbli_title: str | None = None


TITLES = [
    Title(
        "3. Standar Pelayanan Sertifikat Standar (Risiko Rendah) KBLI 10792 Industri Roti dan Kue",
        "sertifikat standar",
        "Sertifikat Standar Industri Roti dan Kue",
        Risk.RENDAH,
        "10792",
        "Industri Roti dan Kue",
    ),
    Title(
        "c. Standar Pelayanan Sertifikat Standar (Risiko Menengah Rendah) KBLI 56101 Restoran",
        "sertifikat standar",
        "Sertifikat Standar Restoran",
        Risk.MENENGAH_RENDAH,
        "56101",
        "Restoran",
    ),
    Title(
        "Standar Pelayanan Izin (RISIKO TINGGI) KBLI 35111 Pembangkitan Tenaga Listrik",
        "izin",
        "Izin Pembangkitan Tenaga Listrik",
        Risk.TINGGI,
        "35111",
        "Pembangkitan Tenaga Listrik",
    ),
    Title(  # not one of the four levels: unknown, but the token still leaves the name
        "Standar Pelayanan Izin (Risiko Menengah) KBLI 35111 Pembangkitan Tenaga Listrik",
        "izin",
        "Izin Pembangkitan Tenaga Listrik",
        Risk.UNKNOWN,
        "35111",
        "Pembangkitan Tenaga Listrik",
    ),
    Title("10. Standart Pelayanan Persetujuan Lingkungan", "persetujuan", "Persetujuan Lingkungan", Risk.UNKNOWN),
    Title("STANDAR PELAYANAN TANDA DAFTAR GUDANG", "tanda daftar", "Tanda Daftar Gudang", Risk.UNKNOWN),
]


@pytest.mark.parametrize("title", TITLES, ids=[t.line for t in TITLES])
def test_title_forms(title: Title) -> None:
    text = raw(TEMPLATE).decode("utf-8")
    assert TEMPLATE_TITLE in text
    pt = parse_document(text.replace(TEMPLATE_TITLE, title.line).encode("utf-8"), "judul.txt").permit_type
    assert pt.kind.casefold() == title.kind
    assert norm(pt.name) == norm(title.name)
    assert pt.risk is title.risk
    assert pt.kbli.code == title.code, pt.kbli
    if title.code is not None:
        assert norm(pt.kbli.title or "") == norm(title.kbli_title or "")
        assert pt.kbli.version == "2020"
    # The title does not change how the body is read.
    assert pt.to_json()["requirements"] == parsed(TEMPLATE).to_json()["requirements"]


# ------------------------------------------------------------------------------------------- bad input


def _bad_inputs() -> list[tuple[str, bytes]]:
    return [
        ("bad-empty.txt", raw("bad-empty.txt")),
        ("kosong-spasi.txt", b"  \n\n\t \r\n"),
        ("bad-binary.png", raw("bad-binary.png")),
        ("bad-latin1.txt", raw("bad-latin1.txt")),
        ("bad-letter.txt", raw("bad-letter.txt")),
        ("bad-recipe.txt", raw("bad-recipe.txt")),
        ("hanya-judul.txt", b"Standar Pelayanan Izin Usaha Toko Swalayan\n"),
    ]


@pytest.mark.parametrize(("source", "data"), _bad_inputs(), ids=[s for s, _ in _bad_inputs()])
def test_bad_input_is_refused_with_a_message_naming_the_file(source: str, data: bytes) -> None:
    with pytest.raises(ImportFailed) as info:
        parse_document(data, source)
    exc = info.value
    assert exc.source == source
    assert source in str(exc)
    explanation = str(exc).replace(source, "").strip(" :")
    assert len(explanation) >= 10, f"the message should say what was expected: {str(exc)!r}"


def test_utf16_with_bom_is_decoded_or_refused_clearly() -> None:
    source = "utf16-izin-praktik-dokter.txt"
    failure: ImportFailed | None = None
    try:
        got = parse_document(raw(source), source).permit_type
    except ImportFailed as exc:
        failure = exc
    if failure is not None:
        assert source in str(failure)
        return
    expected = parsed("gunungsari-izin-praktik-dokter.txt")
    assert norm(got.name) == norm(expected.name)
    assert got.to_json()["requirements"] == expected.to_json()["requirements"]
    assert got.sla == expected.sla
