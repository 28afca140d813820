"""The monthly questions: when they are due, what is kept, what is said about a yes."""

from __future__ import annotations

from datetime import date

import pytest

from coach.core.monthly import (
    KEYS,
    MonthlyAnswers,
    MonthlyError,
    advice,
    monthly_due,
    report_entry,
)


def test_due_when_never_asked_and_a_month_after_the_last_time() -> None:
    assert monthly_due(None, date(2026, 11, 26))
    assert not monthly_due(date(2026, 11, 26), date(2026, 12, 25))
    assert monthly_due(date(2026, 11, 26), date(2026, 12, 26))


def test_what_is_said_about_the_answers() -> None:
    day = date(2026, 11, 26)
    assert advice(MonthlyAnswers(day, weakness=False, numbness=False)) is None
    assert "see a doctor" in (advice(MonthlyAnswers(day, numbness=True)) or "")
    assert "see a doctor" in (advice(MonthlyAnswers(day, new_medicine=True)) or "")
    assert "at once" in (advice(MonthlyAnswers(day, swelling=True, numbness=True)) or "")


def test_answers_that_cannot_be_kept_are_refused() -> None:
    day = date(2026, 11, 26)
    with pytest.raises(MonthlyError):
        MonthlyAnswers(day, skipped=True, weakness=True)
    with pytest.raises(MonthlyError):
        MonthlyAnswers(day, medicine="x" * 501)
    with pytest.raises(MonthlyError):
        MonthlyAnswers(day, weakness=2)  # type: ignore[arg-type]
    with pytest.raises(MonthlyError):
        MonthlyAnswers.of(day, False, [None], "")


def test_the_report_entry_carries_every_question_and_the_medicine() -> None:
    answers = MonthlyAnswers.of(
        date(2026, 11, 26), False, [False, True, None, False, False, True, True], "a statin"
    )
    entry = report_entry(answers)
    assert entry["asked_on"] == "2026-11-26"
    assert list(entry["answers"]) == list(KEYS) == list(entry["questions"])
    assert entry["warning_signs"] == ["weakness", "more_often"]
    assert entry["medicine"] == "a statin"
