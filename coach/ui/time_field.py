"""A time of day to type over, as HH:MM; and fields that leave the mouse wheel to the
page they are on unless they have the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTimeEdit, QWidget


class _WheelToPage(QObject):
    """Passes the wheel on to the page (which scrolls) while the field has no focus: on
    a scrolling page, the field under the pointer changed 22:45 to 23:45 unseen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()  # on to the parent: the scroll area
            return True
        return super().eventFilter(watched, event)


_WHEEL_TO_PAGE: _WheelToPage | None = None


def wheel_only_with_focus(*fields: QWidget) -> None:
    """The wheel changes these fields only once clicked or tabbed into."""
    global _WHEEL_TO_PAGE
    if _WHEEL_TO_PAGE is None:
        _WHEEL_TO_PAGE = _WheelToPage()
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus
        field.installEventFilter(_WHEEL_TO_PAGE)


def wheel_only_with_focus_within(page: QWidget) -> None:
    """Every spin box, time field and combo box on `page`."""
    wheel_only_with_focus(*page.findChildren(QAbstractSpinBox), *page.findChildren(QComboBox))


class TimeField(QTimeEdit):
    """A click selects the hours or the minutes it lands on, so what is typed next
    replaces them: QTimeEdit put the cursor there and refused every digit (22 is full)
    until the old one was deleted. With `keeps_enter`, Enter confirms the time and goes
    no further (on the home page, the page's Enter starts the routine); in a dialog it
    goes on to the dialog's default button."""

    def __init__(
        self, at: QTime | None = None, parent: QWidget | None = None, keeps_enter: bool = False
    ) -> None:
        super().__init__(parent)
        self._keeps_enter = keeps_enter
        self.setDisplayFormat("HH:mm")
        if at is not None:
            self.setTime(at)
        self.lineEdit().installEventFilter(self)  # the clicks land on the line edit
        wheel_only_with_focus(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # emits editingFinished, and ignores the key
        if self._keeps_enter and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self._select_the_clicked_part)  # once the click is placed
        return super().eventFilter(watched, event)

    def _select_the_clicked_part(self) -> None:
        if not self.lineEdit().hasSelectedText():  # a drag chose what it wanted
            self.setSelectedSection(self.currentSection())
