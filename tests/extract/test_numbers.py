"""Reading numbers written in figures and in words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.extract.claims.numbers import parse_figure, parse_words


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
        ("twelve hundred", 1200),
        ("twenty-one thousand", 21000),
        ("one third", 1 / 3),
        ("a quarter", 0.25),
        ("a quarter of a million", 250_000),
        ("two thirds of a million", 2e6 / 3),
        ("3 hundred and 21", 321),
        ("4 thousand 3 hundred and 21", 4321),
        ("3 million and a half", 3.5e6),
        ("one billion and a half million", 1_000_500_000),
        ("one hundred and three quarters", 100.75),
        ("twenty and three fifths", 20.6),
        ("one twenty-fifth", 1 / 25),
        ("three twenty-firsts", 3 / 21),
        ("one hundred thirty-fifths", 100 / 35),
        ("one hundred and thirty fifths", 26),
        ("three hundred and two dozen", 324),
        ("three lakh crore", 3e12),
        ("1 over 3", 1 / 3),
        ("nineteen hundred and ninety", 1990),
    ],
)
def test_words(text: str, value: float) -> None:
    assert parse_words(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1/0", "and", "the"])
def test_not_numbers(text: str) -> None:
    assert parse_figure(text) is None or parse_words(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "one one",
        "three nought four",
        "twenty-fifth",
        "twenty-first",
        "two thousand three million",
        "5 million 300",
        "hundred hundred",
    ],
)
def test_words_that_do_not_join(text: str) -> None:
    assert parse_words(text) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_figures_round_trip(n: int) -> None:
    assert parse_figure(f"{n:,}") == n
