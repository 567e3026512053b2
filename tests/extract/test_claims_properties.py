"""Property tests: the extractor never raises, and its offsets always point at its text."""

from __future__ import annotations

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
