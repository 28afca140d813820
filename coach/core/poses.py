"""The poses a routine step can show.

Only the names live here for now; the keyframes and their interpolation come with the
animated figure.
"""

POSES: frozenset[str] = frozenset(
    {
        "standing",
        "wall-calf-stretch",
        "hamstring-stretch",
        "seated-calf-stretch",
        "seated-hamstring-stretch",
        "walking",
        "calf-massage",
        "towel-stretch",
        "lying-back",
        "lying-side",
    }
)
