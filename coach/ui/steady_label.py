"""A label that keeps its height while its text changes."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel


class SteadyLabel(QLabel):
    """A label as tall as the tallest of the texts it will show in a routine, so that the
    figure and the ring do not jump from step to step (they moved by about 17 px)."""

    def __init__(self) -> None:
        super().__init__()
        self._texts: list[str] = []

    def set_texts(self, texts: list[str]) -> None:
        self._texts = texts
        self.updateGeometry()

    def _tallest(self, width: int | None) -> int:
        margins = self.contentsMargins()
        spare = margins.top() + margins.bottom() + 2 * self.margin()
        flags = int(self.alignment())
        if width is None:
            bounds = QRect(0, 0, 1 << 20, 1 << 20)
        else:
            inner = width - margins.left() - margins.right() - 2 * self.margin()
            bounds = QRect(0, 0, max(1, inner), 1 << 20)
            flags |= Qt.TextFlag.TextWordWrap
        metrics = self.fontMetrics()
        tallest = max(
            (metrics.boundingRect(bounds, flags, text).height() for text in self._texts),
            default=0,
        )
        return tallest + spare if tallest else 0

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self._tallest(width))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.wordWrap():
            hint.setHeight(max(hint.height(), self._tallest(None)))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.wordWrap():
            hint.setHeight(max(hint.height(), self._tallest(None)))
        return hint
