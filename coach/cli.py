"""The command line: `bedtime-coach [COMMAND]`.

Each command becomes a typed request (`coach.requests`). One the journal answers (water,
status, config, cramp, export, import) goes to the running app when there is one, so its
window and tray update at once, and otherwise is answered here, through a journal of
this process, with no display needed. One that shows something starts the app, or hands
over to the one already running.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from coach import __version__
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.core.themes import THEMES

if TYPE_CHECKING:
    from coach.requests import Reply, Request
    from coach.store.paths import Paths

# The requests the window answers (coach.requests names them too): with no app running,
# this process becomes the app, which types them, so the tray's start loads no requests.
WINDOW_REQUESTS = frozenset({"show", "hidden", "start-routine", "check-in", "cramp-now"})
HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "CLI",
    "Bedtime Coach needs a desktop session to show its window and found none "
    "(neither DISPLAY nor WAYLAND_DISPLAY is set); to try it without one, run it "
    "under xvfb-run, for example: xvfb-run bedtime-coach",
)


def folder(text: str) -> Path:
    """A folder named on the command line; an empty name is not "this folder"."""
    if not text.strip():
        raise argparse.ArgumentTypeError(translate("CLI", "--data-dir needs the name of a folder."))
    return Path(text)


def whole_number(text: str) -> int:
    """A count or a mark typed on the command line; plain words where it is not one."""
    try:
        return int(text)
    except ValueError:
        message = translate("CLI", "'{text}' is not a whole number.")
        raise argparse.ArgumentTypeError(message.format(text=text)) from None


def number(text: str) -> float:
    """Minutes typed on the command line (2 or 1.5); plain words where it is not one."""
    try:
        return float(text)
    except ValueError:
        message = translate("CLI", "'{text}' is not a number.")
        raise argparse.ArgumentTypeError(message.format(text=text)) from None


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bedtime-coach",
        description=translate(
            "CLI", "A bedtime stretching coach for people with night-time leg cramps."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        type=folder,
        metavar=translate("CLI", "DIR"),
        help=translate(
            "CLI", "keep settings, history and cache in DIR instead of the usual folders"
        ),
    )
    parser.add_argument("--hidden", action="store_true", help=translate("CLI", "start in the tray"))
    commands = parser.add_subparsers(dest="command", metavar=translate("CLI", "COMMAND"))

    start = commands.add_parser(
        "start-routine", help=translate("CLI", "start a routine (the usual one)")
    )
    start.add_argument("--routine", metavar=translate("CLI", "ROUTINE"))
    commands.add_parser("cramp-relief", help=translate("CLI", "start the cramp relief routine"))
    commands.add_parser(
        "log-cramp-now", help=translate("CLI", "open the night screen to log a cramp now")
    )
    check_in = commands.add_parser(
        "check-in", help=translate("CLI", "open the morning check-in (last night by default)")
    )
    check_in.add_argument("--date", metavar=translate("CLI", "YYYY-MM-DD"))

    water = commands.add_parser("water", help=translate("CLI", "glasses of water today"))
    water_commands = water.add_subparsers(
        dest="water_command", metavar=translate("CLI", "ACTION"), required=True
    )
    add = water_commands.add_parser("add", help=translate("CLI", "add glasses (one by default)"))
    add.add_argument("count", type=whole_number, nargs="?", default=1, metavar="N")
    water_commands.add_parser("undo", help=translate("CLI", "take back the last glass of today"))

    status = commands.add_parser(
        "status", help=translate("CLI", "water today, next reminder, last routine")
    )
    status.add_argument("--json", action="store_true", help=translate("CLI", "as JSON"))

    config = commands.add_parser("config", help=translate("CLI", "read or change a setting"))
    config_commands = config.add_subparsers(
        dest="config_command", metavar=translate("CLI", "ACTION"), required=True
    )
    config_commands.add_parser(
        "get", help=translate("CLI", "print a setting, or every setting with its value")
    ).add_argument("key", nargs="?", metavar=translate("CLI", "KEY"))
    set_ = config_commands.add_parser("set", help=translate("CLI", "change a setting"))
    set_.add_argument("key", metavar=translate("CLI", "KEY"))
    set_.add_argument("value", metavar=translate("CLI", "VALUE"))

    cramp = commands.add_parser("cramp", help=translate("CLI", "the cramp diary"))
    cramp_commands = cramp.add_subparsers(
        dest="cramp_command", metavar=translate("CLI", "ACTION"), required=True
    )
    log = cramp_commands.add_parser(
        "add", help=translate("CLI", "log a cramp (now, unless --at says when)")
    )
    log.add_argument(
        "--leg",
        metavar=translate("CLI", "LEG"),
        help=translate(
            "CLI",
            "left, right or both (by default the leg of the cramp logged last, as the "
            "diary's dialog does; both for the first)",
        ),
    )
    log.add_argument(
        "--severity",
        type=whole_number,
        metavar="N",
        help=translate("CLI", "how bad, 1-10 (not said unless given)"),
    )
    log.add_argument(
        "--minutes", type=number, metavar="M", help=translate("CLI", "how long it lasted")
    )
    log.add_argument(
        "--note",
        default="",
        metavar=translate("CLI", "TEXT"),
        help=translate("CLI", "a few words of your own, such as what you did that day"),
    )
    log.add_argument(
        "--at",
        metavar=translate("CLI", "TIME"),
        help=translate(
            "CLI", "when, such as 2026-11-26T03:10 (local time, unless an offset follows)"
        ),
    )

    export = commands.add_parser(
        "export", help=translate("CLI", "write the history as CSV files to DIR")
    )
    export.add_argument("folder", type=Path, metavar=translate("CLI", "DIR"))
    import_ = commands.add_parser(
        "import", help=translate("CLI", "read CSV files written by export")
    )
    import_.add_argument("folder", type=Path, metavar=translate("CLI", "DIR"))

    night = commands.add_parser(
        "night",
        help=translate(
            "CLI", "the morning check-in: how last night was (--date: another of the last 7)"
        ),
    )
    night.add_argument(
        "--date",
        metavar=translate("CLI", "YYYY-MM-DD"),
        help=translate("CLI", "the night's evening date"),
    )
    answer = night.add_mutually_exclusive_group(required=True)
    answer.add_argument(
        "--cramps", type=whole_number, metavar="N", help=translate("CLI", "how many cramps")
    )
    answer.add_argument("--none", action="store_true", help=translate("CLI", "no cramps"))
    answer.add_argument(
        "--unknown",
        action="store_true",
        help=translate("CLI", "don't know, or slept elsewhere: the night is left out"),
    )
    night.add_argument(
        "--severity",
        type=whole_number,
        metavar="N",
        help=translate("CLI", "how bad, the worst, 1-10 (not said unless given)"),
    )
    night.add_argument(
        "--minutes", type=number, metavar="M", help=translate("CLI", "how long, the longest")
    )
    night.add_argument("--leg", choices=["left", "right", "both"])
    night.add_argument(
        "--sleep",
        type=whole_number,
        metavar="0-10",
        help=translate("CLI", "how well you slept, 0-10"),
    )

    trial = commands.add_parser(
        "trial", help=translate("CLI", "find out for yourself: a personal trial of the routine")
    )
    trial.add_argument("action", choices=["start", "stop", "status"])
    trial.add_argument("--json", action="store_true", help=translate("CLI", "as JSON"))

    report = commands.add_parser(
        "report", help=translate("CLI", "the diary's numbers over the last 30 or 90 nights")
    )
    report.add_argument("--days", type=whole_number, choices=[30, 90], default=30)
    report.add_argument("--json", action="store_true", help=translate("CLI", "as JSON"))
    report.add_argument(
        "--pdf",
        type=Path,
        metavar=translate("CLI", "FILE"),
        help=translate("CLI", "save the report for your doctor as a PDF (needs no display)"),
    )

    skip = commands.add_parser(
        "skip-tonight", help=translate("CLI", "no reminder tonight (--undo: the reminder again)")
    )
    skip.add_argument("--undo", action="store_true", help=translate("CLI", "take the skip back"))

    backup = commands.add_parser(
        "backup", help=translate("CLI", "back up the history now, or list the backups")
    )
    backup.add_argument("action", nargs="?", choices=["list"], metavar="list")
    restore = commands.add_parser(
        "restore",
        help=translate("CLI", "put a backup back (the newest, or NAME); the current one is kept"),
    )
    restore.add_argument("name", nargs="?", metavar=translate("CLI", "NAME"))

    snapshot = commands.add_parser(
        "snapshot",
        help=translate("CLI", "draw the main screens to PNG files in DIR (needs no display)"),
    )
    snapshot.add_argument("folder", type=Path, metavar=translate("CLI", "DIR"))
    snapshot.add_argument("--theme", choices=THEMES, default="light")

    desktop = commands.add_parser(
        "install-desktop",
        help=translate("CLI", "add Bedtime Coach to the desktop's menu of applications"),
    )
    desktop.add_argument(
        "--uninstall", action="store_true", help=translate("CLI", "remove it again")
    )
    return parser.parse_args(argv)


def message_for(arguments: argparse.Namespace) -> dict[str, Any]:
    """The request a command makes, as the socket carries it (`{"command": NAME, ...}`):
    the same line whether the running app answers it or this process does. It is typed
    and checked where it is answered (`requests.from_json`), so a command handed to the
    running app loads none of the requests' classes, most of its cost (issue 17)."""
    command = arguments.command
    if command is None:
        return {"command": "hidden" if arguments.hidden else "show"}
    if command == "start-routine":
        return {"command": "start-routine", "routine": arguments.routine}
    if command == "cramp-relief":
        return {"command": "start-routine", "relief": True}
    if command == "log-cramp-now":
        return {"command": "cramp-now"}
    if command == "check-in":
        return {"command": "check-in", "night": arguments.date}
    if command == "water":
        if arguments.water_command == "add":
            return {"command": "water-add", "count": arguments.count}
        return {"command": "water-undo"}
    if command == "status":
        return {"command": "status", "json": arguments.json}
    if command == "cramp":
        return {
            "command": "cramp-add",
            "leg": arguments.leg,
            "severity": arguments.severity,
            "minutes": arguments.minutes,
            "note": arguments.note,
            "at": arguments.at,
        }
    if command in ("export", "import"):
        # Absolute: the running app that may do it has a working folder of its own.
        return {"command": command, "folder": str(arguments.folder.absolute())}
    if command == "night":
        if arguments.none:
            answer = "no-cramps"
        elif arguments.unknown:
            answer = "excluded"
        else:
            answer = "cramps"
        return {
            "command": "night",
            "answer": answer,
            "night": arguments.date,
            "cramps": arguments.cramps or 0,
            "severity": arguments.severity,
            "minutes": arguments.minutes,
            "leg": arguments.leg,
            "sleep": arguments.sleep,
        }
    if command == "trial":
        if arguments.action in ("start", "stop"):
            return {"command": f"trial-{arguments.action}"}
        return {"command": "trial-status", "json": arguments.json}
    if command == "report":
        return {"command": "report", "days": arguments.days, "json": arguments.json}
    if command == "skip-tonight":
        return {"command": "skip-tonight", "undo": arguments.undo}
    if command == "backup":
        return {"command": "backup-list" if arguments.action else "backup"}
    if command == "restore":
        return {"command": "restore", "name": arguments.name}
    if arguments.config_command == "get":
        if arguments.key is None:
            return {"command": "config-list"}
        return {"command": "config-get", "key": arguments.key}
    return {"command": "config-set", "key": arguments.key, "value": arguments.value}


def request_for(arguments: argparse.Namespace) -> Request:
    """The typed request a command makes; RefusedError, with a sentence, for a value the
    request refuses."""
    from coach.requests import from_json

    return from_json(message_for(arguments))


def has_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt can show a window here, decided before Qt is loaded (it would abort)."""
    if not platform.startswith("linux"):
        return True
    if environ.get("QT_QPA_PLATFORM", "").split(":")[0] in HEADLESS_PLATFORMS:
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def display_reachable(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether the display named is there: Qt aborts the process on a dead one, so this
    is asked first. A remote X display is left for Qt to try."""
    if not platform.startswith("linux"):
        return True
    if environ.get("QT_QPA_PLATFORM", "").split(":")[0] in HEADLESS_PLATFORMS:
        return True
    wayland = environ.get("WAYLAND_DISPLAY", "")
    if wayland:
        runtime = Path(environ.get("XDG_RUNTIME_DIR", "/nonexistent"))
        if (runtime / wayland).exists():  # an absolute name stays itself
            return True
    display = environ.get("DISPLAY", "")
    if display.startswith(":"):
        number = display[1:].split(".")[0]
        return Path(f"/tmp/.X11-unix/X{number}").exists()
    return bool(display)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line, inside one boundary: whatever goes wrong becomes a sentence and
    a non-zero exit (2: refused input, 1: a failure of the machine), and its traceback
    goes to the failure log, never to the terminal."""
    from coach.core.errors import RefusedError

    paths: list[Paths] = []  # which data folder, once the arguments said
    try:
        return _main(argv, paths)
    except RefusedError as refusal:
        say(str(refusal), sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        from coach.store.failure import reason
        from coach.store.failure_log import write_failure
        from coach.store.paths import Paths

        log = write_failure(paths[0] if paths else Paths.for_platform(), error, "command line")
        why = reason(error) if isinstance(error, OSError) else str(error).rstrip(".")
        message = translate("CLI", "Bedtime Coach could not do that: {error}.").format(
            error=why or type(error).__name__
        )
        if log is not None:
            details = translate("CLI", "The details are in {log}.")
            message = f"{message} {details.format(log=log)}"
        say(message, sys.stderr)
        return 1


def say(text: str, stream: TextIO) -> bool:
    """Print `text`; where the stream cannot take it (a full disk, a closed pipe), point
    it at /dev/null so nothing is said at exit either, and return False."""
    try:
        print(text, file=stream, flush=True)
    except (OSError, ValueError):
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        return False
    return True


def _main(argv: Sequence[str] | None, chosen: list[Paths]) -> int:
    from coach.core.errors import RefusedError
    from coach.i18n import speak_the_environments_language
    from coach.ui.argparse_text import speak_the_apps_language

    speak_the_environments_language(os.environ)  # the help and every message
    speak_the_apps_language()  # argparse's own words too
    arguments = parse_arguments(argv)
    from coach.store.paths import Paths

    paths = Paths.in_folder(arguments.data_dir) if arguments.data_dir else Paths.for_platform()
    chosen.append(paths)
    if arguments.command == "snapshot":
        from coach.ui.snapshot import snapshot

        for path in snapshot(arguments.folder, arguments.theme):
            say(str(path), sys.stdout)
        return 0
    if arguments.command == "install-desktop":
        return install_desktop(arguments.uninstall, paths)

    if arguments.command == "report" and arguments.pdf is not None:
        return report_as_pdf(arguments.days, arguments.pdf, arguments.json, paths)
    message = message_for(arguments)
    if message["command"] == "start-routine" and message.get("routine") is not None:
        from coach.routines import shipped_routines

        routines = shipped_routines()
        if message["routine"] not in routines:
            refusal = translate(
                "Journal", "There is no routine '{routine}'; there are: {routines}."
            )
            raise RefusedError(
                refusal.format(routine=message["routine"], routines=", ".join(routines))
            )
    answer = handed_over(message, paths)
    if answer is None:  # no app is running: this process becomes it, or answers here
        if message["command"] in WINDOW_REQUESTS:
            return start_app(message, paths)
        from coach.requests import from_json

        answer = run_here(from_json(message), paths).to_json()
    return tell(answer, message)


def handed_over(message: dict[str, Any], paths: Paths) -> dict[str, Any] | None:
    """The running app's reply to `message`; None where no app is running."""
    from coach import instance

    return instance.send(instance.Address(paths.config_dir), message)


def tell(answer: Mapping[str, Any], message: dict[str, Any]) -> int:
    """Print a reply (`{"code", "text", "notice"}`, as the socket carries it); its code is
    the exit status."""
    code, text, notice = int(answer["code"]), str(answer["text"]), answer.get("notice")
    if notice:
        say(str(notice), sys.stderr)
    if not text or say(text, sys.stdout if code == 0 else sys.stderr):
        return code
    from coach.requests import READS, from_json

    if code or isinstance(from_json(message), READS):
        return 1  # the answer was all that was asked for, and it is lost
    # A change was made: said so, and exit 0, so that no script makes it twice.
    say(translate("CLI", "Bedtime Coach could not print its answer, but it did it."), sys.stderr)
    return 0


def start_app(message: dict[str, Any], paths: Paths) -> int:
    """Become the running app, with `message` as its first request, where there is a display."""
    from coach.store.failure_log import log_warnings

    log_warnings(paths)
    if not has_display(os.environ):
        say(translate("CLI", NO_DISPLAY), sys.stderr)
        return 2
    if not display_reachable(os.environ):
        from coach.store.failure_log import write_failure

        refusal = translate(
            "CLI", "Bedtime Coach cannot reach the display ({display}), so it cannot start."
        ).format(display=os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY"))
        write_failure(paths, RuntimeError(refusal), "start")  # a menu start has no terminal
        say(refusal, sys.stderr)
        return 1
    from coach.app import run_app

    return run_app(paths, message)


def report_as_pdf(days: int, pdf: Path, as_json: bool, paths: Paths) -> int:
    """`report --pdf FILE`: the numbers `report --json` prints (from the running app, or
    from here), laid out as a PDF in this process, offscreen; where it was saved."""
    import json

    from coach.journal import NotSavedError, write_report
    from coach.requests import Report

    if pdf.is_dir():  # said before anything is made
        write_report(pdf, b"")
    request = Report(days, json=True)
    answer = handed_over(request.to_json(), paths) or run_here(request, paths).to_json()
    if answer.get("notice"):
        say(str(answer["notice"]), sys.stderr)
    if answer["code"]:
        say(str(answer["text"]), sys.stderr)
        return int(answer["code"])
    from coach.ui.report_pdf import make_report_pdf

    text = str(answer["text"])
    try:
        saved = write_report(pdf, make_report_pdf(json.loads(text)))
    except NotSavedError as failure:
        say(str(failure), sys.stderr)
        return 1
    if as_json:
        say(text, sys.stdout)
    message = translate("CLI", "Saved the report for your doctor to {path}.")
    say(message.format(path=saved), sys.stderr if as_json else sys.stdout)
    return 0


def run_here(request: Request, paths: Paths) -> Reply:
    """Answer a journal request in this process: no app is running."""
    import sqlite3

    from coach.store.failure_log import log_warnings

    log_warnings(paths)  # not before: a hand-over loads no logging (issue 17)

    from coach.core.clock import SystemClock
    from coach.journal import Journal
    from coach.requests import NOT_SAVED, Reply, perform
    from coach.routines import shipped_routines
    from coach.store.failure import reason
    from coach.store.history import HistoryError

    try:
        journal = Journal.open(paths, SystemClock(), shipped_routines())
    except (OSError, sqlite3.Error, HistoryError) as error:
        message = translate("CLI", "Bedtime Coach cannot open its history: {error}.")
        return Reply(NOT_SAVED, message.format(error=reason(error, paths.data_dir)))
    try:
        return perform(request, journal)
    finally:
        journal.close()


def install_desktop(uninstall: bool, paths: Paths) -> int:
    from coach.store import desktop_entry
    from coach.ui.assets import APP_ICON, read_resource

    if uninstall:
        for path in desktop_entry.uninstall():
            say(f"removed {path}", sys.stdout)
        return 0
    for path in desktop_entry.install(read_resource(APP_ICON), paths):
        say(f"installed {path}", sys.stdout)
    return 0
