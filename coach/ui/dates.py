"""Dates and times as the person's language writes them (month and weekday names)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def local_text(value: date | datetime, pattern: str) -> str:
    """`value`, as its wall clock reads, in Qt's date `pattern` (such as "ddd d MMM")."""
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, datetime):
        moment = QDateTime(day, QTime(value.hour, value.minute, value.second))
        return QLocale().toString(moment, pattern)
    return QLocale().toString(day, pattern)
