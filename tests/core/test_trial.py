import math
import random
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.nights import NightRecord, NightState
from coach.core.rates import Tally
from coach.core.trial import (
    MAX_SEED,
    PAIRS,
    TRIAL_NIGHTS,
    WEEKS,
    Condition,
    Trial,
    TrialError,
    Verdict,
    analyse,
    no_stretching_tonight,
    routine_first,
    schedule,
    tonight_words,
    trial_night,
)

START = date(2027, 1, 4)


def test_the_schedule_two_weeks_as_usual_then_three_randomised_pairs() -> None:
    trial = Trial(START, seed=20270104)
    nights = schedule(trial)
    assert len(nights) == TRIAL_NIGHTS == 56
    assert nights[0].night == START
    assert nights[-1].night == trial.end == START + timedelta(days=55)
    assert {n.condition for n in nights[:14]} == {Condition.AS_USUAL}
    weeks = [nights[7 * w].condition for w in range(WEEKS)]
    for pair in range(PAIRS):
        first, second = weeks[2 + 2 * pair], weeks[3 + 2 * pair]
        assert {first, second} == {Condition.ROUTINE, Condition.NO_STRETCHING}
        assert (first == Condition.ROUTINE) == routine_first(trial.seed)[pair]
        assert all(n.pair == pair + 1 for n in nights[14 + 14 * pair : 28 + 14 * pair])
    assert all(n.condition == weeks[n.week - 1] for n in nights)
    assert trial_night(trial, START - timedelta(days=1)) is None
    assert trial_night(trial, trial.end + timedelta(days=1)) is None


def test_the_order_is_reproducible_from_the_seed() -> None:
    # random.Random(seed).random() is the one sequence Python keeps the same across
    # versions; these are its first three draws for these seeds, pinned.
    draws = random.Random(20270104)
    assert routine_first(20270104) == tuple(draws.random() < 0.5 for _ in range(3))
    assert routine_first(20270104) == routine_first(20270104)
    assert routine_first(0) == (False, False, True)  # 0.844, 0.758, 0.421
    orders = Counter(routine_first(seed) for seed in range(800))
    assert len(orders) == 8  # every order comes up
    assert min(orders.values()) > 60  # and about as often as the others


def test_no_stretching_nights_silence_the_reminder() -> None:
    trial = Trial(START, seed=7)
    quiet = [n.night for n in schedule(trial) if n.condition == Condition.NO_STRETCHING]
    assert len(quiet) == 21
    assert all(no_stretching_tonight(trial, night) for night in quiet)
    assert not no_stretching_tonight(trial, START)
    assert not no_stretching_tonight(None, START)
    assert not no_stretching_tonight(trial.stop(quiet[0]), quiet[0])  # stopped: as usual


def test_what_tonight_is_said_to_be() -> None:
    trial = Trial(START, seed=7)
    placed = trial_night(trial, START)
    assert placed is not None
    assert tonight_words(placed) == "Your trial, week 1 of 8: record your nights as usual."
    words = {tonight_words(n) for n in schedule(trial)[14:]}
    assert "Your trial, week 3 of 8: the routine every night." in words or (
        "Your trial, week 3 of 8: no stretching this week. Record your nights as usual." in words
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"seed": -1}, f"A trial's seed must be from 0 to {MAX_SEED}."),
        ({"seed": True}, "A trial's seed must be a whole number."),
        ({"stopped": START}, "A trial cannot stop before it has started."),
    ],
)
def test_a_trial_is_refused_with_what_is_allowed(fields: dict, message: str) -> None:
    with pytest.raises(TrialError) as caught:
        Trial(**({"start": START, "seed": 1} | fields))
    assert str(caught.value) == message


# -- the analysis -------------------------------------------------------------------


def record(night: date, cramps: int | None, done: bool = False) -> NightRecord:
    state = NightState.NOT_RECORDED if cramps is None else NightState.RECORDED
    return NightRecord(night, state, cramps, None, None, None, done, 0, False)


def person(
    trial: Trial,
    cramps: dict[Condition, list[int]],
    recorded: float = 1.0,
    draws: random.Random | None = None,
) -> list[NightRecord]:
    """Nights with the cramps each condition's list gives in turn (cycled)."""
    taken = Counter[Condition]()
    records = []
    for placed in schedule(trial):
        values = cramps[placed.condition]
        value = values[taken[placed.condition] % len(values)]
        taken[placed.condition] += 1
        kept = draws is None or draws.random() < recorded
        done = placed.condition == Condition.ROUTINE
        records.append(record(placed.night, value if kept else None, done))
    return records


AFTER = START + timedelta(days=TRIAL_NIGHTS)  # the night after the trial's end


def test_a_clear_effect_at_the_end() -> None:
    trial = Trial(START, seed=3)
    nights = person(trial, {Condition.AS_USUAL: [2], Condition.ROUTINE: [0, 1, 0],
                            Condition.NO_STRETCHING: [2, 1, 2]})  # fmt: skip
    result = analyse(trial, nights, AFTER)
    assert not result.provisional
    assert (result.routine, result.no_stretching) == (Tally(21, 7), Tally(21, 35))
    assert result.baseline == Tally(14, 28)
    assert result.verdict == Verdict.HELPED
    assert result.sentence().startswith(
        "The routine helped you: in the routine weeks you had 0.3 cramps a night, in the "
        "no-stretching weeks 1.7; that is 80% fewer (somewhere between "
    )
    assert [pair.pair for pair in result.pairs] == [1, 2, 3]
    assert result.pairs[0].sentence() == (
        "Pair 1: 0.3 cramps a night in the routine week (7 nights recorded), 1.7 in the "
        "no-stretching week (7)."
    )
    assert result.adherence() == (
        "The routine was done on 21 of 21 recorded nights of the routine weeks, and on 0 of "
        "21 of the no-stretching weeks."
    )


def test_no_difference_and_more_with_the_routine() -> None:
    trial = Trial(START, seed=3)
    same = person(trial, {c: [1, 2, 1] for c in Condition})
    assert analyse(trial, same, AFTER).verdict == Verdict.NO_CLEAR_DIFFERENCE
    assert "which chance alone could give" in analyse(trial, same, AFTER).sentence()
    worse = person(trial, {Condition.AS_USUAL: [1], Condition.ROUTINE: [3, 2, 3],
                           Condition.NO_STRETCHING: [0, 1, 0]})  # fmt: skip
    assert analyse(trial, worse, AFTER).verdict == Verdict.MORE_WITH_ROUTINE
    none = person(trial, {c: [0] for c in Condition})
    result = analyse(trial, none, AFTER)
    assert result.verdict == Verdict.NO_CLEAR_DIFFERENCE
    assert result.sentence() == "No clear difference: you had no cramps in either kind of week."


def test_too_few_recorded_nights() -> None:
    trial = Trial(START, seed=3)
    nights = [n for n in person(trial, {c: [1] for c in Condition})
              if trial_night(trial, n.night).condition != Condition.NO_STRETCHING  # type: ignore[union-attr]
              or n.night.day % 4 == 0]  # fmt: skip
    result = analyse(trial, nights, AFTER)
    assert result.verdict == Verdict.TOO_FEW_NIGHTS
    assert result.sentence().startswith(
        "Can't tell yet: too few recorded nights (21 in routine weeks and "
    )


def test_a_look_during_the_trial_is_provisional_and_stricter() -> None:
    trial = Trial(START, seed=3)
    nights = person(trial, {Condition.AS_USUAL: [2], Condition.ROUTINE: [1, 0, 1],
                            Condition.NO_STRETCHING: [2, 1, 2]})  # fmt: skip
    midway = START + timedelta(days=42)  # baseline and two pairs are over
    early = analyse(trial, nights, midway)
    final = analyse(trial, nights, AFTER)
    assert early.provisional
    assert early.routine.nights + early.no_stretching.nights == 28
    assert early.sentence().startswith(
        "Provisional: 28 of the 42 nights of the paired weeks are recorded so far"
    )
    assert len(early.pairs) == 3  # the third has begun: its weeks show what is in
    assert early.ratio is not None
    assert final.ratio is not None
    assert final.verdict == Verdict.HELPED
    # The same nights, looked at early, need a 99.9% interval: it is wider.
    same_nights = analyse(trial, [n for n in nights if n.night < midway], AFTER)
    assert same_nights.ratio is not None
    assert early.ratio.ratio == same_nights.ratio.ratio
    assert early.ratio.high > same_nights.ratio.high


def test_stopping_early_is_allowed_and_said() -> None:
    trial = Trial(START, seed=3)
    nights = person(trial, {Condition.AS_USUAL: [2], Condition.ROUTINE: [0],
                            Condition.NO_STRETCHING: [2]})  # fmt: skip
    stopped = trial.stop(START + timedelta(days=42))
    assert stopped.stopped_early
    assert stopped.last_night == START + timedelta(days=41)
    result = analyse(stopped, nights, AFTER)
    assert not result.provisional
    assert result.routine.nights + result.no_stretching.nights == 28
    assert len(result.pairs) == 2
    assert result.sentence().startswith(
        "You stopped the trial early, from the night of 2027-02-15; the result covers the "
        "nights before"
    )
    assert result.verdict == Verdict.HELPED
    one_pair = analyse(trial.stop(START + timedelta(days=28)), nights, AFTER)
    assert (one_pair.routine.nights, one_pair.no_stretching.nights) == (7, 7)
    assert one_pair.verdict == Verdict.TOO_FEW_NIGHTS
    assert one_pair.sentence().endswith(
        "Can't tell yet: at least 2 pairs of weeks with recorded nights are needed, since one "
        "bad week could decide a single pair."
    )
    during_baseline = analyse(trial.stop(START + timedelta(days=5)), nights, AFTER)
    assert during_baseline.verdict == Verdict.TOO_FEW_NIGHTS
    assert during_baseline.pairs == ()


def test_only_recorded_nights_count_and_tonight_is_not_in_yet() -> None:
    trial = Trial(START, seed=11)
    nights = person(trial, {c: [1] for c in Condition})
    blank = [record(n.night, None) if n.night.day % 3 == 0 else n for n in nights]
    result = analyse(trial, blank, AFTER)
    recorded = sum(1 for n in blank if n.recorded and trial_night(trial, n.night))
    assert result.baseline.nights + result.routine.nights + result.no_stretching.nights == (
        recorded
    )
    tonight = START + timedelta(days=20)
    assert analyse(trial, nights, tonight).baseline.nights == 14  # night 20 is tonight


@given(st.integers(0, MAX_SEED), st.integers(0, TRIAL_NIGHTS + 3))
def test_every_night_is_in_one_place(seed: int, offset: int) -> None:
    trial = Trial(START, seed)
    night = START + timedelta(days=offset)
    placed = trial_night(trial, night)
    if offset >= TRIAL_NIGHTS:
        assert placed is None
        return
    assert placed is not None
    assert placed.week == offset // 7 + 1
    assert (placed.pair is None) == (placed.condition == Condition.AS_USUAL)
    assert no_stretching_tonight(trial, night) == (placed.condition == Condition.NO_STRETCHING)


# -- simulated people ----------------------------------------------------------------
#
# A person whose cramps come as a Poisson count each night (1.5 or 2 a night as usual
# and in the no-stretching weeks), who records about nine nights in ten, and who does
# the routine on the routine weeks. Seeded: the same trials every run.


def poisson(draws: random.Random, mean: float) -> int:
    limit, count, product = math.exp(-mean), 0, draws.random()
    while product > limit:
        count += 1
        product *= draws.random()
    return count


def simulate(
    draws: random.Random,
    usual: float,
    effect: float,
    recorded: float = 0.9,
    bad_weeks: float | None = None,
) -> tuple[Trial, list[NightRecord]]:
    """One trial and its nights, its seed drawn. `effect` multiplies the rate on routine
    weeks (0.5: halves it); `bad_weeks`, if given, is the shape of a gamma factor each
    week draws (its variation, 1/sqrt(shape): 0.5 for 4), for a person with good and bad
    spells."""
    trial = Trial(START, draws.getrandbits(32))
    records = []
    factor = 1.0
    for placed in schedule(trial):
        if placed.night.weekday() == START.weekday() and bad_weeks:
            factor = draws.gammavariate(bad_weeks, 1 / bad_weeks)
        mean = usual * factor * (effect if placed.condition == Condition.ROUTINE else 1.0)
        cramps = poisson(draws, mean)
        kept = draws.random() < recorded
        records.append(record(placed.night, cramps if kept else None))
    return trial, records


def found_helped(
    trials: int,
    usual: float,
    effect: float,
    seed: int,
    bad_weeks: float | None = None,
    looks: bool = False,
) -> float:
    """The share of simulated trials whose verdict is "helped". With `looks`, the person
    looks every week from the first pair's end and stops at the first "helped"."""
    draws = random.Random(seed)
    helped = 0
    for _ in range(trials):
        trial, nights = simulate(draws, usual, effect, bad_weeks=bad_weeks)
        seen = [AFTER]
        if looks:
            seen = [START + timedelta(days=7 * week) for week in range(4, WEEKS)] + [AFTER]
        for tonight in seen:
            if analyse(trial, nights, tonight).verdict == Verdict.HELPED:
                helped += 1
                break
    return helped / trials


def test_a_person_whose_routine_halves_their_cramps_is_found_helped_in_most_trials() -> None:
    # Measured over 4000 trials each while writing this: 62% at 2 cramps a night; 48% at
    # 1.5, and 27% at 1.5 with bad weeks. Three pairs of weeks are a short trial.
    assert found_helped(400, usual=2.0, effect=0.5, seed=1) > 0.55
    # At 1.5 cramps a night, six weeks find a halving about half the time.
    assert 0.35 < found_helped(400, usual=1.5, effect=0.5, seed=2) < 0.65


def test_a_person_with_no_effect_is_not_found_helped_in_at_least_95_in_100() -> None:
    # Measured over 4000 trials each while writing this: 1.5%; with bad weeks 4.5%; with
    # weekly looks 1.5%, and 4.8% with bad weeks as well.
    assert found_helped(600, usual=1.5, effect=1.0, seed=3) <= 0.05
    # With bad weeks and good weeks (a weekly factor varying by about 50%).
    assert found_helped(600, usual=1.5, effect=1.0, seed=4, bad_weeks=4.0) <= 0.05
    # And when the person looks every week and stops at the first "helped".
    assert found_helped(300, usual=1.5, effect=1.0, seed=5, looks=True) <= 0.05


def test_pairs_not_begun_are_said_so() -> None:
    """A pair whose weeks are still to come is "not begun yet", not "a week with no
    recorded nights"."""
    trial = Trial(START, seed=3)
    result = analyse(trial, [], START + timedelta(days=3))
    assert [pair.sentence() for pair in result.pairs] == [
        "Pair 1: not begun yet.",
        "Pair 2: not begun yet.",
        "Pair 3: not begun yet.",
    ]
    later = analyse(trial, [], START + timedelta(days=7 * 3 + 1))  # pair 1 under way
    assert later.pairs[0].sentence() == "Pair 1: a week with no recorded nights."
    assert later.pairs[1].sentence() == "Pair 2: not begun yet."
