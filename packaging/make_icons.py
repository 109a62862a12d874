"""Render the icon (packaging/linux/hubdesk.svg) to the PNG and ICO files that are committed.

Run after changing the SVG: ``.venv/bin/python packaging/make_icons.py``. Writes
packaging/linux/hubdesk.png (256 px, the desktop entry's icon), resources/icons/hubdesk.png
(the window icon) and packaging/windows/hubdesk.ico (16-256 px, PNG-compressed entries as
Windows Vista and later read them: for the .exe and the installer).
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

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "packaging" / "linux" / "hubdesk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.stderr.write(f"cannot read {SVG}\n")
        return 1
    big = png_bytes(render(renderer, 256))
    for target in (ROOT / "packaging" / "linux" / "hubdesk.png", ROOT / "resources" / "icons" / "hubdesk.png"):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(big)
    ico = ico_bytes({size: png_bytes(render(renderer, size)) for size in ICO_SIZES})
    (ROOT / "packaging" / "windows" / "hubdesk.ico").write_bytes(ico)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
