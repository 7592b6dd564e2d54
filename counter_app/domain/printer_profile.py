"""What a receipt printer can do: paper width, columns, QR mode, cutter (architecture.md §5)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class QrMode(StrEnum):
    IMAGE = "image"
    NATIVE = "native"


@dataclass(frozen=True)
class PrinterProfile:
    paper_mm: int = 80
    qr_mode: QrMode = QrMode.IMAGE
    cut: bool = True

    @property
    def columns(self) -> int:
        """Characters per line in font A: 32 on 58 mm, 48 on 80 mm."""
        return 32 if self.paper_mm <= 58 else 48

    @property
    def dots(self) -> int:
        """Printable width in dots at 203 dpi."""
        return 384 if self.paper_mm <= 58 else 576
