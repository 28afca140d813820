"""Honest numbers: cramps a night with and without the routine (or the water goal).

Only recorded nights count (`coach.core.nights`), each side needs a week of them, and
the difference comes with its 95% interval (`coach.core.rates`) and, for the routine,
the reminder that nights after the routine against other nights cannot show that the
routine works: placebo and regression to the mean are large in this condition, and
only the personal trial (`coach.core.trial`) compares fairly.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from coach.core.diary import MIN_NIGHTS
from coach.core.nights import NightRecord
from coach.core.rates import RateRatio, Tally, dispersion, rate_ratio
from coach.core.text import decimal, translate


class Compared(StrEnum):
    ROUTINE = "routine"  # nights after the routine against other nights
    WATER = "water"  # nights after a day at the water goal against other nights


@dataclass(frozen=True)
class NightsComparison:
    """Recorded nights with (after the routine, after a day at the water goal) and
    without, and the rate ratio of with over without; no ratio below `MIN_NIGHTS`
    recorded nights on either side, or with no cramps on either."""

    compared: Compared
    with_: Tally
    without: Tally
    ratio: RateRatio | None

    @property
    def enough(self) -> bool:
        return self.with_.nights >= MIN_NIGHTS and self.without.nights >= MIN_NIGHTS

    @property
    def still_needed(self) -> tuple[int, int]:
        """Recorded nights still needed with and without before there is a figure."""
        return (max(0, MIN_NIGHTS - self.with_.nights), max(0, MIN_NIGHTS - self.without.nights))

    def sentence(self) -> str:
        if not self.enough:
            return self._not_enough()
        if self.ratio is None:
            return self._no_cramps()
        rates = {
            "with_rate": decimal(self.with_.rate or 0.0),
            "other_rate": decimal(self.without.rate or 0.0),
            "change": change_words(self.ratio.ratio),
            "interval": interval_words(self.ratio),
        }
        if self.compared == Compared.ROUTINE:
            message = translate(
                "Comparison",
                "On nights after the routine you had {with_rate} cramps a night, on other "
                "nights {other_rate}; that is {change} ({interval}). This does not prove the "
                "routine caused it: see 'Find out for yourself'.",
            )
        else:
            message = translate(
                "Comparison",
                "On nights after a day at your water goal you had {with_rate} cramps a night, "
                "after other days {other_rate}; that is {change} ({interval}). This does not "
                "prove the water made the difference; reviews find no link between drinking "
                "water and night cramps.",
            )
        return message.format(**rates)

    def _not_enough(self) -> str:
        more_with, more_other = self.still_needed
        if self.compared == Compared.ROUTINE:
            start = translate(
                "Comparison",
                "Not enough recorded nights yet to compare (at least {least} of each): "
                "{with_nights} after the routine and {other_nights} on other nights.",
            )
            if more_with and more_other:
                need = translate(
                    "Comparison",
                    "Still needed: {more_with} after the routine and {more_other} on other nights.",
                )
            elif more_with:
                need = translate("Comparison", "Still needed: {more_with} after the routine.")
            else:
                need = translate("Comparison", "Still needed: {more_other} on other nights.")
        else:
            start = translate(
                "Comparison",
                "Not enough recorded nights yet to compare (at least {least} of each): "
                "{with_nights} after a day at your water goal and {other_nights} after other "
                "days.",
            )
            if more_with and more_other:
                need = translate(
                    "Comparison",
                    "Still needed: {more_with} after a day at your water goal and "
                    "{more_other} after other days.",
                )
            elif more_with:
                need = translate(
                    "Comparison", "Still needed: {more_with} after a day at your water goal."
                )
            else:
                need = translate("Comparison", "Still needed: {more_other} after other days.")
        values = {
            "least": MIN_NIGHTS,
            "with_nights": self.with_.nights,
            "other_nights": self.without.nights,
            "more_with": more_with,
            "more_other": more_other,
        }
        return start.format(**values) + " " + need.format(**values)

    def _no_cramps(self) -> str:
        if self.compared == Compared.ROUTINE:
            message = translate(
                "Comparison",
                "No cramps on any of the {with_nights} recorded nights after the routine, "
                "nor on the {other_nights} other recorded nights: nothing to compare.",
            )
        else:
            message = translate(
                "Comparison",
                "No cramps on any of the {with_nights} recorded nights after a day at your "
                "water goal, nor on the {other_nights} after other days: nothing to compare.",
            )
        return message.format(with_nights=self.with_.nights, other_nights=self.without.nights)


def compare_routine(records: Iterable[NightRecord]) -> NightsComparison:
    """Recorded nights after the routine against other recorded nights."""
    return _compare(Compared.ROUTINE, records, lambda night: night.routine_done)


def compare_water(records: Iterable[NightRecord]) -> NightsComparison:
    """Recorded nights after a day at the water goal against the other recorded nights."""
    return _compare(Compared.WATER, records, lambda night: night.water_at_goal)


def _compare(
    compared: Compared,
    records: Iterable[NightRecord],
    side: Callable[[NightRecord], bool | None],
) -> NightsComparison:
    with_: list[int] = []
    without: list[int] = []
    for night in records:
        # A recorded night whose routine or water is not known (the night before the
        # first use, recorded the morning after) is on neither side.
        if night.recorded and night.cramps is not None and side(night) is not None:
            (with_ if side(night) else without).append(night.cramps)
    first, second = Tally(len(with_), sum(with_)), Tally(len(without), sum(without))
    enough = first.nights >= MIN_NIGHTS and second.nights >= MIN_NIGHTS
    ratio = rate_ratio(first, second, dispersion([with_, without])) if enough else None
    return NightsComparison(compared, first, second, ratio)


def _percent(ratio: float) -> int:
    return round(abs(1.0 - ratio) * 100)


def change_words(ratio: float) -> str:
    """A rate ratio as a person reads it: 0.43 is "57% fewer", 1.5 is "50% more"."""
    if math.isinf(ratio):
        return translate("Comparison", "more, where the other nights had none")
    percent = _percent(ratio)
    if percent == 0:
        return translate("Comparison", "about the same")
    if ratio < 1:
        return translate("Comparison", "{percent}% fewer").format(percent=percent)
    return translate("Comparison", "{percent}% more").format(percent=percent)


def interval_words(ratio: RateRatio) -> str:
    """The 95% interval in words: "somewhere between 20% and 77% fewer", or across no
    difference, "somewhere between 30% fewer and 15% more"."""
    if math.isinf(ratio.high):
        if ratio.low >= 1:
            message = translate("Comparison", "at least {more}% more")
            return message.format(more=_percent(ratio.low))
        message = translate("Comparison", "anything from {fewer}% fewer to many times more")
        return message.format(fewer=_percent(ratio.low))
    if ratio.high <= 1:
        message = translate("Comparison", "somewhere between {small}% and {large}% fewer")
        return message.format(small=_percent(ratio.high), large=_percent(ratio.low))
    if ratio.low >= 1:
        message = translate("Comparison", "somewhere between {small}% and {large}% more")
        return message.format(small=_percent(ratio.low), large=_percent(ratio.high))
    message = translate("Comparison", "somewhere between {fewer}% fewer and {more}% more")
    return message.format(fewer=_percent(ratio.low), more=_percent(ratio.high))
