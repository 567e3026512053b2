"""Excerpts a quote marks with quotation marks, and the longest run of words two texts share."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.link.fragments import longest_run, quoted_excerpts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "his earlier years of prodigious puffery were \u201ca bad habit and a vice.\u201d",
            [("a", "bad", "habit", "and", "a", "vice")],
        ),
        (
            'any effort would be a "suicide mission for our country."',
            [("suicide", "mission", "for", "our", "country")],
        ),
        (
            'she is "one hundred percent" sure and "seared into my memory"',
            [("one", "hundred", "percent"), ("seared", "into", "my", "memory")],
        ),
        # A quote wrapped whole in marks is no excerpt of itself.
        ("\u201cThe movement for fair maps will determine the course of progress.\u201d", []),
        ('"This is a suicide mission,"', []),
        # No marks, or a mark left open.
        ("This is a suicide mission,", []),
        ("the club does \u201cnot know if it is legitimate", []),
    ],
)
def test_quoted_excerpts(text: str, expected: list[tuple[str, ...]]) -> None:
    assert list(quoted_excerpts(text)) == expected


def test_longest_run() -> None:
    found = longest_run(
        ("a", "suicide", "mission", "for"), ("this", "is", "a", "suicide", "mission")
    )
    assert found == ("a", "suicide", "mission")
    assert longest_run(("x",), ("y",)) == ()
    assert longest_run((), ("y",)) == ()


def _oracle(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The length of the longest common run, by trying every run of A."""
    spans = (a[i:j] for i in range(len(a)) for j in range(i + 1, len(a) + 1))
    found = [len(run) for run in spans if any(b[k : k + len(run)] == run for k in range(len(b)))]
    return max(found, default=0)


words = st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12).map(tuple)


@settings(max_examples=300, deadline=None)
@given(words, words)
def test_longest_run_is_the_longest_common_run(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    run = longest_run(a, b)
    assert len(run) == _oracle(a, b) == len(longest_run(b, a))
    assert any(a[i : i + len(run)] == run for i in range(len(a) - len(run) + 1))
    assert any(b[i : i + len(run)] == run for i in range(len(b) - len(run) + 1))
