"""Security: no network at all, a socket for its owner only, no input run as code."""

from __future__ import annotations

import ast
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.system.conftest import QUICK, ROOT, Coach, coach_command, need, wait_for

NOBODY = 65534


def test_a_whole_session_with_networking_blocked_never_tries_it(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    """In a network namespace of its own (no network at all), traced: every socket the
    app and its sound helpers open is a local one."""
    need("strace", "strace")
    need("unshare", "util-linux")
    if os.geteuid() != 0:
        pytest.skip("a network namespace of its own needs root (CI runs as root)")
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps(QUICK))
    trace = tmp_path / "trace"
    env = {**app_env, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [
            "unshare", "--net",
            "strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace),
            *coach_command("--data-dir", str(data), "start-routine"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    coach = Coach(app_env, data)
    try:
        wait_for(coach.running)
        time.sleep(3)  # holds and rests, with their sounds
        assert coach.run("water", "add").returncode == 0
        assert coach.run("config", "set", "water.goal", "7").returncode == 0
        assert coach.run("status").returncode == 0
    finally:
        # The app is strace's child; SIGTERM to it, as a logout would: it records the run.
        children = Path(f"/proc/{app.pid}/task/{app.pid}/children").read_text().split()
        for child in children:
            os.kill(int(child), signal.SIGTERM)
        app.wait(timeout=30)
    with sqlite3.connect(data / "history.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM routine_runs").fetchone() == (1,)
    db.close()
    calls = trace.read_text().splitlines()
    families = {call.split("socket(", 1)[1].split(",")[0] for call in calls if "socket(" in call}
    # Local sockets (X, the instance, D-Bus) and the kernel's device events (the sound
    # helper watches for audio devices): nothing that can reach another machine.
    assert families <= {"AF_UNIX", "AF_NETLINK"}
    assert "AF_UNIX" in families
    assert not [call for call in calls if "AF_INET" in call or "AF_PACKET" in call]


def test_the_local_socket_refuses_other_users(coach: Coach) -> None:
    if os.geteuid() != 0:
        pytest.skip("trying as another user needs root (CI runs as root)")
    coach.start()
    attempt = subprocess.run(
        [
            "/usr/bin/python3",  # the venv's may be in a home folder nobody else can read
            "-c",
            "import socket, sys\n"
            "client = socket.socket(socket.AF_UNIX)\n"
            "try:\n"
            f"    client.connect({str(coach.socket_path)!r})\n"
            "except PermissionError:\n"
            "    sys.exit(13)\n",
        ],
        user=NOBODY,
        group=NOBODY,
        extra_groups=[],
        capture_output=True,
        timeout=30,
    )
    assert attempt.returncode == 13, attempt.stderr
    assert coach.running()  # and the owner still gets in


# What would run text from a file, the socket or the command line as code.
BUILTINS = {"eval", "exec", "compile", "__import__"}
OS_SHELL = {"system", "popen", "execl", "execlp", "execv", "execvp", "spawnl", "spawnv"}
UNSAFE_MODULES = {"pickle", "marshal", "shelve", "yaml", "dill", "cloudpickle"}


def test_no_input_is_ever_evaluated_as_code() -> None:
    found = []
    for path in sorted((ROOT / "coach").rglob("*.py")):
        if path.name == "resources_rc.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [alias.name for alias in node.names]
                module = getattr(node, "module", None) or ""
                if {module.split(".")[0], *(n.split(".")[0] for n in names)} & UNSAFE_MODULES:
                    found.append(f"{where} imports {module or names}")
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id in BUILTINS:
                    found.append(f"{where} calls {func.id}")
                owner = getattr(getattr(func, "value", None), "id", "")
                if isinstance(func, ast.Attribute) and owner == "os" and func.attr in OS_SHELL:
                    found.append(f"{where} calls os.{func.attr}")
                if any(k.arg == "shell" for k in node.keywords):
                    found.append(f"{where} passes shell=")
    assert found == []


def as_nobody(code: str, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    """Run Python `code` as another local user (nobody), as a hostile neighbour would."""
    return subprocess.run(
        ["/usr/bin/python3", "-c", code, *arguments],
        user=NOBODY,
        group=NOBODY,
        extra_groups=[],
        capture_output=True,
        timeout=30,
    )


def test_found_another_user_cannot_take_the_socket_before_the_app_starts(coach: Coach) -> None:
    """The socket was in /tmp under a name anyone could work out: another user who made
    it first stopped the app from starting, or answered its command line."""
    if os.geteuid() != 0:
        pytest.skip("trying as another user needs root (CI runs as root)")
    coach.run("status")  # the folders exist, as after any first use
    squat = as_nobody(
        "import socket, sys\n"
        "server = socket.socket(socket.AF_UNIX)\n"
        "try:\n"
        "    server.bind(sys.argv[1])\n"
        "except PermissionError:\n"
        "    sys.exit(13)\n",
        str(coach.socket_path),
    )
    assert squat.returncode == 13, squat.stderr
    coach.start()
    assert coach.run("water", "add").stdout == "1 of 8 glasses today.\n"


def test_found_the_command_line_says_nothing_to_another_users_listener() -> None:
    """Even where another user could listen at the address (a shared folder), the command
    line checks who listens before it sends a word, and so never reads made-up answers."""
    if os.geteuid() != 0:
        pytest.skip("trying as another user needs root (CI runs as root)")
    from coach.ui.instance import Address, send

    shared = Path(tempfile.mkdtemp(prefix="bedtime-coach-shared-"))  # in /tmp: anyone enters
    shared.chmod(0o777)
    heard = shared / "heard"
    listener = subprocess.Popen(
        [
            "/usr/bin/python3",
            "-c",
            "import socket, sys\n"
            "server = socket.socket(socket.AF_UNIX)\n"
            "server.bind(sys.argv[1]); server.listen(); print('ready', flush=True)\n"
            "client, _ = server.accept()\n"
            "client.settimeout(5)\n"
            "open(sys.argv[2], 'wb').write(client.recv(65536))\n"
            'client.sendall(b\'{"code": 0, "text": "made up", "notice": null}\\n\')\n',
            str(shared / "instance.socket"),
            str(heard),
        ],
        user=NOBODY,
        group=NOBODY,
        extra_groups=[],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it says "broken pipe" when it is dropped
    )
    try:
        assert listener.stdout is not None
        assert listener.stdout.readline() == b"ready\n"
        assert send(Address(shared), {"command": "cramp-add", "note": "private"}) is None
        listener.wait(timeout=10)
        assert heard.read_bytes() == b""  # not a byte of the request
    finally:
        listener.kill()
        listener.communicate()
        shutil.rmtree(shared)


def test_found_a_lock_file_of_zero_bytes_or_garbage_never_blocks_a_start(coach: Coach) -> None:
    """Each launch waited 60 s, then said another Bedtime Coach was starting."""
    coach.run("status")
    lock = coach.data / "running.lock"
    for content in (b"", b"\x00garbage\xff" * 100, b"1\nbedtime-coach\nhost\n"):
        lock.write_bytes(content)
        started = time.monotonic()
        app = coach.start()
        assert time.monotonic() - started < 20
        app.terminate()
        app.wait(timeout=30)


def test_found_tmpdir_does_not_decide_where_the_socket_is(coach: Coach, tmp_path: Path) -> None:
    """Started with TMPDIR=/tmp/A, the app was not found by a command line without it."""
    elsewhere = tmp_path / "A"
    elsewhere.mkdir()
    coach.env["TMPDIR"] = str(elsewhere)
    coach.start()
    del coach.env["TMPDIR"]
    assert json.loads(coach.run("status", "--json").stdout)["running"] is True


def test_a_data_folder_too_long_for_a_socket_path_still_finds_its_app(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    long = Coach(app_env, deep)
    app = long.start()
    try:
        assert long.run("water", "add").stdout == "1 of 8 glasses today.\n"
        assert json.loads(long.run("status", "--json").stdout)["running"] is True
    finally:
        app.terminate()
        app.wait(timeout=30)
