"""Two real desktops for system tests, each on a private session bus.

`wayland_desktop`: headless sway, waybar (only its tray: the StatusNotifierItem host)
and dunst (the notification server). sway refuses to run as root, so when the tests run
as root the session (sway, waybar, dunst) runs as `nobody` through setpriv, while the
bus daemon runs as root with a policy that lets every user connect. An app started with
`popen` runs as the test runner (root in CI) and reaches the Wayland socket by its full
path, with an XDG_RUNTIME_DIR of its own.

`notification_session`: Xvfb with no tray host at all, and dunst; everything as the test
runner.

Both end every process they started, apps included. A person acts through dunst:
`invoke("Snooze")` picks an action in dunst's context menu (our dmenu script answers
it), `click_default()` is what clicking a notification does (dunst's do_action).
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

import pytest

# Who runs the Wayland session when the tests run as root (sway refuses root).
SESSION_USER = "nobody"
SESSION_GROUP = "nogroup"

SCREEN = (1280, 800)
BAR_HEIGHT = 30

WATCHER = "org.kde.StatusNotifierWatcher"
ITEM = "org.kde.StatusNotifierItem"
DBUSMENU = "com.canonical.dbusmenu"

# A bus for one session. The daemon runs as the test runner; <allow user="*"/> lets the
# session's other user connect too (by default only the daemon's own user may).
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

SWAY_CONFIG = f"""# No bar, no background, no Xwayland: only what the tests start.
xwayland disable
output * resolution {SCREEN[0]}x{SCREEN[1]}
font pango:DejaVu Sans 10
default_border normal
focus_follows_mouse no
"""

WAYBAR_CONFIG = {
    "layer": "top",
    "position": "top",
    "height": BAR_HEIGHT,
    "modules-right": ["tray"],
    "tray": {"icon-size": 20, "spacing": 8},
}

WAYBAR_STYLE = """* { font-family: "DejaVu Sans"; font-size: 12px; border: none; }
window#waybar { background-color: #203050; }
#tray { background-color: #d0d8e8; padding: 0 10px; }
"""

# Notifications stay until acted on (no race with a timeout), in the order they came
# (so the newest is the last one shown), each on its own; a click does what a click does
# on GNOME and KDE: the default action (stock dunst closes on a left click).
DUNSTRC = """[global]
    font = DejaVu Sans 10
    width = 360
    origin = top-right
    offset = 10x{offset}
    sort = no
    stack_duplicates = false
    show_indicators = no
    idle_threshold = 0
    icon_position = off
    dmenu = {menu}
    browser = /bin/true
    mouse_left_click = do_action, close_current
    mouse_middle_click = do_action, close_current
    mouse_right_click = close_all

[urgency_low]
    timeout = 0

[urgency_normal]
    timeout = 0

[urgency_critical]
    timeout = 0

[record]
    summary = "*"
    script = {record}
"""

# dunst's context menu (dmenu = ...): dunst writes one line per action, and prints what
# the chosen one. The test reads the lines and writes the answer in a file.
MENU_SCRIPT = """#!/bin/sh
dir={folder}
cat > "$dir/menu.part" && mv "$dir/menu.part" "$dir/menu"
i=0
while [ ! -e "$dir/answer" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
cat "$dir/answer" 2>/dev/null
rm -f "$dir/answer"
"""

# Run by dunst for every notification it shows: one folder per showing.
RECORD_SCRIPT = """#!/bin/sh
part=$(mktemp -d "{folder}/.part.XXXXXX") || exit 1
printf %s "$DUNST_APP_NAME" > "$part/appname"
printf %s "$DUNST_SUMMARY" > "$part/summary"
printf %s "$DUNST_BODY" > "$part/body"
printf %s "$DUNST_URGENCY" > "$part/urgency"
mv "$part" "{folder}/$DUNST_ID.$(date +%s%N)"
"""

# One line of dunst's context menu: "#Label (summary) [id,key]".
MENU_LINE = re.compile(r"^#(?P<label>.*?) \((?P<summary>.*)\) \[(?P<id>\d+),(?P<key>.*)\]$")

QT_NOISE = re.compile(r"^qt\.qpa\.wayland\.textinput")


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is missing (Debian package {package})")
    return path


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


def without_qt_noise(stderr: str) -> str:
    """A Qt app's stderr without the Wayland text-input warnings Qt always logs."""
    return "".join(line for line in stderr.splitlines(keepends=True) if not QT_NOISE.match(line))


class Desktop:
    """What both desktops share: a private folder, a private session bus, dunst, and the
    processes to end. Use as a context manager."""

    name = "desktop"
    user: pwd.struct_passwd | None = None  # the session's; None: the test runner

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=f"bedtime-coach-{self.name}-"))
        self.folder.chmod(0o755)  # the session's user walks through it
        self.logs = self.folder / "logs"
        self.logs.mkdir()
        self._processes: list[tuple[str, subprocess.Popen[bytes]]] = []
        self._files: list[IO[bytes]] = []
        self._bus: subprocess.Popen[bytes] | None = None
        self._connection: Any = None
        self.bus_address = ""
        self.started_in = 0.0  # seconds from __enter__ to ready
        self._since = 0  # notifications up to this id are before `reset()`
        self._actions: dict[int, dict[str, str]] = {}  # seen in the context menu
        self.commands: list[str] = []  # to dunst, for a failure's message

    # --- life ---------------------------------------------------------------------

    def __enter__(self) -> Self:
        began = time.monotonic()
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        self.started_in = time.monotonic() - began
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _start(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """End every process started here, newest first, then the bus; remove the folder."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        for _, process in reversed(self._processes):
            end(process)
        self._processes.clear()
        if self._bus is not None:
            assert self._bus.stdin is not None
            self._bus.stdin.close()  # dbus-run-session's child ends; it ends the bus
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._bus.wait(timeout=10)  # a SIGTERM sooner would orphan the daemon
            end(self._bus)
            self._bus = None
        for file in self._files:
            file.close()
        self._files.clear()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _mkdir(self, path: Path, mode: int = 0o755, own: bool = True) -> Path:
        path.mkdir(mode=mode)
        path.chmod(mode)  # whatever the umask
        if own and self.user is not None:
            os.chown(path, self.user.pw_uid, self.user.pw_gid)
        return path

    def _launch(
        self,
        name: str,
        argv: Sequence[str],
        env: Mapping[str, str],
        as_user: bool = True,
        **options: Any,
    ) -> subprocess.Popen[bytes]:
        """Start a process of the session (its output in logs/NAME.log); it gets SIGTERM
        if the test runner dies."""
        prefix = [need("setpriv", "util-linux")]
        if as_user and self.user is not None:
            prefix += [
                f"--reuid={self.user.pw_uid}",
                f"--regid={self.user.pw_gid}",
                "--clear-groups",
            ]
        prefix += ["--pdeathsig=TERM", "--"]
        log = (self.logs / f"{name}.log").open("ab")
        self._files.append(log)
        options.setdefault("stdout", log)
        options.setdefault("stderr", subprocess.STDOUT)
        options.setdefault("stdin", subprocess.DEVNULL)
        process = subprocess.Popen([*prefix, *argv], env=dict(env), **options)
        self._processes.append((name, process))
        return process

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _alive(self, name: str, process: subprocess.Popen[bytes]) -> bool:
        """False while the process runs; else an error with its log."""
        if process.poll() is not None:
            raise RuntimeError(f"{name} ended ({process.returncode}): {self.log(name)}")
        return False

    def _start_bus(self) -> None:
        """A private session bus: dbus-run-session, whose child (cat) lives until we close
        its stdin or the test runner dies."""
        config = self.folder / "bus.conf"
        config.write_text(BUS_CONFIG.format(socket=self.folder / "bus"))
        log = (self.logs / "bus.log").open("ab")
        self._files.append(log)
        self._bus = subprocess.Popen(
            [
                need("dbus-run-session", "dbus-daemon"),
                f"--config-file={config}",
                "--",
                "sh",
                "-c",
                'printf "%s\\n" "$DBUS_SESSION_BUS_ADDRESS"; exec cat >/dev/null',
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        )
        assert self._bus.stdout is not None
        self.bus_address = self._bus.stdout.readline().decode().strip()
        self._bus.stdout.close()
        if not self.bus_address:
            raise RuntimeError(f"no session bus: {self.log('bus')}")

    def _start_dunst(self, env: Mapping[str, str], offset: int) -> None:
        need("dunstctl", "dunst")
        need("dbus-send", "dbus-bin")
        folder = self._mkdir(self.folder / "dunst")
        self._menu = self._mkdir(folder / "menu")
        self._shown = self._mkdir(folder / "shown")
        menu = folder / "menu.sh"
        menu.write_text(MENU_SCRIPT.format(folder=self._menu))
        record = folder / "record.sh"
        record.write_text(RECORD_SCRIPT.format(folder=self._shown))
        for script in (menu, record):
            script.chmod(0o755)
        rc = folder / "dunstrc"
        rc.write_text(DUNSTRC.format(offset=offset, menu=menu, record=record))
        dunst = self._launch("dunst", [need("dunst", "dunst"), "-config", str(rc)], env)
        wait_until(
            lambda: self._alive("dunst", dunst) or self._owned("org.freedesktop.Notifications"),
            10,
            "dunst on the session bus",
        )

    # --- what apps get --------------------------------------------------------------

    def env(self, base: Mapping[str, str]) -> dict[str, str]:
        """`base` with what an app needs to live in this desktop."""
        raise NotImplementedError

    def popen(
        self, argv: Sequence[str], env: Mapping[str, str] | None = None, **options: Any
    ) -> subprocess.Popen[bytes]:
        """Start an app in this desktop, as the test runner, with `env(env)`; it is ended
        with the desktop if the test has not."""
        process = subprocess.Popen(
            list(argv), env=self.env(os.environ if env is None else env), **options
        )
        self._processes.append(("app", process))
        return process

    # --- the session bus ------------------------------------------------------------

    @property
    def connection(self) -> Any:
        if self._connection is None:
            try:
                from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
            except ImportError:
                pytest.skip("jeepney is missing (pip install jeepney)")
            self._connection = open_dbus_connection(bus=self.bus_address)
        return self._connection

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str = "",
        body: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]:
        """A method call on the session bus; the reply's values."""
        from jeepney import (  # type: ignore[import-untyped]
            DBusAddress,
            DBusErrorResponse,
            MessageType,
            new_method_call,
        )

        message = new_method_call(
            DBusAddress(path, bus_name=service, interface=interface), method, signature, body
        )
        reply = self.connection.send_and_get_reply(message, timeout=10)
        if reply.header.message_type == MessageType.error:
            raise DBusErrorResponse(reply)
        return tuple(reply.body)

    def _owned(self, name: str) -> bool:
        (owned,) = self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            "s",
            (name,),
        )
        return bool(owned)

    def bus_names(self) -> list[str]:
        (names,) = self.call(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "ListNames"
        )
        return sorted(names)

    # --- notifications, through dunst ----------------------------------------------

    def dunstctl(self, *arguments: str) -> str:
        self.commands.append(f"{time.monotonic():.3f} dunstctl {' '.join(arguments)}")
        result = subprocess.run(
            [need("dunstctl", "dunst"), *arguments],
            env={
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            },
            capture_output=True,
            text=True,
            timeout=30,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"dunstctl {' '.join(arguments)}: {result.stderr.strip()}\n"
                f"dunst's log: {self.log('dunst')}\nlast commands: {self.commands[-8:]}"
            )
        return result.stdout

    def displayed_count(self) -> int:
        return int(self.dunstctl("count", "displayed"))

    def reset(self) -> None:
        """Close every notification; later `notifications()` leave out the ones before."""
        self.dunstctl("close-all")
        self._since = max([self._since, *self._shown_now(), *self._history()])

    def _shown_now(self) -> dict[int, dict[str, Any]]:
        """What dunst has shown, by id (the latest content of a replaced one)."""
        shown: dict[int, dict[str, Any]] = {}
        entries = sorted(
            (entry for entry in self._shown.iterdir() if not entry.name.startswith(".")),
            key=lambda entry: int(entry.name.split(".")[1]),
        )
        for entry in entries:
            number = int(entry.name.split(".")[0])
            shown[number] = {
                "id": number,
                **{
                    field: (entry / field).read_text(errors="replace")
                    for field in ("appname", "summary", "body", "urgency")
                },
            }
        return shown

    def _history(self) -> dict[int, dict[str, Any]]:
        """Closed notifications, from `dunstctl history`."""
        answer = json.loads(self.dunstctl("history"))
        closed = {}
        for entry in answer["data"][0]:
            values = {key: value["data"] for key, value in entry.items()}
            closed[int(values["id"])] = values
        return closed

    def notifications(self, actions: bool = True) -> list[dict[str, Any]]:
        """Every notification dunst showed since `reset()`, oldest first: id, appname,
        summary, body, urgency, displayed (still on screen) and actions ({key: label}:
        those of the displayed ones from dunst's context menu; of closed ones, what an
        earlier look saw, else {})."""
        shown, closed = self._records()
        for number, values in closed.items():
            if number not in shown:  # shown before its record could be made: say what is known
                shown[number] = {
                    "id": number,
                    **{key: values.get(key, "") for key in ("appname", "summary", "body")},
                    "urgency": "",
                }
        if actions and any(number not in closed for number in shown):
            self._context_menu(lambda entries: "")
        return [
            {
                **shown[number],
                "displayed": number not in closed,
                "actions": dict(self._actions.get(number, {})),
            }
            for number in sorted(shown)
            if number > self._since
        ]

    def _context_menu(self, choose: Callable[[list[dict[str, str]]], str]) -> None:
        """Open dunst's context menu (`dunstctl context`) and answer with `choose`'s line;
        "" chooses nothing. Entries: label, summary, id, key, line."""
        menu, answer = self._menu / "menu", self._menu / "answer"
        menu.unlink(missing_ok=True)
        answer.unlink(missing_ok=True)
        if self.displayed_count() == 0:
            choose([])
            return
        # dunst refuses while its last menu is still closing, and opens none when nothing
        # on screen has an action: ask again, for a while
        deadline = time.monotonic() + 3
        while not menu.exists():
            if time.monotonic() > deadline:
                choose([])
                return
            self.dunstctl("context")
            with contextlib.suppress(TimeoutError):
                wait_until(menu.exists, 1, "dunst's context menu")
        entries = []
        for line in menu.read_text().splitlines():
            found = MENU_LINE.match(line)
            if found:
                entries.append({**found.groupdict(), "line": line})
                self._actions.setdefault(int(found["id"]), {})[found["key"]] = found["label"]
        chosen = ""  # if `choose` fails, the menu still gets its answer: nothing
        try:
            chosen = choose(entries)
        finally:
            part = self._menu / "answer.part"
            part.write_text(chosen + "\n")
            part.rename(answer)
            wait_until(lambda: not answer.exists(), 15, "dunst's menu to take the answer")
            # dunst acts on the answer 50 ms later, on its main loop; a command meanwhile
            # can crash dunst 1.9 (seen on Wayland), so let it finish first
            time.sleep(0.2)

    def newest(self) -> int:
        """The id of the newest notification on screen."""
        shown, closed = self._records()
        on_screen = [number for number in shown if number not in closed]
        if not on_screen:
            raise LookupError("no notification on screen")
        return max(on_screen)

    def _records(self) -> tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]]]:
        """What dunst showed and what it closed, once every one on screen is recorded."""
        wanted = self.displayed_count()
        found: list[dict[int, dict[str, Any]]] = []

        def recorded() -> bool:  # dunst runs the record script as it shows one
            shown, closed = self._shown_now(), self._history()
            found[:] = [shown, closed]
            return sum(number not in closed for number in shown) >= wanted

        wait_until(recorded, 5, "dunst's record of what it shows")
        return found[0], found[1]

    def _menu_of(self, number: int, entries: list[dict[str, str]]) -> list[dict[str, str]]:
        return [entry for entry in entries if int(entry["id"]) == number]

    def actions(self) -> dict[str, str]:
        """The actions ({key: label}) of the newest notification on screen."""
        number = self.newest()
        found: list[dict[str, str]] = []

        def look(entries: list[dict[str, str]]) -> str:
            found.extend(entries)
            return ""  # choose nothing

        self._context_menu(look)
        return {entry["key"]: entry["label"] for entry in self._menu_of(number, found)}

    def invoke(self, action: str) -> None:
        """Choose the action labelled `action` (else keyed `action`) of the newest
        notification on screen in dunst's context menu, as a person picks it there;
        dunst sends ActionInvoked to the app that sent it and closes the notification."""
        number = self.newest()

        def choose(entries: list[dict[str, str]]) -> str:
            own = self._menu_of(number, entries)
            for field in ("label", "key"):
                for entry in own:
                    if entry[field] == action:
                        return entry["line"]
            offered = {entry["key"]: entry["label"] for entry in own}
            raise LookupError(f"the newest notification offers {offered}, not {action!r}")

        self._context_menu(choose)

    def click_default(self) -> None:
        """Click the newest notification on screen, as dunst's do_action does: it invokes
        the action keyed "default", else the only action (dunst closes the notification).

        With one notification on screen this is `dunstctl action 0` itself. With more,
        dunst 1.9 refuses every position but 0 (it checks the position against the
        waiting queue, not the displayed one) and 0 is the oldest, so the same action is
        chosen in the context menu. A notification with several actions and no default
        would open the menu: use `invoke`."""
        count = self.displayed_count()
        actions = self.actions()
        if "default" in actions:
            key = "default"
        elif len(actions) == 1:
            [key] = actions
        else:
            raise LookupError(f"a click on the newest notification opens a menu of {actions}")
        if count == 1:
            self.dunstctl("action", "0")
        else:
            self.invoke(key)


class WaylandDesktop(Desktop):
    """sway (headless), waybar's tray and dunst on a private session bus."""

    name = "wayland"

    def __init__(self) -> None:
        super().__init__()
        if os.geteuid() == 0:
            self.user = pwd.getpwnam(SESSION_USER)
        self.runtime = self.folder / "runtime"  # the session's XDG_RUNTIME_DIR
        self.app_runtime = self.folder / "app-runtime"  # the apps' (the test runner's)
        self.home = self.folder / "home"
        self.wayland_display = ""  # the full path of sway's socket
        self.swaysock = ""

    def _session_env(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(self.runtime),
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "NO_AT_BRIDGE": "1",  # GTK (waybar) would look for an accessibility bus
        }

    def _start(self) -> None:
        for tool, package in (("sway", "sway"), ("swaymsg", "sway"), ("waybar", "waybar")):
            need(tool, package)
        self._mkdir(self.runtime, 0o700)
        self._mkdir(self.app_runtime, 0o700, own=False)
        self._mkdir(self.home, 0o700)
        self._start_bus()
        config = self.folder / "sway.conf"
        config.write_text(SWAY_CONFIG)
        sway = self._launch(
            "sway",
            ["sway", "--config", str(config)],
            {
                **self._session_env(),
                "WLR_BACKENDS": "headless",
                "WLR_LIBINPUT_NO_DEVICES": "1",
                "WLR_RENDERER": "pixman",
            },
        )

        def sockets() -> bool:
            self._alive("sway", sway)
            names = [path.name for path in self.runtime.iterdir()]
            displays = [name for name in names if re.fullmatch(r"wayland-\d+", name)]
            ipc = [name for name in names if name.startswith("sway-ipc.")]
            if displays and ipc:
                self.wayland_display = str(self.runtime / displays[0])
                self.swaysock = str(self.runtime / ipc[0])
            return bool(self.swaysock)

        wait_until(sockets, 15, "sway's sockets")
        wait_until(lambda: self.outputs(), 10, "sway's output")
        env = {
            **self._session_env(),
            "WAYLAND_DISPLAY": Path(self.wayland_display).name,
            "SWAYSOCK": self.swaysock,
        }
        self._start_dunst(env, offset=BAR_HEIGHT + 10)
        bar = self.folder / "waybar"
        bar.mkdir()
        (bar / "config.json").write_text(json.dumps(WAYBAR_CONFIG))
        (bar / "style.css").write_text(WAYBAR_STYLE)
        waybar = self._launch(
            "waybar",
            ["waybar", "--config", str(bar / "config.json"), "--style", str(bar / "style.css")],
            env,
        )
        wait_until(
            lambda: self._alive("waybar", waybar) or self._owned(WATCHER), 15, "waybar's tray"
        )
        # the bar is up once sway keeps its place free for windows
        wait_until(lambda: self.workspace_top() >= BAR_HEIGHT, 10, "waybar's bar")

    def env(self, base: Mapping[str, str]) -> dict[str, str]:
        env = {
            key: value
            for key, value in base.items()
            if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SWAYSOCK")
        }
        env.update(
            WAYLAND_DISPLAY=self.wayland_display,  # a full path: the socket is the session's
            XDG_RUNTIME_DIR=str(self.app_runtime),
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
            QT_QPA_PLATFORM="wayland",
            XDG_SESSION_TYPE="wayland",
        )
        return env

    # --- sway ------------------------------------------------------------------------

    def swaymsg(self, kind: str, *command: str) -> Any:
        result = subprocess.run(
            [need("swaymsg", "sway"), "--socket", self.swaysock, "--raw", "--type", kind, *command],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if result.returncode != 0:
            raise RuntimeError(f"swaymsg -t {kind}: {result.stdout}{result.stderr}")
        return json.loads(result.stdout)

    def outputs(self) -> list[dict[str, Any]]:
        return [output for output in self.swaymsg("get_outputs") if output.get("active")]

    def workspace_top(self) -> int:
        """Where windows begin: below the bar."""
        spaces = self.swaymsg("get_workspaces")
        return int(spaces[0]["rect"]["y"]) if spaces else 0

    def windows(self) -> list[dict[str, Any]]:
        """sway's windows: app_id, name, pid, visible, focused, rect."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any]) -> None:
            if node.get("type") in ("con", "floating_con") and node.get("pid"):
                found.append(
                    {
                        key: node.get(key)
                        for key in ("app_id", "name", "pid", "visible", "focused", "rect")
                    }
                )
            for child in node.get("nodes", []) + node.get("floating_nodes", []):
                walk(child)

        walk(self.swaymsg("get_tree"))
        return found

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG at `path`, by grim."""
        subprocess.run(
            [need("grim", "grim"), str(path)],
            env={"WAYLAND_DISPLAY": self.wayland_display, "XDG_RUNTIME_DIR": str(self.app_runtime)},
            check=True,
            timeout=30,
        )
        return path

    # --- the tray (StatusNotifierItem) and its menus (dbusmenu) ----------------------

    def sni_items(self) -> list[str]:
        """The tray's items as the watcher has them: "service/path"."""
        (value,) = self.call(
            WATCHER,
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties",
            "Get",
            "ss",
            (WATCHER, "RegisteredStatusNotifierItems"),
        )
        return list(value[1])

    @staticmethod
    def _item(item: str) -> tuple[str, str]:
        service, _, path = item.partition("/")
        return service, "/" + path if path else "/StatusNotifierItem"

    def sni_property(self, item: str, name: str) -> Any:
        """A property of a tray item: Title, Status, Menu (an object path), Id, ..."""
        service, path = self._item(item)
        (value,) = self.call(
            service, path, "org.freedesktop.DBus.Properties", "Get", "ss", (ITEM, name)
        )
        return value[1]

    def _layout(self, item: str) -> list[tuple[int, str]]:
        """The item's menu as a person sees it opened: (id, label) of the entries shown."""
        service, _ = self._item(item)
        menu = self.sni_property(item, "Menu")
        self.call(service, menu, DBUSMENU, "AboutToShow", "i", (0,))
        _, layout = self.call(service, menu, DBUSMENU, "GetLayout", "iias", (0, -1, []))
        entries: list[tuple[int, str]] = []

        def walk(children: list[tuple[str, Any]]) -> None:
            for _, (number, properties, grandchildren) in children:
                values = {key: value[1] for key, value in properties.items()}
                if values.get("type") == "separator" or values.get("visible") is False:
                    continue
                entries.append((number, unmnemonic(values.get("label", ""))))
                walk(grandchildren)

        walk(layout[2])
        return entries

    def menu_labels(self, item: str) -> list[str]:
        """The labels of the item's menu, submenus flattened in order; no separators or
        hidden entries; mnemonic underscores taken out."""
        return [label for _, label in self._layout(item)]

    def menu_click(self, item: str, label: str) -> None:
        """Click the entry labelled `label` in the item's menu, as waybar does."""
        service, _ = self._item(item)
        menu = self.sni_property(item, "Menu")
        entries = self._layout(item)
        numbers = [number for number, text in entries if text == label]
        if not numbers:
            raise LookupError(f"no {label!r} in the menu: {[text for _, text in entries]}")
        stamp = int(time.time()) & 0xFFFFFFFF
        self.call(service, menu, DBUSMENU, "Event", "isvu", (0, "opened", ("i", 0), stamp))
        self.call(
            service, menu, DBUSMENU, "Event", "isvu", (numbers[0], "clicked", ("i", 0), stamp)
        )
        self.call(service, menu, DBUSMENU, "Event", "isvu", (0, "closed", ("i", 0), stamp))


def unmnemonic(label: str) -> str:
    """dbusmenu's label without the mnemonic mark: "_Quit" -> "Quit", "a__b" -> "a_b"."""
    return re.sub(r"_(_?)", r"\1", label)


class NotificationSession(Desktop):
    """Xvfb without any tray host, a private session bus and dunst on that screen."""

    name = "x11"

    def __init__(self) -> None:
        super().__init__()
        self.display = ""
        self.runtime = self.folder / "runtime"
        self._xvfb: subprocess.Popen[bytes] | None = None

    def _start(self) -> None:
        self._mkdir(self.runtime, 0o700, own=False)
        self._start_bus()
        read_end, write_end = os.pipe()
        xvfb = self._launch(
            "xvfb",
            [
                need("Xvfb", "xvfb"),
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                f"{SCREEN[0]}x{SCREEN[1]}x24",
                "-nolisten",
                "tcp",
            ],
            {"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
            pass_fds=(write_end,),
        )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()  # Xvfb writes its number once it is ready
        if not number:
            self._alive("xvfb", xvfb)
            raise RuntimeError("Xvfb did not say its display")
        self.display = f":{number}"
        self._start_dunst(
            {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "HOME": str(self.folder),
                "LANG": "C.UTF-8",
                "DISPLAY": self.display,
                "XDG_RUNTIME_DIR": str(self.runtime),
                "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            },
            offset=10,
        )

    def env(self, base: Mapping[str, str]) -> dict[str, str]:
        env = {
            key: value
            for key, value in base.items()
            if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        }
        env.update(
            DISPLAY=self.display,
            XDG_RUNTIME_DIR=str(self.runtime),
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
            QT_QPA_PLATFORM="xcb",
            XDG_SESSION_TYPE="x11",
        )
        return env


def end(process: subprocess.Popen[bytes], grace: float = 5) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=grace)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


@pytest.fixture(scope="module")
def wayland_desktop() -> Iterator[WaylandDesktop]:
    """A headless Wayland desktop (sway, waybar's tray, dunst) for a test module; call
    `reset()` between tests that count notifications."""
    with WaylandDesktop() as desktop:
        yield desktop


@pytest.fixture(scope="module")
def notification_session() -> Iterator[NotificationSession]:
    """An X11 screen without a tray, with dunst, for a test module."""
    with NotificationSession() as session:
        yield session
