"""The command line: `bedtime-coach [COMMAND]`.

Each command becomes a typed request (`coach.requests`). One the journal answers (water,
status, config, cramp, export, import) goes to the running app when there is one, so its
window and tray update at once, and otherwise is answered here, through a journal of
this process, with no display needed. One that shows something starts the app, or hands
over to the one already running.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coach import __version__
from coach.core.settings import THEMES
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.store.failure import reason

if TYPE_CHECKING:
    from coach.requests import Reply, Request
    from coach.store.paths import Paths

HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "CLI",
    "Bedtime Coach needs a desktop session to show its window and found none "
    "(neither DISPLAY nor WAYLAND_DISPLAY is set); to try it without one, run it "
    "under xvfb-run, for example: xvfb-run bedtime-coach",
)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bedtime-coach",
        description=translate(
            "CLI", "A bedtime stretching coach for people with night-time leg cramps."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=translate(
            "CLI", "keep settings, history and cache in DIR instead of the usual folders"
        ),
    )
    parser.add_argument("--hidden", action="store_true", help=translate("CLI", "start in the tray"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    start = commands.add_parser(
        "start-routine", help=translate("CLI", "start a routine (the usual one)")
    )
    start.add_argument("--routine", metavar="ROUTINE")
    commands.add_parser("cramp-relief", help=translate("CLI", "start the cramp relief routine"))

    water = commands.add_parser("water", help=translate("CLI", "glasses of water today"))
    water_commands = water.add_subparsers(dest="water_command", metavar="ACTION", required=True)
    add = water_commands.add_parser("add", help=translate("CLI", "add glasses (one by default)"))
    add.add_argument("count", type=int, nargs="?", default=1, metavar="N")
    water_commands.add_parser("undo", help=translate("CLI", "take back the last glass of today"))

    status = commands.add_parser(
        "status", help=translate("CLI", "water today, next reminder, last routine")
    )
    status.add_argument("--json", action="store_true", help=translate("CLI", "as JSON"))

    config = commands.add_parser("config", help=translate("CLI", "read or change a setting"))
    config_commands = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    config_commands.add_parser("get", help=translate("CLI", "print a setting")).add_argument(
        "key", metavar="KEY"
    )
    set_ = config_commands.add_parser("set", help=translate("CLI", "change a setting"))
    set_.add_argument("key", metavar="KEY")
    set_.add_argument("value", metavar="VALUE")

    cramp = commands.add_parser("cramp", help=translate("CLI", "the cramp diary"))
    cramp_commands = cramp.add_subparsers(dest="cramp_command", metavar="ACTION", required=True)
    log = cramp_commands.add_parser(
        "add", help=translate("CLI", "log a cramp (now, unless --at says when)")
    )
    log.add_argument("--leg", help=translate("CLI", "left, right or both (both by default)"))
    log.add_argument(
        "--severity", type=int, default=5, metavar="N", help=translate("CLI", "how bad, 1-10")
    )
    log.add_argument(
        "--minutes", type=float, metavar="M", help=translate("CLI", "how long it lasted")
    )
    log.add_argument("--note", default="", metavar="TEXT")
    log.add_argument("--at", metavar="TIME", help=translate("CLI", "when, ISO 8601 with offset"))

    export = commands.add_parser(
        "export", help=translate("CLI", "write the history as CSV files to DIR")
    )
    export.add_argument("folder", type=Path, metavar="DIR")
    import_ = commands.add_parser(
        "import", help=translate("CLI", "read CSV files written by export")
    )
    import_.add_argument("folder", type=Path, metavar="DIR")

    snapshot = commands.add_parser(
        "snapshot",
        help=translate("CLI", "draw the main screens to PNG files in DIR (needs no display)"),
    )
    snapshot.add_argument("folder", type=Path, metavar="DIR")
    snapshot.add_argument("--theme", choices=THEMES, default="light")

    desktop = commands.add_parser(
        "install-desktop",
        help=translate("CLI", "add Bedtime Coach to the desktop's menu of applications"),
    )
    desktop.add_argument(
        "--uninstall", action="store_true", help=translate("CLI", "remove it again")
    )
    return parser.parse_args(argv)


def request_for(arguments: argparse.Namespace) -> Request:
    """The request a command makes, the same whether it runs here or in the running app."""
    from coach import requests

    command = arguments.command
    if command is None:
        return requests.StartHidden() if arguments.hidden else requests.Show()
    if command == "start-routine":
        return requests.StartRoutine(arguments.routine)
    if command == "cramp-relief":
        return requests.StartRoutine(relief=True)
    if command == "water":
        if arguments.water_command == "add":
            return requests.AddGlasses(arguments.count)
        return requests.TakeBackGlass()
    if command == "status":
        return requests.Status(arguments.json)
    if command == "cramp":
        return requests.LogCramp(
            arguments.leg, arguments.severity, arguments.minutes, arguments.note, arguments.at
        )
    if command == "export":
        # Absolute: the running app that may do it has a working folder of its own.
        return requests.Export(str(arguments.folder.absolute()))
    if command == "import":
        return requests.Import(str(arguments.folder.absolute()))
    if arguments.config_command == "get":
        return requests.GetSetting(arguments.key)
    return requests.SetSetting(arguments.key, arguments.value)


def has_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt can show a window here, decided before Qt is loaded (it would abort)."""
    if not platform.startswith("linux"):
        return True
    if environ.get("QT_QPA_PLATFORM", "").split(":")[0] in HEADLESS_PLATFORMS:
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    from coach.ui.translations import install_translations

    install_translations()  # the help and every message in the person's language
    arguments = parse_arguments(argv)
    from coach.store.paths import Paths

    paths = Paths.in_folder(arguments.data_dir) if arguments.data_dir else Paths.for_platform()
    if arguments.command == "snapshot":
        from coach.ui.snapshot import snapshot

        for path in snapshot(arguments.folder, arguments.theme):
            print(path)
        return 0
    if arguments.command == "install-desktop":
        return install_desktop(uninstall=arguments.uninstall)

    from coach.journal import RefusedError
    from coach.requests import Reply, StartRoutine, for_the_journal
    from coach.ui import instance

    try:
        request = request_for(arguments)
    except RefusedError as refusal:
        print(refusal, file=sys.stderr)
        return 2
    if isinstance(request, StartRoutine) and request.routine is not None:
        from coach.ui.assets import shipped_routines

        routines = shipped_routines()
        if request.routine not in routines:
            message = translate(
                "Journal", "There is no routine '{routine}'; there are: {routines}."
            )
            print(
                message.format(routine=request.routine, routines=", ".join(routines)),
                file=sys.stderr,
            )
            return 2
    answer = instance.send(instance.Address(paths.config_dir), request.to_json())
    if for_the_journal(request):
        reply = Reply.from_json(answer) if answer is not None else run_here(request, paths)
        if reply.notice:
            print(reply.notice, file=sys.stderr)
        print(reply.text, file=sys.stdout if reply.code == 0 else sys.stderr)
        return reply.code
    if answer is not None:  # the running app took it over
        reply = Reply.from_json(answer)
        if reply.code:
            print(reply.text, file=sys.stderr)
        return reply.code
    if not has_display(os.environ):
        print(translate("CLI", NO_DISPLAY), file=sys.stderr)
        return 2
    from coach.app import run_app

    return run_app(paths, request.to_json())


def run_here(request: Request, paths: Paths) -> Reply:
    """Answer a journal request in this process: no app is running."""
    from coach.core.clock import SystemClock
    from coach.journal import Journal
    from coach.requests import NOT_SAVED, Reply, perform
    from coach.store.history import HistoryError
    from coach.ui.assets import shipped_routines

    try:
        journal = Journal.open(paths, SystemClock(), shipped_routines())
    except (OSError, sqlite3.Error, HistoryError) as error:
        message = translate("CLI", "Bedtime Coach cannot open its history: {error}.")
        return Reply(NOT_SAVED, message.format(error=reason(error, paths.data_dir)))
    try:
        return perform(request, journal)
    finally:
        journal.close()


def install_desktop(uninstall: bool) -> int:
    from coach.store import desktop_entry
    from coach.ui.assets import APP_ICON, read_resource

    if uninstall:
        for path in desktop_entry.uninstall():
            print(f"removed {path}")
        return 0
    for path in desktop_entry.install(read_resource(APP_ICON)):
        print(f"installed {path}")
    return 0
