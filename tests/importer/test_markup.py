"""List markup of every kind becomes the same item tree."""

from __future__ import annotations

import pytest

from counter_app.importer.markup import Node, flatten, parse_items


def _shape(node: Node) -> list[object]:
    return [(child.text, _shape(child)) if child.children else child.text for child in node.children]


@pytest.mark.parametrize(
    "text",
    [
        "1. KTP; 2. NPWP; 3. Akta: a. pendirian; b. perubahan",
        "<ol><li>KTP;</li><li>NPWP;</li><li>Akta:<ol><li>pendirian;</li><li>perubahan</li></ol></li></ol>",
        '<ol style="list-style-type: none"> 1. KTP; 2. NPWP; 3. Akta: <ol> a. pendirian; b. perubahan',
        "1. KTP;\n2. NPWP;\n3. Akta:\n   a. pendirian;\n   b. perubahan",
        "<ol><li>1. KTP;</li><li>2. NPWP;</li><li>3. Akta: a. pendirian; b. perubahan</li></ol>",
        "- KTP;\n- NPWP;\n- Akta:\n  a) pendirian;\n  b) perubahan",
    ],
)
def test_markup_styles_give_the_same_tree(text: str) -> None:
    root = parse_items(text)
    assert _shape(root) == ["KTP;", "NPWP;", ("Akta:", ["pendirian;", "perubahan"])]


def test_three_levels_of_numbering_nest() -> None:
    root = parse_items("1. Satu: a. huruf: 1) angka; 2) angka dua; b. huruf b; 2. Dua")
    assert _shape(root) == [("Satu:", [("huruf:", ["angka;", "angka dua;"]), "huruf b;"]), "Dua"]


def test_numbers_inside_sentences_stay_text() -> None:
    root = parse_items("1. Sesuai PP Nomor 5 Tahun 2021. 2. Berlaku 3 tahun.")
    assert _shape(root) == ["Sesuai PP Nomor 5 Tahun 2021.", "Berlaku 3 tahun."]


def test_a_list_resumes_after_a_nested_one() -> None:
    root = parse_items("1. melalui: <ol> a. surat b. telepon <ol> 2. Pengaduan lain")
    assert _shape(root) == [("melalui:", ["surat", "telepon"]), "Pengaduan lain"]


def test_paragraph_headings_start_new_parts() -> None:
    root = parse_items("<p>Tahap satu :</p> <ol> 1. A; 2. B. <p>Tahap dua :</p> <ol> 1. C.")
    assert [(c.text, c.heading, [g.text for g in c.children]) for c in root.children] == [
        ("Tahap satu :", True, ["A;", "B."]),
        ("Tahap dua :", True, ["C."]),
    ]


def test_a_sentence_broken_by_a_page_break_continues_its_item() -> None:
    root = parse_items("1. Pengaduan paling lambat 30\n<p>(tiga puluh) hari kalender.</p> 2. Lain")
    assert _shape(root) == ["Pengaduan paling lambat 30 (tiga puluh) hari kalender.", "Lain"]


def test_entities_and_inline_tags_are_text() -> None:
    root = parse_items("1. Ruang <i>pantry</i> &amp; dapur&nbsp;umum; 2. **Toilet**")
    assert _shape(root) == ["Ruang pantry & dapur umum;", "Toilet"]


def test_flatten_keeps_markers_and_indentation() -> None:
    lines = flatten(parse_items("Pengaduan melalui: 1. Surat 2. Telepon: a. kantor"))
    assert lines == ["Pengaduan melalui:", "   1. Surat", "   2. Telepon:", "      a. kantor"]
