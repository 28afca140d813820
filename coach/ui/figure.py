"""Paints the figure of `coach.core.figure` with QPainter: rounded limbs and simple props."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.figure.scenes import SCENES, Prop, bounds
from coach.core.figure.skeleton import HEAD_RADIUS, Pose, Skeleton, skeleton
from coach.ui.style import LIGHT, Theme

LIMB = 0.075  # limb thickness, in metres
TRUNK_WIDTH = 0.12


class FigureWidget(QWidget):
    """Shows one pose of one scene; the player tells it which, frame by frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self._scene = "standing"
        self._pose: Pose = SCENES["standing"].rest
        self._mirrored = False
        self._theme = LIGHT
        self._accent = LIGHT.hold
        self.frames_painted = 0  # for tests and the benchmark

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def show_pose(self, scene: str, pose: Pose, mirrored: bool, accent: QColor) -> None:
        """Show `pose` of `scene`, mirrored for a left-side step; `accent` marks the
        near leg, the one the step works on."""
        if (scene, pose, mirrored, accent) == (
            self._scene,
            self._pose,
            self._mirrored,
            self._accent,
        ):
            return
        self._scene, self._pose, self._mirrored, self._accent = scene, pose, mirrored, accent
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frames_painted += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self._world_to_widget())
        bones = skeleton(self._pose)
        for prop in SCENES[self._scene].props:
            self._paint_prop(painter, prop, bones, behind=True)
        figure = self._theme.figure
        far = QColor(figure)
        far.setAlphaF(0.45)
        self._paint_limbs(painter, bones, "far", far, far)
        self._paint_trunk(painter, bones, figure)
        scene = SCENES[self._scene]
        self._paint_limbs(painter, bones, "near", figure, self._accent if scene.accent else figure)
        for prop in SCENES[self._scene].props:
            self._paint_prop(painter, prop, bones, behind=False)
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

    @staticmethod
    def _pen(colour: QColor, width: float) -> QPen:
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _paint_limbs(
        self, painter: QPainter, bones: Skeleton, side: str, arm: QColor, leg: QColor
    ) -> None:
        points = getattr(bones, side)
        painter.setPen(self._pen(leg, LIMB))
        painter.drawPolyline([_p(bones.hip), _p(points["knee"]), _p(points["ankle"])])
        painter.setPen(self._pen(leg, LIMB * 0.8))
        painter.drawPolyline([_p(points["ankle"]), _p(points["heel"]), _p(points["toe"])])
        painter.setPen(self._pen(arm, LIMB * 0.85))
        painter.drawPolyline([_p(bones.neck), _p(points["elbow"]), _p(points["hand"])])

    def _paint_trunk(self, painter: QPainter, bones: Skeleton, colour: QColor) -> None:
        painter.setPen(self._pen(colour, TRUNK_WIDTH))
        painter.drawLine(_p(bones.hip), _p(bones.neck))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        radius = HEAD_RADIUS
        painter.drawEllipse(_p(bones.head), radius, radius)

    def _paint_prop(self, painter: QPainter, prop: Prop, bones: Skeleton, behind: bool) -> None:
        colour = self._theme.prop
        if prop.kind in ("covers", "towel"):
            if not behind:
                self._paint_soft(painter, prop.kind, bones)
            return
        if not behind:
            return
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
            back = QRectF(prop.x, prop.height, 0.05, 0.48)
            painter.drawRect(back)
            return
        if prop.kind == "bed":
            painter.drawRect(QRectF(prop.x, 0.12, prop.width, prop.height - 0.12))
            painter.drawLine(QPointF(prop.x + 0.05, 0), QPointF(prop.x + 0.05, 0.12))
            painter.drawLine(
                QPointF(prop.x + prop.width - 0.05, 0), QPointF(prop.x + prop.width - 0.05, 0.12)
            )
            pillow = QRectF(bones.head[0] - 0.2, prop.height, 0.36, 0.1)
            painter.drawRoundedRect(pillow, 0.04, 0.04)
            return
        painter.drawRect(QRectF(prop.x, prop.y, prop.width, prop.height))

    def _paint_soft(self, painter: QPainter, kind: str, bones: Skeleton) -> None:
        colour = self._theme.prop
        if kind == "towel":
            towel = QColor(self._accent)
            painter.setPen(self._pen(_faded(towel, 0.8), 0.03))
            toe = bones.near["toe"]
            ball = QPointF(toe[0] - 0.03, toe[1])
            for hand in (bones.near["hand"], bones.far["hand"]):
                painter.drawLine(_p(hand), ball)
            return
        # Covers: loose from the chest to beyond the feet, raised over toes and knees.
        toes = max(bones.near["toe"][0], bones.far["toe"][0])
        legs = [p for side in (bones.near, bones.far) for k, p in side.items() if k != "hand"]
        top = max(point[1] for point in legs) + 0.06
        chest = bones.neck[0] + 0.18
        mattress = bones.hip[1] - 0.1
        path = QPainterPath(QPointF(chest, mattress))
        path.lineTo(chest, bones.hip[1] + 0.14)
        path.cubicTo(
            QPointF(chest + 0.6, bones.hip[1] + 0.2),
            QPointF(toes - 0.3, top),
            QPointF(toes + 0.02, top),
        )
        path.quadTo(QPointF(toes + 0.16, top - 0.02), QPointF(toes + 0.2, mattress - 0.12))
        path.lineTo(chest, mattress)
        painter.setPen(self._pen(colour, 0.02))
        painter.setBrush(_faded(colour, 0.75))
        painter.drawPath(path)


def _p(point: tuple[float, float]) -> QPointF:
    return QPointF(point[0], point[1])


def _faded(colour: QColor, alpha: float) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(alpha)
    return faded
