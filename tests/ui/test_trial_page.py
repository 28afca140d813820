"""Find out for yourself: the personal trial's page, and the tray on its nights."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.nights import CheckIn
from coach.core.trial import Condition, schedule
from coach.journal import Journal
from coach.ui.live_journal import LiveJournal
from coach.ui.trial_page import TrialPage

LONDON = ZoneInfo("Europe/London")


class Answers(list[QMessageBox.StandardButton]):
    """The person's answers to the page's questions, in order; and what was asked."""

    asked: list[str]


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()
    answers.asked = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        answers.asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


def page_for(qtbot: QtBot, journal: Journal) -> TrialPage:
    page = TrialPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def to(journal: Journal, at: datetime) -> None:
    assert isinstance(journal.clock, FakeClock)
    journal.clock.set_now(at)


def test_before_a_trial_it_explains_and_offers_one(qtbot: QtBot, journal: Journal) -> None:
    page = page_for(qtbot, journal)
    assert "three pairs of weeks" in page.explained.text()
    assert "random" in page.explained.text()
    assert not page.start_button.isHidden()
    assert page.stop_button.isHidden()
    assert page.state.isHidden()
    assert page.result.isHidden()


def test_start_asks_first(qtbot: QtBot, journal: Journal, answer) -> None:
    page = page_for(qtbot, journal)
    answer.append(QMessageBox.StandardButton.No)
    assert not page.start_trial()
    assert journal.trial() is None
    answer.append(QMessageBox.StandardButton.Yes)
    assert page.start_trial()
    assert "19 Jan 2027" in answer.asked[-1]  # eight weeks: 56 nights from 25 November
    trial = journal.trial()
    assert trial is not None
    assert trial.start == date(2026, 11, 25)
    assert page.start_button.isHidden()
    assert not page.stop_button.isHidden()
    assert page.state.text() == "Your trial runs from 25 Nov 2026 to 19 Jan 2027."
    assert page.tonight.text().startswith("Tonight: as usual. Record your nights.")
    # Said once, not twice ("as usual. Record your nights. ... record your nights as usual").
    assert page.tonight.text() == "Tonight: as usual. Record your nights. Week 1 of 8."
    # No night of the paired weeks yet: said plainly, not "0 of 0 recorded nights".
    assert page.result.text().startswith(
        "Provisional: none of the 42 nights of the paired weeks is recorded yet."
    )
    assert page.adherence.text() == (
        "No night of the paired weeks is recorded yet, so none to count."
    )
    assert page.said.text().startswith("Your personal trial starts on the night of 2026-11-25")


def test_status_and_the_result_as_the_nights_are_recorded(
    qtbot: QtBot, journal: Journal, answer
) -> None:
    trial = journal.start_trial()
    nights = schedule(trial)
    # Record five weeks of nights: two as usual and the first pair, and a week of the next.
    for placed in nights[:35]:
        to(journal, datetime.combine(placed.night + timedelta(days=1), datetime.min.time(),
                                     LONDON).replace(hour=8))  # fmt: skip
        cramps = 1 if placed.condition == Condition.NO_STRETCHING else 0
        journal.check_in(
            CheckIn.with_cramps(placed.night, cramps) if cramps else CheckIn.no_cramps(placed.night)
        )
    to(journal, datetime(2026, 12, 30, 20, 0, tzinfo=LONDON))
    page = page_for(qtbot, journal)
    tonight = nights[35]  # the night of 30 December: week 6
    words = {Condition.ROUTINE: "Tonight: the routine (trial week).",
             Condition.NO_STRETCHING: "No stretching tonight (trial week)."}  # fmt: skip
    assert page.tonight.text().startswith(words[tonight.condition])
    assert page.progress.text().startswith("Recorded nights so far: 35 of the 35 nights")
    assert page.result_heading.text() == "The result so far"
    assert page.result.text().startswith("Provisional:")
    # Pair 1 is over, pair 2 under way, pair 3 has not begun: it is not shown.
    assert page.pairs.text().count("Pair ") == 2
    assert "The routine was done on" in page.adherence.text()


def test_stop_early_asks_and_says_it_was_stopped(qtbot: QtBot, journal: Journal, answer) -> None:
    journal.start_trial()
    to(journal, datetime(2026, 12, 3, 20, 0, tzinfo=LONDON))
    page = page_for(qtbot, journal)
    answer.append(QMessageBox.StandardButton.No)
    assert not page.stop_trial()
    assert journal.trial_under_way() is not None
    answer.append(QMessageBox.StandardButton.Yes)
    assert page.stop_trial()
    assert journal.trial_under_way() is None
    assert page.state.text() == (
        "Your trial from 25 Nov 2026 was stopped early, from the night of 3 Dec 2026."
    )
    assert page.result_heading.text() == "The result"
    assert page.result.text() == (
        "You stopped the trial early, from the night of 2026-12-03, before any night of "
        "the paired weeks was recorded: there are no recorded nights to compare."
    )
    assert not page.start_button.isHidden()  # another one may be started


def test_the_tray_says_no_stretching_tonight_on_those_nights(make_app) -> None:
    desktop = make_app()
    trial = desktop.journal.start_trial()
    night = next(p.night for p in schedule(trial) if p.condition == Condition.NO_STRETCHING)
    desktop.journal.clock.set_now(
        datetime.combine(night, datetime.min.time(), LONDON).replace(hour=20)
    )
    assert desktop.tray is not None
    desktop.tray.update()
    assert desktop.tray.texts()[0] == "No stretching tonight (trial week)."
    assert not any(text.startswith("Skip tonight") for text in desktop.tray.texts())
    assert desktop.tray.icon.toolTip().endswith("\nNo stretching tonight (trial week).")
    desktop.journal.clock.set_now(datetime(2026, 11, 26, 20, 0, tzinfo=LONDON))  # as usual
    desktop.tray.update()
    assert "No stretching tonight (trial week)." not in desktop.tray.texts()


def test_the_page_is_in_the_window(make_app) -> None:
    desktop = make_app()
    menu = next(a.menu() for a in desktop.window.menuBar().actions() if a.text() == "&Diary")
    next(a for a in menu.actions() if a.text() == "&Find out for yourself").trigger()
    assert isinstance(desktop.window.current_page(), TrialPage)
