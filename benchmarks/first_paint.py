"""Run a Qt program and, at its first painted window (or tray icon), print the wall
clock and exit at once. Used by startup.py: `python -m benchmarks.first_paint window|tray
app|bare|menu|widgets|chooser ARGS...`.

How the moment is seen, the same way for the app and every bare program: a native
filter reads the X events (xcb) the application receives, with no Python between Qt's
objects and their events; at the first Expose of the wanted window (the tray icon is the
XEmbed widget QSystemTrayIconSys, a window is any other top-level widget) it installs an
event filter on that one widget; at that widget's first Paint it asks for the moment
right after the paint returns (a zero timer), when the frame has gone to the X server.
An application-wide Python event filter would wrap Qt's internal objects in Python and
make PySide6 build every class it meets, which slows a bare program far more than the
app, so it is not used.

With BEDTIME_BENCH_VERIFY=1 in the environment, the program also reads the window's
pixels back from the X server at the moment, and exits with status 3 unless they are the
frame the widget paints (see `painted`); startup.py --verify, every `make bench` and
tests/system/test_bench_first_frame.py run that.

`menu` is the floor of the tray goal: a bare tray icon with a ten-item menu that touches
`Qt`. `widgets` and `chooser` tell where the app's start-up goes: the widgets of its
first screen in plain PySide6, and that screen made by the app alone (styles, routines,
window), without the history, tray, reminders and socket of the running app."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QEvent, QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import VoidPtr

TRAY_CLASS = "QSystemTrayIconSys"  # the widget an XEmbed tray host embeds
XCB_EXPOSE = 12  # xcb_expose_event_t: response_type (u8), pad, sequence (u16), window (u32)
VERIFY = os.environ.get("BEDTIME_BENCH_VERIFY") == "1"
NOT_PAINTED = 3  # the exit status when verification finds no frame


def painted(widget: QWidget) -> str:
    """Why the widget's frame is not on the X server, or "" when it is: the window's
    pixels as the server has them (GetImage on Qt's connection, so after every request
    Qt has made) are those the widget paints when asked (its opaque ones; a tray icon
    shows the tray's background through the rest)."""
    drawn = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    shown = widget.screen().grabWindow(int(widget.winId())).toImage()
    shown = shown.convertToFormat(QImage.Format.Format_ARGB32)
    if shown.size() != drawn.size():
        return f"the server has {shown.width()}x{shown.height()} pixels, the widget other"
    step = max(1, drawn.width() // 80)
    opaque = same = 0
    for y in range(0, drawn.height(), step):
        for x in range(0, drawn.width(), step):
            pixel = drawn.pixel(x, y)
            if pixel >> 24 == 0xFF:
                opaque += 1
                same += (shown.pixel(x, y) & 0xFFFFFF) == (pixel & 0xFFFFFF)
    if not opaque:
        return "the widget paints nothing opaque"
    if same < opaque * 0.98:
        return f"{opaque - same} of {opaque} pixels read back differ from the widget's"
    return ""


class FirstFrame(QAbstractNativeEventFilter):
    """Sees the wanted window's first Expose natively, then its first Paint on it alone."""

    def __init__(self, wanted: str) -> None:
        super().__init__()
        self._tray = wanted == "tray"
        self._watched: set[int] = set()
        self._paint = PaintWatch()

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        # `message` comes as a size-less VoidPtr (the stubs say int): read 8 bytes of it.
        event = bytes(VoidPtr(int(message), 8, False))  # type: ignore[call-arg, call-overload]
        if event[0] & 0x7F == XCB_EXPOSE:
            window_id = int.from_bytes(event[4:8], sys.byteorder)
            if window_id not in self._watched:
                self._watched.add(window_id)
                self._exposed(window_id)
        return False, 0

    def _exposed(self, window_id: int) -> None:
        widget = QWidget.find(window_id)
        if widget is None or not widget.isWindow():
            return
        if (widget.metaObject().className() == TRAY_CLASS) != self._tray:
            return
        widget.installEventFilter(self._paint)


class PaintWatch(QObject):
    """Installed on the wanted widget only: its first Paint, then the moment after it."""

    def __init__(self) -> None:
        super().__init__()
        self._widget: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._widget is None and event.type() == QEvent.Type.Paint:
            assert isinstance(watched, QWidget)
            self._widget = watched
            QTimer.singleShot(0, self._done)  # runs once the paint and its flush return
        return False

    def _done(self) -> None:
        moment = time.time()
        status = 0
        if VERIFY and self._widget is not None:
            problem = painted(self._widget)
            if problem:
                print(f"not painted: {problem}", file=sys.stderr, flush=True)
                status = NOT_PAINTED
        print(f"{moment:.6f}", flush=True)
        os._exit(status)  # the moment is taken; nothing after it is measured


def timed_application(wanted: str) -> type[QApplication]:
    class Timed(QApplication):
        def __init__(self, arguments: list[str]) -> None:
            super().__init__(arguments)
            self._first_frame = FirstFrame(wanted)
            self.installNativeEventFilter(self._first_frame)

    return Timed


def bare_window(application: type[QApplication]) -> None:
    from PySide6.QtWidgets import QMainWindow

    app = application([])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(900, 640)
    window.show()
    app.exec()


def bare_tray(application: type[QApplication], menu: bool = False) -> None:
    """An icon in the tray; with `menu`, the floor of the tray goal: the same icon with a
    ten-item menu whose building touches `Qt`, as any tray app's menu does."""
    from PySide6.QtGui import QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QMenu, QSystemTrayIcon

    app = application([])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("navy"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    if menu:
        from PySide6.QtCore import Qt

        items = QMenu()
        for number in range(10):
            action = items.addAction(f"Item {number + 1}")
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        icon.setContextMenu(items)
    icon.show()
    app.exec()


def bare_tray_with_menu(application: type[QApplication]) -> None:
    bare_tray(application, menu=True)


def bare_widgets(application: type[QApplication]) -> None:
    """The first screen's widgets and style in plain PySide6, none of the app's code."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QMainWindow,
        QProxyStyle,
        QPushButton,
        QStackedWidget,
        QStyleFactory,
        QTabWidget,
        QVBoxLayout,
    )

    app = application([])
    app.setStyle(QProxyStyle(QStyleFactory.create("Fusion")))
    chooser = QWidget()
    layout = QVBoxLayout(chooser)
    layout.addWidget(QLabel("Tonight's routine"))
    routines = QComboBox()
    routines.addItems(["Evening routine", "Trial protocol", "Cramp relief"])
    layout.addWidget(routines)
    layout.addWidget(QLabel("Wall calf stretch for each leg, a slow walk, a calf massage."))
    layout.addWidget(QPushButton("Start"))
    QShortcut(QKeySequence(Qt.Key.Key_Return), chooser)
    pages = QStackedWidget()
    pages.addWidget(chooser)
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    tabs.addTab(pages, "Tonight")
    for title in ("Water", "Diary", "History", "Walking", "About the advice"):
        tabs.addTab(QWidget(), title)
    window = QMainWindow()
    window.setCentralWidget(tabs)
    window.resize(900, 640)
    window.show()
    app.exec()


def chooser_alone(application: type[QApplication]) -> None:
    """The app's first screen as the app makes it, and nothing else of the app."""
    from coach.core.clock import SystemClock
    from coach.journal import Journal
    from coach.ui.assets import app_icon, shipped_routines
    from coach.ui.live_journal import LiveJournal
    from coach.ui.main_window import MainWindow
    from coach.ui.style import apply_theme

    app = application([])
    app.setWindowIcon(app_icon())
    theme = apply_theme(app, "system")
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.in_folder(Path(folder), SystemClock(), shipped_routines())
        window = MainWindow(LiveJournal(journal))
        window.set_theme(theme)
        window.show()
        app.exec()
        journal.close()


def main() -> None:
    wanted, which, *arguments = sys.argv[1:]
    Application = timed_application(wanted)  # noqa: N806
    if which == "bare":
        (bare_tray if wanted == "tray" else bare_window)(Application)
        return
    programs = {"menu": bare_tray_with_menu, "widgets": bare_widgets, "chooser": chooser_alone}
    if which in programs:
        programs[which](Application)
        return
    # The app makes its QApplication wherever its start path does; every later
    # `from PySide6.QtWidgets import QApplication` gets the timed one.
    QtWidgets.QApplication = Application  # type: ignore[misc]
    from coach.cli import main as coach_main

    sys.exit(coach_main(arguments))


if __name__ == "__main__":
    main()
