"""Whether a run counts as the routine done: by what was followed, not by how it ended.

A run used to count when it reached the end, so skipping every step ("0 of 4 steps
done") earned "Well done. Sleep well.", and a routine played to the end whose last tip
card was closed rather than confirmed did not count. What the evidence is about is the
stretching (Hallegraeff 2012), so that is what decides: the routine is done when every
stretch in it was played through at least once. The walk, the massage and the tip card
may be skipped; a second or third round of the stretch block is extra, not required.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coach.core.routine import Step, StepKind
from coach.core.text import translate


@dataclass(frozen=True)
class Followed:
    """What a run followed of its routine's stretches.

    `stretches` counts the distinct stretching steps of the routine (by step id: both
    legs of the calf stretch are two); `stretches_played` those played through at least
    once. A routine with no stretching step at all is judged by all of its steps
    (`by_steps`).
    """

    stretches: int
    stretches_played: int
    by_steps: bool = False
    # Stretches with at least one repetition held, though not played through: a run
    # stopped (or skipped on) partway is not one whose stretches were skipped.
    stretches_held: int = 0

    @property
    def done(self) -> bool:
        """Whether the evening counts as the routine done, for the diary and the reminder."""
        return self.stretches > 0 and self.stretches_played == self.stretches

    def sentence(self) -> str:
        """What the summary after the run says, honestly."""
        if self.done:
            return translate("Followed", "Well done. Sleep well.")
        if self.stretches_played == 0 and self.stretches_held == 0:
            return translate(
                "Followed",
                "You skipped the stretches tonight, so this does not count as the routine done.",
            )
        if self.stretches_played == 0:
            return translate(
                "Followed",
                "You stopped before the stretches were done, so tonight does not count as "
                "the routine done.",
            )
        if self.by_steps:
            message = translate(
                "Followed",
                "You did {played} of the {stretches} steps tonight; the routine counts as "
                "done when every step is played through.",
            )
        else:
            message = translate(
                "Followed",
                "You did {played} of the {stretches} stretches tonight; the routine counts "
                "as done when every stretch is played through.",
            )
        return message.format(played=self.stretches_played, stretches=self.stretches)


def is_stretch(step: Step) -> bool:
    """A stretching step: held and rested (the calf, hamstring and towel stretches)."""
    return step.kind == StepKind.HOLD_REST


def followed(steps: Sequence[Step], played: Iterable[int], held: Iterable[int] = ()) -> Followed:
    """What a run followed, from the steps it ran through (the session's steps, with a
    stretch block repeated once per round) and the indexes into them of the steps played
    through to their end (a hold-rest or timed step whose last phase ran out, a tip that
    was confirmed): `RoutineSession`'s completed steps. A step skipped, or stopped in
    the middle, was not played through; `held` are the steps with at least one hold
    held to its end. Indexes outside `steps` are ignored."""
    indexes = {index for index in played if 0 <= index < len(steps)}
    stretches = [step for step in steps if is_stretch(step)]
    wanted = {step.id for step in stretches or steps}
    done = {steps[index].id for index in indexes} & wanted
    tried = {steps[index].id for index in held if 0 <= index < len(steps)} & wanted
    return Followed(
        len(wanted), len(done), by_steps=not stretches, stretches_held=len(tried - done)
    )
