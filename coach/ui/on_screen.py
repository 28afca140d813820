"""Windows within the screen's free part (not under a panel, not past its edges): the
main window's place, and every dialog as it opens, frame and title bar included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDialog, QWidget

USUAL_SIZE = (900, 640)
# Room left for the window manager's frame (title bar, borders), known only once shown.
FRAME_ROOM = QSize(16, 48)
FRAME_WAIT_MS = 300  # for the window manager to frame a new window


def free_area(screen: QScreen) -> QRect:
    """The screen's free part (without panels) in Qt's pixels. At a device pixel ratio
    other than 1, Qt on X11 scales the work area's size but not its offset (a 40 px
    panel on a 1280x800 screen at 200%: (0, 40, 640, 380), past the screen's 400):
    the offset is scaled here where the area runs off the screen."""
    free, whole = screen.availableGeometry(), screen.geometry()
    if whole.contains(free):
        return free
    ratio = screen.devicePixelRatio()
    left = whole.left() + round((free.left() - whole.left()) / ratio)
    top = whole.top() + round((free.top() - whole.top()) / ratio)
    return QRect(left, top, free.width(), free.height()).intersected(whole)


def fitted(
    place: QRect | None, minimum: QSize, available: QRect, room: QSize = FRAME_ROOM
) -> QRect:
    """The window's geometry on a screen whose free part is `available`: `place` (where
    it was last) or the usual size, never larger than the screen and never off it."""
    most = available.size() - room
    size = QSize(*USUAL_SIZE) if place is None else place.size()
    size = size.boundedTo(most).expandedTo(minimum.boundedTo(most))
    if place is None:
        left = available.left() + (available.width() - size.width()) // 2
        top = available.top() + (available.height() - size.height() - room.height()) // 2
    else:
        left, top = place.left(), place.top()
    left = max(available.left(), min(left, available.right() + 1 - size.width() - room.width()))
    top = max(available.top(), min(top, available.bottom() + 1 - size.height() - room.height()))
    return QRect(QPoint(left, top), size)


def frame_on_screen(window: QWidget) -> None:
    """Move (and if need be shrink) a shown window so that its frame is on the free
    part of its screen; once framed, the frame's real size is known."""
    if not window.isVisible() or window.isMaximized() or window.isFullScreen():
        return
    available = free_area(window.screen())
    frame, inner = window.frameGeometry(), window.geometry()
    room = frame.size() - inner.size()
    geometry = fitted(frame, window.minimumSizeHint() + room, available, QSize(0, 0))
    if geometry == frame:
        return
    window.resize(geometry.size() - room)
    window.move(geometry.topLeft())  # the frame's top left, as Qt's move() takes it


class _DialogsOnScreen(QObject):
    """Puts each dialog as it opens within the screen's free part: first with room for
    a frame, then, once the window manager has framed it, with the frame it has."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            place = QRect(watched.pos(), watched.size())
            available = free_area(watched.screen())
            geometry = fitted(place, watched.minimumSizeHint(), available)
            if geometry != place:
                watched.resize(geometry.size())
                watched.move(geometry.topLeft())
            QTimer.singleShot(FRAME_WAIT_MS, watched, lambda: frame_on_screen(watched))
        return False


_KEEPER: _DialogsOnScreen | None = None


def keep_dialogs_on_screen() -> None:
    """From now on, every dialog of the application opens within the screen (once)."""
    global _KEEPER
    app = QApplication.instance()
    if _KEEPER is None and app is not None:
        _KEEPER = _DialogsOnScreen(app)
        app.installEventFilter(_KEEPER)
