"""Numeric claims in article text: every quantity that matters, with value, unit and qualifier.

``extract_claims(text, quotes)`` returns :class:`~factdb.extract.records.ClaimRecord` objects with
character offsets into ``text``. It is a pure function: no database, no model, no network.

Stages, per sentence (sentences are split by a cheap regex):

1. mark the spans that are never claims (dates, times, years, URLs, file names, phone numbers,
   names with numbers such as "G7" or "COVID-19", section and page references);
2. find numbers written in figures or words and read their value (:mod:`factdb.extract.numbers`);
3. grow each number into a quantity: scale words ("million", "bn", "$5m"), currency signs and
   names, percentages, units ("km", "two-year"), counts of things ("15-member body",
   "3,000 troops");
4. join ranges ("between 5 and 10", "5-10%"), side-by-side conversions ("1,000 km (600 mi)")
   and read qualifiers ("nearly", "more than", "up to") and changes ("rose by", "double");
5. drop what is not a claim (bare years, names, lone "one", "the two leaders");
6. normalise the unit (:mod:`factdb.extract.units`), find what the number ``measures``, and
   attach the quote (and so the speaker) the claim sits in.

Conventions (see :mod:`factdb.extract.units` for the unit scheme):

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

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from factdb.extract import claim_lexicon as lx
from factdb.extract.numbers import parse_figure, parse_words, scale_of
from factdb.extract.records import ClaimRecord, Conversion, Qualifier, QuoteRecord
from factdb.extract.units import is_physical, normalize

log = logging.getLogger(__name__)

__all__ = ["extract_claims", "split_sentences"]


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_UNIT_CI_RE = re.compile(rf"(?:{_alternation(list(lx.UNIT_WORDS))})(?![A-Za-z0-9²³])", re.I)
_UNIT_CS_RE = re.compile(rf"(?:{_alternation(list(lx.CASE_SENSITIVE_UNITS))})(?![A-Za-z0-9²³])")
_CUR_SUFFIX_RE = re.compile(rf"(?:{_alternation(list(lx.CURRENCY_SUFFIXES))})(?![A-Za-z])", re.I)
_CUR_PREFIX_RE = re.compile(
    rf"(?<![A-Za-z])(?:{_alternation(list(lx.CURRENCY_PREFIXES))})\s?$"
)
_SCALE_AFTER_RE = re.compile(
    r"(?:\s*|\s*-\s*)(?P<w>hundred|thousand|million|billion|trillion|millions|billions|"
    r"lakh|crore|bn|mn|tn|bln|mln|tln|mil|dozens?)(?![A-Za-z])"
    r"|(?P<g>k|K|m|M|MM|mm|b|B|G|T)(?![A-Za-z0-9])"
    r"|\s+(?P<s>k|K|M|G|T|B|MM)(?![A-Za-z0-9.])",
)
_VAGUE_RE = re.compile(
    r"\b(?:(?P<mult>tens|hundreds|thousands|millions|billions|dozens|scores)"
    r"(?:\s+of\s+(?P<of>thousands|millions|billions))?)\s+of\b",
    re.I,
)
_VAGUE_BASE = {"tens": 10.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6,
               "billions": 1e9, "dozens": 12.0, "scores": 20.0}
_FOLD_WORD_RE = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
    r"(?:\s*-\s*|\s*)fold\b",
    re.I,
)
_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
_PERCENT_BASE_RE = re.compile(r"\s+of\s+(?P<base>(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3})")
_NOUN_AFTER_RE = re.compile(r"(?:\s*-\s*|\s+)(?P<w>[A-Za-z][A-Za-z’'-]*)")
_HYPHEN_NOUN_RE = re.compile(r"\s*-\s*(?P<w>[A-Za-z]+)(?![\w-])")
_CAP_BEFORE_RE = re.compile(r"(?<![.!?]\s)\b(?P<w>[A-Z][A-Za-z]+)\s$")
_CLAUSE_START_RE = re.compile(r"[,;:()\[\]\"“”—–]|\bthat\b|\bwhich\b|\bwho\b")
_PAREN_OPEN_RE = re.compile(r"\s*[(\[]\s*|\s*,\s*or\s+|\s+or\s+")
_PAREN_CLOSE_RE = re.compile(r"\s*[)\]]")
_TEMPERATURE_CONTEXT_RE = re.compile(
    r"temperature|weather|cold|hot\b|warm|heat|outside|degree|thermostat|celsius|fahrenheit", re.I)
_INCH_END_RE = re.compile(r"\s*(?:[.!?;,)]|$|thick|long|wide|tall|high|deep)")
_POWER_RE = re.compile(r"\s+(?:(?P<sq>squared)|(?P<cu>cubed))\b")
_VULGAR_RE = re.compile("[" + "".join(lx.VULGAR_FRACTIONS) + "]")
_REF_LIST_RE = re.compile(r"\s*(?:,|and|or|-|–|to)\s*")
_SIGN_WORD_RE = re.compile(r"\b(?:minus|negative)\s+$", re.I)
_SCALE_IN_RE = re.compile(r"(hundred|thousand|million|billion|trillion|bn|mn|tn|[kKmMbB])\b")
_MONEY_TAIL_RE = re.compile(r"\s+(?:and\s+)?")
_PAREN_SEP_RE = re.compile(r"\s*[,;]\s*|\s+or\s+")
_KNOWN_COUNTS = frozenset(lx.COUNT_NOUNS.values())


@dataclass(slots=True)
class _Quantity:
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


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence, cheaply: a regex on end punctuation and blank lines."""
    pos = 0
    for m in lx.SENTENCE_SPLIT_RE.finditer(text):
        if m.group("p") == ".":
            w = lx.WORD_BEFORE_STOP_RE.search(text, max(0, m.start() - 12), m.start())
            if w and (w.group(1) in lx.ABBREVIATIONS or (len(w.group(1)) == 1 and w.group(1).isupper())):
                continue
        if m.start() > pos:
            yield pos, m.start() + (1 if m.group("p") else 0)
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def extract_claims(text: str, quotes: Sequence[QuoteRecord] = ()) -> list[ClaimRecord]:
    """Every numeric claim in ``text``, in order, tied to the quote (and speaker) it sits in.

    Never raises on a str: a sentence the extractor cannot read yields no claims.
    """
    if not isinstance(text, str) or not text:
        return []
    claims: list[ClaimRecord] = []
    for s_start, s_end in split_sentences(text):
        sentence = text[s_start:s_end]
        has_digit = bool(lx.DIGIT_RE.search(sentence) or _VULGAR_RE.search(sentence))
        has_words = not lx.NUMBER_WORD_SET.isdisjoint(
            lx.LOWER_WORDS_RE.findall(sentence.lower()))
        if not (has_digit or has_words):
            continue
        try:
            quantities = _sentence_quantities(sentence, has_digit, has_words)
        except (ValueError, ArithmeticError, IndexError, KeyError) as exc:
            log.debug("sentence at %d skipped: %s", s_start, exc)
            continue
        stripped = sentence.strip()
        lead = len(sentence) - len(sentence.lstrip())
        for q in quantities:
            claims.append(_record(text, sentence, s_start, q, stripped, lead, quotes))
    return claims


# 1.-5. ----------------------------------------------------------------------------------------


def _sentence_quantities(s: str, has_digit: bool, has_words: bool) -> list[_Quantity]:
    blocked = _blocked_spans(s, has_digit)
    tokens = _number_tokens(s, blocked, has_digit, has_words)
    quantities: list[_Quantity] = []
    for q in tokens:
        if quantities and q.start < quantities[-1].end:
            continue  # already inside a grown quantity: "million" in "$13,009 million"
        _grow(s, q)
        quantities.append(q)
    quantities = _join_money(s, quantities)
    quantities = _join_ranges(s, quantities)
    quantities = _join_conversions(s, quantities)
    kept: list[_Quantity] = []
    for q in quantities:
        if _keep(s, q):
            _qualify(s, q)
            kept.append(q)
    if has_words:
        kept.extend(_multipliers(s, kept, blocked))
    kept.sort(key=lambda q: q.start)
    return kept


def _blocked_spans(s: str, has_digit: bool) -> list[tuple[int, int]]:
    patterns = lx.BLOCK_PATTERNS.values() if has_digit else lx.BLOCK_WORD_PATTERNS
    return [m.span() for p in patterns for m in p.finditer(s)]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _number_tokens(
    s: str, blocked: list[tuple[int, int]], has_digit: bool, has_words: bool
) -> list[_Quantity]:
    out: list[_Quantity] = []
    taken: list[tuple[int, int]] = []
    if has_words:
        _word_tokens(s, blocked, out, taken)
    if has_digit:
        _figure_tokens(s, blocked, out, taken)
    out.sort(key=lambda q: q.start)
    return out


def _word_tokens(
    s: str, blocked: list[tuple[int, int]], out: list[_Quantity], taken: list[tuple[int, int]]
) -> None:
    for m in _VAGUE_RE.finditer(s):
        base = _VAGUE_BASE[m.group("mult").lower()]
        if m.group("of"):
            base *= _VAGUE_BASE[m.group("of").lower()]
        end = m.end() - len(" of")
        q = _Quantity(m.start(), end, base, is_word=True, scaled=True, vague=True)
        q.qualifier = Qualifier.AT_LEAST
        out.append(q)
        taken.append((m.start(), m.end()))
    for m in _FOLD_WORD_RE.finditer(s):
        n = m.group("n")
        value = parse_figure(n) if n[0].isdigit() else parse_words(n)
        if value is None or _overlaps(*m.span(), blocked):
            continue
        q = _Quantity(m.start(), m.end(), value, unit="fold", change="n_fold")
        out.append(q)
        taken.append(m.span())
    _spelled_tokens(s, blocked, out, taken)


def _figure_tokens(
    s: str, blocked: list[tuple[int, int]], out: list[_Quantity], taken: list[tuple[int, int]]
) -> None:
    ref_end = -1
    for m in lx.FIGURE_RE.finditer(s):
        start, end = m.span()
        neg = m.group("neg")
        if neg and _digit_before(s, start):
            start = m.start("num")
            neg = None
        if _overlaps(start, end, blocked) or _overlaps(start, end, taken):
            continue
        if start > 0 and (s[start - 1] == "^" or (
                start > 1 and s[start - 1] in "+-−" and s[start - 2].isalpha())):
            continue  # exponents and codes: "m^2", "fb−1", "MACS J1149.5+6663"
        if _is_reference(s, start, ref_end):
            ref_end = end
            continue
        raw = s[m.start("num"):end]
        value = parse_figure(raw)
        if value is None:
            continue
        if neg:
            value = -value
        else:
            sign = _SIGN_WORD_RE.search(s, max(0, start - 10), start)
            if sign:
                value, start = -value, sign.start()
        q = _Quantity(start, end, value)
        q.integer_text = raw.isdigit()
        out.append(q)
        taken.append((start, end))


def _is_reference(s: str, start: int, ref_end: int) -> bool:
    """"Article 5", "pages 4 and 5", "Windows 10": a figure that names or points, not counts."""
    if ref_end >= 0 and _REF_LIST_RE.fullmatch(s, ref_end, start):
        return True
    m = lx.WORD_BEFORE_RE.search(s, max(0, start - 16), start)
    if not m:
        return False
    word = m.group(1)
    return word.lower() in lx.REFERENCE_WORDS or word in lx.NAMED_NUMBER_WORDS


def _spelled_tokens(
    s: str, blocked: list[tuple[int, int]], out: list[_Quantity], taken: list[tuple[int, int]]
) -> None:
    for m in lx.WORD_NUMBER_RE.finditer(s):
        start, end = m.span()
        if _overlaps(start, end, blocked) or _overlaps(start, end, taken):
            continue
        words = m.group(0).lower().split()
        first = words[0].split("-")[0]
        if first in lx.ORDINAL_DENOMINATORS and first not in {"half", "quarter", "quarters"}:
            continue
        if first in lx.SCALE_WORDS:
            continue  # "several hundred years": no number stated
        if first in {"half", "quarter"} and not re.match(r"\s+(?:a|an|of|the)\b", s[end:]) \
                and len(words) == 1:
            continue
        value = parse_words(m.group(0))
        if value is None:
            continue
        q = _Quantity(start, end, value, is_word=True)
        q.scaled = any(w in lx.SCALE_WORDS for w in words)
        out.append(q)
        taken.append((start, end))


def _digit_before(s: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and s[i] == " ":
        i -= 1
    return i >= 0 and (s[i].isdigit() or s[i] in "%")


def _grow(s: str, q: _Quantity) -> None:
    """Extend a number rightwards and leftwards into a quantity: scale, currency, unit, noun."""
    # scale words and suffixes: "$2.5bn", "10 million", "3.2k"
    currency_before = _CUR_PREFIX_RE.search(s, max(0, q.start - 8), q.start)
    if not q.is_word or not q.scaled:
        m = _SCALE_AFTER_RE.match(s, q.end)
        if m:
            word = m.group("w") or m.group("g") or m.group("s")
            ok = True
            glued = m.group("g")
            if glued in {"m", "mm"} and not currency_before:
                ok = False  # "1.8m" is metres unless money is meant
            elif glued in {"b", "B"} and not currency_before and "." not in s[q.start:q.end]:
                ok = False  # "1500b" is bits, "1.2b" and "$5b" billions
            elif glued in {"m", "M", "b", "B", "G", "T"} and _looks_like_code(s, q.start):
                ok = False
            elif glued == "K" and _TEMPERATURE_CONTEXT_RE.search(s):
                ok = False  # "573.15K" next to Celsius is kelvin
            if ok:
                factor = scale_of(word) or 1.0
                q.value *= factor
                q.end = m.end()
                q.scaled = True
                # "one billion and a half million" style tails are rare in news: not handled
    if q.vague:
        m = re.compile(r"\s+of\s+(?:the\s+)?(?P<w>[a-z]+)").match(s, q.end)
        if m and (m.group("w") in lx.COUNT_NOUNS or m.group("w").endswith("s")):
            w = m.group("w")
            _set_count(q, w, lx.COUNT_NOUNS.get(w) or _singular(w), m.end())
        return
    # currency before: "$", "US$", "£", "C$", "USD"
    if currency_before:
        code = lx.CURRENCY_PREFIXES.get(currency_before.group(0).strip())
        if code is None:
            code = lx.CURRENCY_PREFIXES.get(currency_before.group(0).rstrip())
        if code:
            q.unit = code
            q.start = currency_before.start()
            _rate(s, q)
            return
    # percent, currency names and units after
    _unit_after(s, q)


def _looks_like_code(s: str, start: int) -> bool:
    return start > 0 and (s[start - 1].isalpha() or s[start - 1] in "-_")


def _unit_after(s: str, q: _Quantity) -> None:
    pos = q.end
    glued = pos < len(s) and not s[pos].isspace() and s[pos] != "-"
    hyphen = bool(re.match(r"\s?-\s?(?=[A-Za-z°%])", s[pos:pos + 3]))
    # percentages first (also "percentage points")
    m = re.compile(r"\s?(?:-\s?)?(?P<u>%|percentage[ -]points?|per[ -]?cent(?:age)?[ -]points?|"
                   r"per[ -]?cents?|percentages?|pct\b)", re.I).match(s, pos)
    if m:
        unit = "percentage_point" if "point" in m.group("u").lower() else "percent"
        if m.group("u") == "%" and re.match(r"\s*points?\b", s[m.end():]):
            unit = "percentage_point"
            m2 = re.compile(r"\s*points?\b").match(s, m.end())
            assert m2 is not None
            q.end = m2.end()
        else:
            q.end = m.end()
        q.unit = unit
        b = _PERCENT_BASE_RE.match(s, q.end)
        if b and unit == "percent":
            base = _noun_phrase(b.group("base"))
            if base:
                q.base = base
                q.end = b.start("base") + b.group("base").find(base.split()[-1]) + len(
                    base.split()[-1])
        return
    sep = re.compile(r"\s?-\s?|\s{1,2}|\s?[(\[{<]\s?(?=\w+\s?[)\]}>])").match(s, pos)
    at = sep.end() if sep else pos
    # currency names: "five million yen", "420 million finnish markka", "50 cents"
    m = _CUR_SUFFIX_RE.match(s, at)
    if m:
        word = m.group(0).lower()
        code = lx.CURRENCY_SUFFIXES[word]
        if word in {"pound", "pounds"} and not q.scaled and not _money_context(s, q.start):
            code = ""
        if word in {"c", "p"} and (not glued or m.group(0) != word):
            code = ""  # "11c" is cents, "-10C" and "5 p" are not
        if code:
            q.unit = code
            q.end = m.end()
            q.hyphen = hyphen
            _rate(s, q)
            return
    # units: case-sensitive symbols first, then words; the longer match wins
    cs = _UNIT_CS_RE.match(s, at)
    ci = _UNIT_CI_RE.match(s, at)
    best = None
    if cs and (not ci or cs.end() >= ci.end()):
        best = (cs, lx.CASE_SENSITIVE_UNITS[cs.group(0)])
    elif ci:
        best = (ci, lx.UNIT_WORDS[ci.group(0).lower()] if ci.group(0).lower() in lx.UNIT_WORDS
                else lx.UNIT_WORDS.get(ci.group(0), ""))
    if best and best[1]:
        um, code = best
        surface = um.group(0)
        key = surface if surface in lx.CASE_SENSITIVE_UNITS else surface.lower()
        if key in lx.GLUED_ONLY_UNITS and not (glued or hyphen) and not (
                key == "in" and _INCH_END_RE.match(s, um.end())):
            best = None
        elif surface in {"C", "F"} and not _TEMPERATURE_CONTEXT_RE.search(s):
            best = None  # "13F filing", "Boeing 777F"
        if best:
            power = _POWER_RE.match(s, um.end())
            exponent = "2" if power and power.group("sq") else "3"
            if power and f"{code}{exponent}" in lx.UNIT_PINT:
                code = f"{code}{exponent}"
                um = power
            if code == "decade":  # "seven decades" is 70 years
                code = "year"
                q.value *= 10
            q.unit = code
            q.end = um.end()
            if sep and sep.group(0).strip().startswith(("(", "[", "{", "<")):
                close = re.compile(r"\s?[)\]}>]").match(s, q.end)
                if close:
                    q.end = close.end()
            q.hyphen = hyphen
            _rate(s, q)
            if hyphen:
                n = re.compile(r"\s+(?P<w>[a-z][a-z-]+)").match(s, q.end)
                if n and n.group("w") not in lx.MEASURES_STOP_WORDS:
                    q.noun = n.group("w")
            return
    # counts of things: "15-member body", "3,000 troops", "50 cars", "3,000 US troops"
    _count_noun(s, q, hyphen)


def _money_context(s: str, start: int) -> bool:
    left = s[max(0, start - 40):start].lower()
    return bool(re.search(r"\b(?:cost|costs|paid|pay|spent|spend|worth|price|fined|fine|"
                          r"sold|raised|profit|revenue|salary|earn|budget|fee|bill)\b", left))


def _count_noun(s: str, q: _Quantity, hyphen: bool) -> None:
    if hyphen:
        m = _HYPHEN_NOUN_RE.match(s, q.end)
        if m and m.group("w").lower() in lx.HYPHEN_COUNT_NOUNS:
            q.unit = m.group("w").lower()
            q.count = True
            q.end = m.end()
            q.hyphen = True
            n = re.compile(r"\s+(?P<w>[a-z][a-z-]+)").match(s, q.end)
            if n and n.group("w") not in lx.MEASURES_STOP_WORDS:
                q.noun = n.group("w")
        return
    words = []
    pos = q.end
    for _ in range(3):
        m = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z’'-]*)").match(s, pos)
        if not m:
            break
        words.append((m.group("w"), m.end()))
        pos = m.end()
    if not words:
        return
    first, first_end = words[0]
    low = first.lower()
    if low in lx.COUNT_NOUNS:
        _set_count(q, first, lx.COUNT_NOUNS[low], first_end)
        return
    if (first.islower() and low.endswith("s") and len(low) > 3 and low not in lx.NOT_COUNT_NOUNS
            and low not in lx.MEASURES_STOP_WORDS and not low.endswith(("ss", "us", "ous", "is"))):
        _set_count(q, first, _singular(low), first_end)
        return
    # one or two adjectives, then a known counted noun: "3,000 US troops", "500 new jobs"
    for i in (1, 2):
        if i >= len(words):
            break
        w, end = words[i]
        if w.lower() in lx.COUNT_NOUNS and all(
            x.lower() not in lx.MEASURES_STOP_WORDS for x, _ in words[:i]
        ) and re.fullmatch(r"[^,;:.()]*", s[q.end:end]):
            _set_count(q, w, lx.COUNT_NOUNS[w.lower()], end)
            return


def _set_count(q: _Quantity, surface: str, singular: str, end: int) -> None:
    q.unit = singular
    q.count = True
    q.end = end
    q.noun = surface


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _rate(s: str, q: _Quantity) -> None:
    m = re.compile(r"\s?/\s?(?P<den>[A-Za-z]+)\b|\s+per\s+(?P<den2>[A-Za-z]+)\b").match(s, q.end)
    if not m:
        return
    den = (m.group("den") or m.group("den2")).lower()
    code = lx.RATE_DENOMINATORS.get(den)
    if code and q.unit:
        q.unit = f"{q.unit}/{code}"
        q.end = m.end()


def _join_ranges(s: str, qs: list[_Quantity]) -> list[_Quantity]:
    """Join "between 5 and 10", "5-10%", "from 3 to 4 L"; share a unit along "45 and 50 mg"."""
    out: list[_Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        if i + 1 < len(qs):
            b = qs[i + 1]
            gap = s[a.end:b.start]
            if gap and lx.RANGE_JOIN_RE.fullmatch(gap):
                if _is_range(s, a, b, gap):
                    out.append(_merge_range(s, a, b))
                    i += 2
                    continue
                if gap.strip() in {"and", "or", ","} and a.unit is None and not a.is_word \
                        and b.unit and not b.count and a.change is None:
                    a.unit = b.unit  # "45 and 50 mg": both are milligrams
        out.append(a)
        i += 1
    return out


def _is_range(s: str, a: _Quantity, b: _Quantity, gap: str) -> bool:
    joiner = gap.strip().lower()
    before = s[:a.start].rstrip().lower()
    if joiner == "and" and not before.endswith("between"):
        return False
    if joiner == "or" and (a.has_unit or not (a.is_word and b.is_word)):
        return False  # "five or six people" is a range, "5 or 6" mostly a list
    if joiner in {"-", "–", "—"} and (a.value < 0 or b.value < 0):
        return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    if a.change or b.change or a.vague or b.vague:
        return False
    if joiner in {"to", "-to"} and _change_before(s, a.start):
        return False  # "rose from 5% to 7%" is two values, not a range
    if joiner == "through" and not before.endswith("from"):
        return False
    return before.endswith("from") or a.value <= b.value * _scale_factor(s, b) or (
        b.scaled and not a.scaled)


def _change_before(s: str, start: int) -> bool:
    return bool(re.search(rf"\b(?:{lx.CHANGE_UP}|{lx.CHANGE_DOWN})\b[^,;.]{{0,40}}\bfrom\s*$",
                          s[max(0, start - 80):start], re.I))


def _merge_range(s: str, a: _Quantity, b: _Quantity) -> _Quantity:
    lo = a.value
    if b.scaled and not a.scaled:
        lo *= _scale_factor(s, b)  # "5 to 10 million": the low end is five million
    m = lx.RANGE_START_RE.search(s, max(0, a.start - 10), a.start)
    if m and s[m.end():a.start].strip() == "":
        a.start = m.start()
    a.end = b.end
    a.value, a.value_max = min(lo, b.value), max(lo, b.value)
    a.unit = a.unit or b.unit
    a.count = a.count or b.count
    a.noun = a.noun or b.noun
    a.base = a.base or b.base
    a.qualifier = Qualifier.RANGE
    a.scaled = a.scaled or b.scaled
    return a


def _join_money(s: str, qs: list[_Quantity]) -> list[_Quantity]:
    """Join "3 dollars 50 cents" and "thirteen dollars and forty-five cents" into one amount."""
    out: list[_Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and q.unit in lx.CURRENCY_SUBUNITS and \
                lx.CURRENCY_SUBUNITS[q.unit][0] == prev.unit and \
                _MONEY_TAIL_RE.fullmatch(s[prev.end:q.start]):
            prev.value += q.value * lx.CURRENCY_SUBUNITS[q.unit][1]
            prev.end = q.end
            continue
        out.append(q)
    return out


def _scale_factor(s: str, q: _Quantity) -> float:
    if not q.scaled:
        return 1.0
    m = _SCALE_IN_RE.search(s, q.start, q.end)
    return (scale_of(m.group(1)) or 1.0) if m else 1.0


def _join_conversions(s: str, qs: list[_Quantity]) -> list[_Quantity]:
    out: list[_Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        j = i + 1
        if a.unit and not a.count and j < len(qs):
            opener = _PAREN_OPEN_RE.fullmatch(s[a.end:qs[j].start])
            if opener and qs[j].unit and not qs[j].count and qs[j].unit != a.unit \
                    and (is_physical(a.unit) == is_physical(qs[j].unit)):
                paren = "(" in opener.group(0) or "[" in opener.group(0)
                convs = [qs[j]]
                k = j + 1
                while paren and k < len(qs) and _PAREN_SEP_RE.fullmatch(s[convs[-1].end:qs[k].start]) \
                        and qs[k].unit:
                    convs.append(qs[k])
                    k += 1
                end = convs[-1].end
                if paren:
                    close = _PAREN_CLOSE_RE.match(s, end)
                    if not close:
                        out.append(a)
                        i += 1
                        continue
                    end = close.end()
                for c in convs:
                    a.conversions.append((c.start, c.end, c.value, c.unit))
                a.end = end
                out.append(a)
                i = k
                continue
        out.append(a)
        i += 1
    return out


def _keep(s: str, q: _Quantity) -> bool:
    """Step 5: reject what is not a claim."""
    if q.vague or (q.unit is not None and not q.count):
        return True
    if _is_year(q):
        return False
    if q.is_word:
        words = s[q.start:q.end].lower().replace("-", " ").split()
        low = words[0] if words else ""
        if low in {"one", "a", "an"} and not q.count and len(words) == 1:
            return False
        if low in lx.SMALL_ANAPHORIC and lx.ANAPHORIC_BEFORE_RE.search(
                s, max(0, q.start - 12), q.start):
            return False
        return True
    if q.count or q.qualifier is not Qualifier.EXACT:
        return True
    # a number right after a capitalised word is part of a name: "Voyager 2", "English 101"
    before = s[max(0, q.start - 30):q.start]
    m = _CAP_BEFORE_RE.search(before)
    if m and not re.fullmatch(lx.MONTHS + r"\.?", m.group("w")) and \
            m.group("w").lower() not in lx.MEASURES_STOP_WORDS and \
            not lx.QUALIFIER_RE.search(before):
        return False
    # list markers: "1)" and "2)"
    return not (s[q.end:q.end + 1] == ")" and (
        q.start == 0 or s[:q.start].rstrip().endswith((";", ":"))))


def _is_year(q: _Quantity) -> bool:
    """A four-digit whole number in the year range, with no unit or an uncounted noun after it."""
    if not q.integer_text or q.scaled or not lx.YEAR_MIN <= q.value <= lx.YEAR_MAX:
        return False
    return q.unit is None or (q.count and q.unit not in _KNOWN_COUNTS)


def _qualify(s: str, q: _Quantity) -> None:
    """Step 4: qualifiers before and after, and change verbs."""
    left = s[max(0, q.start - 40):q.start]
    if q.qualifier is Qualifier.EXACT:
        m = lx.QUALIFIER_RE.search(left)
        if m:
            kind = m.lastgroup
            q.qualifier = {"approx": Qualifier.APPROX, "at_least": Qualifier.AT_LEAST,
                           "at_most": Qualifier.AT_MOST}[kind or "approx"]
            if (m.group(0).strip().lower() == "some" and q.unit is None and re.match(
                    r"\s+of\b", s[q.end:])) or (m.group(0).strip().lower() in {"over", "under", "up"} and _change_before(
                    s, q.start)):
                q.qualifier = Qualifier.EXACT
            else:
                q.start = q.start - len(left) + m.start()
        t = lx.TRAILING_QUALIFIER_RE.match(s[q.end:q.end + 20])
        if t and q.qualifier is Qualifier.EXACT:
            q.qualifier = {"approx": Qualifier.APPROX, "at_least": Qualifier.AT_LEAST,
                           "at_most": Qualifier.AT_MOST}[t.lastgroup or "approx"]
    if q.change is None:
        c = lx.CHANGE_RE.search(s[max(0, q.start - 90):q.start])
        if c:
            direction = "increase" if c.group("up") else "decrease"
            prep = c.group("prep").lower()
            q.change = "from" if prep == "from" else f"{direction}_{prep}"


def _multipliers(s: str, kept: list[_Quantity], blocked: list[tuple[int, int]]) -> list[_Quantity]:
    out: list[_Quantity] = []
    for m in lx.MULTIPLIER_RE.finditer(s):
        if _overlaps(*m.span(), blocked) or any(q.start <= m.start() < q.end for q in kept):
            continue
        if lx.MULTIPLIER_BLOCK_BEFORE_RE.search(s, max(0, m.start() - 8), m.start()):
            continue
        factor, change = lx.MULTIPLIER_VERBS[m.group("verb").lower()]
        out.append(_Quantity(m.start(), m.end(), factor, unit="fold", change=change))
    return out


# 6. --------------------------------------------------------------------------------------------


def _record(
    text: str,
    sentence: str,
    s_start: int,
    q: _Quantity,
    stripped: str,
    lead: int,
    quotes: Sequence[QuoteRecord],
) -> ClaimRecord:
    start, end = s_start + q.start, s_start + q.end
    nv, nunit = normalize(q.value, q.unit, count=q.count)
    nmax = normalize(q.value_max, q.unit, count=q.count)[0] if q.value_max is not None else None
    conversions = tuple(
        Conversion(sentence[a:b], v, u) for a, b, v, u in q.conversions
    )
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
        measures=_measures(sentence, q),
        sentence=stripped,
        sentence_start=s_start + lead,
        change=q.change,
        conversions=conversions,
        quote_index=quote_index,
        speaker=speaker,
        base=q.base,
    )


def _noun_phrase(text: str, limit: int = 3) -> str | None:
    """The first run of content words in ``text`` (at most ``limit``), or None."""
    words: list[str] = []
    for w in _WORD_RE.findall(text):
        if w.lower() in lx.MEASURES_STOP_WORDS:
            if words:
                break
            continue
        words.append(w)
        if len(words) >= limit:
            break
    return " ".join(words) or None


def _measures(s: str, q: _Quantity) -> str | None:
    """The short noun phrase the number is about, by a few cheap patterns."""
    if q.unit == "fold":
        m = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?P<np>[^,.;]+)").match(s, q.end)
        return _noun_phrase(m.group("np"), 2) if m else None
    if q.noun:
        return q.noun
    right = s[q.end:q.end + 60]
    m = re.match(r"\s+of\s+(?P<np>[^,.;()]+)", right)
    if m and q.unit and q.unit not in {"percent", "percentage_point"}:
        return _noun_phrase(m.group("np"))
    if q.unit and is_physical(q.unit) and lx.DISTANCE_AWAY_RE.match(right):
        return "distance"
    left = s[max(0, q.start - 80):q.start]
    cut = max((m.end() for m in _CLAUSE_START_RE.finditer(left)), default=0)
    left = left[cut:]
    words = _WORD_RE.findall(left)
    # drop trailing function words, qualifiers and change verbs: "will double defense spending to"
    change_words = re.compile(rf"^(?:{lx.CHANGE_UP}|{lx.CHANGE_DOWN}|will|would|be|been|"
                              r"reach(?:ed|es)?|hit|total(?:l?ed|s)?|stood|stands|was|is|are|"
                              r"were|cost|costs|had|has|have)$", re.I)
    while words and (words[-1].lower() in lx.MEASURES_STOP_WORDS or change_words.match(words[-1])):
        words.pop()
    phrase: list[str] = []
    while words and words[-1].lower() not in lx.MEASURES_STOP_WORDS and not change_words.match(
            words[-1]) and len(phrase) < 3:
        phrase.insert(0, words.pop())
    return " ".join(phrase) or None
