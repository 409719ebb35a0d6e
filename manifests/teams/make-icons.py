#!/usr/bin/env python3
"""Draws the two Teams app icons with the standard library only (zlib + struct): run it here after a change.

color.png   192x192: white bar chart rising to the right on the accent colour.
outline.png  32x32: the same chart, white on transparent (Teams tints it).
"""
import struct
import zlib
from pathlib import Path

ACCENT = (0x1F, 0x6F, 0x5C, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(path, size, pixels):
    raw = b"".join(b"\x00" + b"".join(bytes(pixels(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def chart(size, x, y):
    """Three bars of rising height on a baseline, in a square of side `size`."""
    u = size / 32.0
    if 5 * u <= y < 27 * u and 4 * u <= x < 28 * u:
        bars = [(6, 12, 18), (14, 20, 12), (22, 28, 6)]  # x from, x to (exclusive), top y
        for left, right, top in bars:
            if left * u <= x < (right - 1) * u and top * u <= y < 25 * u:
                return True
        return 25 * u <= y < 27 * u  # baseline
    return False


here = Path(__file__).parent
png(here / "color.png", 192, lambda x, y: WHITE if chart(192, x, y) else ACCENT)
png(here / "outline.png", 32, lambda x, y: WHITE if chart(32, x, y) else CLEAR)
