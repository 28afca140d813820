"""A small bar chart painted with QPainter: labelled axes, an optional goal line, and
days with no value (a night not recorded) drawn as a faint full-height band, never as 0."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.text import translate


class BarChart(QWidget):
    def __init__(self, title: str, y_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._title = title
        self._y_label = y_label
        self._values: list[float | None] = []
        self._labels: list[str] = []
        self._goal: float | None = None
        self._open_from = 0  # the first of the days not over yet
        self._colour = QColor("#1f63b5")
        self.setAccessibleName(title)

    def minimumSizeHint(self) -> QSize:
        """Room for the title, the day labels and a plot as tall as the axis label on its
        side, in the chart's font: larger text makes a larger chart, never a squashed one."""
        metrics = QFontMetrics(self.font())
        left, top, bottom = self._margins(metrics)
        plot = max(2 * metrics.height(), metrics.horizontalAdvance(self._y_label) + 8)
        return QSize(left + 12 * metrics.averageCharWidth(), top + plot + bottom)

    def sizeHint(self) -> QSize:
        # Modest: charts stretch to share the page's height, and a page asking for more
        # than the window has would scroll (a scroll area sizes pages by their hints).
        return self.minimumSizeHint().expandedTo(QSize(480, 120))

    def set_data(
        self,
        values: Sequence[float | None],
        labels: list[str],
        colour: QColor,
        goal: float | None = None,
        open_days: int = 0,
    ) -> None:
        """One bar a day; None is a day with no value (not recorded), not a 0, but in the
        last `open_days` (tonight, not over yet) it is simply no bar yet."""
        self._values, self._labels, self._colour, self._goal = list(values), labels, colour, goal
        self._open_from = len(self._values) - open_days
        total = sum(value for value in values if value is not None)
        description = translate("Chart", "{count} bars, from {first} to {last}; total {total}")
        description = description.format(
            count=len(values),
            first=labels[0] if labels else "-",
            last=labels[-1] if labels else "-",
            total=f"{total:g}",
        )
        missing = sum(value is None for value in values[: self._open_from])
        if missing:
            more = translate("Chart", "{count} not recorded")
            description = f"{description}; {more.format(count=missing)}"
        self.setAccessibleDescription(description)
        self.update()

    @staticmethod
    def _margins(metrics: QFontMetrics) -> tuple[int, int, int]:
        """Left (the axis label and numbers), top (the title), bottom (the day labels)."""
        return (
            metrics.horizontalAdvance("888") + metrics.height() + 8,
            metrics.height() + 8,
            metrics.height() + 6,
        )

    def _plot_area(self) -> QRectF:
        left, top, bottom = self._margins(QFontMetrics(self.font()))
        return QRectF(
            left, top, max(10, self.width() - left - 8), max(10, self.height() - top - bottom)
        )

    def _top(self) -> float:
        highest = max([*(v for v in self._values if v is not None), self._goal or 0, 1])
        return float(math.ceil(highest))

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (a bar of 0, or of a day not recorded, has no height)."""
        area = self._plot_area()
        if not self._values:
            return []
        slot = area.width() / len(self._values)
        top = self._top()
        rects = []
        for index, value in enumerate(self._values):
            height = area.height() * (value or 0) / top
            rects.append(
                QRectF(
                    area.left() + index * slot + slot * 0.15,
                    area.bottom() - height,
                    slot * 0.7,
                    height,
                )
            )
        return rects

    def missing_rects(self) -> list[QRectF]:
        """The faint full-height bands of the days with no value (not recorded)."""
        area = self._plot_area()
        if not self._values:
            return []
        slot = area.width() / len(self._values)
        return [
            QRectF(area.left() + index * slot + slot * 0.15, area.top(), slot * 0.7, area.height())
            for index, value in enumerate(self._values)
            if value is None and index < self._open_from
        ]

    def day_labels(self) -> list[tuple[QRectF, str]]:
        """The day labels under the plot and where they go: as many as fit without
        overlapping, none past the chart's edge."""
        area, metrics = self._plot_area(), QFontMetrics(self.font())
        placed: list[tuple[QRectF, str]] = []
        if not self._labels:
            return placed
        slot = area.width() / len(self._labels)
        widest = max(metrics.horizontalAdvance(label) for label in self._labels) + 8
        every = max(1, math.ceil(widest / slot))
        drawn_to = -math.inf  # the right end of the last label placed
        for index in range(0, len(self._labels), every):
            label = self._labels[index]
            wide = metrics.horizontalAdvance(label) + 2
            # A label that would run past the chart's edge ends at it ("28 Nov", not
            # "28 No"); one that would then run into the label before it is left out.
            left = min(area.left() + index * slot, self.width() - wide - 1)
            if left < drawn_to + 4:
                continue
            placed.append((QRectF(left, area.bottom() + 2, wide, metrics.height()), label))
            drawn_to = left + wide
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlphaF(0.35)
        metrics = QFontMetrics(self.font())
        area = self._plot_area()
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), metrics.height() + 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._title,
        )
        # The y axis: its label turned on its side, 0 and the top value.
        painter.save()
        painter.translate(metrics.height() * 0.8, area.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-area.height() / 2, -metrics.height(), area.height(), metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            self._y_label,
        )
        painter.restore()
        top = self._top()
        number_box = QRectF(0, 0, area.left() - 4, metrics.height())
        for value, y in ((0, area.bottom()), (top, area.top())):
            number_box.moveBottom(y + metrics.height() / 2)
            painter.drawText(number_box, Qt.AlignmentFlag.AlignRight, f"{value:g}")
        painter.setPen(QPen(faint, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.setPen(Qt.PenStyle.NoPen)
        missing = QColor(text)
        missing.setAlphaF(0.08)
        for rect in self.missing_rects():
            painter.fillRect(rect, missing)
        painter.setBrush(self._colour)
        for rect in self.bar_rects():
            painter.drawRect(rect)
        if self._goal is not None:
            y = area.bottom() - area.height() * self._goal / top
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        # The x axis: as many day labels as fit without overlapping.
        painter.setPen(text)
        for box, label in self.day_labels():
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, label)
        painter.end()
