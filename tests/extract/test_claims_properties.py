"""Property tests: the extractor never raises, and its offsets always point at its text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract.claims import extract_claims

_news_alphabet = st.sampled_from(
    [
        *"0123456789 ,.-%$£€¥()/",
        "million",
        "km",
        "two",
        "between",
        " and ",
        "to",
        "per cent",
        "nearly",
        "more than",
        "double",
        "years",
        "people",
        "½",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_read_without_raising(text: str) -> None:
    assert isinstance(extract_claims(text), list)


@settings(max_examples=300, deadline=None)
@given(st.lists(_news_alphabet, max_size=30).map("".join))
def test_offsets_match_text(text: str) -> None:
    for c in extract_claims(text):
        assert text[c.start : c.end] == c.text
        assert c.value_max is None or c.value <= c.value_max


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=50_000))
def test_kilometres_and_miles_in_text_normalise_alike(km: int) -> None:
    a = extract_claims(f"The missiles can hit targets {km:,} km away.")
    b = extract_claims(f"The missiles can hit targets {km / 1.609344:.3f} miles away.")
    assert len(a) == len(b) == 1
    assert a[0].normalized_unit == b[0].normalized_unit == "m"
    assert a[0].normalized_value == pytest.approx(b[0].normalized_value, rel=1e-3)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_larger_figures_give_larger_values(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    x = extract_claims(f"Officials said {lo} million people voted.")
    y = extract_claims(f"Officials said {hi} million people voted.")
    assert x[0].normalized_value <= y[0].normalized_value
