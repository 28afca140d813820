"""The 3 a.m. screen: a cramp logged in one tap, in the dark.

Dim and warm whatever the app's theme (the night look's colours, `style.PALETTES`),
with buttons a sleepy hand finds, each a quarter of the screen high: the leg (left,
right, both; the tap logs the cramp now), then "Back to sleep".
The time is now; the rest (how bad, how long) can be given in the morning's check-in.
It logs through the same request as `bedtime-coach cramp add`, which also records
that night; and it offers the cramp relief routine.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.core.text import translate
from coach.requests import DONE, LogCramp, day_cramp_note, perform
from coach.ui.diary_page import leg_name
from coach.ui.live_journal import LiveJournal
from coach.ui.style import PALETTES, scaled_font

BIG_TEXT = 2.2  # times the app's font: the leg buttons and "Back to sleep"


def _night_style() -> str:
    """The night look for this screen alone: the app may be in its light theme."""
    palette = PALETTES["night"]

    def colour(role: QPalette.ColorRole) -> str:
        return palette.color(role).name()

    window, text = colour(QPalette.ColorRole.Window), colour(QPalette.ColorRole.WindowText)
    button, mid = colour(QPalette.ColorRole.Button), colour(QPalette.ColorRole.Mid)
    focus = colour(QPalette.ColorRole.Highlight)
    return (
        f"QDialog {{ background: {window}; }}"
        f"QLabel {{ color: {text}; }}"
        f"QPushButton {{ color: {text}; background: {button}; border: 2px solid {mid};"
        " border-radius: 12px; padding: 0.6em 1.2em; }"
        f"QPushButton:focus {{ border-color: {focus}; }}"
        f"QPushButton:pressed {{ background: {mid}; }}"
    )


class CrampNowScreen(QDialog):
    """Which leg (one tap logs the cramp now), back to sleep; or the relief routine."""

    relief_requested = Signal()  # the cramp relief routine, in the window

    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._live = live
        self.setWindowTitle(translate("CrampNow", "A cramp now"))
        self.setStyleSheet(_night_style())
        self.setPalette(PALETTES["night"])
        big = scaled_font(self.font(), BIG_TEXT, bold=True)
        plain = scaled_font(self.font(), 1.4)
        self.stages = QStackedWidget()

        # 1: a cramp now, in which leg: the tap logs it (a cramp's leg is left, right or
        # both, never unknown, so the leg is the one question; the time is now).
        self.legs: dict[str, QPushButton] = {}
        for leg in ("left", "right", "both"):
            button = self._button(leg_name(leg), big)
            button.setAccessibleName(
                translate("CrampNow", "Log a cramp now: {leg}").format(leg=leg_name(leg))
            )
            button.clicked.connect(lambda _=False, leg=leg: self.log(leg))
            self.legs[leg] = button
        self.relief = self._button(translate("CrampNow", "Cramp relief routine"), plain)
        self.relief.setToolTip(translate("CrampNow", "The towel stretch, step by step"))
        self.relief.clicked.connect(self._relief)
        self.never_mind = self._button(translate("CrampNow", "Back to sleep"), plain)
        self.never_mind.clicked.connect(self.accept)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        # Left and right side by side as the legs are; both below, wide.
        first = self._stage(
            translate("CrampNow", "A cramp now? Tap the leg."),
            [[self.legs["left"], self.legs["right"]], [self.legs["both"]]],
            [self.relief, self.never_mind],
            self.error,
        )

        # 2: logged; back to sleep
        self.logged = QLabel()
        self.logged.setWordWrap(True)
        self.logged.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logged.setFont(plain)
        self.back_to_sleep = self._button(translate("CrampNow", "Back to sleep"), big)
        self.back_to_sleep.clicked.connect(self.accept)
        self.relief_after = self._button(translate("CrampNow", "Cramp relief routine"), plain)
        self.relief_after.setToolTip(translate("CrampNow", "The towel stretch, step by step"))
        self.relief_after.clicked.connect(self._relief)
        second = self._stage(
            translate("CrampNow", "Logged."),
            [[self.back_to_sleep]],
            [self.relief_after],
            self.logged,
        )
        for stage in (first, second):
            self.stages.addWidget(stage)
        QVBoxLayout(self).addWidget(self.stages)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.reject)
        self.resize(760, 520)
        self.legs["left"].setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        # The buttons a sleepy hand finds: each a quarter of the screen's height at least
        # (of the screen, not of this window, which could then never be made smaller).
        tall = self.screen().availableGeometry().height() // 4
        for button in (*self.legs.values(), self.back_to_sleep):
            button.setMinimumHeight(max(tall, round(button.sizeHint().height() * 1.5)))
        super().showEvent(event)

    @staticmethod
    def _button(text: str, font: object = None) -> QPushButton:
        button = QPushButton(text)
        if font is not None:
            button.setFont(font)  # type: ignore[arg-type]
        button.setMinimumHeight(round(button.sizeHint().height() * 1.5))
        button.setAutoDefault(False)
        return button

    def _stage(
        self,
        question: str,
        main: list[list[QPushButton]],
        others: list[QPushButton],
        note: QLabel | None = None,
    ) -> QWidget:
        stage = QWidget()
        title = QLabel(question)
        title.setFont(scaled_font(self.font(), 1.6))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        layout = QVBoxLayout(stage)
        layout.addStretch(1)
        layout.addWidget(title)
        if note is not None:
            layout.addWidget(note)
        for buttons in main:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button, 1)
            layout.addLayout(row)
        bottom = QHBoxLayout()
        for button in others:
            bottom.addWidget(button, 1)
        layout.addLayout(bottom)
        layout.addStretch(1)
        return stage

    def restart(self) -> None:
        """From the first question again: each time it is opened is a new cramp."""
        self.error.hide()
        self.stages.setCurrentIndex(0)
        self.legs["left"].setFocus()

    def ask_leg(self) -> None:
        """Which leg? (After the relief routine: the first screen asks only that.)"""
        self.restart()

    def log(self, leg: str) -> bool:
        """Log a cramp now in `leg`, as `bedtime-coach cramp add --leg LEG` does."""
        reply = perform(LogCramp(leg=leg), self._live.journal)
        if reply.code != DONE:
            self.error.setText(reply.text)
            self.error.show()
            return False
        journal = self._live.journal
        logged = translate(
            "CrampNow",
            "{leg}, at {time}. How bad and how long can wait for the morning's check-in.",
        ).format(leg=leg_name(leg), time=journal.clock.now().strftime("%H:%M"))
        # In the day it is no night cramp: said as the command line says it.
        note = day_cramp_note(journal.clock.now(), journal.settings.water_day_start)
        self.logged.setText(logged if note is None else f"{logged}\n{note}")
        self.stages.setCurrentIndex(1)
        self.back_to_sleep.setFocus()
        return True

    def _relief(self) -> None:
        self.relief_requested.emit()
        self.accept()
