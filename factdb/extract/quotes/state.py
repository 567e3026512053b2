"""Working records of one article's quote extraction, and the offset helpers they share."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Final

from factdb.extract.quotes.spans import QuoteSpan
from factdb.extract.records import QuoteKind, SpeakerRef
from factdb.extract.speakers.resolve import SpeakerResolver
from factdb.extract.speakers.tokens import Mention

MASK: Final = "\x01"


MAX_SENTENCE: Final = 4000
"""Sentences are merged around quotations up to this length (a bound on the work per cue)."""


_GAP_RE: Final = re.compile(r"[\s,:—–-]*")


_WORD_RE: Final = re.compile(r"[\w’'-]+()")
"""A word; the empty group makes ``findall`` list one shared empty string per word instead
of a copy of each word (only their number is wanted)."""


_LEAD_RE: Final = re.compile(r"[\s,:;—–-]+")


TRAIL_WINDOW: Final = 60
"""The trailing conjunction and punctuation trimmed off a clause fit in this many characters."""

_TRAIL_JOIN_RE: Final = re.compile(r"(?:[\s,]+(?:and|but|while|as|so))?[\s,.;:!?…—–-]*$")
"""What ``trim`` cuts off a clause's end; :func:`_trail_start` finds it from the end instead."""
_TRAIL_MARKS: Final = frozenset(",.;:!?…—–-")
_TRAIL_JOINS: Final = ("and", "but", "while", "as", "so")


THAT_RE: Final = re.compile(r"that(?<![\w’']that)(?![\w’'])")
"""The word "that": the look-behind after the word, so that a search skips to each "that" as
``str.find`` does instead of trying the look-behind at every character."""


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    word: str
    mention: Mention | None = None
    inverted: bool = False
    linked: bool = False
    """A participle or coordinated verb that shares the sentence's subject ("..., saying")."""
    ref: SpeakerRef | None = None
    got_quote: bool = False
    produced: bool = False
    left_region: int = 0
    """Where this cue's own words begin (its speaker mention, or the cue for linked verbs)."""
    agent: bool = False
    """A passive participle whose speaker is the agent after its quotation ("praised as “very
    smart” by Trump"): it takes that quotation only, and reports no clause."""


@dataclass(slots=True)
class Quote:
    span: QuoteSpan
    para: int
    ref: SpeakerRef | None = None
    cue: str | None = None
    via: str = ""
    kind: QuoteKind = QuoteKind.DIRECT
    sentence: tuple[int, int] = (0, 0)
    reporter: tuple[SpeakerRef, str] | None = None
    """Who reports what the speaker said, and the reporting cue ("The newspaper said a
    spokeswoman called ..."): the speaker that quotations standing alone after it continue."""


@dataclass(slots=True)
class Indirect:
    start: int
    end: int
    ref: SpeakerRef
    cue: str
    sentence: tuple[int, int]
    gap: tuple[int, int] | None = None
    """The attribution inside the clause ("Many closures, he said, have ...") left out of text."""


@dataclass(slots=True)
class State:
    text: str
    masked: str
    quotes: list[Quote]
    opens: list[int]
    resolver: SpeakerResolver
    para_starts: list[int]
    indirect: list[Indirect] = field(default_factory=list)
    subjects: dict[int, tuple[Mention, int, str] | None] = field(default_factory=dict)
    last_ref: tuple[SpeakerRef, str, int] | None = None
    """The last attribution (speaker, cue, paragraph): continued quotations take it."""
    last_cued: int = -1
    """Where the last attribution that rests on a cue ends (a continued one does not count)."""
    pending_colon: tuple[SpeakerRef, str] | None = None
    """The speaker of a sentence ending in a colon: the quotation after it is theirs."""


WORD_COUNT_SPAN: Final = 1000
"""Words are counted in at most this many characters: every caller compares the count with a
small number (25 at most), which a longer stretch exceeds anyway; a bound keeps each count
cheap on a run of text without sentence ends."""


WORD_COUNT_CAP: Final = 26
"""A count stops here: every caller compares it with 25 or less, so more changes nothing."""

_FIRST_SPAN: Final = 300
"""Words are first counted in this many characters (one C call): prose has the cap's worth of
words in them, and only a stretch of very long words is counted further."""


def word_count(s: str, start: int = 0, end: int | None = None) -> int:
    """The words of ``s[start:end]``, counted in its first ``WORD_COUNT_SPAN`` characters and
    at most ``WORD_COUNT_CAP`` (offsets instead of a slice spare a copy of a long stretch)."""
    stop = min(len(s) if end is None else end, start + WORD_COUNT_SPAN)
    first = min(stop, start + _FIRST_SPAN)
    n = len(_WORD_RE.findall(s, start, first))
    if n < WORD_COUNT_CAP and first < stop:
        n = len(_WORD_RE.findall(s, start, stop))
    return min(n, WORD_COUNT_CAP)


def has_that(masked: str, a: int, b: int) -> bool:
    return THAT_RE.search(masked, a, b) is not None


def quote_at(st: State, pos: int, limit: int) -> int | None:
    """Index of the quotation whose opening mark is the first non-space character at *pos*."""
    m = _GAP_RE.match(st.masked, pos, limit)
    p = m.end() if m else pos
    if p < limit and st.masked[p] == MASK:
        k = bisect.bisect_left(st.opens, p)
        if k < len(st.opens) and st.opens[k] == p:
            return k
    return None


def quote_ending_at(st: State, pos: int, floor: int) -> int | None:
    """Index of the quotation ending right before *pos* (only spaces, commas or dashes between)."""
    p = pos
    while p > floor and st.masked[p - 1] in " \t\n,—–\u00a0":
        p -= 1
    if p > floor and st.masked[p - 1] == MASK:
        k = bisect.bisect_right(st.opens, p - 1) - 1
        if k >= 0 and st.quotes[k].span.close == p:
            return k
    return None


def none_in(starts: list[int], a: int, b: int) -> bool:
    k = bisect.bisect_left(starts, a)
    return k >= len(starts) or starts[k] >= b


def in_range(st: State, a: int, b: int) -> list[int]:
    lo = bisect.bisect_left(st.opens, a)
    hi = bisect.bisect_left(st.opens, b)
    return [k for k in range(lo, hi) if st.quotes[k].span.close <= b + 1]


def assign(st: State, k: int, ref: SpeakerRef, cue: str, via: str) -> None:
    q = st.quotes[k]
    if q.ref is None:
        q.ref = ref
        q.cue = cue
        q.via = via


def trim(masked: str, a: int, b: int) -> tuple[int, int]:
    """``masked[a:b]`` without leading blanks and punctuation, nor a trailing joining "and"
    (offsets, not slices: only the tail is copied)."""
    lead = _LEAD_RE.match(masked, a, b) if a < b else None
    s = lead.end() if lead else a
    length = max(0, min(b, len(masked)) - s)
    # Drop a trailing "and" / ", and" that joins the next cue (it is short: look at the tail).
    cut = max(0, length - TRAIL_WINDOW)
    return s, s + cut + _trail_start(masked[s + cut : s + length])


def _trail_start(tail: str) -> int:
    """Where ``_TRAIL_JOIN_RE`` matches in TAIL (its match always runs to the end), read from
    the end rather than tried at every character: the marks and blanks ending TAIL, and before
    them a joining word after blanks or commas."""
    k = len(tail)
    while k and (tail[k - 1] in _TRAIL_MARKS or tail[k - 1].isspace()):
        k -= 1
    for word in _TRAIL_JOINS:
        j = k - len(word)
        if j > 0 and tail.startswith(word, j) and (tail[j - 1] == "," or tail[j - 1].isspace()):
            while j and (tail[j - 1] == "," or tail[j - 1].isspace()):
                j -= 1
            return j
    return k
