"""The figure over time: easing between a scene's poses as a step's phases pass."""

from __future__ import annotations

from coach.core.figure.scenes import SCENES
from coach.core.figure.skeleton import Pose, grounded

EASE_SECONDS = 1.2  # into a stretch as a hold starts, out of it as the rest starts


def ease(t: float) -> float:
    """Smooth in and out: 0 -> 0, 1 -> 1, with no speed at either end."""
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction `t` of the way from `a` to `b`, joint by joint."""
    if t <= 0.0:
        return a
    if t >= 1.0:
        return b
    hip = (a.hip[0] + (b.hip[0] - a.hip[0]) * t, a.hip[1] + (b.hip[1] - a.hip[1]) * t)
    angles = tuple(x + (y - x) * t for x, y in zip(a.angles, b.angles, strict=True))
    return Pose(hip, angles)


def figure_at(scene: str, phase: str, elapsed: float, duration: float) -> Pose:
    """The figure `elapsed` seconds into a phase of `duration` seconds showing `scene`.

    `phase` is the session's phase kind: "hold", "rest", "timed" or "tip".
    """
    shown = SCENES[scene]
    if shown.loop:
        cycle = (elapsed / shown.period) % 1.0 * len(shown.loop)
        index = int(cycle)
        frame = interpolate(
            shown.loop[index], shown.loop[(index + 1) % len(shown.loop)], ease(cycle - index)
        )
        return grounded(frame) if shown.keep_grounded else frame
    if shown.hold is None:
        return shown.rest
    # Never slower than half the phase, so a short phase still reaches its pose.
    span = min(EASE_SECONDS, duration / 2) if duration > 0 else EASE_SECONDS
    progress = ease(elapsed / span) if span > 0 else 1.0
    if phase == "hold":
        return interpolate(shown.rest, shown.hold, progress)
    if phase == "rest":
        return interpolate(shown.hold, shown.rest, progress)
    return shown.hold
