"""The floor the figure's frame cost is measured against: the plain stick figure the app
drew until 0.9 (thick round polylines, a disc for the head, props drawn every frame).

Kept here, not in the app, so that the benchmark measures both in the same run on the
same machine: the figure with a body must cost at most 1.5 times this.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen

from coach.core.figure.scenes import SCENES, Prop
from coach.core.figure.skeleton import HEAD_RADIUS, Skeleton, skeleton
from coach.ui.figure import FigureWidget

LIMB = 0.075
TRUNK_WIDTH = 0.12


class StickFigure(FigureWidget):
    """The same widget, painted as the old stick figure: not opaque, as it was."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frames_painted += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self._world_to_widget())
        bones = skeleton(self._pose)
        scene = SCENES[self._scene]
        theme = self._theme
        for prop in scene.props:
            _prop(painter, prop, bones, theme.prop, self._accent, behind=True)
        far = _faded(theme.figure, 0.45)
        _limbs(painter, bones, "far", far, far)
        painter.setPen(_pen(theme.figure, TRUNK_WIDTH))
        painter.drawLine(_p(bones.hip), _p(bones.neck))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.figure)
        painter.drawEllipse(_p(bones.head), HEAD_RADIUS, HEAD_RADIUS)
        leg = self._accent if scene.accent else theme.figure
        _limbs(painter, bones, "near", theme.figure, leg)
        for prop in scene.props:
            _prop(painter, prop, bones, theme.prop, self._accent, behind=False)
        painter.end()


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _limbs(painter: QPainter, bones: Skeleton, side: str, arm: QColor, leg: QColor) -> None:
    points = getattr(bones, side)
    painter.setPen(_pen(leg, LIMB))
    painter.drawPolyline([_p(bones.hip), _p(points["knee"]), _p(points["ankle"])])
    painter.setPen(_pen(leg, LIMB * 0.8))
    painter.drawPolyline([_p(points["ankle"]), _p(points["heel"]), _p(points["toe"])])
    painter.setPen(_pen(arm, LIMB * 0.85))
    painter.drawPolyline([_p(bones.neck), _p(points["elbow"]), _p(points["hand"])])


def _prop(
    painter: QPainter, prop: Prop, bones: Skeleton, colour: QColor, accent: QColor, behind: bool
) -> None:
    if prop.kind in ("covers", "towel"):
        if not behind:
            _soft(painter, prop.kind, bones, colour, accent)
        return
    if not behind:
        return
    painter.setPen(_pen(colour, 0.025))
    if prop.kind == "floor":
        painter.drawLine(QPointF(-5, 0), QPointF(5, 0))
        return
    painter.setBrush(_faded(colour, 0.35))
    if prop.kind == "chair":
        painter.drawRect(QRectF(prop.x, prop.height - 0.05, prop.width, 0.05))
        painter.drawLine(QPointF(prop.x + 0.03, 0), QPointF(prop.x + 0.03, prop.height))
        front = prop.x + prop.width - 0.03
        painter.drawLine(QPointF(front, 0), QPointF(front, prop.height))
        painter.drawRect(QRectF(prop.x, prop.height, 0.05, 0.48))
        return
    if prop.kind == "bed":
        painter.drawRect(QRectF(prop.x, 0.12, prop.width, prop.height - 0.12))
        painter.drawLine(QPointF(prop.x + 0.05, 0), QPointF(prop.x + 0.05, 0.12))
        end = prop.x + prop.width - 0.05
        painter.drawLine(QPointF(end, 0), QPointF(end, 0.12))
        pillow = QRectF(bones.head[0] - 0.2, prop.height, 0.36, 0.1)
        painter.drawRoundedRect(pillow, 0.04, 0.04)
        return
    painter.drawRect(QRectF(prop.x, prop.y, prop.width, prop.height))


def _soft(painter: QPainter, kind: str, bones: Skeleton, colour: QColor, accent: QColor) -> None:
    if kind == "towel":
        painter.setPen(_pen(_faded(accent, 0.8), 0.03))
        toe = bones.near["toe"]
        for hand in (bones.near["hand"], bones.far["hand"]):
            painter.drawLine(_p(hand), QPointF(toe[0] - 0.03, toe[1]))
        return
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
    painter.setPen(_pen(colour, 0.02))
    painter.setBrush(_faded(colour, 0.75))
    painter.drawPath(path)


def _p(point: tuple[float, float]) -> QPointF:
    return QPointF(point[0], point[1])


def _faded(colour: QColor, alpha: float) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(alpha)
    return faded
