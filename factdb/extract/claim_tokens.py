"""Number tokens in one sentence: figures, number words, vague amounts, and the spans to skip.

The first stages of :mod:`factdb.extract.claims`: mark what is never a claim, then find each
number and read its value. Offsets are relative to the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factdb.extract import claim_lexicon as lx
from factdb.extract.numbers import parse_figure, parse_words
from factdb.extract.records import Qualifier

_VAGUE_RE = re.compile(
    r"\b(?:(?P<mult>tens|hundreds|thousands|millions|billions|dozens|scores)"
    r"(?:\s+of\s+(?P<of>thousands|millions|billions))?)\s+of\b",
    re.I,
)


_VAGUE_BASE = {
    "tens": 10.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "dozens": 12.0,
    "scores": 20.0,
}


_FOLD_WORD_RE = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
    r"(?:\s*-\s*|\s*)fold\b",
    re.I,
)


VULGAR_RE = re.compile("[" + "".join(lx.VULGAR_FRACTIONS) + "]")


_REF_LIST_RE = re.compile(r"\s*(?:,|and|or|-|–|to)\s*")


_SIGN_WORD_RE = re.compile(r"\b(?:minus|negative)\s+$", re.I)
_ARTICLE_AFTER_RE = re.compile(r"\s+(?:a|an|of|the)\b")


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
    conversions: list[tuple[int, int, float, str | None]] = field(default_factory=list)

    @property
    def has_unit(self) -> bool:
        return self.unit is not None


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def number_tokens(
    s: str, blocked: list[tuple[int, int]], has_digit: bool, has_words: bool
) -> list[Quantity]:
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    if has_words:
        _word_tokens(s, blocked, out, taken)
    if has_digit:
        _figure_tokens(s, blocked, out, taken)
    out.sort(key=lambda q: q.start)
    return out


def _word_tokens(
    s: str, blocked: list[tuple[int, int]], out: list[Quantity], taken: list[tuple[int, int]]
) -> None:
    for m in _VAGUE_RE.finditer(s):
        base = _VAGUE_BASE[m.group("mult").lower()]
        if m.group("of"):
            base *= _VAGUE_BASE[m.group("of").lower()]
        end = m.end() - len(" of")
        q = Quantity(m.start(), end, base, is_word=True, scaled=True, vague=True)
        q.qualifier = Qualifier.AT_LEAST
        out.append(q)
        taken.append((m.start(), m.end()))
    for m in _FOLD_WORD_RE.finditer(s):
        n = m.group("n")
        value = parse_figure(n) if n[0].isdigit() else parse_words(n)
        if value is None or overlaps(*m.span(), blocked):
            continue
        q = Quantity(m.start(), m.end(), value, unit="fold", change="n_fold")
        out.append(q)
        taken.append(m.span())
    _spelled_tokens(s, blocked, out, taken)


def _figure_tokens(
    s: str, blocked: list[tuple[int, int]], out: list[Quantity], taken: list[tuple[int, int]]
) -> None:
    ref_end = -1
    for m in lx.FIGURE_RE.finditer(s):
        start, end = m.span()
        neg = m.group("neg")
        if neg and _digit_before(s, start):
            start = m.start("num")
            neg = None
        if overlaps(start, end, blocked) or overlaps(start, end, taken):
            continue
        if start > 0 and (
            s[start - 1] == "^" or (start > 1 and s[start - 1] in "+-−" and s[start - 2].isalpha())
        ):
            continue  # exponents and codes: "m^2", "fb−1", "MACS J1149.5+6663"
        if _is_reference(s, start, ref_end):
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
        out.append(q)
        taken.append((start, end))


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
    s: str, blocked: list[tuple[int, int]], out: list[Quantity], taken: list[tuple[int, int]]
) -> None:
    for m in lx.WORD_NUMBER_RE.finditer(s):
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
        value = parse_words(m.group(0))
        if value is None:
            continue
        q = Quantity(start, end, value, is_word=True)
        q.scaled = any(w in lx.SCALE_WORDS for w in words)
        out.append(q)
        taken.append((start, end))


def _digit_before(s: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and s[i] == " ":
        i -= 1
    return i >= 0 and (s[i].isdigit() or s[i] in "%")
