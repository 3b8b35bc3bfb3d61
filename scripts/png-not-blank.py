#!/usr/bin/env python3
"""Exits 1 when a screenshot is blank: fewer than 50 distinct colours or under 3% non-white pixels.
Usage: png-not-blank.py NAME.png   (8-bit RGB or RGBA PNG, as headless Chromium writes; no third-party modules)."""
import struct, sys, zlib
path = sys.argv[1]
data = open(path, 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, width, height, ctype = 8, b'', 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        width, height, depth, ctype = struct.unpack('>IIBB', body[:10])
        assert depth == 8 and ctype in (2, 6), f'unexpected PNG format depth={depth} type={ctype}'
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
bpp = 3 if ctype == 2 else 4
raw = zlib.decompress(idat)
stride = width * bpp
prev = bytearray(stride)
colours, ink = set(), 0
for y in range(height):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
    for x in range(0, stride, bpp * 2):
        px = bytes(line[x:x + 3])
        colours.add(px)
        if px != b'\xff\xff\xff': ink += 1
sampled = height * ((width + 1) // 2)
share = ink / sampled
print(f'{path}: {width}x{height}, {len(colours)} distinct colours, {share:.1%} non-white')
sys.exit(0 if len(colours) >= 50 and share >= 0.03 else 1)
