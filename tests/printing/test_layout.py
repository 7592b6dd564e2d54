"""The pure layout: wrapping, hanging indents, label columns, transliteration, hard splits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.receipt import Align, Document, Field, Item, Qr, Rule, Text
from printing.layout import Line, Metrics, QrSpot, layout, plain_text, printable, wrap


def lines_of(*blocks: Text | Field | Item | Rule | Qr, columns: int = 32) -> list[str]:
    return [item.text for item in layout(Document("t", blocks), columns) if isinstance(item, Line)]


def test_words_wrap_at_word_boundaries() -> None:
    assert lines_of(Text("Simpan tanda terima ini; tunjukkan saat mengambil izin"), columns=20) == [
        "Simpan tanda terima",
        "ini; tunjukkan saat",
        "mengambil izin",
    ]


def test_field_value_wraps_under_the_value_column() -> None:
    lines = lines_of(
        Field("Jenis izin", "Izin Industri Pembuatan Logam Dasar Mulia"), Field("NIK", "3214 **** **** 0001")
    )
    assert lines == [
        "Jenis izin : Izin Industri",
        "             Pembuatan Logam",
        "             Dasar Mulia",
        "NIK        : 3214 **** **** 0001",
    ]


def test_a_long_label_wraps_inside_its_column() -> None:
    lines = lines_of(Field("Estimasi selesai", "Rabu, 2 Desember 2026 (7 hari kerja)"), Field("Biaya", "Gratis"))
    # the label column is at most a third of the line (10 of 32)
    assert lines == [
        "Estimasi   : Rabu, 2 Desember",
        "selesai      2026 (7 hari kerja)",
        "Biaya      : Gratis",
    ]


def test_the_label_column_fits_the_longest_label_on_wide_paper() -> None:
    lines = lines_of(Field("No. Registrasi", "MPP-K01-261123-0007"), Field("NIK", "x"), columns=48)
    assert lines == ["No. Registrasi : MPP-K01-261123-0007", "NIK            : x"]


def test_items_indent_continuation_lines_under_the_text() -> None:
    lines = lines_of(Item("12.", "Surat permohonan bermeterai yang ditandatangani pemohon"), columns=24)
    assert lines == [
        "12. Surat permohonan",
        "    bermeterai yang",
        "    ditandatangani",
        "    pemohon",
    ]


def test_large_text_takes_double_width() -> None:
    laid = layout(Document("t", (Text("TANDA TERIMA BERKAS", bold=True, large=True, align=Align.CENTER),)), 32)
    assert [(line.text, line.large, line.center, line.bold) for line in laid if isinstance(line, Line)] == [
        ("TANDA TERIMA", True, True, True),
        ("BERKAS", True, True, True),
    ]


def test_rule_spans_the_line_and_qr_has_its_caption_centred() -> None:
    laid = layout(Document("t", (Rule(), Qr("https://x.test/t/ABCD", "ABCD-EFGH"))), 48)
    assert isinstance(laid[0], Line) and laid[0].rule and laid[0].text == "-" * 48
    assert laid[1] == QrSpot("https://x.test/t/ABCD")
    assert isinstance(laid[2], Line) and laid[2].center and laid[2].text == "ABCD-EFGH"


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Andrés Núñez", "Andres Nunez"),
        ("Rp 1.500.000 — lunas", "Rp 1.500.000 - lunas"),
        ("Jaya’s", "Jaya's"),
        ("• butir", "* butir"),
        ("“kutip”", '"kutip"'),
        ("Çağrı Öztürk", "Cagri Ozturk"),
    ],
)
def test_non_ascii_is_transliterated(text: str, printed: str) -> None:
    assert lines_of(Text(text)) == [printed]


def test_control_characters_never_reach_the_printer() -> None:
    # a name typed or pasted with printer commands in it (ESC @, GS V cut) prints as plain text
    assert printable("Budi\x1b@\x1dV\x00 Santoso\r\nJr\t.") == "Budi@V Santoso  Jr ."
    assert all(0x20 <= ord(ch) < 0x7F for ch in printable("a\x07b\x9bc\x7fd"))


def test_words_longer_than_the_line_are_split() -> None:
    lines = lines_of(Text("x" * 70), columns=32)
    assert lines == ["x" * 32, "x" * 32, "x" * 6]
    # a URL or number splits after a '-' or '/' near the end rather than anywhere
    url = lines_of(Field("Alamat", "https://mpp.purwakartakab.go.id/t/7KQ2-MX9D-4T1B-R"), columns=32)
    assert url == ["Alamat : https://mpp.purwakartak", "         ab.go.id/t/7KQ2-MX9D-", "         4T1B-R"]


def test_plain_text_preview_centres() -> None:
    laid = layout(Document("t", (Text("ab", align=Align.CENTER), Qr("p", "c"))), 10)
    assert plain_text(laid, 10) == ["    ab", "[QR p]", "    c"]


@given(
    st.lists(
        st.one_of(
            st.builds(Text, st.text(max_size=120), st.booleans(), st.booleans()),
            st.builds(Field, st.text(max_size=30), st.text(max_size=120)),
            st.builds(Item, st.text(max_size=8), st.text(max_size=120)),
            st.just(Rule()),
        ),
        max_size=6,
    ),
    st.sampled_from([32, 48]),
)
def test_no_line_is_ever_wider_than_the_paper(blocks: list[Text | Field | Item | Rule], columns: int) -> None:
    for item in layout(Document("t", tuple(blocks)), Metrics.columns(columns)):
        assert isinstance(item, Line)
        assert len(item.text) * (2 if item.large else 1) <= columns, item
        assert all(0x20 <= ord(ch) < 0x7F for ch in item.text), item


def test_wrap_with_a_measure_in_points() -> None:
    def measure(text: str, bold: bool, large: bool) -> float:
        return sum(2.0 if ch == "m" else 1.0 for ch in text)

    assert wrap("mmm aaa", 7, measure) == ["mmm", "aaa"]
    assert wrap("mmm aaa", 7, lambda text, bold, large: len(text)) == ["mmm aaa"]
