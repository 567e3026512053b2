"""Unit normalisation: equal quantities give equal normalised values, whatever unit they use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.extract.claims.units import conversion, normalize

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(
    ("value", "unit", "expected", "target"),
    [
        (1000, "km", 1_000_000, "m"),
        (1, "mi", 1609.344, "m"),
        (1, "decade", 10 * 365.25, "day"),
        (70, "year", 70 * 365.25, "day"),
        (1, "t", 1000, "kg"),
        (1, "ha", 10_000, "m2"),
        (1, "L", 0.001, "m3"),
        (0, "degC", 273.15, "K"),
        (2, "percent", 2, "percent"),
        (0.25, "percentage_point", 0.25, "percentage_point"),
        (25, "basis_point", 0.25, "percentage_point"),
        (2.5e9, "USD", 2.5e9, "USD"),
        (50, "USD_cent", 0.5, "USD"),
        (3, "fold", 3, "fold"),
        (7, None, 7, None),
    ],
)
def test_normalize(value: float, unit: str | None, expected: float, target: str | None) -> None:
    nv, nu = normalize(value, unit)
    assert nu == target
    assert nv == pytest.approx(expected, rel=1e-9)


def test_counts_normalise_to_count() -> None:
    assert normalize(15, "member", count=True) == (15, "count")


def test_seven_decades_equal_seventy_years() -> None:
    assert normalize(7, "decade")[0] == pytest.approx(normalize(70, "year")[0])


def test_conversion_is_cached() -> None:
    assert conversion("km") is conversion("km")


@given(st.floats(min_value=0, max_value=1e7, allow_nan=False))
def test_km_and_miles_agree(km: float) -> None:
    miles = km / 1.609344
    a, ua = normalize(km, "km")
    b, ub = normalize(miles, "mi")
    assert ua == ub == "m"
    assert a == pytest.approx(b, rel=1e-9, abs=1e-6)


def test_1000_km_is_about_621_4_miles() -> None:
    a, _ = normalize(1000, "km")
    b, _ = normalize(621.371, "mi")
    assert a == pytest.approx(b, rel=1e-6)


physical = st.sampled_from(
    ["km", "mi", "ft", "kg", "lb", "t", "L", "gal", "km2", "ha", "acre", "km/h", "mph", "kWh",
     "MW", "year", "decade", "day", "degC", "degF", "K", "GB"]
)  # fmt: skip
# (unit a, unit b, how many b one a is): an oracle written from the definitions, not from pint
SAME_DIMENSION = [
    ("km", "mi", 1 / 1.609344),
    ("kg", "lb", 1 / 0.45359237),
    ("L", "gal", 1 / 3.785411784),
    ("ha", "acre", 10_000 / 4046.8564224),
    ("km/h", "mph", 1 / 1.609344),
    ("decade", "year", 10),
    ("t", "kg", 1000),
]


@given(finite, physical)
def test_to_canonical_and_back_is_identity(value: float, unit: str) -> None:
    conv = conversion(unit)
    nv, _ = normalize(value, unit)
    assert (nv - conv.offset) / conv.factor == pytest.approx(value, rel=1e-9, abs=1e-6)


@given(finite, finite, physical)
def test_order_is_preserved_in_every_unit(a: float, b: float, unit: str) -> None:
    lo, hi = sorted((a, b))
    assert normalize(lo, unit)[0] <= normalize(hi, unit)[0]


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False), st.sampled_from(SAME_DIMENSION))
def test_one_quantity_in_two_units_normalises_alike(
    value: float, pair: tuple[str, str, float]
) -> None:
    unit_a, unit_b, b_per_a = pair
    a, ua = normalize(value, unit_a)
    b, ub = normalize(value * b_per_a, unit_b)
    assert ua == ub
    assert a == pytest.approx(b, rel=1e-9, abs=1e-9)


@given(st.floats(min_value=-100, max_value=1000, allow_nan=False))
def test_celsius_and_fahrenheit_agree(celsius: float) -> None:
    a, ua = normalize(celsius, "degC")
    b, ub = normalize(celsius * 9 / 5 + 32, "degF")
    assert ua == ub == "K"
    assert a == pytest.approx(b, rel=1e-9, abs=1e-9)


@given(finite, st.sampled_from(["km", "kg", "t", "L", "km2", "km/h", "kWh", "MW", "year", "degF"]))
def test_normalize_is_linear_in_the_value(value: float, unit: str) -> None:
    conv = conversion(unit)
    nv, _ = normalize(value, unit)
    assert nv == pytest.approx(value * conv.factor + conv.offset, rel=1e-12, abs=1e-9)


@given(finite, finite)
def test_normalize_preserves_order(a: float, b: float) -> None:
    if a <= b:
        assert normalize(a, "mi")[0] <= normalize(b, "mi")[0]
