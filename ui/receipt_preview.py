"""An on-screen copy of the thermal slip: the same `Document` the printer gets, in its columns.

The preview paints a strip of paper in a monospace font, `columns` characters wide (48 on 80 mm,
32 on 58 mm), with bold and double-size lines, rules, and the QR drawn module by module from the
`qrcode` package, so a phone can scan it off the screen like the printed one.
"""

from __future__ import annotations

from typing import Any

import qrcode
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from counter_app.domain.receipt import Document
from ui.receipt_lines import QrRow, Row, RuleRow, TextRow, layout, plain_text

DEFAULT_COLUMNS = 48
FONT_SCALE = 0.8
MIN_POINT_SIZE = 7.0
MARGIN = 12
QR_MODULE_PX = 3
QR_QUIET_MODULES = 2
PAPER = QColor("#fffef8")
INK = QColor("#1b1b1b")
EDGE = QColor("#c9c4b5")


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR's modules (True = dark), without a quiet zone."""
    code: Any = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix: list[list[bool]] = [[bool(cell) for cell in row] for row in code.get_matrix()]
    return matrix


def qr_image(payload: str, module_px: int = QR_MODULE_PX, quiet: int = QR_QUIET_MODULES) -> QImage:
    """The QR as a black-on-white image with a quiet zone of `quiet` modules."""
    matrix = qr_matrix(payload)
    size = (len(matrix) + 2 * quiet) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        (x + quiet) * module_px, (y + quiet) * module_px, module_px, module_px, QColor("black")
                    )
    finally:
        painter.end()
    return image


class ReceiptPreview(QWidget):
    """Paints a `Document` like the printed slip; empty until `set_document`."""

    def __init__(self, columns: int = DEFAULT_COLUMNS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._document: Document | None = None
        self._rows: list[Row] = []
        self._qr: dict[str, QImage] = {}
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF() * FONT_SCALE, MIN_POINT_SIZE))
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Pratinjau struk"))

    @property
    def document(self) -> Document | None:
        return self._document

    def set_document(self, document: Document | None, columns: int | None = None) -> None:
        self._document = document
        if columns is not None:
            self._columns = columns
        self._rows = layout(document, self._columns) if document is not None else []
        self._qr = {row.payload: qr_image(row.payload) for row in self._rows if isinstance(row, QrRow)}
        self.setAccessibleDescription(self.text())
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def text(self) -> str:
        """What the slip says, line by line (the QR as its caption)."""
        return plain_text(self._rows)

    # -- layout ------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        normal = QFont(self.font())
        bold = QFont(normal)
        bold.setBold(True)
        large = QFont(bold)
        large.setPointSizeF(normal.pointSizeF() * 2)
        return normal, bold, large

    def _char_width(self) -> int:
        return max(QFontMetrics(self.font()).horizontalAdvance("M"), 1)

    def _paper_width(self) -> int:
        return self._columns * self._char_width() + 2 * MARGIN

    def _row_height(self, row: Row) -> int:
        normal, _bold, large = self._fonts()
        match row:
            case TextRow(large=True):
                return QFontMetrics(large).lineSpacing()
            case TextRow():
                return QFontMetrics(normal).lineSpacing()
            case RuleRow():
                return QFontMetrics(normal).lineSpacing() // 2 + 4
            case QrRow(payload=payload):
                return self._qr[payload].height() + QFontMetrics(normal).lineSpacing() + 4

    def sizeHint(self) -> QSize:
        if not self._rows:
            return QSize(self._paper_width(), 2 * MARGIN)
        height = sum(self._row_height(row) for row in self._rows) + 2 * MARGIN
        return QSize(self._paper_width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows:
            return
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        normal, bold, large = self._fonts()
        paper = QRect(0, 0, self._paper_width(), self.sizeHint().height())
        painter.fillRect(paper, PAPER)
        painter.setPen(QPen(EDGE))
        painter.drawRect(paper.adjusted(0, 0, -1, -1))
        content = paper.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        y = content.top()
        for row in self._rows:
            height = self._row_height(row)
            match row:
                case TextRow(text=text, bold=is_bold, large=is_large, center=center):
                    painter.setFont(large if is_large else bold if is_bold else normal)
                    painter.setPen(QPen(INK))
                    align = Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft
                    # Leading spaces are the hanging indent: draw them as they are.
                    painter.drawText(
                        QRect(content.left(), y, content.width(), height),
                        int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip),
                        text,
                    )
                case RuleRow():
                    pen = QPen(INK)
                    pen.setStyle(Qt.PenStyle.DashLine)
                    painter.setPen(pen)
                    middle = y + height // 2
                    painter.drawLine(QPoint(content.left(), middle), QPoint(content.right(), middle))
                case QrRow(payload=payload, caption=caption):
                    image = self._qr[payload]
                    left = content.left() + (content.width() - image.width()) // 2
                    painter.drawImage(QPoint(left, y), image)
                    painter.setFont(normal)
                    painter.setPen(QPen(INK))
                    caption_top = y + image.height()
                    painter.drawText(
                        QRect(content.left(), caption_top, content.width(), height - image.height()),
                        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                        caption,
                    )
            y += height
