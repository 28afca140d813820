"""The composition root: claim the one instance, open the journal, build the desktop on
it, answer requests from later launches, and run the event loop; close it all on quit."""

from __future__ import annotations

import signal
import socket
import sqlite3
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from coach import __version__
from coach.core.clock import SystemClock
from coach.core.text import translate
from coach.journal import Journal, NotSavedError
from coach.store.failure import reason
from coach.store.history import HistoryError
from coach.store.paths import Paths
from coach.ui.assets import app_icon, shipped_routines
from coach.ui.desktop import DesktopApp
from coach.ui.instance import Address, InstanceServer, StartingError, claim
from coach.ui.translations import install_translations


def run_app(paths: Paths, request: dict[str, Any]) -> int:
    """Start the app for `request` (show, hidden, start-routine), until it quits; or hand
    the request to the app that is running or starting already."""
    try:
        paths.create()
        lock = claim(paths.config_dir, request)
    except (OSError, StartingError) as error:
        print(error, file=sys.stderr)
        return 1
    if lock is None:
        return 0  # the running app took the request
    app = QApplication(sys.argv[:1])
    app.setApplicationName("bedtime-coach")
    app.setApplicationDisplayName("Bedtime Coach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("bedtime-coach")
    app.setWindowIcon(app_icon())
    install_translations(app)

    try:
        journal = Journal.open(paths, SystemClock(), shipped_routines())
    except (OSError, sqlite3.Error, HistoryError) as error:
        message = translate(
            "App", "Bedtime Coach cannot open its history, so it cannot start: {error}."
        ).format(error=reason(error, paths.data_dir))
        print(message, file=sys.stderr)
        QMessageBox.critical(None, translate("App", "Bedtime Coach"), message)
        return 1

    desktop: DesktopApp | None = None

    def handle(request: dict[str, Any]) -> dict[str, Any]:
        # Requests are read by the event loop, which runs only once `desktop` is built.
        assert desktop is not None
        return desktop.handle(request)

    server = InstanceServer(Address(paths.config_dir), handle)
    if not server.listen():
        journal.close()
        print(server.error(), file=sys.stderr)
        return 1

    journal.running = True
    notice, journal.notice = journal.notice, None
    try:
        # The person always finds a valid file to look at; a broken one was kept aside.
        journal.keep_settings_file()
    except NotSavedError as failure:
        notice = f"{notice} {failure}" if notice else str(failure)
    desktop = DesktopApp(app, journal, with_tray=QSystemTrayIcon.isSystemTrayAvailable())
    if notice:
        print(notice, file=sys.stderr)
        desktop.window.show_notice(notice)
    desktop.start(request)
    quit_on_signals(app)
    try:
        return app.exec()
    finally:
        server.close()
        desktop.close()
        lock.unlock()


def quit_on_signals(app: QCoreApplication) -> None:
    """Quit cleanly on SIGINT and SIGTERM, so a run in progress is recorded as stopped.

    Python runs signal handlers only when it holds the thread; the wake-up socket
    gives Qt's event loop something to wake for, so no polling timer is needed.
    """
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    # Detached, the sending end lives as long as the process; the slot keeps the other.
    signal.set_wakeup_fd(sender.detach())
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: receiver.recv(64))
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
