"""The app icon files made by scripts/make_icons.py are complete and readable."""

from __future__ import annotations

import struct

from PySide6.QtGui import QImageReader

from journal import paths


def _sizes(path: str) -> list[int]:
    reader = QImageReader(path)
    sizes = []
    for index in range(max(reader.imageCount(), 1)):  # 0 for single-image formats
        assert index == 0 or reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        sizes.append(image.width())
    return sizes


def test_windows_icon_holds_every_size_from_16_to_256(qapp) -> None:  # noqa: ANN001
    sizes = _sizes(str(paths.resource("icons", "rapport.ico")))

    assert sorted(sizes) == [16, 20, 24, 32, 40, 48, 64, 128, 256]


def test_macos_icon_is_a_well_formed_icns_up_to_1024(qapp) -> None:  # noqa: ANN001
    data = paths.resource("icons", "rapport.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n", kind
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10", b"ic11", b"ic12", b"ic13", b"ic14"} <= set(kinds)

    assert max(_sizes(str(paths.resource("icons", "rapport.icns")))) == 1024


def test_the_svg_source_and_linux_pngs_are_there(qapp) -> None:  # noqa: ANN001
    assert paths.resource("icons", "rapport.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert _sizes(str(paths.resource("icons", "rapport-256.png"))) == [256]
    assert _sizes(str(paths.resource("icons", "rapport-512.png"))) == [512]
