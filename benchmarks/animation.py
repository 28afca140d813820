"""How much the animated player costs, beside floors measured in the same run.

    python -m benchmarks.animation [--seconds 15]

- The figure's frame cost: milliseconds per painted frame at 800x600 while it walks (a new
  pose every frame), beside the plain stick figure it replaced (benchmarks/stick_figure.py)
  and a plain QWidget fill.
- The CPU a playing routine costs: the main window plays the evening routine (one
  repetition of the calf stretch, hold and rest; then the walk) and the process's CPU time
  is read over a fixed number of seconds; the floor is a bare QWidget of the same size
  repainting at the same frame rate, read the same way in the same process.
- The frames painted while the window is hidden (which must be 0).

Runs offscreen; needs no display. Ratios only: the machine's speed cancels out.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.common import Row, print_table
from benchmarks.stick_figure import StickFigure
from coach.core.clock import SystemClock
from coach.core.figure.motion import figure_at
from coach.journal import Journal
from coach.ui.assets import shipped_routines
from coach.ui.figure import FigureWidget
from coach.ui.live_journal import LiveJournal
from coach.ui.main_window import MainWindow
from coach.ui.player import FRAME_MS
from coach.ui.style import LIGHT

SIZE = (800, 600)
FRAMES = 300
ROUNDS = 5


class PlainWidget(QWidget):
    """The floor: a widget that fills itself and nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.frames_painted = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frames_painted += 1
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.end()


def ms_per_frame(widget: QWidget, before_each: Callable[[int], None] | None = None) -> float:
    """Median milliseconds to paint one frame of `widget` into an 800x600 image."""
    widget.resize(*SIZE)
    target = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for frame in range(FRAMES):
            if before_each is not None:
                before_each(frame)
            widget.render(target)
        timings.append((time.perf_counter() - start) * 1000 / FRAMES)
    return statistics.median(timings)


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def cpu_over(seconds: float) -> float:
    """Milliseconds of this process's CPU per second while its event loop runs."""
    start = time.process_time()
    run_for(seconds)
    return (time.process_time() - start) * 1000 / seconds


def walking(figure: FigureWidget) -> Callable[[int], None]:
    def walk(frame: int) -> None:
        pose = figure_at("walking", "timed", frame / 30, 120)
        figure.show_pose("walking", pose, False, LIGHT.hold)

    return walk


def bare_cpu(seconds: float) -> tuple[float, float]:
    """The floor: CPU per second and frames per second of a bare QWidget of the window's
    size, repainted whole by a timer at the player's frame rate."""
    bare = PlainWidget()
    bare.resize(*SIZE)
    frames = QTimer()
    frames.setInterval(FRAME_MS)
    frames.timeout.connect(bare.update)
    bare.show()
    run_for(0.5)
    frames.start()
    run_for(0.5)
    painted = bare.frames_painted
    cpu = cpu_over(seconds)
    fps = (bare.frames_painted - painted) / seconds
    frames.stop()
    bare.close()
    return cpu, fps


def measure(seconds: float = 15.0) -> list[Row]:
    qInstallMessageHandler(lambda *message: None)  # offscreen's size-hint chatter
    app = QApplication.instance() or QApplication([])
    plain = ms_per_frame(PlainWidget())
    stick = StickFigure()
    stick_ms = ms_per_frame(stick, walking(stick))
    figure = FigureWidget()
    figure_ms = ms_per_frame(figure, walking(figure))

    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.in_folder(Path(folder), SystemClock(), shipped_routines())
        window = MainWindow(LiveJournal(journal))
        window.resize(*SIZE)
        window.show()
        run_for(0.5)
        window.start_routine("evening")  # the first repetition of the calf stretch
        player = window.player
        session = player.session
        assert session is not None
        stretch = cpu_over(seconds)
        session.skip()  # the calf stretch's other leg, then the walk
        session.skip()
        player.refresh()
        run_for(0.5)
        start_frames, start = player.figure.frames_painted, time.perf_counter()
        walk = cpu_over(seconds)
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
    bare, bare_fps = bare_cpu(seconds)
    app.processEvents()
    return [
        Row("one frame of the figure at 800x600, walking", figure_ms, stick_ms, "ms",
            "at most 1.5x the stick figure", 1.5),
        Row("  the plain stick figure (floor)", stick_ms, plain, "ms"),
        Row("CPU while a stretch plays (hold, rest), per s", stretch, bare, "ms",
            "at most 2x a bare repaint", 2.0),
        Row("CPU while the walk plays, per s", walk, bare, "ms", "at most 2x a bare repaint",
            2.0),
        Row("  a bare widget repainting at the same rate", bare, None, "ms"),
        Row("frames per second while a routine plays", fps, bare_fps, "", "about 30"),
        Row("frames painted while hidden for 2 s", hidden, None, "", "0"),
    ]  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15.0)
    print_table(measure(parser.parse_args().seconds))
