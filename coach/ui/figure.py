"""Paints the figure of `coach.core.figure` with QPainter: a person with a body, and props.

Every part is a filled vector outline placed by the pose's points each frame: limbs
tapered from the hip or shoulder to the ankle or wrist with round knees and elbows and a
calf on the back of the shin, a torso with a chest and a back, a head with a nose that
shows which way the person faces, hands and shoes. The near leg, the one the step works
on, wears the phase colour; the far limbs are a paler shade, behind; a rim of the
background sets the near arm off the body.

Why it is cheap: the bones have fixed lengths, so each part's outline is made once in
the part's own frame and a frame only places it (one transform per part). What does not
move (the background and the props) is drawn once into a kept pixmap. The widget is
opaque, so no parent paints beneath it; a new pose repaints only the area the body
leaves and enters, and a pose shown already is not painted again.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.figure.scenes import CHAIR_BACK, SCENES, Prop, bounds
from coach.core.figure.skeleton import (
    ANKLE_HEIGHT,
    FOOT,
    FOREARM,
    HEAD_RADIUS,
    HEEL_BACK,
    NECK,
    SHIN,
    THIGH,
    TRUNK,
    UPPER_ARM,
    Point,
    Pose,
    Skeleton,
    skeleton,
)
from coach.ui.style import LIGHT, Theme

Profile = Sequence[tuple[float, float, float]]
# Half-widths of the limbs, in metres: (where along the bone, front, back).
THIGH_WIDTH: Profile = ((0.0, 0.075, 0.075), (0.55, 0.062, 0.060), (1.0, 0.050, 0.050))
SHIN_WIDTH: Profile = (
    (0.0, 0.050, 0.050), (0.3, 0.046, 0.064), (0.65, 0.040, 0.046), (1.0, 0.032, 0.032),
)  # fmt: skip
UPPER_ARM_WIDTH: Profile = ((0.0, 0.044, 0.044), (1.0, 0.034, 0.034))
FOREARM_WIDTH: Profile = ((0.0, 0.033, 0.033), (0.4, 0.034, 0.032), (1.0, 0.024, 0.024))
NECK_WIDTH: Profile = ((0.0, 0.036, 0.036), (1.0, 0.036, 0.036))
# The torso: (metres up the trunk from the hip, metres forward).
TORSO = (
    (-0.05, -0.02), (-0.03, 0.07), (0.10, 0.095), (0.24, 0.082), (0.36, 0.115),
    (0.45, 0.10), (0.52, 0.045), (0.55, -0.02), (0.50, -0.075), (0.32, -0.085),
    (0.16, -0.075), (0.03, -0.095),
)  # fmt: skip
# The shoe, from the heel along the sole: (metres forward, metres up).
SHOE = (
    (-0.012, 0.012), (0.01, -0.004), (FOOT - 0.02, -0.004), (FOOT + 0.004, 0.012),
    (FOOT - 0.006, 0.034), (FOOT - 0.06, 0.05), (HEEL_BACK + 0.035, ANKLE_HEIGHT),
    (HEEL_BACK, ANKLE_HEIGHT + 0.032), (HEEL_BACK - 0.036, ANKLE_HEIGHT), (-0.02, 0.045),
)  # fmt: skip
SHOULDER_DROP = 0.05  # the arm hangs from a little below the neck point
HALO = 0.022  # the rim of background round the near arm
CAP_STEPS = 8  # points on each half circle of a knee, elbow, hip or wrist
TOWEL = "#8a6bb0"  # a cloth colour apart from every look's phase colours (blues, greens, ambers)
MARGIN = 0.3  # metres round the body's points that its outline, towel or covers may reach


class FigureWidget(QWidget):
    """Shows one pose of one scene; the player tells it which, frame by frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        # Every pixel is painted from the kept layer: no parent paints beneath it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._scene = "standing"
        self._pose: Pose = SCENES["standing"].rest
        self._bones = skeleton(self._pose)
        self._mirrored = False
        self._theme = LIGHT
        self._accent = LIGHT.hold
        self._layer: QPixmap | None = None
        self._layer_key: tuple[object, ...] = ()
        self.frames_painted = 0  # for tests and the benchmark
        self.layers_rendered = 0  # how often the background and props were drawn

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def show_pose(self, scene: str, pose: Pose, mirrored: bool, accent: QColor) -> None:
        """Show `pose` of `scene`, mirrored for a left-side step; `accent` marks the
        near leg, the one the step works on. A pose shown already paints nothing."""
        if (scene, pose, mirrored, accent) == (
            self._scene,
            self._pose,
            self._mirrored,
            self._accent,
        ):
            return
        same_view = (scene, mirrored, accent) == (self._scene, self._mirrored, self._accent)
        before = self._body_rect() if same_view else QRect()
        self._scene, self._pose, self._mirrored, self._accent = scene, pose, mirrored, accent
        self._bones = skeleton(pose)
        if same_view:
            self.update(before.united(self._body_rect()))  # the body moved, nothing else
        else:
            self.update()

    def _body_rect(self) -> QRect:
        """The pixels the body, its towel or covers can touch."""
        xs = [x for x, _ in self._bones.points()]
        ys = [y for _, y in self._bones.points()]
        world = QRectF(min(xs) - MARGIN, min(ys) - MARGIN, max(xs) - min(xs) + 2 * MARGIN,
                       max(ys) - min(ys) + 2 * MARGIN)  # fmt: skip
        return self._world_to_widget().mapRect(world).toAlignedRect().adjusted(-2, -2, 2, 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frames_painted += 1
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._still_layer())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_body(painter, self._bones, self._world_to_widget())
        painter.end()

    def _world_to_widget(self) -> QTransform:
        left, bottom, right, top = bounds(self._scene)
        width, height = right - left, top - bottom
        scale = min(self.width() / width, self.height() / height)
        # Centre the scene; y grows upwards in the world and downwards on screen.
        dx = (self.width() - width * scale) / 2
        dy = (self.height() - height * scale) / 2
        transform = QTransform()
        if self._mirrored:
            transform.translate(self.width() - dx, dy + top * scale)
            transform.scale(-scale, -scale)
        else:
            transform.translate(dx, dy + top * scale)
            transform.scale(scale, -scale)
        transform.translate(-left, 0)
        return transform

    # -- the body ----------------------------------------------------------------

    def _colours(self) -> tuple[QColor, QColor, QColor, QColor]:
        """Body, far limbs, worked leg and the background, all opaque: where two parts
        of one colour overlap, the antialiased edge of one falls on the same colour and
        shows no seam."""
        background = self.palette().color(self.backgroundRole())
        body = self._theme.figure
        leg = self._accent if SCENES[self._scene].accent else body
        return body, _mixed(body, background, 0.42), leg, background

    def _paint_body(self, painter: QPainter, bones: Skeleton, world: QTransform) -> None:
        body, far, leg, background = self._colours()
        shape = _shapes()
        shoulder = _along(bones.hip, bones.neck, TRUNK - SHOULDER_DROP)
        near, back = bones.near, bones.far

        def leg_parts(points: dict[str, Point]) -> list[tuple[QTransform, list[QPolygonF]]]:
            return [
                (_frame(bones.hip, points["knee"], world), shape["thigh"]),
                (_frame(points["knee"], points["ankle"], world), shape["shin"]),
                (_frame(points["heel"], points["toe"], world), shape["shoe"]),
            ]

        def arm_parts(
            points: dict[str, Point], rim: str = ""
        ) -> list[tuple[QTransform, list[QPolygonF]]]:
            elbow = points["elbow"]
            return [
                (_frame(shoulder, elbow, world, UPPER_ARM), shape["upper_arm" + rim]),
                (_frame(elbow, points["hand"], world), shape["forearm" + rim]),
            ]

        parts = (
            (far, leg_parts(back) + arm_parts(back)),
            (body, [(_frame(bones.hip, bones.neck, world), shape["torso"]),
                    (_frame(bones.neck, bones.head, world), shape["head"])]),
            (leg, leg_parts(near)),
            (background, arm_parts(near, "_rim")),
            (body, arm_parts(near)),
        )  # fmt: skip
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, placed in parts:
            painter.setBrush(colour)
            for transform, outlines in placed:
                painter.setTransform(transform)
                for outline in outlines:
                    painter.drawPolygon(outline)
        painter.setTransform(world)
        for prop in SCENES[self._scene].props:
            if prop.kind in ("covers", "towel"):
                self._paint_soft(painter, prop.kind, bones)

    # -- the props ---------------------------------------------------------------

    def _still_layer(self) -> QPixmap:
        """The background and the props that stand still, drawn when one of them or the
        size changes and kept."""
        ratio = self.devicePixelRatioF()
        background = self.palette().color(self.backgroundRole())
        key = (self.size(), ratio, self._scene, self._mirrored, background.rgba(),
               self._theme.prop.rgba())  # fmt: skip
        if self._layer is not None and key == self._layer_key:
            return self._layer
        self.layers_rendered += 1
        layer = QPixmap(self.size() * ratio)
        layer.setDevicePixelRatio(ratio)
        layer.fill(background)
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self._world_to_widget())
        scene = SCENES[self._scene]
        for prop in scene.props:
            self._paint_prop(painter, prop, skeleton(scene.rest))
        painter.end()
        self._layer, self._layer_key = layer, key
        return layer

    @staticmethod
    def _pen(colour: QColor, width: float) -> QPen:
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _paint_prop(self, painter: QPainter, prop: Prop, rest: Skeleton) -> None:
        colour = self._theme.prop
        if prop.kind in ("covers", "towel"):
            return  # they follow the figure: drawn with it
        painter.setPen(self._pen(colour, 0.025))
        if prop.kind == "floor":
            painter.drawLine(QPointF(-5, 0), QPointF(5, 0))
            return
        painter.setBrush(_faded(colour, 0.35))
        if prop.kind == "chair":
            seat = QRectF(prop.x, prop.height - 0.05, prop.width, 0.05)
            painter.drawRect(seat)
            painter.drawLine(QPointF(prop.x + 0.03, 0), QPointF(prop.x + 0.03, prop.height))
            front = prop.x + prop.width - 0.03
            painter.drawLine(QPointF(front, 0), QPointF(front, prop.height))
            back = QRectF(prop.x, prop.height, 0.05, CHAIR_BACK)
            painter.drawRect(back)
            return
        if prop.kind == "bed":
            painter.drawRect(QRectF(prop.x, 0.12, prop.width, prop.height - 0.12))
            painter.drawLine(QPointF(prop.x + 0.05, 0), QPointF(prop.x + 0.05, 0.12))
            painter.drawLine(
                QPointF(prop.x + prop.width - 0.05, 0), QPointF(prop.x + prop.width - 0.05, 0.12)
            )
            # The bed's scenes are still: the pillow lies under the resting head.
            pillow = QRectF(rest.head[0] - 0.2, prop.height, 0.36, 0.1)
            painter.drawRoundedRect(pillow, 0.04, 0.04)
            return
        painter.drawRect(QRectF(prop.x, prop.y, prop.width, prop.height))

    def _paint_soft(self, painter: QPainter, kind: str, bones: Skeleton) -> None:
        colour = self._theme.prop
        if kind == "towel":
            # A cloth colour of its own: in the phase colour it read as part of the leg.
            background = self.palette().color(self.backgroundRole())
            towel = _mixed(QColor(TOWEL), background, 0.55 if self._theme.dark else 0.9)
            painter.setPen(self._pen(towel, 0.04))
            toe = bones.near["toe"]
            ball = QPointF(toe[0] - 0.03, toe[1])
            for hand in (bones.near["hand"], bones.far["hand"]):
                painter.drawLine(_p(hand), ball)
            return
        # Covers: loose from the chest to beyond the feet, raised over toes and knees.
        toes = max(bones.near["toe"][0], bones.far["toe"][0])
        legs = [p for side in (bones.near, bones.far) for k, p in side.items() if k != "hand"]
        top = max(point[1] for point in legs) + 0.09
        chest = bones.neck[0] + 0.18
        mattress = bones.hip[1] - 0.1
        path = QPainterPath(QPointF(chest, mattress))
        path.lineTo(chest, bones.hip[1] + 0.16)
        path.cubicTo(
            QPointF(chest + 0.6, bones.hip[1] + 0.22),
            QPointF(toes - 0.3, top),
            QPointF(toes + 0.02, top),
        )
        path.quadTo(QPointF(toes + 0.18, top - 0.02), QPointF(toes + 0.22, mattress - 0.12))
        path.lineTo(chest, mattress)
        painter.setPen(self._pen(colour, 0.02))
        painter.setBrush(_mixed(colour, self.palette().color(self.backgroundRole()), 0.8))
        painter.drawPath(path)


# -- placing the parts ------------------------------------------------------------


def _frame(a: Point, b: Point, world: QTransform, length: float = 0.0) -> QTransform:
    """From a part's own frame (x along the bone from `a` to `b`, y to its left, which is
    the front of a bone pointing down) to the widget. With `length`, x is stretched so
    that a part made that long reaches `b`."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    distance = math.hypot(dx, dy) or 1e-9
    ux, uy = dx / distance, dy / distance
    stretch = distance / length if length else 1.0
    return QTransform(ux * stretch, uy * stretch, -uy, ux, a[0], a[1]) * world


def _along(a: Point, b: Point, distance: float) -> Point:
    dx, dy = b[0] - a[0], b[1] - a[1]
    scale = distance / (math.hypot(dx, dy) or 1e-9)
    return (a[0] + dx * scale, a[1] + dy * scale)


# -- the parts' outlines, each in its own frame, made once ------------------------


@functools.cache
def _shapes() -> dict[str, list[QPolygonF]]:
    hand = FOREARM - 0.01
    head = NECK + HEAD_RADIUS
    # The torso and head point up: their front is to the right of x, at -y.
    torso = [(up, -forward) for up, forward in TORSO]
    skull = _oval((head, 0.0), HEAD_RADIUS * 1.1, HEAD_RADIUS * 0.96, 28)
    nose = _oval((head - 0.012, -0.092), 0.03, 0.024, 10)
    shapes = {
        "thigh": [_limb(THIGH, THIGH_WIDTH)],
        "shin": [_limb(SHIN, SHIN_WIDTH)],
        "shoe": [list(SHOE)],
        "upper_arm": [_limb(UPPER_ARM, UPPER_ARM_WIDTH)],
        "forearm": [_limb(FOREARM, FOREARM_WIDTH), _oval((hand, 0.0), 0.05, 0.03, 12)],
        "upper_arm_rim": [_limb(UPPER_ARM, UPPER_ARM_WIDTH, HALO)],
        "forearm_rim": [
            _limb(FOREARM, FOREARM_WIDTH, HALO),
            _oval((hand, 0.0), 0.05 + HALO, 0.03 + HALO, 12),
        ],
        "torso": [torso],
        "head": [_limb(head, NECK_WIDTH), skull, nose],
    }
    # Each outline its own simple polygon: filled even-odd, the rasteriser's fast way
    # (one polygon of several overlapping outlines, filled by winding, costs twice).
    return {
        name: [QPolygonF([QPointF(x, y) for x, y in outline]) for outline in outlines]
        for name, outlines in shapes.items()
    }


def _limb(length: float, profile: Profile, grow: float = 0.0) -> list[Point]:
    """A bone's outline along x from 0 to `length`: a half circle round each end, and
    each side through the profile's (where, front, back) half-widths, grown by `grow`."""
    caps = [(math.sin(math.pi * i / CAP_STEPS), math.cos(math.pi * i / CAP_STEPS))
            for i in range(1, CAP_STEPS)]  # fmt: skip
    points = [(length * t, front + grow) for t, front, _ in profile]
    end = profile[-1][1] + grow
    points += [(length + along * end, across * end) for along, across in caps]
    points += [(length * t, -(back + grow)) for t, _, back in reversed(profile)]
    start = profile[0][2] + grow
    points += [(-along * start, -across * start) for along, across in caps]
    return points


def _oval(centre: Point, length: float, width: float, steps: int) -> list[Point]:
    """An oval round `centre`, `length` along x and `width` along y (half axes)."""
    return [
        (centre[0] + math.cos(2 * math.pi * i / steps) * length,
         centre[1] + math.sin(2 * math.pi * i / steps) * width)
        for i in range(steps)
    ]  # fmt: skip


def _p(point: tuple[float, float]) -> QPointF:
    return QPointF(point[0], point[1])


def _faded(colour: QColor, alpha: float) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(alpha)
    return faded


def _mixed(colour: QColor, background: QColor, amount: float) -> QColor:
    """`amount` of `colour` over `background`, opaque."""
    return QColor.fromRgbF(
        colour.redF() * amount + background.redF() * (1 - amount),
        colour.greenF() * amount + background.greenF() * (1 - amount),
        colour.blueF() * amount + background.blueF() * (1 - amount),
    )
