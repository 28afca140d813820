"""Find out for yourself: the personal trial, started, followed and stopped here.

What it shows is what `bedtime-coach trial status` prints (`Journal.trial_status`, laid
out by `coach.core.report`); starting and stopping go through the same requests as
`bedtime-coach trial start` and `trial stop`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.core.trial import (
    BASELINE_WEEKS,
    PAIRS,
    TONIGHT,
    TRIAL_NIGHTS,
    WEEK,
    WEEKS,
    Condition,
)
from coach.journal import Change
from coach.requests import DONE, StartTrial, StopTrial, perform
from coach.ui.dates import local_text
from coach.ui.live_journal import LiveJournal
from coach.ui.pages import Page
from coach.ui.style import scaled_font

EXPLAINED = QT_TRANSLATE_NOOP(
    "Trial",
    "Nights after the routine against other nights cannot show whether the routine helps "
    "you: cramps come and go by themselves, and simply trying something makes many people "
    "feel better. A personal trial can. It takes eight weeks. For the first two, go on as "
    "usual. Then come three pairs of weeks: in each pair, one week with the routine every "
    "night and one week with no stretching at all, in an order the app draws at random. "
    "Each evening the app tells you which kind of week it is (and stays quiet on "
    "no-stretching weeks). Answer the morning check-in every day: only recorded nights "
    "count. At the end the app compares the two kinds of week and says plainly whether "
    "the routine helped you. You can stop at any time.",
)


def _label(text: str = "", scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != 1.0 or bold:
        label.setFont(scaled_font(label.font(), scale, bold))
    return label


class TrialPage(Page):
    shows = frozenset({Change.TRIAL, Change.CHECK_INS, Change.CRAMPS, Change.RUNS,
                       Change.REMINDERS, Change.SETTINGS})  # fmt: skip

    def __init__(self, live: LiveJournal) -> None:
        super().__init__(live)
        heading = _label(translate("Trial", "Find out for yourself"), 1.6, bold=True)
        self.explained = _label(translate("Trial", EXPLAINED))
        self.state = _label(scale=1.2, bold=True)
        self.tonight = _label(scale=1.2)
        self.progress = _label()
        self.result_heading = _label(translate("Trial", "The result so far"), 1.2, bold=True)
        self.result = _label()
        self.pairs = _label()
        self.adherence = _label()
        self.said = _label()
        self.said.hide()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self.start_button = QPushButton(translate("Trial", "Start a personal trial…"))
        self.start_button.setToolTip(
            translate("Trial", "Starts an eight-week trial tonight, after asking")
        )
        self.start_button.clicked.connect(self.start_trial)
        self.stop_button = QPushButton(translate("Trial", "Stop the trial early…"))
        self.stop_button.setToolTip(
            translate(
                "Trial", "Stops the trial from tonight on, after asking; the result so far stays"
            )
        )
        self.stop_button.clicked.connect(self.stop_trial)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explained)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        layout.addWidget(line)
        for label in (self.state, self.tonight, self.progress, self.result_heading,
                      self.result, self.pairs, self.adherence):  # fmt: skip
            layout.addWidget(label)
        layout.addStretch(1)
        self.status: dict[str, Any] | None = None

    def refresh(self) -> None:
        journal = self.journal
        self.status = status = journal.trial_status()
        under_way = journal.trial_under_way() is not None
        self.start_button.setVisible(not under_way)
        self.stop_button.setVisible(under_way)
        shown = status is not None
        for label in (self.state, self.progress, self.result_heading, self.result, self.pairs,
                      self.adherence):  # fmt: skip
            label.setVisible(shown)
        self.tonight.setVisible(shown and status is not None and status["tonight"] is not None)
        if status is None:
            return
        start, end = date.fromisoformat(status["start"]), date.fromisoformat(status["end"])
        dates = {"start": local_text(start, "d MMM yyyy"), "end": local_text(end, "d MMM yyyy")}
        if status["state"] == "stopped":
            stopped = date.fromisoformat(status["stopped"])
            self.state.setText(
                translate(
                    "Trial", "Your trial from {start} was stopped early, from the night of {night}."
                ).format(night=local_text(stopped, "d MMM yyyy"), **dates)
            )
        elif status["state"] == "over":
            self.state.setText(
                translate("Trial", "Your trial from {start} to {end} is over.").format(**dates)
            )
        else:
            self.state.setText(
                translate("Trial", "Your trial runs from {start} to {end}.").format(**dates)
            )
        tonight = status["tonight"]
        if tonight is not None:
            # The short words and the week: the longer sentence after them said the
            # same again ("as usual. Record your nights. ... record your nights as usual").
            words = translate("Trial", TONIGHT[Condition(tonight["condition"])])
            week = translate("Trial", "Week {week} of {weeks}.").format(
                week=tonight["week"], weeks=WEEKS
            )
            self.tonight.setText(f"{words} {week}")
        result = status["result"]
        recorded = sum(result[side]["nights"] for side in ("baseline", "routine", "no_stretching"))
        last = min(journal.answerable_nights()[0], date.fromisoformat(status["last_night"]))
        passed = max(0, min((last - start).days + 1, TRIAL_NIGHTS))
        self.progress.setText(
            translate(
                "Trial",
                "Recorded nights so far: {recorded} of the {passed} nights since it began "
                "({weeks} weeks in all: {baseline} as usual, then {pairs} pairs).",
            ).format(
                recorded=recorded,
                passed=passed,
                weeks=WEEKS,
                baseline=BASELINE_WEEKS,
                pairs=PAIRS,
            )
        )
        final = status["state"] != "under-way"
        self.result_heading.setText(
            translate("Trial", "The result") if final else translate("Trial", "The result so far")
        )
        self.result.setText(result["sentence"])
        # A pair that has not begun yet has no result to show.
        begun = [
            pair["sentence"]
            for pair in result["pairs"]
            if start + timedelta(days=WEEK * (BASELINE_WEEKS + 2 * pair["pair"] - 2)) <= last
        ]
        self.pairs.setText("\n".join(begun))
        self.pairs.setVisible(bool(begun))
        self.adherence.setText(result["adherence_sentence"])

    def start_trial(self) -> bool:
        night = self.journal.clock.now().date()
        question = translate(
            "Trial",
            "Start your personal trial tonight? It lasts eight weeks, until the night of "
            "{end}. Answer the morning check-in every day.",
        ).format(end=local_text(night + timedelta(days=TRIAL_NIGHTS - 1), "d MMM yyyy"))
        answer = QMessageBox.question(self, translate("Trial", "Start a personal trial?"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._say(perform(StartTrial(), self.journal))

    def stop_trial(self) -> bool:
        answer = QMessageBox.question(
            self,
            translate("Trial", "Stop the trial early?"),
            translate(
                "Trial",
                "Stop your personal trial from tonight on? The result will cover the nights "
                "before and will say that the trial was stopped early. This cannot be undone.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._say(perform(StopTrial(), self.journal))

    def _say(self, reply: Any) -> bool:
        self.said.setText(reply.text.split("\n")[0])
        self.said.show()
        return bool(reply.code == DONE)
