"""Speed-ups that must not change a result: each fast path against the plain way it replaces."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb import extract
from factdb.extract.claims.measured import _CLAUSE_START_RE
from factdb.extract.pipeline import in_quote
from factdb.extract.quotes import extract_quotes, records
from factdb.extract.quotes.cues import ALL_CUES, _according, cue_positions, starts_clause
from factdb.extract.quotes.partial import _CALLED_RE, _called, is_named_title
from factdb.extract.quotes.records import _ref
from factdb.extract.quotes.reported import FINAL_TAIL_RE, _next_regions, final_tail
from factdb.extract.quotes.spans import QuoteSpan
from factdb.extract.quotes.state import (
    _TRAIL_JOIN_RE,
    THAT_RE,
    TRAIL_WINDOW,
    WORD_COUNT_CAP,
    WORD_COUNT_SPAN,
    Cue,
    State,
    _trail_start,
    trim,
    word_count,
)
from factdb.extract.records import ClaimRecord, Conversion, Qualifier, SpeakerKind, SpeakerRef
from factdb.extract.speakers import organizations
from factdb.extract.speakers.names_parse import PLACES
from factdb.extract.speakers.people import _PARTICLE, _TOKEN, RUN_RE, People
from factdb.extract.speakers.resolve import SpeakerResolver
from factdb.extract.speakers.tokens import _TOKEN_RE, tokens
from factdb.extract.text.lexicon import ACCORDING_RE, CUE_TRIE

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


def test_tokens_of_a_window_cutting_quotations() -> None:
    text = "\x01\x01\x01, said Joe — \x01\x01\x01\x01\x01,\x01 he (\x01\x01) added \x01"
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


_TRIM_PIECES = st.sampled_from(
    [*" ,:;—–-\n\x01.!?…\u00a0x", "and", "but", "while", "as", "so", "also", "brand", "Iso"]
)
_TRIM_TEXT = st.lists(_TRIM_PIECES, max_size=40).map("".join)


_TRAIL_END = st.lists(st.sampled_from([*" ,.;:!?…—–-\n\u00a0"]), max_size=4).map("".join)


_TRAIL_LAST = st.sampled_from(["", "x", "and", "but", "while", "as", "so", "also"])


@settings(max_examples=1000, deadline=None)
@given(_TRIM_TEXT, _TRAIL_LAST, _TRAIL_END)
def test_trail_start_is_where_the_trailing_join_matches(head: str, last: str, end: str) -> None:
    tail = head + last + end
    assert _trail_start(tail) == len(_TRAIL_JOIN_RE.sub("", tail))


def _plain_trim(masked: str, a: int, b: int) -> tuple[int, int]:
    seg = masked[a:b]
    lead = re.match(r"^[\s,:;—–-]+", seg)
    s = a + (lead.end() if lead else 0)
    seg2 = masked[s:b]
    cut = max(0, len(seg2) - TRAIL_WINDOW)
    seg2 = seg2[:cut] + _TRAIL_JOIN_RE.sub("", seg2[cut:])
    return s, s + len(seg2)


@settings(max_examples=1000, deadline=None)
@given(_TRIM_TEXT, st.integers(0, 100), st.integers(0, 100))
def test_trim_is_the_sliced_trim(masked: str, a: int, b: int) -> None:
    assert trim(masked, a, b) == _plain_trim(masked, a, b)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab, and\x01", max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.booleans()), max_size=6),
)
def test_next_regions_are_the_scanned_regions(masked: str, found: list[tuple[int, bool]]) -> None:
    cues = []
    for region, got in sorted(found):
        cue = Cue(region, region + 1, "said")
        cue.left_region, cue.got_quote = region, got
        cues.append(cue)
    se = len(masked)
    plain = [
        next(
            (
                o.left_region
                for o in cues[i + 1 :]
                if o.got_quote or starts_clause(masked, 0, o.left_region)
            ),
            se,
        )
        for i in range(len(cues))
    ]
    state = State(masked, masked, [], [], SpeakerResolver(masked, masked), [0])
    assert _next_regions(state, cues, 0, se) == plain


_CALLED_PIECES = st.sampled_from(
    [" ", "  ", "\n", "a", "an", "the", "is", "what's", "what’s", "also", "called", "CALLED",
     "known", "KNOWN", "as", "aſ", "x", ","]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_CALLED_PIECES, max_size=12).map("".join))
def test_called_gate_loses_no_match(raw: str) -> None:
    assert _called(raw, raw.lower().split()) == bool(_CALLED_RE.search(raw))


_CUE_PIECES = st.sampled_from(
    [*" ,.\n\x01-’'_éİ“”0", "said", "Said", "says", "told", "that", " that ", "claim", "claims"]
)


_CUE_RE = re.compile(r"(?<![\w’'-])(?:" + CUE_TRIE + r")(?![\w’'-])")
"""The cue words as the plain scan finds them: a look-behind tried at every character."""


def _scanned_cues(masked: str) -> list[tuple[int, int, str]]:
    lowered = masked.lower()
    return [
        (m.start(), m.end(), masked[m.start() : m.end()])
        for m in _CUE_RE.finditer(lowered)
        if m.group() in ALL_CUES or lowered.startswith(" that ", m.end())
    ]


@settings(max_examples=500, deadline=None)
@given(st.lists(_CUE_PIECES, max_size=25).map("".join))
def test_cue_positions_are_the_scanned_cues(masked: str) -> None:
    assert cue_positions(masked) == _scanned_cues(masked)


def test_cue_positions_of_a_sentence() -> None:
    masked = "Said he, she said, unsaid, re-said claims that the ‘told’ says"
    assert [w for _, _, w in cue_positions(masked)] == ["Said", "said", "claims", "says"]
    assert cue_positions(masked) == _scanned_cues(masked)


_ACCORDING_PIECES = st.sampled_from(
    [*" ,.\n’'x", "According to", "according to", "ccording to", "As reported by", "as", "by"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ACCORDING_PIECES, max_size=20).map("".join))
def test_according_matches_are_the_scanned_matches(masked: str) -> None:
    assert [m.span() for m in _according(masked)] == [
        m.span() for m in ACCORDING_RE.finditer(masked)
    ]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=1200), st.integers(0, 1300), st.integers(0, 1300))
def test_word_count_is_the_number_of_words(text: str, a: int, b: int) -> None:
    stop = min(b, a + WORD_COUNT_SPAN)
    words = re.findall(r"[\w’'-]+", text[a:stop])
    assert word_count(text, a, b) == min(len(words), WORD_COUNT_CAP)


_WORD_PIECES = st.sampled_from([*" ,_é’'x(", "that", "which", "who", "whose", "That", "Who"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=20).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_word_patterns_with_the_look_behind_after_the_word(text: str, a: int, b: int) -> None:
    plain_that = re.compile(r"(?<![\w’'])that(?![\w’'])")
    assert [m.span() for m in THAT_RE.finditer(text, a, b)] == [
        m.span() for m in plain_that.finditer(text, a, b)
    ]
    assert (THAT_RE.match(text, a, b) is None) == (plain_that.match(text, a, b) is None)
    plain_clause = re.compile(r"[,;:()\[\]\"“”—–]|\bthat\b|\bwhich\b|\bwho\b")
    assert [m.span() for m in _CLAUSE_START_RE.finditer(text, a, b)] == [
        m.span() for m in plain_clause.finditer(text, a, b)
    ]


_RUN_PIECES = st.sampled_from(
    [*" \t\u00a0.’'-&xé", "Al", "al-", "de ", "van ", "St. ", "Joe", "O'Neil", "B.", "McDonald"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_RUN_PIECES, max_size=25).map("".join))
def test_runs_of_capitals_are_the_backtracking_pattern_s(text: str) -> None:
    plain = re.compile(
        rf"[A-Z](?<![\w’'.-][A-Z])[\w’'.&-]*(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_TOKEN})+"
    )
    assert [m.span() for m in RUN_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


_TAIL_PIECES = st.sampled_from(
    [*" ,.;!?…\n\x01x", "on", "in", "Monday", "told", "quickly", "the", "Trump", "ly", "onion"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_TAIL_PIECES, max_size=15).map("".join))
def test_final_tail_is_the_pattern_s_match(tail: str) -> None:
    possessive = r"\s*+,?\s*+"
    assert possessive in FINAL_TAIL_RE.pattern
    plain = re.compile(FINAL_TAIL_RE.pattern.replace(possessive, r"\s*,?\s*"))
    assert final_tail(tail) == (FINAL_TAIL_RE.match(tail) is not None)
    assert final_tail(tail) == (plain.match(tail) is not None)


def test_final_tail_of_blanks_is_linear() -> None:
    t0 = time.process_time()
    assert final_tail(" " * 10_000 + ".")
    assert not final_tail(" " * 10_000 + ";x")
    assert time.process_time() - t0 < 0.05  # quadratic, these took seconds


def test_a_quotation_nobody_said_is_dropped_before_its_title_tests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tested: list[int] = []

    def named_title(text: str, sp: QuoteSpan) -> bool:
        tested.append(sp.start)
        return is_named_title(text, sp)

    monkeypatch.setattr(records, "is_named_title", named_title)
    text = "The so-called “deal of the century” was announced. “We agree,” Ms. Lee said."
    found = extract_quotes(text)
    assert [q.text for q in found] == ["We agree,"]
    # Only the quotation with a speaker is tested; the scare quote is dropped at once.
    assert tested == [text.index("We agree")]


def test_module_constants_are_immutable_as_declared() -> None:
    """Word sets are frozensets, as their types say, not the ``set`` that ``frozenset |
    dict.keys()`` gives at run time (the extractor compiled with mypyc, which checks every
    constant against its type, failed on one; see docs/accuracy.md, Round 12)."""
    mutable = [
        f"{info.name}.{name}"
        for info in pkgutil.walk_packages(extract.__path__, "factdb.extract.")
        for name, value in vars(importlib.import_module(info.name)).items()
        if type(value) is set or type(value).__name__ in ("dict_keys", "dict_values")
    ]
    assert mutable == []


def test_in_quote_copies_every_field() -> None:
    claim = ClaimRecord(
        text="5 km",
        start=10,
        end=14,
        value=5.0,
        value_max=7.0,
        unit="km",
        normalized_value=5000.0,
        normalized_value_max=7000.0,
        normalized_unit="m",
        qualifier=Qualifier.RANGE,
        measures="road",
        sentence="A 5 km road.",
        sentence_start=8,
        change="increase_by",
        conversions=(Conversion("3 mi", 3.0, "mi"),),
        quote_index=1,
        speaker=SpeakerRef(name="Ann Lee"),
        base="GDP",
        kind="quantity",
    )
    speaker = SpeakerRef(name="Joe Biden", text="he")
    assert in_quote(claim, 4, speaker) == dataclasses.replace(claim, quote_index=4, speaker=speaker)
    # Every field above differs from its default: a field added to ClaimRecord fails here until
    # this test (and in_quote) copy it.
    assert len(dataclasses.fields(ClaimRecord)) == 19


def _plain_body_or_place(words: tuple[str, ...]) -> bool:
    if len(words) == 1:
        return organizations.org_shaped(words[0])
    table = organizations.variants()
    return any(
        " ".join(words[k:]).lower() in PLACES or organizations.org_key(" ".join(words[k:])) in table
        for k in range(len(words) - 1)
    )


_LISTED_NAMES = [*PLACES, *organizations.variants()]
_LISTED_WORDS = sorted({w for name in _LISTED_NAMES for w in name.split()})[::7]
_RUN_WORDS = st.one_of(
    st.sampled_from(_LISTED_WORDS),
    st.sampled_from(["The", "the", "New", "York", "Times’", "Motors.", "’", ".", "ΟΔΟΣ", "İs"]),
    st.text(alphabet="aZéΣ.’' \n", max_size=6),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_RUN_WORDS, max_size=5))
def test_body_or_place_is_the_plain_scan_of_its_tails(words: list[str]) -> None:
    assert organizations.body_or_place(words) == _plain_body_or_place(tuple(words))


def test_body_or_place_of_listed_names_is_the_plain_scan() -> None:
    for name in _LISTED_NAMES[::3]:
        for words in (name.split(), ["Chief", *name.split()], [*name.split(), "Jr."]):
            assert organizations.body_or_place(words) == _plain_body_or_place(tuple(words))


def _plain_listed_with_words_before(text: str, start: int, name: str) -> tuple[int, str] | None:
    found = organizations._WORDS_BEFORE_RE.search(
        text, max(0, start - organizations.WORDS_BEFORE_CHARS), start
    )
    if found is None:
        return None
    words = found.group(1).split()
    table = organizations.variants()
    for k in range(len(words)):
        canonical = table.get(organizations.org_key(" ".join([*words[k:], name])))
        if canonical is not None:
            return start - len(" ".join(words[k:])) - 1, canonical
    return None


@settings(max_examples=400, deadline=None)
@given(st.lists(_RUN_WORDS, min_size=1, max_size=5), st.integers(1, 3))
def test_listed_with_words_before_is_the_plain_search(words: list[str], cut: int) -> None:
    cut = min(cut, len(words))
    text = " ".join(words)
    name = " ".join(words[-cut:])
    start = len(text) - len(name)
    expected = _plain_listed_with_words_before(text, start, name)
    assert organizations.listed_with_words_before(text, start, name) == expected


def test_listed_with_words_before_of_listed_names_is_the_plain_search() -> None:
    for key in list(organizations.variants())[::3]:
        words = [w.capitalize() for w in key.split()]
        for text in (" ".join(words), "Said " + " ".join(words)):
            name = words[-1]
            start = len(text) - len(name)
            expected = _plain_listed_with_words_before(text, start, name)
            assert organizations.listed_with_words_before(text, start, name) == expected
