"""The desktop's notification service (org.freedesktop.Notifications), with buttons.

Qt's tray sends its messages there without actions, so a click on them does nothing on
most desktops. This talks to the service itself, through jeepney (pure-Python D-Bus; see
the README for why not desktop-notifier), on the session bus, inside Qt's own event loop:
a QSocketNotifier reads the answers (ActionInvoked, NotificationClosed) when they come.
The service sends them only to the connection that asked, so this keeps one connection.

One notification of each kind ("routine", "water") is shown at a time; a new one of the
same kind replaces it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

import coach

try:  # not on Windows or macOS, where the tray's own messages are used instead
    from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, new_method_call
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import DBusConnection, open_dbus_connection
except ImportError:  # pragma: no cover
    open_dbus_connection = None

log = logging.getLogger(__name__)

CALL_SECONDS = 2.0
ANSWERED_CLOSE_MS = 1000  # a notification service that does not answer in this is not there
SERVICE = "org.freedesktop.Notifications"
DEFAULT = "default"  # the action of a click on the notification's body (the spec's name)
APP_ID = coach.APP_ID  # the icon and the menu entry the server shows with it


class Notifier(QObject):
    """Shows notifications with actions and says which one the person picked."""

    answered = Signal(str, str)  # the notification's kind, the action's key
    closed = Signal(str)  # the notification's kind: dismissed, expired or withdrawn

    def __init__(self, connection: Any, capabilities: set[str], parent: QObject | None) -> None:
        super().__init__(parent)
        self._connection = connection
        self.capabilities = capabilities
        self._shown: dict[int, str] = {}  # the service's id of each notification on show: kind
        self._answered: dict[int, str] = {}  # answered, to be closed if the service did not
        self._staying: set[int] = set()  # shown until answered: withdrawn when the app ends
        self._signals: deque[Any] = deque()
        rule = MatchRule(type="signal", interface=SERVICE, path="/org/freedesktop/Notifications")
        self._filter = connection.filter(rule, queue=self._signals)
        self._reader = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read)

    @classmethod
    def open(cls, parent: QObject | None = None) -> Notifier | None:
        """The service, when this session has one (a D-Bus session bus, and a
        notification server on it or one it can start); else None."""
        if open_dbus_connection is None:
            return None
        try:
            connection = open_dbus_connection("SESSION", auth_timeout=CALL_SECONDS)
        except (KeyError, OSError, ValueError, TimeoutError) as error:  # no session bus
            log.info("no session bus for notifications: %s", error)
            return None
        try:
            rule = MatchRule(type="signal", interface=SERVICE)
            _reply(connection, message_bus.AddMatch(rule))  # servers that broadcast them
            (capabilities,) = _reply(connection, _call("GetCapabilities", ""))
        except (OSError, TimeoutError, NotificationError) as error:
            log.info("no notification service: %s", error)
            connection.close()
            return None
        return cls(connection, set(capabilities), parent)

    @property
    def has_actions(self) -> bool:
        """Whether the service shows buttons; without them only a click on the body is
        reported (the default action), where the service reports even that."""
        return "actions" in self.capabilities

    def show(
        self,
        kind: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        default: str = "",
        stays: bool = False,
    ) -> bool:
        """Show (or replace) the notification of this kind: a click on its body is the
        `default` action (labelled so), its buttons the (key, label) `actions`, where the
        service shows buttons. One that `stays` stays until answered (the service's own
        time-out otherwise). False when the service failed."""
        offered = [(DEFAULT, default)] if default else []
        if self.has_actions:
            offered += actions
        flat = [text for pair in offered for text in pair]
        hints = {
            "desktop-entry": ("s", APP_ID),
            "category": ("s", "x-bedtime-coach.reminder"),
            "urgency": ("y", 1),
            "suppress-sound": ("b", True),  # the app chimes itself, when sound is on
        }
        replaces = next((id for id, shown in self._shown.items() if shown == kind), 0)
        message = _call(
            "Notify",
            "susssasa{sv}i",
            ("Bedtime Coach", replaces, APP_ID, title, body, flat, hints, 0 if stays else -1),
        )
        try:
            (id,) = _reply(self._connection, message)
        except (OSError, TimeoutError, NotificationError) as error:
            log.warning("the notification was not shown: %s", error)
            return False
        finally:
            self._take_signals()
        self._shown.pop(replaces, None)
        self._staying.discard(replaces)
        self._shown[id] = kind
        if stays:
            self._staying.add(id)
        return True

    def withdraw(self, kind: str) -> None:
        """Take the notification of this kind off the screen, if one shows."""
        for id, shown in list(self._shown.items()):
            if shown == kind:
                del self._shown[id]
                self._staying.discard(id)
                self._close(id)

    def inhibited(self) -> bool:
        """Whether the service holds notifications back (Do Not Disturb), where it says
        so (the spec's Inhibited property: KDE, among others)."""
        message = new_method_call(
            _ADDRESS.with_interface("org.freedesktop.DBus.Properties"),
            "Get",
            "ss",
            (SERVICE, "Inhibited"),
        )
        try:
            ((_signature, value),) = _reply(self._connection, message)
        except (OSError, TimeoutError, NotificationError):
            return False  # not said: assume not
        finally:
            self._take_signals()
        return bool(value)

    def _close_answered(self, id: int) -> None:
        if self._answered.pop(id, None) is not None:
            self._close(id)

    def _close(self, id: int) -> None:
        try:
            _reply(self._connection, _call("CloseNotification", "u", (id,)))
        except (OSError, TimeoutError, NotificationError) as error:
            log.info("a notification was not closed: %s", error)
        self._take_signals()

    def close(self) -> None:
        """The app ends (File > Quit, or SIGTERM: the same way out, `DesktopApp.close`):
        what stays until answered is withdrawn, since nothing is left to answer it."""
        for id in list(self._staying):
            if self._shown.pop(id, None) is not None:
                self._close(id)
        self._staying.clear()
        for id in list(self._answered):  # answered, and not yet closed by the service
            self._close_answered(id)
        self._reader.setEnabled(False)
        self._filter.close()
        self._connection.close()

    def _read(self) -> None:
        try:
            while True:
                self._connection.recv_messages(timeout=0)
        except TimeoutError:
            pass  # all read
        except (OSError, ValueError) as error:  # the bus went away
            log.warning("the session bus went away: %s", error)
            self._reader.setEnabled(False)
        self._take_signals()

    def _take_signals(self) -> None:
        """Act on the answers read so far (some arrive while a call waits)."""
        while self._signals:
            signal = self._signals.popleft()
            name = signal.header.fields.get(HeaderFields.member)
            if name == "ActionInvoked":
                id, key = signal.body
                kind = self._shown.pop(id, None)
                if kind is not None:
                    # Answered: most services close it themselves, some (dunst's menu)
                    # leave it. Closing it at once crashes dunst 1.9 on Wayland while
                    # its menu closes; a moment later, it is gone or closed politely.
                    self._answered[id] = kind
                    QTimer.singleShot(ANSWERED_CLOSE_MS, lambda id=id: self._close_answered(id))
                    self.answered.emit(kind, key)
            elif name == "NotificationClosed":
                id = signal.body[0]
                self._answered.pop(id, None)
                kind = self._shown.pop(id, None)
                if kind is not None:
                    self.closed.emit(kind)


class NotificationError(RuntimeError):
    """The service answered with an error."""


_ADDRESS: Any = (
    DBusAddress("/org/freedesktop/Notifications", bus_name=SERVICE, interface=SERVICE)
    if open_dbus_connection is not None
    else None
)


def _call(method: str, signature: str, body: tuple[Any, ...] = ()) -> Any:
    return new_method_call(_ADDRESS, method, signature, body)


def _reply(connection: DBusConnection, message: Message) -> tuple[Any, ...]:
    reply = connection.send_and_get_reply(message, timeout=CALL_SECONDS)
    if reply.header.message_type == MessageType.error:
        error = reply.header.fields.get(HeaderFields.error_name, "")
        raise NotificationError(f"{error}: {reply.body}")
    body: tuple[Any, ...] = reply.body
    return body
