"""Routines as data: the model and its loader from TOML text."""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from coach.core.figure.scenes import SCENE_NAMES

MAX_REPS = 20
MAX_ROUTINE_BYTES = 64 * 1024  # the shipped ones are 2-4 KB; a file from elsewhere is checked


class StepKind(StrEnum):
    HOLD_REST = "hold-rest"  # hold N s, rest M s, R times
    TIMED = "timed"  # one countdown
    TIP = "tip"  # a card the person reads and confirms


class Purpose(StrEnum):
    PREVENTION = "prevention"  # done before bed, to prevent cramps
    RELIEF = "relief"  # done during a cramp


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    NONE = "none"


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    instructions: str
    scene: str  # a name in SCENE_NAMES: what the figure shows
    side: Side
    kind: StepKind
    hold_seconds: float = 0.0  # hold-rest
    rest_seconds: float = 0.0  # hold-rest
    reps: int = 1  # hold-rest
    seconds: float = 0.0  # timed
    word: str = ""  # timed: the phase word shown, such as "Walk"


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    description: str
    steps: tuple[Step, ...]
    order: int  # where the chooser lists it, smallest first
    purpose: Purpose
    # Whether the person's hold, rest, repetition and round settings apply. A published
    # protocol (the trial's) or the cramp relief is run as written.
    adjustable: bool = False


def in_order(routines: Iterable[Routine]) -> dict[str, Routine]:
    """Routines by id, in the order a person picks from."""
    return {routine.id: routine for routine in sorted(routines, key=lambda r: (r.order, r.id))}


class RoutineError(ValueError):
    """A routine file that cannot be used; the message names the file, step and field."""


def load_routine(text: str, source: str) -> Routine:
    """Parse and validate a routine from TOML `text`; `source` names it in messages."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_ROUTINE_BYTES:
        raise RoutineError(f"{source}: larger than {MAX_ROUTINE_BYTES // 1024} KB")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # The message already carries "(at line N, column M)".
        raise RoutineError(f"{source}: not valid TOML: {error}") from None
    reader = _Reader(source, "routine", data)
    routine_id = reader.text("id")
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise RoutineError(f"{source}: the routine needs at least one [[steps]] table")
    steps: list[Step] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_steps, start=1):
        step = _load_step(source, number, raw)
        if step.id in seen:
            raise RoutineError(f"{source}: step {number}: duplicate step id '{step.id}'")
        seen.add(step.id)
        steps.append(step)
    return Routine(
        id=routine_id,
        title=reader.text("title"),
        description=reader.text("description", default=""),
        steps=tuple(steps),
        order=reader.whole("order"),
        purpose=Purpose(reader.choice("purpose", [p.value for p in Purpose])),
        adjustable=reader.flag("adjustable", default=False),
    )


def _load_step(source: str, number: int, raw: object) -> Step:
    if not isinstance(raw, Mapping):
        raise RoutineError(f"{source}: step {number}: a step must be a table")
    step_id = raw.get("id")
    where = f"step '{step_id}'" if isinstance(step_id, str) and step_id else f"step {number}"
    reader = _Reader(source, where, raw)
    kind = reader.choice("kind", [k.value for k in StepKind])
    common: dict[str, Any] = {
        "id": reader.text("id"),
        "title": reader.text("title"),
        "instructions": reader.text("instructions"),
        "scene": reader.choice("scene", sorted(SCENE_NAMES)),
        "side": Side(reader.choice("side", [s.value for s in Side], default="none")),
        "kind": StepKind(kind),
    }
    if kind == StepKind.HOLD_REST:
        return Step(
            **common,
            hold_seconds=reader.seconds("hold_seconds"),
            rest_seconds=reader.seconds("rest_seconds"),
            reps=reader.count("reps", 1, MAX_REPS),
        )
    if kind == StepKind.TIMED:
        return Step(**common, seconds=reader.seconds("seconds"), word=reader.text("word"))
    return Step(**common)


class _Reader:
    """Reads typed fields from one TOML table, with messages that say where."""

    def __init__(self, source: str, where: str, table: Mapping[str, Any]) -> None:
        self._source = source
        self._where = where
        self._table = table

    def _fail(self, name: str, problem: str) -> RoutineError:
        return RoutineError(f"{self._source}: {self._where}: field '{name}' {problem}")

    def _get(self, name: str, default: object) -> object:
        if name in self._table:
            return self._table[name]
        if default is None:
            raise self._fail(name, "is missing")
        return default

    def text(self, name: str, default: str | None = None) -> str:
        value = self._get(name, default)
        if not isinstance(value, str) or (default is None and not value.strip()):
            raise self._fail(name, "must be a non-empty string")
        return value.strip()

    def flag(self, name: str, default: bool) -> bool:
        value = self._get(name, default)
        if not isinstance(value, bool):
            raise self._fail(name, "must be true or false")
        return value

    def choice(self, name: str, allowed: list[str], default: str | None = None) -> str:
        value = self._get(name, default)
        if value not in allowed:
            raise self._fail(name, f"is {value!r}; allowed: {', '.join(allowed)}")
        assert isinstance(value, str)
        return value

    def seconds(self, name: str) -> float:
        value = self._get(name, None)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not (math.isfinite(value) and value > 0)
        ):
            raise self._fail(name, f"must be a positive number of seconds, not {value!r}")
        return float(value)

    def whole(self, name: str) -> int:
        value = self._get(name, None)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(name, f"must be a whole number, not {value!r}")
        return value

    def count(self, name: str, low: int, high: int) -> int:
        value = self._get(name, None)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._fail(name, f"must be a whole number from {low} to {high}, not {value!r}")
        return value
