"""The first start and the health page."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from coach.core.settings import Settings
from coach.journal import Journal
from coach.store.settings_file import load_settings
from coach.ui.desktop import DesktopApp
from coach.ui.health_page import HealthPage, notice
from coach.ui.live_journal import LiveJournal
from coach.ui.welcome import Welcome


def test_the_notice_must_be_acknowledged_to_go_on(qtbot: QtBot) -> None:
    played: list[bool] = []
    wizard = Welcome(Settings(), lambda: played.append(True))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == 1
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.understood.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.reminder.setTime(QTime(21, 30))
    wizard.goal.setValue(6)
    wizard.button(QWizard.WizardButton.CustomButton1)  # no extra buttons
    chosen = wizard.chosen()
    assert (chosen.reminder_time, chosen.water_goal, chosen.app_welcomed) == (time(21, 30), 6, True)


def first_start(desktop: DesktopApp) -> None:
    """Make the journal's settings those of a first start: the welcome not yet seen."""
    journal = desktop.journal
    journal.change_settings(replace(journal.settings, app_welcomed=False))


def test_first_start_shows_it_once_and_saves_the_choices(make_app, qtbot: QtBot) -> None:
    desktop = make_app()
    first_start(desktop)
    desktop.start({"command": "show"})
    [wizard] = shown(desktop)
    wizard.next()
    wizard.understood.setChecked(True)
    wizard.next()
    wizard.goal.setValue(7)
    wizard.accept()
    journal = desktop.journal
    saved = load_settings(journal.paths.settings_file, journal.clock.now()).settings
    assert (saved.water_goal, saved.app_welcomed) == (7, True)
    assert journal.settings.water_goal == 7
    desktop.start({"command": "show"})
    assert not shown(desktop)


def shown(desktop: DesktopApp) -> list[Welcome]:
    return [w for w in desktop.window.findChildren(Welcome) if w.isVisible()]


def test_never_in_the_way_of_a_hidden_start_but_there_when_the_window_opens(make_app) -> None:
    desktop = make_app()
    first_start(desktop)
    desktop.start({"command": "hidden"})
    assert not shown(desktop)
    desktop.handle({"command": "water-add", "count": 1})  # the command line
    assert not shown(desktop)
    desktop.toggle_window()  # a click on the tray icon: the first look at the window
    assert len(shown(desktop)) == 1


def test_before_the_evening_routine_never_over_cramp_relief_and_gone_with_the_window(
    make_app,
) -> None:
    desktop = make_app()
    first_start(desktop)
    desktop.start({"command": "hidden"})
    desktop.start_routine("cramp-relief")  # in pain at 3 a.m.: no welcome first
    assert not shown(desktop)
    assert desktop.window.pages.currentWidget() is desktop.window.player
    desktop.window.stop_routine()
    desktop.window.close()
    desktop.start_routine(None)  # Start in the bedtime reminder, before any welcome
    assert len(shown(desktop)) == 1  # the welcome, and its notice, come first
    assert desktop.window.pages.currentWidget() is not desktop.window.player
    desktop.toggle_window()  # the tray icon: away, and the welcome goes with the window
    assert not shown(desktop)
    assert not desktop.journal.settings.app_welcomed


def test_offered_once_a_run_even_if_put_off(make_app) -> None:
    desktop = make_app()
    first_start(desktop)
    desktop.start({"command": "show"})
    [wizard] = shown(desktop)
    wizard.reject()  # not now
    desktop.window.close()
    desktop.show_window()
    assert not shown(desktop)
    assert not desktop.journal.settings.app_welcomed  # so the next start offers it again


def test_the_health_page_has_the_notice_the_signs_and_the_sources(
    qtbot: QtBot, journal: Journal
) -> None:
    page = HealthPage(LiveJournal(journal))
    qtbot.addWidget(page)
    text = page.text.toPlainText()
    assert notice()[:60] in text
    assert "lasts more than 10 minutes" in text
    assert "Hallegraeff et al., Journal of Physiotherapy 2012" in text
    assert "quinine is not advised" in text
    assert "feet raised" in text


def test_the_time_takes_what_is_typed_over_it_after_a_click(qtbot: QtBot) -> None:
    # Found by a new user: a click put the cursor in "22" and every digit was refused
    # until the old ones were deleted.
    wizard = Welcome(Settings(), lambda: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.understood.setChecked(True)
    wizard.next()
    line = wizard.reminder.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))
    qtbot.wait(10)
    qtbot.keyClicks(wizard.reminder, "2130")
    assert wizard.reminder.time() == QTime(21, 30)
    minutes = QPoint(line.fontMetrics().horizontalAdvance("21:3") + 2, line.height() // 2)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=minutes)
    qtbot.wait(10)
    qtbot.keyClicks(wizard.reminder, "05")
    assert wizard.chosen().reminder_time == time(21, 5)


def test_the_notice_page_explains_the_warning_signs_and_space_ticks_the_box(
    qtbot: QtBot,
) -> None:
    wizard = Welcome(Settings(), lambda: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.next()
    assert wizard.focusWidget() is wizard.understood
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Space)
    assert wizard.understood.isChecked()
    page = wizard.currentPage()
    reading = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "With a warning sign, stop" in reading
    assert "The warning signs:" in reading
    assert "a cramp that lasts more than 10 minutes" in reading


def test_found_start_after_the_welcome_was_put_off_skipped_the_notice(make_app) -> None:
    """Esc on the welcome, then Start: the routine ran at once and the notice was never
    acknowledged. Start (the window's, the tray's, a notification's, the command line's)
    opens the welcome again, and the routine starts once it is completed."""
    desktop = make_app()
    first_start(desktop)
    desktop.start({"command": "show"})
    [wizard] = shown(desktop)
    wizard.reject()  # Esc
    window = desktop.window
    for start in (
        window.chooser.start_button.click,  # the window's Start
        lambda: desktop.start_routine(None),  # the tray, a notification
        lambda: desktop.handle({"command": "start-routine"}),  # the command line
    ):
        start()
        [again] = shown(desktop)
        assert window.pages.currentWidget() is not window.player
        again.reject()
    assert not desktop.journal.settings.app_welcomed
    window.chooser.start_button.click()
    [again] = shown(desktop)
    again.next()
    again.understood.setChecked(True)
    again.next()
    again.accept()
    assert desktop.journal.settings.app_welcomed
    assert window.pages.currentWidget() is window.player  # then the routine asked for
    window.stop_routine()
    desktop.start_routine("cramp-relief")
    assert window.pages.currentWidget() is window.player


def test_the_box_shows_its_focus_when_next_was_clicked(qtbot: QtBot) -> None:
    """Next clicked with the mouse: the box had the focus but drew no ring (the ring is
    drawn after keyboard focus changes only), so the page looked as if nothing had it."""
    wizard = Welcome(Settings(), lambda: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.focusWidget() is wizard.understood
    assert wizard.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # ring drawn
