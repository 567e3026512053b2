"""Join and judge quantities: ranges, amounts, conversions, qualifiers, changes, what to keep.

Steps 4 and 5 of :mod:`factdb.extract.claims`, on the quantities of one sentence.
"""

from __future__ import annotations

import re

from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.numbers import scale_of
from factdb.extract.claims.scan import change_search, tail_search
from factdb.extract.claims.tokens import Quantity, last_word, overlaps
from factdb.extract.claims.units import is_physical
from factdb.extract.records import Qualifier

SCALE_SHARED_BELOW = 1000
"""A range's low end takes its high end's scale word only when smaller than this: "5 to 10
million" is 5-10 million, "from $250,000 to $1 million" is not 250 billion."""
_PAREN_OPEN_RE = re.compile(r"\s*[(\[]\s*|\s*,\s*or\s+|\s+or\s+")


_PAREN_CLOSE_RE = re.compile(r"\s*[)\]]")


_PAREN_SEP_RE = re.compile(r"\s*[,;]\s*|\s+or\s+")


_MONEY_TAIL_RE = re.compile(r"\s+(?:and\s+)?")


_SCALE_IN_RE = re.compile(r"(hundred|thousand|million|billion|trillion|bn|mn|tn|[kKmMbB])\b")


_CAP_BEFORE_RE = re.compile(r"(?<![.!?]\s)\b(?P<w>[A-Z][A-Za-z]+)\s$")


_KNOWN_COUNTS = frozenset(lx.COUNT_NOUNS.values())
_CHANGE_FROM_RE = re.compile(
    rf"\b(?:{lx.CHANGE_UP}|{lx.CHANGE_DOWN})\b[^,;.]{{0,40}}\bfrom\s*$", re.I
)
_RANGING_RE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s*$", re.I)
"""A verb of extent before "from": what follows is a range, not a change."""
_MONTH_RE = re.compile(lx.MONTHS + r"\.?")
_MOVED_RE = re.compile(
    rf"\b(?:{lx.CHANGE_UP}|{lx.CHANGE_DOWN})\s+(?:by\s+)?(?:about\s+)?\$?$", re.I
)
_OF_RE = re.compile(r"\s+of\b")
_LIST_GAP_RE = re.compile(r"\s*,\s*|\s*,?\s+and\s+")
_LIST_UNITS = frozenset({"percent", "percentage_point", "point"})
_PAIR_GAP_RE = re.compile(r"[-–—]|\s[-–—]\s|\s+to\s+")
_SHARE_UNITS = frozenset({"percent", "percentage_point"})
_SUSPENDED_GAP_RE = re.compile(r"-\s+(?:and|or)\s+")
_PLUS_MINUS_RE = re.compile(r"\s*(?:±|\+/-|\+/−|\+-)\s*")


def join_ranges(s: str, qs: list[Quantity]) -> list[Quantity]:
    """Join "between 5 and 10", "5-10%", "from 3 to 4 L"; share a unit along "45 and 50 mg"."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        if i + 1 < len(qs):
            b = qs[i + 1]
            gap = s[a.end : b.start]
            if _suspended(gap, a, b):
                _share_suspended(a, b)
            elif gap and lx.RANGE_JOIN_RE.fullmatch(gap):
                if _year_before(s, a):
                    pass  # "from $35 billion in 2006 to $63.5 billion": a date, no low end
                elif _falls_from(s, a, b, gap):
                    _fall(s, a, b)  # "from 46 to 41%"
                elif _is_range(s, a, b, gap):
                    out.append(_merge_range(s, a, b))
                    i += 2
                    continue
                if (
                    gap.strip() in {"and", "or", ","}
                    and a.unit is None
                    and not a.is_word
                    and b.unit
                    and not b.count
                    and a.change is None
                    and not _is_year(a)
                ):
                    a.unit = b.unit  # "45 and 50 mg": both are milligrams
        out.append(a)
        i += 1
    _share_list_unit(s, out)
    return out


def _suspended(gap: str, a: Quantity, b: Quantity) -> bool:
    """Whether A is a figure whose hyphen waits for B's unit: "a 20- or 30-year tax reform",
    "her 3- and 1-year-olds" (a range, "18- to 24-year-olds", is joined before)."""
    return (
        _SUSPENDED_GAP_RE.fullmatch(gap) is not None
        and a.unit is None
        and a.kind is None
        and a.change is None
        and not a.vague
        and b.hyphen
        and b.unit is not None
    )


def _share_suspended(a: Quantity, b: Quantity) -> None:
    """A takes B's unit, kind and noun: "20-" of "20- or 30-year" is twenty years."""
    a.unit, a.count, a.kind, a.noun, a.hyphen = b.unit, b.count, b.kind, b.noun, True


def _share_list_unit(s: str, qs: list[Quantity]) -> None:
    """ "by 9, 8 and 9 points": a list's last unit belongs to every bare figure before it, and
    so does a share's to the bare figure a dash or "to" joins to it and no range took: "voters
    approve 52-48 percent", "went 66 to 32 percent", "rose from 30 to 60 percent"."""
    for a, b in zip(reversed(qs[:-1]), reversed(qs[1:]), strict=True):
        if (
            a.unit is None
            and not a.is_word
            and a.kind is None
            and b.unit in _LIST_UNITS
            and not _is_year(a)
            and (
                _LIST_GAP_RE.fullmatch(s, a.end, b.start)
                or (
                    b.unit in _SHARE_UNITS
                    and a.value >= 0 <= b.value
                    and _PAIR_GAP_RE.fullmatch(s, a.end, b.start)
                )
            )
        ):
            a.unit = b.unit


def _falls_from(s: str, a: Quantity, b: Quantity, gap: str) -> bool:
    """ "from 46 to 41%" with no verb of change: a range runs upwards, so a pair written from
    the larger value to the smaller is a fall (its verb may stand a clause before: "dropped 5
    points since March, from 46 to 41%"); a pair after "ranging" stays a range."""
    if gap.strip().lower() != "to" or a.change or b.change or a.vague or b.vague:
        return False
    if not s[: a.start].rstrip().lower().endswith("from") or _RANGING_RE.search(s, 0, a.start):
        return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    lo = a.value
    if b.scaled and not a.scaled and a.value < SCALE_SHARED_BELOW:
        lo *= _scale_factor(s, b)
    return lo > b.value


def _fall(s: str, a: Quantity, b: Quantity) -> None:
    """Mark A and B as the two values of a fall; A takes B's scale word and unit when it has
    none ("from 10 to 5 million names": ten million names), and B takes A's ("from 60 votes to
    51")."""
    if b.scaled and not a.scaled and a.value < SCALE_SHARED_BELOW:
        a.value *= _scale_factor(s, b)
        a.scaled = True
    if a.unit is None and not a.is_word:
        a.unit, a.count, a.noun = b.unit, b.count, b.noun
    elif b.unit is None and not b.is_word:  # "from 60 votes to 51"
        b.unit, b.count, b.noun = a.unit, a.count, a.noun
    a.change, b.change = "from", "decrease_to"


def _is_range(s: str, a: Quantity, b: Quantity, gap: str) -> bool:
    joiner = gap.strip().lower()
    before = s[: a.start].rstrip().lower()
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
    if joiner in {"to", "-to"} and (_change_before(s, a.start) or _moved(s, a.start)):
        return False  # "rose from 5% to 7%", "rose 64.06 points to 4,577.10": two values
    if joiner == "through" and not before.endswith("from"):
        return False
    if a.unit in lx.TIME_UNITS and b.unit is None and _is_year(b):
        return False  # "those four election years — 1994, 2006, 2008 and 2010": a list
    if a.value == b.value and b.unit in _SHARE_UNITS:
        return False  # a tie: "split, 39 percent to 39 percent", "a 47-47 percent tie"
    return (
        before.endswith("from")
        or a.value <= b.value * _scale_factor(s, b)
        or (b.scaled and not a.scaled)
    )


def _moved(s: str, start: int) -> bool:
    """A change verb right before the first value: "rose 64 points to 4,577"."""
    return bool(_MOVED_RE.search(s, max(0, start - 25), start))


def _change_before(s: str, start: int) -> bool:
    """A change verb before "from" and the first value ("rose from 5% to 7%"), unless "from"
    follows "ranging" ("an increase ranging from 22 to 34 percent" is a range)."""
    return bool(
        "from" in s[max(0, start - 80) : start]
        and _CHANGE_FROM_RE.search(s, max(0, start - 80), start)
        and not _RANGING_RE.search(s, max(0, start - 40), start)
    )


def _merge_range(s: str, a: Quantity, b: Quantity) -> Quantity:
    lo = a.value
    if b.scaled and not a.scaled and a.value < SCALE_SHARED_BELOW:
        lo *= _scale_factor(s, b)  # "5 to 10 million": the low end is five million
    m = lx.RANGE_START_RE.search(s, max(0, a.start - 10), a.start)
    if m and s[m.end() : a.start].strip() == "":
        a.start = m.start()
    a.end = b.end
    a.value, a.value_max = min(lo, b.value), max(lo, b.value)
    a.unit = a.unit or b.unit
    a.count = a.count or b.count
    a.noun = a.noun or b.noun
    a.base = a.base or b.base
    a.kind = a.kind or b.kind  # "18- to 24-year-olds": ages
    a.qualifier = Qualifier.RANGE
    a.scaled = a.scaled or b.scaled
    return a


def join_uncertainty(s: str, qs: list[Quantity]) -> list[Quantity]:
    """ "2,000.45±0.01 pounds" is one quantity: the value, with the unit written after the error.

    The error itself is not kept (a claim has no uncertainty field); the span covers it.
    """
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and _PLUS_MINUS_RE.fullmatch(s, prev.end, q.start):
            prev.end = q.end
            prev.unit = prev.unit or q.unit
            prev.count = prev.count or q.count
            continue
        out.append(q)
    return out


def join_money(s: str, qs: list[Quantity]) -> list[Quantity]:
    """Join "3 dollars 50 cents" and "thirteen dollars and forty-five cents" into one amount."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and q.unit in lx.CURRENCY_SUBUNITS
            and lx.CURRENCY_SUBUNITS[q.unit][0] == prev.unit
            and _MONEY_TAIL_RE.fullmatch(s[prev.end : q.start])
        ):
            prev.value += q.value * lx.CURRENCY_SUBUNITS[q.unit][1]
            prev.end = q.end
            continue
        out.append(q)
    return out


def _scale_factor(s: str, q: Quantity) -> float:
    if not q.scaled:
        return 1.0
    m = _SCALE_IN_RE.search(s, q.start, q.end)
    return (scale_of(m.group(1)) or 1.0) if m else 1.0


def join_conversions(s: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        j = i + 1
        if a.unit and not a.count and j < len(qs):
            opener = _PAREN_OPEN_RE.fullmatch(s[a.end : qs[j].start])
            if (
                opener
                and qs[j].unit
                and not qs[j].count
                and qs[j].unit != a.unit
                and qs[j].value_max is None  # a Conversion holds one value, not a range
                and (is_physical(a.unit) == is_physical(qs[j].unit))
            ):
                paren = "(" in opener.group(0) or "[" in opener.group(0)
                convs = [qs[j]]
                k = j + 1
                while (
                    paren
                    and k < len(qs)
                    and _PAREN_SEP_RE.fullmatch(s[convs[-1].end : qs[k].start])
                    and qs[k].unit
                ):
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


def keep(s: str, q: Quantity) -> bool:
    """Step 5: reject what is not a claim."""
    if (q.unit in lx.TIME_UNITS or q.unit in _TITLE_LENGTHS) and _title_unit(s, q):
        return False
    if q.vague or (q.unit is not None and not q.count):
        return True
    if _is_year(q, s):
        return False
    if q.is_word and q.kind != "ratio":  # "the one-in-five statistic" is a ratio
        words = s[q.start : q.end].lower().replace("-", " ").split()
        low = words[0] if words else ""
        if low in {"one", "a", "an"} and not q.count and len(words) == 1:
            return False
        # "the two leaders" points back at known things; "the two other victims" and "the
        # other two victims" count the rest of a group
        return not (
            low in lx.SMALL_ANAPHORIC
            and lx.ANAPHORIC_BEFORE_RE.search(s, max(0, q.start - 12), q.start)
            and not (q.count and _other_beside(s, q))
        )
    if q.count or q.qualifier is not Qualifier.EXACT:
        return True
    # a number right after a capitalised word is part of a name: "Voyager 2", "English 101"
    before = s[max(0, q.start - 30) : q.start]
    m = _CAP_BEFORE_RE.search(before)
    if (
        m
        and not _MONTH_RE.fullmatch(m.group("w"))
        and m.group("w").lower() not in lx.MEASURES_STOP_WORDS
        and not tail_search(lx.QUALIFIER_RE, before, lx.QUALIFIER_WORDS)
    ):
        return False
    # list markers: "1)" and "2)"
    return not (
        s[q.end : q.end + 1] == ")" and (q.start == 0 or s[: q.start].rstrip().endswith((";", ":")))
    )


def _other_beside(s: str, q: Quantity) -> bool:
    """Whether "other" stands right before or after Q's number: "the *other* two victims",
    "the two *other* victims"."""
    before = s[max(0, q.start - 7) : q.start].rstrip().lower()
    return before.endswith(" other") or before == "other" or bool(_OTHER_AFTER_RE.match(s, q.start))


_OTHER_AFTER_RE = re.compile(r"[\w-]+\s+other\b", re.I)
_TITLE_LENGTHS = frozenset({"mi", "km", "m", "ft"})
"""Units besides spans of time that titles and names hold ("Thousands of *Miles* Away", "the
Thirty *Meter* Telescope"); units named after people ("32 degrees *Celsius*") are not among
them."""
_UNIT_WORD_RE = re.compile(r"([A-Za-z]+)\W*$")
_SENTENCE_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")


def _title_unit(s: str, q: Quantity) -> bool:
    """Whether Q's unit is written in title case in a sentence that is not: a title or a name
    ("CBS' *60 Minutes*", "shouted “*Four More Years*!”", "the *Thirty Meter* Telescope"); a
    headline in title case keeps its figures ("Trump Commemorates 200 Miles of New Border
    Wall")."""
    m = _UNIT_WORD_RE.search(s, q.start, q.end)
    word: str = m.group(1) if m and m.start() > q.start else ""  # not "Three" of "Three weeks"
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
        return False
    words: list[str] = _SENTENCE_WORD_RE.findall(s)
    return 3 * sum(w[0].islower() for w in words) > len(words)


def _is_year(q: Quantity, s: str = "") -> bool:
    """A four-digit whole number in the year range, with no unit or an uncounted noun after it,
    or (given the sentence S) a counted noun after a determiner or an owner: "the 2012
    attacks", "their 2016 votes", "Sanders's 2016 voters" (a count would be written "2,012")."""
    if not q.integer_text or q.scaled or not lx.YEAR_MIN <= q.value <= lx.YEAR_MAX:
        return False
    if q.unit is None or (q.count and q.unit not in _KNOWN_COUNTS):
        return True
    return bool(
        s
        and q.count
        and q.value >= MODERN_YEAR_MIN
        and _YEAR_OWNER_RE.search(s, max(0, q.start - 12), q.start)
    )


MODERN_YEAR_MIN = 1900
"""A counted noun after a determiner is read as a year's only from this year on ("the 2012
attacks"; "the 1500 troops" stays a count)."""
_YEAR_OWNER_RE = re.compile(r"(?:\b(?:the|a|an|their|his|her|its|our|in)|['’]s?)\s+$", re.I)
_YEAR_BEFORE_RE = re.compile(r"\b(?:in|of|fiscal|since|during|until|by|year)\s+$", re.I)


def _year_before(s: str, a: Quantity) -> bool:
    """A bare year after "in", "of" or "fiscal" before a dash or "to" and an amount: a date that
    joins nothing ("from $10 billion in 2014 to $4 billion", "404 million in 2060 — 79
    million larger")."""
    return (
        a.unit is None
        and _is_year(a)
        and _YEAR_BEFORE_RE.search(s, max(0, a.start - 12), a.start) is not None
    )


def qualify(s: str, q: Quantity) -> None:
    """Step 4: qualifiers before and after, and change verbs."""
    left = s[max(0, q.start - 40) : q.start]
    if q.qualifier is Qualifier.EXACT:
        gate = last_word(left).rstrip(".").endswith(lx.QUALIFIER_ENDS)
        m = tail_search(lx.QUALIFIER_RE, left, lx.QUALIFIER_WORDS) if gate else None
        if m:
            kind = m.lastgroup
            q.qualifier = {
                "approx": Qualifier.APPROX,
                "at_least": Qualifier.AT_LEAST,
                "at_most": Qualifier.AT_MOST,
            }[kind or "approx"]
            if (
                m.group(0).strip().lower() == "some" and q.unit is None and _OF_RE.match(s, q.end)
            ) or (
                m.group(0).strip().lower() in {"over", "under", "up"} and _change_before(s, q.start)
            ):
                q.qualifier = Qualifier.EXACT
            else:
                q.start = q.start - len(left) + m.start()
        t = lx.TRAILING_QUALIFIER_RE.match(s[q.end : q.end + 20])
        if t and q.qualifier is Qualifier.EXACT:
            q.qualifier = {
                "approx": Qualifier.APPROX,
                "at_least": Qualifier.AT_LEAST,
                "at_most": Qualifier.AT_MOST,
            }[t.lastgroup or "approx"]
    if q.change is None:
        window = s[max(0, q.start - 90) : q.start]
        ends = last_word(window).rstrip(".").endswith(lx.CHANGE_ENDS)
        c = change_search(window) if ends else None
        if c:
            direction = "increase" if c.group("up") else "decrease"
            prep = c.group("prep").lower()
            q.change = "from" if prep == "from" else f"{direction}_{prep}"


def multipliers(s: str, kept: list[Quantity], blocked: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    low = s.lower()
    if not any(w in low for w in ("doubl", "tripl", "quadrupl", "halv")):
        return out
    for m in lx.MULTIPLIER_RE.finditer(s):
        if overlaps(*m.span(), blocked) or any(q.start <= m.start() < q.end for q in kept):
            continue
        if lx.MULTIPLIER_BLOCK_BEFORE_RE.search(s, max(0, m.start() - 8), m.start()):
            continue
        factor, change = lx.MULTIPLIER_VERBS[m.group("verb").lower()]
        out.append(Quantity(m.start(), m.end(), factor, unit="fold", change=change))
    return out
