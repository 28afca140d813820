"""The history page: water, routine and cramps night by night, and whether it helps."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from coach.core.diary import Night, compare
from coach.core.text import translate
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
            translate("History", "Cramps a night"), translate("History", "cramps")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        for chart in (self.water, self.routine, self.cramps):
            layout.addWidget(chart, 1)

    def history(self) -> list[Night]:
        """The nights shown, oldest first, up to last night."""
        return self.journal.nights(self.span.currentData() or RANGES[0])

    def refresh(self) -> None:
        history = self.history()
        labels = [local_text(night.night, "d MMM") for night in history]
        settings = self.journal.settings
        self.water.set_data(
            [night.glasses for night in history], labels, self.theme.water, settings.water_goal
        )
        self.routine.set_data(
            [1 if night.routine_done else 0 for night in history], labels, self.theme.rest
        )
        self.cramps.set_data([night.cramps for night in history], labels, self.theme.timed)
        self.summary.setText(compare(history).sentence())
