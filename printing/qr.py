"""QR codes as images (qrcode + Pillow), shared by the thermal and the PDF renderer.

Error correction M (15 %): a receipt gets folded and smudged. Four modules of quiet zone are part of
the image. The payload itself is built by the core (`counter_app.domain.tracking.status_url`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

QUIET_ZONE = 4
"""Modules of white border around the code (the QR specification asks for four)."""


@dataclass(frozen=True)
class QrPicture:
    image: Image
    """One pixel per module, quiet zone included; mode "1" (black 0, white 1)."""

    @property
    def modules(self) -> int:
        """Modules across, quiet zone included."""
        return int(self.image.width)

    def scaled(self, box: int) -> Image:
        from PIL import Image as PilImage

        if box == 1:
            return self.image
        size = (self.image.width * box, self.image.height * box)
        return self.image.resize(size, PilImage.Resampling.NEAREST)


def make_qr(payload: str) -> QrPicture:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=1, border=QUIET_ZONE)
    code.add_data(payload)
    code.make(fit=True)
    return QrPicture(code.make_image().get_image().convert("1"))


def qr_modules(payload: str) -> int:
    """Modules across the code `make_qr` would draw (quiet zone included), without drawing it."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=1, border=QUIET_ZONE)
    code.add_data(payload)
    version = int(code.best_fit())
    return version * 4 + 17 + 2 * QUIET_ZONE


def box_for(modules: int, target: int, minimum: int = 2, maximum: int = 16) -> int:
    """Pixels per module so a code of `modules` is at most `target` pixels wide, within
    `minimum`..`maximum` (ESC/POS native QR accepts 1..16)."""
    return max(minimum, min(maximum, target // modules))
