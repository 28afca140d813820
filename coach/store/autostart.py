"""Start at login: the platform's own entry, starting the app hidden in the tray.

Linux: an XDG autostart .desktop file (inside a Flatpak, the Background portal); macOS:
a LaunchAgent plist; Windows: a value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.
"""

from __future__ import annotations

import contextlib
import errno
import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from coach import APP_ID
from coach.store import background_portal
from coach.store.files import write_atomically
from coach.store.paths import Paths

ENTRY_NAME = "bedtime-coach"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_VALUE = "Bedtime Coach"
MAC_LABEL = "org.bedtime-coach.app"
# The Debian package's command: a link to its bundle's program in /opt/bedtime-coach.
PACKAGED_COMMAND = Path("/usr/bin/bedtime-coach")
# Characters an Exec argument may only hold inside double quotes (Desktop Entry spec).
EXEC_RESERVED = set(" \t\n\r\"'\\><~|&;$*?#()`%")


def launch_command(paths: Paths | None = None) -> list[str]:
    """How to start this installation hidden: a frozen bundle's own program (it takes no
    -m), the command on PATH, or this Python with -m coach."""
    installed = shutil.which("bedtime-coach")
    if getattr(sys, "frozen", False):
        command = [frozen_program()]
    elif installed:
        command = [installed]
    else:
        command = [sys.executable, "-m", "coach"]
    if paths is not None and paths != Paths.for_platform():
        command += ["--data-dir", str(paths.data_dir)]
    return [*command, "--hidden"]


def frozen_program() -> str:
    """A frozen bundle's program as the desktop should start it: the AppImage it runs from
    (whose inside is mounted at a new place each time), else the Debian package's link when
    that is what runs (it outlives an upgrade), else the bundle's own program."""
    appimage = os.environ.get("APPIMAGE")
    if appimage:
        return appimage
    if os.path.realpath(PACKAGED_COMMAND) == os.path.realpath(sys.executable):
        return str(PACKAGED_COMMAND)
    return sys.executable


def exec_value(command: list[str]) -> str:
    """`command` as a Desktop Entry's Exec value: each argument quoted as the spec says
    where it must be, % doubled, then escaped as a string value (a newline in a folder's
    name stays in the argument instead of starting a new line of the file)."""
    arguments = []
    for argument in command:
        try:
            os.fsencode(argument).decode("utf-8")
        except UnicodeDecodeError:
            message = "the name is not UTF-8 text, which a desktop entry needs"
            raise OSError(errno.EILSEQ, message, argument) from None
        if argument and not set(argument) & EXEC_RESERVED:
            arguments.append(argument.replace("%", "%%"))
        else:
            quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument)
            arguments.append(f'"{quoted}"'.replace("%", "%%"))
    value = " ".join(arguments)
    for character, escaped in (("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        value = value.replace(character, escaped)
    return value


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Bedtime Coach\n"
        "Comment=Evening stretches against night-time leg cramps\n"
        f"Exec={exec_value(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        # After the panel, so that the tray is there to dock in.
        "X-GNOME-Autostart-Delay=10\n"
        "X-KDE-autostart-after=panel\n"
    )


def launch_agent(command: list[str]) -> bytes:
    agent = {"Label": MAC_LABEL, "ProgramArguments": command, "RunAtLoad": True}
    return plistlib.dumps(agent)


def windows_run_value(command: list[str]) -> str:
    return subprocess.list2cmdline(command)


def linux_entry_path(environ: Mapping[str, str] = os.environ) -> Path:
    config = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{ENTRY_NAME}.desktop"


def mac_entry_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"


def apply(enabled: bool, paths: Paths | None = None, platform: str = sys.platform) -> None:
    """Write or remove the start-at-login entry of this platform."""
    command = launch_command(paths)
    if platform == "linux" and background_portal.in_flatpak():
        background_portal.request_background(enabled, command)  # no autostart folder there
        return
    if platform.startswith("win"):
        _apply_windows(enabled, command)
        return
    path = mac_entry_path() if platform == "darwin" else linux_entry_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    content = launch_agent(command) if platform == "darwin" else desktop_entry(command).encode()
    write_atomically(path, content)


def is_enabled(platform: str = sys.platform) -> bool:
    if platform.startswith("win"):
        return _read_windows() is not None
    return (mac_entry_path() if platform == "darwin" else linux_entry_path()).exists()


if sys.platform == "win32":  # pragma: no cover
    import winreg

    def _apply_windows(enabled: bool, command: list[str]) -> None:
        access = winreg.KEY_SET_VALUE
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, access) as key:
            if enabled:
                winreg.SetValueEx(key, WINDOWS_VALUE, 0, winreg.REG_SZ, windows_run_value(command))
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, WINDOWS_VALUE)

    def _read_windows() -> str | None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                value, _ = winreg.QueryValueEx(key, WINDOWS_VALUE)
                return str(value)
        except FileNotFoundError:
            return None

else:

    def _apply_windows(enabled: bool, command: list[str]) -> None:
        raise OSError("the Windows registry is only on Windows")

    def _read_windows() -> str | None:
        raise OSError("the Windows registry is only on Windows")
