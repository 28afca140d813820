"""The walking log, behind the warning to see a doctor first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.core.walking import MAX_MINUTES, Walk, WalkError, plan
from coach.journal import Change
from coach.ui.charts import BarChart
from coach.ui.dates import local_text
from coach.ui.live_journal import LiveJournal
from coach.ui.pages import Page
from coach.ui.style import scaled_font

CHART_WEEKS = 12
SEE_A_DOCTOR = QT_TRANSLATE_NOOP(
    "Walking",
    "This log is for calf or hip pain that comes on when you walk and eases when you rest. "
    "That pain can mean the arteries of the legs are narrowed, which needs a diagnosis: "
    "see a doctor about it before you start, especially with diabetes, if you smoke, or "
    "with high blood pressure or cholesterol. Get help at once for a leg that suddenly "
    "goes cold, numb or cannot move, or pain at rest that keeps getting worse.",
)


class WalkingPage(Page):
    shows = frozenset({Change.WALKS})

    def __init__(self, live: LiveJournal) -> None:
        super().__init__(live)
        self.stack = QStackedWidget()

        warning = QWidget()
        heading = QLabel(translate("Walking", "Walking log"))
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        text = QLabel(translate("Walking", SEE_A_DOCTOR))
        text.setWordWrap(True)
        self.go_on = QPushButton(
            translate("Walking", "A doctor has seen this pain: show the walking log")
        )
        self.go_on.setToolTip(
            translate("Walking", "Shows the walking log, once a doctor has seen the pain")
        )
        self.go_on.clicked.connect(lambda: self.stack.setCurrentIndex(1))
        warning_layout = QVBoxLayout(warning)
        warning_layout.addWidget(heading)
        warning_layout.addWidget(text)
        warning_layout.addWidget(self.go_on)
        warning_layout.addStretch(1)

        log = QWidget()
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setFont(scaled_font(self.font(), 1.1))
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setDecimals(0)
        self.minutes.setValue(10)
        self.minutes.setSuffix(translate("Walking", " minutes"))
        self.minutes.setToolTip(translate("Walking", "How long the whole walk took"))
        self.pain = QDoubleSpinBox()
        self.pain.setRange(0, MAX_MINUTES)
        self.pain.setDecimals(0)
        self.pain.setSpecialValueText(translate("Walking", "no pain"))
        self.pain.setSuffix(translate("Walking", " minutes"))
        self.pain.setToolTip(
            translate("Walking", "After how many minutes of walking the pain began, if it did")
        )
        self.rests = QCheckBox(translate("Walking", "I needed to rest on the way"))
        self.rests.setToolTip(
            translate("Walking", "Tick it if you had to stop and rest before going on")
        )
        self.error = QLabel()
        add = QPushButton(translate("Walking", "Log this walk"))
        add.setToolTip(translate("Walking", "Adds this walk to the log"))
        add.clicked.connect(self.log_walk)
        form = QFormLayout()
        form.addRow(translate("Walking", "Walked for"), self.minutes)
        form.addRow(translate("Walking", "Pain began after"), self.pain)
        form.addRow("", self.rests)
        self.chart = BarChart(
            translate("Walking", "Minutes walked, the last {weeks} weeks").format(
                weeks=CHART_WEEKS
            ),
            translate("Walking", "minutes"),
        )
        log_layout = QVBoxLayout(log)
        log_layout.addWidget(self.plan)
        log_layout.addLayout(form)
        log_layout.addWidget(add)
        log_layout.addWidget(self.error)
        log_layout.addWidget(self.chart, 1)

        self.stack.addWidget(warning)
        self.stack.addWidget(log)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def log_walk(self) -> None:
        try:
            walk = Walk(
                self.journal.clock.now(),
                self.minutes.value(),
                self.pain.value() or None,
                self.rests.isChecked(),
            )
        except WalkError as error:
            self.error.setText(str(error))
            return
        self.error.setText("")
        self.live.attempt(lambda journal: journal.log_walk(walk))

    def refresh(self) -> None:
        now = self.journal.clock.now()
        walks = self.journal.walks(CHART_WEEKS)
        self.plan.setText(plan(walks, now).sentence())
        labels = [local_text(walk.walked_at.astimezone(now.tzinfo), "d MMM") for walk in walks]
        self.chart.set_data([walk.total_minutes for walk in walks], labels, self.theme.rest, 30)
