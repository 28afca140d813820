"""Find out for yourself: a personal trial of the routine, in randomised paired weeks.

"Nights after the routine against other nights" cannot tell an effect of the routine
from placebo and regression to the mean, which are large in night cramps (cramps fell
about 40% on placebo in Roguin Maor 2017). A personal (N-of-1) trial can, after the
design of the N-of-1 trials of quinine for leg cramps (Woodfield 2005, BJGP): two weeks
of recording as usual (the baseline), then three pairs of weeks; within each pair the
app picks at random which week is "routine every night" and which is "no stretching",
so that neither a bad spell nor cramps easing by themselves can favour either.

The random order comes from a stored integer seed, through `random.Random(seed)` and
its `random()` method only: Python promises that `random()` gives the same sequence for
the same seed across versions (unlike `choice`, `shuffle` and `randrange`, whose
algorithms have changed), so the schedule the person was shown is the one analysed,
on any machine, after any upgrade. For pair k (1, 2, 3) the k-th draw decides: below
0.5, the routine week comes first.

The analysis (`analyse`) compares the nights as assigned (intention to treat), whether
or not the routine was done on them, and says how often it was (`adherence`): the rate
ratio of routine weeks over no-stretching weeks with its interval (`coach.core.rates`,
widened for bad weeks by the dispersion between nights and between weeks), each pair's
own rates, and a plain verdict. It may be asked for at any time: before the trial is
over, or once it was stopped early, the verdict needs a 99.9% interval clear of no
difference rather than 95% (the Haybittle-Peto rule for looks before a trial's end),
because a person who looks every week and stops at the first "helped" would otherwise
be told so too often; and no verdict comes from a single pair of weeks, where one bad
week decides. tests/core/test_trial.py measures how often simulated people are told
"helped", with and without an effect.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from coach.core.comparison import change_words, interval_words
from coach.core.diary import MIN_NIGHTS
from coach.core.nights import NightRecord
from coach.core.rates import (
    Z95,
    Z999,
    RateRatio,
    Tally,
    block_dispersion,
    dispersion,
    rate_ratio,
)
from coach.core.text import QT_TRANSLATE_NOOP, decimal, translate

WEEK = 7
BASELINE_WEEKS = 2
PAIRS = 3
WEEKS = BASELINE_WEEKS + 2 * PAIRS  # 8
TRIAL_NIGHTS = WEEKS * WEEK  # 56
PAIRED_NIGHTS = 2 * PAIRS * WEEK  # 42: the nights the comparison is made on
MIN_PAIRS = 2  # a verdict needs two pairs with nights recorded in both weeks
MAX_SEED = 2**63 - 1  # fits an SQLite INTEGER


class TrialError(ValueError):
    """A trial that cannot be kept; the message says what is allowed."""


class Condition(StrEnum):
    AS_USUAL = "as-usual"  # the baseline: record the nights, do as you do
    ROUTINE = "routine"  # the routine every night
    NO_STRETCHING = "no-stretching"  # no stretching; no reminder, no nagging


@dataclass(frozen=True)
class Trial:
    """A personal trial: the night it starts (the baseline's first), the seed its random
    order comes from, and the first night no longer in it if it was stopped early."""

    start: date
    seed: int
    stopped: date | None = None

    def __post_init__(self) -> None:
        if isinstance(self.seed, bool) or not isinstance(self.seed, int):
            raise TrialError(translate("Trial", "A trial's seed must be a whole number."))
        if not 0 <= self.seed <= MAX_SEED:
            message = translate("Trial", "A trial's seed must be from 0 to {most}.")
            raise TrialError(message.format(most=MAX_SEED))
        if self.stopped is not None and self.stopped <= self.start:
            raise TrialError(translate("Trial", "A trial cannot stop before it has started."))

    @property
    def end(self) -> date:
        """The last night of the trial as planned."""
        return self.start + timedelta(days=TRIAL_NIGHTS - 1)

    @property
    def last_night(self) -> date:
        """The last night in the trial: its end, or the night before it was stopped."""
        if self.stopped is not None and self.stopped <= self.end:
            return self.stopped - timedelta(days=1)
        return self.end

    @property
    def stopped_early(self) -> bool:
        return self.stopped is not None and self.stopped <= self.end

    def stop(self, night: date) -> Trial:
        """The trial stopped from `night` on (tonight, usually): that night is no longer
        in it. Stopping is always allowed; the result says it was stopped early."""
        return Trial(self.start, self.seed, max(night, self.start + timedelta(days=1)))


def routine_first(seed: int) -> tuple[bool, ...]:
    """For each pair, whether its routine week comes first: `random.Random(seed)`'s
    k-th `random()` below 0.5 for pair k (see the module's docstring for why)."""
    draws = random.Random(seed)
    return tuple(draws.random() < 0.5 for _ in range(PAIRS))


@dataclass(frozen=True)
class TrialNight:
    """Where a night falls in a trial: its week (1-8), its pair (1-3; None in the
    baseline) and what the person is asked to do that evening."""

    night: date
    week: int
    pair: int | None
    condition: Condition


def trial_night(trial: Trial, night: date) -> TrialNight | None:
    """Where `night` falls in `trial`; None before it, after its end, or once stopped."""
    return _place(trial, night, routine_first(trial.seed))


def _place(trial: Trial, night: date, firsts: tuple[bool, ...]) -> TrialNight | None:
    if not trial.start <= night <= trial.last_night:
        return None
    week = (night - trial.start).days // WEEK + 1
    if week <= BASELINE_WEEKS:
        return TrialNight(night, week, None, Condition.AS_USUAL)
    pair, second = divmod(week - BASELINE_WEEKS - 1, 2)
    routine = firsts[pair] != bool(second)  # the first week of the pair if it comes first
    condition = Condition.ROUTINE if routine else Condition.NO_STRETCHING
    return TrialNight(night, week, pair + 1, condition)


def schedule(trial: Trial) -> tuple[TrialNight, ...]:
    """Every night of the trial as planned (or up to its stop), in order."""
    firsts = routine_first(trial.seed)
    nights = (trial.start + timedelta(days=n) for n in range(TRIAL_NIGHTS))
    placed = (_place(trial, night, firsts) for night in nights)
    return tuple(night for night in placed if night is not None)


def no_stretching_tonight(trial: Trial | None, night: date) -> bool:
    """Whether `night` is a "no stretching" night: the nightly reminder stays silent and
    the tray does not offer the routine as tonight's task."""
    placed = None if trial is None else trial_night(trial, night)
    return placed is not None and placed.condition == Condition.NO_STRETCHING


def tonight_words(placed: TrialNight) -> str:
    """What the reminder, the tray and the window say of tonight in the trial."""
    if placed.condition == Condition.AS_USUAL:
        message = translate(
            "Trial", "Your trial, week {week} of {weeks}: record your nights as usual."
        )
    elif placed.condition == Condition.ROUTINE:
        message = translate("Trial", "Your trial, week {week} of {weeks}: the routine every night.")
    else:
        message = translate(
            "Trial",
            "Your trial, week {week} of {weeks}: no stretching this week. "
            "Record your nights as usual.",
        )
    return message.format(week=placed.week, weeks=WEEKS)


# Tonight's instruction in a few words (translated where shown), for the tray and the
# trial's page; `tonight_words` is the longer sentence.
TONIGHT = {
    Condition.AS_USUAL: QT_TRANSLATE_NOOP("Trial", "Tonight: as usual. Record your nights."),
    Condition.ROUTINE: QT_TRANSLATE_NOOP("Trial", "Tonight: the routine (trial week)."),
    Condition.NO_STRETCHING: QT_TRANSLATE_NOOP("Trial", "No stretching tonight (trial week)."),
}


class Verdict(StrEnum):
    HELPED = "helped"
    NO_CLEAR_DIFFERENCE = "no-clear-difference"
    MORE_WITH_ROUTINE = "more-with-routine"  # clearly more cramps in the routine weeks
    TOO_FEW_NIGHTS = "too-few-nights"


@dataclass(frozen=True)
class PairResult:
    """One pair of weeks on its own: seven nights each are too few for an interval, so
    it shows the rates, to see whether the pairs agree."""

    pair: int
    routine_first: bool
    routine: Tally
    no_stretching: Tally
    begun: bool = True  # its first night has passed

    def sentence(self) -> str:
        if not self.begun:
            message = translate("Trial", "Pair {pair}: not begun yet.")
            return message.format(pair=self.pair)
        if self.routine.nights == 0 or self.no_stretching.nights == 0:
            message = translate("Trial", "Pair {pair}: a week with no recorded nights.")
            return message.format(pair=self.pair)
        message = translate(
            "Trial",
            "Pair {pair}: {routine_rate} cramps a night in the routine week ({routine_nights} "
            "nights recorded), {other_rate} in the no-stretching week ({other_nights}).",
        )
        return message.format(
            pair=self.pair,
            routine_rate=decimal(self.routine.rate or 0.0),
            routine_nights=self.routine.nights,
            other_rate=decimal(self.no_stretching.rate or 0.0),
            other_nights=self.no_stretching.nights,
        )


@dataclass(frozen=True)
class TrialResult:
    """The trial's result as of a night: final, provisional, or stopped early."""

    trial: Trial
    provisional: bool  # the trial is still under way
    baseline: Tally
    routine: Tally  # recorded nights of the routine weeks, as assigned
    no_stretching: Tally
    ratio: RateRatio | None  # routine weeks over no-stretching weeks
    pairs: tuple[PairResult, ...]
    verdict: Verdict
    # Adherence: recorded nights of each kind of week on which the routine was done.
    routine_done_in_routine_weeks: int
    routine_done_in_no_stretching_weeks: int

    @property
    def stopped_early(self) -> bool:
        return self.trial.stopped_early

    def sentence(self) -> str:
        """The verdict in words, with the numbers behind it."""
        parts: list[str] = []
        recorded = self.routine.nights + self.no_stretching.nights
        if self.stopped_early and recorded == 0:
            message = translate(
                "Trial",
                "You stopped the trial early, from the night of {night}, before any night "
                "of the paired weeks was recorded: there are no recorded nights to compare.",
            )
            assert self.trial.stopped is not None
            return message.format(night=self.trial.stopped.isoformat())
        if self.provisional and recorded == 0:
            message = translate(
                "Trial",
                "Provisional: none of the {planned} nights of the paired weeks is recorded yet.",
            )
            parts.append(message.format(planned=PAIRED_NIGHTS))
        elif self.provisional:
            message = translate(
                "Trial",
                "Provisional: {recorded} of the {planned} nights of the paired weeks are "
                "recorded so far, and an early look needs a clearer difference to say "
                "the routine helped.",
            )
            parts.append(
                message.format(
                    recorded=self.routine.nights + self.no_stretching.nights,
                    planned=PAIRED_NIGHTS,
                )
            )
        elif self.stopped_early:
            message = translate(
                "Trial",
                "You stopped the trial early, from the night of {night}; the result covers "
                "the nights before, and an early stop needs a clearer difference to say the "
                "routine helped.",
            )
            assert self.trial.stopped is not None
            parts.append(message.format(night=self.trial.stopped.isoformat()))
        parts.append(self._verdict_words())
        return " ".join(parts)

    def _verdict_words(self) -> str:
        paired = sum(1 for pair in self.pairs if pair.routine.nights and pair.no_stretching.nights)
        enough = self.routine.nights >= MIN_NIGHTS and self.no_stretching.nights >= MIN_NIGHTS
        if self.verdict == Verdict.TOO_FEW_NIGHTS and enough and paired < MIN_PAIRS:
            message = translate(
                "Trial",
                "Can't tell yet: at least {least} pairs of weeks with recorded nights are "
                "needed, since one bad week could decide a single pair.",
            )
            return message.format(least=MIN_PAIRS)
        if self.verdict == Verdict.TOO_FEW_NIGHTS:
            message = translate(
                "Trial",
                "Can't tell yet: too few recorded nights ({routine_nights} in routine weeks "
                "and {other_nights} in no-stretching weeks; at least {least} of each are "
                "needed).",
            )
            return message.format(
                routine_nights=self.routine.nights,
                other_nights=self.no_stretching.nights,
                least=MIN_NIGHTS,
            )
        if self.ratio is None:
            return translate(
                "Trial", "No clear difference: you had no cramps in either kind of week."
            )
        values = {
            "routine_rate": decimal(self.routine.rate or 0.0),
            "other_rate": decimal(self.no_stretching.rate or 0.0),
            "change": change_words(self.ratio.ratio),
            "interval": interval_words(self.ratio),
        }
        if self.verdict == Verdict.HELPED:
            message = translate(
                "Trial",
                "The routine helped you: in the routine weeks you had {routine_rate} cramps "
                "a night, in the no-stretching weeks {other_rate}; that is {change} "
                "({interval}).",
            )
        elif self.verdict == Verdict.MORE_WITH_ROUTINE:
            message = translate(
                "Trial",
                "The routine did not help you: in the routine weeks you had {routine_rate} "
                "cramps a night, in the no-stretching weeks {other_rate}; that is {change} "
                "({interval}).",
            )
        else:
            message = translate(
                "Trial",
                "No clear difference: in the routine weeks you had {routine_rate} cramps a "
                "night, in the no-stretching weeks {other_rate}; that is {change} "
                "({interval}), which chance alone could give.",
            )
        return message.format(**values)

    def adherence(self) -> str:
        """How far the weeks were kept: the analysis takes the nights as assigned."""
        if self.routine.nights == 0 and self.no_stretching.nights == 0:
            return translate(
                "Trial", "No night of the paired weeks is recorded yet, so none to count."
            )
        message = translate(
            "Trial",
            "The routine was done on {done} of {routine_nights} recorded nights of the "
            "routine weeks, and on {extra} of {other_nights} of the no-stretching weeks.",
        )
        return message.format(
            done=self.routine_done_in_routine_weeks,
            routine_nights=self.routine.nights,
            extra=self.routine_done_in_no_stretching_weeks,
            other_nights=self.no_stretching.nights,
        )


def analyse(trial: Trial, records: Iterable[NightRecord], tonight: date) -> TrialResult:
    """The trial's result as of `tonight` (the night it is now: `night_of(now)`), from
    the nights as recorded (`coach.core.nights.record_nights`); only recorded nights
    count. Before the end, and after stopping early, the result is marked so and its
    verdict needs a 99.9% interval clear of no difference; at the end, a 95% one."""
    counts: dict[int, list[int]] = {week: [] for week in range(1, WEEKS + 1)}
    done_in = {Condition.ROUTINE: 0, Condition.NO_STRETCHING: 0, Condition.AS_USUAL: 0}
    planned = {placed.night: placed for placed in schedule(trial)}
    conditions = {placed.week: placed.condition for placed in planned.values()}
    for record in records:
        placed = planned.get(record.night)
        if placed is None or not record.recorded or record.cramps is None:
            continue
        if record.night >= tonight:
            continue  # a night still under way (or to come) is not in yet
        counts[placed.week].append(record.cramps)
        done_in[placed.condition] += record.routine_done is True

    def weeks_of(condition: Condition) -> list[int]:
        return [week for week, kind in sorted(conditions.items()) if kind == condition]

    def tally(weeks: Iterable[int]) -> Tally:
        return sum((Tally(len(counts[w]), sum(counts[w])) for w in weeks), Tally(0, 0))

    routine_weeks = weeks_of(Condition.ROUTINE)
    other_weeks = weeks_of(Condition.NO_STRETCHING)
    baseline_weeks = weeks_of(Condition.AS_USUAL)
    routine, other = tally(routine_weeks), tally(other_weeks)
    provisional = tonight <= trial.last_night and not trial.stopped_early
    z = Z999 if provisional or trial.stopped_early else Z95
    firsts = routine_first(trial.seed)
    pairs = []
    for pair in range(1, PAIRS + 1):
        first_week = BASELINE_WEEKS + 2 * pair - 1
        weeks = (first_week, first_week + 1)
        routine_week, other_week = weeks if firsts[pair - 1] else weeks[::-1]
        if first_week not in conditions:
            break  # stopped before this pair began
        begun = trial.start + timedelta(days=WEEK * (first_week - 1)) < tonight
        pairs.append(PairResult(pair, firsts[pair - 1], tally([routine_week]),
                                tally([other_week]), begun))  # fmt: skip
    # One week against one week cannot tell the routine from a bad week: with a single
    # pair, a person with good and bad weeks looking every week was told "helped" too
    # often in the simulations.
    paired = sum(1 for pair in pairs if pair.routine.nights and pair.no_stretching.nights)
    ratio: RateRatio | None = None
    verdict = Verdict.TOO_FEW_NIGHTS
    if routine.nights >= MIN_NIGHTS and other.nights >= MIN_NIGHTS and paired >= MIN_PAIRS:
        # Baseline weeks are their own group: they add to what is known of how much
        # nights and weeks vary, without entering the comparison.
        groups = [routine_weeks, other_weeks, baseline_weeks]
        between_nights = dispersion([[c for w in g for c in counts[w]] for g in groups])
        between_weeks = block_dispersion([[tally([w]) for w in g] for g in groups])
        ratio = rate_ratio(routine, other, max(between_nights, between_weeks), z=z)
        verdict = Verdict.NO_CLEAR_DIFFERENCE
        if ratio is not None and ratio.fewer:
            verdict = Verdict.HELPED
        elif ratio is not None and ratio.more:
            verdict = Verdict.MORE_WITH_ROUTINE
    return TrialResult(
        trial=trial,
        provisional=provisional,
        baseline=tally(baseline_weeks),
        routine=routine,
        no_stretching=other,
        ratio=ratio,
        pairs=tuple(pairs),
        verdict=verdict,
        routine_done_in_routine_weeks=done_in[Condition.ROUTINE],
        routine_done_in_no_stretching_weeks=done_in[Condition.NO_STRETCHING],
    )
