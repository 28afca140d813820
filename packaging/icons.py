"""PNGs of the app's SVG icon for the hicolor theme, drawn by the Qt the app runs on.

    QT_QPA_PLATFORM=offscreen python packaging/icons.py HICOLOR_DIR NAME SIZE...

writes HICOLOR_DIR/SIZExSIZE/apps/NAME.png for each SIZE.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON = Path(__file__).resolve().parent.parent / "assets" / "icons" / "bedtime-coach.svg"


def main() -> None:
    folder, name, *sizes = sys.argv[1:]
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICON))
    if not renderer.isValid():
        raise SystemExit(f"{ICON} is not an SVG Qt can draw")
    for size in map(int, sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = Path(folder) / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"{target} could not be written")
    del app


if __name__ == "__main__":
    main()
