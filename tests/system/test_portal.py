"""Start at login inside a Flatpak goes through the Background portal: asked on a real
session bus of its own, of a stand-in portal that answers as xdg-desktop-portal does."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coach.store import autostart, background_portal
from tests.system.conftest import need


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    daemon = subprocess.Popen(
        [need("dbus-daemon", "dbus-daemon"), "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


def serve_portal(address: str, asked: list[dict[str, Any]], answer: int) -> threading.Event:
    """A portal that takes one RequestBackground and answers `answer` (0 yes, 1 no)."""
    from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    ready = threading.Event()

    def serve() -> None:
        with open_dbus_connection(address) as connection:
            connection.send_and_get_reply(message_bus.RequestName(background_portal.PORTAL))
            ready.set()
            while True:
                call = connection.receive(timeout=20)
                fields = call.header.fields
                if call.header.message_type == MessageType.method_call and (
                    fields.get(HeaderFields.member) == "RequestBackground"
                ):
                    break
            _parent, options = call.body
            asked.append(options)
            sender = fields[HeaderFields.sender].lstrip(":").replace(".", "_")
            token = options["handle_token"][1]
            request = f"{background_portal.PORTAL_PATH}/request/{sender}/{token}"
            connection.send(new_method_return(call, "o", (request,)))
            results = {"background": ("b", True), "autostart": options["autostart"]}
            where = DBusAddress(request, interface="org.freedesktop.portal.Request")
            connection.send(new_signal(where, "Response", "ua{sv}", (answer, results)))

    threading.Thread(target=serve, daemon=True).start()
    assert ready.wait(10)
    return ready


def test_inside_a_flatpak_start_at_login_asks_the_background_portal(
    session_bus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background_portal, "in_flatpak", lambda: True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    asked: list[dict[str, Any]] = []
    serve_portal(session_bus, asked, answer=0)
    autostart.apply(True, platform="linux")
    [options] = asked
    assert options["autostart"] == ("b", True)
    assert options["commandline"][1][-1] == "--hidden"
    assert options["reason"][1].startswith("To remind you")
    assert not (tmp_path / "autostart").exists()  # the sandbox writes no entry itself


def test_a_portal_that_says_no_is_said(session_bus: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background_portal, "in_flatpak", lambda: True)
    serve_portal(session_bus, [], answer=1)
    with pytest.raises(background_portal.PortalError, match="did not allow it"):
        autostart.apply(True, platform="linux")


def test_without_a_portal_the_reason_is_said(
    session_bus: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background_portal, "in_flatpak", lambda: True)
    with pytest.raises(background_portal.PortalError, match="no Background portal"):
        autostart.apply(True, platform="linux")
