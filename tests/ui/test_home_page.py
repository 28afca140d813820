"""The home page: tonight at a glance, with Start first."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import replace
from datetime import datetime, timedelta
from datetime import time as clock_time

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from coach.core.nights import Answer, CheckIn
from coach.core.runs import RunRecord
from coach.ui.style import LIGHT, NIGHT
from tests.ui.conftest import LONDON
from tests.ui.test_access import large_text


def test_the_routines_length_follows_the_settings(make_app) -> None:
    desktop = make_app()
    home = desktop.window.home
    assert home.length.text() == "About 6 minutes"
    journal = desktop.journal
    short = replace(
        journal.settings, routine_hold_seconds=2, routine_rest_seconds=2, routine_reps=2
    )
    journal.change_settings(short)
    assert home.length.text() == "About 5 minutes"
    home.picker.setCurrentIndex(home.picker.findData("trial"))  # run as written
    assert home.length.text() == "About 4 minutes"


def test_one_click_adds_a_glass_of_water(make_app) -> None:
    desktop = make_app()
    home = desktop.window.home
    assert home.water_line.text() == "Water today: 0 of 8 glasses."
    home.water_button.click()
    assert desktop.journal.water_today() == 1
    assert home.water_line.text() == "Water today: 1 of 8 glasses."
    desktop.window.page("water").refresh()
    assert desktop.window.page("water").count == 1  # the same glass the water page shows


def test_last_night_is_not_recorded_until_the_check_in(make_app, qtbot: QtBot) -> None:
    desktop = make_app()
    journal, home = desktop.journal, desktop.window.home
    journal.clock.advance(24 * 3600)  # the next evening: the first night is last night
    home.refresh()
    assert home.last_night_line.text() == "Last night (Wed 25 Nov): not recorded."
    with qtbot.waitSignal(home.check_in_requested):
        home.check_in_button.click()
    journal.check_in(CheckIn.no_cramps(journal.answerable_nights()[0]))
    assert home.last_night_line.text() == "Last night (Wed 25 Nov): no cramps."
    assert home.check_in_button.text() == "Change the check-in…"


def test_the_first_evenings_check_in_button_opens_a_night_to_answer(make_app) -> None:
    """A fresh data folder: "Last night: not recorded" with a Check in… button that
    opened a dialog with no night and every control greyed."""
    desktop = make_app()  # 20:00 on the first day of use
    journal, home = desktop.journal, desktop.window.home
    home.refresh()
    assert home.last_night_line.text() == "Last night (Tue 24 Nov): not recorded."
    assert home.check_in_button.isVisibleTo(home)
    home.check_in_button.click()
    dialog = desktop.window.check_in_dialog
    assert dialog is not None
    assert dialog.chosen_night() == journal.recordable_nights()[0]
    assert dialog.no_cramps.isEnabled()
    dialog.no_cramps.click()
    assert home.last_night_line.text() == "Last night (Tue 24 Nov): no cramps."


def test_the_streaks_count_the_routine_and_the_water(make_app) -> None:
    desktop = make_app()
    journal, home = desktop.journal, desktop.window.home
    assert home.streak_line.text() == (
        "Routine: 0 nights in a row. Water at your goal: 0 days in a row."
    )
    now = journal.clock.now()
    for days in (1, 2):
        start = now - timedelta(days=days)
        journal.record_run(RunRecord("evening", start, start + timedelta(minutes=6), 6, 6, True))
    assert home.streak_line.text().startswith("Routine: 2 nights in a row.")
    journal.record_run(RunRecord("evening", now, now + timedelta(minutes=6), 6, 6, True))
    assert home.streak_line.text().startswith("Routine: 3 nights in a row.")
    assert "Tonight's routine is done." in home.reminder_line.text()


def test_a_no_stretching_night_of_the_trial_is_said(make_app, monkeypatch) -> None:
    desktop = make_app()
    home = desktop.window.home
    desktop.window.show()
    assert not home.no_stretching.isVisible()
    monkeypatch.setattr(desktop.journal, "no_stretching_tonight", lambda: True)
    home.refresh()
    assert home.no_stretching.isVisible()
    assert home.no_stretching.text() == "No stretching tonight (trial week)"


def test_the_reminder_time_is_changed_on_the_page(make_app) -> None:
    desktop = make_app()
    home = desktop.window.home
    assert home.reminder_time.time() == QTime(22, 0)
    home.reminder_time.setTime(QTime(21, 30))
    home.reminder_time.editingFinished.emit()
    assert desktop.journal.settings.reminder_time == clock_time(21, 30)
    assert home.reminder_line.text() == "Next reminder: today at 21:30."


def test_the_skip_toggle_is_kept(make_app) -> None:
    desktop = make_app()
    home = desktop.window.home
    home.skip_button.click()
    assert home.skip_button.isChecked()
    assert home.reminder_line.text() == "Tonight's reminder (Wed 25 Nov) is skipped."
    home.skip_button.click()
    assert not home.skip_button.isChecked()


def test_start_leads_in_the_night_look_after_the_reminder_time(make_app) -> None:
    desktop = make_app(at=datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
    window, home = desktop.window, desktop.window.home
    window.set_theme(NIGHT)
    assert not home.leading  # before the reminder time
    desktop.journal.clock.advance(65 * 60)
    home.refresh()
    assert home.leading
    layout = home.layout()
    assert layout.indexOf(home.start_button) == 0
    assert home.start_button.font().pointSizeF() > home.picker.font().pointSizeF()
    window.set_theme(LIGHT)
    assert not home.leading
    assert layout.indexOf(home.heading) == 0
    assert layout.indexOf(home.start_button) == 2  # after the routine's name and length


@pytest.mark.parametrize(
    ("size", "large"),
    [
        (QSize(1024, 600), True),  # twice the text
        (QSize(512, 300), False),  # 1024x600 at a device pixel ratio of 2 (QT_FONT_DPI=192)
    ],
)
def test_start_stays_in_sight_on_a_small_screen(make_app, size: QSize, large: bool) -> None:
    with large_text() if large else nullcontext():
        desktop = make_app(with_tray=False)  # with the banner that says there is no tray
        window = desktop.window
        assert window.banner.text()
        window.show()
        window.resize(size)
        for theme in (LIGHT, NIGHT):
            window.set_theme(theme)
            desktop.journal.clock.advance(2 * 3600 if theme is NIGHT else 0)
            window.home.refresh()
            QApplication.processEvents()
            assert window.home.leading == (theme is NIGHT)
            assert window.size() == size
            start = window.home.start_button
            assert start.visibleRegion().boundingRect() == start.rect(), theme.name


def test_last_nights_cramps_are_counted(make_app) -> None:
    desktop = make_app()
    journal, home = desktop.journal, desktop.window.home
    journal.clock.advance(24 * 3600)
    night = journal.answerable_nights()[0]
    journal.check_in(CheckIn(night, Answer.CRAMPS, cramps=1))
    assert home.last_night_line.text() == "Last night (Wed 25 Nov): 1 cramp recorded."
    journal.check_in(CheckIn(night, Answer.CRAMPS, cramps=2))
    assert home.last_night_line.text() == "Last night (Wed 25 Nov): 2 cramps recorded."
    journal.check_in(CheckIn.excluded(night))
    assert home.last_night_line.text() == "Last night (Wed 25 Nov): left out of the diary."


def test_a_no_stretching_night_asks_before_the_routine_starts(make_app, monkeypatch) -> None:
    """Start is not the default on a trial's no-stretching night and asks first, from
    the page as from the tray; cramp relief never asks."""
    desktop = make_app()
    window, home = desktop.window, desktop.window.home
    window.show()
    assert home.start_button.isDefault()
    monkeypatch.setattr(desktop.journal, "no_stretching_tonight", lambda: True)
    home.refresh()
    assert not home.start_button.isDefault()
    assert not home.skip_button.isVisible()  # no reminder tonight to skip
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *rest):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    home.start_button.click()
    assert asked == [
        "This is a no-stretching week of your personal trial. Stretching tonight would "
        "blur its result. Start anyway?"
    ]
    assert window.pages.currentWidget() is home  # not started
    assert desktop.tray is not None
    desktop.tray.start_routine.emit()
    assert len(asked) == 2
    assert window.pages.currentWidget() is home
    desktop.start_routine(desktop.journal.relief_routines()[0].id)
    assert len(asked) == 2
    assert window.pages.currentWidget() is window.player
    window.stop_routine()
    answer[0] = QMessageBox.StandardButton.Yes
    home.start_button.click()
    assert len(asked) == 3
    assert window.pages.currentWidget() is window.player
    window.stop_routine()


def test_enter_in_the_reminder_time_keeps_the_time_and_starts_nothing(
    make_app, qtbot: QtBot
) -> None:
    desktop = make_app()
    window, home = desktop.window, desktop.window.home
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field = home.reminder_time
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(field, "21")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is home  # no routine started
    assert desktop.journal.settings.reminder_time == clock_time(21, 0)
    assert home.reminder_line.text() == "Next reminder: today at 21:00."
    home.start_button.setFocus()
    qtbot.keyClick(home.start_button, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.player  # Enter on Start starts


def test_one_click_on_the_reminder_time_then_typing_replaces_the_hours(
    make_app, qtbot: QtBot
) -> None:
    desktop = make_app()
    window, home = desktop.window, desktop.window.home
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field = home.reminder_time
    edit = field.lineEdit()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(3, edit.height() // 2))
    qtbot.wait(20)  # the click's section is selected once the click is placed
    qtbot.keyClicks(field, "2315")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.time() == QTime(23, 15)
    assert desktop.journal.settings.reminder_time == clock_time(23, 15)


def wheel(qtbot: QtBot, widget: QWidget) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        widget.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_the_fields_unless_they_have_the_focus(
    make_app, qtbot: QtBot
) -> None:
    desktop = make_app()
    window, home = desktop.window, desktop.window.home
    window.show()
    qtbot.waitExposed(window)
    home.start_button.setFocus()
    routine = home.picker.currentIndex()
    wheel(qtbot, home.reminder_time)
    wheel(qtbot, home.picker)
    assert home.reminder_time.time() == QTime(22, 0)
    assert home.picker.currentIndex() == routine
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    home.reminder_time.setFocus()
    qtbot.waitUntil(home.reminder_time.hasFocus)
    wheel(qtbot, home.reminder_time)
    assert home.reminder_time.time() != QTime(22, 0)  # focused: the wheel is the field's


def test_a_narrow_home_page_reflows_down_not_sideways(make_app) -> None:
    """200% text on 1024x600 squeezed "Next reminder: Mon / 22:45." beside its controls,
    and a narrow window scrolled the page sideways and cut Start."""
    with large_text():
        desktop = make_app()
        window, home = desktop.window, desktop.window.home
        window.show()
        window.resize(QSize(700, 600))
        QApplication.processEvents()
        viewport = window.tonight.viewport()
        assert home.width() <= viewport.width()  # nothing past the right edge
        assert home.minimumSizeHint().width() <= viewport.width()
        reminder, time_field = home.reminder_line, home.reminder_time
        below = time_field.mapTo(home, QPoint(0, 0)).y()
        assert below >= reminder.mapTo(home, QPoint(0, reminder.height())).y()  # under it
        assert reminder.width() >= viewport.width() // 2  # the line has the page's width
        start = home.start_button
        assert start.visibleRegion().boundingRect() == start.rect()
        window.resize(QSize(1800, 900))
        QApplication.processEvents()
        assert time_field.mapTo(home, QPoint(0, 0)).x() > reminder.width()  # beside it


def test_the_window_is_never_narrower_than_the_home_pages_controls(make_app) -> None:
    with large_text():
        desktop = make_app()
        window, home = desktop.window, desktop.window.home
        window.show()
        window.resize(QSize(120, 600))
        QApplication.processEvents()
        available = window.screen().availableGeometry().width()
        assert window.width() >= min(home.least_width(), available - 16)
        start = home.start_button
        assert start.visibleRegion().boundingRect().width() == start.width()


def test_a_time_typed_but_not_confirmed_is_kept_on_quitting(make_app) -> None:
    """Quitting with a reminder time typed but not confirmed kept it later, when the
    window went, on a closed journal (errors from every view reading it)."""
    desktop = make_app()
    home = desktop.window.home
    desktop.window.show()
    home.reminder_time.setTime(QTime(21, 15))  # typed: no Enter, the field still focused
    desktop.close()
    assert desktop.journal.settings.reminder_time == clock_time(21, 15)
