"""The composition root: arguments, the display check, wiring, the event loop.

Nothing Qt is imported until a window is really wanted, so `--version` and the
no-display message need neither Qt nor a display.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coach import __version__
from coach.core.settings import THEMES

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
NO_DISPLAY = (
    "Bedtime Coach needs a desktop session to show its window and found none "
    "(neither DISPLAY nor WAYLAND_DISPLAY is set); to try it without one, run it "
    "under xvfb-run, for example: xvfb-run bedtime-coach"
)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bedtime-coach",
        description="A bedtime stretching coach for people with night-time leg cramps.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep settings, history and cache in DIR instead of the usual folders",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    snapshot = commands.add_parser(
        "snapshot", help="draw the main screens to PNG files in DIR (needs no display)"
    )
    snapshot.add_argument("folder", type=Path, metavar="DIR")
    snapshot.add_argument("--theme", choices=THEMES, default="light")
    return parser.parse_args(argv)


def has_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt can show a window here, decided before Qt is loaded (it would abort)."""
    if not platform.startswith("linux"):
        return True
    if environ.get("QT_QPA_PLATFORM", "").split(":")[0] in HEADLESS_PLATFORMS:
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    if arguments.command == "snapshot":
        from coach.snapshot import snapshot

        for path in snapshot(arguments.folder, arguments.theme):
            print(path)
        return 0
    if not has_display(os.environ):
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    return run_window(arguments)


def run_window(arguments: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coach.assets import app_icon, shipped_routines
    from coach.audio import CuePlayer
    from coach.core.clock import SystemClock
    from coach.store.history import History, HistoryError
    from coach.store.paths import Paths
    from coach.store.settings_file import load_settings, save_settings
    from coach.ui.main_window import MainWindow
    from coach.ui.style import apply_look

    app = QApplication(sys.argv[:1])
    app.setApplicationName("bedtime-coach")
    app.setApplicationDisplayName("Bedtime Coach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("bedtime-coach")
    app.setWindowIcon(app_icon())

    paths = Paths.in_folder(arguments.data_dir) if arguments.data_dir else Paths.for_platform()
    clock = SystemClock()
    try:
        paths.create()
        history = History(paths.history_file)
    except (OSError, sqlite3.Error, HistoryError) as error:
        message = f"Bedtime Coach cannot open its history, so it cannot start: {error}"
        print(message, file=sys.stderr)
        QMessageBox.critical(None, "Bedtime Coach", message)
        return 1

    loaded = load_settings(paths.settings_file, clock.now())
    if loaded.notice or not paths.settings_file.exists():
        # The person always finds a valid file to look at; a broken one was kept aside.
        save_settings(paths.settings_file, loaded.settings)

    window = MainWindow(
        shipped_routines(),
        loaded.settings,
        clock,
        record_run=history.record_run,
        save_settings=lambda settings: save_settings(paths.settings_file, settings),
    )
    if loaded.notice:
        print(loaded.notice, file=sys.stderr)
        window.show_notice(loaded.notice)
    window.set_look(apply_look(app, loaded.settings.app_theme))

    sound = CuePlayer(paths.cache_dir, loaded.settings.sound_enabled, loaded.settings.sound_volume)
    window.player.set_sound(sound)

    def no_sound(message: str) -> None:
        print(message, file=sys.stderr)
        window.show_notice(message)
        window.player.flash_instead_of_sound()

    sound.unavailable.connect(no_sound)
    # Quitting (a signal, a logout) mid-run records the run as stopped, as closing does;
    # then the cue player ends, and with it any sound still playing.
    app.aboutToQuit.connect(window.player.stop)
    app.aboutToQuit.connect(sound.shutdown)
    window.show()
    quit_on_signals(app)
    try:
        return app.exec()
    finally:
        history.close()


def quit_on_signals(app: QCoreApplication) -> None:
    """Quit cleanly on SIGINT and SIGTERM, so a run in progress is recorded as stopped.

    Python runs signal handlers only when it holds the thread; the wake-up socket
    gives Qt's event loop something to wake for, so no polling timer is needed.
    """
    from PySide6.QtCore import QSocketNotifier

    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    # Detached, the sending end lives as long as the process; the slot keeps the other.
    signal.set_wakeup_fd(sender.detach())
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: receiver.recv(64))
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
