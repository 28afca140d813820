"""`bedtime-coach install-desktop`: a launcher and an icon in the user's XDG folders.

pip installs the command but not a menu entry; this adds one, and removes it again.
"""

from __future__ import annotations

import os
from pathlib import Path

from coach.store.autostart import desktop_entry
from coach.store.files import write_atomically

NAME = "bedtime-coach"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_path() -> Path:
    return data_home() / "applications" / f"{NAME}.desktop"


def icon_path() -> Path:
    return data_home() / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"


def install(icon_svg: bytes) -> list[Path]:
    from coach.store.autostart import launch_command

    command = [part for part in launch_command() if part != "--hidden"]
    entry = desktop_entry(command)
    for autostart_only in (
        "X-GNOME-Autostart-enabled=true\n",
        "X-GNOME-Autostart-Delay=10\n",
        "X-KDE-autostart-after=panel\n",
    ):
        entry = entry.replace(autostart_only, "")
    entry += "Categories=Utility;\nStartupWMClass=bedtime-coach\n"
    write_atomically(launcher_path(), entry.encode())
    write_atomically(icon_path(), icon_svg)
    return [launcher_path(), icon_path()]


def uninstall() -> list[Path]:
    removed = []
    for path in (launcher_path(), icon_path()):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
