"""Render the app's icons (assets/icons/*.svg) as PNGs at the sizes a tray and a window
ask for, so the running app draws no SVG. Run: python tools/make_icons.py (then
`make resources`).

The tray start loaded Qt's SVG icon engine and QtSvg (about 0.9 MB) only to draw a
22-pixel icon; the SVGs stay the source, and the desktop entry's icon.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
NAMES = ("bedtime-coach", "bedtime-coach-due")
SIZES = (16, 22, 24, 32, 48, 64, 128)  # tray hosts, menus, title bars and task switchers


def png_path(name: str, size: int) -> Path:
    return ICONS / f"{name}-{size}.png"


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage's PNG writer needs one)
    for name in NAMES:
        for size in SIZES:
            png_path(name, size).write_bytes(render(ICONS / f"{name}.svg", size))


if __name__ == "__main__":
    main()
