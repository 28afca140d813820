"""Whether the person is busy: a reminder waits while they watch something full screen
or have asked the desktop not to be disturbed, where the desktop says so.

Read only when a reminder is due (rarely), each source asked with a short timeout; what
cannot be read counts as "not busy", so a reminder is never lost to a desktop that does
not say.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Sequence

from PySide6.QtGui import QGuiApplication

ASK_SECONDS = 2.0

# The command's output, or "" when it cannot be run or fails.
Run = Callable[[Sequence[str]], str]


def run(command: Sequence[str]) -> str:
    program = shutil.which(command[0])
    if program is None:
        return ""
    try:
        result = subprocess.run(
            [program, *command[1:]],
            capture_output=True,
            text=True,
            timeout=ASK_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout if result.returncode == 0 else ""


def gnome_do_not_disturb(ask: Run | None = None) -> bool:
    """GNOME's Do Not Disturb switch turns banners off."""
    ask = ask or run
    if "GNOME" not in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
        return False
    answer = ask(["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"])
    return answer.strip() == "false"


def full_screen_window(ask: Run | None = None, platform: str | None = None) -> bool:
    """Whether the active window fills the screen (X11, from the window manager's
    _NET_WM_STATE; Wayland does not tell other programs)."""
    ask = ask or run
    if (platform or QGuiApplication.platformName()) != "xcb":
        return False
    active = ask(["xprop", "-root", "-notype", "_NET_ACTIVE_WINDOW"]).split()
    if not active or not active[-1].startswith("0x") or int(active[-1], 16) == 0:
        return False
    state = ask(["xprop", "-id", active[-1], "-notype", "_NET_WM_STATE"])
    return "_NET_WM_STATE_FULLSCREEN" in state


def desktop_busy(inhibited: Callable[[], bool], ask: Run | None = None) -> bool:
    """Whether a reminder should wait: notifications inhibited (the notification
    service's own Do Not Disturb: KDE and others), GNOME's Do Not Disturb, or a full
    screen window in front."""
    return inhibited() or gnome_do_not_disturb(ask) or full_screen_window(ask)
