"""The water page: a glass for each glass of the goal, ticked off in order."""

from __future__ import annotations

from datetime import UTC
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.text import translate
from coach.journal import Change
from coach.ui.live_journal import LiveJournal
from coach.ui.pages import Page
from coach.ui.style import scaled_font

LOWER_MARK = 6  # HEALTH.md: 6-8 glasses; the goal is 8 by default, 6 the lower mark
GLASS_SIZE = 48
COLUMNS = 8
MAX_SHOWN = 32  # glasses drawn at most; the sentence above them gives the count


def glass_icon(full: bool, colour: QColor, outline: QColor) -> QIcon:
    pixmap = QPixmap(GLASS_SIZE, GLASS_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    glass = QPainterPath(QPointF(10, 6))
    glass.lineTo(38, 6)
    glass.lineTo(34, 43)
    glass.lineTo(14, 43)
    glass.closeSubpath()
    if full:
        water = QPainterPath(QPointF(12.2, 16))
        water.lineTo(35.8, 16)
        water.lineTo(34, 43)
        water.lineTo(14, 43)
        water.closeSubpath()
        painter.fillPath(water, colour)
    painter.setPen(QPen(outline, 2.5))
    painter.drawPath(glass)
    painter.end()
    return QIcon(pixmap)


class WaterPage(Page):
    shows = frozenset({Change.WATER, Change.SETTINGS})

    def __init__(self, live: LiveJournal) -> None:
        super().__init__(live)
        self._count = 0
        self._ticked = 0  # glasses one click on an empty glass ticked, said once
        heading = QLabel(translate("Water", "Water today"))
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._glasses = QGridLayout()
        self._buttons: list[QToolButton] = []
        self._columns = COLUMNS  # fewer where the window is narrow (large text)
        self._watched: QWidget | None = None  # the scroll area's viewport, for its width
        self._add = add = QPushButton(translate("Water", "Add a glass"))
        add.setToolTip(translate("Water", "Ticks off the next glass of today"))
        add.clicked.connect(self.add_glass)
        self._undo = undo = QPushButton(translate("Water", "Undo"))
        undo.setToolTip(translate("Water", "Takes back the last glass of today"))
        undo.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(undo)
        buttons.addStretch(1)
        note = QLabel(
            translate(
                "Water",
                "6-8 glasses a day is the usual advice for your health in general, unless your "
                "doctor has limited your fluids. It is not a way to prevent cramps: reviews "
                "find no link between drinking water and night cramps.",
            )
        )
        note.setWordWrap(True)
        self._page_layout = layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addLayout(self._glasses)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(note)
        # The day turns over at water.day_start: one timer aimed at that instant.
        self.rollover = QTimer(self)
        self.rollover.setSingleShot(True)
        self.rollover.timeout.connect(self.refresh)

    @property
    def count(self) -> int:
        return self._count

    def glass_buttons(self) -> list[QToolButton]:
        return self._buttons

    def add_glass(self) -> None:
        self.live.attempt(lambda journal: journal.add_glasses(1))

    def undo(self) -> None:
        self.live.attempt(lambda journal: journal.take_back_glass())

    def _clicked(self, index: int) -> None:
        if index == self._count - 1:
            self.undo()  # the last ticked glass: take it back
        elif index >= self._count:  # an empty glass: ticked, with the empty ones before it
            count = index + 1 - self._count
            self._ticked = count
            self.live.attempt(lambda journal: journal.add_glasses(count))
            self._ticked = 0

    def refresh(self) -> None:
        settings = self.journal.settings
        self._count = self.journal.water_today()
        goal = settings.water_goal
        # A glass for each of the goal, and for each past it up to a row or so: a count
        # of thousands (an import) must not make thousands of buttons.
        shown = max(goal, min(self._count, MAX_SHOWN))
        buttons = self._buttons
        added = len(buttons) < shown
        while len(buttons) < shown:
            button = QToolButton()
            button.setIconSize(QSize(GLASS_SIZE, GLASS_SIZE))
            button.setAutoRaise(True)
            button.setToolTip(
                translate(
                    "Water",
                    "Click an empty glass to tick it off with those before it, or the last "
                    "glass ticked to take it back",
                )
            )
            index = len(buttons)
            button.clicked.connect(lambda _=False, index=index: self._clicked(index))
            self._glasses.addWidget(button, index // self._columns, index % self._columns)
            buttons.append(button)
        if added:  # Tab goes through the glasses first, as they are read: above the buttons
            order = [*buttons, self._add, self._undo]
            for before, after in pairwise(order):
                QWidget.setTabOrder(before, after)
        outline = self.palette().color(self.foregroundRole())
        full, empty = (
            glass_icon(True, self.theme.water, outline),
            glass_icon(False, QColor(), outline),
        )
        for index, button in enumerate(buttons):
            button.setVisible(index < shown)
            ticked = index < self._count
            button.setIcon(full if ticked else empty)
            name = (
                translate("Water", "Glass {number}, drunk")
                if ticked
                else translate("Water", "Glass {number}, not yet")
            )
            button.setAccessibleName(name.format(number=index + 1))
        streak = self.journal.water_streak()
        # One number to aim at, the goal; the advised least only where the goal is below it.
        today = (
            translate("Water", "{count} of {goal} glasses today: {left} more to your goal.")
            if self._count < goal
            else translate("Water", "{count} of {goal} glasses today.")
        )
        lines = [today.format(count=self._count, goal=goal, left=goal - self._count)]
        if self._ticked > 1:  # a click on a later empty glass ticks those before it too
            lines = [
                translate("Water", "Ticked {ticked} glasses: {count} of {goal} today.").format(
                    ticked=self._ticked, count=self._count, goal=goal
                )
            ]
        if goal < LOWER_MARK:
            lines.append(
                translate("Water", "At least {mark} a day is advised.").format(mark=LOWER_MARK)
            )
        if streak == 1:
            lines.append(translate("Water", "1 day in a row at your goal."))
        elif streak:
            lines.append(
                translate("Water", "{days} days in a row at your goal.").format(days=streak)
            )
        self.summary.setText(" ".join(lines))
        self._aim_rollover()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        holder = self.parentWidget()  # in a tab, the scroll area's viewport
        if holder is not None and holder is not self._watched:
            holder.installEventFilter(self)
            self._watched = holder
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """As many glasses a row as the width there is takes (at most COLUMNS), so that
        the page never scrolls sideways."""
        if not self._buttons:
            return
        width = (self._watched or self).width()
        margins = self._page_layout.contentsMargins()
        cell = self._buttons[0].sizeHint().width() + max(0, self._glasses.horizontalSpacing())
        room = width - margins.left() - margins.right()
        columns = max(2, min(COLUMNS, room // max(1, cell)))
        if columns == self._columns:
            return
        self._columns = columns
        for index, button in enumerate(self._buttons):
            self._glasses.removeWidget(button)
            self._glasses.addWidget(button, index // columns, index % columns)

    def _aim_rollover(self) -> None:
        now = self.journal.clock.now()
        _, end = self.journal.water_day_span()
        wait = (end - now.astimezone(UTC)).total_seconds()
        self.rollover.start(max(1000, min(2**31 - 1, round(wait * 1000) + 1000)))
