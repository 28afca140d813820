"""How much the animated player costs, beside a plain Qt widget in the same run.

    python -m benchmarks.animation

Milliseconds per painted frame at 800x600 for the figure, beside a plain QWidget
repaint; the frames per second while a routine plays; the frames painted while the
window is hidden (which must be 0). Runs offscreen; needs no display.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.common import Row, print_table
from coach.core.clock import SystemClock
from coach.core.figure.motion import figure_at
from coach.journal import Journal
from coach.ui.assets import shipped_routines
from coach.ui.figure import FigureWidget
from coach.ui.live_journal import LiveJournal
from coach.ui.main_window import MainWindow
from coach.ui.style import LIGHT

SIZE = (800, 600)
FRAMES = 300
ROUNDS = 5


class PlainWidget(QWidget):
    """The floor: a widget that fills itself and nothing else."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.end()


def ms_per_frame(widget: QWidget, before_each: object = None) -> float:
    """Median milliseconds to paint one frame of `widget` into an 800x600 image."""
    widget.resize(*SIZE)
    target = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for frame in range(FRAMES):
            if callable(before_each):
                before_each(frame)
            widget.render(target)
        timings.append((time.perf_counter() - start) * 1000 / FRAMES)
    return statistics.median(timings)


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def measure() -> list[Row]:
    qInstallMessageHandler(lambda *message: None)  # offscreen's size-hint chatter
    app = QApplication.instance() or QApplication([])
    plain = ms_per_frame(PlainWidget())
    figure = FigureWidget()

    def walk(frame: int) -> None:
        pose = figure_at("walking", "timed", frame / 30, 120)
        figure.show_pose("walking", pose, False, LIGHT.hold)

    painted = ms_per_frame(figure, walk)

    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.in_folder(Path(folder), SystemClock(), shipped_routines())
        window = MainWindow(LiveJournal(journal))
        window.resize(*SIZE)
        window.show()
        window.start_routine("evening")
        player = window.player
        session = player.session
        assert session is not None
        session.skip()  # the walk: the figure moves all the time
        session.skip()
        player.refresh()
        start_frames, start = player.figure.frames_painted, time.perf_counter()
        run_for(3.0)
        fps = (player.figure.frames_painted - start_frames) / (time.perf_counter() - start)
        window.hide()
        run_for(0.2)
        hidden_start = player.figure.frames_painted
        run_for(2.0)
        hidden = player.figure.frames_painted - hidden_start
        window.show()
        player.stop()
        window.close()
        journal.close()

    app.processEvents()
    return [
        Row("one frame of the figure at 800x600", painted, plain, "ms"),
        Row("frames per second while a routine plays", fps, None, "", "about 30"),
        Row("frames painted while hidden for 2 s", hidden, None, "", "0"),
    ]


if __name__ == "__main__":
    print_table(measure())
