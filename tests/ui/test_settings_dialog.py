"""The settings dialog: checked where typed, saved and in effect at once."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coach.core.settings import KEYS, Settings
from coach.journal import Journal
from coach.store.settings_file import load_settings
from coach.ui.settings_dialog import LABELS, SettingsDialog

LONDON = ZoneInfo("Europe/London")
OK = QDialogButtonBox.StandardButton.Ok
APPLY = QDialogButtonBox.StandardButton.Apply


def press(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(which).click()


def test_every_preference_has_an_editor_with_a_name(qtbot: QtBot, journal: Journal) -> None:
    dialog = SettingsDialog(journal, lambda s: True, lambda: None)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {key for key in KEYS if key != "app.welcomed"} == set(LABELS)
    for key, editor in dialog.editors.items():
        assert editor.accessibleName() == LABELS[key]
        assert dialog.value(key) == Settings().get(key)


def test_invalid_input_is_refused_with_a_sentence_and_ok_waits(
    qtbot: QtBot, journal: Journal
) -> None:
    applied: list[Settings] = []
    dialog = SettingsDialog(journal, lambda s: applied.append(s) or True, lambda: None)
    qtbot.addWidget(dialog)
    dialog.set_value("reminder.days", ())
    assert dialog.error.text() == (
        "Pick at least one day for the reminder, or turn the reminder off."
    )
    assert not dialog.buttons.button(OK).isEnabled()
    press(dialog, OK)
    assert applied == []
    dialog.set_value("reminder.days", ("friday",))
    dialog.set_value("water.reminders", True)
    dialog.set_value("water.until", time(8, 0))
    assert dialog.error.text() == (
        "The reminders to drink cannot end at 08:00, before they start at 09:00."
    )
    assert not dialog.buttons.button(OK).isEnabled()
    dialog.set_value("water.until", time(20, 0))
    assert dialog.error.text() == ""
    assert dialog.buttons.button(APPLY).isEnabled()


def test_apply_saves_and_rearms_at_once(make_app, qtbot: QtBot) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    dialog = desktop.dialogs.open_settings()
    dialog.set_value("reminder.time", time(21, 15))
    dialog.set_value("app.theme", "night")
    press(dialog, APPLY)
    saved = load_settings(desktop.journal.paths.settings_file, datetime.now(LONDON)).settings
    assert (saved.reminder_time, saved.app_theme) == (time(21, 15), "night")
    assert desktop.reminders.next_due == datetime(2026, 11, 25, 21, 15, tzinfo=LONDON)
    assert "Next reminder: Wed 21:15" in desktop.tray.icon.toolTip()
    press(dialog, OK)
    assert not dialog.isVisible()


def test_cancel_changes_nothing_and_restore_defaults_brings_the_welcome_back(
    make_app, qtbot: QtBot
) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    dialog = desktop.dialogs.open_settings()
    dialog.set_value("water.goal", 5)
    press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert desktop.journal.settings.water_goal == 8
    dialog = desktop.dialogs.open_settings()
    assert dialog.value("water.goal") == 8
    dialog.set_value("water.goal", 5)
    press(dialog, APPLY)
    press(dialog, QDialogButtonBox.StandardButton.RestoreDefaults)
    assert dialog.value("water.goal") == 8
    press(dialog, OK)
    assert desktop.journal.settings == Settings()  # the welcome will show on the next start


def test_a_change_from_the_command_line_shows_in_the_open_dialog(make_app, qtbot: QtBot) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    dialog = desktop.dialogs.open_settings()
    dialog.set_value("water.goal", 6)  # being edited here
    desktop.handle({"command": "config-set", "key": "water.goal", "value": "7"})
    desktop.handle({"command": "config-set", "key": "reminder.time", "value": "21:00"})
    assert dialog.value("reminder.time") == time(21, 0)  # untouched here: taken on
    assert dialog.value("water.goal") == 6  # edited here: not overwritten


def test_the_routines_offered_are_the_routines_loaded(qtbot: QtBot, journal: Journal) -> None:
    dialog = SettingsDialog(journal, lambda s: True, lambda: None)
    qtbot.addWidget(dialog)
    picker = dialog.editors["routine.default"]
    assert [picker.itemData(i) for i in range(picker.count())] == list(journal.routines)
    assert picker.itemText(0) == "Evening routine"
    assert "one of evening, trial, cramp-relief" in picker.toolTip()
