"""The assets the app ships, read from the compiled Qt resources (`:/...`)."""

from __future__ import annotations

from PySide6.QtCore import QDir, QFile, QIODevice
from PySide6.QtGui import QIcon

import coach.ui.resources_rc  # noqa: F401  (registers the resources with Qt)
from coach.core.routine import Routine, in_order, load_routine

ROUTINES = ":/routines"
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


def shipped_routines() -> dict[str, Routine]:
    """The shipped routines by id, in the order a person picks from (each file says)."""
    return in_order(
        load_routine(read_resource(f"{ROUTINES}/{name}").decode("utf-8"), f"{ROUTINES}/{name}")
        for name in QDir(ROUTINES).entryList(["*.toml"], QDir.Filter.Files, QDir.SortFlag.Name)
    )


def app_icon(due: bool = False) -> QIcon:
    """The app's icon; SVG, so sharp at every size."""
    return QIcon(DUE_ICON if due else APP_ICON)
