"""The assets the app ships, read from the compiled Qt resources (`:/...`); the routines
are package data (coach/routines), read without Qt."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QIcon

import coach.ui.resources_rc  # noqa: F401  (registers the resources with Qt)
from coach.routines import shipped_routines

__all__ = ["APP_ICON", "DUE_ICON", "app_icon", "read_resource", "shipped_routines"]

APP_ICON = ":/icons/bedtime-coach.svg"
DUE_ICON = ":/icons/bedtime-coach-due.svg"  # the tray's icon while a reminder waits


def read_resource(path: str) -> bytes:
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"no resource {path}")
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def app_icon(due: bool = False) -> QIcon:
    """The app's icon; SVG, so sharp at every size."""
    return QIcon(DUE_ICON if due else APP_ICON)
