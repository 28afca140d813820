"""Start at login from inside a Flatpak: the Background portal.

A sandboxed app cannot write ~/.config/autostart; it asks the desktop instead
(org.freedesktop.portal.Background.RequestBackground), which may ask the person. The
answer comes as a Response signal on a request object whose path is known before asking,
so the signal is listened for first (the portal's documented way to avoid a race).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
ANSWER_SECONDS = 120.0  # the desktop may show the person a dialog and wait for them
REASON = "To remind you of your evening stretches at bedtime."
FLATPAK_INFO = Path("/.flatpak-info")


def in_flatpak(info: Path = FLATPAK_INFO) -> bool:
    return info.exists()


class PortalError(OSError):
    """The portal refused, or could not be asked."""


def request_background(autostart: bool, command: list[str]) -> None:
    """Ask the desktop to start `command` at login (or no longer); PortalError if it
    says no or cannot be asked."""
    from jeepney import DBusAddress, MatchRule, MessageType, new_method_call
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    try:
        connection = open_dbus_connection("SESSION")
    except (KeyError, OSError, ValueError, TimeoutError) as error:
        raise _refused(f"no session bus to ask the desktop on ({error})") from None
    with connection:
        token = f"bedtime_coach_{secrets.token_hex(8)}"
        sender = connection.unique_name.lstrip(":").replace(".", "_")
        request = f"{PORTAL_PATH}/request/{sender}/{token}"
        rule = MatchRule(
            type="signal",
            interface="org.freedesktop.portal.Request",
            member="Response",
            path=request,
        )
        connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
        options: dict[str, tuple[str, Any]] = {
            "handle_token": ("s", token),
            "reason": ("s", REASON),
            "autostart": ("b", autostart),
            "commandline": ("as", command),
            "dbus-activatable": ("b", False),
        }
        portal = DBusAddress(PORTAL_PATH, PORTAL, "org.freedesktop.portal.Background")
        ask = new_method_call(portal, "RequestBackground", "sa{sv}", ("", options))
        with connection.filter(rule) as answers:
            try:
                reply = connection.send_and_get_reply(ask, timeout=5)
                if reply.header.message_type == MessageType.error:
                    raise _refused(f"the desktop has no Background portal ({reply.body})")
                response = connection.recv_until_filtered(answers, timeout=ANSWER_SECONDS)
            except TimeoutError:
                raise _refused("the desktop did not answer") from None
    code, results = response.body
    allowed = results.get("autostart", ("b", False))[1]
    if code != 0 or allowed != autostart:
        raise _refused("the desktop did not allow it")


def _refused(why: str) -> PortalError:
    return PortalError(f"the desktop was asked to start Bedtime Coach at login: {why}")
