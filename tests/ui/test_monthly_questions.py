"""The monthly questions in the check-in: answered, skipped, kept, and in the report."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from coach import requests
from coach.core.clock import FakeClock
from coach.core.monthly import MonthlyAnswers
from coach.journal import Journal
from coach.ui.check_in import CheckInDialog
from coach.ui.live_journal import LiveJournal
from coach.ui.monthly_questions import NO, YES
from tests.conftest import shipped_routines

LONDON = ZoneInfo("Europe/London")
MORNING = datetime(2026, 11, 28, 8, 30, tzinfo=LONDON)


def dialog_at(qtbot: QtBot, journal: Journal, at: datetime = MORNING) -> CheckInDialog:
    assert isinstance(journal.clock, FakeClock)
    journal.clock.set_now(at)
    dialog = CheckInDialog(LiveJournal(journal))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_answered_with_the_night_and_kept(qtbot: QtBot, journal: Journal) -> None:
    dialog = dialog_at(qtbot, journal)
    monthly = dialog.monthly
    assert monthly is not None
    assert monthly.isVisible()
    monthly.groups["weakness"].button(NO).click()
    assert not monthly.medicine.isEnabled()
    monthly.groups["new_medicine"].button(YES).click()
    assert monthly.medicine.isEnabled()
    monthly.medicine.setText("  atorvastatin ")
    dialog.no_cramps.click()  # the night and the answers, together
    assert journal.check_ins()[0].answer == "no-cramps"
    [kept] = journal.monthly_answers(date(2026, 11, 1), date(2026, 12, 31))
    assert kept == MonthlyAnswers(
        date(2026, 11, 28), weakness=False, new_medicine=True, medicine="atorvastatin"
    )
    # A new medicine calls for a doctor: the dialog stays to say so.
    assert dialog.isVisible()
    assert "see a doctor" in monthly.said.text()
    assert not journal.monthly_due()
    again = dialog_at(qtbot, journal, MORNING + timedelta(days=1))
    assert again.monthly is None  # once a month
    later = dialog_at(qtbot, journal, MORNING + timedelta(days=30))
    assert later.monthly is not None


def test_skipped_in_one_click_and_asked_again_in_a_month(qtbot: QtBot, journal: Journal) -> None:
    dialog = dialog_at(qtbot, journal)
    assert dialog.monthly is not None
    dialog.monthly.skip_button.click()
    assert dialog.monthly.said.text() == "Skipped; asked again in a month."
    assert journal.monthly_answers(date.min, date.max) == [
        MonthlyAnswers(date(2026, 11, 28), skipped=True)
    ]
    dialog.no_cramps.click()
    assert not dialog.isVisible()  # nothing more to say


def test_a_swollen_red_calf_is_told_to_get_help_at_once(qtbot: QtBot, journal: Journal) -> None:
    dialog = dialog_at(qtbot, journal)
    assert dialog.monthly is not None
    dialog.monthly.groups["swelling"].button(YES).click()
    dialog.monthly.save_button.click()
    assert "needs a doctor at once" in dialog.monthly.said.text()


def test_the_report_carries_the_answers(journal: Journal) -> None:
    assert isinstance(journal.clock, FakeClock)
    journal.clock.set_now(MORNING)
    journal.answer_monthly(MonthlyAnswers(date(2026, 11, 28), numbness=True, swelling=False))
    data = json.loads(requests.perform(requests.Report(30, json=True), journal).text)
    [asked] = data["monthly_questions"]
    assert asked["answers"]["numbness"] is True
    assert asked["answers"]["swelling"] is False
    assert asked["warning_signs"] == ["numbness"]
    text = requests.perform(requests.Report(30), journal).text
    assert "Monthly questions on 2026-11-28: yes to: Numbness or tingling" in text


def test_the_answers_make_the_round_trip(journal: Journal, tmp_path: Path) -> None:
    assert isinstance(journal.clock, FakeClock)
    journal.clock.set_now(MORNING)
    journal.answer_monthly(MonthlyAnswers(date(2026, 11, 28), new_medicine=True, medicine="=x"))
    journal.answer_monthly(MonthlyAnswers(date(2026, 12, 28), skipped=True))
    journal.export(tmp_path / "one")
    there = Journal.in_folder(tmp_path / "there", journal.clock, shipped_routines())
    try:
        assert there.import_(tmp_path / "one").added >= 2
        assert there.import_(tmp_path / "one").added == 0  # the same entries: skipped
        there.export(tmp_path / "two")
        for path in sorted((tmp_path / "one").iterdir()):
            assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name
        assert there.monthly_answers(date.min, date.max) == journal.monthly_answers(
            date.min, date.max
        )
    finally:
        there.close()


def test_a_row_that_cannot_be_kept_is_refused_on_import(journal: Journal, tmp_path: Path) -> None:
    journal.answer_monthly(MonthlyAnswers(date(2026, 11, 25), skipped=True))
    journal.export(tmp_path / "out")
    path = tmp_path / "out" / "monthly_answers.csv"
    header, row = path.read_text().splitlines()
    fields = row.split(",")
    fields[3] = "1"  # skipped, yet answered
    path.write_text(f"{header}\r\n{','.join(fields)}\r\n")
    reply = requests.perform(requests.Import(str(tmp_path / "out")), journal)
    assert reply.code == requests.REFUSED
    assert "monthly_answers.csv: line 2: Skipped questions have no answers." in reply.text
