"""A time of day to type over, as HH:MM."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTime, QTimer
from PySide6.QtWidgets import QTimeEdit, QWidget


class TimeField(QTimeEdit):
    """A click selects the hours or the minutes it lands on, so what is typed next
    replaces them: QTimeEdit put the cursor there and refused every digit (22 is full)
    until the old one was deleted."""

    def __init__(self, at: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        if at is not None:
            self.setTime(at)
        self.lineEdit().installEventFilter(self)  # the clicks land on the line edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self._select_the_clicked_part)  # once the click is placed
        return super().eventFilter(watched, event)

    def _select_the_clicked_part(self) -> None:
        if not self.lineEdit().hasSelectedText():  # a drag chose what it wanted
            self.setSelectedSection(self.currentSection())
