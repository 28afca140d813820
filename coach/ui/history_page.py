"""The history page: water, routine and cramps night by night, and whether it helps.

Only recorded nights count (`coach.core.nights`): a night nobody recorded is a faint band
in the cramps chart, never a 0, and so is every day before the app was in use in the
water and routine charts. The nights shown are those whose morning has come, as in the
Diary and the report: tonight is not over, so it is not drawn as a finished night. The
comparisons (the routine, and the water goal) are the honest ones of
`coach.core.comparison`, over the last `COMPARED_DAYS` whatever the charts' span (a week
could never hold 7 nights of each kind). "Report for your doctor…" saves the numbers of
`report --json` as a PDF, for the period its button says."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from coach.core.nights import NightRecord
from coach.core.report import REPORT_DAYS
from coach.core.text import translate
from coach.journal import EVERYTHING, Journal, write_report
from coach.ui.charts import BarChart
from coach.ui.dates import local_text
from coach.ui.live_journal import LiveJournal
from coach.ui.pages import Page
from coach.ui.style import scaled_font

RANGES = (7, 30, 90)
COMPARED_DAYS = 90  # as `report --days 90`, whose comparisons are the very same


class HistoryPage(Page):
    shows = EVERYTHING

    def __init__(self, live: LiveJournal) -> None:
        super().__init__(live)
        heading = QLabel(translate("History", "History"))
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.span = QComboBox()
        self.span.setToolTip(translate("History", "How many days the charts cover"))
        self.span.setAccessibleName(translate("History", "Days shown"))
        for days in RANGES:
            self.span.addItem(translate("History", "Last {days} days").format(days=days), days)
        self.span.setCurrentIndex(1)  # a month: enough nights for the comparison to say much
        self.span.currentIndexChanged.connect(self.refresh)
        self.for_doctor = QPushButton()  # its text says the period (see `refresh`)
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
        """The nights shown, oldest first, up to tonight: today's water is being drunk,
        and tonight's routine may be done; tonight's cramps are not known until its
        morning, so the comparisons (as the Diary and the report) end last night."""
        tonight = self.journal.answerable_nights()[0] + timedelta(days=1)
        days = self.span.currentData() or RANGES[0]
        return self.journal.record_nights(tonight - timedelta(days=days - 1), tonight)

    def refresh(self) -> None:
        history = self.history()
        labels = [local_text(night.night, "d MMM") for night in history]
        settings = self.journal.settings
        # A day before the app was in use has no water nor routine kept (None): a faint
        # band, as in the cramps chart, never an empty bar that reads as 0.
        self.water.set_data(
            [night.glasses for night in history], labels, self.theme.water, settings.water_goal
        )
        # Tonight (the last day) is not over: no bar yet, rather than a 0 or a faint band.
        done = [
            None if night.routine_done is None else int(night.routine_done) for night in history
        ]
        if done and not done[-1]:
            done[-1] = None
        self.routine.set_data(done, labels, self.theme.rest, open_days=1)
        self.cramps.set_data(
            [night.cramps if night.recorded else None for night in history[:-1]] + [None],
            labels,
            self.theme.timed,
            open_days=1,
        )
        # The same comparisons as the report's over its 90 days (`Journal.compare`, the
        # last nights whose morning has come), whatever the charts show, saying which.
        routine, water = self.journal.compare(COMPARED_DAYS)
        since = self.journal.first_recordable_night()
        last = self.journal.answerable_nights()[0]
        if since is not None and since > last - timedelta(days=COMPARED_DAYS):
            period = translate("History", "Since you started (from the night of {night}):").format(
                night=local_text(since, "d MMM")
            )
        else:
            period = translate("History", "Over the last {days} days:").format(days=COMPARED_DAYS)
        self.summary.setText(f"{period} {routine.sentence()}")
        self.water_summary.setText(f"{period} {water.sentence()}")
        self.for_doctor.setText(
            translate("History", "Report for your doctor (last {days} days)…").format(
                days=self.report_days()
            )
        )

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
