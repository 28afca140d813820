"""The routine player: shows a running RoutineSession and forwards the person's keys.

One single-shot timer is aimed at the next instant the session names (a cue or a change
of the seconds shown); nothing counts ticks, so a late or missed wake-up loses nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.clock import Clock
from coach.core.routine import StepKind
from coach.core.session import Cue, PhaseKind, RoutineSession, SessionState
from coach.ui.style import scaled_font

PROGRESS_STEPS = 1000


class PlayerPage(QWidget):
    phase_shown = Signal(str, str)  # step id, phase word: each phase once, as it appears
    cues_crossed = Signal(list)  # list[Cue], for the sound player
    run_over = Signal(object)  # RunRecord, once, when the run finishes or is stopped

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._session: RoutineSession | None = None
        self._shown_phase = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)

        self._step_count = QLabel()
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setFont(scaled_font(self.font(), 1.5, bold=True))
        self._phase = QLabel()
        self._phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._phase.setFont(scaled_font(self.font(), 2.2, bold=True))
        self._seconds = QLabel()
        self._seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._seconds.setFont(scaled_font(self.font(), 6.0, bold=True))
        self._repetition = QLabel()
        self._repetition.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._instructions = QLabel()
        self._instructions.setWordWrap(True)
        self._instructions.setFont(scaled_font(self.font(), 1.2))
        self._progress = QProgressBar()
        self._progress.setRange(0, PROGRESS_STEPS)
        self._progress.setTextVisible(False)
        self._progress.setAccessibleName("Progress through the routine")

        # Each control has a one-key shortcut, shown in its label; the buttons take no
        # focus so that Space always means Pause/Resume.
        self._done = self._button("Done  (Enter)", self.confirm_tip)
        self._back = self._button("Back  (←)", self.back)
        self._pause = self._button("Pause  (Space)", self.toggle_pause)
        self._skip = self._button("Skip  (→)", self.skip)
        self._stop = self._button("Stop  (Esc)", self.stop)
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
        header.addWidget(self._step_count, 0, Qt.AlignmentFlag.AlignTop)
        controls = QHBoxLayout()
        for button in (self._back, self._pause, self._skip, self._stop):
            controls.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._instructions)
        layout.addStretch(1)
        layout.addWidget(self._phase)
        layout.addWidget(self._seconds)
        layout.addWidget(self._repetition)
        layout.addWidget(self._done, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self._progress)
        layout.addLayout(controls)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        button.clicked.connect(slot)
        return button

    @property
    def session(self) -> RoutineSession | None:
        return self._session

    def play(self, session: RoutineSession) -> None:
        """Start `session` and show it until it is over."""
        self._session = session
        self._shown_phase = -1
        session.start()
        self.refresh()

    # -- the person's actions -----------------------------------------------------

    def toggle_pause(self) -> None:
        if self._session is None:
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
        """Catch the session up with the clock, show it, and aim the timer again."""
        session = self._session
        if session is None:
            return
        cues: list[Cue] = session.advance()
        if cues:
            self.cues_crossed.emit(cues)
        if session.is_active:
            self._show(session)
            self._aim(session)
            return
        self._timer.stop()
        self._session = None
        self.run_over.emit(session.run_record())

    def _show(self, session: RoutineSession) -> None:
        phase = session.phase
        step = session.step
        if session.phase_index != self._shown_phase:
            self._shown_phase = session.phase_index
            self.phase_shown.emit(step.step.id, phase.word)
        paused = session.state == SessionState.PAUSED
        self._title.setText(step.step.title)
        self._instructions.setText(step.step.instructions)
        count = f"Step {session.step_index + 1} of {len(session.steps)}"
        if step.rounds > 1:
            count += f"\nRound {step.round} of {step.rounds}"
        self._step_count.setText(count)
        is_tip = phase.kind == PhaseKind.TIP
        self._phase.setText("Paused" if paused else phase.word)
        self._seconds.setVisible(not is_tip)
        self._seconds.setText("" if is_tip else str(session.seconds_shown))
        hold_rest = step.step.kind == StepKind.HOLD_REST
        self._repetition.setText(f"Repetition {phase.rep} of {phase.reps}" if hold_rest else "")
        self._done.setVisible(is_tip)
        self._pause.setText("Resume  (Space)" if paused else "Pause  (Space)")
        self._progress.setValue(round(session.progress * PROGRESS_STEPS))

    def _aim(self, session: RoutineSession) -> None:
        instant = session.next_change()
        if instant is None:
            self._timer.stop()
            return
        # Never early (an early wake finds nothing to do), allowing for float dust.
        delay_ms = math.ceil((instant - self._clock.monotonic()) * 1000 - 1e-6)
        self._timer.start(max(1, delay_ms))

    # -- for tests and for the window ---------------------------------------------

    @property
    def shown_text(self) -> dict[str, str]:
        """What the page shows, by part: for tests and for accessibility checks."""
        return {
            "title": self._title.text(),
            "phase": self._phase.text(),
            "seconds": self._seconds.text() if self._seconds.isVisibleTo(self) else "",
            "repetition": self._repetition.text(),
            "steps": self._step_count.text(),
            "instructions": self._instructions.text(),
        }
