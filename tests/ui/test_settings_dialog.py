"""The settings dialog: checked where typed, saved and in effect at once."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
)
from pytestqt.qtbot import QtBot

from coach.core.settings import KEYS, Settings
from coach.journal import Journal
from coach.store.settings_file import load_settings
from coach.ui.settings_dialog import LABELS, SettingsDialog
from coach.ui.style import PALETTES, FocusRing, scaled_font

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
    # The evening routines: cramp relief is for the night, never the usual one.
    assert [picker.itemData(i) for i in range(picker.count())] == ["evening", "trial"]
    assert picker.itemText(0) == "Evening routine"
    assert "one of evening, trial" in picker.toolTip()


def test_a_number_out_of_range_is_kept_as_typed_marked_and_explained(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = SettingsDialog(journal, lambda s: True, lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"  # Qt adds " — Bedtime Coach"
    hold = dialog.editors["routine.hold_seconds"]
    untouched = hold.palette().color(QPalette.ColorRole.Base)
    hold.lineEdit().selectAll()
    qtbot.keyClicks(hold.lineEdit(), "500")
    assert hold.text() == "500 seconds"  # not clamped to 120
    assert dialog.value("routine.hold_seconds") == 500
    assert dialog.error.text() == "Hold: from 1 to 120 seconds, not 500."
    assert not dialog.buttons.button(OK).isEnabled()
    assert not dialog.buttons.button(APPLY).isEnabled()
    assert hold.palette().color(QPalette.ColorRole.Base) != untouched  # marked
    hold.lineEdit().selectAll()
    qtbot.keyClicks(hold.lineEdit(), "0")
    assert dialog.value("routine.hold_seconds") == 0  # not reverted
    assert dialog.error.text() == "Hold: from 1 to 120 seconds, not 0."
    qtbot.keyClick(hold, Qt.Key.Key_Up)  # the arrows step into the allowed range
    assert dialog.value("routine.hold_seconds") == 1
    assert dialog.error.text() == ""
    assert dialog.buttons.button(OK).isEnabled()
    assert hold.palette().color(QPalette.ColorRole.Base) == untouched
    dialog.set_value("routine.reps", 25)
    assert dialog.error.text() == "Repetitions: from 1 to 20, not 25."


def test_fields_wait_for_their_switch(qtbot: QtBot, journal: Journal) -> None:
    dialog = SettingsDialog(journal, lambda s: True, lambda: None)
    qtbot.addWidget(dialog)
    water = ("water.every_hours", "water.from", "water.until")
    assert not dialog.value("water.reminders")
    assert not any(dialog.editors[key].isEnabled() for key in water)
    assert not dialog.labels["water.from"].isEnabled()
    dialog.set_value("water.reminders", True)
    assert all(dialog.editors[key].isEnabled() for key in water)
    dialog.set_value("water.every_hours", 9)  # out of range, then the switch goes off:
    dialog.set_value("water.reminders", False)
    assert dialog.value("water.every_hours") == 2  # not in the way, as it was
    assert dialog.error.text() == ""
    dialog.set_value("reminder.enabled", False)
    assert not dialog.editors["reminder.time"].isEnabled()
    assert not dialog.editors["reminder.snooze_minutes"].isEnabled()
    dialog.set_value("sound.enabled", False)
    assert not dialog.editors["sound.volume"].isEnabled()


def test_dialog_buttons_have_no_icons_whatever_the_style(qtbot: QtBot) -> None:
    class WithIcons(QProxyStyle):  # as Fusion is on X11
        def styleHint(self, hint, option=None, widget=None, return_data=None) -> int:
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, return_data)

    style = FocusRing(WithIcons(QStyleFactory.create("Fusion")))
    assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0


def test_the_apps_own_looks_grey_out_what_is_disabled() -> None:
    for palette in PALETTES.values():
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
            active = palette.color(QPalette.ColorGroup.Active, role)
            assert palette.color(QPalette.ColorGroup.Disabled, role) != active


def test_with_large_text_it_opens_within_the_screen(qtbot: QtBot, journal: Journal) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    app.setFont(scaled_font(normal, 2.0))  # as with QT_FONT_DPI=192
    try:
        dialog = SettingsDialog(journal, lambda s: True, lambda: None)
        qtbot.addWidget(dialog)
        room = dialog.screen().availableGeometry().size()
        # Wider than the screen it was 1100 px on a 1024 px screen; now its fields go
        # under their labels, and a page scrolls where it is too tall.
        assert dialog.width() <= room.width()
        assert dialog.height() <= room.height()
        assert dialog.minimumSizeHint().width() <= room.width()
    finally:
        app.setFont(normal)


def test_the_wheel_scrolls_past_fields_without_the_focus(qtbot: QtBot, journal: Journal) -> None:
    from tests.ui.test_home_page import wheel

    dialog = SettingsDialog(journal, lambda s: True, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    before = {key: dialog.value(key) for key in dialog.editors}
    for editor in dialog.editors.values():
        assert editor.focusPolicy() != Qt.FocusPolicy.WheelFocus
        wheel(qtbot, editor)
    assert {key: dialog.value(key) for key in dialog.editors} == before


def test_every_problem_is_said_at_once_and_the_days_are_marked(
    qtbot: QtBot, journal: Journal
) -> None:
    """No days and Snooze 500 said only the Snooze sentence, and the days were not marked."""
    dialog = SettingsDialog(journal, lambda s: True, lambda: None)
    qtbot.addWidget(dialog)
    days = dialog.editors["reminder.days"]
    untouched = days.palette().color(QPalette.ColorRole.Base)
    dialog.set_value("reminder.days", ())
    dialog.set_value("reminder.snooze_minutes", 500)
    assert dialog.error.text().splitlines() == [
        "Snooze for: from 1 to 120 minutes, not 500.",
        "Pick at least one day for the reminder, or turn the reminder off.",
    ]
    assert days.palette().color(QPalette.ColorRole.Base) != untouched
    dialog.set_value("reminder.days", ("monday",))
    assert days.palette().color(QPalette.ColorRole.Base) == untouched
    assert dialog.error.text() == "Snooze for: from 1 to 120 minutes, not 500."
