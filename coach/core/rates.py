"""Cramps a night on two kinds of nights, and how sure one can be of the difference.

The comparison is a Poisson rate ratio: cramps per recorded night on one side over
cramps per recorded night on the other. Its 95% interval is the usual one on the log
scale (Rothman and Greenland, Modern Epidemiology): log ratio +- 1.96 SE, with

    SE = sqrt(phi * (1/a + 1/b))

for a and b cramps on the two sides. Why this one: it needs no statistics library (the
app has none and wants none), it is what a clinician reading the report expects, and at
the counts a few weeks of nights give it is close to the exact conditional interval
(tests/core/test_rates.py compares them): a little narrower, with the end nearer to no
difference, the one that decides "clearly fewer", within 5% of the exact one.

- A side with no cramps at all makes 1/0: then 0.5 is added to both counts for the SE
  (the Haldane-Anscombe correction), and the interval is left open on that side (down
  to "100% fewer", or up to "many times more"), since no cramps in some nights cannot
  bound how much fewer there are. The ratio shown stays the one observed.
- phi is the dispersion, at least 1. Cramps come in bad spells, so nights vary more than
  a Poisson count does, and a plain Poisson interval would be too narrow: in the
  trial's simulations (tests/core/test_trial.py) a person with bad weeks and no effect
  at all was told "it helped" in about one trial in ten. phi is the Pearson chi-square
  of the counts around their own side's mean over its degrees of freedom (quasi-Poisson),
  taken over nights and, where the nights come in blocks (the trial's weeks), over the
  blocks as well, whichever is larger; it is never below 1, which keeps the interval
  honest when the nights happen to look tidier than chance.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Z95 = 1.959963984540054  # the normal quantile for a two-sided 95% interval
CORRECTION = 0.5  # added to both counts when one of them is 0


@dataclass(frozen=True)
class Tally:
    """Recorded nights on one side of a comparison, and the cramps in them."""

    nights: int
    cramps: int

    @property
    def rate(self) -> float | None:
        """Cramps a night; None with no nights."""
        return self.cramps / self.nights if self.nights else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.nights + other.nights, self.cramps + other.cramps)


@dataclass(frozen=True)
class RateRatio:
    """Cramps a night on the first side over the second: 0.43 is 57% fewer.

    `low` and `high` bound the 95% interval; `low` may be 0 and `high` infinite (a side
    with no cramps). `ratio` is infinite when only the second side had none.
    """

    ratio: float
    low: float
    high: float
    dispersion: float = 1.0

    @property
    def fewer(self) -> bool:
        """The whole interval lies below no difference: clearly fewer on the first side."""
        return self.high < 1.0

    @property
    def more(self) -> bool:
        """The whole interval lies above no difference: clearly more on the first side."""
        return self.low > 1.0


def rate_ratio(first: Tally, second: Tally, dispersion: float = 1.0) -> RateRatio | None:
    """The rate ratio of `first` over `second` with its 95% interval (see the module's
    docstring for the method); None when a side has no nights or neither had a cramp."""
    a, b = first.cramps, second.cramps
    if first.nights <= 0 or second.nights <= 0 or (a == 0 and b == 0):
        return None
    phi = max(1.0, dispersion)
    a_c, b_c = (a + CORRECTION, b + CORRECTION) if a == 0 or b == 0 else (float(a), float(b))
    log_ratio = math.log((a_c / first.nights) / (b_c / second.nights))
    spread = Z95 * math.sqrt(phi * (1 / a_c + 1 / b_c))
    low = 0.0 if a == 0 else math.exp(log_ratio - spread)
    high = math.inf if b == 0 else math.exp(log_ratio + spread)
    ratio = math.inf if b == 0 else (a / first.nights) / (b / second.nights)
    return RateRatio(ratio, low, high, phi)


def dispersion(groups: Iterable[Sequence[int]]) -> float:
    """How much more the nights vary than a Poisson count: the Pearson chi-square of
    each count around its group's mean, over the degrees of freedom (counts less
    groups); 1 with too few counts to say, and never below 1.

    For blocks of nights (weeks), pass each side's blocks as a group of block totals
    weighted alike; `block_dispersion` does it for blocks of unequal length.
    """
    chi_square = 0.0
    counts = 0
    kept = 0
    for group in groups:
        if not group:
            continue
        kept += 1
        counts += len(group)
        mean = sum(group) / len(group)
        if mean > 0:
            chi_square += sum((y - mean) ** 2 for y in group) / mean
    freedom = counts - kept
    return max(1.0, chi_square / freedom) if freedom > 0 else 1.0


def block_dispersion(sides: Iterable[Sequence[Tally]]) -> float:
    """The dispersion between blocks of nights (the trial's weeks): each block's cramps
    against what its side's rate predicts for its nights, Pearson chi-square over the
    blocks less the sides; never below 1."""
    chi_square = 0.0
    blocks = 0
    kept = 0
    for side in sides:
        filled = [block for block in side if block.nights > 0]
        if not filled:
            continue
        kept += 1
        blocks += len(filled)
        total = sum(filled, Tally(0, 0))
        rate = total.rate or 0.0
        for block in filled:
            expected = rate * block.nights
            if expected > 0:
                chi_square += (block.cramps - expected) ** 2 / expected
    freedom = blocks - kept
    return max(1.0, chi_square / freedom) if freedom > 0 else 1.0
