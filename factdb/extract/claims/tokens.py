"""Number tokens in one sentence: figures, number words, vague amounts, and the spans to skip.

The first stages of :mod:`factdb.extract.claims`: mark what is never a claim, then find each
number and read its value. Offsets are relative to the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.numbers import parse_figure, parse_words
from factdb.extract.claims.scan import matches_at, next_figure_char, word_starts
from factdb.extract.records import Qualifier

_VAGUE_RE = re.compile(
    r"\b(?P<mult>tens|hundreds|thousands|millions|billions|dozens|scores)"
    r"(?:\s+of\s+(?P<of>thousands|millions|billions)(?P<tail>\s+of\b)?|\s+of\b)",
    re.I,
)
"""A vague amount before "of" ("dozens of", "tens of thousands of"), or a vague amount of a
scale standing alone ("spent tens of millions on ads": ten million at least, not 10 millions)."""


# "Hundreds mobbed the office", "thousands took to the streets": a vague amount standing alone.
_VAGUE_ALONE_RE = re.compile(
    r"\b(?P<mult>hundreds|thousands|millions|billions|dozens)\b(?!\s+of\b)", re.I
)


_WORD_BEFORE_RE = re.compile(r"([\w-]+)\s+$")


_VAGUE_BASE = {
    "tens": 10.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "dozens": 12.0,
    "scores": 20.0,
}


# Every _VAGUE_RE or _VAGUE_ALONE_RE match holds one of these, lower-cased ("core" of "scores"
# since IGNORECASE lets a long s stand for "s").
_VAGUE_GATE = ("ten", "hundred", "thousand", "million", "billion", "dozen", "core")

# In ASCII text the two patterns above match lower-cased text as written (without IGNORECASE,
# which slows every character), each match starting at one of these words.
_VAGUE_LOW_RE = re.compile(_VAGUE_RE.pattern)
_VAGUE_ALONE_LOW_RE = re.compile(_VAGUE_ALONE_RE.pattern)
_VAGUE_WORDS = tuple(_VAGUE_BASE)


_FOLD_WORD_RE = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
    r"(?:\s*-\s*|\s*)fold\b",
    re.I,
)


VULGAR_RE = re.compile("[" + "".join(lx.VULGAR_FRACTIONS) + "]")


_REF_LIST_RE = re.compile(r"\s*(?:,|and|or|-|–|to|of)\s*")
"""Between a reference and the next figure of its list ("pages 4 and 5", "Channels 116, 454") or
its whole ("page 2 of 5")."""


_SIGN_WORD_RE = re.compile(r"\b(?:minus|negative)\s+$", re.I)
_ARTICLE_AFTER_RE = re.compile(r"\s+(?:a|an|of|the)\b")
_POWER_TAIL_RE = re.compile(r"(?:\s?[x×]\s?(?P<base>\d+))?\^(?P<sign>[-+−]*)(?P<e>\d{1,3})(?!\d)")
# A figure, a scale word, then more number words or figures: "4 thousand 3 hundred and 21".
_MIXED_TAIL_RE = re.compile(
    r"(?:\s+|\s*-\s*)(?:hundred|thousand|million|billion|trillion|lakh|crore)\b"
    r"(?:(?:\s+and\s+|\s+|\s*-\s*)(?:an?\s+)?(?:\d+(?![\d,]|\.\d)|" + lx.NUMBER_WORD + r")\b)+",
    re.I,
)
_PIECE_RE = re.compile(r"\d+|[A-Za-z]+")
_JOINERS = frozenset({"and", "a", "an", "point", "over", "out", "of"})
_OVER_GAP_RE = re.compile(r"\s+over\s+")
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$)")


@dataclass(slots=True)
class Quantity:
    """A quantity being built inside one sentence (offsets are sentence-relative)."""

    start: int
    end: int
    value: float
    unit: str | None = None
    count: bool = False
    is_word: bool = False
    scaled: bool = False
    value_max: float | None = None
    qualifier: Qualifier = Qualifier.EXACT
    change: str | None = None
    base: str | None = None
    noun: str | None = None
    hyphen: bool = False
    integer_text: bool = False
    vague: bool = False
    kind: str | None = None
    conversions: list[tuple[int, int, float, str | None]] = field(default_factory=list)

    @property
    def has_unit(self) -> bool:
        return self.unit is not None


def last_word(left: str) -> str:
    """The last run of non-blanks of LEFT, lower-cased ("" when LEFT is blank): a pattern
    anchored at LEFT's end with only blanks after it can match only when this word ends with
    the pattern's last word, a cheap test that spares most searches."""
    words = left.rsplit(None, 1)
    return words[-1].lower() if words else ""


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:  # noqa: SIM110 - a loop, not any() over a generator: called per number
        if a < end and start < b:
            return True
    return False


def number_tokens(
    s: str,
    blocked: list[tuple[int, int]],
    has_digit: bool,
    has_words: bool,
    words: Sequence[str] | None = None,
) -> list[Quantity]:
    """The numbers of sentence S in figures and in words; WORDS, when given, are the number
    words (of ``lx.NUMBER_WORD_SET``) that stand alone among letters in S."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    if has_words:
        _word_tokens(s, blocked, out, taken, words)
    if has_digit:
        _figure_tokens(s, blocked, out, taken)
    out.sort(key=lambda q: q.start)
    return _join_over(s, out) if len(out) > 1 and " over " in s else out


def _join_over(s: str, tokens: list[Quantity]) -> list[Quantity]:
    """ "1 over 3" and "one over 20" ending a clause are fractions, not two numbers."""
    out: list[Quantity] = []
    for q in tokens:
        prev = out[-1] if out else None
        if (
            prev is not None
            and 0 < prev.value < q.value  # a proper fraction: "52 over 48" is a score
            and not prev.vague
            and prev.change is None
            and _OVER_GAP_RE.fullmatch(s, prev.end, q.start)
            and _CLAUSE_END_RE.match(s, q.end)
        ):
            prev.value /= q.value
            prev.end = q.end
            prev.is_word = prev.is_word and q.is_word
            prev.integer_text = False
            continue
        out.append(q)
    return out


def _word_tokens(
    s: str,
    blocked: list[tuple[int, int]],
    out: list[Quantity],
    taken: list[tuple[int, int]],
    words: Sequence[str] | None,
) -> None:
    low = s.lower()
    vague = any(w in low for w in _VAGUE_GATE)
    found, alone = _vague_matches(s, low) if vague else ([], [])
    for m in found:
        base = _VAGUE_BASE[m.group("mult").lower()]
        if m.group("of"):
            base *= _VAGUE_BASE[m.group("of").lower()]
        end = m.end("of") if m.group("of") and not m.group("tail") else m.end() - len(" of")
        q = Quantity(m.start(), end, base, is_word=True, scaled=True, vague=True)
        q.qualifier = Qualifier.AT_LEAST
        out.append(q)
        taken.append((m.start(), m.end()))
    for m in alone:
        if overlaps(*m.span(), taken) or overlaps(*m.span(), blocked) or _counted_before(s, m):
            continue
        q = Quantity(*m.span(), _VAGUE_BASE[m.group("mult").lower()], is_word=True, scaled=True)
        q.vague, q.qualifier = True, Qualifier.AT_LEAST
        out.append(q)
        taken.append(m.span())
    for m in _FOLD_WORD_RE.finditer(s) if "fold" in low else ():
        n = m.group("n")
        value = parse_figure(n) if n[0].isdigit() else parse_words(n)
        if value is None or overlaps(*m.span(), blocked):
            continue
        q = Quantity(m.start(), m.end(), value, unit="fold", change="n_fold")
        out.append(q)
        taken.append(m.span())
    _spelled_tokens(s, blocked, out, taken, words)


def _vague_matches(s: str, low: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The matches of ``_VAGUE_RE`` and ``_VAGUE_ALONE_RE`` in S (of ``low`` when S is ASCII:
    the same spans, and groups only ever read lower-cased)."""
    if not s.isascii():
        return list(_VAGUE_RE.finditer(s)), list(_VAGUE_ALONE_RE.finditer(s))
    starts = word_starts(low, _VAGUE_WORDS)
    return matches_at(_VAGUE_LOW_RE, low, starts), matches_at(_VAGUE_ALONE_LOW_RE, low, starts)


def _figure_tokens(
    s: str, blocked: list[tuple[int, int]], out: list[Quantity], taken: list[tuple[int, int]]
) -> None:
    ref_end = -1
    for m in _figures(s):
        start, end = m.span()
        neg = m.group("neg")
        if neg and (
            _digit_before(s, start)
            or (start > 0 and s[start - 1] in "-—–")
            or (neg[0] == "–" and neg[-1].isspace())
        ):
            # "4-5" is a range and "majority -- 95" or "adults – 56 percent –" a dash, not
            # minus signs: an en dash with a blank after it is punctuation (a hyphen so spaced
            # is still a minus: "convert - 20 degrees")
            start = m.start("num")
            neg = None
        if overlaps(start, end, blocked) or overlaps(start, end, taken):
            continue
        if start > 0 and (
            s[start - 1] == "^" or (start > 1 and s[start - 1] in "+-−" and s[start - 2].isalpha())
        ):
            continue  # exponents and codes: "m^2", "fb−1", "MACS J1149.5+6663"
        if not neg and _is_reference(s, start, ref_end):  # "FTSE -0.6%" is a move, not a name
            ref_end = end
            continue
        raw = s[m.start("num") : end]
        value = parse_figure(raw)
        if value is None:
            continue
        if neg:
            value = -value
        else:
            sign = _SIGN_WORD_RE.search(s, max(0, start - 10), start)
            if sign:
                value, start = -value, sign.start()
        q = Quantity(start, end, value)
        q.integer_text = raw.isdigit()
        if end < len(s) and s[end] in "^x× -":
            _extend_figure(s, q, raw)
        out.append(q)
        taken.append((q.start, q.end))


def _figures(s: str) -> Iterator[re.Match[str]]:
    """What ``lx.FIGURE_RE.finditer(s)`` yields, searched only near digits.

    Every figure holds a digit or a vulgar fraction at most three characters after its start
    (a minus sign, a blank, a decimal point), so the search for the next one starts there.
    """
    pos = 0
    after = 0
    # The next digit after the last one tried and not before the last figure's end: one
    # search, not a loop over every digit of the figures.
    while (at := next_figure_char(s, after)) >= 0:
        m = lx.FIGURE_RE.search(s, max(pos, at - 3))
        if m is None:
            return
        yield m
        pos = m.end()
        after = max(pos, at + 1)


def _extend_figure(s: str, q: Quantity, raw: str) -> None:
    """Powers ("1.1^23", "8x2^10") and spoken scales with more after them ("3 hundred and 21")."""
    m = _POWER_TAIL_RE.match(s, q.end)
    if m:
        exponent = int(m.group("e")) * (-1 if m.group("sign").count("-") % 2 else 1)
        base = float(m.group("base")) if m.group("base") else abs(q.value)
        try:
            power = base**exponent
        except (OverflowError, ZeroDivisionError):
            return
        magnitude = abs(q.value) * power if m.group("base") else power
        q.value = -magnitude if q.value < 0 else magnitude
        q.end = m.end()
        q.integer_text = False
        return
    tail = _MIXED_TAIL_RE.match(s, q.end)
    if tail is None:
        return
    pieces = list(_PIECE_RE.finditer(s, tail.start(), tail.end()))
    for k in range(len(pieces) - 1, 0, -1):
        last = pieces[k].group(0).lower()
        after = pieces[k + 1].group(0).lower() if k + 1 < len(pieces) else ""
        if last in {"and", "a", "an"} or after in lx.SCALE_WORDS:
            continue  # never cut "5 thousand and 6 thousand" into 5006
        value = parse_words(raw + s[q.end : pieces[k].end()])
        if value is not None:
            q.value = -value if q.value < 0 else value
            q.end = pieces[k].end()
            q.scaled = True
            q.integer_text = False
            return


def _is_reference(s: str, start: int, ref_end: int) -> bool:
    """ "Article 5", "pages 4 and 5", "Windows 10": a figure that names or points, not counts."""
    if ref_end >= 0 and _REF_LIST_RE.fullmatch(s, ref_end, start):
        return True
    m = lx.WORD_BEFORE_RE.search(s, max(0, start - 16), start)
    if not m:
        return False
    word = m.group(1)
    return word.lower() in lx.REFERENCE_WORDS or word in lx.NAMED_NUMBER_WORDS


def _spelled_tokens(
    s: str,
    blocked: list[tuple[int, int]],
    out: list[Quantity],
    taken: list[tuple[int, int]],
    words: Sequence[str] | None,
) -> None:
    for m in _word_number_runs(s, words):
        start, end = m.span()
        if overlaps(start, end, blocked) or overlaps(start, end, taken):
            continue
        words = m.group(0).lower().split()
        first = words[0].split("-")[0]
        if first in lx.ORDINAL_DENOMINATORS and first not in {"half", "quarter", "quarters"}:
            continue
        if first in lx.SCALE_WORDS:
            continue  # "several hundred years": no number stated
        if first in {"half", "quarter"} and not _ARTICLE_AFTER_RE.match(s, end) and len(words) == 1:
            continue
        for a, b, value in _word_numbers(s, start, end):
            q = Quantity(a, b, value, is_word=True)
            q.scaled = any(w in lx.SCALE_WORDS for w in s[a:b].lower().split())
            out.append(q)
            taken.append((a, b))


def _word_number_runs(s: str, words: Sequence[str] | None = None) -> Iterator[re.Match[str]]:
    """What ``lx.WORD_NUMBER_RE.finditer(s)`` yields, searched only where a number word is.

    Every match starts at a number word (the first word of ``lx.NUMBER_WORD``), or at the
    "minus", "negative", "a" or "an" just before one; the search for the next match starts
    there rather than scanning every character of the sentence with the long alternation.
    WORDS, when given, are the words of ``lx.NUMBER_WORD_SET`` standing alone in S.
    """
    low = s.lower()
    if len(low) != len(s):
        yield from lx.WORD_NUMBER_RE.finditer(s)
        return
    pos = 0
    present = None if words is None else lx.NUMBER_WORD_FIRSTS.intersection(words)
    for at in word_positions(low, 0, len(low), lx.NUMBER_WORD_FIRSTS, present):
        if at < pos:
            continue
        m = lx.WORD_NUMBER_RE.search(s, max(pos, _prefix_start(low, at)))
        if m is None:
            return
        yield m
        pos = m.end()


def word_positions(
    low: str, a: int, b: int, words: frozenset[str], present: frozenset[str] | None = None
) -> list[int]:
    """Sorted starts of the words of WORDS in ``low[a:b]`` that stand alone among letters, as
    ``lx.LOWER_WORDS_RE.findall(low, a, b)`` would cut them out (``a`` and ``b`` count as
    edges). Found with ``str.find`` for the few words present, not a loop over every word;
    PRESENT, when given, is those words (already found by the caller)."""
    if present is None:
        present = words.intersection(lx.LOWER_WORDS_RE.findall(low, a, b))
    found: list[int] = []
    for w in present:
        at = low.find(w, a, b)
        while at >= 0:
            end = at + len(w)
            if (at == a or not _is_lower(low[at - 1])) and (end == b or not _is_lower(low[end])):
                found.append(at)
            at = low.find(w, at + 1, b)
    found.sort()
    return found


def _is_lower(c: str) -> bool:
    return "a" <= c <= "z"


def _prefix_start(low: str, at: int) -> int:
    """Where "minus", "negative", "a" or "an" (in that order, each optional) before AT start."""
    for words in (_ARTICLES, _SIGNS):
        i = at
        while i > 0 and low[i - 1].isspace():
            i -= 1
        if i == at:
            break
        j = i
        while j > 0 and "a" <= low[j - 1] <= "z":
            j -= 1
        if low[j:i] not in words:
            break
        at = j
    return at


_ARTICLES = frozenset({"a", "an", "minus", "negative"})
_SIGNS = frozenset({"minus", "negative"})


def _word_numbers(s: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """The numbers in a run of number words: one, or several that do not join ("three-nought")."""
    value = parse_words(s[start:end])
    if value is not None:
        return [(start, end, value)]
    found: list[tuple[int, int, float]] = []
    pieces = [m for m in _PIECE_RE.finditer(s, start, end) if m.group(0).lower() not in _JOINERS]
    if any(m.group(0).lower() in lx.COMPOUND_ORDINALS for m in pieces):
        return found  # "the twenty-fifth": an ordinal, not twenty
    i = 0
    while i < len(pieces):
        for k in range(len(pieces) - 1, i - 1, -1):
            value = parse_words(s[pieces[i].start() : pieces[k].end()])
            if value is not None:
                found.append((pieces[i].start(), pieces[k].end(), value))
                i = k
                break
        i += 1
    return found


def _counted_before(s: str, m: re.Match[str]) -> bool:
    """Whether a number stands before a vague word: "three dozens" is 36, not "dozens"."""
    before = _WORD_BEFORE_RE.search(s, max(0, m.start() - 20), m.start())
    return before is not None and (
        before.group(1)[-1].isdigit() or before.group(1).lower() in lx.NUMBER_WORD_SET
    )


def _digit_before(s: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and s[i] == " ":
        i -= 1
    return i >= 0 and (s[i].isdigit() or s[i] in "%")
