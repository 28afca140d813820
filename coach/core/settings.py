"""The person's preferences: defaults, allowed values and validation.

Every preference has a dotted key (`reminder.time`) shared by the settings file, the
settings dialog and the command line. Values are checked here, once, and a refusal is a
sentence that says what is allowed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from typing import Any, Protocol

from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.core.themes import THEMES as THEMES

VERSION = 1
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MINUTES = QT_TRANSLATE_NOOP("Settings", "minutes")
SECONDS = QT_TRANSLATE_NOOP("Settings", "seconds")


class SettingsError(ValueError):
    """A key or value that is not allowed; the message says what is."""


class Kind(Protocol):
    """How one preference is read from text and JSON, written to JSON, and described."""

    @property
    def allowed(self) -> str: ...

    def from_text(self, text: str) -> Any: ...
    def from_json(self, value: object) -> Any: ...
    def to_json(self, value: Any) -> object: ...


@dataclass(frozen=True)
class Flag:
    @property
    def allowed(self) -> str:
        return translate("Settings", "on or off")

    def from_text(self, text: str) -> bool:
        word = text.strip().lower()
        if word in ("on", "true", "yes", "1"):
            return True
        if word in ("off", "false", "no", "0"):
            return False
        raise ValueError(text)

    def from_json(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise ValueError(value)
        return value

    def to_json(self, value: bool) -> object:
        return value


@dataclass(frozen=True)
class Whole:
    low: int
    high: int
    unit: str = ""

    @property
    def allowed(self) -> str:
        allowed = translate("Settings", "a whole number from {low} to {high}")
        unit = f" {translate('Settings', self.unit)}" if self.unit else ""
        return allowed.format(low=self.low, high=self.high) + unit

    def _checked(self, value: int) -> int:
        if not self.low <= value <= self.high:
            raise ValueError(value)
        return value

    def from_text(self, text: str) -> int:
        return self._checked(int(text.strip()))

    def from_json(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(value)
        return self._checked(value)

    def to_json(self, value: int) -> object:
        return value


@dataclass(frozen=True)
class ClockTime:
    @property
    def allowed(self) -> str:
        return translate("Settings", "a time of day as HH:MM on the 24-hour clock, such as 22:00")

    def from_text(self, text: str) -> time:
        hours, sep, minutes = text.strip().partition(":")
        if not sep or len(minutes) != 2 or not (hours.isdigit() and minutes.isdigit()):
            raise ValueError(text)
        return time(int(hours), int(minutes))  # raises ValueError out of range

    def from_json(self, value: object) -> time:
        if not isinstance(value, str):
            raise ValueError(value)
        return self.from_text(value)

    def to_json(self, value: time) -> object:
        return value.strftime("%H:%M")


@dataclass(frozen=True)
class Choice:
    options: tuple[str, ...]

    @property
    def allowed(self) -> str:
        return translate("Settings", "one of {options}").format(options=", ".join(self.options))

    def from_text(self, text: str) -> str:
        word = text.strip().lower()
        if word not in self.options:
            raise ValueError(text)
        return word

    def from_json(self, value: object) -> str:
        if not isinstance(value, str) or value not in self.options:
            raise ValueError(value)
        return value

    def to_json(self, value: str) -> object:
        return value


@dataclass(frozen=True)
class Days:
    @property
    def allowed(self) -> str:
        return translate(
            "Settings",
            "weekday names separated by commas, such as mon,tue,fri, or 'every day' "
            "(at least one day; to turn reminders off use reminder.enabled)",
        )

    def _normalised(self, names: list[str]) -> tuple[str, ...]:
        chosen = set()
        for name in names:
            matches = [day for day in WEEKDAYS if len(name) >= 3 and day.startswith(name)]
            if len(matches) != 1:
                raise ValueError(name)
            chosen.add(matches[0])
        if not chosen:
            raise ValueError(names)
        return tuple(day for day in WEEKDAYS if day in chosen)

    def from_text(self, text: str) -> tuple[str, ...]:
        words = text.strip().lower()
        if words in ("every day", "everyday", "all", "daily"):
            return WEEKDAYS
        return self._normalised([w.strip() for w in words.split(",") if w.strip()])

    def from_json(self, value: object) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(value)
        if not all(v in WEEKDAYS for v in value):
            raise ValueError(value)
        return self._normalised(value)

    def to_json(self, value: tuple[str, ...]) -> object:
        return list(value)


@dataclass(frozen=True)
class RoutineName:
    """A routine's id. Which routines there are is known once they are loaded: the
    journal offers them as a Choice (`Journal.setting_kind`)."""

    @property
    def allowed(self) -> str:
        return translate("Settings", "the id of a routine, such as evening")

    def from_text(self, text: str) -> str:
        word = text.strip().lower()
        if not word or not all(c.isalnum() or c == "-" for c in word):
            raise ValueError(text)
        return word

    def from_json(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValueError(value)
        return self.from_text(value)

    def to_json(self, value: str) -> object:
        return value


def _pref(default: Any, kind: Kind) -> Any:
    return field(default=default, metadata={"kind": kind})


@dataclass(frozen=True)
class Settings:
    """All preferences. The attribute for key `section.name` is `section_name`."""

    reminder_enabled: bool = _pref(True, Flag())
    reminder_time: time = _pref(time(22, 0), ClockTime())
    reminder_days: tuple[str, ...] = _pref(WEEKDAYS, Days())
    reminder_snooze_minutes: int = _pref(10, Whole(1, 120, MINUTES))
    reminder_grace_minutes: int = _pref(120, Whole(0, 720, MINUTES))
    reminder_chime: bool = _pref(True, Flag())  # a soft chime with the reminder (if sound is on)
    routine_default: str = _pref("evening", RoutineName())
    routine_hold_seconds: int = _pref(10, Whole(1, 120, SECONDS))
    routine_rest_seconds: int = _pref(5, Whole(1, 120, SECONDS))
    routine_reps: int = _pref(3, Whole(1, 20))
    routine_rounds: int = _pref(1, Whole(1, 10))
    sound_enabled: bool = _pref(True, Flag())
    sound_volume: int = _pref(70, Whole(0, 100, QT_TRANSLATE_NOOP("Settings", "percent")))
    sound_voice: bool = _pref(False, Flag())  # spoken guidance during a routine
    water_goal: int = _pref(8, Whole(1, 30, QT_TRANSLATE_NOOP("Settings", "glasses")))
    water_day_start: time = _pref(time(4, 0), ClockTime())
    water_reminders: bool = _pref(False, Flag())  # daytime reminders to drink
    water_every_hours: int = _pref(2, Whole(1, 6, QT_TRANSLATE_NOOP("Settings", "hours")))
    water_from: time = _pref(time(9, 0), ClockTime())
    water_until: time = _pref(time(20, 0), ClockTime())
    app_start_at_login: bool = _pref(False, Flag())
    app_start_hidden: bool = _pref(False, Flag())
    app_theme: str = _pref("system", Choice(THEMES))
    app_welcomed: bool = _pref(False, Flag())  # the first start's welcome was seen

    def get(self, key: str) -> Any:
        return getattr(self, _attribute(key))

    def problem(self) -> str:
        """What the values do not allow together, in a sentence; empty if nothing."""
        if not self.reminder_days:
            return translate(
                "Settings", "Pick at least one day for the reminder, or turn the reminder off."
            )
        if self.water_reminders and self.water_until < self.water_from:
            return translate(
                "Settings",
                "The reminders to drink cannot end at {until}, before they start at {start}.",
            ).format(until=self.text("water.until"), start=self.text("water.from"))
        return ""

    def checked(self) -> Settings:
        """These settings, or SettingsError if their values do not go together."""
        problem = self.problem()
        if problem:
            raise SettingsError(problem)
        return self

    def text(self, key: str) -> str:
        """The value as a person would type it, such as `22:00` or `on`."""
        kind = _kind(key)
        value = self.get(key)
        if isinstance(kind, Flag):
            return "on" if value else "off"
        if isinstance(kind, Days):
            return ",".join(day[:3] for day in value)
        return str(kind.to_json(value))

    def with_text(self, key: str, text: str, kind: Kind | None = None) -> Settings:
        """A copy with `key` set from typed `text`, or SettingsError saying what is allowed;
        read as `kind` says, where the caller knows better than the model (the routines)."""
        kind = kind or _kind(key)
        try:
            value = kind.from_text(text)
        except ValueError:
            message = translate("Settings", "{key} must be {allowed}; '{value}' is not.")
            raise SettingsError(message.format(key=key, allowed=kind.allowed, value=text)) from None
        return dataclasses.replace(self, **{_attribute(key): value}).checked()


KEYS: tuple[str, ...] = tuple(f.name.replace("_", ".", 1) for f in dataclasses.fields(Settings))
INTERNAL = ("app.welcomed",)  # kept by the app itself: not offered as a setting


def _attribute(key: str) -> str:
    if key not in KEYS:
        message = translate("Settings", "There is no setting '{key}'. The settings are: {keys}.")
        offered = (k for k in KEYS if k not in INTERNAL)
        raise SettingsError(message.format(key=key, keys=", ".join(offered)))
    return key.replace(".", "_")


def kind(key: str) -> Kind:
    """How `key` is read, written and described."""
    return _kind(key)


def _kind(key: str) -> Kind:
    kind: Kind = Settings.__dataclass_fields__[_attribute(key)].metadata["kind"]
    return kind


def allowed(key: str) -> str:
    """What `key` accepts, as a phrase."""
    return _kind(key).allowed


def to_json(settings: Settings) -> dict[str, object]:
    """The versioned, nested form written to settings.json."""
    data: dict[str, Any] = {"version": VERSION}
    for key in KEYS:
        section, name = key.split(".")
        data.setdefault(section, {})[name] = _kind(key).to_json(settings.get(key))
    return data


def from_json(data: object) -> Settings:
    """Settings from the parsed settings.json; keys it lacks take their defaults."""
    if not isinstance(data, Mapping):
        raise SettingsError(translate("Settings", "The settings must be a JSON object."))
    version = data.get("version")
    if version != VERSION:
        message = translate("Settings", "The settings version must be {expected}, not {found}.")
        raise SettingsError(message.format(expected=VERSION, found=repr(version)))
    values: dict[str, Any] = {}
    for section, table in data.items():
        if section == "version":
            continue
        if not isinstance(table, Mapping):
            message = translate("Settings", "'{section}' must be a JSON object of settings.")
            raise SettingsError(message.format(section=section))
        for name, raw in table.items():
            key = f"{section}.{name}"
            kind = _kind(key)
            try:
                values[_attribute(key)] = kind.from_json(raw)
            except ValueError:
                message = translate("Settings", "{key} must be {allowed}; {value} is not.")
                raise SettingsError(
                    message.format(key=key, allowed=kind.allowed, value=repr(raw))
                ) from None
    return Settings(**values).checked()
