"""The on-screen slip: laid out in the printer's columns, and its QR scans to the status page."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from counter_app.domain.receipt import Align, Document, Field, Item, Qr, Rule, Text
from ui.receipt_lines import QrRow, RuleRow, TextRow, layout, plain_text
from ui.receipt_preview import ReceiptPreview, qr_image

URL = "https://status.contoh.go.id/t/7KQ2-MX9D-4T1B-R"

DOCUMENT = Document(
    "TANDA TERIMA BERKAS",
    (
        Text("DPMPTSP Kabupaten Purwakarta", bold=True, align=Align.CENTER),
        Rule(),
        Text("TANDA TERIMA BERKAS", bold=True, large=True, align=Align.CENTER),
        Field("No. Registrasi", "PWK-L01-261123-0001"),
        Field("Jenis izin", "Izin (Risiko Tinggi) KBLI 24201 Industri Pembuatan Logam Dasar Mulia"),
        Item("umum-2.", "Memiliki akun Sistem Informasi Industri Nasional (fotokopi, 2 lbr)"),
        Qr(URL, "7KQ2-MX9D-4T1B-R"),
    ),
)


def test_layout_follows_the_printer_columns() -> None:
    rows = layout(DOCUMENT, 48)
    texts = [row.text if isinstance(row, TextRow) else row for row in rows]
    assert texts[0] == "DPMPTSP Kabupaten Purwakarta"
    assert isinstance(rows[0], TextRow) and rows[0].bold and rows[0].center
    assert isinstance(rows[1], RuleRow)
    assert texts[2] == "TANDA TERIMA BERKAS"
    assert isinstance(rows[2], TextRow) and rows[2].large
    # Labels in a column as wide as the longest label; the value wraps under itself.
    assert texts[3] == "No. Registrasi : PWK-L01-261123-0001"
    assert texts[4] == "Jenis izin     : Izin (Risiko Tinggi) KBLI 24201"
    assert texts[5] == "                 Industri Pembuatan Logam Dasar"
    assert texts[6] == "                 Mulia"
    assert texts[7] == "umum-2. Memiliki akun Sistem Informasi Industri"
    assert texts[8] == "        Nasional (fotokopi, 2 lbr)"
    # Double size takes two columns a character: 24 a line on 48 columns.
    big = layout(Document("x", (Text("BUKTI PENGEMBALIAN BERKAS", large=True),)), 48)
    assert [row.text for row in big if isinstance(row, TextRow)] == ["BUKTI PENGEMBALIAN", "BERKAS"]
    assert rows[-1] == QrRow(URL, "7KQ2-MX9D-4T1B-R")
    assert all(len(t) <= 48 for t in texts if isinstance(t, str))


def test_narrow_paper_and_long_words() -> None:
    rows = layout(Document("x", (Field("Pemohon", "Nama" + "x" * 40), Text(""))), 32)
    texts = [row.text for row in rows if isinstance(row, TextRow)]
    assert all(len(text) <= 32 for text in texts)
    assert texts[-1] == ""
    assert "".join(t.strip() for t in texts[:-1]).endswith("x" * 40)


def test_plain_text_lists_lines_and_the_qr_caption() -> None:
    text = plain_text(layout(DOCUMENT, 48))
    assert "No. Registrasi : PWK-L01-261123-0001" in text.splitlines()
    assert text.splitlines()[-1] == "7KQ2-MX9D-4T1B-R"


def _decode(image: QImage) -> list[str]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = bytes(gray.constBits())
    picture = Image.frombuffer("L", (gray.width(), gray.height()), raw, "raw", "L", gray.bytesPerLine(), 1)
    return [result.text for result in zxingcpp.read_barcodes(picture)]


def test_qr_image_decodes_to_the_payload() -> None:
    assert _decode(qr_image(URL)) == [URL]


@pytest.mark.gui
def test_preview_paints_the_slip_and_its_qr_scans(qtbot: QtBot) -> None:
    preview = ReceiptPreview()
    qtbot.addWidget(preview)
    assert preview.text() == ""
    preview.set_document(DOCUMENT)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.document is DOCUMENT
    assert preview.text() == plain_text(layout(DOCUMENT, 48))
    assert preview.accessibleDescription() == preview.text()
    hint = preview.sizeHint()
    assert preview.size() == hint
    assert hint.width() > 48 * preview.fontMetrics().horizontalAdvance("M")
    assert _decode(preview.grab().toImage()) == [URL]

    preview.set_document(DOCUMENT, columns=32)
    assert preview.sizeHint().width() < hint.width()
    preview.set_document(None)
    assert preview.text() == ""
