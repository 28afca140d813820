"""The walking log as a new user found it wanting (issue 14, point 8): a date, pain-free
minutes or metres, a list with delete, a form that resets, and a chart with a scale."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from coach.core.walking import Walk
from coach.journal import Journal
from coach.ui.live_journal import LiveJournal
from coach.ui.walking_page import WEEKLY_AIM, WalkingPage


def open_log(qtbot: QtBot, journal: Journal) -> WalkingPage:
    page = WalkingPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.refresh()
    page.go_on.click()
    return page


def test_a_walk_on_a_day_before_with_its_pain_free_distance(qtbot: QtBot, journal: Journal) -> None:
    page = open_log(qtbot, journal)
    today = journal.clock.now().date()
    assert page.day.date().toPython() == today
    assert page.day.maximumDate().toPython() == today  # never the future
    page.day.setDate(QDate(today.year, today.month, today.day).addDays(-3))
    page.minutes.setValue(25)
    page.distance.setValue(1800)
    page.pain_metres.setValue(650)
    page.rests.setChecked(True)
    assert page.log_walk() is not None
    [walk] = journal.walks(weeks=1)
    assert walk.walked_at.date() == today - timedelta(days=3)
    assert (walk.total_minutes, walk.distance_metres, walk.metres_to_pain) == (25, 1800, 650)
    assert (walk.pain_free_metres, walk.pain_free_minutes) == (650, None)
    # The form is blank again: a second click logs nothing, and says why.
    assert (page.minutes.value(), page.distance.value(), page.pain_metres.value()) == (0, 0, 0)
    assert page.day.date().toPython() == today
    assert not page.rests.isChecked()
    assert page.log_walk() is None
    assert page.error.text() == "Say how long the walk took, in minutes."
    assert len(journal.walks(weeks=1)) == 1
    # Listed, newest first, with what programmes track.
    assert page.walks.rowCount() == 1
    assert page.walks.item(0, 1).text() == "25 min, 1800 m"
    assert page.walks.item(0, 2).text() == "650 m"


def test_pain_beyond_the_distance_is_refused_with_a_sentence(
    qtbot: QtBot, journal: Journal
) -> None:
    page = open_log(qtbot, journal)
    page.minutes.setValue(10)
    page.distance.setValue(500)
    page.pain_metres.setValue(900)
    assert page.log_walk() is None
    assert page.error.text() == "The pain must start during the walk: from 0 m to its distance."
    assert journal.walks(weeks=1) == []


def test_a_walk_is_deleted_after_asking(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = journal.clock.now()
    journal.log_walk(Walk(now - timedelta(days=2), 20))
    journal.log_walk(Walk(now - timedelta(days=1), 30))
    page = open_log(qtbot, journal)
    assert page.walks.rowCount() == 2
    page.walks.selectRow(0)  # the newest
    asked: list[tuple[str, str]] = []

    def no(parent: object, title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    page.delete.click()
    assert len(journal.walks(weeks=1)) == 2
    # A short title (the window manager adds " — Bedtime Coach" and cut a long one), and
    # which walk it is.
    day = page.walks.item(0, 0).text()
    assert asked == [("Delete walk", f"Delete the walk of {day} (30 min) from the log?")]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete.click()
    assert [walk.total_minutes for walk in journal.walks(weeks=1)] == [20]
    assert page.walks.rowCount() == 1


def test_every_number_field_shows_its_unit(qtbot: QtBot, journal: Journal) -> None:
    """Minutes and metres beside the boxes, before anything is typed ("no pain" alone
    did not say which of the two boxes was which)."""
    page = open_log(qtbot, journal)
    units = {
        label.buddy(): label.text()
        for label in page.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(page)
    }
    assert units[page.minutes] == "min"
    assert units[page.pain] == "min"
    assert units[page.distance] == "m"
    assert units[page.pain_metres] == "m"
    assert page.pain.text() == "no pain"


def test_one_walk_is_one_modest_bar_on_a_scale_of_the_weekly_aim(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.log_walk(Walk(journal.clock.now() - timedelta(hours=2), 15))
    page = open_log(qtbot, journal)
    bars = page.chart.bar_rects()
    assert len(bars) == 12  # a bar a week
    plot = page.chart._plot_area()
    assert 0 < bars[-1].height() <= plot.height() * 15 / WEEKLY_AIM + 1
    assert all(bar.height() == 0 for bar in bars[:-1])
    assert not page.chart.grab().isNull()


def test_weekly_minutes_add_up_by_week() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from coach.core.walking import weekly_minutes

    now = datetime(2026, 11, 25, 20, 0, tzinfo=ZoneInfo("Europe/London"))
    walks = [Walk(now - timedelta(days=d), m) for d, m in ((0, 10), (3, 20), (8, 30), (90, 5))]
    assert weekly_minutes(walks, now, 3) == [0, 30, 30]


def test_the_log_fits_a_window_it_can_fit_in_and_its_chart_labels_show(make_app) -> None:
    """At 900 x 660 (the usual window) the page scrolled a few pixels and the chart's week
    labels were cut off below: the scroll area gave it its preferred height."""
    desktop = make_app()
    window = desktop.window
    window.resize(900, 660)
    window.show()
    page = window.page("walking")
    window.show_page(page)
    page.go_on.click()
    QApplication.processEvents()
    tab = window.tabs.currentWidget()
    assert page.minimumSizeHint().height() <= tab.viewport().height()
    assert page.height() <= tab.viewport().height()
    chart = page.chart
    bottom = chart.mapTo(page, chart.rect().bottomLeft()).y()
    assert bottom < tab.viewport().height()
    for box, _label in chart.day_labels():
        assert box.bottom() <= chart.height()
