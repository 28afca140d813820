"""The countdown ring: the phase draining around the large seconds number."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.text import translate
from coach.ui.style import LIGHT, Theme, scaled_font


class CountdownRing(QWidget):
    """Shows a phase word, whole seconds left, and a ring for the fraction left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(150, 150)
        self._word = ""
        self._seconds: int | None = None
        self._fraction_left = 1.0
        self._colour = LIGHT.hold
        self._theme = LIGHT
        self._flash = False

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
        self.update()

    def set_flash(self, on: bool) -> None:
        """A visual cue in place of a sound, where no sound can be played."""
        if on != self._flash:
            self._flash = on
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        thickness = max(6.0, side * 0.06)
        box = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
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
        if self._seconds is not None and self._fraction_left > 0:
            pen = QPen(self._colour, thickness)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            # From twelve o'clock, clockwise; Qt counts sixteenths of a degree.
            painter.drawArc(box, 90 * 16, -round(self._fraction_left * 360 * 16))
        painter.setPen(self._colour)
        word_font = scaled_font(self.font(), max(1.0, side / 160), bold=True)
        painter.setFont(word_font)
        if self._seconds is None:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._word)
            painter.end()
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
        painter.end()
