"""Run a Qt program and, at its first painted window (or tray icon), print the wall
clock and exit at once. Used by startup.py: `python -m benchmarks.first_paint window|tray
app|bare|widgets|chooser ARGS...`.

`widgets` and `chooser` tell where the app's start-up goes: the widgets of its first
screen in plain PySide6, and that screen made by the app alone (styles, routines,
window), without the history, tray, reminders and socket of the running app."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

TRAY_CLASS = "QSystemTrayIconSys"  # the widget an XEmbed tray host embeds


class FirstPaint(QObject):
    def __init__(self, wanted: str) -> None:
        super().__init__()
        self._wanted = wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = event.type() == QEvent.Type.Paint
        if painted and isinstance(watched, QWidget) and watched.isWindow():
            tray = watched.metaObject().className() == TRAY_CLASS
            if tray == (self._wanted == "tray"):
                print(f"{time.time():.6f}", flush=True)
                os._exit(0)  # the moment is taken; nothing after it is measured
        return False


def timed_application(wanted: str) -> type[QApplication]:
    class Timed(QApplication):
        def __init__(self, arguments: list[str]) -> None:
            super().__init__(arguments)
            self._first_paint = FirstPaint(wanted)
            self.installEventFilter(self._first_paint)

    return Timed


def bare_window(application: type[QApplication]) -> None:
    from PySide6.QtWidgets import QMainWindow

    app = application([])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(900, 640)
    window.show()
    app.exec()


def bare_tray(application: type[QApplication]) -> None:
    from PySide6.QtGui import QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QSystemTrayIcon

    app = application([])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("navy"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.show()
    app.exec()


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
    if which in ("widgets", "chooser"):
        (bare_widgets if which == "widgets" else chooser_alone)(Application)
        return
    import coach.app

    coach.app.QApplication = Application  # type: ignore[misc]
    from coach.cli import main as coach_main

    sys.exit(coach_main(arguments))


if __name__ == "__main__":
    main()
