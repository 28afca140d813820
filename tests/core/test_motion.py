import itertools
import math

import pytest

from coach.core.figure.motion import figure_at
from coach.core.figure.scenes import SCENES
from coach.core.figure.skeleton import Pose, skeleton

STRETCHES = [name for name, scene in SCENES.items() if scene.hold is not None]
LOOPS = [name for name, scene in SCENES.items() if scene.loop]


def largest_change(a: Pose, b: Pose) -> float:
    angles = max(abs(x - y) for x, y in zip(a.angles, b.angles, strict=True))
    hip = math.dist(a.hip, b.hip) * 100  # a centimetre counts as a degree
    return max(angles, hip)


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
