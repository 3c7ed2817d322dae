#!/usr/bin/env bash
# The scalable icon renders (librsvg, as GNOME and most icon caches do) at the sizes shells use, and is a
# real picture there: transparent outside the rounded plate, opaque inside, more than a couple of colours.
# Usage: check-icon.sh SOURCE_DIR
set -euo pipefail
SOURCE_DIR=$1
SVG=$SOURCE_DIR/resources/org.kestrel_mail.Kestrel.svg
fail() { echo "FAIL: $*" >&2; exit 1; }

# Plain vector art only: no embedded bitmaps, no text (fonts differ between machines), no scripts.
grep -q -E '<(image|text|script)\b' "$SVG" && fail "the icon embeds images, text or scripts"
grep -q 'viewBox="0 0 128 128"' "$SVG" || fail "the icon is not drawn on its 128 px square grid"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for size in 16 48 256; do
  # Raw RGBA pixels via rsvg-convert's PNG (decoded by Python's zlib; no imaging library needed).
  rsvg-convert -w $size -h $size "$SVG" -o "$WORK/icon-$size.png" || fail "rsvg-convert at $size px"
  python3 - "$WORK/icon-$size.png" $size <<'EOF' || fail "the icon at ${size} px"
import struct, sys, zlib
path, size = sys.argv[1], int(sys.argv[2])
data = open(path, 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, header = 8, b'', None
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    chunk = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        header = struct.unpack('>IIBB', chunk[:10])
    elif kind == b'IDAT':
        idat += chunk
    pos += 12 + length
width, height, depth, colour = header
assert (width, height) == (size, size), f'rendered {width}x{height}'
assert depth == 8 and colour == 6, 'expected 8-bit RGBA'
raw, stride, rows, previous = zlib.decompress(idat), size * 4, [], bytearray(size * 4)
for y in range(size):  # undo the PNG row filters
    kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        a = line[x - 4] if x >= 4 else 0
        b = previous[x]
        c = previous[x - 4] if x >= 4 else 0
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line)
    previous = line
pixel = lambda x, y: tuple(rows[y][x * 4:x * 4 + 4])
assert pixel(0, 0)[3] == 0 and pixel(size - 1, size - 1)[3] == 0, 'corners are not transparent'
assert pixel(size // 2, size // 2)[3] == 255, 'the centre is not opaque'
colours = {pixel(x, y)[:3] for y in range(size) for x in range(size) if pixel(x, y)[3] == 255}
assert len(colours) >= 3, f'only {len(colours)} opaque colours'
print(f'{size} px: {len(colours)} opaque colours')
EOF
done
