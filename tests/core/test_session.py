from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.clock import FakeClock
from coach.core.cues import Cue, CueKind
from coach.core.routine import Purpose, Routine, Side, Step, StepKind, load_routine
from coach.core.session import (
    Overrides,
    PhaseKind,
    RoutineSession,
    SessionState,
    _phase_cues,
)
from coach.core.settings import Settings
from tests.conftest import ROUTINES

T0 = datetime(2026, 11, 25, 21, 30, tzinfo=UTC)


def evening() -> Routine:
    return load_routine((ROUTINES / "evening.toml").read_text(), "evening.toml")


def step(index: int, kind: StepKind, seconds: float = 2, reps: int = 2) -> Step:
    return Step(
        id=f"s{index}",
        title=f"Step {index}",
        instructions="Do it.",
        scene="standing",
        side=Side.NONE,
        kind=kind,
        hold_seconds=seconds,
        rest_seconds=seconds / 2,
        reps=reps,
        seconds=seconds,
        word="Walk",
    )


# Eighths of a second are exact in binary floating point, so sums are exact and no
# example hangs on a rounding error at a boundary.
eighths = st.integers(min_value=0, max_value=8 * 30).map(lambda n: n / 8)
durations = st.integers(min_value=1, max_value=32).map(lambda n: n / 8)


@st.composite
def routines(draw: st.DrawFn, tips: bool = True) -> Routine:
    kinds = [StepKind.HOLD_REST, StepKind.TIMED] + ([StepKind.TIP] if tips else [])
    count = draw(st.integers(min_value=1, max_value=5))
    steps = tuple(
        step(i, draw(st.sampled_from(kinds)), draw(durations), draw(st.integers(1, 3)))
        for i in range(count)
    )
    return Routine(
        id="r",
        title="R",
        description="",
        steps=steps,
        order=1,
        purpose=Purpose.PREVENTION,
        adjustable=True,
    )


def started(
    routine: Routine, overrides: Overrides | None = None
) -> tuple[RoutineSession, FakeClock]:
    clock = FakeClock(T0)
    session = RoutineSession(routine, clock, overrides)
    session.start()
    return session, clock


def planned_cues(session: RoutineSession) -> list[Cue]:
    return [cue for i in range(len(session.phases)) for _, cue in _phase_cues(session.phases, i)]


def run_to_end(session: RoutineSession, clock: FakeClock, tick: float) -> list[Cue]:
    """Advance every `tick` seconds, confirming tips at once; every cue reported."""
    cues = session.advance()
    while session.is_active:
        if session.phase.kind == PhaseKind.TIP:
            session.confirm()
        else:
            clock.advance(tick)
        cues += session.advance()
    return cues


# -- the timeline ----------------------------------------------------------------


def test_evening_routine_timeline() -> None:
    session, _ = started(evening())
    words = [(session.steps[p.step_index].step.id, p.word, p.duration) for p in session.phases]
    assert words[:6] == [("calf-left", "Hold", 10), ("calf-left", "Rest", 5)] * 3
    assert words[6:12] == [("calf-right", "Hold", 10), ("calf-right", "Rest", 5)] * 3
    assert words[12:] == [
        ("walk", "Walk", 120),
        ("massage-left", "Massage", 60),
        ("massage-right", "Massage", 60),
        ("bedtime-tip", "Tip", 0),
    ]
    assert session.total_seconds == 2 * 3 * 15 + 120 + 60 + 60


def test_settings_override_hold_rest_reps_and_rounds_of_the_stretch_block() -> None:
    settings = Settings(
        routine_hold_seconds=20, routine_rest_seconds=8, routine_reps=2, routine_rounds=2
    )
    routine = evening()
    session, _ = started(routine, Overrides.for_routine(routine, settings))
    assert [(s.step.id, s.round, s.rounds) for s in session.steps[:4]] == [
        ("calf-left", 1, 2),
        ("calf-right", 1, 2),
        ("calf-left", 2, 2),
        ("calf-right", 2, 2),
    ]
    holds = [p for p in session.phases if p.kind == PhaseKind.HOLD]
    assert len(holds) == 4 * 2
    assert {p.duration for p in holds} == {20}
    assert {p.duration for p in session.phases if p.kind == PhaseKind.REST} == {8}
    assert session.total_seconds == 4 * 2 * 28 + 240


def test_a_fixed_protocol_ignores_the_personal_settings() -> None:
    trial = load_routine((ROUTINES / "trial.toml").read_text(), "trial.toml")
    assert Overrides.for_routine(trial, Settings(routine_rest_seconds=5)) == Overrides()


def test_a_hold_shows_whole_seconds_down_to_one() -> None:
    session, clock = started(evening())
    shown = []
    for _ in range(10):
        shown.append(session.seconds_shown)
        clock.advance(1)
    assert shown == [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    assert session.phase.word == "Rest"
    assert session.phase.rep == 1


def test_cues_of_a_hold_and_its_rest() -> None:
    session, clock = started(evening())
    assert session.advance() == [Cue(CueKind.STEP_START, 0), Cue(CueKind.HOLD_START, 0)]
    clock.advance(7)
    assert session.advance() == [Cue(CueKind.COUNTDOWN, 0, 3)]
    clock.advance(3)
    assert session.advance() == [
        Cue(CueKind.COUNTDOWN, 0, 2),
        Cue(CueKind.COUNTDOWN, 0, 1),
        Cue(CueKind.REST_START, 1),
    ]


def test_next_change_names_the_next_whole_second_or_cue() -> None:
    session, clock = started(evening())
    assert session.next_change() == clock.monotonic() + 1
    clock.advance(0.25)
    assert session.next_change() == pytest.approx(clock.monotonic() + 0.75)
    session.pause()
    assert session.next_change() is None


def test_a_tip_waits_for_the_person() -> None:
    steps = (step(0, StepKind.TIMED, 2), step(1, StepKind.TIP))
    routine = Routine("r", "R", "", steps, 1, Purpose.PREVENTION)
    session, clock = started(routine)
    clock.advance(60)
    assert session.phase.kind == PhaseKind.TIP
    assert session.time_left is None
    assert session.next_change() is None
    assert session.state == SessionState.RUNNING
    session.confirm()
    assert session.state == SessionState.FINISHED
    assert session.advance()[-2:] == [Cue(CueKind.STEP_DONE, 1), Cue(CueKind.ROUTINE_DONE, 1)]
    assert session.run_record().steps_completed == 2


def test_stop_records_a_stopped_run_with_wall_clock_times() -> None:
    session, clock = started(evening())
    clock.advance(16)  # into calf-left's second repetition
    session.skip()
    clock.advance(50)  # calf-right done at 45 s
    session.stop()
    record = session.run_record()
    assert not record.completed
    assert (record.steps_completed, record.steps_total) == (1, 6)
    assert (record.ended_at - record.started_at).total_seconds() == 66
    assert record.started_at == T0


def test_skip_past_the_last_step_finishes_the_routine() -> None:
    session, _ = started(evening())
    for _ in range(len(session.steps)):
        session.skip()
    assert session.state == SessionState.FINISHED
    assert session.advance()[-1].kind == CueKind.ROUTINE_DONE
    assert session.run_record().completed
    assert session.run_record().steps_completed == 0


def test_a_run_with_every_stretch_skipped_does_not_count_as_the_routine_done() -> None:
    """Issue 14: "0 of 4 steps done" said "Well done" and counted for the diary."""
    session, _ = started(evening())
    for _ in range(len(session.steps)):
        session.skip()
    record = session.run_record()
    assert (record.completed, record.steps_played, record.routine_done) == (True, (), False)
    assert record.followed is not None
    assert record.followed.sentence().startswith("You skipped the stretches tonight")


def test_stretches_played_through_count_however_the_run_ended() -> None:
    """Issue 14: a routine played to the end whose tip card was closed did not count."""
    session, clock = started(evening())
    while session.step.step.id != "walk":  # both calf stretches played through
        clock.advance(1)
    assert session.steps_played == (0, 1)
    session.stop()  # at the walk: the walk, massages and tip card not done
    record = session.run_record()
    assert (record.completed, record.steps_played, record.routine_done) == (False, (0, 1), True)
    assert record.followed is not None
    assert record.followed.sentence() == "Well done. Sleep well."


def test_back_restarts_the_step_or_goes_to_the_previous_one() -> None:
    session, clock = started(evening())
    session.skip()
    clock.advance(1)
    session.back()  # just begun: the previous step
    assert session.step.step.id == "calf-left"
    clock.advance(20)
    session.back()  # well under way: this step again, from its start
    assert (session.step.step.id, session.phase_index, session.seconds_shown) == (
        "calf-left",
        0,
        10,
    )
    session.back()  # the first step: stays there
    assert session.phase_index == 0


def test_a_run_cannot_start_twice_or_report_before_it_is_over() -> None:
    session, _ = started(evening())
    with pytest.raises(RuntimeError):
        session.start()
    with pytest.raises(RuntimeError):
        session.run_record()


def test_pause_freezes_time_left_and_resume_continues() -> None:
    session, clock = started(evening())
    clock.advance(4)
    session.pause()
    clock.advance(600)
    assert (session.state, session.seconds_shown) == (SessionState.PAUSED, 6)
    assert session.advance() == [Cue(CueKind.STEP_START, 0), Cue(CueKind.HOLD_START, 0)]
    session.resume()
    clock.advance(6)
    assert session.phase.word == "Rest"


# -- properties --------------------------------------------------------------------


@given(routines(tips=False), st.integers(1, 3))
def test_total_time_is_the_sum_of_the_phases(routine: Routine, rounds: int) -> None:
    session, clock = started(routine, Overrides(rounds=rounds))
    assert session.total_seconds == pytest.approx(sum(p.duration for p in session.phases))
    tick = 0.05
    run_to_end(session, clock, tick)
    elapsed = clock.monotonic() - 1000
    assert session.total_seconds - 1e-9 <= elapsed < session.total_seconds + tick
    assert session.progress == 1.0


@settings(max_examples=50, deadline=None)
@given(routines(tips=False), st.lists(st.floats(0.001, 5), min_size=1, max_size=20))
def test_every_cue_is_reported_once_however_often_advance_is_called(
    routine: Routine, chunks: list[float]
) -> None:
    every_ms, clock_a = started(routine)
    after_stall, clock_b = started(routine)
    in_chunks, clock_c = started(routine)
    expected = planned_cues(every_ms)
    assert run_to_end(every_ms, clock_a, 0.001) == expected
    assert run_to_end(after_stall, clock_b, 3600) == expected
    cues = in_chunks.advance()
    for turn in range(100_000):
        if not in_chunks.is_active:
            break
        clock_c.advance(chunks[turn % len(chunks)])
        cues += in_chunks.advance()
    assert cues == expected


@given(
    routines(tips=False),
    eighths,
    eighths.map(lambda s: s * 100),
    st.lists(eighths, max_size=10),
)
def test_a_pause_shifts_what_follows_and_shortens_nothing(
    routine: Routine, pause_at: float, pause_for: float, waits: list[float]
) -> None:
    plain, plain_clock = started(routine)
    paused, paused_clock = started(routine)
    paused_clock.advance(pause_at)
    paused.pause()
    paused_clock.advance(pause_for)
    paused.resume()
    plain_clock.advance(pause_at)
    # From here on the paused run is exactly where the plain one is, pause_for later.
    for wait in waits:
        plain_clock.advance(wait)
        paused_clock.advance(wait)
        assert paused.state == plain.state
        assert paused.phase_index == plain.phase_index
        if plain.time_left is not None and paused.time_left is not None:
            assert paused.time_left == plain.time_left


actions = st.lists(
    st.one_of(
        st.floats(min_value=0, max_value=20),
        st.sampled_from(["skip", "back", "pause", "resume", "confirm", "stop"]),
    ),
    max_size=40,
)


@given(routines(), actions)
def test_skip_and_back_never_leave_the_timeline(routine: Routine, script: list) -> None:
    session, clock = started(routine, Overrides(rounds=2))
    for action in script:
        if isinstance(action, float):
            clock.advance(action)
        else:
            getattr(session, action)()
        session.advance()
        assert 0 <= session.phase_index < len(session.phases)
        assert 0.0 <= session.progress <= 1.0
        assert 0 <= session.steps_completed <= len(session.steps)
        left = session.time_left
        if left is not None:
            assert 0 <= left <= session.phase.duration
        if not session.is_active:
            assert session.state in (SessionState.FINISHED, SessionState.STOPPED)
            record = session.run_record()
            assert record.steps_total == len(session.steps)
            break


def test_the_cues_of_the_whole_evening_routine_in_order() -> None:
    session, clock = started(evening())
    heard = [
        (round(clock.monotonic() - 1000), cue.kind.value, cue.seconds_left)
        for cue in session.advance()
    ]
    while session.is_active:
        if session.phase.kind == PhaseKind.TIP:
            session.confirm()
        else:
            clock.advance(0.5)
        heard += [
            (round(clock.monotonic() - 1000), cue.kind.value, cue.seconds_left)
            for cue in session.advance()
        ]

    def leg(start: int) -> list[tuple[int, str, int]]:
        cues = [(start, "step-start", 0)]
        for rep in range(3):
            at = start + rep * 15
            cues += [
                (at, "hold-start", 0),
                (at + 7, "countdown", 3),
                (at + 8, "countdown", 2),
                (at + 9, "countdown", 1),
                (at + 10, "rest-start", 0),
                (at + 12, "countdown", 3),
                (at + 13, "countdown", 2),
                (at + 14, "countdown", 1),
            ]
        return [*cues, (start + 45, "step-done", 0)]

    def timed(start: int, seconds: int) -> list[tuple[int, str, int]]:
        end = start + seconds
        return [
            (start, "step-start", 0),
            (end - 3, "countdown", 3),
            (end - 2, "countdown", 2),
            (end - 1, "countdown", 1),
            (end, "step-done", 0),
        ]

    assert heard == [
        *leg(0),
        *leg(45),
        *timed(90, 120),
        *timed(210, 60),
        *timed(270, 60),
        (330, "step-start", 0),
        (330, "step-done", 0),
        (330, "routine-done", 0),
    ]
