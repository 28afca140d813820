"""One instance: real processes hand over to the running app through its local socket."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import stat
import time

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.system.conftest import Coach


def test_commands_work_on_the_files_with_no_app_running(coach: Coach) -> None:
    assert coach.run("water", "add", "2").stdout == "2 of 8 glasses today.\n"
    status = json.loads(coach.run("status", "--json").stdout)
    assert (status["water"], status["running"]) == ({"today": 2, "goal": 8}, False)
    refused = coach.run("config", "set", "water.goal", "lots")
    assert refused.returncode == 2
    assert refused.stderr == (
        "water.goal must be a whole number from 1 to 30 glasses; 'lots' is not.\n"
    )


def test_a_second_launch_hands_over_and_exits(coach: Coach) -> None:
    first = coach.start()
    second = coach.run()
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    assert coach.run("water", "add", "3").stdout == "3 of 8 glasses today.\n"
    assert coach.running()
    assert first.poll() is None
    assert coach.run("start-routine", "--routine", "trial").returncode == 0
    assert first.poll() is None


def test_only_the_owner_can_connect(coach: Coach) -> None:
    coach.start()
    mode = stat.S_IMODE(coach.socket_path.stat().st_mode)
    assert mode & 0o077 == 0


def test_a_crashed_app_leaves_a_socket_that_the_next_start_recovers(coach: Coach) -> None:
    first = coach.start()
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert coach.socket_path.exists()  # left behind
    assert not coach.running()  # and nobody answers on it
    coach.start()
    assert coach.running()


def test_garbage_is_dropped_and_the_server_goes_on(coach: Coach) -> None:
    coach.start()
    for message in (b"not json\n", b"[1, 2]\n", b'{"command": 7}\n', b"x" * 200_000):
        with socket.socket(socket.AF_UNIX) as client:
            client.connect(str(coach.socket_path))
            client.settimeout(10)
            try:
                client.sendall(message)
                assert client.recv(1024) == b""  # closed without an answer
            except (BrokenPipeError, ConnectionResetError):
                pass  # closed while we were still sending: dropped all the same
    with socket.socket(socket.AF_UNIX) as silent:  # connects and says nothing
        silent.connect(str(coach.socket_path))
        assert coach.running()
    assert coach.run("water", "add").stdout == "1 of 8 glasses today.\n"
    assert os.path.exists(coach.socket_path)


def test_the_running_app_speaks_the_language_it_started_in(coach: Coach) -> None:
    spanish = Coach({**coach.env, "LANG": "es_ES.UTF-8"}, coach.data)
    spanish.apps = coach.apps  # stopped by the fixture
    spanish.start()
    # This command line is English, but the Spanish app does the work and answers.
    assert coach.run("water", "add", "2").stdout == "2 de 8 vasos hoy.\n"


def test_random_messages_never_stop_the_server(coach: Coach) -> None:
    coach.start()
    requests = st.fixed_dictionaries(
        {"command": st.sampled_from(["water-add", "status", "config-get", "ping", "show", "x"])},
        optional={
            "count": st.integers() | st.text(),
            "key": st.text(),
            "json": st.booleans(),
            # The envelope: an id and a deadline, of any type and value.
            "id": st.text(max_size=80) | st.integers() | st.none() | st.lists(st.integers()),
            "deadline": st.floats(allow_nan=True) | st.integers() | st.text() | st.booleans(),
        },
    ).map(lambda request: json.dumps(request).encode() + b"\n")
    messages = (
        st.binary(max_size=2000)
        | requests
        | st.integers(60_000, 300_000).map(lambda size: b"{" * size)  # over the limit
    )

    @settings(max_examples=120, deadline=None)
    @given(message=messages, then=st.sampled_from(["half-close", "close", "read"]))
    @example(message=b'{"command": "status"}\n', then="half-close")
    @example(message=b"\n\n\n", then="read")
    @example(message=b'{"command": "water-add", "count": true}\n', then="read")
    @example(message=b'{"command": "status", "id": [1], "deadline": NaN}\n', then="read")
    @example(message=b'{"command": "status", "id": "x", "deadline": 1e400}\n', then="read")
    def one(message: bytes, then: str) -> None:
        answer = b""
        if then == "read" and not message.endswith(b"\n"):
            then = "half-close"  # else the server would wait 5 s for the rest (tested above)
        with socket.socket(socket.AF_UNIX) as client:
            client.connect(str(coach.socket_path))
            client.settimeout(10)
            try:
                client.sendall(message)
                if then == "close":
                    return
                if then == "half-close":
                    client.shutdown(socket.SHUT_WR)
                while chunk := client.recv(65536):
                    answer += chunk
            except (BrokenPipeError, ConnectionResetError):
                return  # dropped while still sending: a refusal all the same
        if answer:
            reply = json.loads(answer)
            assert reply["code"] in (0, 1, 2)
            assert isinstance(reply["text"], str)

    one()
    assert coach.running()
    assert coach.run("water", "undo").returncode in (0, 2)  # and still does the work
    assert all(app.poll() is None for app in coach.apps)


def test_found_idle_connections_past_the_file_limit_silenced_the_app_for_good(
    coach: Coach,
) -> None:
    """With `ulimit -n 1024` and 1,500 idle connections Qt closed the server, removed the
    socket, and the app never answered again. Here: 128 descriptors, 600 connections."""
    coach.start(files=128)
    idle = []
    try:
        for number in range(600):
            connection = socket.socket(socket.AF_UNIX)
            connection.setblocking(False)
            with contextlib.suppress(BlockingIOError, ConnectionRefusedError, FileNotFoundError):
                connection.connect(str(coach.socket_path))
            idle.append(connection)
            if number % 50 == 0:
                time.sleep(0.05)  # as connections come in: the app accepts them as they do
        time.sleep(1)
        assert coach.socket_path.exists()
    finally:
        for connection in idle:
            connection.close()
    assert json.loads(coach.run("status", "--json").stdout)["running"] is True
    assert coach.run("water", "add").stdout == "1 of 8 glasses today.\n"
