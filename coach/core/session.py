"""One run of a routine: a flat timeline of phases, and where an instant falls on it.

Every boundary is computed from the instant the phase started (shifted by pauses), so
nothing drifts however often, or how rarely, `advance` is called.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from coach.core.clock import Clock
from coach.core.cues import HOLD_WORD, REST_WORD, TIP_WORD, Cue, CueKind
from coach.core.followed import Followed, followed
from coach.core.routine import Routine, Step, StepKind
from coach.core.runs import RunRecord
from coach.core.settings import Settings

COUNTDOWN_SECONDS = 3  # a tick in each of a phase's last three seconds
BACK_RESTARTS_AFTER = 3.0  # Back within this many seconds of a step's start goes one further


class PhaseKind(StrEnum):
    HOLD = "hold"
    REST = "rest"
    TIMED = "timed"
    TIP = "tip"


class SessionState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Overrides:
    """The person's settings for hold, rest, repetitions and rounds of the stretch block."""

    hold_seconds: float | None = None
    rest_seconds: float | None = None
    reps: int | None = None
    rounds: int = 1

    @classmethod
    def for_routine(cls, routine: Routine, settings: Settings) -> Overrides:
        if not routine.adjustable:
            return cls()
        return cls(
            hold_seconds=settings.routine_hold_seconds,
            rest_seconds=settings.routine_rest_seconds,
            reps=settings.routine_reps,
            rounds=settings.routine_rounds,
        )


@dataclass(frozen=True)
class SessionStep:
    step: Step  # with the overrides applied
    round: int  # 1-based round of the stretch block it belongs to
    rounds: int  # rounds of its block (1 for steps outside a block)


@dataclass(frozen=True)
class Phase:
    step_index: int  # into RoutineSession.steps
    kind: PhaseKind
    word: str  # what the person reads: Hold, Rest, Walk...
    start: float  # offset on the unpaused timeline, in seconds
    duration: float  # 0 for a tip, which lasts until it is confirmed
    rep: int  # 1-based repetition within its step
    reps: int


def expand_steps(routine: Routine, overrides: Overrides) -> tuple[SessionStep, ...]:
    """The routine's steps with overrides applied and each stretch block repeated.

    A stretch block is a run of consecutive hold-rest steps (both legs of the calf
    stretch, say); with 2 rounds it runs left, right, left, right.
    """
    result: list[SessionStep] = []
    block: list[Step] = []

    def close_block() -> None:
        for round_ in range(1, overrides.rounds + 1):
            result.extend(SessionStep(step, round_, overrides.rounds) for step in block)
        block.clear()

    for step in routine.steps:
        if step.kind == StepKind.HOLD_REST:
            block.append(
                replace(
                    step,
                    hold_seconds=overrides.hold_seconds or step.hold_seconds,
                    rest_seconds=overrides.rest_seconds or step.rest_seconds,
                    reps=overrides.reps or step.reps,
                )
            )
            continue
        close_block()
        result.append(SessionStep(step, 1, 1))
    close_block()
    return tuple(result)


def build_phases(steps: tuple[SessionStep, ...]) -> tuple[Phase, ...]:
    phases: list[Phase] = []
    offset = 0.0

    def add(index: int, kind: PhaseKind, word: str, duration: float, rep: int, reps: int) -> None:
        nonlocal offset
        phases.append(Phase(index, kind, word, offset, duration, rep, reps))
        offset += duration

    for index, session_step in enumerate(steps):
        step = session_step.step
        if step.kind == StepKind.HOLD_REST:
            for rep in range(1, step.reps + 1):
                add(index, PhaseKind.HOLD, HOLD_WORD, step.hold_seconds, rep, step.reps)
                add(index, PhaseKind.REST, REST_WORD, step.rest_seconds, rep, step.reps)
        elif step.kind == StepKind.TIMED:
            add(index, PhaseKind.TIMED, step.word, step.seconds, 1, 1)
        else:
            add(index, PhaseKind.TIP, TIP_WORD, 0.0, 1, 1)
    return tuple(phases)


def _phase_cues(phases: tuple[Phase, ...], index: int) -> tuple[tuple[float, Cue], ...]:
    """The cues of one phase with their offsets from its start, in order."""
    phase = phases[index]
    first_of_step = index == 0 or phases[index - 1].step_index != phase.step_index
    last_of_step = index == len(phases) - 1 or phases[index + 1].step_index != phase.step_index
    cues: list[tuple[float, Cue]] = []
    if first_of_step:
        cues.append((0.0, Cue(CueKind.STEP_START, index)))
    if phase.kind == PhaseKind.HOLD:
        cues.append((0.0, Cue(CueKind.HOLD_START, index)))
    elif phase.kind == PhaseKind.REST:
        cues.append((0.0, Cue(CueKind.REST_START, index)))
    # A tip ends when it is confirmed, not at an offset: its end cues wait at infinity.
    end = math.inf if phase.kind == PhaseKind.TIP else phase.duration
    if phase.kind != PhaseKind.TIP:
        for left in range(COUNTDOWN_SECONDS, 0, -1):
            if end - left > 0:
                cues.append((end - left, Cue(CueKind.COUNTDOWN, index, left)))
    if last_of_step:
        cues.append((end, Cue(CueKind.STEP_DONE, index)))
    if index == len(phases) - 1:
        cues.append((end, Cue(CueKind.ROUTINE_DONE, index)))
    return tuple(cues)


class RoutineSession:
    """Where a run of a routine is at any instant, and what it crossed to get there.

    Call `advance()` whenever convenient: it returns every cue crossed since the last
    call, in order, each exactly once. Queries are always current as of the clock.
    """

    def __init__(self, routine: Routine, clock: Clock, overrides: Overrides | None = None) -> None:
        self.routine = routine
        self._clock = clock
        self.steps = expand_steps(routine, overrides or Overrides())
        self.phases = build_phases(self.steps)
        self._cues = tuple(_phase_cues(self.phases, i) for i in range(len(self.phases)))
        self.total_seconds = sum(phase.duration for phase in self.phases)
        self._state = SessionState.READY
        self._index = 0
        self._phase_start = 0.0  # monotonic instant the current phase began, pauses added
        self._paused_at: float | None = None
        self._reported = 0  # cues of the current phase reported so far
        self._pending: list[Cue] = []
        self._completed: set[int] = set()  # step indexes done to the end
        self._held: set[int] = set()  # step indexes with a hold held to its end
        self._started_at: datetime | None = None
        self._ended_at: datetime | None = None

    # -- commands ---------------------------------------------------------------

    def start(self) -> None:
        if self._state != SessionState.READY:
            raise RuntimeError("a session starts once")
        self._state = SessionState.RUNNING
        self._phase_start = self._clock.monotonic()
        self._started_at = self._clock.now()

    def advance(self) -> list[Cue]:
        """Catch up with the clock; the cues crossed since the last call."""
        self._catch_up()
        cues, self._pending = self._pending, []
        return cues

    def pause(self) -> None:
        self._catch_up()
        if self._state == SessionState.RUNNING:
            self._state = SessionState.PAUSED
            self._paused_at = self._clock.monotonic()

    def resume(self) -> None:
        if self._state == SessionState.PAUSED:
            assert self._paused_at is not None
            self._phase_start += self._clock.monotonic() - self._paused_at
            self._paused_at = None
            self._state = SessionState.RUNNING
            self._catch_up()

    def confirm(self) -> None:
        """The person has read the tip card on screen."""
        self._catch_up()
        if self.is_active and self.phase.kind == PhaseKind.TIP:
            self._pending.extend(cue for _, cue in self._cues[self._index][self._reported :])
            self._completed.add(self.phase.step_index)
            self._enter(self._index + 1, self._now())
            self._catch_up()

    def skip(self) -> None:
        """Go to the start of the next step; after the last, the routine is over."""
        self._catch_up()
        if self.is_active:
            self._enter_step(self.phase.step_index + 1)
            self._catch_up()

    def back(self) -> None:
        """Restart this step, or go to the previous one if this one has only just begun."""
        self._catch_up()
        if not self.is_active:
            return
        step = self.phase.step_index
        if self.step_elapsed < BACK_RESTARTS_AFTER and step > 0:
            step -= 1
        self._enter_step(step)
        self._catch_up()

    def stop(self) -> None:
        self._catch_up()
        if self.is_active:
            self._state = SessionState.STOPPED
            self._paused_at = self._now()  # the clock stops with the run
            self._ended_at = self._clock.now()

    # -- queries ----------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        self._catch_up()
        return self._state

    @property
    def is_active(self) -> bool:
        """Running or paused: neither waiting to start nor over."""
        return self.state in (SessionState.RUNNING, SessionState.PAUSED)

    @property
    def phase_index(self) -> int:
        self._catch_up()
        return self._index

    @property
    def phase(self) -> Phase:
        return self.phases[self.phase_index]

    @property
    def step_index(self) -> int:
        return self.phase.step_index

    @property
    def step(self) -> SessionStep:
        return self.steps[self.step_index]

    @property
    def phase_elapsed(self) -> float:
        self._catch_up()
        if self._state in (SessionState.READY, SessionState.FINISHED):
            return 0.0 if self._state == SessionState.READY else self.phase.duration
        return max(0.0, self._now() - self._phase_start)

    @property
    def step_elapsed(self) -> float:
        """Time since the current step began, pauses left out."""
        phase = self.phase
        first = next(p for p in self.phases if p.step_index == phase.step_index)
        return phase.start - first.start + self.phase_elapsed

    @property
    def time_left(self) -> float | None:
        """Seconds left in the current phase; None for a tip, which waits for the person."""
        phase = self.phase
        if phase.kind == PhaseKind.TIP:
            return None
        return max(0.0, phase.duration - self.phase_elapsed)

    @property
    def seconds_shown(self) -> int | None:
        """The whole seconds a countdown shows: 10 at the start of a 10 s hold, 1 at its end."""
        left = self.time_left
        return None if left is None else math.ceil(left)

    @property
    def progress(self) -> float:
        """How much of the routine's timed part is behind, from 0 to 1."""
        if self.state == SessionState.FINISHED or self.total_seconds == 0:
            return 1.0 if self.state == SessionState.FINISHED else 0.0
        done = self.phase.start + min(self.phase_elapsed, self.phase.duration)
        return min(1.0, done / self.total_seconds)

    @property
    def steps_completed(self) -> int:
        self._catch_up()
        return len(self._completed)

    @property
    def steps_played(self) -> tuple[int, ...]:
        """The indexes (into `steps`) of the steps played through to their end: a timed
        step whose last phase ran out, a tip that was confirmed; not one skipped."""
        self._catch_up()
        return tuple(sorted(self._completed))

    def followed(self) -> Followed:
        """What this run followed of the routine's stretches, so far."""
        held = tuple(self._held)
        return followed([step.step for step in self.steps], self.steps_played, held)

    def next_change(self) -> float | None:
        """The next monotonic instant at which a cue falls due or the seconds shown change.

        None when nothing will change by itself: paused, waiting on a tip, or over.
        """
        if self.state != SessionState.RUNNING or self.phase.kind == PhaseKind.TIP:
            return None
        left = self.time_left
        assert left is not None
        end = self._phase_start + self.phase.duration
        # Cues sit on whole seconds before the phase end, as the shown seconds change.
        return end - max(0, math.ceil(left) - 1)

    def run_record(self) -> RunRecord:
        state = self.state
        if state not in (SessionState.FINISHED, SessionState.STOPPED):
            raise RuntimeError("the run is not over")
        assert self._started_at is not None
        assert self._ended_at is not None
        what = self.followed()
        return RunRecord(
            routine_id=self.routine.id,
            started_at=self._started_at,
            ended_at=self._ended_at,
            steps_completed=len(self._completed),
            steps_total=len(self.steps),
            completed=state == SessionState.FINISHED,
            steps_played=self.steps_played,
            done=what.done,
            followed=what,
        )

    # -- timeline ---------------------------------------------------------------

    def _now(self) -> float:
        return self._paused_at if self._paused_at is not None else self._clock.monotonic()

    def _catch_up(self) -> None:
        """Report the cues crossed up to now and move past every phase that has ended."""
        if self._state != SessionState.RUNNING:
            return
        now = self._clock.monotonic()
        while True:
            cues = self._cues[self._index]
            elapsed = now - self._phase_start
            while self._reported < len(cues) and cues[self._reported][0] <= elapsed:
                self._pending.append(cues[self._reported][1])
                self._reported += 1
            phase = self.phases[self._index]
            if phase.kind == PhaseKind.TIP or elapsed < phase.duration:
                return
            if phase.kind == PhaseKind.HOLD:
                self._held.add(phase.step_index)
            if self._index + 1 == len(self.phases) or (
                self.phases[self._index + 1].step_index != phase.step_index
            ):
                self._completed.add(phase.step_index)
            self._enter(self._index + 1, self._phase_start + phase.duration)
            if self._state != SessionState.RUNNING:
                return

    def _enter(self, index: int, at: float) -> None:
        """Begin phase `index` at monotonic instant `at`; past the last, the run is over."""
        if index >= len(self.phases):
            self._state = SessionState.FINISHED
            self._paused_at = None
            self._ended_at = self._clock.now()
            return
        self._index = index
        self._phase_start = at
        self._reported = 0
        if self._state == SessionState.PAUSED:
            self._paused_at = at

    def _enter_step(self, step: int) -> None:
        if step >= len(self.steps):
            self._pending.append(Cue(CueKind.ROUTINE_DONE, self._index))
            self._enter(len(self.phases), self._now())
            return
        first = next(i for i, p in enumerate(self.phases) if p.step_index == step)
        self._enter(first, self._now())
