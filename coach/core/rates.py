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

- A side with no cramps at all makes 1/0. Then that end of the interval is open (down to
  "100% fewer", or up to "many times more"), and the other end is the exact one: given
  the n cramps in all, the share on the first side is binomial, and with none on one
  side the Clopper-Pearson bound has a closed form, 1 - (tail)^(1/n) (n divided by the
  dispersion). Adding 0.5 to both counts instead (Haldane-Anscombe) was tried and is
  far too timid there: 0 cramps in 14 nights against 28 in 14 came out "no clear
  difference". The ratio shown stays the one observed.
- phi is the dispersion, at least 1. Cramps come in bad spells, so nights vary more than
  a Poisson count does, and a plain Poisson interval would be too narrow: simulated
  while writing this, a person in the trial with bad and good weeks (a weekly factor
  varying by 50%) and no effect at all was told "it helped" in about one trial in ten.
  phi is the Pearson chi-square of the counts around their own side's mean over its
  degrees of freedom (quasi-Poisson), taken over nights and, where the nights come in
  blocks (the trial's weeks), over the blocks as well, whichever is larger; it is never
  below 1, which keeps the interval honest when the nights look tidier than chance.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Z95 = 1.959963984540054  # the normal quantile for a two-sided 95% interval
Z99 = 2.5758293035489004  # and for a 99% one
Z999 = 3.2905267314918945  # and for a 99.9% one


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


def rate_ratio(
    first: Tally, second: Tally, dispersion: float = 1.0, z: float = Z95
) -> RateRatio | None:
    """The rate ratio of `first` over `second` with its 95% interval (see the module's
    docstring for the method), or another for another normal quantile `z` (Z999 for
    99.9%); None when a side has no nights or neither had a cramp."""
    a, b = first.cramps, second.cramps
    if first.nights <= 0 or second.nights <= 0 or (a == 0 and b == 0):
        return None
    phi = max(1.0, dispersion)
    odds = second.nights / first.nights  # the rate ratio is the cramps' ratio a/b times this
    if a == 0 or b == 0:
        tail = math.erfc(z / math.sqrt(2)) / 2  # beyond each end of the interval
        share = tail ** (1 / ((a + b) / phi))  # the exact bound of the share on the empty side
        if a == 0:
            return RateRatio(0.0, 0.0, (1 - share) / share * odds, phi)
        return RateRatio(math.inf, share / (1 - share) * odds, math.inf, phi)
    log_ratio = math.log(a / b * odds)
    spread = z * math.sqrt(phi * (1 / a + 1 / b))
    return RateRatio(math.exp(log_ratio), math.exp(log_ratio - spread),
                     math.exp(log_ratio + spread), phi)  # fmt: skip


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
