"""The figure's body: joint angles, the skeleton they make, and building poses.

The figure is seen from the side, facing right (+x), y up, the floor at y = 0, in
metres. Each segment has an absolute direction angle in degrees: 0 points straight down,
90 forward, 180 up, -90 back. The "near" limbs are those on the viewer's side, which,
facing right, are the person's right limbs; the painter mirrors the figure for a left
step, so the near limbs are always the ones the step works on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

TRUNK, NECK, HEAD_RADIUS = 0.50, 0.06, 0.10
UPPER_ARM, FOREARM = 0.29, 0.27
THIGH, SHIN, FOOT = 0.44, 0.43, 0.17
ANKLE_HEIGHT, HEEL_BACK = 0.075, 0.04
LEG = THIGH + SHIN  # hip to ankle, the knee straight

JOINTS: tuple[str, ...] = (
    "trunk",
    "head",
    "near_upper_arm",
    "near_forearm",
    "far_upper_arm",
    "far_forearm",
    "near_thigh",
    "near_shin",
    "near_foot",
    "far_thigh",
    "far_shin",
    "far_foot",
)

Point = tuple[float, float]


def direction(angle: float) -> Point:
    radians = math.radians(angle)
    return (math.sin(radians), -math.cos(radians))


def angle_of(dx: float, dy: float) -> float:
    return math.degrees(math.atan2(dx, -dy))


def along(start: Point, angle: float, length: float) -> Point:
    """The point `length` from `start` in the direction `angle`."""
    dx, dy = direction(angle)
    return (start[0] + dx * length, start[1] + dy * length)


@dataclass(frozen=True)
class Pose:
    """Where the hip is and the direction of every segment."""

    hip: Point
    angles: tuple[float, ...]  # in JOINTS order

    def __getitem__(self, joint: str) -> float:
        return self.angles[JOINTS.index(joint)]

    def moved(self, dx: float, dy: float) -> Pose:
        return replace(self, hip=(self.hip[0] + dx, self.hip[1] + dy))


@dataclass(frozen=True)
class Skeleton:
    """The points the painter joins with limbs."""

    hip: Point
    neck: Point
    head: Point  # centre of the head
    near: dict[str, Point]  # elbow, hand, knee, ankle, heel, toe
    far: dict[str, Point]

    def points(self) -> list[Point]:
        return [self.hip, self.neck, self.head, *self.near.values(), *self.far.values()]


def skeleton(pose: Pose) -> Skeleton:
    neck = along(pose.hip, pose["trunk"], TRUNK)
    head = along(neck, pose["head"], NECK + HEAD_RADIUS)
    sides = {}
    for side in ("near", "far"):
        elbow = along(neck, pose[f"{side}_upper_arm"], UPPER_ARM)
        hand = along(elbow, pose[f"{side}_forearm"], FOREARM)
        knee = along(pose.hip, pose[f"{side}_thigh"], THIGH)
        ankle = along(knee, pose[f"{side}_shin"], SHIN)
        foot = pose[f"{side}_foot"]
        heel = along(along(ankle, foot - 90, ANKLE_HEIGHT), foot, -HEEL_BACK)
        toe = along(heel, foot, FOOT)
        sides[side] = {
            "elbow": elbow,
            "hand": hand,
            "knee": knee,
            "ankle": ankle,
            "heel": heel,
            "toe": toe,
        }
    return Skeleton(pose.hip, neck, head, sides["near"], sides["far"])


def grounded(pose: Pose, floor: float = 0.0) -> Pose:
    """The pose moved up or down so that its lowest heel or toe rests on `floor`."""
    bones = skeleton(pose)
    feet = [side[end] for side in (bones.near, bones.far) for end in ("heel", "toe")]
    lowest = min(y for _, y in feet)
    return pose.moved(0.0, floor - lowest)


# -- building poses ---------------------------------------------------------------


def reach(
    start: Point, target: Point, first: float, second: float, bend: int
) -> tuple[float, float]:
    """Angles of a two-segment limb from `start` towards `target` (two-link IK).

    `bend` +1 puts the middle joint forward of the line (a knee), -1 behind or below it
    (an elbow). Out of reach, the limb points straight at the target.
    """
    dx, dy = target[0] - start[0], target[1] - start[1]
    distance = min(math.hypot(dx, dy), (first + second) * 0.999999)
    distance = max(distance, abs(first - second) + 1e-6)
    base = angle_of(dx, dy)
    cosine = (first**2 + distance**2 - second**2) / (2 * first * distance)
    opening = math.degrees(math.acos(max(-1.0, min(1.0, cosine))))
    upper = base + bend * opening
    middle = along(start, upper, first)
    lower = angle_of(target[0] - middle[0], target[1] - middle[1])
    return upper, lower


def ankle_for_heel(heel: Point, foot: float) -> Point:
    """Where the ankle is when the heel is at `heel` and the foot points at `foot`."""
    return along(along(heel, foot, HEEL_BACK), foot - 90, -ANKLE_HEIGHT)


def build(
    hip: Point,
    trunk: float,
    head: float,
    *,
    near_hand: Point | None = None,
    far_hand: Point | None = None,
    near_arm: tuple[float, float] = (6.0, 14.0),
    far_arm: tuple[float, float] = (2.0, 10.0),
    near_heel: Point | None = None,
    far_heel: Point | None = None,
    near_leg: tuple[float, float] = (2.0, 2.0),
    far_leg: tuple[float, float] = (-2.0, -2.0),
    near_foot: float = 90.0,
    far_foot: float = 90.0,
) -> Pose:
    """A pose from the hip, trunk and head, with hands and heels placed by reaching."""
    neck = along(hip, trunk, TRUNK)
    if near_hand is not None:
        near_arm = reach(neck, near_hand, UPPER_ARM, FOREARM, -1)
    if far_hand is not None:
        far_arm = reach(neck, far_hand, UPPER_ARM, FOREARM, -1)
    if near_heel is not None:
        near_leg = reach(hip, ankle_for_heel(near_heel, near_foot), THIGH, SHIN, +1)
    if far_heel is not None:
        far_leg = reach(hip, ankle_for_heel(far_heel, far_foot), THIGH, SHIN, +1)
    angles = {
        "trunk": trunk,
        "head": head,
        "near_upper_arm": near_arm[0],
        "near_forearm": near_arm[1],
        "far_upper_arm": far_arm[0],
        "far_forearm": far_arm[1],
        "near_thigh": near_leg[0],
        "near_shin": near_leg[1],
        "near_foot": near_foot,
        "far_thigh": far_leg[0],
        "far_shin": far_leg[1],
        "far_foot": far_foot,
    }
    return Pose(hip, tuple(angles[joint] for joint in JOINTS))


def _other_side(joint: str) -> str:
    if joint.startswith("near_"):
        return "far_" + joint.removeprefix("near_")
    if joint.startswith("far_"):
        return "near_" + joint.removeprefix("far_")
    return joint


def swapped(pose: Pose) -> Pose:
    """The same pose with near and far limbs exchanged (the other half of a stride)."""
    return Pose(pose.hip, tuple(pose[_other_side(joint)] for joint in JOINTS))
