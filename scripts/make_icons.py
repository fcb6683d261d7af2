"""Render the app icon from its SVG source: `python scripts/make_icons.py`.

`resources/icons/rapport.svg` is the one source. This script renders it with Qt (QtSvg, part of
PySide6-Essentials) at every size the platforms ask for and writes, next to it:

- `rapport.ico`  (Windows: 16…256 px, each entry PNG-compressed, as Windows Vista and later read),
- `rapport.icns` (macOS: 16…1024 px PNG entries in the `icns` container, written here by hand),
- `rapport-256.png` and `rapport-512.png` (Linux desktop files and the window icon).

No dependency beyond PySide6; run it after editing the SVG and commit the results.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = FOLDER / "rapport.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# icns entry type → pixel size (PNG data is accepted for all of these since macOS 10.7)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)
PNG_SIZES = (256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size, then the PNG payloads (a size of 256 is written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """The `icns` container: magic and total length, then (type, length including 8, data) entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"cannot read {SOURCE}")
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES), *PNG_SIZES})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    outputs = {
        FOLDER / "rapport.ico": ico_bytes({size: pngs[size] for size in ICO_SIZES}),
        FOLDER / "rapport.icns": icns_bytes(pngs),
        **{FOLDER / f"rapport-{size}.png": pngs[size] for size in PNG_SIZES},
    }
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"{path.relative_to(FOLDER.parent.parent)}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
