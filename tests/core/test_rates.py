import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.rates import RateRatio, Tally, block_dispersion, dispersion, rate_ratio


def test_the_rate_ratio_and_its_interval_on_the_log_scale() -> None:
    result = rate_ratio(Tally(20, 12), Tally(20, 28))
    assert result is not None
    assert result.ratio == pytest.approx(12 / 28)
    spread = 1.96 * math.sqrt(1 / 12 + 1 / 28)
    assert result.low == pytest.approx(12 / 28 * math.exp(-spread), rel=1e-3)
    assert result.high == pytest.approx(12 / 28 * math.exp(spread), rel=1e-3)
    assert result.fewer
    assert not result.more


def test_a_side_without_cramps_leaves_the_interval_open_on_that_side() -> None:
    none_after = rate_ratio(Tally(10, 0), Tally(10, 14))
    assert none_after is not None
    assert (none_after.ratio, none_after.low) == (0.0, 0.0)
    assert 0 < none_after.high < 1
    # The closed end is the exact one: all 14 cramps on one side has chance 2**-14.
    assert none_after.high == pytest.approx(exact_interval(0, 10, 14, 10)[1], rel=1e-6)
    none_other = rate_ratio(Tally(10, 14), Tally(10, 0))
    assert none_other is not None
    assert math.isinf(none_other.ratio)
    assert math.isinf(none_other.high)
    assert none_other.low > 1
    assert none_other.low == pytest.approx(exact_interval(14, 10, 0, 10)[0], rel=1e-6)
    assert rate_ratio(Tally(10, 0), Tally(10, 0)) is None
    assert rate_ratio(Tally(0, 0), Tally(10, 3)) is None


def test_dispersion_widens_the_interval() -> None:
    plain = rate_ratio(Tally(21, 15), Tally(21, 30))
    spread = rate_ratio(Tally(21, 15), Tally(21, 30), dispersion=2.0)
    assert plain is not None
    assert spread is not None
    assert spread.ratio == plain.ratio
    assert spread.low < plain.low
    assert spread.high > plain.high
    assert rate_ratio(Tally(21, 15), Tally(21, 30), dispersion=0.3) == plain  # never below 1


def test_dispersion_is_the_pearson_chi_square_over_its_freedom() -> None:
    assert dispersion([[1, 1, 1, 1], [2, 2, 2]]) == 1.0  # tidier than chance: still 1
    assert dispersion([[0, 0, 4, 0], [0]]) == pytest.approx((3 * 1 + 9) / 1 / 3)
    assert dispersion([[], [3]]) == 1.0
    # Weeks of 7 nights: 7, 7, 7 cramps on one side is Poisson-like; 0, 21, 0 is not.
    assert block_dispersion([[Tally(7, 7)] * 3, [Tally(7, 14)] * 3]) == 1.0
    spell = block_dispersion([[Tally(7, 0), Tally(7, 21), Tally(7, 0)], [Tally(7, 7)] * 3])
    assert spell == pytest.approx((49 + 196 + 49) / 7 / 4)


def exact_interval(a: int, na: int, b: int, nb: int) -> tuple[float, float]:
    """The exact conditional interval: given a + b cramps, a is binomial with
    p = na RR / (na RR + nb); Clopper-Pearson bounds for p, found by bisection."""
    n = a + b

    def at_least(p: float) -> float:
        return sum(math.comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(a, n + 1))

    def at_most(p: float) -> float:
        return sum(math.comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(a + 1))

    def solve(f: object, rising: bool) -> float:
        low, high = 0.0, 1.0
        for _ in range(60):
            middle = (low + high) / 2
            value = f(middle)  # type: ignore[operator]
            if (value < 0.025) == rising:
                low = middle
            else:
                high = middle
        return (low + high) / 2

    p_low = solve(at_least, rising=True)
    p_high = solve(at_most, rising=False)

    def ratio(p: float) -> float:
        return math.inf if p >= 1 else p / (1 - p) * nb / na

    return ratio(p_low), ratio(p_high)


@pytest.mark.parametrize(
    ("a", "na", "b", "nb"),
    [(12, 20, 28, 20), (15, 21, 30, 21), (30, 40, 25, 30), (8, 14, 20, 14), (5, 14, 15, 14)],
)
def test_at_a_few_weeks_of_counts_it_agrees_with_the_exact_interval(
    a: int, na: int, b: int, nb: int
) -> None:
    result = rate_ratio(Tally(na, a), Tally(nb, b))
    assert result is not None
    low, high = exact_interval(a, na, b, nb)
    # The exact interval is a little wider (it is conservative). The end nearer to no
    # difference, which decides "clearly fewer", agrees within 5%; the far end within
    # 30% at 5 cramps and 10% from a dozen.
    assert low <= result.low <= result.high <= high
    near, near_exact = (result.high, high) if result.ratio < 1 else (result.low, low)
    far, far_exact = (result.low, low) if result.ratio < 1 else (result.high, high)
    assert near == pytest.approx(near_exact, rel=0.05)
    assert far == pytest.approx(far_exact, rel=0.3 if min(a, b) < 12 else 0.1)


@given(
    st.integers(1, 60), st.integers(0, 90), st.integers(1, 60), st.integers(0, 90),
    st.floats(0, 5),
)  # fmt: skip
def test_the_ratio_lies_within_its_interval(na: int, a: int, nb: int, b: int, phi: float) -> None:
    result = rate_ratio(Tally(na, a), Tally(nb, b), phi)
    if a == 0 and b == 0:
        assert result is None
        return
    assert isinstance(result, RateRatio)
    assert 0 <= result.low <= result.ratio <= result.high
    assert result.dispersion >= 1
