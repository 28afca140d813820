"""The composition root: claim the one instance, open the journal, build the desktop on
it, answer requests from later launches, and run the event loop; close it all on quit."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

# isort: split
# First after PySide6, so that no module imported after this one is read by its scan.
import coach.ui.pyside_import  # noqa: F401

# isort: split
from coach import APP_ID, __version__
from coach.core.clock import SystemClock
from coach.core.text import translate
from coach.journal import Journal, NotSavedError
from coach.store.failure import reason
from coach.store.failure_log import write_failure
from coach.store.history import HistoryError
from coach.store.paths import Paths
from coach.ui.assets import app_icon, shipped_routines
from coach.ui.desktop import DesktopApp
from coach.ui.instance import Address, InstanceServer, StartingError, claim
from coach.ui.translations import install_translations

if TYPE_CHECKING:
    from coach.ui.notifications import Notifier


def run_app(paths: Paths, request: dict[str, Any]) -> int:
    """Start the app for `request` (show, hidden, start-routine), until it quits; or hand
    the request to the app that is running or starting already."""
    try:
        paths.create()
        lock = claim(paths.config_dir, request)
    except OSError as error:
        message = translate("App", "Bedtime Coach cannot start: {error}.")
        return cannot_start(message.format(error=reason(error, paths.config_dir)))
    except StartingError as error:
        return cannot_start(str(error))
    if lock is None:
        return 0  # the running app took the request
    # X11's WM_CLASS is (RESOURCE_NAME, the application name): "bedtime-coach", as the
    # menu entry's StartupWMClass says, whatever the program file is called.
    os.environ.setdefault("RESOURCE_NAME", "bedtime-coach")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Bedtime Coach")  # also the title of the tray item (SNI)
    app.setApplicationDisplayName("Bedtime Coach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    quit_on_signals(app)  # before any window shows: a logout's SIGTERM may come at once
    install_translations(app)

    try:
        journal = Journal.open(paths, SystemClock(), shipped_routines())
    except (OSError, sqlite3.Error, HistoryError) as error:
        message = translate(
            "App", "Bedtime Coach cannot open its history, so it cannot start: {error}."
        ).format(error=reason(error, paths.data_dir))
        return cannot_start(message)

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
    desktop = DesktopApp(
        app,
        journal,
        with_tray=QSystemTrayIcon.isSystemTrayAvailable(),
        open_notifier=open_notifier,
    )
    if notice:
        print(notice, file=sys.stderr)
        desktop.show_notice(notice)
    desktop.start(request)
    say_failures(paths, desktop)
    try:
        return app.exec()
    finally:
        server.close()
        desktop.close()
        lock.unlock()


def open_notifier() -> Notifier | None:
    """The desktop's notification service, on the session bus; None where there is none.
    Imported here, when first needed: jeepney and the connection are 2 MB and 8 ms."""
    from coach.ui.notifications import Notifier

    return Notifier.open()


def cannot_start(message: str) -> int:
    """Say why the app cannot start where the person will see it: on the terminal, and in
    a dialog (a start from the menu has no terminal)."""
    print(message, file=sys.stderr)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QMessageBox.critical(None, translate("App", "Bedtime Coach"), message)
    return 1


def say_failures(paths: Paths, desktop: DesktopApp) -> None:
    """The running app's boundary: an error no code expected is written to the failure
    log with its traceback and said in the window in one sentence; the app goes on."""

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        if not isinstance(error, Exception):
            sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]
            return
        log = write_failure(paths, error, "running app")
        message = translate("App", "Something went wrong: {error}.").format(
            error=str(error) or kind.__name__
        )
        if log is not None:
            message += " " + translate("App", "The details are in {log}.").format(log=log)
        print(message, file=sys.stderr)
        desktop.show_notice(message)

    sys.excepthook = hook


def quit_on_signals(app: QCoreApplication) -> None:
    """Quit cleanly on SIGINT and SIGTERM, so a run in progress is recorded as stopped;
    also when one comes before the event loop runs (it then ends as soon as it starts).

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
        # A zero timer, not exit() at once: before the loop runs, exit() does nothing.
        # exit(), not quit(), as DesktopApp.quit, for the same reason.
        signal.signal(number, lambda *_: QTimer.singleShot(0, lambda: app.exit(0)))
