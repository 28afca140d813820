from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from coach.core.clock import FakeClock
from coach.core.followed import Followed, followed, is_stretch
from coach.core.routine import Routine, Side, Step, StepKind, load_routine
from coach.core.session import Overrides, RoutineSession
from tests.conftest import ROUTINES


def shipped(name: str) -> Routine:
    return load_routine((ROUTINES / f"{name}.toml").read_text(), f"{name}.toml")


EVENING = shipped("evening")  # calf-left, calf-right, walk, massage-left, massage-right, tip
STEPS = EVENING.steps


def test_skipping_the_walk_the_massage_and_the_tip_still_counts() -> None:
    result = followed(STEPS, [0, 1])
    assert result == Followed(stretches=2, stretches_played=2)
    assert result.done
    assert result.sentence() == "Well done. Sleep well."


def test_a_routine_played_to_the_end_but_its_tip_closed_counts() -> None:
    assert followed(STEPS, [0, 1, 2, 3, 4]).done


def test_skipping_every_stretch_does_not_count_and_says_so() -> None:
    result = followed(STEPS, [2, 3, 4, 5])
    assert not result.done
    assert result.sentence() == (
        "You skipped the stretches tonight, so this does not count as the routine done."
    )
    assert not followed(STEPS, []).done  # "0 of 6 steps done"


def test_one_leg_stretched_is_not_the_routine() -> None:
    result = followed(STEPS, [0, 2, 3, 4, 5])
    assert not result.done
    assert result.sentence() == (
        "You did 1 of the 2 stretches tonight; the routine counts as done when every "
        "stretch is played through."
    )


def test_the_trial_protocol_needs_calf_and_hamstring() -> None:
    trial = shipped("trial")
    stretches = [i for i, step in enumerate(trial.steps) if is_stretch(step)]
    assert len(stretches) == 4
    assert followed(trial.steps, stretches).done
    assert not followed(trial.steps, stretches[:2]).done


def test_a_second_round_is_extra() -> None:
    # Two rounds of the stretch block: left, right, left, right, then the rest.
    session = RoutineSession(EVENING, FakeClock(datetime(2026, 11, 25, 21, tzinfo=UTC)),
                             Overrides(rounds=2))  # fmt: skip
    steps = [s.step for s in session.steps]
    assert [s.id for s in steps[:4]] == ["calf-left", "calf-right"] * 2
    assert followed(steps, [0, 1]).done
    assert followed(steps, [2, 1]).done
    assert not followed(steps, [0, 2]).done


def test_a_routine_without_stretches_is_judged_by_all_its_steps() -> None:
    walk = Step("walk", "Walk", "Walk.", "walking", Side.NONE, StepKind.TIMED, seconds=60)
    tip = Step("tip", "Tip", "Rest.", "lying-back", Side.NONE, StepKind.TIP)
    assert followed([walk, tip], [0, 1]).done
    result = followed([walk, tip], [0])
    assert not result.done
    assert result.sentence() == (
        "You did 1 of the 2 steps tonight; the routine counts as done when every step is "
        "played through."
    )


def test_the_session_s_completed_steps_are_the_input() -> None:
    # What RunRecord must carry (see DEVELOPERS.md): the indexes of the session's steps
    # played through, which the session keeps today as its completed steps.
    clock = FakeClock(datetime(2026, 11, 25, 21, tzinfo=UTC))
    session = RoutineSession(EVENING, clock)
    session.start()
    clock.advance(45)  # the left calf: 3 x (10 s hold + 5 s rest)
    clock.advance(45)  # the right calf
    session.skip()  # the walk
    session.skip()  # the left massage
    session.stop()
    played = sorted(session._completed)
    assert played == [0, 1]
    assert followed([s.step for s in session.steps], played).done


@given(st.sets(st.integers(-2, 8)))
def test_done_exactly_when_every_stretch_was_played(played: set[int]) -> None:
    result = followed(STEPS, played)
    assert result.done == ({0, 1} <= played)
    assert 0 <= result.stretches_played <= result.stretches == 2


def test_a_repetition_held_is_not_skipping_the_stretches() -> None:
    """A run that held a repetition and was then stopped or skipped on said "You skipped
    the stretches tonight"; it says it stopped before they were done."""
    stopped = (
        "You stopped before the stretches were done, so tonight does not count as the routine done."
    )
    result = followed(STEPS, [], held=[0])
    assert (result.done, result.stretches_held) == (False, 1)
    assert result.sentence() == stopped
    assert followed(STEPS, [2, 3], held=[0, 1]).sentence() == stopped
    assert followed(STEPS, [0, 1], held=[0, 1]).done  # played through: held is not counted
    assert followed(STEPS, [0], held=[0]).sentence().startswith("You did 1 of the 2 stretches")


def test_the_session_knows_which_holds_were_held() -> None:
    clock = FakeClock(datetime(2026, 11, 25, 22, tzinfo=UTC))
    session = RoutineSession(EVENING, clock, Overrides())
    session.start()
    clock.advance(5)
    session.skip()  # in the middle of the first hold: not held
    assert session.followed().sentence().startswith("You skipped the stretches")
    clock.advance(11)  # the right leg's first hold, held to its end
    session.skip()
    assert session.followed().stretches_held == 1
    session.stop()
    assert session.run_record().followed.sentence().startswith("You stopped before")
