"""What a run says as it goes: its cues (for the sounds and the voice) and the words the
ring shows. Plain values, so that what speaks them (`coach.ui.audio`, `coach.ui.voice`,
loaded at every start of the app) need not import the player (`coach.core.session`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.core.text import QT_TRANSLATE_NOOP

# The words the ring shows; the player translates them with the routines' texts.
HOLD_WORD = QT_TRANSLATE_NOOP("Routine", "Hold")
REST_WORD = QT_TRANSLATE_NOOP("Routine", "Rest")
TIP_WORD = QT_TRANSLATE_NOOP("Routine", "Tip")


class CueKind(StrEnum):
    STEP_START = "step-start"
    HOLD_START = "hold-start"
    REST_START = "rest-start"
    COUNTDOWN = "countdown"
    STEP_DONE = "step-done"
    ROUTINE_DONE = "routine-done"


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    phase: int  # index into RoutineSession.phases
    seconds_left: int = 0  # for a countdown: 3, 2 or 1
