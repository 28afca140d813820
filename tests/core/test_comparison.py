import math
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.comparison import (
    Compared,
    change_words,
    compare_routine,
    compare_water,
    interval_words,
)
from coach.core.nights import NightRecord, NightState
from coach.core.rates import RateRatio, Tally

START = date(2026, 10, 1)


def night(n: int, cramps: int | None, routine: bool, water: bool = False) -> NightRecord:
    state = NightState.NOT_RECORDED if cramps is None else NightState.RECORDED
    return NightRecord(START + timedelta(days=n), state, cramps, None, None, None,
                       routine, 8 if water else 2, water)  # fmt: skip


def spread(total: int, nights: int) -> list[int]:
    """`total` cramps spread as evenly as can be over `nights`."""
    return [total // nights + (1 if n < total % nights else 0) for n in range(nights)]


def test_the_issue_s_sentence() -> None:
    after = [night(n, c, True) for n, c in enumerate(spread(12, 20))]
    other = [night(20 + n, c, False) for n, c in enumerate(spread(28, 20))]
    result = compare_routine(after + other)
    assert result.sentence() == (
        "On nights after the routine you had 0.6 cramps a night, on other nights 1.4; that is "
        "57% fewer (somewhere between 16% and 78% fewer). This does not prove the routine "
        "caused it: see 'Find out for yourself'."
    )


def test_more_as_well_as_fewer() -> None:
    after = [night(n, c, True) for n, c in enumerate(spread(30, 20))]
    other = [night(20 + n, c, False) for n, c in enumerate(spread(20, 20))]
    assert "that is 50% more (somewhere between 15% fewer and 164% more)" in (
        compare_routine(after + other).sentence()
    )


def test_seven_nights_with_the_routine_are_not_compared_with_nights_nobody_recorded() -> None:
    # The issue's new user: seven nights with the routine and a cramp each; 23 others
    # in the range that nobody recorded.
    history = [night(n, 1, True) for n in range(7)]
    history += [night(7 + n, None, False) for n in range(23)]
    result = compare_routine(history)
    assert not result.enough
    assert result.ratio is None
    assert result.sentence() == (
        "Not enough recorded nights yet to compare (at least 7 of each): 7 after the routine "
        "and 0 on other nights. Still needed: 7 on other nights."
    )
    assert "0.0" not in result.sentence()


def test_how_many_more_nights_are_needed() -> None:
    history = [night(n, 1, n < 3) for n in range(8)]
    assert compare_routine(history).still_needed == (4, 2)
    assert (
        compare_routine(history)
        .sentence()
        .endswith("Still needed: 4 after the routine and 2 on other nights.")
    )
    assert (
        compare_routine([night(n, 1, False) for n in range(9)])
        .sentence()
        .endswith("Still needed: 7 after the routine.")
    )


def test_no_cramps_on_either_side_is_nothing_to_compare() -> None:
    history = [night(n, 0, n % 2 == 0) for n in range(20)]
    assert compare_routine(history).sentence() == (
        "No cramps on any of the 10 recorded nights after the routine, nor on the 10 other "
        "recorded nights: nothing to compare."
    )


def test_the_water_goal_is_compared_the_same_way_and_says_what_reviews_find() -> None:
    at_goal = [night(n, c, False, water=True) for n, c in enumerate(spread(7, 14))]
    short = [night(14 + n, c, True, water=False) for n, c in enumerate(spread(14, 14))]
    result = compare_water(at_goal + short)
    assert result.compared == Compared.WATER
    assert (result.with_, result.without) == (Tally(14, 7), Tally(14, 14))
    assert result.sentence().startswith(
        "On nights after a day at your water goal you had 0.5 cramps a night, after other "
        "days 1.0; that is 50% fewer"
    )
    assert result.sentence().endswith(
        "reviews find no link between drinking water and night cramps."
    )
    assert compare_water(at_goal[:3] + short).sentence() == (
        "Not enough recorded nights yet to compare (at least 7 of each): 3 after a day at "
        "your water goal and 14 after other days. Still needed: 4 after a day at your water "
        "goal."
    )


def test_bad_spells_widen_the_interval() -> None:
    even = [night(n, c, n < 14) for n, c in enumerate(spread(14, 14) + spread(28, 14))]
    spells = [night(n, c, n < 14) for n, c in
              enumerate([0] * 12 + [7, 7] + [0] * 10 + [7] * 4)]  # fmt: skip
    tidy, bunched = compare_routine(even).ratio, compare_routine(spells).ratio
    assert tidy is not None
    assert bunched is not None
    assert tidy.ratio == bunched.ratio
    assert bunched.dispersion > 1
    assert bunched.high > tidy.high


@pytest.mark.parametrize(
    ("ratio", "words"),
    [
        (RateRatio(0.43, 0.23, 0.8), "somewhere between 20% and 77% fewer"),
        (RateRatio(0.9, 0.7, 1.15), "somewhere between 30% fewer and 15% more"),
        (RateRatio(1.6, 1.2, 2.5), "somewhere between 20% and 150% more"),
        (RateRatio(0.0, 0.0, 0.4), "somewhere between 60% and 100% fewer"),
        (RateRatio(math.inf, 1.3, math.inf), "at least 30% more"),
        (RateRatio(math.inf, 0.8, math.inf), "anything from 20% fewer to many times more"),
    ],
)
def test_an_interval_in_words(ratio: RateRatio, words: str) -> None:
    assert interval_words(ratio) == words


def test_a_change_in_words() -> None:
    assert change_words(0.43) == "57% fewer"
    assert change_words(1.5) == "50% more"
    assert change_words(1.002) == "about the same"
    assert change_words(0.0) == "100% fewer"
    assert change_words(math.inf) == "more, where the other nights had none"


@given(st.lists(st.tuples(st.booleans(), st.one_of(st.none(), st.integers(0, 6))), max_size=80))
def test_only_recorded_nights_are_counted(history: list[tuple[bool, int | None]]) -> None:
    records = [night(n, cramps, done) for n, (done, cramps) in enumerate(history)]
    result = compare_routine(records)
    after = [c for done, c in history if done and c is not None]
    other = [c for done, c in history if not done and c is not None]
    assert result.with_ == Tally(len(after), sum(after))
    assert result.without == Tally(len(other), sum(other))
    if result.ratio is not None:
        assert result.enough
        assert result.ratio.low <= result.ratio.ratio <= result.ratio.high
    assert result.sentence()
