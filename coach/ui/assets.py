"""The assets the app ships, read from the compiled Qt resources (`:/...`); the routines
are package data (coach/routines), read without Qt."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QSize
from PySide6.QtGui import QIcon

import coach.ui.resources_rc  # noqa: F401  (registers the resources with Qt)
from coach.routines import shipped_routines

__all__ = ["APP_ICON", "DUE_ICON", "app_icon", "read_resource", "shipped_routines"]

APP_ICON = ":/icons/bedtime-coach.svg"  # the source, and the desktop entry's icon
# The running app's icons: PNGs rendered from the SVGs by tools/make_icons.py, at its sizes,
# so that no start loads Qt's SVG engine for them. DUE: the tray's while a reminder waits.
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128)
ICON, DUE_ICON = ":/icons/bedtime-coach-{size}.png", ":/icons/bedtime-coach-due-{size}.png"
_icons: dict[bool, QIcon] = {}


def read_resource(path: str) -> bytes:
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"no resource {path}")
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def app_icon(due: bool = False) -> QIcon:
    """The app's icon (with the reminder's dot when `due`): Qt picks the nearest size."""
    if due not in _icons:
        icon = QIcon()
        for size in ICON_SIZES:
            icon.addFile((DUE_ICON if due else ICON).format(size=size), QSize(size, size))
        _icons[due] = icon
    return QIcon(_icons[due])
