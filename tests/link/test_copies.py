"""What counts as a copy of a statement: same words, same speaker, trivial edits only."""

from __future__ import annotations

import pytest

from factdb.link.copies import copy_key, same_speaker, short_key, strip_dateline, trivial_edit
from factdb.link.records import LinkItem
from factdb.vocab import LinkKind

HONOR = "This agreement is a turning point for both our peoples, and we intend to honor every line"
WATER = "Water that crosses a border cannot be owned by one side of it."


def quote(text: str, speaker: str | None = "Rafael Quintal", item: int = 1) -> LinkItem:
    return LinkItem(item, LinkKind.QUOTE, item, text, speaker)


def claim(sentence: str, value: float = 4.2e9, quantity: str = "4.2 billion") -> LinkItem:
    return LinkItem(1, LinkKind.CLAIM, 1, sentence, None, value=value, unit="m3", quantity=quantity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PORTO VELHA, March 3 (Meridian Wire) – Dockworkers voted", "Dockworkers voted"),
        ("WASHINGTON (Reuters) - The US said", "The US said"),
        ("PORTO VELHA (Northgate Post) — Thousands marched", "Thousands marched"),
        ("NEW YORK — Thousands marched", "Thousands marched"),
        ("The Skarda Dam will be filled", "The Skarda Dam will be filled"),
        ("Reyna said - and meant - it", "Reyna said - and meant - it"),
    ],
)
def test_strip_dateline(text: str, expected: str) -> None:
    assert strip_dateline(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (None, None, True),
        ("Marta Ebbesen", "Ebbesen", True),
        ("Ebbesen", "Marta Ebbesen", True),
        ("Joe Biden", "Hunter Biden", False),
        ("Joe Biden", None, False),
        ("Tomas Reyna", "Petra Halloran", False),
    ],
)
def test_same_speaker(a: str | None, b: str | None, same: bool) -> None:
    assert same_speaker(a, b) is same


def test_copy_key_ignores_case_punctuation_quote_marks_and_datelines() -> None:
    assert copy_key(quote(WATER)) == copy_key(
        quote("“water that crosses a border cannot be owned by one side of it,”")
    )
    assert copy_key(quote(WATER)) != copy_key(quote(WATER.replace("cannot", "can never")))


def test_a_short_quote_needs_its_sentence() -> None:
    short = quote("turning point")
    assert copy_key(short) is None
    here = copy_key(short, "Quintal hailed a ‘turning point’ on Wednesday.")
    there = copy_key(short, "It was no turning point, the opposition said.")
    again = copy_key(
        short, "PORTO VELHA (Syndicate Post 3) – Quintal hailed a “turning point” on Wednesday."
    )
    assert here is not None and here != there and here == again


def test_a_claim_key_holds_its_quantity() -> None:
    sentence = "The reservoir will hold 4.2 billion cubic metres of water."
    assert copy_key(claim(sentence)) == copy_key(claim(sentence))
    assert copy_key(claim(sentence)) != copy_key(claim(sentence, 4.8e9, "4.8 billion"))


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (HONOR, HONOR.upper(), "same words"),
        (HONOR, HONOR.replace("honor", "honour"), "same words but for spelling: honor / honour"),
        (HONOR, HONOR.replace("both our", "our two"), None),
        (HONOR, HONOR.replace("every line", "each line"), None),
        (WATER, WATER.replace("cannot", "can not"), None),
        (
            "We will raise the budget by 5 percent for every family",
            "We will raise the budget by 6 percent for every family",
            None,
        ),
        (
            "We will increase defense spending for every family next year",
            "We will increased defense spending for every family next year",
            None,
        ),
        (
            "The delegation from Kellmar will meet the minister on Friday",
            "The delegation from Kelmar will meet the minister on Friday",
            None,
        ),
        ("turning point", "turning point", None),
    ],
)
def test_trivial_edit(a: str, b: str, reason: str | None) -> None:
    assert trivial_edit(quote(a), quote(b)) == reason
    assert trivial_edit(quote(b), quote(a)) == (
        reason and reason.replace("honor / honour", "honour / honor")
    )


def test_a_trivial_edit_needs_one_speaker() -> None:
    assert trivial_edit(quote(HONOR, "Rafael Quintal"), quote(HONOR, "Quintal")) == "same words"
    assert trivial_edit(quote(HONOR, "Rafael Quintal"), quote(HONOR, None)) is None
    assert trivial_edit(quote(HONOR, "Rafael Quintal"), quote(HONOR, "Tomas Reyna")) is None


def test_a_sign_up_form_is_no_copy() -> None:
    form = "I can confirm I have read and accept the Terms Of Use."
    assert copy_key(quote(form, None), form) is None
    assert short_key(quote(form, None)) is None
    said = "There's some content that doesn't violate the terms of use, and so the question is"
    assert copy_key(quote(said, "Bill Braniff")) is not None
