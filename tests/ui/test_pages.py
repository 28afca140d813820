"""The water, diary and history pages, through the UI, against a real database."""

from __future__ import annotations

import itertools
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.diary import Cramp
from coach.core.runs import RunRecord
from coach.journal import Journal
from coach.ui import diary_page
from coach.ui.diary_page import CrampDialog, DiaryPage
from coach.ui.history_page import HistoryPage
from coach.ui.live_journal import LiveJournal
from coach.ui.style import width_for_title
from coach.ui.walking_page import WalkingPage
from coach.ui.water_page import WaterPage

LONDON = ZoneInfo("Europe/London")


def landed(journal: Journal, sql: str) -> list[tuple[object, ...]]:
    """What is in the history file, read on a read-only connection of its own."""
    uri = f"{journal.paths.history_file.as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as db:
        return db.execute(sql).fetchall()


def fake_clock(journal: Journal) -> FakeClock:
    assert isinstance(journal.clock, FakeClock)
    return journal.clock


def test_glasses_tick_and_untick_in_order_and_land_in_sqlite(
    qtbot: QtBot, journal: Journal
) -> None:
    page = WaterPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    glasses = page.glass_buttons()
    assert len(glasses) == 8
    # One thing to aim at: the goal (the advised least, 6, is below it: not said).
    assert page.summary.text() == "0 of 8 glasses today: 8 more to your goal."
    glasses[1].click()  # an empty glass: ticked, with the empty ones before it
    assert page.count == 2
    glasses[5].click()  # the sixth: six ticked, as shown
    assert page.count == 6
    assert [g.accessibleName() for g in glasses[4:7]] == [
        "Glass 5, drunk",
        "Glass 6, drunk",
        "Glass 7, not yet",
    ]
    assert landed(journal, "SELECT count(*) FROM water_glasses") == [(6,)]
    assert page.summary.text() == "Ticked 4 glasses: 6 of 8 today."  # more than one: said
    page.refresh()
    assert page.summary.text() == "6 of 8 glasses today: 2 more to your goal."
    glasses[0].click()  # not the last ticked: nothing
    glasses[5].click()  # the last ticked: unticks
    assert page.count == 5
    assert landed(journal, "SELECT count(*) FROM water_glasses") == [(5,)]


def test_found_the_seventh_glass_ticked_six_with_no_message(qtbot: QtBot, journal: Journal) -> None:
    page = WaterPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    glasses = page.glass_buttons()
    glasses[0].click()
    assert page.summary.text().startswith("1 of 8 glasses today")
    glasses[6].click()  # the 7th glass, the 6th empty one
    assert page.count == 7
    assert page.summary.text() == "Ticked 6 glasses: 7 of 8 today."
    page.undo()  # Undo takes back one, as before
    assert page.count == 6


def test_glasses_beyond_the_goal_count_and_show(qtbot: QtBot, journal: Journal) -> None:
    journal.change_settings(replace(journal.settings, water_goal=2))
    page = WaterPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    for _ in range(3):
        page.add_glass()
    assert len([b for b in page.glass_buttons() if not b.isHidden()]) == 3
    assert page.summary.text().startswith("3 of 2 glasses today. At least 6 a day is advised.")


def test_the_day_turns_over_at_day_start(qtbot: QtBot, journal: Journal) -> None:
    page = WaterPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.add_glass()
    # 20:00 now; the water day ends at 04:00: eight hours and a second away.
    assert abs(page.rollover.remainingTime() - (8 * 3600 + 1) * 1000) < 2000
    fake_clock(journal).advance(8 * 3600 + 1)
    page.rollover.timeout.emit()
    assert page.count == 0


def test_a_streak_of_days_at_the_goal(qtbot: QtBot, journal: Journal) -> None:
    clock = fake_clock(journal)
    now = clock.now()
    for days_ago in (1, 2):
        clock.set_now(now - timedelta(days=days_ago))
        journal.add_glasses(8)
    clock.set_now(now)
    page = WaterPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    assert "2 days in a row at your goal." in page.summary.text()


@pytest.mark.parametrize("days", [7, 30, 90])
def test_the_history_charts_have_a_bar_a_night(qtbot: QtBot, journal: Journal, days: int) -> None:
    now = journal.clock.now()  # 20:00 on the first day of use
    journal.add_glasses(3)
    journal.record_run(RunRecord("evening", now - timedelta(hours=1), now, 6, 6, True))
    journal.log_cramp(Cramp(now + timedelta(hours=6), "left", 4))
    page = HistoryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.resize(640, 480)
    page.span.setCurrentIndex([7, 30, 90].index(days))
    # Tonight is under way: its water and routine shown, its cramps not yet, and it is
    # not compared.
    page.refresh()
    assert page.history()[-1].night.isoformat() == "2026-11-25"
    assert page.water.bar_rects()[-1].height() > 0
    assert page.routine.bar_rects()[-1].height() > 0
    assert page.cramps.bar_rects()[-1].height() == 0
    assert page.summary.text().startswith(
        "Since you started (from the night of 24 Nov): Not enough recorded nights yet to "
        "compare (at least 7 of each): 0 after the routine"
    )
    fake_clock(journal).advance(13 * 3600)  # 09:00 the next morning: the night is over
    page.refresh()
    assert page.history()[-1].night.isoformat() == "2026-11-26"  # today, under way
    for chart in (page.water, page.routine, page.cramps):
        assert len(chart.bar_rects()) == days
        assert not chart.grab().isNull()
    assert page.water.bar_rects()[-2].height() > 0  # last night's three glasses
    assert page.routine.bar_rects()[-2].height() > 0
    assert page.cramps.bar_rects()[-2].height() > 0
    # Only last night is recorded (a cramp logged in it); every other night is not, and
    # is drawn as such, never as a night without cramps; before the first day in use
    # the water and the routine were not kept either: faint bands, not empty bars.
    # Tonight, under way, is neither.
    for chart in (page.water, page.routine, page.cramps):
        assert len(chart.missing_rects()) == days - 2
        assert "not recorded" in chart.accessibleDescription()
    assert page.summary.text().startswith(
        "Since you started (from the night of 24 Nov): Not enough recorded nights yet to "
        "compare (at least 7 of each): 1 after the routine"
    )


def test_the_cramp_dialog_refuses_what_is_not_allowed(qtbot: QtBot) -> None:
    dialog = CrampDialog(Cramp(datetime(2026, 11, 26, 3, 10, tzinfo=LONDON)), LONDON)
    qtbot.addWidget(dialog)
    dialog.note.setText("x" * 1001)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "A note can be at most 1000 characters long."
    dialog.note.setText("woke at three")
    dialog.severity.setValue(7)
    dialog.leg.setCurrentIndex(1)
    dialog.accept()
    assert dialog.cramp is not None
    assert (dialog.cramp.leg, dialog.cramp.severity, dialog.cramp.minutes) == ("right", 7, None)
    assert dialog.cramp.started_at == datetime(2026, 11, 26, 3, 10, tzinfo=LONDON)


def test_the_diary_adds_changes_and_deletes(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = DiaryPage(LiveJournal(journal))
    qtbot.addWidget(page)

    def fill_in(dialog: CrampDialog) -> int:
        dialog.severity.setValue(8)
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(diary_page.CrampDialog, "exec", fill_in)
    page.log_cramp()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == "8 of 10"
    # Tonight (the 25th) is not over, so not in the nights below; last night, before
    # the first day in use, is not recorded: no "not done" nor 0 glasses.
    assert [page.nights.item(0, c).text() for c in range(4)] == [
        "Tue 24 Nov",
        "not recorded",
        "not recorded",
        "not recorded",
    ]
    # A cramp in the afternoon is marked: it is no night cramp (not counted).
    journal.log_cramp(Cramp(datetime(2026, 11, 25, 16, 40, tzinfo=LONDON), "left", 3))
    page.refresh()
    assert page.table.item(1, 0).text() == "Wed 25 Nov 2026, 16:40 (in the day)"
    assert page.table.item(0, 0).text() == "Wed 25 Nov 2026, 20:00"
    journal.delete_cramp(page._cramps[1].id)
    page.refresh()
    page.table.selectRow(0)

    def change(dialog: CrampDialog) -> int:
        dialog.leg.setCurrentIndex(0)
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(diary_page.CrampDialog, "exec", change)
    page.edit_selected()
    assert page.table.item(0, 1).text() == "Left leg"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    page.delete_selected()
    assert page.table.rowCount() == 0
    assert landed(journal, "SELECT count(*) FROM cramps") == [(0,)]


def test_a_cramp_logged_unrated_is_not_said_and_can_be_rated_later(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14, point 3: the 3 a.m. screen logs a cramp with no how bad. The diary shows
    it as not said (it showed "5 of 10"), its dialog opens on "not said", and how bad can
    be given there later, or taken back to not said."""
    from coach import requests

    clock = fake_clock(journal)
    clock.set_now(datetime(2026, 11, 26, 3, 10, tzinfo=LONDON))
    assert requests.perform(requests.LogCramp(leg="left"), journal).code == requests.DONE
    clock.set_now(datetime(2026, 11, 26, 8, 0, tzinfo=LONDON))
    page = DiaryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.item(0, 2).text() == "not said"
    [cramp] = journal.cramps(1)
    dialog = CrampDialog(cramp, LONDON)
    qtbot.addWidget(dialog)
    assert dialog.severity.text() == "not said"
    dialog.accept()  # left as it was: still not said
    assert dialog.cramp is not None
    assert dialog.cramp.severity is None
    seen: list[str] = []

    def rate(dialog: CrampDialog) -> int:
        seen.append(dialog.severity.text())
        dialog.severity.setValue(6)
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(diary_page.CrampDialog, "exec", rate)
    page.table.selectRow(0)
    page.edit_selected()
    assert seen == ["not said"]
    assert page.table.item(0, 2).text() == "6 of 10"
    assert landed(journal, "SELECT severity FROM cramps") == [(6,)]

    def unsay(dialog: CrampDialog) -> int:
        seen.append(dialog.severity.text())
        dialog.severity.setValue(dialog.severity.minimum())
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(diary_page.CrampDialog, "exec", unsay)
    page.table.selectRow(0)
    page.edit_selected()
    assert seen[-1] == "6 of 10"
    assert page.table.item(0, 2).text() == "not said"
    assert landed(journal, "SELECT severity FROM cramps") == [(None,)]


def test_a_new_cramp_in_the_diary_starts_with_how_bad_not_said(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No made-up 5: left alone, how bad stays not said."""
    page = DiaryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    monkeypatch.setattr(diary_page.CrampDialog, "exec", lambda dialog: (dialog.accept(), 1)[1])
    logged = page.log_cramp()
    assert logged is not None
    assert logged.severity is None
    assert page.table.item(0, 2).text() == "not said"


def test_the_walking_log_comes_after_the_warning(qtbot: QtBot, journal: Journal) -> None:
    page = WalkingPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    assert page.stack.currentIndex() == 0  # see a doctor first
    page.go_on.click()
    assert page.stack.currentIndex() == 1
    page.minutes.setValue(12)
    page.pain.setValue(20)  # later than the walk's end
    page.log_walk()
    assert page.error.text() == "The pain must start during the walk: from 0 to its length."
    page.pain.setValue(8)
    page.rests.setChecked(True)
    page.log_walk()
    [walk] = journal.walks(weeks=1)
    assert (walk.total_minutes, walk.minutes_to_pain, walk.rests_needed) == (12, 8, True)
    assert len(page.chart.bar_rects()) == 12  # a bar a week
    assert page.plan.text().startswith("This week: walk about 12 minutes")


def test_the_cramp_dialog_reads_as_a_person_would_and_starts_from_the_last_leg(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = DiaryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    opened: list[CrampDialog] = []

    def look(dialog: CrampDialog) -> int:
        opened.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(diary_page.CrampDialog, "exec", look)
    page.log_cramp()
    assert opened[-1].leg.currentData() == "both"  # nothing logged yet
    journal.log_cramp(Cramp(journal.clock.now() - timedelta(days=2), "left", 4))
    page.log_cramp()
    dialog = opened[-1]
    assert dialog.leg.currentData() == "left"  # as the last one
    assert dialog.when.text() == "Wed 25 Nov 2026, 20:00"  # not 2026-11-25 20:00
    assert dialog.windowTitle() == "Log a cramp"
    assert dialog.minimumWidth() >= 50 * dialog.fontMetrics().averageCharWidth()
    assert dialog.minimumWidth() >= width_for_title(dialog)  # "Log a cram…me Coach" no more
    # In the future: marked as Settings marks a value, said (the date as the field
    # shows it), OK waits; and the sentence's lines were kept free: nothing moves.
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QApplication.processEvents()
    ok_at = ok.mapTo(dialog, QPoint(0, 0))
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(3600))
    QApplication.processEvents()
    assert not ok.isEnabled()
    assert dialog.when.palette().color(QPalette.ColorRole.Base) != (
        QApplication.palette().color(QPalette.ColorRole.Base)
    )
    assert dialog.error.text() == (
        "A cramp cannot be logged in the future; it is Wed 25 Nov 2026, 20:00 now."
    )
    assert ok.mapTo(dialog, QPoint(0, 0)) == ok_at
    dialog.accept()
    assert dialog.cramp is None
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-7200))
    assert ok.isEnabled()
    assert dialog.error.text() == ""


def test_the_history_shows_todays_water_and_leaves_tonight_open(
    qtbot: QtBot, journal: Journal
) -> None:
    """Today's water was missing from History before noon (issue 15), and then History
    showed tonight as a finished night (a cramp at 16:40 as a night's, the routine after
    it) while the report ended last night. The charts end today, with its water; tonight
    has no cramps bar nor "not recorded" band until its morning; the comparisons and the
    report end last night."""
    clock = fake_clock(journal)
    page = HistoryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.resize(640, 480)
    for hours, today, last, glasses in (
        (13, "2026-11-26", "2026-11-25", 2),  # 09:00 on the 26th
        (8, "2026-11-26", "2026-11-25", 4),  # 17:00 on the 26th
        (16, "2026-11-27", "2026-11-26", 2),  # 09:00 on the 27th
    ):
        clock.advance(hours * 3600)
        journal.add_glasses(2)
        page.refresh()
        assert page.history()[-1].night.isoformat() == today
        assert page.history()[-1].glasses == glasses
        assert page.water.bar_rects()[-1].height() > 0
        assert journal.report(30)["period"]["last"] == last
        assert len(page.water.bar_rects()) == len(page.history())
        slot = page.cramps.width() / len(page.history())
        assert all(band.left() < page.cramps.width() - slot for band in page.cramps.missing_rects())


@pytest.mark.parametrize("width", [300, 400, 517, 640, 1000])
def test_the_history_charts_day_labels_end_within_the_chart(
    qtbot: QtBot, journal: Journal, width: int
) -> None:
    page = HistoryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.span.setCurrentIndex(1)  # 30 days: "28 Nov" was cut to "28 No" at the edge
    page.refresh()
    for chart in (page.water, page.routine, page.cramps):
        chart.resize(width, chart.minimumSizeHint().height())
        placed = chart.day_labels()
        assert placed
        ends = [box.right() for box, _ in placed]
        assert max(ends) <= chart.width()
        for (before, _), (after, _) in itertools.pairwise(placed):
            assert before.right() < after.left()  # none runs into the next


def test_the_diary_tables_keep_five_rows_in_sight(qtbot: QtBot, journal: Journal) -> None:
    now = journal.clock.now()
    for hours in range(8):
        journal.log_cramp(Cramp(now - timedelta(days=1, hours=hours), "left", 4))
    page = DiaryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    page.resize(600, 200)  # a small window: the page scrolls, the tables do not shrink
    for table in (page.table, page.nights):
        rows = table.verticalHeader().defaultSectionSize()
        assert table.minimumHeight() >= table.horizontalHeader().sizeHint().height() + 5 * rows


def test_the_glasses_wrap_onto_more_rows_in_a_narrow_window(qtbot: QtBot, journal: Journal) -> None:
    from PySide6.QtWidgets import QScrollArea

    from coach.ui.layout_check import sideways

    page = WaterPage(LiveJournal(journal))
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidget(page)
    area.setWidgetResizable(True)
    page.set_theme(page.theme)
    area.resize(320, 400)  # 8 glasses of 48 px do not fit in a row
    area.show()
    qtbot.waitUntil(lambda: len({button.y() for button in page.glass_buttons()}) > 1)
    qtbot.waitUntil(lambda: page.width() <= area.viewport().width())
    assert sideways(area) == []


def test_the_two_history_comparisons_are_the_same_size(qtbot: QtBot, journal: Journal) -> None:
    page = HistoryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    assert page.water_summary.font().pointSizeF() == page.summary.font().pointSizeF()


def test_change_and_delete_wait_for_a_selected_cramp(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = DiaryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    assert not page.change_button.isEnabled()  # an empty diary: nothing to change
    assert not page.delete_button.isEnabled()

    def fill_in(dialog: CrampDialog) -> int:
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(diary_page.CrampDialog, "exec", fill_in)
    page.log_cramp()
    assert not page.change_button.isEnabled()  # a row, but none selected
    page.table.selectRow(0)
    assert page.change_button.isEnabled()
    assert page.delete_button.isEnabled()
    page.table.clearSelection()
    assert not page.delete_button.isEnabled()
