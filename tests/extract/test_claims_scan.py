"""Patterns tried only where a match can start find what a scan of the whole text finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract import claims
from factdb.extract.claims import forms
from factdb.extract.claims import lexicon as lx
from factdb.extract.claims import tokens as tk
from factdb.extract.claims.scan import matches_at, number_words, word_starts

_pieces = st.sampled_from(
    [
        *" -_.,'’\n1é",
        "ſ",
        "ı",
        "of",
        "tens",
        "Tens",
        "hundreds",
        "THOUSANDS",
        "millions",
        "billions",
        "dozens",
        "scores",
        "sign",
        "Sign",
        "up",
        "now",
        "read",
        "more",
        "JUST",
        "WATCHED",
        "must",
        "watch",
        "Replay",
        "More Videos",
        "x",
        "one",
        "two",
        "twenty",
        "fold",
        "tenfold",
        "often",
        "million",
        "half",
    ]
)
_texts = st.lists(_pieces, max_size=30).map("".join)


def _spans(found: object) -> list[tuple[int, int, str | None]]:
    assert isinstance(found, list)
    return [(m.start(), m.end(), m.group("mult").lower()) for m in found]


@settings(max_examples=500, deadline=None)
@given(_texts)
def test_vague_matches_are_the_scanned_matches(text: str) -> None:
    found, alone = tk._vague_matches(text, text.lower())
    assert _spans(found) == _spans(list(tk._VAGUE_RE.finditer(text)))
    assert _spans(alone) == _spans(list(tk._VAGUE_ALONE_RE.finditer(text)))
    if found:
        assert [m.group("of") and m.group("of").lower() for m in found] == [
            m.group("of") and m.group("of").lower() for m in tk._VAGUE_RE.finditer(text)
        ]


@settings(max_examples=500, deadline=None)
@given(_texts)
def test_promotion_is_the_search(text: str) -> None:
    forms._promotion.cache_clear()
    plain = any(w in text.lower() for w in forms._PROMO_GATE) and bool(forms._PROMO_RE.search(text))
    assert forms._promotion(text) == plain


def test_matches_at_skips_starts_inside_a_match() -> None:
    pattern = re.compile(r"ab+")
    text = "abbb ab xab"
    starts = word_starts(text, ["ab", "b"])
    assert [m.span() for m in matches_at(pattern, text, starts)] == [(0, 4), (5, 7)]
    assert [m.span() for m in matches_at(pattern, text, [0, 1, 2, 5, 9])] == [
        m.span() for m in pattern.finditer(text)
    ]


@settings(max_examples=500, deadline=None)
@given(_texts)
def test_number_words_are_word_positions_of_the_whole_text(text: str) -> None:
    low = text.lower()
    starts, words = number_words(low)
    assert starts == tk.word_positions(low, 0, len(low), lx.NUMBER_WORD_SET)
    assert words == [lx.LOWER_WORDS_RE.findall(low, at)[0] for at in starts]


def test_number_words_of_a_sentence() -> None:
    low = "one in twenty often fold, tenfold-two;million"
    assert number_words(low) == (
        [0, 7, 20, 26, 34, 38],
        ["one", "twenty", "fold", "tenfold", "two", "million"],
    )


_FIGURE_PIECES = st.sampled_from(
    [*" -.,/^x×½¼%$\n", "0", "1", "12", "2,000", "3.5", "1e5", "-4", "−7", "10^3", "km", "to", "a"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_FIGURE_PIECES, max_size=30).map("".join))
def test_figures_are_the_scanned_figures(text: str) -> None:
    assert [m.span() for m in tk._figures(text)] == [m.span() for m in lx.FIGURE_RE.finditer(text)]


def test_digit_candidates_hold_every_digit() -> None:
    chars = "".join(map(chr, range(0x110000)))
    digits = {m.start() for m in claims._DIGIT_OR_VULGAR_RE.finditer(chars)}
    candidates = {m.start() for m in claims._DIGIT_CANDIDATE_RE.finditer(chars)}
    assert digits <= candidates
    assert len(digits) > 600  # other scripts' digits, such as "٣" and "५", count too


_DIGIT_PIECES = st.sampled_from([*" -.,’“”—…é²¼½٣५x", "0", "12", "a"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_FIGURE_PIECES | _DIGIT_PIECES, max_size=20).map("".join),
    st.lists(st.integers(0, 60)),
)
def test_next_digit_carried_forwards_is_a_fresh_search(text: str, steps: list[int]) -> None:
    beyond = len(text) + 1
    known = -1
    at = 0
    for step in steps:
        at = min(at + step, len(text))
        known = claims._next_digit(text, at, known, beyond)
        fresh = claims._DIGIT_OR_VULGAR_RE.search(text, at)
        assert known == (fresh.start() if fresh else beyond)
