"""The figure: poses as joint angles, keyframes for every pose, and interpolation.

The figure is seen from the side, facing right (+x), y up, the floor at y = 0, in
metres. Each segment has an absolute direction angle in degrees: 0 points straight down,
90 forward, 180 up, -90 back. The "near" limbs are those on the viewer's side, which,
facing right, are the person's right limbs; the painter mirrors the figure for a left
step, so the near limbs are always the ones the step works on.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, replace

TRUNK, NECK, HEAD_RADIUS = 0.50, 0.06, 0.10
UPPER_ARM, FOREARM = 0.29, 0.27
THIGH, SHIN, FOOT = 0.44, 0.43, 0.17
ANKLE_HEIGHT, HEEL_BACK = 0.075, 0.04

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


def _along(start: Point, angle: float, length: float) -> Point:
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
    neck = _along(pose.hip, pose["trunk"], TRUNK)
    head = _along(neck, pose["head"], NECK + HEAD_RADIUS)
    sides = {}
    for side in ("near", "far"):
        elbow = _along(neck, pose[f"{side}_upper_arm"], UPPER_ARM)
        hand = _along(elbow, pose[f"{side}_forearm"], FOREARM)
        knee = _along(pose.hip, pose[f"{side}_thigh"], THIGH)
        ankle = _along(knee, pose[f"{side}_shin"], SHIN)
        foot = pose[f"{side}_foot"]
        heel = _along(_along(ankle, foot - 90, ANKLE_HEIGHT), foot, -HEEL_BACK)
        toe = _along(heel, foot, FOOT)
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


# -- building keyframes -----------------------------------------------------------


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
    middle = _along(start, upper, first)
    lower = angle_of(target[0] - middle[0], target[1] - middle[1])
    return upper, lower


def ankle_for_heel(heel: Point, foot: float) -> Point:
    """Where the ankle is when the heel is at `heel` and the foot points at `foot`."""
    return _along(_along(heel, foot, HEEL_BACK), foot - 90, -ANKLE_HEIGHT)


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
    neck = _along(hip, trunk, TRUNK)
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


# -- props ------------------------------------------------------------------------


@dataclass(frozen=True)
class Prop:
    """A simple shape: wall, floor, step, chair, bed, covers or towel.

    Boxes are given by their lower-left corner, width and height. The towel and the
    covers follow the figure, so the painter takes their ends from the skeleton.
    """

    kind: str
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0


# -- the scenes -------------------------------------------------------------------


@dataclass(frozen=True)
class Scene:
    """What a pose shows: a still, an ease between rest and hold, or a loop."""

    props: tuple[Prop, ...]
    rest: Pose
    hold: Pose | None = None  # a stretch: eases rest -> hold as a hold starts, back at rest
    loop: tuple[Pose, ...] = ()  # a movement: cycles through these
    period: float = 0.0  # seconds per loop
    keep_grounded: bool = False  # re-ground every frame (walking)
    accent: bool = True  # the near leg is the one the step works on: mark it
    keyframes: tuple[Pose, ...] = field(init=False)

    def __post_init__(self) -> None:
        frames = (self.rest, *(() if self.hold is None else (self.hold,)), *self.loop)
        object.__setattr__(self, "keyframes", frames)


FLOOR = Prop("floor")
UPRIGHT = grounded(build((0.0, 1.0), 180, 180))

LEG = THIGH + SHIN


def _straight_leg_hip(heel: Point, leg_angle: float, foot: float = 90.0) -> Point:
    """The hip that puts a straight leg at `leg_angle` onto `heel`."""
    return _along(ankle_for_heel(heel, foot), leg_angle + 180, LEG * 0.99999)


# Wall calf stretch: hands on the wall at chest height, the near (stretched) leg back
# and straight with its heel down, the front knee bent; the body leans in as one line.
WALL_X = 0.66
_BACK, _FRONT = (-0.21, 0.0), (0.10, 0.0)
_wall_hold_hip = _straight_leg_hip(_BACK, -20)
WALL_CALF = Scene(
    props=(FLOOR, Prop("wall", WALL_X, 0.0, 0.1, 1.95)),
    rest=build(
        (0.0, 0.93),
        172,
        176,
        near_hand=(WALL_X, 1.28),
        far_hand=(WALL_X, 1.31),
        near_heel=_BACK,
        far_heel=_FRONT,
    ),
    hold=build(
        _wall_hold_hip,
        160,
        164,
        near_hand=(WALL_X, 1.22),
        far_hand=(WALL_X, 1.25),
        near_heel=_BACK,
        far_heel=_FRONT,
    ),
)

# Standing hamstring stretch: the near heel on a low step, knee straight, toes up; the
# body hinges forward from the hips with a straight back, hands resting on the thigh.
_ham_hip = (0.0, UPRIGHT.hip[1])
_ham_leg = (40.0, 40.0)  # straight, resting on the step
_ham_hold = build(
    _ham_hip,
    128,
    120,
    near_leg=_ham_leg,
    near_foot=148,
    far_heel=(0.0, 0.0),
    near_hand=(0.30, 0.62),
    far_hand=(0.27, 0.66),
)
_step_heel = skeleton(_ham_hold).near["heel"]
STEP = Prop("step", _step_heel[0] - 0.14, 0.0, 0.34, _step_heel[1])
HAMSTRING = Scene(
    props=(FLOOR, STEP),
    rest=build(
        _ham_hip,
        178,
        180,
        near_leg=_ham_leg,
        near_foot=148,
        far_heel=(0.0, 0.0),
        near_arm=(4, 8),
        far_arm=(0, 6),
    ),
    hold=_ham_hold,
)

# Seated: on a chair, the near leg straight out with its heel on the floor.
SEAT = 0.46
CHAIR = Prop("chair", -0.42, 0.0, 0.44, SEAT)
_seat_hip = (-0.16, SEAT + 0.07)
_SITTING_HEEL = (0.30, 0.0)  # the far foot, sitting normally
_near_out = (61.0, 61.0)  # straight, the heel just on the floor
_ON_THE_THIGHS = ((0.12, SEAT + 0.12), (0.10, SEAT + 0.14))


def _seated(trunk: float, head: float, foot: float, hands: tuple[Point, Point]) -> Pose:
    """On the chair, the near leg straight out with its heel on the floor."""
    return build(
        _seat_hip,
        trunk,
        head,
        near_leg=_near_out,
        near_foot=foot,
        far_heel=_SITTING_HEEL,
        near_hand=hands[0],
        far_hand=hands[1],
    )


# Seated calf stretch: lean in a little and draw the toes back towards the body.
SEATED_CALF = Scene(
    props=(FLOOR, CHAIR),
    rest=_seated(176, 180, 115, _ON_THE_THIGHS),
    hold=_seated(150, 150, 165, ((0.25, 0.36), (0.22, 0.39))),
)
# Seated hamstring stretch: hinge forward from the hips, hands sliding down the thigh.
SEATED_HAMSTRING = Scene(
    props=(FLOOR, CHAIR),
    rest=_seated(178, 180, 130, _ON_THE_THIGHS),
    hold=_seated(128, 122, 135, ((0.36, 0.28), (0.33, 0.31))),
)

# Slow walking, in place: heel strike and passing, then the same with legs exchanged.
_strike = grounded(
    build(
        (0.0, 1.0),
        177,
        180,
        near_leg=(24, 14),
        near_foot=104,
        far_leg=(-16, -36),
        far_foot=62,
        near_arm=(-16, -4),
        far_arm=(18, 40),
    )
)
_passing = grounded(
    build(
        (0.0, 1.0),
        178,
        180,
        near_leg=(-2, -3),
        near_foot=90,
        far_leg=(22, -24),
        far_foot=78,
        near_arm=(2, 12),
        far_arm=(-2, 10),
    )
)
WALKING = Scene(
    props=(FLOOR,),
    rest=UPRIGHT,
    loop=(_strike, _passing, swapped(_strike), swapped(_passing)),
    period=1.3,
    keep_grounded=True,
    accent=False,
)

# Calf massage: seated, the near foot forward, both hands kneading the near calf from
# the ankle up towards the knee and back.
_massage_hip = (-0.16, SEAT + 0.07)
_massage_heel = (0.36, 0.0)


def _massage(height: float) -> Pose:
    base = build(_massage_hip, 118, 112, near_heel=_massage_heel, far_heel=_SITTING_HEEL)
    bones = skeleton(base)
    knee, ankle = bones.near["knee"], bones.near["ankle"]
    # A point on the back of the calf, `height` of the way from ankle to knee.
    x = ankle[0] + (knee[0] - ankle[0]) * height - 0.05
    y = ankle[1] + (knee[1] - ankle[1]) * height
    return build(
        _massage_hip,
        118,
        112,
        near_heel=_massage_heel,
        far_heel=_SITTING_HEEL,
        near_hand=(x + 0.02, y),
        far_hand=(x - 0.01, y + 0.05),
    )


CALF_MASSAGE = Scene(
    props=(FLOOR, CHAIR),
    rest=_massage(0.3),
    loop=(_massage(0.25), _massage(0.7)),
    period=1.8,
)

# Towel stretch: sitting on the floor, the near leg straight, a towel round the ball of
# the foot; the hands draw it in and the toes come back towards the body.
_floor_hip = (0.0, 0.10)
TOWEL = Scene(
    props=(FLOOR, Prop("mat", -0.45, 0.0, 1.5, 0.02), Prop("towel")),
    rest=build(
        _floor_hip,
        168,
        172,
        near_leg=(88, 88),
        near_foot=168,
        far_heel=(0.42, 0.02),
        far_foot=95,
        near_hand=(0.50, 0.42),
        far_hand=(0.48, 0.45),
    ),
    hold=build(
        _floor_hip,
        184,
        178,
        near_leg=(88, 88),
        near_foot=198,
        far_heel=(0.42, 0.02),
        far_foot=95,
        near_hand=(0.26, 0.50),
        far_hand=(0.24, 0.53),
    ),
)

# In bed: on the back or the side, the covers loose over the feet.
BED = Prop("bed", -0.95, 0.0, 2.0, 0.50)
_mattress = BED.height + 0.11
LYING_BACK = Scene(
    props=(FLOOR, BED, Prop("covers")),
    rest=build(
        (0.0, _mattress),
        -90,
        -90,
        near_leg=(90, 90),
        far_leg=(90, 90),
        near_foot=172,
        far_foot=170,
        near_arm=(90, 95),
        far_arm=(92, 98),
    ),
    accent=False,
)
LYING_SIDE = Scene(
    props=(FLOOR, BED, Prop("covers")),
    rest=build(
        (0.0, _mattress),
        -90,
        -84,
        near_leg=(108, 72),
        far_leg=(100, 80),
        near_foot=160,
        far_foot=165,
        near_arm=(110, -120),
        far_arm=(105, -125),
    ),
    accent=False,
)

SCENES: dict[str, Scene] = {
    "standing": Scene(props=(FLOOR,), rest=UPRIGHT, accent=False),
    "wall-calf-stretch": WALL_CALF,
    "hamstring-stretch": HAMSTRING,
    "seated-calf-stretch": SEATED_CALF,
    "seated-hamstring-stretch": SEATED_HAMSTRING,
    "walking": WALKING,
    "calf-massage": CALF_MASSAGE,
    "towel-stretch": TOWEL,
    "lying-back": LYING_BACK,
    "lying-side": LYING_SIDE,
}
POSES: frozenset[str] = frozenset(SCENES)

# -- animation --------------------------------------------------------------------

EASE_SECONDS = 1.2  # into a stretch as a hold starts, out of it as the rest starts


def ease(t: float) -> float:
    """Smooth in and out: 0 -> 0, 1 -> 1, with no speed at either end."""
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction `t` of the way from `a` to `b`, joint by joint."""
    if t <= 0.0:
        return a
    if t >= 1.0:
        return b
    hip = (a.hip[0] + (b.hip[0] - a.hip[0]) * t, a.hip[1] + (b.hip[1] - a.hip[1]) * t)
    angles = tuple(x + (y - x) * t for x, y in zip(a.angles, b.angles, strict=True))
    return Pose(hip, angles)


def figure_at(pose: str, phase: str, elapsed: float, duration: float) -> Pose:
    """The figure `elapsed` seconds into a phase of `duration` seconds showing `pose`.

    `phase` is the session's phase kind: "hold", "rest", "timed" or "tip".
    """
    scene = SCENES[pose]
    if scene.loop:
        cycle = (elapsed / scene.period) % 1.0 * len(scene.loop)
        index = int(cycle)
        frame = interpolate(
            scene.loop[index], scene.loop[(index + 1) % len(scene.loop)], ease(cycle - index)
        )
        return grounded(frame) if scene.keep_grounded else frame
    if scene.hold is None:
        return scene.rest
    # Never slower than half the phase, so a short phase still reaches its pose.
    span = min(EASE_SECONDS, duration / 2) if duration > 0 else EASE_SECONDS
    progress = ease(elapsed / span) if span > 0 else 1.0
    if phase == "hold":
        return interpolate(scene.rest, scene.hold, progress)
    if phase == "rest":
        return interpolate(scene.hold, scene.rest, progress)
    return scene.hold


VIEW_WIDTH, VIEW_HEIGHT = 2.4, 2.35  # every scene at one scale: the figure keeps its size


@functools.cache
def bounds(pose: str) -> tuple[float, float, float, float]:
    """The view (left, bottom, right, top): centred on the scene, standing on the floor."""
    scene = SCENES[pose]
    xs = [x for frame in scene.keyframes for x, _ in skeleton(frame).points()]
    for prop in scene.props:
        if prop.width:
            xs += [prop.x, prop.x + prop.width]
    middle = (min(xs) + max(xs)) / 2
    bottom = -0.08
    return (middle - VIEW_WIDTH / 2, bottom, middle + VIEW_WIDTH / 2, bottom + VIEW_HEIGHT)
