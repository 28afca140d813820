"""The morning check-in's dialog: one click for no cramps, the cramps, left out; any of
the last seven nights, changeable; and where it is offered (once a morning, the tray,
the window's menu, the command line)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.diary import Cramp
from coach.core.nights import Answer, CheckIn
from coach.core.runs import RunRecord
from coach.journal import Journal
from coach.ui.check_in import CheckInDialog
from coach.ui.live_journal import LiveJournal

LONDON = ZoneInfo("Europe/London")
MORNING = datetime(2026, 11, 28, 8, 30, tzinfo=LONDON)  # three mornings after first use


def morning(journal: Journal, at: datetime = MORNING) -> LiveJournal:
    clock = journal.clock
    assert isinstance(clock, FakeClock)
    clock.set_now(at)
    return LiveJournal(journal)


def dialog_for(qtbot: QtBot, live: LiveJournal, night: date | None = None) -> CheckInDialog:
    dialog = CheckInDialog(live, night)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_no_cramps_is_one_click_for_last_night(qtbot: QtBot, journal: Journal) -> None:
    dialog = dialog_for(qtbot, morning(journal))
    assert dialog.chosen_night() == date(2026, 11, 27)
    assert dialog.night.currentText() == "Last night (Friday 27 November)"
    assert dialog.no_cramps.isDefault()
    dialog.no_cramps.click()
    assert journal.check_ins() == [CheckIn.no_cramps(date(2026, 11, 27))]
    assert not dialog.isVisible()


def test_only_nights_since_the_night_before_the_first_use_are_offered(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = dialog_for(qtbot, morning(journal))  # first used at 20:00 on the 25th
    offered = [date.fromisoformat(dialog.night.itemData(i)) for i in range(dialog.night.count())]
    assert offered == [date(2026, 11, 27), date(2026, 11, 26), date(2026, 11, 25),
                       date(2026, 11, 24)]  # fmt: skip
    # A week later, seven nights and no more.
    later = dialog_for(qtbot, morning(journal, MORNING + timedelta(days=10)))
    assert later.night.count() == 7


def test_cramps_with_their_details_and_the_sleep(qtbot: QtBot, journal: Journal) -> None:
    dialog = dialog_for(qtbot, morning(journal))
    dialog.count.setValue(2)
    dialog.severity.setValue(7)
    dialog.minutes.setValue(4)
    dialog.leg.setCurrentIndex(dialog.leg.findData("left"))
    dialog.sleep.setValue(5)
    dialog.save_cramps.click()
    assert journal.check_ins() == [CheckIn.with_cramps(date(2026, 11, 27), 2, 7, 4.0, "left", 5)]


def test_how_bad_is_1_to_10_as_for_a_cramp_logged(qtbot: QtBot, journal: Journal) -> None:
    """The check-in took 0 of 10 where a cramp logged took 1 to 10: below 1 is "not
    given", never a cramp at 0."""
    dialog = dialog_for(qtbot, morning(journal))
    dialog.severity.setValue(0)
    assert dialog.severity.text() == "not given"
    dialog.severity.stepBy(1)
    assert dialog.severity.value() == 1
    dialog.severity.stepBy(-1)
    dialog.save_cramps.click()
    assert journal.check_ins()[0].severity is None


def test_only_how_many_is_needed(qtbot: QtBot, journal: Journal) -> None:
    dialog = dialog_for(qtbot, morning(journal))
    dialog.save_cramps.click()
    assert journal.check_ins() == [CheckIn.with_cramps(date(2026, 11, 27), 1)]


def test_left_out_and_changed_later_showing_the_answer(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = morning(journal)
    dialog_for(qtbot, live, date(2026, 11, 26)).excluded.click()
    assert journal.check_ins()[0].answer == Answer.EXCLUDED
    again = dialog_for(qtbot, live, date(2026, 11, 26))
    assert again.chosen_night() == date(2026, 11, 26)
    assert "don't know / slept elsewhere" in again.current.text()
    journal.check_in(CheckIn.with_cramps(date(2026, 11, 25), 3, 8, None, "both", 2))
    again.show_for(date(2026, 11, 25))
    assert again.current.text() == "Your answer: cramps: 3, 8 of 10, both legs."
    assert (again.count.value(), again.severity.value(), again.sleep.value()) == (3, 8, 2)
    assert again.leg.currentData() == "both"
    assert again.no_cramps.text() == "Change to no cramps…"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    again.no_cramps.click()  # changed, once asked: it replaces the answer
    assert journal.check_ins(date(2026, 11, 25), date(2026, 11, 25)) == [
        CheckIn.no_cramps(date(2026, 11, 25), sleep=2)
    ]


def test_an_answered_night_is_not_replaced_by_one_click(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    night = date(2026, 11, 26)
    live = morning(journal)
    answered = CheckIn.with_cramps(night, 1, 5, 2, "left", None)
    journal.check_in(answered)
    dialog = dialog_for(qtbot, live, night)
    assert dialog.no_cramps.text() == "Change to no cramps…"
    asked: list[str] = []

    def no(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    dialog.no_cramps.click()
    assert asked
    assert "cramps: 1, 5 of 10, 2 min, left leg" in asked[0]
    assert journal.check_ins(night, night) == [answered]  # kept
    assert dialog.isVisible()
    # A night not yet answered: one click, as ever.
    dialog.show_for(date(2026, 11, 27))
    assert dialog.no_cramps.text() == "No cramps"
    dialog.no_cramps.click()
    assert len(asked) == 1
    assert journal.check_ins(date(2026, 11, 27), date(2026, 11, 27)) == [
        CheckIn.no_cramps(date(2026, 11, 27))
    ]


def test_the_routine_and_the_water_of_that_night_are_shown(qtbot: QtBot, journal: Journal) -> None:
    start = datetime(2026, 11, 26, 22, 0, tzinfo=LONDON)
    journal.record_run(RunRecord("evening", start, start + timedelta(minutes=1), 0, 4, True, ()))
    journal.record_run(
        RunRecord(
            "evening",
            start + timedelta(days=1),
            start + timedelta(days=1, minutes=8),
            4,
            4,
            True,
            (0, 1, 2, 3),
        )
    )
    live = morning(journal)
    dialog = dialog_for(qtbot, live)
    assert dialog.facts.text().startswith("Routine that evening: done.")
    dialog.show_for(date(2026, 11, 26))
    assert dialog.facts.text().startswith("Routine that evening: stretches skipped.")
    dialog.show_for(date(2026, 11, 25))
    assert dialog.facts.text() == (
        "Routine that evening: not done. Water that day: 0 of 8 glasses."
    )


def test_a_cramp_logged_in_the_night_is_said(qtbot: QtBot, journal: Journal) -> None:
    journal.log_cramp(Cramp(datetime(2026, 11, 28, 3, 10, tzinfo=LONDON), "left", 6))
    dialog = dialog_for(qtbot, morning(journal))
    assert "You logged a cramp during this night" in dialog.current.text()


def test_a_cramp_logged_unrated_in_the_night_is_rated_here(qtbot: QtBot, journal: Journal) -> None:
    """Issue 14, point 3: the 3 a.m. screen logs only the leg. The morning's check-in
    says how bad was not said, and its "how bad" is where it is said: the night's is then
    the morning's 3, never a made-up 5."""
    from coach import requests

    clock = journal.clock
    assert isinstance(clock, FakeClock)
    clock.set_now(datetime(2026, 11, 28, 3, 10, tzinfo=LONDON))
    assert requests.perform(requests.LogCramp(leg="left"), journal).code == requests.DONE
    dialog = dialog_for(qtbot, morning(journal))
    assert "You logged a cramp during this night" in dialog.current.text()
    assert "How bad was not said when it was logged; you can say it below." in (
        dialog.current.text()
    )
    assert (dialog.count.value(), dialog.severity.text()) == (1, "not given")
    [night] = journal.record_nights(date(2026, 11, 27), date(2026, 11, 27))
    assert (night.cramps, night.severity) == (1, None)
    dialog.severity.setValue(3)
    dialog.save_cramps.click()
    [night] = journal.record_nights(date(2026, 11, 27), date(2026, 11, 27))
    assert (night.cramps, night.severity) == (1, 3)
    again = dialog_for(qtbot, LiveJournal(journal))
    assert "not said" not in again.current.text()  # said now
    assert again.current.text() == "Your answer: cramps: 1, 3 of 10, left leg."  # as logged


def test_a_refusal_is_said_and_loses_nothing(
    qtbot: QtBot, journal: Journal, unwritable_history
) -> None:
    dialog = dialog_for(qtbot, morning(journal))
    dialog.count.setValue(4)
    unwritable_history(True)
    dialog.save_cramps.click()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "Nothing was saved" in dialog.error.text()
    assert dialog.count.value() == 4
    unwritable_history(False)
    dialog.save_cramps.click()
    assert journal.check_ins()[0].cramps == 4


def test_the_night_before_the_first_use_can_be_answered_the_first_evening(
    qtbot: QtBot, journal: Journal
) -> None:
    """A fresh data folder: "Last night: not recorded" with a Check in… button that
    opened a dialog with no night and every control greyed."""
    dialog = dialog_for(qtbot, LiveJournal(journal))  # 20:00 on the first day of use
    assert dialog.chosen_night() == date(2026, 11, 24)
    assert dialog.no_cramps.isEnabled()
    assert dialog.cramps_box.isEnabled()
    # The app kept no routine nor water that evening.
    assert dialog.facts.text() == (
        "Routine that evening: not recorded. Water that day: not recorded."
    )
    dialog.count.setValue(2)
    dialog.save_cramps.click()
    assert journal.check_ins() == [CheckIn.with_cramps(date(2026, 11, 24), 2)]


# -- where it is offered ---------------------------------------------------------------


def test_offered_once_a_morning_when_the_window_opens(make_app) -> None:
    desktop = make_app(at=datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
    desktop.start({"command": "hidden"})
    desktop.show_window()  # the first evening: the night before is not pressed on them
    assert desktop.window.check_in_dialog is None
    desktop.window.close()
    desktop.journal.clock.set_now(datetime(2026, 11, 26, 3, 0, tzinfo=LONDON))
    desktop.show_window()  # before the day starts (04:00): last night is not over
    assert desktop.window.check_in_dialog is None
    desktop.journal.clock.set_now(datetime(2026, 11, 26, 7, 0, tzinfo=LONDON))
    desktop.show_window()
    dialog = desktop.window.check_in_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.chosen_night() == date(2026, 11, 25)
    dialog.reject()  # closed unanswered
    desktop.show_window()
    assert not dialog.isVisible()
    assert desktop.window.check_in_dialog is dialog
    desktop.journal.clock.set_now(datetime(2026, 11, 27, 7, 0, tzinfo=LONDON))
    desktop.journal.check_in(CheckIn.no_cramps(date(2026, 11, 26)))
    desktop.show_window()  # answered already (from the notification, say): not asked
    assert desktop.window.check_in_dialog is dialog


def test_from_the_tray_the_menu_and_the_command_line(make_app) -> None:
    desktop = make_app()  # first used on the evening of 25 November
    desktop.journal.clock.set_now(MORNING)
    desktop.start({"command": "hidden"})
    assert desktop.tray is not None
    desktop.tray.check_in.emit()
    dialog = desktop.window.check_in_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.chosen_night() == date(2026, 11, 27)
    dialog.reject()
    menu = desktop.window.menuBar().actions()
    diary = next(a.menu() for a in menu if a.text() == "&Diary")
    next(a for a in diary.actions() if a.text() == "&Check in for last night…").trigger()
    assert desktop.window.check_in_dialog.isVisible()
    desktop.window.check_in_dialog.reject()
    reply = desktop.handle({"command": "check-in", "night": "2026-11-26"})
    assert reply["code"] == 0
    assert desktop.window.check_in_dialog.chosen_night() == date(2026, 11, 26)
    assert desktop.handle({"command": "check-in", "night": "soon"})["code"] == 2
    QApplication.processEvents()


def test_offered_in_a_run_that_began_with_the_welcome(make_app) -> None:
    from coach.core.settings import Settings

    desktop = make_app()
    desktop.journal.change_settings(Settings(app_welcomed=False))
    desktop.start({"command": "show"})
    welcome = desktop.dialogs.welcome
    assert welcome is not None
    assert welcome.isVisible()
    welcome.reject()
    desktop.journal.change_settings(Settings(app_welcomed=True))
    desktop.window.close()
    desktop.journal.clock.set_now(datetime(2026, 11, 26, 7, 0, tzinfo=LONDON))
    desktop.show_window()  # days later, in the same run: asked
    assert desktop.window.check_in_dialog is not None
    assert desktop.window.check_in_dialog.isVisible()


def test_offered_once_the_first_welcome_is_closed(make_app) -> None:
    """Data from before (nights used, a window never opened): the welcome comes first, and
    when it is closed the morning's check-in is offered for last night."""
    from coach.core.settings import Settings

    desktop = make_app()  # first used on the evening of 25 November
    desktop.journal.change_settings(Settings(app_welcomed=False))
    desktop.journal.clock.set_now(MORNING)
    desktop.start({"command": "show"})
    welcome = desktop.dialogs.welcome
    assert welcome is not None
    assert welcome.isVisible()
    assert desktop.window.check_in_dialog is None  # not over the welcome
    welcome.accept()
    dialog = desktop.window.check_in_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.chosen_night() == date(2026, 11, 27)


def test_from_the_diary_page(make_app) -> None:
    desktop = make_app()
    desktop.journal.clock.set_now(MORNING)
    diary = desktop.window.page("diary")
    button = next(b for b in diary.findChildren(QPushButton) if b.text() == "How was the night?…")
    button.click()
    dialog = desktop.window.check_in_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.chosen_night() == date(2026, 11, 27)


def test_after_a_cramp_logged_the_one_click_says_what_it_keeps_and_the_leg(
    qtbot: QtBot, journal: Journal
) -> None:
    """After a cramp logged at 3 a.m. (right leg) the big button said "No cramps" but
    recorded "1 cramp", and the leg was "not given"."""
    journal.log_cramp(Cramp(datetime(2026, 11, 28, 3, 5, tzinfo=LONDON), "right"))
    dialog = dialog_for(qtbot, morning(journal))
    assert dialog.no_cramps.text() == "Just the cramp I logged"
    assert dialog.leg.currentData() == "right"
    journal.log_cramp(Cramp(datetime(2026, 11, 28, 4, 5, tzinfo=LONDON), "left"))
    again = dialog_for(qtbot, LiveJournal(journal))
    assert again.no_cramps.text() == "Just the 2 cramps I logged"
    assert again.leg.currentData() == "both"
    again.no_cramps.click()
    [night] = journal.record_nights(date(2026, 11, 27), date(2026, 11, 27))
    assert night.cramps == 2
