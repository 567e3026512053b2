"""Word-level drift between two versions of a statement, and the numbers that changed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.link.drift import drift, numbers_of

WATER = "Water that crosses a border cannot be owned by one side of it."


@pytest.mark.parametrize(
    ("first", "later", "marked", "summary"),
    [
        (WATER, "“water that crosses a border cannot be owned by one side of it,”",
         "“water that crosses a border cannot be owned by one side of it,”", "same words"),
        (WATER, "Water that crosses a border can never be owned by one side of it.",
         "Water that crosses a border [-cannot-] {+can never+} be owned by one side of it.",
         "reworded (94% alike)"),
        ("a b c", "a c", "a [-b-] c", "reworded (75% alike)"),
        ("a b c", "x a b c y", "{+x+} a b c {+y+}", "reworded (71% alike)"),
        ("The port moves 15 million tonnes a day", "The port moves 60 million tonnes a day",
         "The port moves [-15-] {+60+} million tonnes a day",
         "numbers changed: 15 million -> 60 million"),
        ("Turnout was 40 per cent", "Turnout was 40%", "Turnout was [-40 per cent-] {+40%+}",
         "reworded (74% alike)"),
    ],
)  # fmt: skip
def test_drift(first: str, later: str, marked: str, summary: str) -> None:
    changed = drift(first, later)
    assert changed.marked() == marked
    assert changed.summary() == summary


def test_numbers_with_their_scale_words() -> None:
    assert numbers_of("3,000 workers, 5.5% more, 1.4 million boxes and 40 per cent") == [
        "3,000",
        "5.5%",
        "1.4 million",
        "40 per cent",
    ]
    assert drift("cost 3,000 euros", "cost 3000 euros").numbers_changed is False
    assert drift("Turnout was 40 per cent", "Turnout was 40%").numbers_changed is False


WORDS = ["the", "water", "border", "15", "million", "owned"]
words = st.lists(st.sampled_from(WORDS), max_size=12)
RUN = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def _version(marked: str, keep: int) -> list[str]:
    """The words of one version in a marked text: 1 keeps removed runs, 2 added ones."""
    return RUN.sub(lambda m: f" {m.group(keep) or ''} ", marked).split()


@given(words, words)
def test_the_marked_text_holds_both_versions(a: list[str], b: list[str]) -> None:
    marked = drift(" ".join(a), " ".join(b)).marked()
    assert _version(marked, 2) == b
    assert _version(marked, 1) == a
