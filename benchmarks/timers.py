"""Timer accuracy: a 10-minute routine played in real time (offscreen); each cue's
lateness against its planned instant, and whether lateness grows with time.

    python -m benchmarks.timers [--minutes 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from benchmarks.common import Row, print_table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(minutes: float = 10.0) -> list[Row]:
    from PySide6.QtCore import QEventLoop, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from coach.core.clock import SystemClock
    from coach.core.cues import Cue
    from coach.core.routine import Purpose, Routine, Side, Step, StepKind
    from coach.core.session import RoutineSession
    from coach.ui.player import PlayerPage

    qInstallMessageHandler(lambda *message: None)
    app = QApplication.instance() or QApplication([])
    reps = max(1, round(minutes * 60 / 2 / 15))  # hold 10 s, rest 5 s, each leg
    steps = tuple(
        Step(f"calf-{side}", "Calf stretch", "Lean in.", "wall-calf-stretch", side,
             StepKind.HOLD_REST, hold_seconds=10, rest_seconds=5, reps=reps)
        for side in (Side.LEFT, Side.RIGHT)
    )  # fmt: skip
    routine = Routine("timing", "Timing", "", steps, 1, Purpose.PREVENTION)
    clock = SystemClock()
    heard: list[tuple[Cue, float]] = []

    class Recorder:
        def start(self) -> None: ...
        def stop(self) -> None: ...
        def play_cues(self, cues: list[Cue]) -> None:
            now = time.monotonic()
            heard.extend((cue, now) for cue in cues)

    player = PlayerPage(clock)
    player.set_sound(Recorder())
    player.resize(800, 600)
    player.show()
    session = RoutineSession(routine, clock)
    player.play(session)
    start = session._phase_start  # the instant the first phase began
    planned = {
        (cue.kind, cue.phase, cue.seconds_left): start + session.phases[index].start + offset
        for index, cues in enumerate(session._cues)
        for offset, cue in cues
    }
    loop = QEventLoop()
    player.run_over.connect(loop.quit)
    loop.exec()
    late = [(at - planned[(cue.kind, cue.phase, cue.seconds_left)]) * 1000 for cue, at in heard]
    first = [ms for (cue, at), ms in zip(heard, late, strict=True) if at - start < 60]
    last = [ms for (cue, at), ms in zip(heard, late, strict=True) if at - start > minutes * 60 - 60]
    app.processEvents()
    return [
        Row(f"cues in a {minutes:g}-minute routine", len(late), None, ""),
        Row("cue lateness, median", statistics.median(late), None, "ms"),
        Row("cue lateness, worst", max(late), None, "ms", "at most 15 ms"),
        Row("lateness drift, last minute - first", statistics.median(last)
            - statistics.median(first), None, "ms", "none that grows"),
    ]  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    print_table(measure(parser.parse_args().minutes))
