"""What a run of a routine was, as history keeps it: a plain value, so that what reads
the history (the reminder's schedule, the diary) need not import the player
(`coach.core.session`, which makes these when a run ends)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.core.followed import Followed


@dataclass(frozen=True)
class RunRecord:
    """What history keeps of a run.

    Whether it counts as the routine done is decided when it ends, by what was followed
    (`coach.core.followed`: every stretch played through), and kept with it as `done`.
    A record made without that verdict (a run from before the history kept it, or one
    made by hand) counts when every step was played through; `__post_init__` fills it.
    """

    routine_id: str
    started_at: datetime
    ended_at: datetime
    steps_completed: int
    steps_total: int
    completed: bool  # reached the end, rather than stopped
    # The indexes (into the session's steps) of the steps played through; None: not known.
    steps_played: tuple[int, ...] | None = None
    done: bool | None = None  # counts as the routine done; always set after __post_init__
    # What the run followed, for the summary after it; not kept (the verdict is, as `done`).
    followed: Followed | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.done is None:
            verdict = (
                self.followed.done
                if self.followed is not None
                else 0 < self.steps_total == self.steps_completed
            )
            object.__setattr__(self, "done", verdict)

    @property
    def routine_done(self) -> bool:
        """Whether this run counts as the routine done (for the diary and the reminder)."""
        return bool(self.done)
