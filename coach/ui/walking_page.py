"""The walking log, behind the warning to see a doctor first.

It keeps what claudication programmes track, the pain-free walking time or distance
(how long, or how far, before the pain began), for a walk on a day chosen (today by
default, never the future); lists the walks with a delete, as the cramp diary does; and
charts the minutes a week against the plan's aim, so one walk is one modest bar."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.core.walking import (
    GOAL_LOW,
    MAX_METRES,
    MAX_MINUTES,
    TIMES_A_WEEK,
    Walk,
    WalkError,
    plan,
    weekly_minutes,
)
from coach.journal import Change, Journal
from coach.ui.charts import BarChart
from coach.ui.dates import local_text
from coach.ui.live_journal import LiveJournal
from coach.ui.pages import Page
from coach.ui.style import scaled_font

CHART_WEEKS = 12
WEEKLY_AIM = GOAL_LOW * TIMES_A_WEEK  # minutes a week: the dashed line, and the least scale
SEE_A_DOCTOR = QT_TRANSLATE_NOOP(
    "Walking",
    "This log is for calf or hip pain that comes on when you walk and eases when you rest. "
    "That pain can mean the arteries of the legs are narrowed, which needs a diagnosis: "
    "see a doctor about it before you start, especially with diabetes, if you smoke, or "
    "with high blood pressure or cholesterol. Get help at once for a leg that suddenly "
    "goes cold, numb or cannot move, or pain at rest that keeps getting worse.",
)


def _spin(most: float, special: str, tip: str) -> QDoubleSpinBox:
    """A whole-number box whose 0 reads `special` (not given); its unit is a label
    beside it (`_with_unit`), shown whether or not a number is typed."""
    box = QDoubleSpinBox()
    box.setRange(0, most)
    box.setDecimals(0)
    box.setSpecialValueText(special)
    box.setToolTip(tip)
    box.setAccessibleName(tip)
    return box


def _with_unit(box: QDoubleSpinBox, unit: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(box)
    label = QLabel(unit)
    label.setBuddy(box)
    row.addWidget(label)
    return row


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
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setToolTip(translate("Walking", "The day of the walk: today, or a day before"))
        self.day.setAccessibleName(translate("Walking", "Day of the walk"))
        minutes = translate("Walking", "min")
        metres = translate("Walking", "m")
        self.minutes = _spin(
            MAX_MINUTES,
            translate("Walking", "how long?"),
            translate("Walking", "How long the whole walk took"),
        )
        self.distance = _spin(
            MAX_METRES,
            translate("Walking", "not measured"),
            translate("Walking", "How far the whole walk went, if you know"),
        )
        self.pain = _spin(
            MAX_MINUTES,
            translate("Walking", "no pain"),
            translate("Walking", "After how many minutes of walking the pain began, if it did"),
        )
        self.pain_metres = _spin(
            MAX_METRES,
            translate("Walking", "no pain"),
            translate("Walking", "After how many metres the pain began, if it did and you know"),
        )
        self.rests = QCheckBox(translate("Walking", "I needed to rest on the way"))
        self.rests.setToolTip(
            translate("Walking", "Tick it if you had to stop and rest before going on")
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.add = QPushButton(translate("Walking", "Log this walk"))
        self.add.setToolTip(translate("Walking", "Adds this walk to the log"))
        self.add.clicked.connect(self.log_walk)
        form = QFormLayout()
        # Fields at their own width: a number box as wide as the window reads badly.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(translate("Walking", "Day"), self.day)
        walked, distance = _with_unit(self.minutes, minutes), _with_unit(self.distance, metres)
        pain = _with_unit(self.pain, minutes)
        pain.addWidget(QLabel(translate("Walking", "or")))
        pain.addLayout(_with_unit(self.pain_metres, metres))
        for row in (walked, distance, pain):
            row.addStretch(1)
        form.addRow(translate("Walking", "Walked for"), walked)
        form.addRow(translate("Walking", "Distance"), distance)
        form.addRow(translate("Walking", "Pain began after"), pain)
        form.addRow("", self.rests)
        form.addRow("", self.add)

        self.walks = QTableWidget(0, 4)
        self.walks.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.walks.setHorizontalHeaderLabels(
            [
                translate("Walking", "Day"),
                translate("Walking", "Walked"),
                translate("Walking", "Pain-free"),
                translate("Walking", "Rests"),
            ]
        )
        self.walks.setToolTip(translate("Walking", "Your walks of the last 12 weeks, newest first"))
        self.walks.setAccessibleName(translate("Walking", "Walks, newest first"))
        self.walks.verticalHeader().hide()
        header = self.walks.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.walks.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.walks.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.walks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.delete = QPushButton(translate("Walking", "Delete"))
        self.delete.setToolTip(translate("Walking", "Deletes the selected walk, after asking"))
        self.delete.clicked.connect(self.delete_selected)
        self.walks.setMinimumHeight(self.walks.verticalHeader().defaultSectionSize() * 4)

        self.chart = BarChart(
            translate(
                "Walking", "Minutes walked a week, the last {weeks} weeks (dashed: the aim)"
            ).format(weeks=CHART_WEEKS),
            translate("Walking", "minutes"),
        )
        log_layout = QVBoxLayout(log)
        # One column, read from the top (Tab follows reading order): the form, the walks
        # with their delete, the chart.
        log_layout.addWidget(self.plan)
        log_layout.addLayout(form)
        log_layout.addWidget(self.error)
        log_layout.addWidget(self.walks, 1)
        log_layout.addWidget(self.delete, 0, Qt.AlignmentFlag.AlignLeft)
        log_layout.addWidget(self.chart, 2)

        self.stack.addWidget(warning)
        self.stack.addWidget(log)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._walks: list[Walk] = []
        self.reset_form()

    def reset_form(self) -> None:
        """A blank form: today, and nothing that a second click would log again."""
        today = self.journal.clock.now().date()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        for box in (self.minutes, self.distance, self.pain, self.pain_metres):
            box.setValue(0)
        self.rests.setChecked(False)

    def walked_at(self) -> datetime:
        """Now for a walk today; midday for a day before (the day is what counts)."""
        now = self.journal.clock.now()
        picked = self.day.date().toPython()
        if picked == now.date():
            return now
        return datetime.combine(picked, time(12, 0), now.tzinfo)  # type: ignore[arg-type]

    def log_walk(self) -> Walk | None:
        if not self.minutes.value():
            self.error.setText(translate("Walking", "Say how long the walk took, in minutes."))
            return None
        if self.day.date() > self.day.maximumDate():
            self.error.setText(translate("Walking", "A walk cannot be logged for a future day."))
            return None
        try:
            walk = Walk(
                self.walked_at(),
                self.minutes.value(),
                self.pain.value() or None,
                self.rests.isChecked(),
                None,
                self.distance.value() or None,
                self.pain_metres.value() or None,
            )
        except WalkError as error:
            self.error.setText(str(error))
            return None

        def log(journal: Journal) -> Walk:
            journal.log_walk(walk)
            return walk

        if self.live.attempt(log) is None:
            return None
        self.error.setText(translate("Walking", "Logged."))
        self.reset_form()
        return walk

    def delete_selected(self) -> None:
        row = self.walks.currentRow()
        if not 0 <= row < len(self._walks):
            return
        walk_id = self._walks[row].id
        if walk_id is None:
            return
        walk = self._walks[row]
        when = local_text(walk.walked_at.astimezone(self.journal.clock.now().tzinfo), "ddd d MMM")
        answer = QMessageBox.question(
            self,
            translate("Walking", "Delete walk"),  # short: the title bar adds the app's name
            translate("Walking", "Delete the walk of {day} ({amount}) from the log?").format(
                day=when, amount=_amount(walk.total_minutes, walk.distance_metres)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter keeps the walk
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.live.attempt(lambda journal: journal.delete_walk(walk_id))

    def heightForWidth(self, width: int) -> int:
        """What the part on show needs at least (the window's scroll area gives a page
        its height for the width): its preferred height, and the hidden part's, were a
        few pixels more than the window and cut the chart's week labels off below."""
        shown = self.stack.currentWidget()
        inner = None if shown is None else shown.layout()
        outer = self.layout()
        if inner is None or outer is None:
            return super().heightForWidth(width)
        margins = outer.contentsMargins()
        across = margins.left() + margins.right()
        down = margins.top() + margins.bottom()
        needed = inner.minimumHeightForWidth(width - across) + down
        return max(needed, self.minimumSizeHint().height())

    def refresh(self) -> None:
        now = self.journal.clock.now()
        today = now.date()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))  # past midnight
        walks = self.journal.walks(CHART_WEEKS)
        self.plan.setText(plan(walks, now).sentence())
        self._walks = list(reversed(walks))
        self.walks.setRowCount(len(self._walks))
        yes, no = translate("Walking", "yes"), translate("Walking", "no")
        for row, walk in enumerate(self._walks):
            cells = [
                local_text(walk.walked_at.astimezone(now.tzinfo), "ddd d MMM"),
                _amount(walk.total_minutes, walk.distance_metres),
                _amount(walk.pain_free_minutes, walk.pain_free_metres)
                if walk.pain
                else translate("Walking", "no pain"),
                yes if walk.rests_needed else no,
            ]
            for column, text in enumerate(cells):
                self.walks.setItem(row, column, QTableWidgetItem(text))
        # A bar a week (the last ends now), on a scale that reaches the week's aim at least.
        totals = weekly_minutes(walks, now, CHART_WEEKS)
        labels = [
            local_text(today - timedelta(days=7 * ago + 6), "d MMM")
            for ago in range(CHART_WEEKS - 1, -1, -1)
        ]
        self.chart.set_data(totals, labels, self.theme.rest, WEEKLY_AIM)


def _amount(minutes: float | None, metres: float | None) -> str:
    """ "12 min, 800 m", or either alone."""
    parts = []
    if minutes is not None:
        parts.append(translate("Walking", "{minutes} min").format(minutes=f"{minutes:g}"))
    if metres is not None:
        parts.append(translate("Walking", "{metres} m").format(metres=f"{metres:g}"))
    return ", ".join(parts) or "\u2013"
