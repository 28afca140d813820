"""The scenes: the props and the poses each step's picture shows.

A step names its scene in the routine file's `scene` field. Positions are in the metres and
angles of `coach.core.figure.skeleton`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from coach.core.figure.skeleton import (
    LEG,
    Point,
    Pose,
    along,
    ankle_for_heel,
    build,
    grounded,
    skeleton,
    swapped,
)

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
    """What a scene shows: a still, an ease between rest and hold, or a loop."""

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


def _straight_leg_hip(heel: Point, leg_angle: float, foot: float = 90.0) -> Point:
    """The hip that puts a straight leg at `leg_angle` onto `heel`."""
    return along(ankle_for_heel(heel, foot), leg_angle + 180, LEG * 0.99999)


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
# body hinges forward from the hips with a straight back (the head in line with it, not
# dropped: a dropped head and hands reaching down the shin read as hunched), the hands
# resting on the thigh above the knee.
_ham_hip = (0.0, UPRIGHT.hip[1])
_ham_leg = (40.0, 40.0)  # straight, resting on the step
_HAM_TRUNK = 126
_ham_knee = along(_ham_hip, _ham_leg[0], 0.44)
_ham_thigh = along(_ham_hip, _ham_leg[0], 0.34)  # a hand's width above the knee
_ham_hold = build(
    _ham_hip,
    _HAM_TRUNK,
    _HAM_TRUNK + 6,  # in line with the back, the eyes to the floor ahead
    near_leg=_ham_leg,
    near_foot=148,
    far_heel=(0.0, 0.0),
    near_hand=(_ham_thigh[0] + 0.02, _ham_thigh[1] + 0.05),
    far_hand=(_ham_thigh[0] - 0.03, _ham_thigh[1] + 0.08),
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
CHAIR_BACK = 0.48  # how far its back rises above the seat (as the painter draws it)
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

# Calf massage: seated on the chair's edge, the near foot forward, leaning well over it
# so that both hands reach the near calf, kneading from the ankle up towards the knee.
_massage_hip = (-0.12, SEAT + 0.07)
_massage_heel = (0.34, 0.0)
_MASSAGE_TRUNK, _MASSAGE_HEAD = 106, 100  # bent over the leg (the hands must reach)


def _massage(height: float) -> Pose:
    base = build(
        _massage_hip,
        _MASSAGE_TRUNK,
        _MASSAGE_HEAD,
        near_heel=_massage_heel,
        far_heel=_SITTING_HEEL,
    )
    bones = skeleton(base)
    knee, ankle = bones.near["knee"], bones.near["ankle"]
    # A point on the calf, `height` of the way from ankle to knee: the hands on it.
    x = ankle[0] + (knee[0] - ankle[0]) * height
    y = ankle[1] + (knee[1] - ankle[1]) * height
    return build(
        _massage_hip,
        _MASSAGE_TRUNK,
        _MASSAGE_HEAD,
        near_heel=_massage_heel,
        far_heel=_SITTING_HEEL,
        near_hand=(x + 0.01, y),
        far_hand=(x - 0.01, y + 0.05),
    )


CALF_MASSAGE = Scene(
    props=(FLOOR, CHAIR),
    rest=_massage(0.3),
    loop=(_massage(0.2), _massage(0.5)),
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
SCENE_NAMES: frozenset[str] = frozenset(SCENES)

VIEW_WIDTH, VIEW_HEIGHT = 2.4, 2.35  # the standing scenes' view: the figure keeps its size
# A scene low to the ground (sitting on the floor, on a chair's edge) is framed closer,
# so that its figure fills the area as a standing one does rather than sitting small at
# the bottom of an empty one; never closer than this high a view.
LOW_SCENE, CLOSEST_VIEW = 1.3, 1.35
HEAD_ROOM, SIDE_ROOM = 0.25, 0.2  # room round the body's points (the head, the outline)
BOTTOM = -0.08


@functools.cache
def bounds(scene: str) -> tuple[float, float, float, float]:
    """The view (left, bottom, right, top): centred on the scene, standing on the floor;
    a standing scene's at one scale, a low one's closer (`LOW_SCENE`)."""
    shown = SCENES[scene]
    points = [point for frame in shown.keyframes for point in skeleton(frame).points()]
    xs = [x for x, _ in points]
    tops = [y + HEAD_ROOM for _, y in points]
    for prop in shown.props:
        if prop.width and prop.kind != "mat":  # a mat on the floor may run off the view
            xs += [prop.x, prop.x + prop.width]
        if prop.height:
            tops.append(prop.y + prop.height + (CHAIR_BACK if prop.kind == "chair" else 0.0))
    middle = (min(xs) + max(xs)) / 2
    width, height = VIEW_WIDTH, VIEW_HEIGHT
    if max(tops) - BOTTOM < LOW_SCENE:
        height = CLOSEST_VIEW
        width = max(height * VIEW_WIDTH / VIEW_HEIGHT, max(xs) - min(xs) + 2 * SIDE_ROOM)
        height = min(VIEW_HEIGHT, width * VIEW_HEIGHT / VIEW_WIDTH)
    return (middle - width / 2, BOTTOM, middle + width / 2, BOTTOM + height)
