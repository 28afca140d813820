import math

import pytest

from coach.core.figure.scenes import (
    SCENE_NAMES,
    SCENES,
    STEP,
    VIEW_HEIGHT,
    VIEW_WIDTH,
    WALL_X,
    bounds,
)
from coach.core.figure.skeleton import HEAD_RADIUS, JOINTS, skeleton
from coach.core.routine import load_routine
from tests.conftest import ROUTINES


def test_every_scene_the_shipped_routines_use_exists() -> None:
    used = {
        step.scene
        for path in (ROUTINES).glob("*.toml")
        for step in load_routine(path.read_text(), str(path)).steps
    }
    assert used <= set(SCENES)
    assert set(SCENES) == set(SCENE_NAMES)
    assert {
        "wall-calf-stretch",
        "hamstring-stretch",
        "seated-calf-stretch",
        "seated-hamstring-stretch",
        "walking",
        "calf-massage",
        "towel-stretch",
        "lying-back",
        "lying-side",
        "standing",
    } <= set(SCENES)


@pytest.mark.parametrize("name", sorted(SCENES))
def test_every_keyframe_has_every_joint(name: str) -> None:
    for frame in SCENES[name].keyframes:
        assert len(frame.angles) == len(JOINTS)
        assert all(math.isfinite(angle) for angle in frame.angles)
        assert all(math.isfinite(c) for point in skeleton(frame).points() for c in point)


def test_the_wall_calf_stretch_is_what_the_advice_says() -> None:
    bones = skeleton(SCENES["wall-calf-stretch"].hold)
    hold = SCENES["wall-calf-stretch"].hold
    # Hands on the wall at chest height.
    for side in (bones.near, bones.far):
        assert side["hand"][0] == pytest.approx(WALL_X, abs=0.01)
        assert 1.0 < side["hand"][1] < bones.neck[1]
    # The near leg (the stretched one) is back and straight, its heel on the floor.
    assert bones.near["ankle"][0] < bones.far["ankle"][0]
    assert hold["near_thigh"] == pytest.approx(hold["near_shin"], abs=1.0)
    assert bones.near["heel"][1] == pytest.approx(0.0, abs=0.005)
    # The front knee bends forward over the foot; the body leans in.
    assert bones.far["knee"][0] > bones.far["ankle"][0]
    assert hold["trunk"] < SCENES["wall-calf-stretch"].rest["trunk"]


def test_the_hamstring_stretch_puts_a_heel_on_the_step_and_hinges() -> None:
    scene = SCENES["hamstring-stretch"]
    bones = skeleton(scene.hold)
    assert bones.near["heel"][1] == pytest.approx(STEP.height, abs=0.01)
    assert STEP.x < bones.near["heel"][0] < STEP.x + STEP.width
    assert scene.hold["near_thigh"] == pytest.approx(scene.hold["near_shin"], abs=1.0)
    assert scene.hold["trunk"] < 140  # hinged forward from the hips


def test_found_the_hamstring_figure_was_hunched_and_the_massage_did_not_reach() -> None:
    """The text says "back straight": the head is in line with the back, not dropped,
    and the hands rest on the thigh, not hanging down the shin. The massage's hands
    are on the calf, between the ankle and the knee, through the whole loop."""
    hold = SCENES["hamstring-stretch"].hold
    assert hold is not None
    assert hold["trunk"] <= hold["head"] <= hold["trunk"] + 10  # in line, not dropped
    bones = skeleton(hold)
    knee = bones.near["knee"]
    for hand in (bones.near["hand"], bones.far["hand"]):
        assert hand[1] > knee[1]  # on the thigh, above the knee
    for frame in SCENES["calf-massage"].keyframes:
        bones = skeleton(frame)
        knee, ankle = bones.near["knee"], bones.near["ankle"]
        for hand in (bones.near["hand"], bones.far["hand"]):
            # On the calf, not at the knee: at most two thirds of the way up, and on
            # the leg (within 2 cm of the line from ankle to knee), not behind it.
            t = (hand[1] - ankle[1]) / (knee[1] - ankle[1])
            assert 0 < t < 0.67
            on_line = ankle[0] + (knee[0] - ankle[0]) * t
            assert abs(hand[0] - on_line) < 0.02


def test_the_towel_stretch_pulls_the_toes_back() -> None:
    scene = SCENES["towel-stretch"]
    assert scene.hold["near_foot"] > scene.rest["near_foot"] > 160  # toes towards the body
    assert any(prop.kind == "towel" for prop in scene.props)


def test_the_view_keeps_one_scale_and_holds_every_scene() -> None:
    low = {"calf-massage", "towel-stretch"}  # framed closer: they fill the area too
    for name, scene in SCENES.items():
        left, bottom, right, top = bounds(name)
        if name in low:
            assert top - bottom < 0.65 * VIEW_HEIGHT, name
            assert (right - left) / (top - bottom) == pytest.approx(
                VIEW_WIDTH / VIEW_HEIGHT, rel=0.1
            )
        else:
            assert (right - left, top - bottom) == pytest.approx((VIEW_WIDTH, VIEW_HEIGHT))
        for frame in scene.keyframes:
            for x, y in skeleton(frame).points():
                assert left < x < right, name
                assert bottom < y < top - HEAD_RADIUS, name
