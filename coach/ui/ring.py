"""The countdown ring: the phase draining around the large seconds number.

Drawn in two layers. What changes at most once a second (the background, the ring's
track, the words, the number, a flash) is rendered into a pixmap and kept; a frame blits
it and draws the arc on top. The widget is opaque, so a frame repaints no parent, and a
frame that only drains the arc repaints the few pixels around its moving end.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.text import translate
from coach.ui.style import LIGHT, Theme, scaled_font

WHOLE_REPAINT_DEGREES = 30.0  # a bigger jump of the arc's end repaints the whole ring


def number_text(seconds: int | None) -> str:
    """Seconds under a minute as they are; a minute or more as m:ss ("1:58", not "118")."""
    if seconds is None:
        return ""
    if seconds < 60:
        return str(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _fitting_font(base: QFont, factor: float, text: str, width: float, height: float) -> QFont:
    """`base` at `factor`, shrunk until `text` fits `width` x `height`."""
    font = scaled_font(base, factor, bold=True)
    while font.pointSizeF() > 4:
        size = QFontMetricsF(font).size(0, text)
        if size.width() <= width and size.height() <= height:
            break
        font.setPointSizeF(font.pointSizeF() * 0.9)
    return font


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
        return number_text(self._seconds)

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

    def inner_square(self) -> QRectF:
        """The largest square inside the ring's inner circle: the text stays within it."""
        _, thickness, box = self._geometry()
        inner = box.width() - thickness  # the inner circle's diameter
        edge = inner / math.sqrt(2)
        centre = box.center()
        return QRectF(centre.x() - edge / 2, centre.y() - edge / 2, edge, edge)

    def text_layout(self) -> tuple[tuple[QRectF, QFont], tuple[QRectF, QFont] | None]:
        """The word's and the number's rectangles and fonts as drawn: both sized from
        the inner circle so that they fit in it and never overlap (whatever the text
        size and the language)."""
        side = min(self.width(), self.height())
        square = self.inner_square()
        if self._seconds is None:
            zones = [(square, self._word, max(1.0, side / 160))]
        else:
            # The word on the upper third, the number below it.
            word_zone = QRectF(square.left(), square.top(), square.width(), square.height() / 3)
            number_zone = QRectF(
                square.left(), word_zone.bottom(), square.width(), square.height() * 2 / 3
            )
            zones = [
                (word_zone, self._word, max(1.0, side / 160)),
                (number_zone, number_text(self._seconds), max(2.0, side / 48)),
            ]
        placed = []
        for zone, text, factor in zones:
            font = _fitting_font(self.font(), factor, text, zone.width(), zone.height())
            size = QFontMetricsF(font).size(0, text)
            rect = QRectF(0, 0, size.width(), size.height())
            rect.moveCenter(zone.center())
            placed.append((rect, font))
        return placed[0], (placed[1] if len(placed) > 1 else None)

    def text_rects(self) -> tuple[QRectF, QRectF | None]:
        """For tests: where the word and the number are drawn."""
        (word, _), number = self.text_layout()
        return word, (None if number is None else number[0])

    def _paint_text(self, painter: QPainter, side: float, box: QRectF) -> None:
        (word_rect, word_font), number = self.text_layout()
        painter.setPen(self._colour)
        painter.setFont(word_font)
        painter.drawText(word_rect, Qt.AlignmentFlag.AlignCenter, self._word)
        if number is None:
            return
        number_rect, number_font = number
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(number_font)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, number_text(self._seconds))
