"""The routine player: the figure shows what to do, the ring how long, the cues when.

Two timers, both computed from instants the session names and never counted: a
single-shot timer aimed at the next cue or change of the seconds shown, and a frame
timer that animates the figure and the ring, running only while the page is visible and
the session is running.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.core.clock import Clock
from coach.core.cues import Cue
from coach.core.figure.motion import figure_at
from coach.core.routine import Side, StepKind
from coach.core.session import PhaseKind, RoutineSession, SessionState
from coach.core.text import translate
from coach.ui.figure import FigureWidget
from coach.ui.instructions_area import InstructionsArea
from coach.ui.ring import CountdownRing
from coach.ui.steady_label import SteadyLabel
from coach.ui.style import LIGHT, Theme, scaled_font

PROGRESS_STEPS = 1000
FRAME_MS = 33  # about 30 frames a second: smooth for slow movements, light on the CPU
FLASH_MS = 250

DRAWING_LEAST = 56  # px, the figure's and the ring's least size
TIP_SECONDS = 10  # what a tip card counts for in the progress bar


# A number and its unit stay on one line: "2 ft (60 cm)" wrapped as "2 ft (60 / cm)".
_NUMBER_AND_UNIT = re.compile(r"(\d) (?=(?:cm|ft|m|s|min|minutes|seconds|minutos|segundos)\b)")


def unbroken(text: str) -> str:
    """`text` with a no-break space between each number and its unit."""
    return _NUMBER_AND_UNIT.sub("\\1\u00a0", text)


class CueSink(Protocol):
    """Where cues go to be heard: the cue player."""

    def start(self) -> None: ...
    def play_cues(self, cues: list[Cue]) -> None: ...
    def stop(self) -> None: ...


class PlayerPage(QWidget):
    phase_shown = Signal(str, str)  # step id, phase word: each phase once, as it appears
    run_over = Signal(object)  # RunRecord, once, when the run finishes or is stopped

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._session: RoutineSession | None = None
        self._sound: CueSink | None = None
        self._flash_cues = False
        self._theme = LIGHT
        self._shown_phase = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self._animate)
        self._title = SteadyLabel()
        self._title.setWordWrap(True)
        self._title.setFont(scaled_font(self.font(), 1.4, bold=True))
        self._step_count = SteadyLabel()
        self._step_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.figure = FigureWidget()
        self.ring = CountdownRing()
        self._unflash = QTimer(self)
        self._unflash.setSingleShot(True)
        self._unflash.setInterval(FLASH_MS)
        self._unflash.timeout.connect(self._end_flash)
        self._repetition = SteadyLabel()
        self._repetition.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._repetition.setFont(scaled_font(self.font(), 1.2))
        self._instructions = SteadyLabel()
        self._instructions.setWordWrap(True)
        self._instructions.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._instructions.setFont(scaled_font(self.font(), 1.2))
        self._progress = QProgressBar()
        self._progress.setRange(0, PROGRESS_STEPS)
        self._progress.setTextVisible(False)
        # A thin bar: the room goes to the ring and the buttons.
        self._progress.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
        self._progress.setAccessibleName(translate("Player", "Progress through the routine"))

        # Each control has a one-key shortcut, shown in its label; the buttons take no
        # focus so that Space always means Pause/Resume.
        self._done = self._button(translate("Player", "Done  (Enter)"), self.confirm_tip)
        self._done.setToolTip(translate("Player", "Marks the tip as read and ends the step"))
        self._back = self._button(translate("Player", "Back  (←)"), self.back)
        self._back.setToolTip(
            translate("Player", "Restarts this step, or goes back one if it has only just begun")
        )
        self._pause = self._button(translate("Player", "Pause  (Space)"), self.toggle_pause)
        self._pause.setToolTip(translate("Player", "Pauses or resumes the timer"))
        self._skip = self._button(translate("Player", "Skip  (→)"), self.skip)
        self._skip.setToolTip(translate("Player", "Goes on to the next step"))
        self._stop = self._button(translate("Player", "Stop  (Esc)"), self.stop)
        self._stop.setToolTip(
            translate("Player", "Stops the routine; the history keeps it as stopped")
        )
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Right, self.skip),
            (Qt.Key.Key_Left, self.back),
            (Qt.Key.Key_Escape, self.stop),
            (Qt.Key.Key_Return, self.confirm_tip),
            (Qt.Key.Key_Enter, self.confirm_tip),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        header = QHBoxLayout()
        header.addWidget(self._title, 1)
        header.addWidget(self._step_count)
        timer_column = QVBoxLayout()
        timer_column.addWidget(self.ring, 1)
        timer_column.addWidget(self._repetition)
        stage = QHBoxLayout()
        stage.addWidget(self.figure, 3)
        stage.addLayout(timer_column, 2)
        # The instructions in an area of their own, a few lines high, that scrolls if
        # large text needs more: they never push the ring or the buttons out of sight.
        self._words = InstructionsArea(self._instructions)
        # Done takes the place of Pause and Skip in the same row: Back and Stop keep
        # their place and width from step to step, and a card to the next.
        self._timing = QStackedWidget()
        timing = QWidget()
        both = QHBoxLayout(timing)
        both.setContentsMargins(0, 0, 0, 0)
        both.addWidget(self._pause)
        both.addWidget(self._skip)
        self._timing.addWidget(timing)
        self._timing.addWidget(self._done)
        controls = QHBoxLayout()
        controls.addWidget(self._back, 1)
        controls.addWidget(self._timing, 2)
        controls.addWidget(self._stop, 1)
        # Large text on a small screen: the figure and the ring give way first (they
        # are drawn to any size), so that the instructions and the buttons stay in sight.
        for drawing in (self.figure, self.ring):
            drawing.setMinimumSize(DRAWING_LEAST, DRAWING_LEAST)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(stage, 1)
        layout.addWidget(self._words)
        layout.addWidget(self._progress)
        layout.addLayout(controls)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(round(button.sizeHint().height() * 1.3))
        button.setFont(scaled_font(self.font(), 1.15))
        button.clicked.connect(slot)
        return button

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.figure.set_theme(theme)
        self.ring.set_theme(theme)
        if self._session is not None:
            self._show(self._session)

    def set_sound(self, sound: CueSink | None) -> None:
        self._sound = sound

    def flash_instead_of_sound(self) -> None:
        """No sound can be played here: cues flash the ring instead."""
        self._flash_cues = True

    @property
    def session(self) -> RoutineSession | None:
        return self._session

    def play(self, session: RoutineSession) -> None:
        """Start `session` and show it until it is over."""
        self._session = session
        self._shown_phase = -1
        if self._sound is not None:
            self._sound.start()  # finds its sound helper while the first phase begins
        session.start()
        self._steady(session)
        self.refresh()

    def _steady(self, session: RoutineSession) -> None:
        """Room for the longest of each text the session will show."""
        steps = session.steps
        self._title.set_texts([translate("Routine", s.step.title) for s in steps])
        self._words.set_texts([unbroken(translate("Routine", s.step.instructions)) for s in steps])
        self._step_count.set_texts([self._count_text(session, n) for n in range(len(steps))])
        reps = max((p.reps for p in session.phases), default=1)
        self._repetition.set_texts([self._repetition_text(reps, reps)])

    @staticmethod
    def _count_text(session: RoutineSession, index: int) -> str:
        step = session.steps[index]
        count = translate("Player", "Step {number} of {count}").format(
            number=index + 1, count=len(session.steps)
        )
        if step.rounds > 1:
            count += "\n" + translate("Player", "Round {number} of {count}").format(
                number=step.round, count=step.rounds
            )
        return count

    @staticmethod
    def _repetition_text(number: int, count: int) -> str:
        return translate("Player", "Repetition {number} of {count}").format(
            number=number, count=count
        )

    # -- the person's actions -----------------------------------------------------

    def toggle_pause(self) -> None:
        if self._session is None or self._session.phase.kind == PhaseKind.TIP:
            return
        if self._session.state == SessionState.PAUSED:
            self._session.resume()
        else:
            self._session.pause()
        self.refresh()

    def skip(self) -> None:
        self._act(RoutineSession.skip)

    def back(self) -> None:
        self._act(RoutineSession.back)

    def stop(self) -> None:
        self._act(RoutineSession.stop)

    def confirm_tip(self) -> None:
        self._act(RoutineSession.confirm)

    def _act(self, action: Callable[[RoutineSession], None]) -> None:
        if self._session is not None and self._session.is_active:
            action(self._session)
            self.refresh()

    # -- showing ------------------------------------------------------------------

    def refresh(self) -> None:
        """Catch the session up with the clock, sound its cues, show it, aim the timers."""
        session = self._session
        if session is None:
            return
        cues: list[Cue] = session.advance()
        if session.state != SessionState.RUNNING and self._sound is not None:
            self._sound.stop()  # paused, stopped or done: silence
        if cues:
            self._sound_cues(cues)
        if session.is_active:
            self._show(session)
            self._aim(session)
            return
        self._timer.stop()
        self._frames.stop()
        self._session = None
        self.run_over.emit(session.run_record())

    def _sound_cues(self, cues: list[Cue]) -> None:
        if self._sound is not None:
            self._sound.play_cues(cues)
        if self._flash_cues:
            self.ring.set_flash(True)
            self._unflash.start()

    def _end_flash(self) -> None:
        self.ring.set_flash(False)

    def _show(self, session: RoutineSession) -> None:
        phase = session.phase
        step = session.step
        if session.phase_index != self._shown_phase:
            self._shown_phase = session.phase_index
            self.phase_shown.emit(step.step.id, phase.word)
        paused = session.state == SessionState.PAUSED
        title = translate("Routine", step.step.title)
        instructions = translate("Routine", step.step.instructions)
        self._title.setText(title)
        self._instructions.setText(unbroken(instructions))
        self.figure.setAccessibleName(
            translate("Player", "Figure showing: {step}").format(step=title)
        )
        self.figure.setAccessibleDescription(instructions)
        self._step_count.setText(self._count_text(session, session.step_index))
        is_tip = phase.kind == PhaseKind.TIP
        hold_rest = step.step.kind == StepKind.HOLD_REST
        self._repetition.setText(self._repetition_text(phase.rep, phase.reps) if hold_rest else "")
        # A card is read, then confirmed: Done and Back, with nothing to pause or skip.
        self._timing.setCurrentIndex(1 if is_tip else 0)  # Done, or Pause and Skip
        self._pause.setText(
            translate("Player", "Resume  (Space)")
            if paused
            else translate("Player", "Pause  (Space)")
        )
        self._progress.setValue(round(self._progress_shown(session) * PROGRESS_STEPS))
        self._animate()

    @staticmethod
    def _progress_shown(session: RoutineSession) -> float:
        """The routine's timed part behind, with each tip card counted as a short step
        once it is confirmed: a routine that ends on a card is not full before Done."""
        tips = [i for i, phase in enumerate(session.phases) if phase.kind == PhaseKind.TIP]
        total = session.total_seconds + TIP_SECONDS * len(tips)
        if session.state == SessionState.FINISHED or total == 0:
            return 1.0 if session.state == SessionState.FINISHED else 0.0
        confirmed = sum(1 for i in tips if i < session.phase_index)
        done = session.progress * session.total_seconds + TIP_SECONDS * confirmed
        return min(1.0, done / total)

    def _animate(self) -> None:
        """One frame: the figure's pose and the ring, as of now."""
        session = self._session
        if session is None or not session.is_active:
            return
        phase = session.phase
        step = session.step.step
        colour = self._theme.phase_colour(phase.kind)
        paused = session.state == SessionState.PAUSED
        word = translate("Player", "Paused") if paused else translate("Routine", phase.word)
        left = session.time_left
        if left is None:
            self.ring.show_phase(word, None, 0.0, colour)
        else:
            fraction = left / phase.duration if phase.duration else 0.0
            self.ring.show_phase(word, session.seconds_shown, fraction, colour)
        pose = figure_at(step.scene, phase.kind, session.phase_elapsed, phase.duration)
        self.figure.show_pose(step.scene, pose, step.side == Side.LEFT, colour)

    def _aim(self, session: RoutineSession) -> None:
        instant = session.next_change()
        if instant is None:
            self._timer.stop()
        else:
            # Never early (an early wake finds nothing to do), allowing for float dust.
            delay_ms = math.ceil((instant - self._clock.monotonic()) * 1000 - 1e-6)
            self._timer.start(max(1, delay_ms))
        self._run_frames()

    def _run_frames(self) -> None:
        """Frames only while they can be seen and something moves."""
        session = self._session
        moving = (
            session is not None
            and session.state == SessionState.RUNNING
            and session.phase.kind != PhaseKind.TIP
            and self.isVisible()
        )
        if moving and not self._frames.isActive():
            self._frames.start()
        elif not moving:
            self._frames.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run_frames()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._run_frames()

    # -- for tests and for the window ---------------------------------------------

    @property
    def shown_text(self) -> dict[str, str]:
        """What the page shows, by part: for tests and for accessibility checks."""
        return {
            "title": self._title.text(),
            "phase": self.ring.word,
            "seconds": self.ring.seconds_text,
            "repetition": self._repetition.text(),
            "steps": self._step_count.text(),
            "instructions": self._instructions.text(),
        }
