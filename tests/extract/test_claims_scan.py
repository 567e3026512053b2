"""Patterns tried only where a match can start find what a scan of the whole text finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract import claims
from factdb.extract.claims import forms, scan
from factdb.extract.claims import lexicon as lx
from factdb.extract.claims import quantities as qt
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
    digits = {m.start() for m in scan.FIGURE_CHAR_RE.finditer(chars)}
    candidates = {m.start() for m in scan._FIGURE_CANDIDATE_RE.finditer(chars)}
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
        fresh = scan.FIGURE_CHAR_RE.search(text, at)
        assert known == (fresh.start() if fresh else beyond)


@settings(max_examples=500, deadline=None)
@given(st.lists(_FIGURE_PIECES | _DIGIT_PIECES, max_size=30).map("".join))
def test_digit_runs_are_the_runs_of_a_digit_search(text: str) -> None:
    assert scan.digit_runs(text) == [m.span() for m in re.finditer(r"\d+", text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(_FIGURE_PIECES | _DIGIT_PIECES, max_size=30).map("".join), st.integers(0, 40))
def test_next_figure_char_is_a_search_for_one(text: str, at: int) -> None:
    fresh = scan.FIGURE_CHAR_RE.search(text, at)
    assert scan.next_figure_char(text, at) == (fresh.start() if fresh else -1)


_QUALIFIED_PIECES = st.sampled_from(
    [
        *" \n\t.,’“ſıİK",
        "5",
        "more",
        "than",
        "no",
        "not",
        "less",
        "up",
        "to",
        "in the region of",
        "on  the order of",
        "as many as",
        "approx.",
        "c.",
        "~",
        ">=",
        "<",
        "rose",
        "ROSE",
        "fell",
        "cut",
        "by",
        "from",
        "boosted",
        "riſe",
        "about",
        "Over",
        "just",
        "under",
        "xup",
    ]
)
_qualified = st.lists(_QUALIFIED_PIECES, max_size=25).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_qualified)
def test_qualifier_tail_search_is_the_search(text: str) -> None:
    found = scan.tail_search(lx.QUALIFIER_RE, text, lx.QUALIFIER_WORDS)
    plain = lx.QUALIFIER_RE.search(text)
    assert (found and found.span()) == (plain and plain.span())
    assert (found and found.lastgroup) == (plain and plain.lastgroup)


def test_qualifier_words_bound_every_alternative() -> None:
    # Each alternative has at most QUALIFIER_WORDS - 1 runs of blanks inside it.
    alternatives = f"{lx.APPROX_WORDS}|{lx.AT_LEAST_WORDS}|{lx.AT_MOST_WORDS}".split("|")
    assert max(a.count(r"\s+") for a in alternatives) == lx.QUALIFIER_WORDS - 1
    assert all(r"\s" not in a.replace(r"\s+", "") for a in alternatives)


@settings(max_examples=1000, deadline=None)
@given(_qualified)
def test_change_search_is_the_search(text: str) -> None:
    found = scan.change_search(text)
    plain = lx.CHANGE_RE.search(text)
    assert (found and found.groupdict()) == (plain and plain.groupdict())
    assert (found and found.span()) == (plain and plain.span())


def test_change_search_starts_at_a_verb() -> None:
    window = "Sales at the company rose last year by "
    m = scan.change_search(window)
    assert m is not None and m.group("up") == "rose" and m.group("prep") == "by"
    assert scan.change_search("The count of votes went from ") is None
    assert scan.change_search("Prices riſe by ") is not None  # "ſ" is an "s" to the pattern


_UNITS = {*lx.UNIT_WORDS, *lx.CASE_SENSITIVE_UNITS, *lx.CURRENCY_SUFFIXES, *lx.CURRENCY_PREFIXES}
_UNIT_PIECES = st.sampled_from([*sorted(_UNITS), *" \n.-s2²³xKſ", "ft", "US", "5"])
_unit_texts = st.lists(_UNIT_PIECES, max_size=12).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_unit_texts, st.sampled_from([str.lower, str.upper, str.title, str]))
def test_unit_tries_match_what_the_longest_first_lists_match(text: str, case: object) -> None:
    assert callable(case)
    text = case(text)
    flat = {
        qt._UNIT_CI_RE: re.compile(
            rf"(?:{qt.alternation(list(lx.UNIT_WORDS))})(?![A-Za-z0-9²³])", re.I
        ),
        qt._UNIT_CS_RE: re.compile(
            rf"(?:{qt.alternation(list(lx.CASE_SENSITIVE_UNITS))})(?![A-Za-z0-9²³])"
        ),
        qt._CUR_SUFFIX_RE: re.compile(
            rf"(?:{qt.alternation(list(lx.CURRENCY_SUFFIXES))})(?![A-Za-z])", re.I
        ),
    }
    for at in range(len(text)):
        for trie, listed in flat.items():
            a, b = trie.match(text, at), listed.match(text, at)
            assert (a and a.span()) == (b and b.span())
    prefix = re.compile(rf"(?<![A-Za-z])(?:{qt.alternation(list(lx.CURRENCY_PREFIXES))})\s?$")
    for at in range(len(text) + 1):
        a = qt._CUR_PREFIX_RE.search(text, max(0, at - 8), at)
        b = prefix.search(text, max(0, at - 8), at)
        assert (a and a.span()) == (b and b.span())


_START_PIECES = st.sampled_from(
    [*" -.\n", "5G", "911 calls", "401k", "10-year", "bonds", "Treasury", "30-day", "highs",
     "zero", "tolerance", "two", "way", "three-star", "one of", "a", "the", "third", "Of", "x"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_START_PIECES, max_size=12).map(" ".join))
def test_noise_start_gate_matches_where_one_of_its_patterns_does(text: str) -> None:
    for at in range(len(text)):
        gate = forms._AT_START_RE.match(text, at) is not None
        assert gate == any(p.match(text, at) is not None for p in forms._AT_START)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces | st.sampled_from(["\n", ". ", "! A", ". Two", "5"]), max_size=40))
def test_sentence_number_words_are_the_sentence_word_positions(pieces: list[str]) -> None:
    text = "".join(pieces)
    for a, b, _digit, has_words, words in claims._number_sentences(text):
        if words is None:
            continue
        low = text[a:b].lower()
        at = tk.word_positions(low, 0, len(low), lx.NUMBER_WORD_SET)
        assert has_words == bool(at)
        assert sorted(words) == sorted(lx.LOWER_WORDS_RE.findall(low, p)[0] for p in at)
