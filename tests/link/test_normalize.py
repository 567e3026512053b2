"""Normalisation of text, speakers and numbers for linking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.link import normalize as nz


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Let me be crystal clear,” he said.", "let me be crystal clear he said"),
        ("Japan’s 1,000 km (600 mi) range", "japan's 1000 km 600 mi range"),
        ("It rose 2.5% to $3.1bn — a record…", "it rose 2.5% to $3.1bn a record"),
        ("Indo-Pacific", "indo pacific"),
    ],
)
def test_normalize_text(text: str, expected: str) -> None:
    assert nz.normalize_text(text) == expected


@given(st.text(max_size=60))
def test_normalize_is_idempotent(text: str) -> None:
    once = nz.normalize_text(text)
    assert nz.normalize_text(once) == once


def test_stems_meet_across_inflections() -> None:
    assert nz.content_stems("strengthening defenses") == nz.content_stems("strengthen defense")


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Donald Trump", "Mr. Trump", True),
        ("Fumio Kishida", "Fumio Kishida and Joe Biden", True),
        ("Hillary Clinton", "Bernie Sanders", False),
        (None, "Bernie Sanders", None),
        # A body and its initials, in any order of the words; other initials are another body.
        ("FCC", "Federal Communications Commission", True),
        ("Federal Communications Commission", "FCC", True),
        ("ABC", "Federal Communications Commission", False),
        ("FC", "Federal Communications Commission", False),
    ],
)
def test_speakers_agree(a: str | None, b: str | None, agree: bool | None) -> None:
    assert nz.speakers_agree(nz.speaker_key(a), nz.speaker_key(b)) is agree


def test_numbers_in() -> None:
    assert nz.numbers_in(nz.normalize_text("from 1,000 to 1,200.5 km")) == {1000.0, 1200.5}


def test_outlets_link_text_is_no_part_of_the_compared_text() -> None:
    a = (
        "President Trump Donald John TrumpAmash calls McCarthy incompetent after '60 Minutes' "
        "interview GOP lawmaker blasts Trump MORE is bulldozing the law"
    )
    b = (
        "President Trump Donald John TrumpAmash calls McCarthy incompetent after '60 Minutes' "
        "interview GOP lawmaker blasts Trump MORE and Secretary DeVos are inviting schools"
    )
    assert nz.normalize_text(a) == "president trump is bulldozing the law"
    assert nz.normalize_text(b) == "president trump and secretary devos are inviting schools"


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("I can confirm I have read and accept the Terms Of Use.", True),
        ("I have read and accept the Terms Of Use. Please check to proceed.", True),
        ("Sign Up Now You may unsubscribe from email communication at any time.", True),
        ("I agree to the privacy policy", True),
        (
            "If you don't get the confirmation within 10 minutes, please check your spam folder.",
            True,
        ),
        # Statements about terms and sign-ups are statements.
        ("There's some content that doesn't violate the terms of use, and so the question", False),
        ("I have read the bill and I accept that it will pass", False),
        ("Millions of people will sign up for coverage", False),
        ("The emails landed in his spam folder, he said", False),
    ],
)
def test_page_chrome(text: str, chrome: bool) -> None:
    assert nz.page_chrome(text) is chrome
