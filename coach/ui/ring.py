"""The countdown ring: the phase draining around the large seconds number.

Drawn in two layers. What changes at most once a second (the background, the ring's
track, the words, the number, a flash) is rendered into a pixmap and kept; a frame blits
it and draws the arc on top. The widget is opaque, so a frame repaints no parent, and a
frame that only drains the arc repaints the few pixels around its moving end.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.text import translate
from coach.ui.style import LIGHT, Theme, scaled_font

WHOLE_REPAINT_DEGREES = 30.0  # a bigger jump of the arc's end repaints the whole ring


class CountdownRing(QWidget):
    """Shows a phase word, whole seconds left, and a ring for the fraction left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(150, 150)
        # Every pixel is painted from the cached layer: no parent paints beneath it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._word = ""
        self._seconds: int | None = None
        self._fraction_left = 1.0
        self._colour = LIGHT.hold
        self._theme = LIGHT
        self._flash = False
        self._layer: QPixmap | None = None
        self._layer_key: tuple[object, ...] = ()
        self.layers_rendered = 0  # for tests: how often the still layer was drawn
        self.frames_painted = 0

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    @property
    def word(self) -> str:
        return self._word

    @property
    def seconds_text(self) -> str:
        return "" if self._seconds is None else str(self._seconds)

    def show_phase(
        self, word: str, seconds: int | None, fraction_left: float, colour: QColor
    ) -> None:
        state = (word, seconds, round(fraction_left, 3), colour.rgba())
        if state == (self._word, self._seconds, round(self._fraction_left, 3), self._colour.rgba()):
            return
        only_drains = (word, seconds, colour.rgba()) == (
            self._word,
            self._seconds,
            self._colour.rgba(),
        )
        before = self._fraction_left
        self._word, self._seconds, self._colour = word, seconds, colour
        self._fraction_left = max(0.0, min(1.0, fraction_left))
        spoken = (
            word
            if seconds is None
            else translate("Ring", "{phase}, {seconds} seconds left").format(
                phase=word, seconds=seconds
            )
        )
        self.setAccessibleName(spoken)
        if only_drains and seconds is not None:
            self.update(self._arc_end_rect(before, self._fraction_left))
        else:
            self.update()

    def set_flash(self, on: bool) -> None:
        """A visual cue in place of a sound, where no sound can be played."""
        if on != self._flash:
            self._flash = on
            self.update()

    # -- geometry -----------------------------------------------------------------

    def _geometry(self) -> tuple[float, float, QRectF]:
        side = min(self.width(), self.height())
        thickness = max(6.0, side * 0.06)
        box = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        return side, thickness, box

    def _arc_end_rect(self, before: float, after: float) -> QRect:
        """The pixels the arc's end sweeps between two fractions: the only ones that
        change while the ring drains (the whole ring if the end jumps far)."""
        if abs(before - after) * 360 > WHOLE_REPAINT_DEGREES:
            return self.rect()
        _, thickness, box = self._geometry()
        centre, radius = box.center(), box.width() / 2
        area = QRectF()
        for fraction in (before, after):
            # From twelve o'clock, clockwise.
            angle = math.radians(90 - fraction * 360)
            end = QPointF(
                centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle)
            )
            reach = thickness  # the round cap and antialiasing around it
            spot = QRectF(end.x() - reach, end.y() - reach, 2 * reach, 2 * reach)
            area = spot if area.isNull() else area.united(spot)
        return area.toAlignedRect().adjusted(-2, -2, 2, 2)

    # -- painting -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frames_painted += 1
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._still_layer())
        _, thickness, box = self._geometry()
        if self._seconds is not None and self._fraction_left > 0:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self._colour, thickness)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # From twelve o'clock, clockwise; Qt counts sixteenths of a degree.
            painter.drawArc(box, 90 * 16, -round(self._fraction_left * 360 * 16))
        painter.end()

    def _still_layer(self) -> QPixmap:
        """Background, track, flash, words and number: redrawn only when one changes."""
        ratio = self.devicePixelRatioF()
        background = self.palette().color(self.backgroundRole())
        key = (
            self.size(),
            ratio,
            background.rgba(),
            self._theme.prop.rgba(),
            self._colour.rgba(),
            self._word,
            self._seconds,
            self._flash,
            self.font().key(),
            self.palette().color(self.foregroundRole()).rgba(),
        )
        if self._layer is not None and key == self._layer_key:
            return self._layer
        self.layers_rendered += 1
        layer = QPixmap(self.size() * ratio)
        layer.setDevicePixelRatio(ratio)
        layer.fill(background)
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side, thickness, box = self._geometry()
        track = QColor(self._theme.prop)
        track.setAlphaF(0.35)
        pen = QPen(track, thickness)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(box)
        if self._flash:
            fill = QColor(self._colour)
            fill.setAlphaF(0.35)
            painter.setBrush(fill)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(box)
        self._paint_text(painter, side, box)
        painter.end()
        self._layer, self._layer_key = layer, key
        return layer

    def _paint_text(self, painter: QPainter, side: float, box: QRectF) -> None:
        painter.setPen(self._colour)
        word_font: QFont = scaled_font(self.font(), max(1.0, side / 160), bold=True)
        painter.setFont(word_font)
        if self._seconds is None:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._word)
            return
        word_box = QRectF(
            box.left(), box.top() + box.height() * 0.2, box.width(), box.height() * 0.2
        )
        painter.drawText(word_box, Qt.AlignmentFlag.AlignCenter, self._word)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(scaled_font(self.font(), max(2.0, side / 48), bold=True))
        number_box = QRectF(
            box.left(), box.top() + box.height() * 0.36, box.width(), box.height() * 0.44
        )
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, str(self._seconds))
