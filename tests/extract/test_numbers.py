"""Reading numbers written in figures and in words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.extract.numbers import parse_figure, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234,567", 1234567),
        ("1 234 567", 1234567),
        ("12,34,567.89", 1234567.89),
        (".08", 0.08),
        ("2 1/2", 2.5),
        ("3/4", 0.75),
        ("2½", 2.5),
        ("-9.5", -9.5),
        ("1.3e6", 1.3e6),
        ("4.800", 4.8),
    ],
)
def test_figures(text: str, value: float) -> None:
    assert parse_figure(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seven", 7),
        ("twenty-one", 21),
        ("two hundred and forty", 240),
        ("half a million", 500000),
        ("one and a half", 1.5),
        ("two thirds", 2 / 3),
        ("a dozen", 12),
        ("three quarters", 0.75),
        ("one million two thousand", 1002000),
        ("minus five point five", -5.5),
        ("fifty - two", 52),
        ("a hundred", 100),
    ],
)
def test_words(text: str, value: float) -> None:
    assert parse_words(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1/0", "and", "the"])
def test_not_numbers(text: str) -> None:
    assert parse_figure(text) is None or parse_words(text) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_figures_round_trip(n: int) -> None:
    assert parse_figure(f"{n:,}") == n
