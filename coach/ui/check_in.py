"""The morning check-in: how was the night? Quicker than a note.

One click for the commonest answer, "No cramps"; otherwise how many cramps (and, if the
person wants, how bad, how long and which leg), or "Don't know / slept elsewhere",
which leaves the night out. Any of the last seven nights can be answered or changed:
the night's current answer is shown, with that evening's routine and that day's water
beside it. The answer goes through the same request as `bedtime-coach night`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary import LEGS, MAX_MINUTES
from coach.core.nights import MAX_CRAMPS_A_NIGHT, MAX_SCORE, Answer, CheckIn, NightState
from coach.core.schedule import night_of
from coach.core.text import translate
from coach.requests import DONE, RecordNight, perform
from coach.ui.dates import local_text
from coach.ui.diary_page import leg_name
from coach.ui.live_journal import LiveJournal
from coach.ui.monthly_questions import MonthlyQuestions
from coach.ui.style import scaled_font

NOT_GIVEN = -1  # a spin box's "not given": the optional answers
NO_SEVERITY = 0  # how bad is 1 to 10, as for a cramp logged: below it, "not given"


def answer_words(check_in: CheckIn | None) -> str:
    """A night's current answer, in a few words."""
    if check_in is None:
        return translate("CheckIn", "Not answered yet.")
    if check_in.answer == Answer.NO_CRAMPS:
        return translate("CheckIn", "Your answer: no cramps.")
    if check_in.answer == Answer.EXCLUDED:
        return translate("CheckIn", "Your answer: don't know / slept elsewhere (left out).")
    parts = [translate("CheckIn", "cramps: {count}").format(count=check_in.cramps)]
    if check_in.severity is not None:
        parts.append(translate("CheckIn", "{severity} of 10").format(severity=check_in.severity))
    if check_in.minutes is not None:
        parts.append(translate("CheckIn", "{minutes} min").format(minutes=f"{check_in.minutes:g}"))
    if check_in.leg is not None:
        parts.append(leg_name(check_in.leg).lower())
    return translate("CheckIn", "Your answer: {details}.").format(details=", ".join(parts))


class CheckInDialog(QDialog):
    """How was the night? For one of the last seven nights; saved as it is answered."""

    def __init__(
        self, live: LiveJournal, night: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._live = live
        journal = live.journal
        self.setWindowTitle(translate("CheckIn", "How was the night?"))
        heading = QLabel(translate("CheckIn", "How was the night?"))
        heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        heading.setWordWrap(True)

        self.night = QComboBox()
        self.night.setAccessibleName(translate("CheckIn", "Night"))
        self.night.setToolTip(translate("CheckIn", "Any of the last seven nights can be answered"))
        nights = journal.recordable_nights()
        for index, each in enumerate(nights):
            day = local_text(each, "dddd d MMMM")
            label = (
                translate("CheckIn", "Last night ({night})").format(night=day)
                if index == 0
                else translate("CheckIn", "The night of {night}").format(night=day)
            )
            self.night.addItem(label, each.isoformat())  # ISO: findData matches strings
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setFont(scaled_font(self.font(), 1.0, bold=True))

        self.sleep = QSpinBox()
        self.sleep.setRange(NOT_GIVEN, MAX_SCORE)
        self.sleep.setSpecialValueText(translate("CheckIn", "not given"))
        self.sleep.setSuffix(translate("CheckIn", " of 10"))
        self.sleep.setValue(NOT_GIVEN)
        self.sleep.setAccessibleName(translate("CheckIn", "How well you slept, 0 to 10"))
        self.sleep.setToolTip(translate("CheckIn", "Optional: 0 is very badly, 10 very well"))

        self.no_cramps = QPushButton(translate("CheckIn", "No cramps"))
        self.no_cramps.setDefault(True)
        self.no_cramps.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.no_cramps.setMinimumHeight(round(self.no_cramps.sizeHint().height() * 1.5))
        self.no_cramps.setToolTip(translate("CheckIn", "Records the night as one with no cramps"))
        self.no_cramps.clicked.connect(self._no_cramps_clicked)
        self._answered: CheckIn | None = None  # the chosen night's answer, if it has one

        self.cramps_box = cramps = QGroupBox(translate("CheckIn", "Cramps in the night"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_CRAMPS_A_NIGHT)
        self.count.setAccessibleName(translate("CheckIn", "How many cramps"))
        self.severity = QSpinBox()
        self.severity.setRange(NO_SEVERITY, MAX_SCORE)
        self.severity.setSpecialValueText(translate("CheckIn", "not given"))
        self.severity.setSuffix(translate("CheckIn", " of 10"))
        self.severity.setValue(NO_SEVERITY)
        self.severity.setAccessibleName(translate("CheckIn", "How bad, the worst, 0 to 10"))
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setDecimals(0)
        self.minutes.setSpecialValueText(translate("CheckIn", "not given"))
        self.minutes.setSuffix(translate("CheckIn", " minutes"))
        self.minutes.setAccessibleName(translate("CheckIn", "How long, the longest, in minutes"))
        self.leg = QComboBox()
        self.leg.addItem(translate("CheckIn", "not given"), None)
        for leg in LEGS:
            self.leg.addItem(leg_name(leg), leg)
        self.leg.setAccessibleName(translate("CheckIn", "Which leg"))
        self.save_cramps = QPushButton(translate("CheckIn", "Save the cramps"))
        self.save_cramps.setToolTip(
            translate("CheckIn", "Records the night with these cramps; only how many is needed")
        )
        self.save_cramps.clicked.connect(lambda: self._record(Answer.CRAMPS))
        form = QFormLayout(cramps)
        form.addRow(translate("CheckIn", "How many"), self.count)
        form.addRow(translate("CheckIn", "How bad (the worst)"), self.severity)
        form.addRow(translate("CheckIn", "How long (the longest)"), self.minutes)
        form.addRow(translate("CheckIn", "Which leg"), self.leg)
        form.addRow(self.save_cramps)

        self.excluded = QPushButton(translate("CheckIn", "Don't know / slept elsewhere"))
        self.excluded.setToolTip(
            translate("CheckIn", "Leaves the night out: it is not counted either way")
        )
        self.excluded.clicked.connect(lambda: self._record(Answer.EXCLUDED))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        sleep_form = QFormLayout()
        sleep_form.addRow(translate("CheckIn", "How well you slept (optional)"), self.sleep)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading)
        layout.addWidget(self.night)
        layout.addWidget(self.facts)
        layout.addWidget(self.current)
        layout.addLayout(sleep_form)
        layout.addWidget(cramps)
        layout.addWidget(self.excluded)
        layout.addWidget(self.error)
        # Once a month, the warning-sign questions too (skippable).
        self.monthly: MonthlyQuestions | None = None
        if journal.monthly_due() and self.night.count():
            self.monthly = MonthlyQuestions(live)
            layout.addWidget(self.monthly)
        layout.addStretch(1)
        # With large text on a small screen, the questions scroll; the buttons stay.
        area = QScrollArea()
        area.setWidget(content)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # The commonest answer stays in sight, below what scrolls: one click, always.
        bottom = QHBoxLayout()
        bottom.addWidget(self.no_cramps, 1)
        bottom.addWidget(close, 0, Qt.AlignmentFlag.AlignBottom)
        outer = QVBoxLayout(self)
        outer.addWidget(area, 1)
        outer.addLayout(bottom)
        self._area = area
        self._content = content

        self.night.currentIndexChanged.connect(self._show_night)
        if night is not None:
            self.show_for(night)
        self._show_night()
        self.no_cramps.setFocus()
        self._fit()

    def _fit(self) -> None:
        """As large as its content needs, within the screen it is on."""
        wanted = self._content.sizeHint()
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = min(max(wanted.width() + 40, 600), screen.width() - 40)
        height = min(wanted.height() + self.no_cramps.minimumHeight() + 60, screen.height() - 60)
        self.resize(width, height)

    def show_for(self, night: date) -> None:
        """Turn to `night`, if it can be answered."""
        index = self.night.findData(night.isoformat())
        if index >= 0:
            self.night.setCurrentIndex(index)

    def chosen_night(self) -> date | None:
        night = self.night.currentData()
        return date.fromisoformat(night) if isinstance(night, str) else None

    def _show_night(self) -> None:
        night = self.chosen_night()
        answerable = night is not None
        for widget in (self.no_cramps, self.cramps_box, self.excluded, self.sleep, self.night):
            widget.setEnabled(answerable)
        self.error.hide()
        if night is None:
            self.facts.setText(
                translate(
                    "CheckIn",
                    "There is no night to answer yet: last night can be answered once the "
                    "day has started.",
                )
            )
            self.current.clear()
            return
        journal = self._live.journal
        [record] = journal.record_nights(night, night)
        answers = journal.check_ins(night, night)
        check_in = answers[-1] if answers else None
        if record.routine_done is None:  # before the app was in use
            routine = translate("CheckIn", "Routine that evening: not recorded.")
        elif record.routine_done:
            routine = translate("CheckIn", "Routine that evening: done.")
        elif night in journal.tried_nights(night, night):
            routine = translate("CheckIn", "Routine that evening: stretches skipped.")
        else:
            routine = translate("CheckIn", "Routine that evening: not done.")
        water = (
            translate("CheckIn", "Water that day: not recorded.")
            if record.glasses is None
            else translate("CheckIn", "Water that day: {glasses} of {goal} glasses.").format(
                glasses=record.glasses, goal=journal.settings.water_goal
            )
        )
        self.facts.setText(f"{routine} {water}")
        current = answer_words(check_in)
        if check_in is None and record.state == NightState.RECORDED and record.cramps:
            logged = (
                translate(
                    "CheckIn", "You logged a cramp during this night; how was the rest of it?"
                )
                if record.cramps == 1
                else translate(
                    "CheckIn",
                    "You logged {count} cramps during this night; how was the rest of it?",
                )
            )
            current = f"{current} {logged.format(count=record.cramps)}"
        if record.recorded and record.unrated and record.severity is None:
            # Logged in the night with nothing but the leg: here is where it is said.
            unsaid = translate(
                "CheckIn", "How bad was not said when it was logged; you can say it below."
            )
            current = f"{current} {unsaid}"
        self.current.setText(current)
        # One click for a night not yet answered; an answer already given is replaced
        # only when the person says so (the button says it changes, and asks).
        self._answered = check_in
        # Not answered but cramps logged: the one click keeps them, so it says so.
        kept = record.cramps or 0 if check_in is None else 0
        if self._replaces(check_in):
            button = translate("CheckIn", "Change to no cramps…")
        elif kept == 1:
            button = translate("CheckIn", "Just the cramp I logged")
        elif kept > 1:
            button = translate("CheckIn", "Just the {count} cramps I logged").format(count=kept)
        else:
            button = translate("CheckIn", "No cramps")
        self.no_cramps.setText(button)
        # Shown as it was answered, so that a change starts from it.
        self.sleep.setValue(NOT_GIVEN if check_in is None or check_in.sleep is None
                            else check_in.sleep)  # fmt: skip
        cramps = check_in if check_in is not None and check_in.answer == Answer.CRAMPS else None
        self.count.setValue(cramps.cramps if cramps else max(1, record.cramps or 1))
        self.severity.setValue(NO_SEVERITY if cramps is None or cramps.severity is None
                               else cramps.severity)  # fmt: skip
        self.minutes.setValue(0 if cramps is None or cramps.minutes is None else cramps.minutes)
        leg = cramps.leg if cramps else self._logged_leg(night) if kept else None
        self.leg.setCurrentIndex(max(0, self.leg.findData(leg)))

    def _logged_leg(self, night: date) -> str | None:
        """The leg of the cramps logged during `night`: both if they differ."""
        journal = self._live.journal
        days = (night_of(journal.clock.now()) - night).days + 2
        legs = {cramp.leg for cramp in journal.cramps(days) if night_of(cramp.started_at) == night}
        return legs.pop() if len(legs) == 1 else "both" if legs else None

    @staticmethod
    def _replaces(check_in: CheckIn | None) -> bool:
        """Whether "no cramps" would replace a different answer given for the night."""
        return check_in is not None and check_in.answer != Answer.NO_CRAMPS

    def _no_cramps_clicked(self) -> None:
        if self._replaces(self._answered) and not self.confirm_change():
            return
        self._record(Answer.NO_CRAMPS)

    def confirm_change(self) -> bool:
        """Whether to replace the night's answer (shown above) with "no cramps"."""
        question = translate(
            "CheckIn", "This night is already answered. {answer} Change it to no cramps?"
        ).format(answer=answer_words(self._answered))
        answer = QMessageBox.question(
            self,
            translate("CheckIn", "Change the answer?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _record(self, answer: Answer) -> bool:
        """Save the answer for the chosen night, as `bedtime-coach night` does; refused
        with its sentence, the dialog stays open and loses nothing."""
        night = self.chosen_night()
        if night is None:
            return False
        sleep = None if self.sleep.value() == NOT_GIVEN else self.sleep.value()
        fields: dict[str, object] = {}
        if answer == Answer.CRAMPS:
            fields = {
                "cramps": self.count.value(),
                "severity": None if self.severity.value() <= NO_SEVERITY else self.severity.value(),
                "minutes": self.minutes.value() or None,
                "leg": self.leg.currentData(),
            }
        reply = perform(
            RecordNight(str(answer), night.isoformat(), sleep=sleep, **fields),  # type: ignore[arg-type]
            self._live.journal,
        )
        if reply.code != DONE:
            self.error.setText(reply.text)
            self.error.show()
            return False
        # Answers to the monthly questions go with it; where they call for a doctor,
        # the dialog stays open so that the advice is read.
        if self.monthly is not None and self.monthly.pending() and self.monthly.save():
            self._show_night()
            recorded = translate("CheckIn", "The night is recorded.")
            self.monthly.said.setText(f"{recorded} {self.monthly.said.text()}")
            self._area.ensureWidgetVisible(self.monthly.said)
            return True
        self.accept()
        return True
