"""Reads an ESC/POS stream back into what a printer would put on paper (tests only).

Written apart from `printing.virtual_printer` on purpose: the tests read the bytes with their own
eyes. Strict: a command it does not know fails the test, so the renderer cannot start sending
something nobody checked.

`parse_escpos(data)` → `Printout`: the printed lines (text, bold, double width/height, centred), the
native QR payloads (GS ( k store), the raster images (GS v 0) as PIL images, the cuts, and the order
of it all. `decode_qr(image)` reads a QR code from an image with zxing-cpp.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import zxingcpp
from PIL import Image, ImageOps

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A
CODE_PAGES = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858"}


@dataclass(frozen=True)
class PrintedLine:
    text: str
    bold: bool = False
    width: int = 1
    height: int = 1
    center: bool = False

    @property
    def large(self) -> bool:
        return self.width > 1 or self.height > 1

    @property
    def cells(self) -> int:
        """Columns of font A the line takes."""
        return len(self.text) * self.width


@dataclass
class Printout:
    lines: list[PrintedLine] = field(default_factory=list)
    native_qrs: list[str] = field(default_factory=list)
    native_qr_sizes: list[int] = field(default_factory=list)
    native_qr_centered: list[bool] = field(default_factory=list)
    images: list[Image.Image] = field(default_factory=list)
    code_pages: list[int] = field(default_factory=list)
    cuts: int = 0
    feeds: int = 0
    events: list[tuple[str, int]] = field(default_factory=list)
    """("line" | "image" | "qr" | "cut", index) in printing order."""

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines]

    @property
    def text(self) -> str:
        return "\n".join(self.texts)


@dataclass
class _Mode:
    bold: bool = False
    width: int = 1
    height: int = 1
    center: bool = False
    codec: str = "cp437"


def parse_escpos(data: bytes) -> Printout:
    out = Printout()
    mode = _Mode()
    pending = bytearray()
    qr_store: dict[str, Any] = {}
    i = 0

    def need(count: int) -> bytes:
        assert i + count <= len(data), f"truncated command at {i}: {data[i : i + 8]!r}"
        return data[i : i + count]

    def end_line() -> None:
        out.events.append(("line", len(out.lines)))
        out.lines.append(
            PrintedLine(bytes(pending).decode(mode.codec), mode.bold, mode.width, mode.height, mode.center)
        )
        pending.clear()

    while i < len(data):
        byte = data[i]
        if byte == LF:
            end_line()
            i += 1
        elif byte == ESC:
            command = chr(need(2)[1])
            if command == "@":
                assert not pending, "ESC @ in the middle of a line"
                mode = _Mode()
                i += 2
            elif command == "E":
                mode.bold = bool(need(3)[2] & 1)
                i += 3
            elif command == "!":
                value = need(3)[2]
                mode.bold = bool(value & 0x08)
                mode.height = 2 if value & 0x10 else 1
                mode.width = 2 if value & 0x20 else 1
                i += 3
            elif command == "a":
                value = need(3)[2]
                assert value in (0, 1, 48, 49), f"alignment {value}"
                mode.center = value in (1, 49)
                i += 3
            elif command == "t":
                slot = need(3)[2]
                assert slot in CODE_PAGES, f"code page slot {slot}"
                mode.codec = CODE_PAGES[slot]
                out.code_pages.append(slot)
                i += 3
            elif command == "d":
                assert not pending
                out.feeds += need(3)[2]
                i += 3
            else:
                raise AssertionError(f"unknown ESC {command!r} at {i}")
        elif byte == GS:
            command = chr(need(2)[1])
            if command == "!":
                value = need(3)[2]
                mode.width = (value >> 4) + 1
                mode.height = (value & 0x0F) + 1
                i += 3
            elif command == "V":
                assert not pending, "cut in the middle of a line"
                kind = need(3)[2]
                i += 4 if kind in (65, 66) else 3
                out.events.append(("cut", out.cuts))
                out.cuts += 1
            elif command == "v":
                header = need(8)
                assert header[2] == ord("0"), "GS v 0 expected"
                width_bytes = header[4] + 256 * header[5]
                height = header[6] + 256 * header[7]
                raster = need(8 + width_bytes * height)[8:]
                out.events.append(("image", len(out.images)))
                out.images.append(_raster_image(raster, width_bytes, height))
                i += 8 + width_bytes * height
            elif command == "(":
                header = need(5)
                assert header[2] == ord("k"), f"GS ( {chr(header[2])!r} not expected"
                length = header[3] + 256 * header[4]
                body = need(5 + length)[5:]
                i += 5 + length
                assert body[0] == ord("1"), "only QR codes (cn=49)"
                function = body[1]
                if function == 65:
                    qr_store["model"] = body[2]
                elif function == 67:
                    qr_store["size"] = body[2]
                elif function == 69:
                    qr_store["ec"] = body[2]
                elif function == 80:
                    assert body[2] == ord("0")
                    qr_store["data"] = bytes(body[3:]).decode("utf-8")
                elif function == 81:
                    out.events.append(("qr", len(out.native_qrs)))
                    out.native_qrs.append(qr_store["data"])
                    out.native_qr_sizes.append(qr_store.get("size", 3))
                    out.native_qr_centered.append(mode.center)
                else:
                    raise AssertionError(f"GS ( k function {function}")
            else:
                raise AssertionError(f"unknown GS {command!r} at {i}")
        elif byte == DLE:
            need(3)
            i += 3
        elif byte < 0x20 or byte == 0x7F:
            raise AssertionError(f"control byte {byte:#x} at {i}")
        else:
            pending.append(byte)
            i += 1
    assert not pending, f"text left without a line feed: {bytes(pending)!r}"
    return out


def _raster_image(raster: bytes, width_bytes: int, height: int) -> Image.Image:
    """A set bit prints black; PIL's "1" mode says white for a set bit."""
    image = Image.frombytes("1", (width_bytes * 8, height), raster)
    return ImageOps.invert(image.convert("L"))


def decode_qr(image: Image.Image) -> list[str]:
    """Every QR code zxing-cpp finds in `image`."""
    framed = ImageOps.expand(image.convert("L"), border=16, fill=255)
    return [result.text for result in zxingcpp.read_barcodes(framed)]
