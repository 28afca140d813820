"""The monthly questions: the warning signs, and new medicines, asked once a month.

Night cramps are usually harmless, but some signs call for a doctor (HEALTH.md: cramps
in the day too, weakness, numbness, a swollen red calf, calf pain on walking that eases
with rest, cramps becoming more frequent), and medicines such as statins and diuretics
are known causes. The morning check-in asks these once a month; the person may skip
them. The answers go into the report for the doctor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from coach.core.text import QT_TRANSLATE_NOOP, translate

ASK_EVERY_DAYS = 30  # "once a month"
MAX_MEDICINE = 500  # characters of free text

# (key, question); the key is the history's column. Yes, no, or not answered (None).
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("daytime_cramps", QT_TRANSLATE_NOOP("Monthly", "Cramps during the day as well?")),
    ("weakness", QT_TRANSLATE_NOOP("Monthly", "Weakness in the leg muscles?")),
    ("numbness", QT_TRANSLATE_NOOP("Monthly", "Numbness or tingling in the legs or feet?")),
    ("swelling", QT_TRANSLATE_NOOP("Monthly", "A calf that is swollen, red or warm?")),
    (
        "walking_pain",
        QT_TRANSLATE_NOOP("Monthly", "Calf pain when walking that eases when you rest?"),
    ),
    ("more_often", QT_TRANSLATE_NOOP("Monthly", "Cramps coming more often than before?")),
    (
        "new_medicine",
        QT_TRANSLATE_NOOP(
            "Monthly",
            "Any new medicine since the cramps got worse? (Statins, diuretics and others "
            "can cause cramps.)",
        ),
    ),
)
KEYS = tuple(key for key, _ in QUESTIONS)
URGENT = frozenset({"swelling"})  # "get help at once", not "see a doctor"


class MonthlyError(ValueError):
    """Answers that cannot be kept; the message says what is allowed."""


@dataclass(frozen=True)
class MonthlyAnswers:
    """One month's answers, given (or skipped) on `asked_on`. Each answer is True (yes),
    False (no) or None (not answered); `medicine` says which, in the person's words."""

    asked_on: date
    skipped: bool = False
    daytime_cramps: bool | None = None
    weakness: bool | None = None
    numbness: bool | None = None
    swelling: bool | None = None
    walking_pain: bool | None = None
    more_often: bool | None = None
    new_medicine: bool | None = None
    medicine: str = ""

    def __post_init__(self) -> None:
        for key in KEYS:
            if getattr(self, key) not in (True, False, None):
                raise MonthlyError(translate("Monthly", "An answer must be yes, no or none."))
        if not isinstance(self.medicine, str) or len(self.medicine) > MAX_MEDICINE:
            message = translate("Monthly", "Which medicine can be at most {most} characters.")
            raise MonthlyError(message.format(most=MAX_MEDICINE))
        if self.skipped and (self.medicine or any(getattr(self, k) is not None for k in KEYS)):
            raise MonthlyError(translate("Monthly", "Skipped questions have no answers."))

    @classmethod
    def of(
        cls, asked_on: date, skipped: bool, answers: Sequence[bool | None], medicine: str
    ) -> MonthlyAnswers:
        """Answers in the order of `QUESTIONS`."""
        if len(answers) != len(KEYS):
            raise MonthlyError(translate("Monthly", "An answer must be yes, no or none."))
        day, weak, numb, swell, walk, more, new = answers
        return cls(asked_on, skipped, day, weak, numb, swell, walk, more, new, medicine)

    def answers(self) -> dict[str, bool | None]:
        return {key: getattr(self, key) for key in KEYS}

    @property
    def warning_signs(self) -> tuple[str, ...]:
        """The keys answered yes, other than the new medicine."""
        return tuple(k for k in KEYS if k != "new_medicine" and getattr(self, k) is True)


def monthly_due(last_asked: date | None, today: date) -> bool:
    """Whether the check-in asks the monthly questions today: never asked, or answered
    or skipped at least ASK_EVERY_DAYS ago."""
    return last_asked is None or today >= last_asked + timedelta(days=ASK_EVERY_DAYS)


def advice(answers: MonthlyAnswers) -> str | None:
    """What to do about the answers, in a sentence; None when nothing is said."""
    signs = set(answers.warning_signs)
    if signs & URGENT:
        return translate(
            "Monthly",
            "A calf that is painful, swollen, warm and red needs a doctor at once; with "
            "breathlessness or chest pain, call emergency services.",
        )
    if signs or answers.new_medicine:
        return translate(
            "Monthly",
            "Please see a doctor about this, and take the report from History with you. "
            "Do not stop a medicine without asking the doctor first.",
        )
    return None


def report_entry(answers: MonthlyAnswers) -> dict[str, Any]:
    """One month's answers as the report (`report --json`) carries them."""
    return {
        "asked_on": answers.asked_on.isoformat(),
        "skipped": answers.skipped,
        "answers": answers.answers(),
        "questions": {key: translate("Monthly", text) for key, text in QUESTIONS},
        "medicine": answers.medicine,
        "warning_signs": list(answers.warning_signs),
    }
