"""Settings: every preference, grouped in pages, checked where it is typed.

The editors are made from the settings model itself (`coach.core.settings`), so the
dialog, the file and the command line share one list of keys, ranges and defaults.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import time
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.core.settings import KEYS, WEEKDAYS, ClockTime, Days, Flag, Settings, Whole
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.journal import Journal
from coach.ui.style import show_as_error, show_invalid
from coach.ui.time_field import TimeField, wheel_only_with_focus_within

LABELS = {
    "reminder.enabled": QT_TRANSLATE_NOOP("SettingsDialog", "Remind me at bedtime"),
    "reminder.time": QT_TRANSLATE_NOOP("SettingsDialog", "Time"),
    "reminder.days": QT_TRANSLATE_NOOP("SettingsDialog", "Days"),
    "reminder.snooze_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Snooze for"),
    "reminder.grace_minutes": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Still remind me if late by up to"
    ),
    "reminder.chime": QT_TRANSLATE_NOOP("SettingsDialog", "Chime with the reminder"),
    "routine.default": QT_TRANSLATE_NOOP("SettingsDialog", "Routine"),
    "routine.hold_seconds": QT_TRANSLATE_NOOP("SettingsDialog", "Hold"),
    "routine.rest_seconds": QT_TRANSLATE_NOOP("SettingsDialog", "Rest"),
    "routine.reps": QT_TRANSLATE_NOOP("SettingsDialog", "Repetitions"),
    "routine.rounds": QT_TRANSLATE_NOOP("SettingsDialog", "Rounds"),
    "sound.enabled": QT_TRANSLATE_NOOP("SettingsDialog", "Play sounds"),
    "sound.volume": QT_TRANSLATE_NOOP("SettingsDialog", "Volume"),
    "sound.voice": QT_TRANSLATE_NOOP("SettingsDialog", "Speak the steps"),
    "water.goal": QT_TRANSLATE_NOOP("SettingsDialog", "Glasses a day"),
    "water.day_start": QT_TRANSLATE_NOOP("SettingsDialog", "A new day starts at"),
    "water.reminders": QT_TRANSLATE_NOOP("SettingsDialog", "Remind me to drink during the day"),
    "water.every_hours": QT_TRANSLATE_NOOP("SettingsDialog", "Every"),
    "water.from": QT_TRANSLATE_NOOP("SettingsDialog", "From"),
    "water.until": QT_TRANSLATE_NOOP("SettingsDialog", "Until"),
    "app.start_at_login": QT_TRANSLATE_NOOP("SettingsDialog", "Start at login"),
    "app.start_hidden": QT_TRANSLATE_NOOP("SettingsDialog", "Start in the tray"),
    "app.theme": QT_TRANSLATE_NOOP("SettingsDialog", "Look"),
}
PAGES = (
    (QT_TRANSLATE_NOOP("SettingsDialog", "Reminder"), "reminder"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Routine"), "routine"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Sound"), "sound"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Water"), "water"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "General"), "app"),
)
# How the choices of app.theme read in the dialog (a routine reads as its title).
OPTIONS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "As the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
    "night": QT_TRANSLATE_NOOP("SettingsDialog", "Night (dim and warm)"),
}
# The fields that mean something only while their switch is on: greyed out while it is off.
DEPENDS = {
    "reminder.enabled": (
        "reminder.time",
        "reminder.days",
        "reminder.snooze_minutes",
        "reminder.grace_minutes",
        "reminder.chime",
    ),
    "sound.enabled": ("sound.volume",),
    "water.reminders": ("water.every_hours", "water.from", "water.until"),
}
TYPED_ANYTHING = 999_999  # a number field keeps what is typed, up to six digits
ROUTINE_NOTE = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "The defaults are the advice's: hold 10 s, rest 5 s, 3 times each leg, one round "
    "(the 2012 trial did one round a night). They change the evening routine; the trial "
    "protocol and cramp relief run as published.",
)


class NumberField(QSpinBox):
    """A whole number that keeps what is typed, in range or not, so the dialog can say
    what is allowed (a spin box of the allowed range clamps 500 to 120 without a word).
    The arrow keys and the wheel step within the allowed range."""

    def __init__(self, low: int, high: int) -> None:
        super().__init__()
        self.low, self.high = low, high
        self.setRange(0, TYPED_ANYTHING)

    def stepBy(self, steps: int) -> None:
        self.setValue(min(self.high, max(self.low, self.value() + steps)))

    def stepEnabled(self) -> QSpinBox.StepEnabledFlag:
        enabled = QSpinBox.StepEnabledFlag.StepNone
        if self.value() > self.low:
            enabled |= QSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < self.high:
            enabled |= QSpinBox.StepEnabledFlag.StepUpEnabled
        return enabled

    def in_range(self) -> bool:
        return self.low <= self.value() <= self.high


class DaysEditor(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes = {}
        locale = QLocale()
        for number, day in enumerate(WEEKDAYS, start=1):  # Qt counts Monday as 1
            box = QCheckBox(locale.dayName(number, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(number))
            box.setToolTip(
                translate("SettingsDialog", "Remind me on {day} nights").format(
                    day=locale.dayName(number)
                )
            )
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[day] = box

    def value(self) -> tuple[str, ...]:
        return tuple(day for day, box in self.boxes.items() if box.isChecked())

    def set_value(self, days: tuple[str, ...]) -> None:
        for day, box in self.boxes.items():
            box.setChecked(day in days)


def scrolling(page: QWidget) -> QScrollArea:
    """`page` in a scroll area: with large text on a small screen it scrolls, and the
    dialog stays within the screen."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class SettingsDialog(QDialog):
    """OK, Cancel, Apply and Restore Defaults, as on every desktop."""

    def __init__(
        self,
        journal: Journal,
        apply: Callable[[Settings], bool],
        test_sound: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Short: Qt adds the application's name (" — Bedtime Coach") to every dialog's title.
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self._apply = apply
        self._journal = journal
        settings = journal.settings
        self._base = settings  # as last loaded: what "untouched" means
        self._restored = False  # Restore Defaults pressed since the last apply
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("SettingsDialog", "What needs changing"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.clicked.connect(self._clicked)
        self.editors: dict[str, Any] = {}
        self.labels: dict[str, QLabel] = {}
        tabs = QTabWidget()
        for title, section in PAGES:
            page = QWidget()
            form = QFormLayout(page)
            # Narrow (large text, a small screen): the label goes above its field.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for key in (k for k in KEYS if k.startswith(section + ".") and k in LABELS):
                editor = self._editor(key)
                self.editors[key] = editor
                self.labels[key] = QLabel(translate("SettingsDialog", LABELS[key]))
                self.labels[key].setBuddy(editor)
                form.addRow(self.labels[key], editor)
            if section == "routine":
                note = QLabel(translate("SettingsDialog", ROUTINE_NOTE))
                note.setWordWrap(True)
                form.addRow(note)
            if section == "sound":
                test = QPushButton(translate("SettingsDialog", "Test"))
                test.setAccessibleDescription(
                    translate("SettingsDialog", "Plays the sound of a hold starting")
                )
                test.clicked.connect(test_sound)
                form.insertRow(form.rowCount() - 1, "", test)  # under the volume it tests
                self._voice_row(form, test)
            wheel_only_with_focus_within(page)  # the wheel scrolls the page
            tabs.addTab(scrolling(page), translate("SettingsDialog", title))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.show_settings(settings)
        # Never wider or taller than the screen (200% text on 1024x600 made it 1100 wide).
        room = self.screen().availableGeometry().size() * 0.95
        self.resize(self.sizeHint().boundedTo(room).expandedTo(self.minimumSizeHint()))

    def _voice_row(self, form: QFormLayout, test: QPushButton) -> None:
        """Spoken guidance below the sound test (and after it for Tab); where no voice
        exists, disabled with what to install."""
        from coach.ui.voice import missing, voice_check

        voice = self.editors["sound.voice"]
        QWidget.setTabOrder(self.editors["sound.volume"], test)
        QWidget.setTabOrder(test, voice)
        self._voice_note = QLabel()
        self._voice_note.setWordWrap(True)
        self._voice_note.hide()
        form.addRow(self._voice_note)
        needed = missing()
        if not needed:  # installed: whether it speaks is found out without waiting
            check = voice_check()
            check.answered.connect(self._no_voice)
            needed = check.ask() or ""
        self._no_voice(needed)

    def _no_voice(self, needed: str) -> None:
        """Where no voice speaks: the choice disabled, with what to install."""
        if not needed:
            return
        voice = self.editors["sound.voice"]
        voice.setEnabled(False)
        voice.setToolTip(needed)
        self._voice_note.setText(needed)
        self._voice_note.show()

    # -- editors made from the model ------------------------------------------------

    def _editor(self, key: str) -> Any:
        kind = self._journal.setting_kind(key)
        editor: Any
        if isinstance(kind, Flag):
            editor = QCheckBox()
            editor.toggled.connect(self._check)
        elif isinstance(kind, Whole):
            editor = NumberField(kind.low, kind.high)
            if kind.unit:
                editor.setSuffix(" " + translate("Settings", kind.unit))
            editor.valueChanged.connect(self._check)
        elif isinstance(kind, ClockTime):
            editor = TimeField()
            editor.timeChanged.connect(self._check)
        elif isinstance(kind, Days):
            editor = DaysEditor()
            editor.changed.connect(self._check)
        else:
            editor = QComboBox()
            routines = self._journal.routines
            for option in kind.options:  # type: ignore[attr-defined]
                if option in routines:
                    editor.addItem(translate("Routine", routines[option].title), option)
                else:
                    editor.addItem(translate("SettingsDialog", OPTIONS[option]), option)
            editor.currentIndexChanged.connect(self._check)
        label = translate("SettingsDialog", LABELS[key])
        editor.setAccessibleName(label)
        editor.setAccessibleDescription(f"{label}: {kind.allowed}")
        editor.setToolTip(
            translate("SettingsDialog", "Allowed: {values}").format(values=kind.allowed)
        )
        return editor

    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, NumberField):
            return editor.value()
        if isinstance(editor, QTimeEdit):
            at = editor.time()
            return time(at.hour(), at.minute())
        if isinstance(editor, DaysEditor):
            return editor.value()
        return editor.currentData()

    def set_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(value)
        elif isinstance(editor, NumberField):
            editor.setValue(value)
        elif isinstance(editor, QTimeEdit):
            editor.setTime(QTime(value.hour, value.minute))
        elif isinstance(editor, DaysEditor):
            editor.set_value(value)
        else:
            editor.setCurrentIndex(max(0, editor.findData(value)))

    # -- reading, checking, applying --------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        for key in self.editors:
            self.set_value(key, settings.get(key))
        self._check()

    def settings_changed_elsewhere(self, settings: Settings) -> None:
        """Take on changes made elsewhere (the command line) for what is not being edited."""
        for key in self.editors:
            if self.value(key) == self._base.get(key):
                self.set_value(key, settings.get(key))
        self._base = settings
        self._check()

    def problem(self) -> str:
        """Everything not allowed as the editors stand, a sentence a line (all at once: one
        at a time hid the next until the first was fixed); empty if all is well."""
        problems = [self.out_of_range(key) for key in self.editors]
        problems.append(self.chosen().problem())
        return "\n".join(problem for problem in problems if problem)

    def out_of_range(self, key: str) -> str:
        """What `key` allows, if its editor holds a number outside it; else empty."""
        editor = self.editors[key]
        if not isinstance(editor, NumberField) or editor.in_range():
            return ""
        kind = self._journal.setting_kind(key)
        assert isinstance(kind, Whole)
        if kind.unit:
            message = translate(
                "SettingsDialog", "{label}: from {low} to {high} {unit}, not {value}."
            )
        else:
            message = translate("SettingsDialog", "{label}: from {low} to {high}, not {value}.")
        return message.format(
            label=translate("SettingsDialog", LABELS[key]),
            low=kind.low,
            high=kind.high,
            unit=translate("Settings", kind.unit),
            value=editor.value(),
        )

    def _check(self) -> None:
        for switch, dependents in DEPENDS.items():
            on = self.value(switch)
            for key in dependents:
                if not on and self.out_of_range(key):  # unused while off: not in the way
                    self.set_value(key, self._base.get(key))
                self.editors[key].setEnabled(on)
                self.labels[key].setEnabled(on)
        for key, editor in self.editors.items():
            show_invalid(editor, bool(self.out_of_range(key)))
        show_invalid(self.editors["reminder.days"], not self.value("reminder.days"))
        problem = self.problem()
        show_as_error(self.error)  # in the look of the moment
        self.error.setText(problem)
        for button in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(button).setEnabled(not problem)

    def chosen(self) -> Settings:
        values = {key.replace(".", "_"): self.value(key) for key in self.editors}
        return dataclasses.replace(self._base, **values)

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.standardButton(button)
        if role == QDialogButtonBox.StandardButton.RestoreDefaults:
            self.show_settings(Settings())
            self._restored = True
            return
        if role == QDialogButtonBox.StandardButton.Cancel:
            self.reject()
            return
        if self.problem():
            return
        chosen = self.chosen()
        if self._restored:  # Restore Defaults brings the welcome back, as on a first start
            chosen = dataclasses.replace(chosen, app_welcomed=False)
        if not self._apply(chosen):
            return  # not saved (the window says why): the dialog keeps what was typed
        self._base, self._restored = chosen, False
        if role == QDialogButtonBox.StandardButton.Ok:
            self.accept()
