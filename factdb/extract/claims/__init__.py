"""Numeric claims in article text: every quantity that matters, with value, unit and qualifier.

``extract_claims(text, quotes)`` returns :class:`~factdb.extract.records.ClaimRecord` objects with
character offsets into ``text``. It is a pure function: no database, no model, no network.

Stages, per sentence (sentences are split by a cheap regex):

1. mark the spans that are never claims (dates, times, years, URLs, file names, phone numbers,
   names with numbers such as "G7" or "COVID-19", section and page references, subsections
   such as "501(c)(4)"), and skip the lines of a photo gallery ("Hide Caption 3 of 12");
2. find numbers written in figures or words and read their value
   (:mod:`factdb.extract.claims.numbers`);
3. grow each number into a quantity: scale words ("million", "bn", "$5m"), currency signs and
   names, percentages, units ("km", "two-year"), counts of things ("15-member body",
   "3,000 troops");
4. join ranges ("between 5 and 10", "5-10%"), side-by-side conversions ("1,000 km (600 mi)")
   and read qualifiers ("nearly", "more than", "up to") and changes ("rose by", "double");
5. drop what is not a claim (bare years, names, lone "one", "the two leaders");
6. normalise the unit (:mod:`factdb.extract.claims.units`), find what the number ``measures``, and
   attach the quote (and so the speaker) the claim sits in.

Conventions (see :mod:`factdb.extract.claims.units` for the unit scheme):

- ``value`` is the number as stated, scaled by words such as million; a range keeps its low end
  in ``value`` and its high end in ``value_max`` with qualifier ``range``.
- Counts of things have ``unit`` = the singular noun ("member", "troop", "person") and
  ``normalized_unit`` = "count". A bare number has no unit.
- "tens of thousands" is ``at_least`` 10000 (and "dozens" at least 12, "hundreds" at least 100).
- Multiplying verbs ("double", "triple", "halve") and "n-fold" are claims in their own right with
  unit "fold" (2, 3, 0.5, n) and ``change`` "double", "triple", "halve", "n_fold"; a number reached
  or moved by a change verb gets ``change`` "increase_to", "increase_by", "decrease_to",
  "decrease_by" or "from".
- "2% of GDP": the claim text runs to the base and ``base`` keeps it ("GDP").
"""

from __future__ import annotations

import bisect
import logging
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from factdb.extract.claims import forms
from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.blocks import blocked_spans
from factdb.extract.claims.joins import (
    join_conversions,
    join_money,
    join_ranges,
    join_uncertainty,
    keep,
    multipliers,
    qualify,
)
from factdb.extract.claims.measured import measures
from factdb.extract.claims.quantities import grow
from factdb.extract.claims.scan import next_figure_char, number_words
from factdb.extract.claims.tokens import Quantity, number_tokens
from factdb.extract.claims.units import normalize
from factdb.extract.records import ClaimRecord, Conversion, QuoteRecord
from factdb.extract.text.links import unlinked
from factdb.extract.text.sentences import paragraph_sentences
from factdb.extract.text.sentences import paragraphs as text_paragraphs
from factdb.extract.text.sentences import split_sentences as text_sentences

log = logging.getLogger(__name__)

__all__ = ["extract_claims", "split_sentences"]


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence: the splitter quotes use too
    (:func:`factdb.extract.text.sentences.split_sentences`), with runs longer than
    ``MAX_SENTENCE`` characters cut, so that the extractor stays linear in the text."""
    yield from text_sentences(text, MAX_SENTENCE)


MAX_SENTENCE = 2000
SENTENCE_SHOWN = 400
"""A claim's `sentence` is its whole sentence up to this length, else a window around it."""
WINDOW_SIDE = 120
RUN_ON = 1500
"""A "sentence" longer than this has lost its sentence ends (text without punctuation, a table,
a list): news prose has almost none. A claim in one keeps ``RUN_WINDOW_SIDE`` characters each
side, so that the records of an endless run of figures stay small."""
RUN_WINDOW_SIDE = 40


def extract_claims(text: str, quotes: Sequence[QuoteRecord] = ()) -> list[ClaimRecord]:
    """Every numeric claim in ``text``, in order, tied to the quote (and speaker) it sits in.

    Never raises on a str: a sentence the extractor cannot read yields no claims.
    """
    if not isinstance(text, str) or not text:
        return []
    # Outlets' inline link text (a legal name glued to headlines) is read as blank: its numbers
    # ("'60 Minutes' interview") are nobody's claims and its sentences no sentences.
    work, blobs = unlinked(text)
    galleries = _galleries(work)
    claims: list[ClaimRecord] = []
    for s_start, s_end, has_digit, has_words, words in _number_sentences(work):
        if galleries and any(a <= s_start and s_end <= b for a, b in galleries):
            continue
        sentence = work[s_start:s_end]
        try:
            quantities = _sentence_quantities(sentence, has_digit, has_words, words)
        except (ValueError, ArithmeticError, IndexError, KeyError) as exc:
            log.debug("sentence at %d skipped: %s", s_start, exc)
            continue
        for q in quantities:
            if galleries and any(a <= s_start + q.start < b for a, b in galleries):
                continue  # a photo caption
            record = _record(work, sentence, s_start, q, quotes)
            if blobs:
                record = _from_article(text, record, blobs)
            if is_finite(record):
                claims.append(record)
    return claims


_GALLERY_PAGE_RE = re.compile(r"\bHide\s+Caption\s+\d+\s+of\s+\d+", re.IGNORECASE)
"""A photo gallery's pagination ("Hide Caption 3 of 12"), printed after each caption."""
_GALLERY_TITLE_RE = re.compile(r"\bPhotos?\s*:", re.IGNORECASE)
GALLERY_GAP = 1500
"""The most characters between two of a gallery's "Hide Caption" marks, and between its first
"Photos:" title and its first mark; a caption is a few sentences."""


def _galleries(text: str) -> list[tuple[int, int]]:
    """The spans of TEXT that are a photo gallery ("Photos: Storm damage Winds reached 90 mph
    Hide Caption 1 of 12 Photos: ... Hide Caption 12 of 12"): photo captions, which the
    labelled news reads as no claims. A span runs from the title before its first mark (or the
    line's start) to the end of its last mark, on one line."""
    spans: list[tuple[int, int]] = []
    if "aption" not in text and "APTION" not in text:
        return spans  # a substring test is many times faster than the search it spares
    for m in _GALLERY_PAGE_RE.finditer(text):
        if (
            spans
            and m.start() - spans[-1][1] <= GALLERY_GAP
            and "\n" not in text[spans[-1][1] : m.start()]
        ):
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((_gallery_start(text, m.start()), m.end()))
    return spans


def _gallery_start(text: str, mark: int) -> int:
    """Where the gallery whose first "Hide Caption" mark is at MARK starts: its first "Photos:"
    title within ``GALLERY_GAP`` characters on the same line, else the line's start (if near)."""
    lo = max(text.rfind("\n", 0, mark) + 1, mark - GALLERY_GAP)
    titles = list(_GALLERY_TITLE_RE.finditer(text, lo, mark))
    return titles[0].start() if titles else lo


def _from_article(text: str, record: ClaimRecord, blobs: list[tuple[int, int, int]]) -> ClaimRecord:
    """RECORD found in text with link text blanked, with its words read from the article; a
    sentence edge inside a stretch of link text moves out to hold the whole stretch, so the
    sentence starts and ends where the article's words do."""
    ss = record.sentence_start
    se = ss + len(record.sentence)
    for run, _start, end in blobs:
        if run < ss < end:
            ss = run
        if run < se < end:
            se = end
    return replace(
        record, text=text[record.start : record.end], sentence=text[ss:se], sentence_start=ss
    )


def _number_sentences(
    text: str,
) -> Iterator[tuple[int, int, bool, bool, Sequence[str] | None]]:
    """(start, end, has_digit, has_words, words) of each sentence that holds a figure or a
    number word; ``words`` are the number words standing alone among letters in it, when the
    search of the whole text gives them (None otherwise).

    A paragraph with neither is never split into sentences (and the splitting of the others is
    shared with the quote extractor through :mod:`factdb.extract.text.sentences`). The number
    words of the whole text are found in one search; a paragraph's edges are no letters, so
    those in a paragraph are the ones its own words would give. Digits are searched forwards
    only: the first one at or after a point serves every paragraph and sentence before it.
    """
    low = text.lower()
    if len(low) != len(text):  # a letter that lower-cases to two ("İ"): offsets would drift
        low = ""
    word_starts, word_list = number_words(low) if low else ([], [])
    paras = text_paragraphs(text)
    last = len(paras) - 1
    beyond = len(text) + 1
    # The first figure at or after the last place searched from (none: beyond the text).
    next_digit = -1
    for k, (ps, pe) in enumerate(paras):
        next_digit = _next_digit(text, ps, next_digit, beyond)
        digit = next_digit < pe
        if low:
            lo = bisect.bisect_left(word_starts, ps)
            hi = bisect.bisect_left(word_starts, pe, lo)
            words = lo < hi
        else:
            words = bool(_number_words(text, low, ps, pe))
        if not (digit or words):
            continue
        spans = paragraph_sentences(text, ps, pe, MAX_SENTENCE)
        if k == last:  # the last piece runs to the text's end, trailing blanks included
            spans[-1] = (spans[-1][0], len(text))
        if len(spans) == 1:
            yield spans[0][0], spans[0][1], digit, words, word_list[lo:hi] if low else None
            continue
        at = word_starts[lo:hi] if words and low else []
        for a, b in spans:
            if digit:
                next_digit = _next_digit(text, a, next_digit, beyond)
            has_digit = digit and next_digit < b
            known: Sequence[str] | None = None
            if not words:
                has_words = False
                known = ()
            elif at and not _cut_in_word(low, a, b):
                i = bisect.bisect_left(at, a)
                j = bisect.bisect_left(at, b, i)
                has_words = i < j
                known = word_list[lo + i : lo + j]
            else:
                has_words = _has_words(text, low, a, b)
            if has_digit or has_words:
                yield a, b, has_digit, has_words, known


def _next_digit(text: str, at: int, known: int, beyond: int) -> int:
    """The first figure character at or after AT, given KNOWN, the first one at or after a
    place before AT (BEYOND when there is none)."""
    if known >= at:
        return known
    found = next_figure_char(text, at)
    return beyond if found < 0 else found


def _cut_in_word(low: str, a: int, b: int) -> bool:
    """Whether a sentence edge falls between two letters (a piece cut from a run without
    spaces): its words are then not the paragraph's words."""
    return (a > 0 and _letter(low, a - 1) and _letter(low, a)) or (
        b < len(low) and _letter(low, b - 1) and _letter(low, b)
    )


def _letter(low: str, i: int) -> bool:
    return "a" <= low[i] <= "z"


def _has_words(text: str, low: str, a: int, b: int) -> bool:
    return bool(_number_words(text, low, a, b))


def _number_words(text: str, low: str, a: int, b: int) -> frozenset[str]:
    """The number words of ``text[a:b]`` (as ``word_positions`` finds them when LOW is set)."""
    words = lx.LOWER_WORDS_RE.findall(
        low or text[a:b].lower(), a if low else 0, b if low else b - a
    )
    return lx.NUMBER_WORD_SET.intersection(words)


def is_finite(claim: ClaimRecord) -> bool:
    """Whether every number of CLAIM is finite: a figure of more than 308 digits (or one scaled
    past the largest float) is no claim, and infinity or NaN must never reach JSON or a database.
    """
    numbers = [claim.value, claim.normalized_value, *(c.value for c in claim.conversions)]
    numbers += [v for v in (claim.value_max, claim.normalized_value_max) if v is not None]
    return all(math.isfinite(v) for v in numbers)


def _sentence_quantities(
    s: str, has_digit: bool, has_words: bool, words: Sequence[str] | None = None
) -> list[Quantity]:
    blocked = blocked_spans(s, has_digit)
    tokens = number_tokens(s, blocked, has_digit, has_words, words)
    quantities: list[Quantity] = []
    for q in tokens:
        if quantities and q.start < quantities[-1].end:
            continue  # already inside a grown quantity: "million" in "$13,009 million"
        grow(s, q)
        forms.and_a_half(s, q)
        if not forms.age(s, q):
            forms.decade(s, q)
            forms.points(s, q)
            if q.unit is None and "of" in s[max(0, q.start - 4) : q.start]:
                forms.percent_of(s, q)
        quantities.append(q)
    quantities = forms.join_ratios(s, quantities)
    quantities = join_money(s, quantities)
    if "±" in s or "+/" in s or "+-" in s:
        quantities = join_uncertainty(s, quantities)
    quantities = join_ranges(s, quantities)
    quantities = join_conversions(s, quantities)
    kept: list[Quantity] = []
    for q in quantities:
        if keep(s, q) and forms.noise(s, q) is None:
            qualify(s, q)
            kept.append(q)
    if has_words:
        kept.extend(multipliers(s, kept, blocked))
    kept.sort(key=lambda q: q.start)
    return kept


def sentence_window(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The part of SENTENCE a claim at START..END (offsets into it) keeps as its `sentence`.

    The whole sentence, stripped, when it is at most `SENTENCE_SHOWN` characters; otherwise
    `WINDOW_SIDE` characters each side of the quantity, widened to whole words, so that a record
    stays small however long the "sentence" (a table, a list with no full stop) runs.
    """
    lo, hi = 0, len(sentence)
    if hi - lo > SENTENCE_SHOWN:
        side = RUN_WINDOW_SIDE if hi - lo > RUN_ON else WINDOW_SIDE
        lo, hi = max(0, start - side), min(len(sentence), end + side)
        while lo > 0 and not sentence[lo - 1].isspace() and start - lo < 2 * side:
            lo -= 1
        while hi < len(sentence) and not sentence[hi].isspace() and hi - end < 2 * side:
            hi += 1
    while lo < hi and sentence[lo].isspace():
        lo += 1
    while hi > lo and sentence[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _record(
    text: str,
    sentence: str,
    s_start: int,
    q: Quantity,
    quotes: Sequence[QuoteRecord],
) -> ClaimRecord:
    start, end = s_start + q.start, s_start + q.end
    nv, nunit = normalize(q.value, q.unit, count=q.count)
    nmax = normalize(q.value_max, q.unit, count=q.count)[0] if q.value_max is not None else None
    if q.kind == forms.AGE:  # an age is read in years, as stated
        nv, nunit, nmax = q.value, q.unit, q.value_max
    conversions = tuple(Conversion(sentence[a:b], v, u) for a, b, v, u in q.conversions)
    shown = sentence_window(sentence, q.start, q.end)
    quote_index = None
    speaker = None
    for i, quote in enumerate(quotes):
        if quote.start <= start and end <= quote.end:
            quote_index, speaker = i, quote.speaker
            break
    return ClaimRecord(
        text=text[start:end],
        start=start,
        end=end,
        value=q.value,
        value_max=q.value_max,
        unit=q.unit,
        normalized_value=nv,
        normalized_value_max=nmax,
        normalized_unit=nunit,
        qualifier=q.qualifier,
        measures=measures(sentence, q),
        sentence=sentence[shown[0] : shown[1]],
        sentence_start=s_start + shown[0],
        change=q.change,
        conversions=conversions,
        quote_index=quote_index,
        speaker=speaker,
        base=q.base,
        kind=forms.kind_of(q),
    )
