import itertools
import math

import pytest

from coach.core import poses
from coach.core.poses import JOINTS, SCENES, figure_at, skeleton
from coach.core.routine import load_routine
from tests.conftest import ASSETS

STRETCHES = [name for name, scene in SCENES.items() if scene.hold is not None]
LOOPS = [name for name, scene in SCENES.items() if scene.loop]


def largest_change(a: poses.Pose, b: poses.Pose) -> float:
    angles = max(abs(x - y) for x, y in zip(a.angles, b.angles, strict=True))
    hip = math.dist(a.hip, b.hip) * 100  # a centimetre counts as a degree
    return max(angles, hip)


def test_every_pose_the_shipped_routines_use_has_a_scene() -> None:
    used = {
        step.pose
        for path in (ASSETS / "routines").glob("*.toml")
        for step in load_routine(path.read_text(), str(path)).steps
    }
    assert used <= set(SCENES)
    assert set(SCENES) == set(poses.POSES)
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


@pytest.mark.parametrize("name", STRETCHES)
def test_a_stretch_moves_smoothly_through_hold_and_rest(name: str) -> None:
    hold, rest, step = 10.0, 5.0, 0.01
    frames = [figure_at(name, "hold", i * step, hold) for i in range(int(hold / step) + 1)]
    frames += [figure_at(name, "rest", i * step, rest) for i in range(int(rest / step) + 1)]
    frames.append(figure_at(name, "hold", 0.0, hold))  # the next repetition
    assert max(largest_change(a, b) for a, b in itertools.pairwise(frames)) < 2.0
    assert frames[int(5 / step)] == SCENES[name].hold  # eased in, then still
    assert frames[-2] == SCENES[name].rest


@pytest.mark.parametrize("name", STRETCHES)
def test_a_short_phase_still_reaches_its_pose(name: str) -> None:
    assert figure_at(name, "hold", 0.5, 1.0) == SCENES[name].hold
    assert figure_at(name, "rest", 0.5, 1.0) == SCENES[name].rest


@pytest.mark.parametrize("name", LOOPS)
def test_a_movement_loops_without_a_jump(name: str) -> None:
    period = SCENES[name].period
    step = 0.01
    frames = [figure_at(name, "timed", i * step, 120) for i in range(int(3 * period / step))]
    assert max(largest_change(a, b) for a, b in itertools.pairwise(frames)) < 4.0
    assert (
        largest_change(figure_at(name, "timed", 0, 120), figure_at(name, "timed", period, 120))
        < 1e-6
    )
    assert len({frame.angles for frame in frames}) > 50  # it really moves


def test_walking_keeps_a_foot_on_the_floor() -> None:
    for i in range(100):
        bones = skeleton(figure_at("walking", "timed", i * 0.013, 120))
        lowest = min(p[1] for side in (bones.near, bones.far) for p in (side["heel"], side["toe"]))
        assert lowest == pytest.approx(0.0, abs=1e-9)


def test_the_wall_calf_stretch_is_what_the_advice_says() -> None:
    bones = skeleton(SCENES["wall-calf-stretch"].hold)
    hold = SCENES["wall-calf-stretch"].hold
    # Hands on the wall at chest height.
    for side in (bones.near, bones.far):
        assert side["hand"][0] == pytest.approx(poses.WALL_X, abs=0.01)
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
    assert bones.near["heel"][1] == pytest.approx(poses.STEP.height, abs=0.01)
    assert poses.STEP.x < bones.near["heel"][0] < poses.STEP.x + poses.STEP.width
    assert scene.hold["near_thigh"] == pytest.approx(scene.hold["near_shin"], abs=1.0)
    assert scene.hold["trunk"] < 140  # hinged forward from the hips


def test_the_towel_stretch_pulls_the_toes_back() -> None:
    scene = SCENES["towel-stretch"]
    assert scene.hold["near_foot"] > scene.rest["near_foot"] > 160  # toes towards the body
    assert any(prop.kind == "towel" for prop in scene.props)


def test_the_view_keeps_one_scale_and_holds_every_scene() -> None:
    for name, scene in SCENES.items():
        left, bottom, right, top = poses.bounds(name)
        assert (right - left, top - bottom) == pytest.approx((poses.VIEW_WIDTH, poses.VIEW_HEIGHT))
        for frame in scene.keyframes:
            for x, y in skeleton(frame).points():
                assert left < x < right, name
                assert bottom < y < top - poses.HEAD_RADIUS, name
