"""The player's instructions: an area a whole number of lines high, as tall as the
longest text of the routine needs (up to five lines), with a scroll bar only when the
text shown does not fit."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy

LEAST_LINES, MOST_LINES = 2, 5


class InstructionsArea(QScrollArea):
    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self._label = label
        self._texts: list[str] = []
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_texts(self, texts: list[str]) -> None:
        """The texts the routine will show: the area is sized once for the longest, so
        that nothing above it moves from step to step."""
        self._texts = texts
        self.updateGeometry()

    def _line(self) -> int:
        return self._label.fontMetrics().lineSpacing()

    def _lines_needed(self) -> int:
        width = max(1, self.viewport().width() - 2 * self._label.margin())
        flags = int(self._label.alignment()) | Qt.TextFlag.TextWordWrap
        metrics = self._label.fontMetrics()
        tallest = max(
            (
                metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, t).height()
                for t in self._texts
            ),
            default=0,
        )
        lines = -(-(tallest + 2 * self._label.margin()) // self._line())  # rounded up
        return max(LEAST_LINES, min(MOST_LINES, lines))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._lines_needed() * self._line())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), LEAST_LINES * self._line())
