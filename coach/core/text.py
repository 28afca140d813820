"""Text people read, in their language.

The core stays free of Qt, so the app plugs Qt's translator in here at start-up; until
then (and in the core's tests) text stays English. `pyside6-lupdate` extracts the literal
arguments of `translate("Context", "text")` and `QT_TRANSLATE_NOOP("Context", "text")`, so
both take literals only: values are filled in afterwards with `str.format`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

Translator = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english


def translate(context: str, text: str) -> str:
    """`text` in the person's language, as the translations for `context` have it."""
    return _translator(context, text)


def use_translator(translator: Translator | None) -> None:
    """Translate with `translator` from now on; None goes back to English."""
    global _translator
    _translator = translator or _english


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; it is translated where it is shown."""
    return text


def decimal(value: float, places: int = 1, *, trim: bool = False) -> str:
    """`value` with `places` decimals (1.0, 0.5; with `trim`, trailing zeros dropped: 2,
    2.5), its decimal point as the person's language writes it ("0,5" in Spanish): the
    core's numbers, made without Qt."""
    text = f"{value:.{places}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", translate("Numbers", "."))


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dates", "Mon"),
    QT_TRANSLATE_NOOP("Dates", "Tue"),
    QT_TRANSLATE_NOOP("Dates", "Wed"),
    QT_TRANSLATE_NOOP("Dates", "Thu"),
    QT_TRANSLATE_NOOP("Dates", "Fri"),
    QT_TRANSLATE_NOOP("Dates", "Sat"),
    QT_TRANSLATE_NOOP("Dates", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "Jan"),
    QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"),
    QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"),
    QT_TRANSLATE_NOOP("Dates", "Dec"),
)


def day_words(day: date) -> str:
    """A day as a person reads it, short ("Mon 30 Nov"; "lun 30 nov" in Spanish): the
    command line's dates, made without Qt (the window uses `coach.ui.dates`)."""
    pattern = translate("Dates", "{weekday} {day} {month}")
    return pattern.format(
        weekday=translate("Dates", _WEEKDAYS[day.weekday()]),
        day=day.day,
        month=translate("Dates", _MONTHS[day.month - 1]),
    )


def when_text(instant: datetime, now: datetime) -> str:
    """An instant as a person says it: "today at 22:00", "tomorrow at 22:00", "on
    2026-11-24 at 22:05", in the local time of `now`."""
    local = instant.astimezone(now.tzinfo)
    days = (local.date() - now.date()).days
    if days == 0:
        message = translate("Commands", "today at {time}")
    elif days == 1:
        message = translate("Commands", "tomorrow at {time}")
    elif days == -1:
        message = translate("Commands", "yesterday at {time}")
    else:
        message = translate("Commands", "on {date} at {time}")
    return message.format(time=f"{local:%H:%M}", date=local.date().isoformat())
