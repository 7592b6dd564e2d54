"""ESC/POS bytes of a receipt document (python-escpos `Dummy` printer): `EscposRenderer`.

The stream: ESC @, then the laid-out lines (`printing.layout`) in font A with ESC a for centring,
ESC E for bold and double width + height (ESC !) for large text; QR codes as a raster image
(GS v 0, the default: every printer prints it) or, when the profile says `native`, with the
printer's own QR command (GS ( k), centred with ESC a because escpos cannot centre a native QR; a
caption under each; then a feed and a cut (GS V) when the profile has a cutter. Text is ASCII (see
`layout.printable`), so the printer's code page never matters. Same input, same bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from counter_app.domain.printer_profile import PrinterProfile, QrMode
from counter_app.domain.receipt import Document
from printing import _escpos
from printing.layout import Laid, Line, QrSpot, layout
from printing.qr import box_for, make_qr, qr_modules

if TYPE_CHECKING:
    from PIL.Image import Image

QR_TARGET_DOTS = 240
"""A QR code is at most this wide: 30 mm at 203 dpi, easy for a phone camera."""
QR_MIN_BOX = 3
TEAR_OFF_FEED = 4
"""Lines fed after the last line when there is no cut, so it clears the tear bar."""


def new_printer(profile: PrinterProfile) -> Any:
    """A `Dummy` escpos printer with a profile matching `profile` (width, columns)."""
    _escpos.load()
    from escpos.printer import Dummy

    return Dummy(profile=_escpos.profile_for(profile.paper_mm))


class Writer:
    """Writes laid-out lines to an escpos printer, sending a style command only when it changes."""

    def __init__(self, printer: Any, profile: PrinterProfile) -> None:
        self.printer = printer
        self.profile = profile
        printer.hw("INIT")
        self._center = False
        self._bold = False
        self._large = False

    def style(self, *, center: bool = False, bold: bool = False, large: bool = False) -> None:
        printer = self.printer
        if large != self._large:
            # ESC ! also switches bold off: send bold again after every size change.
            if large:
                printer.set(double_width=True, double_height=True)
            else:
                printer.set(normal_textsize=True)
            self._large = large
            self._bold = False
        if bold != self._bold:
            printer.set(bold=bold)
            self._bold = bold
        if center != self._center:
            printer.set(align="center" if center else "left")
            self._center = center

    def line(self, line: Line) -> None:
        self.style(center=line.center, bold=line.bold, large=line.large)
        self.printer.text(line.text + "\n")

    def text(self, text: str, *, center: bool = False, bold: bool = False, large: bool = False) -> None:
        """A line of text as it is (the caller keeps it within the columns)."""
        self.style(center=center, bold=bold, large=large)
        self.printer.text(text + "\n")

    def lines(self, laid: list[Laid]) -> None:
        for item in laid:
            if isinstance(item, QrSpot):
                self.qr(item.payload, native=self.profile.qr_mode is QrMode.NATIVE)
            else:
                self.line(item)

    def qr(self, payload: str, *, native: bool) -> None:
        target = min(QR_TARGET_DOTS, self.profile.dots)
        if native:
            _escpos.load()
            from escpos.constants import QR_ECLEVEL_M

            self.style(center=True)
            self.printer.text("\n")
            box = box_for(qr_modules(payload), target, minimum=QR_MIN_BOX)
            self.printer.qr(payload, native=True, size=box, ec=QR_ECLEVEL_M)
            self.printer.text("\n")
            return
        picture = make_qr(payload)
        box = box_for(picture.modules, target, minimum=QR_MIN_BOX)
        self.style(center=False)
        self.printer.image(_centered(picture.scaled(box), self.profile.dots), impl="bitImageRaster")

    def finish(self, cut: bool) -> None:
        self.style()
        if cut:
            self.printer.cut()
        else:
            self.printer.print_and_feed(TEAR_OFF_FEED)


def _centered(image: Image, width: int) -> Image:
    """`image` moved right to sit in the middle of a `width`-dot line (white on the left only: the
    bytes stay small)."""
    from PIL import Image as PilImage

    left = max(0, (width - image.width) // 2)
    if left == 0:
        return image
    canvas = PilImage.new("1", (left + image.width, image.height), 1)
    canvas.paste(image, (left, 0))
    return canvas


class EscposRenderer:
    """`ReceiptRenderer`: a `Document` as the bytes a printer of `profile` prints."""

    def escpos(self, document: Document, profile: PrinterProfile) -> bytes:
        printer = new_printer(profile)
        writer = Writer(printer, profile)
        writer.lines(layout(document, profile.columns))
        writer.finish(cut=document.cut and profile.cut)
        return bytes(printer.output)
