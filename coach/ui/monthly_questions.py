"""Once a month, in the check-in: the warning-sign questions and new medicines.

Each is answered yes or no, or left; the whole may be skipped. The answers go into the
report for the doctor (`Journal.report`), and a "yes" is met with what to do about it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.monthly import KEYS, MAX_MEDICINE, QUESTIONS, MonthlyAnswers, advice
from coach.core.text import translate
from coach.core.water import water_day
from coach.journal import Journal
from coach.ui.live_journal import LiveJournal

YES, NO = 1, 0  # the buttons' ids in each question's group


class MonthlyQuestions(QGroupBox):
    def __init__(self, live: LiveJournal, parent: QWidget | None = None) -> None:
        title = translate("Monthly", "Once a month: a few questions for your doctor")
        super().__init__(title, parent)
        self._live = live
        self.saved: MonthlyAnswers | None = None
        intro = QLabel(
            translate(
                "Monthly",
                "In the last month, did you have any of these? The answers go into the report "
                "for your doctor. Leave any you are unsure of, or skip them all.",
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.groups: dict[str, QButtonGroup] = {}
        for row, (key, text) in enumerate(QUESTIONS):
            question = QLabel(translate("Monthly", text))
            question.setWordWrap(True)
            group = QButtonGroup(self)
            yes = QRadioButton(translate("Monthly", "Yes"))
            no = QRadioButton(translate("Monthly", "No"))
            for button in (yes, no):
                button.setAccessibleDescription(translate("Monthly", text))
            group.addButton(yes, YES)
            group.addButton(no, NO)
            self.groups[key] = group
            grid.addWidget(question, row, 0)
            grid.addWidget(yes, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(no, row, 2, Qt.AlignmentFlag.AlignTop)
        self.medicine = QLineEdit()
        self.medicine.setMaxLength(MAX_MEDICINE)
        self.medicine.setPlaceholderText(translate("Monthly", "Which medicine? (optional)"))
        self.medicine.setAccessibleName(translate("Monthly", "Which new medicine"))
        self.medicine.setEnabled(False)
        self.groups["new_medicine"].idToggled.connect(
            lambda _id, _on: self.medicine.setEnabled(self._answer("new_medicine") is True)
        )
        self.save_button = QPushButton(translate("Monthly", "Save the answers"))
        self.save_button.setToolTip(translate("Monthly", "Keeps the answers for the report"))
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(translate("Monthly", "Skip this month"))
        self.skip_button.setToolTip(translate("Monthly", "Asks again in a month"))
        self.skip_button.clicked.connect(self.skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.hide()
        self._form = QWidget()
        form = QVBoxLayout(self._form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(intro)
        form.addLayout(grid)
        form.addWidget(self.medicine)
        form.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self._form)
        layout.addWidget(self.said)

    def _answer(self, key: str) -> bool | None:
        chosen = self.groups[key].checkedId()
        return None if chosen == -1 else chosen == YES

    def _today(self) -> date:
        journal = self._live.journal
        return water_day(journal.clock.now(), journal.settings.water_day_start)

    def answers(self) -> MonthlyAnswers:
        new_medicine = self._answer("new_medicine")
        medicine = self.medicine.text().strip() if new_medicine else ""
        return MonthlyAnswers.of(
            self._today(), False, [self._answer(key) for key in KEYS], medicine
        )

    def pending(self) -> bool:
        """Answered in part at least, and not saved yet."""
        return self.saved is None and any(self._answer(key) is not None for key in KEYS)

    def save(self) -> bool:
        """Keep the answers; True if there is advice to read now."""
        return self._keep(self.answers())

    def skip(self) -> bool:
        return self._keep(MonthlyAnswers(self._today(), skipped=True))

    def _keep(self, answers: MonthlyAnswers) -> bool:
        def keep(journal: Journal) -> bool:
            journal.answer_monthly(answers)
            return True

        if not self._live.attempt(keep):
            return False  # not saved: said in the window; the answers stay to try again
        self.saved = answers
        self._form.hide()
        said = advice(answers)
        if answers.skipped:
            text = translate("Monthly", "Skipped; asked again in a month.")
        else:
            text = translate("Monthly", "Thank you: the answers are in your report.")
        self.said.setText(text if said is None else f"{text} {said}")
        self.said.show()
        return said is not None
