#!/usr/bin/env python3
"""Writes the site icon: favicon.svg, and favicon.ico (16 and 32 px, 32-bit BMP) drawn from the same shapes.

Run from the repository root: python3 src/tools/favicon.py
"""
import math
import struct

OUT = "src/main/resources/META-INF/resources/"
NAVY, ORANGE, WHITE = (0x0b, 0x5c, 0xad), (0xe0, 0x8a, 0x2c), (0xff, 0xff, 0xff)
TILT = math.radians(-25)

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="6" fill="#0b5cad"/>
<ellipse cx="16" cy="16" rx="12" ry="5" fill="none" stroke="#e08a2c" stroke-width="2.5" transform="rotate(-25 16 16)"/>
<circle cx="16" cy="16" r="5" fill="#ffffff"/>
</svg>
"""


def colour_at(x, y):
    """The colour at (x, y) in the 32-unit drawing, or None outside it."""
    r = 6
    cx, cy = min(max(x, r), 32 - r), min(max(y, r), 32 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    dx, dy = x - 16, y - 16
    if dx * dx + dy * dy <= 25:
        return WHITE
    u = dx * math.cos(TILT) + dy * math.sin(TILT)
    v = -dx * math.sin(TILT) + dy * math.cos(TILT)
    ring = math.hypot(u / 12, v / 5)
    slope = math.hypot(u / 144, v / 25) / max(ring, 1e-9)
    if abs(ring - 1) / max(slope, 1e-9) <= 1.25:
        return ORANGE
    return NAVY


def bitmap(size, samples=4):
    """BGRA rows, bottom row first, as ICO bitmaps want them."""
    rows = []
    for py in reversed(range(size)):
        row = b""
        for px in range(size):
            acc, hits = [0, 0, 0], 0
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at((px + (sx + 0.5) / samples) * 32 / size, (py + (sy + 0.5) / samples) * 32 / size)
                    if c:
                        hits += 1
                        acc = [a + b for a, b in zip(acc, c)]
            alpha = round(255 * hits / samples ** 2)
            b, g, r = (round(acc[i] / hits) if hits else 0 for i in (2, 1, 0))
            row += bytes((b, g, r, alpha))
        rows.append(row)
    mask = b"\0" * (((size + 31) // 32) * 4 * size)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(rows) + mask


def ico(sizes):
    images = [bitmap(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for s, img in zip(sizes, images):
        out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(img), offset)
        offset += len(img)
    return out + b"".join(images)


if __name__ == "__main__":
    with open(OUT + "favicon.svg", "w") as f:
        f.write(SVG)
    with open(OUT + "favicon.ico", "wb") as f:
        f.write(ico([16, 32]))
