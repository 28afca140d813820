"""The history page: water, routine and cramps night by night, and whether it helps.

Only recorded nights count (`coach.core.nights`): a night nobody recorded is a faint band
in the cramps chart, never a 0, and the comparisons (the routine, and the water goal) are
the honest ones of `coach.core.comparison`, over the recorded nights whose morning has
come. "Report for your doctor…" saves the numbers of `report --json` as a PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from coach.core.nights import NightRecord
from coach.core.report import REPORT_DAYS
from coach.core.schedule import night_of
from coach.core.text import translate
from coach.core.water import water_day
from coach.journal import EVERYTHING, Journal, write_report
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
        self.for_doctor = QPushButton(translate("History", "Report for your doctor…"))
        self.for_doctor.setToolTip(
            translate(
                "History",
                "Saves the nights, the comparisons, the trial and the walking log as a PDF "
                "of one or two pages (the last 30 days, or 90 when 90 are shown)",
            )
        )
        self.for_doctor.clicked.connect(self.save_report)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.span)
        top.addWidget(self.for_doctor)
        self.saved = QLabel()  # where the last report was saved
        self.saved.setWordWrap(True)
        self.saved.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(scaled_font(self.font(), 1.1))
        self.water_summary = QLabel()
        self.water_summary.setWordWrap(True)
        self.water_summary.setFont(self.summary.font())  # two comparisons, one size
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
        layout.addWidget(self.saved)
        layout.addWidget(self.summary)
        layout.addWidget(self.water_summary)
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
        # The same comparisons as the report's (`Journal.compare`, the last nights whose
        # morning has come), so the page and the PDF for the doctor never disagree.
        routine, water = self.journal.compare(self.span.currentData() or RANGES[0])
        self.summary.setText(routine.sentence())
        self.water_summary.setText(water.sentence())

    def report_days(self) -> int:
        """The report's period: 90 days when 90 are shown, else 30."""
        shown = self.span.currentData() or RANGES[0]
        return max(days for days in REPORT_DAYS if days <= max(shown, REPORT_DAYS[0]))

    def ask_where(self, suggested: Path) -> Path | None:
        """Where to save the report (a seam for the tests); None: cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("History", "Save the report for your doctor"),
            str(suggested),
            translate("History", "PDF documents (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def save_report(self) -> Path | None:
        """Ask where, make the PDF from `Journal.report` and save it; say where."""
        from coach.ui.report_pdf import report_pdf

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        today = self.journal.clock.now().date().isoformat()
        where = self.ask_where(Path(folder) / f"bedtime-coach-report-{today}.pdf")
        if where is None:
            return None
        if where.suffix.lower() != ".pdf" and not where.exists():
            where = where.with_name(where.name + ".pdf")
        days = self.report_days()

        def save(journal: Journal) -> Path:
            return write_report(where, report_pdf(journal.report(days)))

        saved = self.live.attempt(save)
        if saved is not None:
            message = translate("History", "The report for your doctor was saved to {path}.")
            self.saved.setText(message.format(path=saved))
            self.saved.show()
        return saved
