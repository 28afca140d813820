"""`bedtime-coach install-desktop`: a launcher and an icon in the user's XDG folders.

pip installs the command but not a menu entry; this adds one, and removes it again. The
launcher carries the app's quick actions, which GNOME's dash and KDE's launcher offer on
a right click: so a desktop without a tray still has them a click away.
"""

from __future__ import annotations

import os
from pathlib import Path

from coach import APP_ID
from coach.store.autostart import exec_value
from coach.store.files import write_atomically
from coach.store.paths import Paths

NAME = APP_ID
LEGACY_NAME = "bedtime-coach"  # before 0.2.0: replaced on install, removed on uninstall
# (id, name, Spanish name, the command's arguments); the names are the tray's.
ACTIONS = (
    ("start", "Start evening routine", "Empezar la rutina de la noche", ["start-routine"]),
    ("relief", "Cramp relief", "Alivio del calambre", ["cramp-relief"]),
    ("water", "Add a glass of water", "Añadir un vaso de agua", ["water", "add"]),
    ("cramp-now", "Log a cramp now", "Anotar un calambre ahora", ["log-cramp-now"]),
    ("check-in", "Check in for last night", "Contar cómo fue anoche", ["check-in"]),
)


def launcher(command: list[str]) -> str:
    """The menu entry that starts `command`, with its actions."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=Bedtime Coach",
        "GenericName=Bedtime stretching coach",
        "GenericName[es]=Entrenador de estiramientos para la noche",
        "Comment=Evening stretches, water and a diary against night-time leg cramps",
        "Comment[es]=Estiramientos de noche, agua y un diario contra los calambres nocturnos",
        f"Exec={exec_value(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Utility;",
        "Keywords=cramp;stretch;calf;leg;water;bedtime;",
        "StartupNotify=true",
        "StartupWMClass=bedtime-coach",
        "Actions=" + "".join(f"{id};" for id, *_ in ACTIONS),
    ]
    for id, name, spanish, arguments in ACTIONS:
        lines += [
            "",
            f"[Desktop Action {id}]",
            f"Name={name}",
            f"Name[es]={spanish}",
            f"Exec={exec_value([*command, *arguments])}",
        ]
    return "\n".join(lines) + "\n"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_path(name: str = NAME) -> Path:
    return data_home() / "applications" / f"{name}.desktop"


def icon_path(name: str = NAME) -> Path:
    return data_home() / "icons" / "hicolor" / "scalable" / "apps" / f"{name}.svg"


def install(icon_svg: bytes, paths: Paths | None = None) -> list[Path]:
    """The menu entry and its actions start this installation, on `paths`' data folder
    when that is not the usual one (as the start-at-login entry does)."""
    from coach.store.autostart import launch_command

    command = [part for part in launch_command(paths) if part != "--hidden"]
    write_atomically(launcher_path(), launcher(command).encode())
    write_atomically(icon_path(), icon_svg)
    for legacy in (launcher_path(LEGACY_NAME), icon_path(LEGACY_NAME)):
        legacy.unlink(missing_ok=True)  # one menu entry, not two
    return [launcher_path(), icon_path()]


def uninstall() -> list[Path]:
    removed = []
    for name in (NAME, LEGACY_NAME):
        for path in (launcher_path(name), icon_path(name)):
            if path.exists():
                path.unlink()
                removed.append(path)
    return removed
