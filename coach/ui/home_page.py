"""The home page, "Tonight": Start first, and tonight at a glance below it.

Start, the routine it begins and how long that takes with the person's settings stay at
the top; what else tonight holds (what the routine is, the reminder, water, last night,
the streaks) comes beneath, so large text on a small screen, where the page scrolls,
never pushes Start out of sight. In the night look, once the reminder time has come,
Start leads: first, and biggest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from datetime import time as clock_time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.core.at_a_glance import after_reminder_time, nights_in_a_row, planned_minutes
from coach.core.nights import NightState
from coach.core.routine import Routine
from coach.core.schedule import ReminderPlan, night_of
from coach.core.session import Overrides
from coach.core.text import translate, when_text
from coach.journal import Change
from coach.ui.dates import local_text
from coach.ui.live_journal import LiveJournal
from coach.ui.pages import Page
from coach.ui.style import scaled_font
from coach.ui.time_field import TimeField, wheel_only_with_focus

STREAK_LOOK_BACK = 60  # nights the routine's streak is counted over ("60 nights" at most)


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # Wrapped text takes the width it is given and grows in height, never the window.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 12)
    return label


class HomePage(Page):
    start_requested = Signal(str)  # routine id
    skip_requested = Signal()  # "Skip tonight" pressed: skip, or take the skip back
    check_in_requested = Signal()  # "Check in": last night's morning answer

    shows = frozenset(
        {
            Change.SETTINGS,
            Change.WATER,
            Change.RUNS,
            Change.REMINDERS,
            Change.CHECK_INS,
            Change.CRAMPS,
            Change.TRIAL,
        }
    )

    def __init__(self, live: LiveJournal) -> None:
        super().__init__(live)
        routines: Mapping[str, Routine] = live.journal.routines
        self._routines = routines
        self._leading = False  # Start first and biggest (the night look, after the time)

        # -- Start, and what it begins --------------------------------------------
        self.heading = QLabel(translate("MainWindow", "Tonight's routine"))
        self.heading.setFont(scaled_font(self.heading.font(), 1.4, bold=True))
        self.picker = QComboBox()
        self.picker.setAccessibleName(translate("MainWindow", "Routine"))
        self.picker.setToolTip(
            translate("MainWindow", "The routine Start begins; it becomes your usual one")
        )
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for routine in routines.values():
            self.picker.addItem(translate("Routine", routine.title), routine.id)
        self.length = QLabel()  # "About 6 minutes"
        self.length.setFont(scaled_font(self.length.font(), 1.0, bold=True))
        self._description = _wrapped()
        self.start_button = QPushButton(translate("MainWindow", "Start"))
        self.start_button.setDefault(True)
        self.start_button.setToolTip(translate("MainWindow", "Starts the chosen routine (Enter)"))
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start_button.clicked.connect(self._start)
        self.picker.currentIndexChanged.connect(self._describe)

        # -- tonight at a glance ---------------------------------------------------
        self.reminder_line = _wrapped()
        self._reminder_told = False  # the app's reminders said what they are doing
        reminder_label = QLabel(translate("MainWindow", "Reminder at"))
        # A click selects what it lands on, Enter keeps the time (and starts nothing),
        # the wheel scrolls the page unless the field has the focus.
        self.reminder_time = TimeField(keeps_enter=True)
        reminder_label.setBuddy(self.reminder_time)
        wheel_only_with_focus(self.picker)
        self.reminder_time.setAccessibleName(translate("MainWindow", "Reminder time"))
        self.reminder_time.setToolTip(
            translate("MainWindow", "When the evening reminder comes; kept as you leave the field")
        )
        self.reminder_time.editingFinished.connect(self.keep_edits)
        self.skip_button = QPushButton(translate("Tray", "Skip tonight"))
        self.skip_button.setCheckable(True)
        self.skip_button.setToolTip(
            translate("MainWindow", "No reminder tonight; press again to have it back")
        )
        self.skip_button.clicked.connect(lambda _=False: self.skip_requested.emit())
        self.no_stretching = _wrapped(translate("MainWindow", "No stretching tonight (trial week)"))
        self.no_stretching.setFont(scaled_font(self.no_stretching.font(), 1.0, bold=True))
        self.water_line = _wrapped()
        self.water_button = QPushButton(translate("MainWindow", "+1 glass"))
        self.water_button.setAccessibleName(translate("MainWindow", "Add a glass of water"))
        self.water_button.setToolTip(translate("Water", "Ticks off the next glass of today"))
        self.water_button.clicked.connect(self.add_glass)
        self.last_night_line = _wrapped()
        self.check_in_button = QPushButton(translate("MainWindow", "Check in…"))
        self.check_in_button.setToolTip(
            translate("MainWindow", "Records how last night went: cramps or none")
        )
        self.check_in_button.clicked.connect(lambda _=False: self.check_in_requested.emit())
        self.streak_line = _wrapped()

        glance = QWidget()
        grid = QGridLayout(glance)
        grid.setContentsMargins(0, 0, 0, 0)
        self._grid = grid
        self._reminder_label = reminder_label
        reminder_controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        reminder_controls.addWidget(reminder_label)
        # As wide as a time, also where the controls stack (narrow).
        reminder_controls.addWidget(self.reminder_time, 0, Qt.AlignmentFlag.AlignLeft)
        reminder_controls.addWidget(self.skip_button)
        reminder_controls.addStretch(1)
        self._reminder_controls = reminder_controls
        # One height for the row's controls, so that they read (and Tab) as one line.
        self.reminder_time.setMinimumHeight(self.skip_button.sizeHint().height())
        self._narrow: bool | None = None
        self.glance = glance

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)  # the theme's own quiet line, dim at night
        line.setForegroundRole(QPalette.ColorRole.Mid)
        self._choice = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._choice.addWidget(self.picker)
        self._choice.addWidget(self.length, 1)
        self._arrange(False)
        self._layout = QVBoxLayout(self)
        for item in (self.heading, self._choice, self.start_button):
            self._add(item)
        self._layout.addWidget(line)
        self._layout.addWidget(self.glance)
        self._layout.addStretch(1)
        self._lead(False)
        self.choose(live.journal.settings.routine_default)

    def _arrange(self, narrow: bool) -> None:
        """Each line of tonight with its control beside it; or, where the page is narrow
        (large text, a small window), the control under its line and the reminder's
        controls one under the other: the page grows down, never sideways."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        grid = self._grid
        pairs: list[tuple[QLabel, QWidget | QBoxLayout]] = [
            (self.reminder_line, self._reminder_controls),
            (self.water_line, self.water_button),
            (self.last_night_line, self.check_in_button),
        ]
        for line, control in pairs:
            grid.removeWidget(line)
            if isinstance(control, QWidget):
                grid.removeWidget(control)
            else:
                grid.removeItem(control)
        for widget in (self._description, self.no_stretching, self.streak_line):
            grid.removeWidget(widget)
        left = Qt.AlignmentFlag.AlignLeft
        grid.addWidget(self._description, 0, 0, 1, 2)
        grid.addWidget(self.no_stretching, 1, 0, 1, 2)
        row = 2
        for line, control in pairs:
            if narrow:
                grid.addWidget(line, row, 0, 1, 2)
                row += 1
                place = (row, 0, 1, 2)
            else:
                grid.addWidget(line, row, 0)
                place = (row, 1, 1, 1)
            if isinstance(control, QWidget):
                grid.addWidget(control, *place, left)
            else:
                grid.addLayout(control, *place)
            row += 1
        grid.addWidget(self.streak_line, row, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0 if not narrow else 1)
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        self._reminder_controls.setDirection(direction)
        self._choice.setDirection(direction)

    def _wide_enough(self) -> int:
        """The least width at which tonight's lines have their controls beside them."""
        lines = self.fontMetrics().averageCharWidth() * 28
        controls = max(
            self._reminder_label.sizeHint().width()
            + self.reminder_time.sizeHint().width()
            + self.skip_button.sizeHint().width()
            + 2 * self._reminder_controls.spacing(),
            self.water_button.sizeHint().width(),
            self.check_in_button.sizeHint().width(),
        )
        margins = self._layout.contentsMargins()
        return lines + controls + margins.left() + margins.right() + self._grid.spacing()

    def least_width(self) -> int:
        """The narrowest the page can be with every control whole (stacked as narrow)."""
        controls = (
            self.heading,
            self.picker,
            self.start_button,
            self._reminder_label,
            self.reminder_time,
            self.skip_button,
            self.water_button,
            self.check_in_button,
        )
        margins = self._layout.contentsMargins()
        widest = max(widget.minimumSizeHint().width() for widget in controls)
        return widest + margins.left() + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width() < self._wide_enough())
        super().resizeEvent(event)

    def _add(self, item: QWidget | QBoxLayout, index: int = -1) -> None:
        if isinstance(item, QWidget):
            self._layout.insertWidget(index, item)
        else:
            self._layout.insertLayout(index, item)

    # -- what is shown -------------------------------------------------------------

    def refresh(self) -> None:
        journal = self.journal
        settings = journal.settings
        now = journal.clock.now()
        self.choose(settings.routine_default)
        self._describe()
        if self.reminder_time.time() != _qtime(settings.reminder_time):
            self.reminder_time.setTime(_qtime(settings.reminder_time))
        # A "no stretching" night of the trial: Start is not the default (Enter and the
        # window ask first, see MainWindow.start_routine), and there is no reminder to skip.
        no_stretching = journal.no_stretching_tonight()
        self.no_stretching.setVisible(no_stretching)
        self.start_button.setDefault(not no_stretching)
        self.skip_button.setVisible(not no_stretching)
        if not self._reminder_told:  # a window without the app's reminders (a snapshot)
            night, skipped = journal.skip_state()
            done_tonight = night_of(now) in journal.tonight().done
            self.show_reminder(journal.next_reminder(), False, night, skipped, done_tonight)
            self._reminder_told = False
        # Water today, one click from another glass.
        count, goal = journal.water_today(), settings.water_goal
        self.water_line.setText(
            translate("MainWindow", "Water today: {count} of {goal} glasses.").format(
                count=count, goal=goal
            )
        )
        # Last night: recorded, or not (never "no cramps" unless the person said so).
        [last] = journal.recent_nights(1)
        when = local_text(last.night, "ddd d MMM")
        if last.state == NightState.RECORDED and last.cramps == 1:
            text = translate("MainWindow", "Last night ({night}): 1 cramp recorded.")
            text = text.format(night=when)
        elif last.state == NightState.RECORDED and last.cramps:
            text = translate("MainWindow", "Last night ({night}): {count} cramps recorded.")
            text = text.format(night=when, count=last.cramps)
        elif last.state == NightState.RECORDED:
            text = translate("MainWindow", "Last night ({night}): no cramps.").format(night=when)
        elif last.state == NightState.EXCLUDED:
            text = translate("MainWindow", "Last night ({night}): left out of the diary.")
            text = text.format(night=when)
        else:
            text = translate("MainWindow", "Last night ({night}): not recorded.").format(night=when)
        self.last_night_line.setText(text)
        self.check_in_button.setText(
            translate("MainWindow", "Check in…")
            if last.state == NightState.NOT_RECORDED
            else translate("MainWindow", "Change the check-in…")
        )
        # Never a button that opens a check-in with no night to answer.
        self.check_in_button.setVisible(bool(journal.recordable_nights()))
        # The streaks: water at the goal, and the routine done.
        tonight = night_of(now)
        routine_nights = {
            record.night
            for record in journal.recent_nights(STREAK_LOOK_BACK)
            if record.routine_done
        } | set(journal.tonight().done)
        nights = nights_in_a_row(routine_nights, tonight)
        days = journal.water_streak()
        streaks = [
            translate("MainWindow", "Routine: {nights} nights in a row.").format(nights=nights)
            if nights != 1
            else translate("MainWindow", "Routine: 1 night in a row."),
            translate("MainWindow", "Water at your goal: {days} days in a row.").format(days=days)
            if days != 1
            else translate("MainWindow", "Water at your goal: 1 day in a row."),
        ]
        self.streak_line.setText(" ".join(streaks))
        self._lead(
            self.theme.name == "night"
            and not no_stretching
            and after_reminder_time(now, ReminderPlan.from_settings(settings))
        )

    def show_reminder(
        self,
        next_due: datetime | None,
        on_show: bool,
        night: date | None,
        skipped: bool,
        done_tonight: bool = False,
    ) -> None:
        """What the reminder is doing tonight, and the skip toggle's state."""
        self._reminder_told = True
        if on_show:
            text = translate("MainWindow", "It's time for your evening stretches.")
        elif done_tonight:
            text = translate("MainWindow", "Tonight's routine is done.")
            if next_due is not None:
                text += " " + translate("MainWindow", "Next reminder: {when}.").format(
                    when=when_text(next_due, self.journal.clock.now())
                )
        elif skipped and night is not None:
            text = translate("MainWindow", "Tonight's reminder ({night}) is skipped.").format(
                night=local_text(night, "ddd d MMM")
            )
        elif next_due is not None:
            text = translate("MainWindow", "Next reminder: {when}.").format(
                when=when_text(next_due, self.journal.clock.now())  # the words `status` says
            )
        else:
            text = translate("MainWindow", "No reminder is coming.")
        self.reminder_line.setText(text)
        self.skip_button.setEnabled(night is not None)
        self.skip_button.setChecked(skipped)
        if night is not None:
            label = (
                translate("MainWindow", "Undo the skip ({night})")
                if skipped
                else translate("Tray", "Skip tonight ({night})")
            )
            self.skip_button.setText(label.format(night=local_text(night, "ddd d MMM")))
        else:
            self.skip_button.setText(translate("Tray", "Skip tonight"))

    @property
    def leading(self) -> bool:
        """Whether Start leads the page (first and biggest)."""
        return self._leading

    def _lead(self, leading: bool) -> None:
        """Start first and twice as big, or after the routine's name and description."""
        if leading == self._leading and self.start_button.minimumHeight() > 0:
            return
        self._leading = leading
        self._layout.removeWidget(self.start_button)
        factor = 1.6 if leading else 1.0
        self.start_button.setFont(scaled_font(self.font(), factor, bold=leading))
        height = self.start_button.sizeHint().height()
        self.start_button.setMinimumHeight(height * 2)
        self._add(self.start_button, 0 if leading else 2)
        # Tab follows what is read first.
        first, *rest = (
            [self.start_button, self.picker] if leading else [self.picker, self.start_button]
        )
        for later in rest:
            QWidget.setTabOrder(first, later)
            first = later
        QWidget.setTabOrder(first, self.reminder_time)

    # -- what the person does -----------------------------------------------------

    def choose(self, routine_id: str) -> None:
        self.picker.setCurrentIndex(max(0, self.picker.findData(routine_id)))

    def add_glass(self) -> None:
        """One more glass of water today, as the water page adds it."""
        self.live.attempt(lambda journal: journal.add_glasses(1))

    def keep_edits(self) -> None:
        """Keep a reminder time typed but not yet confirmed (Enter or leaving the field
        keeps it; so does quitting, before the journal closes)."""
        chosen = self.reminder_time.time()
        at = clock_time(chosen.hour(), chosen.minute())
        settings = self.journal.settings
        if at != settings.reminder_time:
            changed = replace(settings, reminder_time=at)
            self.live.attempt(lambda journal: journal.change_settings(changed))

    def _describe(self) -> None:
        routine = self._routines[self.picker.currentData()]
        self._description.setText(translate("Routine", routine.description))
        minutes = planned_minutes(routine, Overrides.for_routine(routine, self.journal.settings))
        self.length.setText(
            translate("MainWindow", "About 1 minute")
            if minutes == 1
            else translate("MainWindow", "About {minutes} minutes").format(minutes=minutes)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter that no control took starts the routine: from Start, a button or the
        page itself, never from a field being edited (the time field keeps its Enter)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            editing = isinstance(QApplication.focusWidget(), (QAbstractSpinBox, QComboBox))
            if not editing:
                self._start()
            return
        super().keyPressEvent(event)

    def _start(self) -> None:
        self.start_requested.emit(self.picker.currentData())


def _qtime(at: clock_time) -> QTime:
    return QTime(at.hour, at.minute)
