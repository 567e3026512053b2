"""Speed-ups that must not change a result: each fast path against the plain way it replaces."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract.quotes.records import _ref
from factdb.extract.records import SpeakerKind, SpeakerRef
from factdb.extract.speakers.people import People
from factdb.extract.speakers.tokens import _TOKEN_RE, tokens

_ALPHABET = "aZé ,.()\x01:;—–’'&-_ł0\n"


def _scanned(masked: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(masked, start, end)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.integers(0, 70), st.integers(0, 70))
def test_tokens_are_the_scanned_matches(text: str, a: int, b: int) -> None:
    assert tokens(text, a, b) == _scanned(text, a, min(b, len(text)) if b >= a else a)


def test_tokens_of_a_window_cutting_words() -> None:
    text = "Sen. Ursula von der Leyen, who (on CNN) said: it’s—well—fine"
    for a in range(len(text)):
        for b in range(a, len(text) + 1):
            assert tokens(text, a, b) == _scanned(text, a, b)


def test_ref_copies_every_field() -> None:
    ref = SpeakerRef(
        name="Joe Biden",
        kind=SpeakerKind.ANONYMOUS,
        text="he",
        start=3,
        end=5,
        description="president",
        aliases=("Biden",),
        resolution="pronoun",
        confidence=0.7,
    )
    assert _ref(ref, description=ref.description) == ref
    changed = _ref(ref, name="", description=None, aliases=(), confidence=0.0)
    assert changed == dataclasses.replace(
        ref, name="", description=None, aliases=(), confidence=0.0
    )
    # Every field is set above to a value other than its default: a field added to SpeakerRef
    # fails here until this test (and _ref) copy it.
    assert [f.name for f in dataclasses.fields(SpeakerRef)] == [
        "name",
        "kind",
        "text",
        "start",
        "end",
        "description",
        "aliases",
        "resolution",
        "confidence",
    ]


TEXT = (
    "Donald Trump met Theresa May in London. Trump said the talks went well. "
    "President Trump later spoke to Prime Minister May. He said she was right. "
    "Mrs. May said he was wrong."
)


def _placed(notes_first: bool) -> list[tuple[int, int, str]]:
    people = People(TEXT)
    trump = people.canonical(["Trump"], 40)[1]
    may = people.canonical(["May"], 130)[1]
    assert trump is not None and may is not None
    if not notes_first:
        people.antecedent("he", 0)  # places every mention now
    people.note(40, 45, trump)
    people.note(150, 153, may)
    people.note(40, 45, trump)  # a second note of one place counts once
    people.antecedent("she", len(TEXT))
    return [(m.start, m.end, m.person.name) for m in people.mentions]


def test_notes_kept_aside_are_placed_as_notes_placed_at_once() -> None:
    assert _placed(notes_first=True) == _placed(notes_first=False)
    assert (40, 45, "Donald Trump") in _placed(notes_first=True)
