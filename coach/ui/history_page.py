"""The history page: water, routine and cramps night by night, and whether it helps.

Only recorded nights count (`coach.core.nights`): a night nobody recorded is a faint band
in the cramps chart, never a 0, and the comparison is the honest one of
`coach.core.comparison`, over the recorded nights whose morning has come."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from coach.core.comparison import compare_routine
from coach.core.nights import NightRecord
from coach.core.schedule import night_of
from coach.core.text import translate
from coach.core.water import water_day
from coach.journal import EVERYTHING
from coach.ui.charts import BarChart
from coach.ui.dates import local_text
from coach.ui.live_journal import LiveJournal
from coach.ui.pages import Page
from coach.ui.style import scaled_font

RANGES = (7, 30, 90)


class HistoryPage(Page):
    shows = EVERYTHING

    def __init__(self, live: LiveJournal) -> None:
        super().__init__(live)
        heading = QLabel(translate("History", "History"))
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.span = QComboBox()
        self.span.setToolTip(
            translate("History", "How many days the charts and the comparison cover")
        )
        self.span.setAccessibleName(translate("History", "Days shown"))
        for days in RANGES:
            self.span.addItem(translate("History", "Last {days} days").format(days=days), days)
        self.span.setCurrentIndex(1)  # a month: enough nights for the comparison to say much
        self.span.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.span)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(scaled_font(self.font(), 1.1))
        self.water = BarChart(
            translate("History", "Glasses of water a day (dashed: your goal)"),
            translate("History", "glasses"),
        )
        self.routine = BarChart(
            translate("History", "Evening routine done"), translate("History", "done")
        )
        self.cramps = BarChart(
            translate("History", "Cramps a night (faint band: not recorded)"),
            translate("History", "cramps"),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        for chart in (self.water, self.routine, self.cramps):
            layout.addWidget(chart, 1)

    def history(self) -> list[NightRecord]:
        """The nights shown, oldest first, up to tonight; in the morning, up to today, whose
        water is being drunk (tonight, before noon, is still last night)."""
        days = self.span.currentData() or RANGES[0]
        now = self.journal.clock.now()
        last = max(night_of(now), water_day(now, self.journal.settings.water_day_start))
        return self.journal.record_nights(last - timedelta(days=days - 1), last)

    def refresh(self) -> None:
        history = self.history()
        # A night counts once its morning has come: tonight is shown, not yet compared.
        last = self.journal.answerable_nights()[0]
        labels = [local_text(night.night, "d MMM") for night in history]
        settings = self.journal.settings
        self.water.set_data(
            [night.glasses for night in history], labels, self.theme.water, settings.water_goal
        )
        self.routine.set_data(
            [1 if night.routine_done else 0 for night in history], labels, self.theme.rest
        )
        self.cramps.set_data(
            [night.cramps if night.recorded else None for night in history],
            labels,
            self.theme.timed,
        )
        compared = compare_routine(night for night in history if night.night <= last)
        self.summary.setText(compared.sentence())
