"""Grow a number into a quantity: scale words, currency, percent, unit, counted noun.

Step 3 of :mod:`factdb.extract.claims`: "2.5" becomes "$2.5bn", "1,000" becomes "1,000 km",
"15" becomes "15-member" and "3,000" becomes "3,000 US troops".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.counted import counted_noun
from factdb.extract.claims.measured import noun_phrase
from factdb.extract.claims.numbers import scale_of
from factdb.extract.claims.tokens import Quantity
from factdb.extract.claims.units import is_currency
from factdb.extract.text.lexicon import trie_pattern


def alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def longest_first(words: Sequence[str], ignore_case: bool = False) -> str:
    """What ``alternation(words)`` matches, as a trie: the longest word that the rest of the
    pattern lets match wins in both, and the trie tries a handful of words at a character where
    the flat list tries them all (lower-cased first for a pattern that ignores case)."""
    return trie_pattern(frozenset(w.lower() if ignore_case else w for w in words))


_UNIT_CI_RE = re.compile(rf"(?:{longest_first(list(lx.UNIT_WORDS), True)})(?![A-Za-z0-9²³])", re.I)


_UNIT_CS_RE = re.compile(rf"(?:{longest_first(list(lx.CASE_SENSITIVE_UNITS))})(?![A-Za-z0-9²³])")


_CUR_SUFFIX_RE = re.compile(
    rf"(?:{longest_first(list(lx.CURRENCY_SUFFIXES), True)})(?![A-Za-z])", re.I
)


# The first characters the three patterns above can match: a pattern is tried only at one.
# (A character outside ASCII is always tried: IGNORECASE lets some stand for ASCII letters.)
_UNIT_CI_FIRSTS = frozenset(c for w in lx.UNIT_WORDS for c in (w[0].lower(), w[0].upper()))
_UNIT_CS_FIRSTS = frozenset(w[0] for w in lx.CASE_SENSITIVE_UNITS)
_CUR_SUFFIX_FIRSTS = frozenset(
    c for w in lx.CURRENCY_SUFFIXES for c in (w[0].lower(), w[0].upper())
)


_CUR_PREFIX_RE = re.compile(rf"(?<![A-Za-z])(?:{longest_first(list(lx.CURRENCY_PREFIXES))})\s?$")


_SCALE_AFTER_RE = re.compile(
    r"(?:\s*|\s*-\s*)(?P<w>hundred|thousand|million|billion|trillion|millions|billions|"
    r"lakh|crore|bn|mn|tn|bln|mln|tln|mil|dozens?|dozs?|dzs?)(?![A-Za-z])"
    r"|(?P<g>k|K|m|M|MM|mm|b|B|G|T)(?![A-Za-z0-9])"
    r"|\s+(?P<s>k|K|M|G|T|B|MM)(?![A-Za-z0-9.])",
)


_BASE_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*)"
"""A word of a share's base, an abbreviation with full stops included ("the U.S. population")."""
_PERCENT_BASE_RE = re.compile(
    rf"\s+of\s+(?P<base>(?:the\s+)?{_BASE_WORD}(?:\s+{_BASE_WORD}){{0,3}})"
)


_HYPHEN_NOUN_RE = re.compile(r"\s*-\s*(?P<w>[A-Za-z]+)(?![\w-])")


_TEMPERATURE_CONTEXT_RE = re.compile(
    r"temperature|weather|cold|hot\b|warm|heat|outside|degree|thermostat|celsius|fahrenheit", re.I
)


_SCALE_NAMED_AFTER_RE = re.compile(
    r"\s+on\s+the\s+(?:(?P<c>Celsius|centigrade)|(?P<f>Fahrenheit))\s+scale\b", re.I
)
_ABSOLUTE_RE = re.compile(r"absolute\s$", re.I)
_INCH_MARK_RE = re.compile(r'\s?[″"](?![\w"])')
_INCH_END_RE = re.compile(r"\s*(?:[.!?;,)]|$|thick|long|wide|tall|high|deep)")
_IN_RATIO_RE = re.compile(rf"-(?:\d|{lx.NUMBER_WORD}\b)", re.I)
"""A number after "in" and a hyphen: "three-in-ten", "1-in-3" are ratios, not inches."""


_PERCENT_RE = re.compile(
    r"\s?(?:-\s?)?(?P<u>%|percentage[ -]points?|per[ -]?cent(?:age)?[ -]points?|"
    r"per[ -]?cents?|percentages?|pct\b)",
    re.I,
)
_MORE_RE = re.compile(r"\s+(?:more|additional|extra|further)(?P<gap>\s+)(?=[A-Za-z])", re.I)
_POWER_RE = re.compile(r"\s+(?:(?P<sq>squared)|(?P<cu>cubed))\b")
_VAGUE_MONEY_RE = re.compile(r"\s+of\s+(?:US\s+|U\.S\.\s+)?(?P<w>dollars|euros|pounds)\b", re.I)
_OF_NOUN_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<w>[a-z]+)")
_HYPHEN_RE = re.compile(r"\s?-\s?(?=[A-Za-z°%])")
_POINTS_RE = re.compile(r"\s*points?\b")
# a bracketed unit first: "20 (kg)" must not stop at the space
_UNIT_SEP_RE = re.compile(r"\s?[(\[{<]\s?(?=\w+\s?[)\]}>])|\s?-\s?|\s{1,2}")
_CLOSE_RE = re.compile(r"\s?[)\]}>]")
_NEXT_LOWER_RE = re.compile(r"\s+(?P<w>[a-z][a-z-]+)")
_NEXT_WORD_RE = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z’'-]*)")
_NO_PUNCT_RE = re.compile(r"[^,;:.()]*")
_RATE_RE = re.compile(
    r"\s?/\s?(?P<den>[A-Za-z]+)\b|\s+per\s+(?P<den2>[A-Za-z]+)\b"
    r"|\s+an?\s+(?P<den3>day|week|month|year|hour)\b"  # "15 million euros a day"
)
_MONEY_WORDS_RE = re.compile(
    r"\b(?:cost|costs|paid|pay|spent|spend|worth|price|fined|fine|"
    r"sold|raised|profit|revenue|salary|earn|budget|fee|bill)\b"
)


def grow(s: str, q: Quantity) -> None:
    """Extend a number rightwards and leftwards into a quantity: scale, currency, unit, noun."""
    if q.is_word and q.value == 0 and _ABSOLUTE_RE.search(s, max(0, q.start - 9), q.start):
        q.start, q.unit = q.start - 9, "K"  # "absolute zero" is 0 kelvin
        return
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
            elif glued in {"b", "B"} and not currency_before and "." not in s[q.start : q.end]:
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
        _vague_noun(s, q)
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


def _vague_noun(s: str, q: Quantity) -> None:
    """ "millions of dollars" is money; "dozens of witness interviews" counts interviews."""
    money = _VAGUE_MONEY_RE.match(s, q.end)
    if money:
        q.unit, q.end = lx.CURRENCY_SUFFIXES[money.group("w").lower()], money.end()
        return
    found = counted_noun(s, q.end)
    if found:
        _set_count(q, *found[:3])


def _looks_like_code(s: str, start: int) -> bool:
    return start > 0 and (s[start - 1].isalpha() or s[start - 1] in "-_")


def _more(s: str, q: Quantity) -> bool:
    """ "three more weeks" is a duration of three weeks, "three more Americans" three Americans:
    a word of addition between the number and its unit or noun is passed over."""
    more = _MORE_RE.match(s, q.end)
    if more is None:
        return False
    um = _UNIT_CI_RE.match(s, more.end())
    code = lx.UNIT_WORDS.get(um.group(0).lower()) if um else None
    if um and code in lx.TIME_UNITS:
        q.unit, q.end = code, um.end()
        return True
    found = counted_noun(s, more.start("gap"), partitive=False)
    if found and q.value != 1:  # "one more time" is no count
        _set_count(q, found[0], found[1], found[2])
        return True
    return False


def _unit_after(s: str, q: Quantity) -> None:
    pos = q.end
    if _more(s, q):
        return
    glued = pos < len(s) and not s[pos].isspace() and s[pos] != "-"
    hyphen = bool(_HYPHEN_RE.match(s, pos, pos + 3))
    # percentages first (also "percentage points")
    m = _PERCENT_RE.match(s, pos)
    if m:
        unit = "percentage_point" if "point" in m.group("u").lower() else "percent"
        if m.group("u") == "%" and _POINTS_RE.match(s, m.end()):
            unit = "percentage_point"
            m2 = _POINTS_RE.match(s, m.end())
            assert m2 is not None
            q.end = m2.end()
        else:
            q.end = m.end()
        q.unit = unit
        b = _PERCENT_BASE_RE.match(s, q.end)
        if b and unit == "percent":
            base = noun_phrase(b.group("base"))
            if base:
                q.base = base
                q.end = (
                    b.start("base") + b.group("base").find(base.split()[-1]) + len(base.split()[-1])
                )
        return
    mark = _INCH_MARK_RE.match(s, pos)
    if mark and ("″" in mark.group(0) or s.count('"', 0, pos) % 2 == 0):
        q.unit, q.end = "in", mark.end()  # '9"' (an even count of quotes before: none is open)
        return
    sep = _UNIT_SEP_RE.match(s, pos)
    at = sep.end() if sep else pos
    # currency names: "five million yen", "420 million finnish markka", "50 cents"
    first = s[at : at + 1]
    ascii_first = first.isascii()
    m = _CUR_SUFFIX_RE.match(s, at) if not ascii_first or first in _CUR_SUFFIX_FIRSTS else None
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
    cs = _UNIT_CS_RE.match(s, at) if first in _UNIT_CS_FIRSTS else None
    ci = _UNIT_CI_RE.match(s, at) if not ascii_first or first in _UNIT_CI_FIRSTS else None
    best = None
    if cs and (not ci or cs.end() >= ci.end()):
        best = (cs, lx.CASE_SENSITIVE_UNITS[cs.group(0)])
    elif ci:
        best = (
            ci,
            lx.UNIT_WORDS[ci.group(0).lower()]
            if ci.group(0).lower() in lx.UNIT_WORDS
            else lx.UNIT_WORDS.get(ci.group(0), ""),
        )
    if best and best[1]:
        um, code = best
        surface = um.group(0)
        key = surface if surface in lx.CASE_SENSITIVE_UNITS else surface.lower()
        temperature = surface in {"C", "F"} and (
            (glued and q.value < 0) or bool(_TEMPERATURE_CONTEXT_RE.search(s))
        )  # "-10C" is a temperature anywhere; "13F filing" and "Boeing 777F" are not
        if surface in {"C", "F"}:
            best = best if temperature else None
        elif (
            key in lx.GLUED_ONLY_UNITS
            and not (glued or hyphen)
            and not (key == "in" and _INCH_END_RE.match(s, um.end()))
        ) or (key == "in" and _IN_RATIO_RE.match(s, um.end())):
            best = None
        if best:
            power = _POWER_RE.match(s, um.end())
            exponent = "2" if power and power.group("sq") else "3"
            if power and f"{code}{exponent}" in lx.UNIT_PINT:
                code = f"{code}{exponent}"
                um = power
            if code == "decade":  # "seven decades" is 70 years
                code = "year"
                q.value *= 10
            scale = _SCALE_NAMED_AFTER_RE.match(s, um.end()) if code == "deg" else None
            if scale:  # "-273.15° on the Celsius scale"
                code = "degF" if scale.group("f") else "degC"
            q.unit = code
            q.end = um.end()
            if sep and sep.group(0).strip().startswith(("(", "[", "{", "<")):
                close = _CLOSE_RE.match(s, q.end)
                if close:
                    q.end = close.end()
            q.hyphen = hyphen
            _rate(s, q)
            if hyphen:
                n = _NEXT_LOWER_RE.match(s, q.end)
                if n and n.group("w") not in lx.MEASURES_STOP_WORDS:
                    q.noun = n.group("w")
            return
    # counts of things: "15-member body", "3,000 troops", "50 cars", "3,000 US troops"
    _count_noun(s, q, hyphen)


_NAMED_HEAD_RE = re.compile(
    r"\s+(?P<p>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)(?P<t>(?:\s+[a-z][a-z-]+){0,2})"
)
_PROPER_ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:ic|an|ish|ese|al)")
"""A capitalised adjective ("Democratic", "Republican", "British"): the noun it qualifies
follows in lower case."""


def _named_head(s: str, at: int) -> str | None:
    """The noun phrase a hyphenated count describes when it starts with a capital: up to four
    capitalised words ("three-time *Super Bowl MVP*", "two-term *Republican Rep. Steve
    Southerland*"), and after a lone capitalised adjective the lower-case nouns it qualifies
    ("a two-term *Democratic state representative*"), cut at the first word no measure holds."""
    m = _NAMED_HEAD_RE.match(s, at)
    if m is None:
        return None
    head = m.group("p")
    if not _PROPER_ADJECTIVE_RE.fullmatch(head):
        return head
    tail: list[str] = []
    for w in m.group("t").split():
        if w in lx.MEASURES_STOP_WORDS:
            break
        tail.append(w)
    return " ".join([head, *tail])


def _money_context(s: str, start: int) -> bool:
    left = s[max(0, start - 40) : start].lower()
    return bool(_MONEY_WORDS_RE.search(left))


def _count_noun(s: str, q: Quantity, hyphen: bool) -> None:
    if hyphen:
        m = _HYPHEN_NOUN_RE.match(s, q.end)
        if m and m.group("w").lower() in lx.HYPHEN_COUNT_NOUNS:
            q.unit = m.group("w").lower()
            q.count = True
            q.end = m.end()
            q.hyphen = True
            n = _NEXT_LOWER_RE.match(s, q.end)
            if n and n.group("w") not in lx.MEASURES_STOP_WORDS:
                q.noun = n.group("w")
            elif n is None:
                q.noun = _named_head(s, q.end)
        return
    year_like = q.integer_text and lx.YEAR_MIN <= q.value <= lx.YEAR_MAX
    whole = q.value >= 1 and q.value == int(q.value)
    found = counted_noun(s, q.end, modifiers=not year_like, partitive=whole)
    if found and q.value == 1 and found[0].lower() not in lx.COUNT_NOUNS:
        found = None  # "One wonders": one and a plural is a verb, not a count
    if found:
        surface, noun, end, through_of = found
        if not through_of and _set_span(s, q, surface, end):
            return
        _set_count(q, surface, noun, q.end if through_of else end)


_SUPERLATIVE_RE = re.compile(r"\w(?:est|st)\b|\b(?:best|worst|most|least)\b", re.I)


def _set_span(s: str, q: Quantity, surface: str, end: int) -> bool:
    """A unit of time reached past modifiers is a span, no count: "five consecutive weeks",
    "31 straight months", "20 trading days" (the unit right after the figure was read as a
    unit before); after a superlative it counts ("the 12 hottest years on record")."""
    code = lx.UNIT_WORDS.get(surface.lower())
    if code not in lx.TIME_UNITS or _SUPERLATIVE_RE.search(s, q.end, end - len(surface)):
        return False
    if code == "decade":  # "three straight decades" is 30 years, as "three decades" is
        code = "year"
        q.value *= 10
    q.unit = code
    q.end = end
    return True


def _set_count(q: Quantity, surface: str, singular: str, end: int) -> None:
    q.unit = singular
    q.count = True
    q.end = end
    q.noun = surface


def _rate(s: str, q: Quantity) -> None:
    m = _RATE_RE.match(s, q.end)
    if not m:
        return
    if m.group("den3"):
        # "15 million euros a day": the claim's text keeps its basis, which the linker reads
        # (a daily cost is no total); the unit stays the currency, as stated
        if is_currency(q.unit):
            q.end = m.end()
        return
    den = (m.group("den") or m.group("den2") or m.group("den3")).lower()
    code = lx.RATE_DENOMINATORS.get(den)
    if code and q.unit:
        q.unit = f"{q.unit}/{code}"
        q.end = m.end()
