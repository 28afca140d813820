import pytest

from coach.core.routine import Purpose, RoutineError, Side, StepKind, load_routine
from tests.conftest import ROUTINES

GOOD_STEP = """
[[steps]]
id = "calf-left"
title = "Calf"
instructions = "Lean in."
kind = "hold-rest"
scene = "wall-calf-stretch"
side = "left"
hold_seconds = 10
rest_seconds = 5
reps = 3
"""
GOOD_HEAD = 'id = "x"\ntitle = "X"\norder = 1\npurpose = "prevention"\n'


def routine_text(step: str = GOOD_STEP, head: str = GOOD_HEAD) -> str:
    return head + step


def load_error(text: str) -> str:
    with pytest.raises(RoutineError) as caught:
        load_routine(text, "night.toml")
    return str(caught.value)


@pytest.mark.parametrize("name", ["evening", "trial", "cramp-relief"])
def test_shipped_routines_load(name: str) -> None:
    path = ROUTINES / f"{name}.toml"
    routine = load_routine(path.read_text(encoding="utf-8"), str(path))
    assert routine.id == name
    assert routine.steps


@pytest.mark.parametrize(
    ("name", "order", "purpose"),
    [
        ("evening", 1, Purpose.PREVENTION),
        ("trial", 2, Purpose.PREVENTION),
        ("cramp-relief", 3, Purpose.RELIEF),
    ],
)
def test_shipped_routines_say_their_order_and_purpose(
    name: str, order: int, purpose: Purpose
) -> None:
    path = ROUTINES / f"{name}.toml"
    routine = load_routine(path.read_text(encoding="utf-8"), str(path))
    assert (routine.order, routine.purpose) == (order, purpose)


def test_evening_routine_is_the_advice_as_written() -> None:
    routine = load_routine((ROUTINES / "evening.toml").read_text(), "evening")
    calf = [s for s in routine.steps if s.kind == StepKind.HOLD_REST]
    assert [(s.side, s.hold_seconds, s.rest_seconds, s.reps) for s in calf] == [
        (Side.LEFT, 10, 5, 3),
        (Side.RIGHT, 10, 5, 3),
    ]
    assert [s.scene for s in routine.steps] == [
        "wall-calf-stretch",
        "wall-calf-stretch",
        "walking",
        "calf-massage",
        "calf-massage",
        "lying-back",
    ]
    assert routine.steps[-1].kind == StepKind.TIP
    assert routine.adjustable


def test_trial_protocol_holds_10_rests_10_three_times() -> None:
    routine = load_routine((ROUTINES / "trial.toml").read_text(), "trial")
    assert {(s.hold_seconds, s.rest_seconds, s.reps) for s in routine.steps} == {(10, 10, 3)}
    assert {s.scene for s in routine.steps} == {"wall-calf-stretch", "hamstring-stretch"}
    assert not routine.adjustable


def test_a_step_reads_every_field() -> None:
    step = load_routine(routine_text(), "x.toml").steps[0]
    assert (step.id, step.kind, step.side, step.hold_seconds, step.reps) == (
        "calf-left",
        StepKind.HOLD_REST,
        Side.LEFT,
        10.0,
        3,
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("hold-rest", "stretchy"), "step 'calf-left': field 'kind' is 'stretchy'; allowed:"),
        (("wall-calf-stretch", "headstand"), "field 'scene' is 'headstand'; allowed:"),
        (("hold_seconds = 10", "hold_seconds = 0"), "field 'hold_seconds' must be a positive"),
        (("rest_seconds = 5", "rest_seconds = -5"), "field 'rest_seconds' must be a positive"),
        (("rest_seconds = 5", "rest_seconds = nan"), "field 'rest_seconds' must be a positive"),
        (("hold_seconds = 10", "hold_seconds = inf"), "field 'hold_seconds' must be a positive"),
        (("reps = 3", "reps = 0"), "field 'reps' must be a whole number from 1 to 20, not 0"),
        (("reps = 3", "reps = 21"), "field 'reps' must be a whole number from 1 to 20, not 21"),
        (("reps = 3", "reps = 2.5"), "field 'reps' must be a whole number from 1 to 20"),
        (('title = "Calf"\n', ""), "step 'calf-left': field 'title' is missing"),
        (('side = "left"', 'side = "middle"'), "field 'side' is 'middle'"),
    ],
)
def test_bad_steps_are_refused_naming_file_step_and_field(
    change: tuple[str, str], expected: str
) -> None:
    message = load_error(routine_text(GOOD_STEP.replace(*change)))
    assert message.startswith("night.toml: step 'calf-left': ")
    assert expected in message


def test_a_step_without_an_id_is_named_by_its_number() -> None:
    message = load_error(routine_text(GOOD_STEP.replace('id = "calf-left"\n', "")))
    assert message == "night.toml: step 1: field 'id' is missing"


def test_timed_steps_need_seconds_and_a_word() -> None:
    timed = GOOD_STEP.replace('kind = "hold-rest"', 'kind = "timed"')
    assert "field 'seconds' is missing" in load_error(routine_text(timed))
    timed += "seconds = 60\n"
    assert "field 'word' is missing" in load_error(routine_text(timed))


def test_duplicate_step_ids_are_refused() -> None:
    message = load_error(routine_text(GOOD_STEP + GOOD_STEP))
    assert message == "night.toml: step 2: duplicate step id 'calf-left'"


def test_toml_syntax_errors_give_the_line() -> None:
    message = load_error(routine_text(GOOD_STEP.replace("reps = 3", "reps = = 3")))
    assert message.startswith("night.toml: not valid TOML:")
    assert "line 15" in message


def test_a_routine_needs_steps_and_a_title() -> None:
    assert "at least one [[steps]]" in load_error(GOOD_HEAD)
    assert "routine: field 'title' is missing" in load_error('id = "x"\n' + GOOD_STEP)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('purpose = "prevention"\n', ""), "night.toml: routine: field 'purpose' is missing"),
        (
            ('purpose = "prevention"', 'purpose = "bedtime"'),
            "night.toml: routine: field 'purpose' is 'bedtime'; allowed: prevention, relief",
        ),
        (
            ('purpose = "prevention"', "purpose = 1"),
            "night.toml: routine: field 'purpose' is 1; allowed: prevention, relief",
        ),
    ],
)
def test_a_missing_or_wrong_purpose_is_refused(change: tuple[str, str], expected: str) -> None:
    assert load_error(routine_text(head=GOOD_HEAD.replace(*change))) == expected


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("order = 1.5\n", "must be a whole number, not 1.5"),
        ('order = "1"\n', "must be a whole number, not '1'"),
        ("order = true\n", "must be a whole number, not True"),
        ("", "is missing"),
    ],
)
def test_order_must_be_a_whole_number(order: str, expected: str) -> None:
    text = routine_text(head=GOOD_HEAD.replace("order = 1\n", order))
    assert load_error(text) == f"night.toml: routine: field 'order' {expected}"
