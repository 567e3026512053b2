"""News forms of numbers: ages, "seven in 10", poll points, and the numbers that are no claim.

Read on real news articles, where the quantity sets taught little:

- an age is its own kind with unit `year` (never seconds): "57-year-old", "Manafort, 68,",
  "at age 33", "when he was eight", "in his early 30s" (30-33), "voters ages 18 to 34",
  "older than 65";
- "seven in 10 voters" is the ratio 0.7, not 10 voters;
- "points" in a sentence about polls, leads, margins or percentages are percentage points
  ("a 13-point advantage"), and "plus or minus 3" is a margin of 3, not -3;
- not claims (`noise` names the reason): banners ("This article is more than 1 year old"),
  captions and pagination ("Hide Caption 8 of 8", "(2/3)", "Slideshow (2 Images)"), ratings
  and scales ("Level 3 out of 5"), legal references ("§2(c)"), versions, ranks ("the top
  100"), anniversaries and relative dates ("two weeks ago", "Four years earlier"), and
  counts of sources ("two U.S. officials told CNN"), an ordinal read as a fraction ("a third
  day"), "zero-" compounds ("zero-tolerance") and idioms ("a two-bit crook"), ranks in stars
  ("a three-star general"), number words of titles ("the Gang of Eight"), the cells of a
  table flattened into text (rows of names, figures and check marks), another page's
  headline ("( Also on POLITICO: 8 takeaways ...)", "... Read more") and a fact-checker's
  rating ("Four Pinocchios").
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Final

from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.counted import counted_noun
from factdb.extract.claims.numbers import parse_figure, parse_words
from factdb.extract.claims.scan import word_starts
from factdb.extract.claims.tokens import Quantity, last_word
from factdb.extract.claims.units import is_currency
from factdb.extract.records import Qualifier

AGE = "age"
LIST_MARKER = 20
"""A bare figure below this closed by a bracket that none opened is a list's marker ("1) that
it is not well funded, 2) that ...")."""
LONE_MARKER = 100
"""A bare figure below this standing alone as a sentence with a full stop or bracket is a
list's marker ("49." of "The 57 most outlandish lines", cut off from the quotation after it);
with a unit, only one below ``LIST_MARKER`` is ("90 percent." said again for weight is a claim).
"""
RATIO = "ratio"
VAGUE = "vague"
DECADE_SPANS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "": (0, 9)}
_AGE_AFTER_RE = re.compile(
    r"(?:(?:\s*-\s*|\s+)years?)?(?:\s*-\s*|\s+)olds?\b|\s+years?\s+of\s+age\b"
    r"|\s+(?:and|or)\s+older\b|\s+y\.?o\b",
    re.I,
)
_AGE_BEFORE_RE = re.compile(
    r"(?:\b(?:aged?|ages)\s+|\bat\s+age\s+|\b(?:older|younger)\s+than\s+|"
    r"\b(?:when|as)\s+(?:he|she|they|I)\s+(?:was|were)\s+|\bas\s+young\s+as\s+"
    # a list of ages: "ages 13, 8 and 4", "ages 54 and 50" (never "age 30, and 22 percent")
    r"|\bages\s+\d{1,3}(?:,\s*\d{1,3})*(?:,\s*|,?\s+(?:and|or)\s+))$",
    re.I,
)
# "Manafort, 68, was charged": a capitalised name, a comma, the age, a comma.
_NAME_AGE_RE = re.compile(r"[A-Z][\w.'’-]+,\s$")
_DECADE_RE = re.compile(
    r"\b(?:his|her|their|the|my|our|your)\s+(?:(?P<part>early|mid|late)[\s-]+)?$", re.I
)
_RATIO_RE = re.compile(r"\s+(?:in|out\s+of)\s+", re.I)
_HYPHEN_RATIO_RE = re.compile(r"-in-(?P<b>\d{1,4}\b|[a-z]+(?:-[a-z]+)?)", re.I)
"""The whole of a ratio written with hyphens, which is no token of its own: "three-in-ten",
"1-in-3"."""
_POINTS_CONTEXT_RE = re.compile(
    r"percent|%|\bpolls?\b|\blead|\bled\b|\bmargin|\btrail|\bahead\b|\badvantage|\brating|"
    r"\bvot|\bwin|\bwon\b|\bbeat|\bedg|\btops?\b|outperform",
    re.I,
)
_POINT_WORD_RE = re.compile(r"[\s-]+points?\b", re.I)
_TIMES_RE = re.compile(
    r"\s+(?:that|the|as|what|more|larger|higher|bigger|greater|faster|fewer|less|lower|smaller)\b",
    re.I,
)
_GREW_BEFORE_RE = re.compile(
    r"\b(?:increased|grew|grown|rose|risen|jumped|multiplied|expanded)\s+(?:by\s+)?"
    r"(?:(?:nearly|almost|about|roughly|some|over|more\s+than)\s+)?$",
    re.I,
)
"""A verb of growth right before "N times": a multiplier ("has increased nearly three
times"), not a count of occasions."""
_PERCENT_OF_RE = re.compile(r"\b(?:percents?|per\s+cent)\s+of\s+$", re.I)
# A figure or number word (with perhaps a qualifier) right before "percent".
_FIGURE_BEFORE_RE = re.compile(rf"(?:\d|\b{lx.NUMBER_WORD})[\s-]*(?:-|\s)*$|%\s*$", re.I)
_PLUS_MINUS_RE = re.compile(r"\bplus\s+or\s+$", re.I)
_NOISE_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("banner", re.compile(r"\barticle\s+is\s+(?:more|less)\s+than\s+$", re.I)),
    (
        "caption",
        re.compile(r"\b(?:caption|photo|image|slide|picture)\s+(?:\d+\s+of\s*/?\s*)?$", re.I),
    ),
    ("scale", re.compile(r"\b(?:level|category|grade|tier|stage|rated|rating|scale)\s+$", re.I)),
    # "§2(c)", "42 U.S.C. 1983", and a subsection in brackets after a section: "§1226(c)(2)"
    (
        "citation",
        re.compile(r"§\s*$|\b(?:U\.?S\.?C\.?|C\.?F\.?R\.?)\s+$|§\s*\d[\w.-]*(?:\(\w+\))*\($"),
    ),
    ("rank", re.compile(r"(?<![\w&])#$")),  # "Resolution #5", "the #2 official"
    ("version", re.compile(r"\b(?:version|v|ver|release|iOS|Android|Windows)\.?\s*$", re.I)),
    ("scale", re.compile(r"\w\s+out\s+of\s+$", re.I)),  # what "N out of" did not join
    ("rank", re.compile(r"\btop\s+$", re.I)),
    ("rank", re.compile(r"(?-i:\bNumber)\s+$")),  # "Number two, I don't want to take a chance"
    ("reference", re.compile(r"\b(?:of|among)\s+(?:those|these|them)\s+$", re.I)),
)
_NOISE_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pagination", re.compile(r"\s*/\s*\d+\s*\)|\s+of\s+\d+\s*$|\s+of\s*/\s*\d", re.I)),
    ("caption", re.compile(r"\s+(?:images?|photos?|pictures?|slides?)\s*\)", re.I)),
    ("scale", re.compile(r"\s+(?:out\s+of|on\s+a\s+scale\s+of)\s+(?:5|10|100|five|ten)\b", re.I)),
    ("scale", re.compile(r"\s+[“\"‘']?Pinocchios?\b")),  # the Post's rating: "Four Pinocchios"
    ("name", re.compile(r"-D\b")),  # dimensions: "a 3-D-printed bust", "in 3-D"
    ("citation", re.compile(r"\s+(?:U\.S\.C|C\.F\.R|USC|CFR)\b")),  # the title of "18 U.S.C. 1001"
    ("date", re.compile(
        r"(?:[\s-]+year)?\s+anniversary\b"
        r"|\s+(?:to|until|before)\s+(?:the\s+)?(?:[A-Z]\w*\s+)*Day\b",  # a countdown
        re.I,
    )),
)  # fmt: skip
# "two weeks ago", "Eight days later, ...", "Half an hour later": when, not how long.
_RELATIVE_RE = re.compile(
    r"(?:\s+(?:an?\s+)?(?:hours?|days?|weeks?|months?|years?|decades?))?"
    r"\s+(?:ago\b|(?:earlier|later)(?=\s*[,.;:]|\s*$))",
    re.I,
)
_TIME_ZONE_RE = re.compile(
    r"\s+(?:ahead|behind)\s+(?:(?:of|on)\s+)?(?:the\s+)?"
    r"(?:[^.;:!?]{0,40}?\b(?:time|GMT|UTC)\b|[A-Z][\w.-]*(?!['’\w]))"
)
"""What makes a span of hours a clock's offset, no claim: "nine hours *ahead of Greenwich Mean
Time*", "Dallas is six hours *behind Britain*", "six hours *ahead on Davos, Switzerland, time*"
(not "two hours ahead of the movie's first showing", nor "ahead of Trump's speech")."""
_ADDRESS_RE = re.compile(
    r"(?: [A-Z][\w.'’-]*){0,3} (?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Lane|Freeway"
    r"|Highway|Parkway|Place|Plaza|Square|Terrace|Court)\b"
)
"""A bare figure then one to three capitalised words and a street word: an address ("10 Downing
Street", "7815 Harding Street", "the 101 Freeway"), not an amount."""
_SOURCES = frozenset({"official", "source", "aide", "person"})
_SAID_RE = re.compile(r"\s+(?:told|said|say|says)\b")
_SOURCE_NOUNS: Final = lx.SOURCE_NOUNS
SOURCE_COUNT_MAX = 20
"""The largest count of unnamed sources: "more than a dozen sources" may be one, "2,800 members
involved in the coup" is none."""
_SOURCE_AFTER_RE: Final = re.compile(
    r"\s+(?:told|said|say|says|tell|tells)\b"
    r"|,?\s+(?:(?:who\s+(?:are|were|is|was)\s+)?(?:familiar\s+with|close\s+to|briefed\s+on"
    r"|with\s+(?:direct\s+|first-?hand\s+|)knowledge\s+of)"
    r"|(?:who\s+)?(?:spoke|speaking)\b[^.;]{0,60}?\b(?:condition\s+of\s+anonymity|not\s+authorized)"
    r"|who\s+(?:requested|asked|declined|insisted|(?:were|are|was|is)\s+not\s+authorized"
    r"|did\s+not\s+want)\b)",
    re.I,
)
"""After a count of sources, what makes them the report's unnamed sources: "two people familiar
with the meeting", "three officials who spoke on condition of anonymity", "two sources tell"."""
_SHORT_YEAR_RE: Final = re.compile(r"(?<![\w'’‘])['’‘]\d\d(?![\w%'’])")
"""A year in two figures after an apostrophe ("in '08", "the ’16 race", "1993-’94"), not one
quoted ("‘15’") nor a decade ("the ’70s")."""
_NOT_YEAR_UNITS: Final = frozenset({"percent", "USD", "EUR", "GBP"})
_DOCKET_RE: Final = re.compile(r"\(\d{2}-\d{1,5}\)")
_CASE_NAME_RE: Final = re.compile(r"\sv(?:s)?\.\s")
CASE_NAME_REACH = 120
"""A docket number in brackets follows its case's name within this many characters: "U.S. v.
Texas (15-674)", "Department of Homeland Security v. Regents of the University of California
(18-587)"."""
_SOURCE_BEFORE_RE: Final = re.compile(r"\b(?:according\s+to|citing|quoting)\s+$", re.I)
"""Before a count of sources, the words that cite them: "according to three sources"."""
_EMERGENCY_NUMBERS: Final = frozenset({"911", "999", "112", "311"})
"""Emergency and city service numbers, written bare ("call 911", "a 311 complaint")."""
_DIALED_RE: Final = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?|ring|rang|phon(?:e|es|ed|ing)"
    r"|text(?:s|ed|ing)?)(?:\s+(?:to|into|up))?\s+[“\"‘']?$",
    re.I,
)
"""A verb or noun of calling right before a number, perhaps with "to" or "into": "was
calling 911", "my call to 911", "a call came into 911", "dial 999"."""
_SERVICE_AFTER_RE: Final = re.compile(
    r"[”\"’']?,?\s+(?:calls?|callers?|service|system|lines?|operators?|dispatch\w*|cent(?:er|re)s?"
    r"|fees?|hotlines?|numbers?|recordings?|tapes?|texts?|complaints?|requests?)\b",
    re.I,
)
"""A word of the service a number names, right after it: "911 calls", "a 911 caller", "New
York City's 311 call system", "the 911 fee"."""
_NAME_AT_RE = re.compile(
    r"[2-6]G\b|911\s+calls?\b|401[-(]?k\b"
    r"|(?:\d+|[a-z]+)-year\s+(?:(?-i:[A-Z][\w.’'-]*)\s+)?(?:[\w-]+\s+)?"
    r"(?:bonds?|notes?|Treasur\w*|yields?|gilts?|Bunds?|mortgages?)\b"
    r"|\d+-(?:day|week|month)\s+(?:highs?|lows?|moving\s+average)\b",
    re.I,
)
_PROMO_RE = re.compile(
    r"^\s*(?:sign\s+up|subscribe|catch\s+up|read\s+more|click\s+here)\b|\bsign\s+up\s+(?:today|now)\b"
    r"|\bJUST\s+WATCHED\b|\bMUST\s+WATCH\b|\bReplay\s+More\s+Videos\b"
    r"|\b(?:promo|discount|coupon)\s+code\b|\b(?:Media|Image)\s+caption\b"
    r"|\bPlay\s+Video\b|\bVideo\s+length\b",
    re.I,
)
_PROMO_LOW_RE = re.compile(_PROMO_RE.pattern.lower())
_READ_MORE: Final = ("Read more", "READ MORE", "read more")
"""The end of a line that links another page by its headline ("France mourns 84 killed in
Bastille Day atrocity – live Read more")."""
_LINK_LABEL = (
    r"(?:VIDEOS?|WATCH|LISTEN|MORE|READ(?:\s+MORE)?|ALSO\s+READ"
    r"|RELATED(?:\s+(?:STORY|STORIES|COVERAGE|CONTENT|LINKS?))?|SEE\s+ALSO|CLICK\s+HERE)\s*:"
)
_LINK_BRACKET_RE = re.compile(
    r"\(\s*(?:" + _LINK_LABEL + r"|(?:PHOTOS?|GALLERY|SLIDESHOW|ALSO\s+ON\s+[\w.]+)\s*:)"
    r"[^()\n]*\)?",
    re.I,
)
_LINK_LINE_RE = re.compile(r"(?:^|\n)\s*" + _LINK_LABEL + r"[^\n]*", re.I)
"""Outlets' inline promotion of another page, a label and a colon opening a bracket or a line:
"( PHOTOS: 10 wild immigration quotes)", "READ MORE: ...", "RELATED: ...", "SEE ALSO: ...".
Its figures are a headline's, nobody's claim. A line opened by "Photos:" is a gallery's title
followed by its captions ("Photos: Anti-Trump protests ... Nearly 1,000 students march"),
which state facts."""
_PROMO_STARTS = (
    "sign", "just", "must", "replay", "promo", "discount", "coupon", "media", "image", "play",
    "video",
)  # fmt: skip
"""The first words of the alternatives of _PROMO_RE not anchored at the sentence's start."""
# Every _PROMO_RE match holds one of these (lower-cased): the search runs only when one is seen.
_PROMO_GATE = (
    "sign", "subscribe", "catch", "read", "click", "watch", "replay", "promo", "discount", "coupon",
    "caption", "video",
)  # fmt: skip
# Every _NOISE_BEFORE pattern ends at the end of the text before the number, with at most
# blanks after it, in a word that ends with one of these (lower-cased, full stops dropped).
_NOISE_BEFORE_ENDS = (
    "than", "caption", "photo", "image", "slide", "picture", "of", "level", "category", "grade",
    "tier", "stage", "rated", "rating", "scale", "§", "usc", "cfr", "version", "v", "ver",
    "release", "ios", "android", "windows", "top", "those", "these", "them", "(", "#", "/",
    "number",
)  # fmt: skip
_SCALE_OF_RE = re.compile(r"\bscale\s+(?:of|from)\s+$", re.I)
_PART_OF_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|final|\d+)\s+of\s+$", re.I)
_ONE_OF_RE = re.compile(r"one\s+of\b", re.I)
_STAR_RE = re.compile(r"[\w.]+-star\b", re.I)
"""A rank in stars ("a three-star general", "a five-star hotel"): no count of stars."""
_ZERO_WORD_RE = re.compile(r"zero(?:-|\s+(?:tolerance|sum)\b)", re.I)
"""A "zero-" compound ("zero-tolerance policy", "zero-sum game", "zero tolerance"): a word."""
_IDIOM_RE = re.compile(
    r"(?:one|two|three|four|[234])-(?:bit|way|faced|pronged|tier(?:ed)?|ring|letter|fisted)\b"
    r"|one-two\b|one-(?:time|on-one|off)\b|two-(?:party|front|track|factor)\b",
    re.I,
)
"""A number in an idiom ("a two-bit crook", "a three-way race", "a two-pronged attack", "a
four-letter word", "a one-two punch", "a one-time payment", "a one-on-one meeting", "the
two-party system", "a two-front battle"): a word, not a count."""
_TITLE_OF_RE = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")
"""A capitalised name before "of": its capitalised number word is a title ("Gang of Eight")."""
_NAME_BEFORE_RE = re.compile(r"(?<![\w’'-])(?P<w>[A-Z][\w’'-]*)\.?\s+$")
_NAME_NEXT_RE = re.compile(r"[\w’'-]*\s+(?:[A-Z]|of\b)")
"""A capitalised word right before a capitalised number word ("World War Two", "the Big Five",
"told Page Six"), and a capitalised word or "of" after it (which makes the run a headline's
words, "Trump Signs Two Bills", or a part, "the Supreme Court Four of the nine": a number)."""


def _capitalised_name(s: str, q: Quantity) -> bool:
    """Whether Q, a number word written with a capital inside a sentence, ends a name with the
    capitalised word before it: "World War Two", "the Big Five", "Page Six" (not "The Two", nor a
    headline in title case, whose next word is capitalised too)."""
    text = s[q.start : q.end]
    if not q.is_word or q.vague or q.unit is not None or not text[1:].isalpha():
        return False  # "Five million", "Thousands of Miles Away"
    m = _NAME_BEFORE_RE.search(s, max(0, q.start - 30), q.start)
    if m is None or m["w"].lower() in lx.MEASURES_STOP_WORDS:
        return False
    return not _NAME_NEXT_RE.match(s, q.end)


_PART_BEFORE_RE = re.compile(r"\b(?:first|second|third|final|last|other|latter|former)\s+$", re.I)
_ORDINAL_FRACTION_RE = re.compile(
    r"\b(?:a|the)\s+(?:second|third|fourth|fifth)\s+(?!of\b)[a-z]"
    r"|\b(?:[Aa]|[Tt]he)\s+(?:second|third|fourth|fifth)-(?!to\b|of\b)[a-z]"
)
"""An ordinal that reads as a fraction, before a word or joined to one: "a third time", "a
third-party candidate", "a third-place finish", "a fourth-generation farmer"."""


def age(s: str, q: Quantity) -> bool:
    """Read Q as an age when the words around it say so; return whether it is one."""
    if q.unit in _YOUNG_AGE_UNITS:
        return _young_age(s, q)
    if q.unit == "year" and q.value >= AGE_MAX and _OLD_AFTER_RE.match(s, q.end):
        return _young_age(s, q)  # "a 400-year-old relic": the age of a thing
    if q.unit not in (None, "year", "s") or not 0 < q.value < AGE_MAX:
        return False
    left = s[max(0, q.start - 30) : q.start]
    after = _AGE_AFTER_RE.match(s, q.end)
    decade = _decade(s, q)
    if decade is not None:
        q.value, q.value_max = decade
        q.qualifier = Qualifier.RANGE
    elif after:
        q.end = after.end() if "old" in after.group(0).lower() else q.end
    elif not (_AGE_BEFORE_RE.search(left) or _is_name_age(s, q)):
        return False
    q.unit, q.kind, q.count, q.noun = "year", AGE, False, None
    return True


AGE_MAX: Final = 130
"""A person's age in years is below this; a larger figure before "-old" is a thing's age."""
_YOUNG_AGE_UNITS: Final = frozenset({"month", "week", "day", "century"})
_OLD_AFTER_RE: Final = re.compile(r"(?:\s*-\s*|\s+)olds?\b", re.I)


def and_a_half(s: str, q: Quantity) -> None:
    """ "a year and a half" is 1.5 years, not a bare half: the half takes the unit of time
    before it and, after "a", "an" or "one", that one ("the past decade and a half" is 15
    years)."""
    if q.value != 0.5 or not q.is_word or q.unit is not None:
        return
    m = _UNIT_AND_HALF_RE.search(s, max(0, q.start - 30), q.start)
    if m is None or s[q.start : q.end].lower() != "a half":
        return
    code = lx.UNIT_WORDS[m["unit"].lower()]
    q.value = 1.5
    if code == "decade":
        code, q.value = "year", 15.0
    q.unit = code
    q.start = m.start("one") if m["one"] else m.start("unit")


_UNIT_AND_HALF_RE: Final = re.compile(
    r"(?:\b(?P<one>[Aa]n?|[Oo]ne)\s+)?\b(?P<unit>year|month|week|day|hour|minute|decade)"
    r"\s+and\s+$"
)


def decade(s: str, q: Quantity) -> None:
    """A multiple of ten joined to "s" that is no age ("the ’60s", "in the low 40s") counts
    no seconds: it loses the unit (`noise` drops the decades of a century)."""
    if (
        q.unit == "s"
        and _JOINED_DECADE_RE.fullmatch(s, q.start, q.end)
        and _DECADE_CONTEXT_RE.search(s, max(0, q.start - 12), q.start)
    ):
        q.unit = None


_JOINED_DECADE_RE: Final = re.compile(r"['’‘]?\d*0s")
_DECADE_CONTEXT_RE: Final = re.compile(
    r"(?:['’‘]|\b(?:[Tt]he|low|mid|high|upper|lower|early|late)[\s-]+|"
    r"\d{3}0s,?\s+(?:and|or|to|through)\s+)$"
)
"""Words before a decade or a level in tens ("the ’60s", "in the low 40s", "1950s and 60s")."""
_DECADE_BEFORE_RE: Final = re.compile(
    r"(?:['’‘]|\b[Tt]he\s+|\d{3}0s,?\s+(?:and|or|to|through)\s+)$"
)
"""What stands before a decade of a century: an apostrophe ("the ’60s"), "the" ("the 60s") or
a decade in four figures ("the 1950s and 60s")."""


def _young_age(s: str, q: Quantity) -> bool:
    """ "a 7-month-old daughter", "a son just over 2 weeks old", "a four-centuries-old
    judgment", "a 400-year-old relic": an age in its unit, not a span of time."""
    after = _OLD_AFTER_RE.match(s, q.end)
    if after is None:
        return False
    q.end, q.kind, q.count, q.noun = after.end(), AGE, False, None
    return True


def _decade(s: str, q: Quantity) -> tuple[float, float] | None:
    """ "in his early 30s" -> (30, 33); None unless the figure is a decade of someone's life."""
    text = s[q.start : q.end]
    if not (text.endswith("s") and text[:-1].isdigit() and q.value % 10 == 0):
        return None
    m = _DECADE_RE.search(s, max(0, q.start - 20), q.start)
    if m is None:
        return None
    low, high = DECADE_SPANS[(m.group("part") or "").lower()]
    return q.value + low, q.value + high


def _is_name_age(s: str, q: Quantity) -> bool:
    return (
        q.value >= 10
        and s[q.end : q.end + 1] == ","
        and bool(_NAME_AGE_RE.search(s, max(0, q.start - 40), q.start))
    )


RATIO_WHOLES: Final = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 50, 100, 1000})
"""The wholes of "N in M" when N is a word ("one in three"); after a figure only 5, 10, 100
and 1,000 are ("3 in 4 games" is a tally)."""


def join_ratios(s: str, qs: list[Quantity]) -> list[Quantity]:
    """ "seven in 10 voters", "one in five": one quantity, the ratio, keeping the counted noun;
    "a 2-to-1 margin", "a ratio of 4:1": the ratio of A to one, with the "1" in it."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        if _to_one(s, a):
            out.append(a)  # "by more than a 2-to-1 margin"
            i += 1
            while i < len(qs) and qs[i].start < a.end:
                i += 1  # the "1" of "2-to-1", now inside the ratio
            continue
        if a.unit is None and s[a.end : a.end + 4].lower() == "-in-" and _hyphen_ratio(s, a):
            out.append(a)  # "three-in-ten U.S. adults"
            i += 1
            continue
        b = qs[i + 1] if i + 1 < len(qs) else None
        if (
            b is not None
            and a.unit is None
            and (
                b.value in (5, 10, 100, 1000) or (b.value in RATIO_WHOLES and s[a.start].isalpha())
            )
            and a.value < b.value
            and a.value == int(a.value)
            and _RATIO_RE.fullmatch(s, a.end, b.start)
        ):
            a.value, a.end, a.kind, a.unit, a.count = a.value / b.value, b.end, RATIO, None, False
            a.noun = b.noun
            out.append(a)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_TO_ONE_RE: Final = re.compile(
    r"(?:\s*-\s*to\s*-\s*|\s+to\s+|:|-)(?:1|one)(?![\w:/%-]|[.,]\d|\s*(?:%|percent|per\b))", re.I
)
"""The end of a ratio to one: "2-to-1", "two-to-one", "3 to 1", "4:1", "2-1"."""
_TO_ONE_NOUN_RE: Final = re.compile(
    r"[\s-]+(?:ratios?|margins?|advantages?|edges?|leads?|majority|odds|split)\b", re.I
)
_TO_ONE_BEFORE_RE: Final = re.compile(
    r"\b(?:ratios?\s+(?:of|was|is|to|at|from|were|are)|margin\s+of|by|from|to|outnumber\w*"
    r"|outpac\w*|outsold|outspen\w*)\s+(?:(?:a|an|nearly|almost|about|roughly|some|more|less"
    r"|better|than|over|just|at|least|of|close|to)\s+)*$",
    re.I,
)
"""What leads to a ratio to one: "a ratio of", "by (more than a)", "outnumber by"."""
_FROM_END_RE: Final = re.compile(r"\bfrom\s+$", re.I)


def _to_one(s: str, a: Quantity) -> bool:
    """Read A, a number before "-to-1", " to 1", ":1" or "-1", as the ratio of A to one, when a
    word of ratios or margins follows ("a 2-to-1 margin") or leads to it ("by 3 to 1", "a ratio
    of 4:1"); return whether it is one. A score ("won 2-1") and a change ("from 3 to 1") are
    none."""
    if a.value_max is not None or a.value <= 1 or a.kind is not None:
        return False
    if a.unit is not None and not (a.unit == "percent" and "%" not in s[a.start : a.end]):
        return False  # "nearly 2-1, 58%-30%" lent the share's unit to the 2
    m = _TO_ONE_RE.match(s, a.end)
    if m is None:
        return False
    left = s[max(0, a.start - 50) : a.start]
    if not (_TO_ONE_NOUN_RE.match(s, m.end()) or _TO_ONE_BEFORE_RE.search(left)):
        return False
    if (
        _FROM_END_RE.search(left)
        and not _TO_ONE_NOUN_RE.match(s, m.end())
        and "ratio" not in s.lower()
    ):
        return False  # "cut from 3 to 1": a change
    a.end, a.kind, a.unit, a.count, a.noun = m.end(), RATIO, None, False, None
    return True


def _hyphen_ratio(s: str, a: Quantity) -> bool:
    """Read A, a whole number before "-in-" and a larger whole ("three-in-ten", "1-in-3"), as
    their ratio; return whether it is one."""
    m = _HYPHEN_RATIO_RE.match(s, a.end)
    if m is None or a.value != int(a.value):
        return False
    raw = m.group("b")
    whole = parse_figure(raw) if raw[0].isdigit() else parse_words(raw.lower())
    if whole is None or whole not in RATIO_WHOLES or not 0 < a.value < whole:
        return False
    a.value, a.end, a.kind, a.count = a.value / whole, m.end(), RATIO, False
    found = counted_noun(s, a.end, partitive=False)
    a.noun = found[0] if found else None  # "three-in-ten U.S. adults" keeps its noun
    return True


def points(s: str, q: Quantity) -> None:
    """Poll and percentage "points" are percentage points; "plus or minus 3" is 3."""
    if q.value < 0 and _PLUS_MINUS_RE.search(s, max(0, q.start - 12), q.start):
        q.value = -q.value
    if q.unit is None:
        word = _POINT_WORD_RE.match(s, q.end)
        if word and _points_context(s):
            q.unit, q.end = "point", word.end()  # "a 4.5 point margin of error"
    if q.unit == "point" and _points_context(s):
        q.unit, q.count, q.noun = "percentage_point", False, None
    if (
        q.unit == "time"
        and q.count
        and (_TIMES_RE.match(s, q.end) or _GREW_BEFORE_RE.search(s, max(0, q.start - 40), q.start))
    ):
        q.unit, q.count, q.noun = "fold", False, None  # "two to three times that amount"


@lru_cache(maxsize=256)
def _points_context(s: str) -> bool:
    """Whether sentence S speaks of polls, leads or percentages (one search a sentence)."""
    return bool(_POINTS_CONTEXT_RE.search(s))


def percent_of(s: str, q: Quantity) -> None:
    """ "percent of 10", "per cent of twenty-two": a share named before its figure, with no
    figure before the word "percent" (which would own it: "60 percent of 10 states")."""
    if q.unit is not None or q.start < 11:
        return
    m = _PERCENT_OF_RE.search(s, max(0, q.start - 20), q.start)
    if m is None or _FIGURE_BEFORE_RE.search(s, max(0, m.start() - 30), m.start()):
        return
    q.unit, q.start = "percent", m.start()


def kind_of(q: Quantity) -> str:
    """The kind of quantity: age, ratio, count, money, percent, duration, multiplier, rate,
    quantity (another physical unit), number (no unit) or vague ("dozens of", "millions of
    dollars": its value is only the lower bound the words imply, never a stated figure)."""
    unit = q.unit
    if q.kind:
        return q.kind
    if q.vague:
        return VAGUE  # "millions of immigrants": a lower bound, no figure was stated
    if q.count or (q.vague and unit is None):
        return "count"  # "hundreds" alone counts something unnamed
    if unit is None:
        return RATIO if q.integer_text is False and 0 < q.value < 1 else "number"
    if unit in ("percent", "percentage_point", "basis_point"):
        return "percent"
    if unit == "fold":
        return "multiplier"
    if is_currency(unit):
        return "money"
    if "/" in unit:
        return "rate"
    return "duration" if unit in lx.TIME_UNITS else "quantity"


_TICKS = "✓✔✗✘☑☒"
"""Check marks, which news tables use for "met" and "not met"."""


def _table_row(s: str) -> bool:
    """Whether sentence S is the text of a table's rows flattened by the page ("Sanders 8 5 ✓ ✓
    ✓ Elizabeth Warren 8 5 ✓ ..."): two check marks or more. Its figures are cells read
    without their column headings, so none is a claim one can state."""
    return not s.isascii() and sum(s.count(t) for t in _TICKS) >= 2


_CELL_RE: Final = re.compile(r"(?:^|(?<=\s))[$(<>+±−–-]*\.?\d\S*")
"""A cell: a word of the sentence that starts with a figure, perhaps after a sign ("42",
"4/9", "$297,900,000", "+0.33%", "(-1.04%)", "<0.1")."""
_LOWER_WORD_RE: Final = re.compile(r"\b[a-z]{2,}\b")
_ANY_WORD_RE: Final = re.compile(r"\b[A-Za-z]{2,}\b")
_LOWER_NEXT_RE: Final = re.compile(r"[,;:]?\s+[a-z]{2}")
"""A lower-case word right after a figure: the figure is read in prose, not in a table."""
TABLE_CELLS: Final = 6
"""The fewest figures of a sentence read as a table's flattened rows."""


@lru_cache(maxsize=1024)
def _table_run(s: str) -> bool:
    """Whether sentence S is a table's rows run together ("Wisconsin 42 25 4/9 Colorado 34 7
    4/16 ...", "Pennsylvania 41,759 6% Georgia 51,986 5% ..."): at least ``TABLE_CELLS``
    cells and at most one lower-case word for every three of them, so no verb or phrase
    says what any figure is. Its cells are read without their column headings: none is a
    claim one can state, and their neighbours are no measure. In a sentence written in
    capitals every word counts, so that a headline in capitals is not read as a table."""
    if sum(map(s.count, "0123456789")) < TABLE_CELLS:  # a cell holds a digit: a cheap bound
        return False
    cells = len(_CELL_RE.findall(s))
    if cells < TABLE_CELLS:
        return False
    words = _LOWER_WORD_RE if any(c.islower() for c in s) else _ANY_WORD_RE
    return 3 * len(words.findall(s)) <= cells


@lru_cache(maxsize=1024)
def _promotion(s: str) -> bool:
    """Whether sentence S is a newsletter, video or reading promotion (one search a sentence)."""
    low = s.lower()
    if not any(w in low for w in _PROMO_GATE):
        return False
    if not s.isascii():
        return bool(_PROMO_RE.search(s))
    # In ASCII text a match is a match of the lower-cased pattern in ``low``, at its start or
    # at one of the words that start the other alternatives.
    return any(
        _PROMO_LOW_RE.match(low, at) is not None for at in [0, *word_starts(low, _PROMO_STARTS)]
    )


_FOOTNOTE_AFTER: Final = frozenset('.”’")')
_PERIOD_QUARTER_RE: Final = re.compile(
    r".*\b(?:of|per|each|every|in|for)\s+a\s+quarter", re.IGNORECASE | re.DOTALL
)
"""A quarter of a year after a preposition ("the beginning of a quarter", "once per quarter")."""
_END_OF_PHRASE_RE: Final = re.compile(r"\s*(?:[,.;:)]|$)")


_QUOTED_TITLE_RE: Final = re.compile(r"[“\"](?:[A-Z][\w’'&.-]*\s+){1,3}\d[\d,.]*[”\"]$")
"""A bare number ending a quotation of capitalised words ("“The 360”"): a show's or work's name."""
_LIST_MARK_BEFORE: Final = frozenset(" \t\n—–-,;:")


def _list_marker(s: str, q: Quantity) -> bool:
    """A bare small number closed by a parenthesis that none opened ("1) that ..., 2) that"),
    or in brackets opening a sentence or following a colon, before a capital ("(1) Collusion:",
    "three types of reform: (1) Reduce the ...")."""
    if not (
        q.unit is None
        and q.value < LIST_MARKER
        and s[q.end : q.end + 1] == ")"
        and s[q.start : q.end].isdigit()
    ):
        return False
    if q.start == 0 or s[q.start - 1] in _LIST_MARK_BEFORE:
        return True
    return (
        s[q.start - 1] == "("
        and _BRACKET_MARK_AFTER_RE.match(s, q.end + 1) is not None
        and (not s[: q.start - 1].strip() or s[: q.start - 1].rstrip().endswith(":"))
    )


_BRACKET_MARK_AFTER_RE: Final = re.compile(r"\s+[A-Z]")


def _footnote(s: str, q: Quantity) -> bool:
    """A bare number of at most three digits glued to the end of a sentence or quotation and
    followed by nothing, or by a space: a footnote's mark ("... like a campaign.’”2")."""
    return (
        q.unit is None
        and q.start > 0
        and s[q.start - 1] in _FOOTNOTE_AFTER
        and s[q.start : q.end].isdigit()
        and q.end - q.start <= 3
        and (q.end == len(s) or s[q.end].isspace())
    )


LISTICLE_MAX = 100
"""The largest count of a list's items in a headline ("50 states", "100 days" are no such)."""
_SENTENCE_END = (".", "!", "?", "”", '"', "’", "'", "…", ";", ")")


def _teaser(s: str, q: Quantity) -> bool:
    """Whether Q opens a headline that counts a list's items, printed as a line of its own
    without a full stop: a related story's link text ("5 things to know about Trump's nominee")
    or a section's title ("Four vital takeaways from today's charges", "Three questions for
    next week:")."""
    if not q.count or q.unit is None or q.value > LISTICLE_MAX or s[: q.start].strip():
        return False
    if q.unit.lower() not in lx.LISTICLE_NOUNS:
        return False
    return not s.rstrip().endswith(_SENTENCE_END)


def _sources(s: str, q: Quantity, left: str) -> bool:
    """Whether Q counts a report's unnamed sources: a small count of source nouns ("two people",
    "three senior officials") described as sources ("familiar with", "who spoke on condition of
    anonymity", "said"), or of the plainest ones cited ("according to", "citing")."""
    if not q.count or q.unit is None or q.value > SOURCE_COUNT_MAX:
        return False
    if q.unit.lower() not in _SOURCE_NOUNS:
        return False
    if _SOURCE_AFTER_RE.match(s, q.end):
        return True
    # Cited alone, only the plainest nouns of sources: "citing five current and former
    # employees" tells who the sources are, and the labelled news reads it as a count.
    return q.unit in _SOURCES and _SOURCE_BEFORE_RE.search(left) is not None


def _link_text(s: str, q: Quantity) -> bool:
    """Whether Q stands in a stretch of inline promotion (`_LINK_BRACKET_RE`, `_LINK_LINE_RE`)."""
    if ":" not in s[: q.start]:
        return False
    for pattern in (_LINK_BRACKET_RE, _LINK_LINE_RE):
        for m in pattern.finditer(s, 0, q.end):
            if m.start() <= q.start and q.end <= m.end():
                return True
    return False


_GALLERY_RE = re.compile(r"\bphotos?\s*:", re.I)
_HIDE_CAPTION = "hide caption"


def _gallery_title(s: str, q: Quantity) -> bool:
    """Whether Q stands in a photo gallery's title, which the page repeats before every
    caption ("Photos: Trump campaign: 11 outrageous quotes Hide Caption 3 of 12 Photos: Trump
    campaign: 11 outrageous quotes ..."): a headline's figure, while the captions after the
    title state facts. The title runs from "Photos:" to the figure with no sentence end, and
    is written again in the text or is followed by the gallery's "Hide Caption"."""
    head = s[max(0, q.start - 80) : q.start]
    found = list(_GALLERY_RE.finditer(head))
    if not found:
        return False
    after = head[found[-1].end() :]
    if any(mark in after for mark in ".!?\n"):
        return False
    title = head[found[-1].start() :] + s[q.start : q.end]
    return s.count(title) >= 2 or _HIDE_CAPTION in s[q.end : q.end + 40].lower()


_TALLY_JOIN = r"(?:-to-(?=\d+(?<!\b1)(?!\d))|[-–—]|\s[-–—]\s|\s+to\s+)"
"""A dash with a blank on both sides or none (a blank before alone makes a minus), "to", or
"-to-" before a number other than 1 ("a 5-to-4 decision"; "a 2-to-1 margin" is a ratio)."""
_TALLY_AFTER_RE: Final = re.compile(_TALLY_JOIN + r"(?P<b>\d{1,3})(?![\d])(?![.,/:]\d)")
_TALLY_BEFORE_RE: Final = re.compile(r"(?<![\w.,/:$£€–—-])(?P<a>\d{1,3})" + _TALLY_JOIN + "$")
_TALLY_TIE_RE: Final = re.compile(r"\d{1,3}(?:[-–—]|\s[-–—]\s)\d{1,3}")
_LEADING_DIGITS_RE: Final = re.compile(r"\d+(?![.,]\d)")
_TALLY_MARKS: Final = frozenset(" -–—")
_NOT_TALLY_BEFORE: Final = frozenset("_.,/:$£€–—-")


def _tally(s: str, q: Quantity) -> bool:
    """Whether Q is one side of a vote tally or a score: two whole numbers of at most three
    digits joined by a dash or "to", the first at least the second ("passed 257-167", "failed
    58-40", "a 5-4 majority", "confirmed 52 to 47", "won 13-0", "tied 7-7"). A range runs
    upwards ("5-10"), so such a pair is never one; a share written this way ("52-48 percent")
    took its unit from the second number before, and "from 21 to 18" is a change."""
    if q.is_word or not (q.unit is None or q.count):
        return False
    if q.value_max is not None:  # a tie read as a range: "7-7", "50-50"
        tie = q.value == q.value_max
        return tie and _TALLY_TIE_RE.fullmatch(s, q.start, q.end) is not None
    return _tally_first(s, q) or _tally_second(s, q)


def _tally_first(s: str, q: Quantity) -> bool:
    """Q is a bare whole number followed by a dash or "to" and one no larger ("58-40")."""
    text = s[q.start : q.end]
    if q.unit is not None or not text.isdigit() or len(text) > 3:
        return False
    if s[q.end : q.end + 1] not in _TALLY_MARKS or not s[q.end : q.end + 1]:
        return False
    before = s[q.start - 1] if q.start else ""
    if before and (before.isalnum() or before in _NOT_TALLY_BEFORE):
        return False
    m = _TALLY_AFTER_RE.match(s, q.end)
    return (
        m is not None
        and int(m.group("b")) <= q.value
        and not s[: q.start].rstrip().lower().endswith("from")
    )


def _tally_second(s: str, q: Quantity) -> bool:
    """Q starts with a whole number after one no smaller and a dash or "to" ("58-40")."""
    if not q.start or s[q.start - 1] not in _TALLY_MARKS:
        return False
    number = _LEADING_DIGITS_RE.match(s, q.start)
    if number is None or len(number.group(0)) > 3:
        return False
    m = _TALLY_BEFORE_RE.search(s, max(0, q.start - 12), q.start)
    return (
        m is not None
        and int(m.group("a")) >= int(number.group(0))
        and not s[: m.start()].rstrip().lower().endswith("from")
    )


def _emergency(s: str, q: Quantity) -> bool:
    """Whether Q, a bare 911, 999, 112 or 311, is the number people call: after a verb of
    calling, before a word of the service, or (911, which news uses for nothing else) with no
    figure-taking word before it ("prostate cancer 911", "because “911 is not our best
    option”")."""
    left = s[max(0, q.start - 30) : q.start]
    if _DIALED_RE.search(left) or _SERVICE_AFTER_RE.match(s, q.end):
        return True
    return s[q.start : q.end] == "911" and not _AMOUNT_BEFORE_RE.search(left)


_AMOUNT_BEFORE_RE: Final = re.compile(
    r"\b(?:to|of|by|from|than|about|around|nearly|almost|over|under|some|roughly|only|just"
    r"|were|was|are|is|total(?:ed|led|s)?|reached|hit|rose|fell)\s+$",
    re.I,
)
"""A word after which a bare 911 is an amount ("rose to 911", "a total of 911")."""


_SLASH_PAIR_RE: Final = re.compile(r"(?<![\d.,/])(\d+)/(\d+)(?![\d/])")


def _slash_split(s: str, q: Quantity) -> bool:
    """Whether Q is two whole numbers joined by a slash that no fraction is written as: the
    first as large as the second ("a 50/50 chance", "20/20", "polls at 47/42", "24/7", tweet
    counts "2/2") or both sharing a factor ("a favorable/unfavorable split of 36/46"). A
    fraction is proper and reduced ("1/5 of a wall", "rose 5/32")."""
    if q.unit is not None:
        return False
    m = _SLASH_PAIR_RE.search(s, q.start, q.end)
    if m is None:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    return a >= b or math.gcd(a, b) > 1


_AT_START: Final = (
    _NAME_AT_RE, _ZERO_WORD_RE, _IDIOM_RE, _STAR_RE, _ONE_OF_RE, _ORDINAL_FRACTION_RE
)  # fmt: skip
_AT_START_RE: Final = re.compile(
    "|".join(f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})" for p in _AT_START)
)
"""Matches at a place exactly where one of ``_AT_START`` does: one match where a number
starts tells whether any of the six can, and most numbers start none."""


_TICKER_RE: Final = re.compile(r"(?<![\w.&-])(?-i:[A-Z]{1,5}(?:\.[A-Z])?),?\s*[+\-−]?$")
"""A stock's ticker symbol, perhaps a comma and the sign of a move, right before a share: the
quote boxes outlets print inline after a company's or an index's name ("Apple Inc. AAPL,
+1.15%", "the Dow Jones Industrial Average DJIA, +0.68%", "Southern Co. SO -0.08%"). A box
has the comma or two decimals; a market report's "Madrid's IBEX -0.9%" is a claim."""
_SIGNED_RE: Final = re.compile(r"[+\-−]\s*\d+\.\d")
_CENTS_RE: Final = re.compile(r"\.\d\d%")
_BARE_PARTS: Final = frozenset(
    w for w in lx.ORDINAL_DENOMINATORS if w.endswith("s") and w not in ("halves", "seconds")
)
"""Plural parts with no number before them ("living quarters", "in some quarters", "thirds"):
a word, never a share; "halves" is also a verb of change."""


def _ticker(s: str, q: Quantity, left: str) -> bool:
    """Whether Q, a share, is the signed move of a quote box after a ticker symbol: a sign right
    before it (or its first character), a figure with decimals, and a ticker before the sign."""
    signed = s[max(0, q.start - 1) : q.end]
    if not (_SIGNED_RE.match(signed) or _SIGNED_RE.match(signed, 1)):
        return False
    m = _TICKER_RE.search(left) or _TICKER_RE.search(left + s[q.start])
    return m is not None and ("," in m.group(0) or _CENTS_RE.search(signed) is not None)


def noise(s: str, q: Quantity) -> str | None:
    """Why Q is no claim (a reason class), or None when it may be one."""
    if _promotion(s):
        return "caption"  # "Sign up for ... Catch up on today's news in 60 seconds"
    if _table_row(s) or (not _LOWER_NEXT_RE.match(s, q.end) and _table_run(s)):
        return "table"
    if "hoto" in s and _gallery_title(s, q):
        return "caption"
    if _link_text(s, q):
        return "caption"  # "( PHOTOS: 10 wild immigration quotes)": a link to another page
    if s.rstrip().endswith(_READ_MORE):
        return "caption"  # "2,000 children separated from parents ... Read more": a headline
    left = s[max(0, q.start - 40) : q.start]
    if q.unit == "percent" and _ticker(s, q, left):
        return "ticker"  # "Amazon.com Inc. AMZN, +0.28%": a quote box's move of the day
    if q.value < 1 and s[q.start : q.end].lower() in _BARE_PARTS:
        return "word"  # "living quarters", "in some quarters": no share of anything
    if last_word(left).replace(".", "").endswith(_NOISE_BEFORE_ENDS):
        for reason, before in _NOISE_BEFORE:
            if before.search(left):
                return reason
    for reason, after in _NOISE_AFTER:
        if after.match(s, q.end):
            return reason
    if q.value in (0, 1) and q.value_max is not None and _SCALE_OF_RE.search(left):
        return "scale"  # "on a scale of 0 to 100": the scale's ends
    if _tally(s, q) or ("/" in s[q.start : q.end] and _slash_split(s, q)):
        return "score"
    if q.unit == "part" and _PART_OF_RE.search(left):
        return "pagination"  # a series' "First of three parts"
    if (
        not s[: q.start].strip()
        and s[q.end :].strip() in (".", ")")
        and (q.value < LIST_MARKER or (q.unit is None and q.value < LONE_MARKER))
    ):
        return "pagination"  # a list marker standing alone: "2."
    if (
        q.start > 0
        and s[q.start - 1] == "("
        and (
            s[q.end : q.end + 1] == "/"
            or ("/" in s[q.start : q.end] and s[q.end : q.end + 1] == ")")
        )
    ):
        return "pagination"  # a thread's "(2/3)"
    if (q.unit is None or q.unit in lx.TIME_UNITS) and _RELATIVE_RE.match(s, q.end):
        return "date"
    if q.unit in {"h", "min"} and _TIME_ZONE_RE.match(s, q.end):
        return "time"  # "six hours ahead on Davos time": a time zone's offset
    at_start = _AT_START_RE.match(s, q.start) is not None
    if at_start and _NAME_AT_RE.match(s, q.start):
        return "name"
    if (
        q.unit is None
        and s[q.end - 1 : q.end] == "s"
        and _JOINED_DECADE_RE.fullmatch(s, q.start, q.end)
        and _DECADE_BEFORE_RE.search(s, max(0, q.start - 12), q.start)
    ):
        return "date"  # "in the ’60s", "the 1950s and 60s": a decade of a century
    if q.unit is None and _ADDRESS_RE.match(s, q.end):
        return "address"
    if at_start and (_ZERO_WORD_RE.match(s, q.start) or _IDIOM_RE.match(s, q.start)):
        return "word"
    if at_start and _STAR_RE.match(s, q.start):
        return "rank"
    if s[q.start : q.start + 1].isupper() and (
        _TITLE_OF_RE.search(s, max(0, q.start - 30), q.start) or _capitalised_name(s, q)
    ):
        return "name"
    if _list_marker(s, q):
        return "pagination"  # "— 1) that it is not well funded, 2) that ...": a list's marker
    if q.unit is None and _QUOTED_TITLE_RE.search(s, max(0, q.start - 40), q.end + 1):
        return "name"  # "“The 360” shows you ...": a title in quotation marks
    if _footnote(s, q):
        return "pagination"  # "... behaved like a campaign.’”2": a footnote's number
    if (
        q.value == 0.25
        and _PERIOD_QUARTER_RE.fullmatch(s, max(0, q.start - 12), q.end)
        and (_END_OF_PHRASE_RE.match(s, q.end))
    ):
        return "word"  # "at the beginning of a quarter,": a business quarter, not a share
    if at_start and _ONE_OF_RE.match(s, q.start):
        return "one-of"  # "one of the men": a member of a group, not a count
    if q.value in (0.5, 0.25) and _PART_BEFORE_RE.search(s, max(0, q.start - 12), q.start):
        return "word"  # "the second half of that sentence"
    if q.count and q.unit in _SOURCES and _SAID_RE.match(s, q.end):
        return "attribution"  # "two U.S. officials told CNN": who speaks, not what is claimed
    if (
        q.start > 0
        and s[q.start - 1] in "'’‘"
        and not q.scaled
        and q.unit not in _NOT_YEAR_UNITS
        and _SHORT_YEAR_RE.match(s, q.start - 1)
    ):
        return "date"  # "Bush in ’88, Hatch in ’96": years in two figures
    if (
        q.unit is None
        and q.start > 0
        and _DOCKET_RE.match(s, q.start - 1, q.end + 1)
        and _CASE_NAME_RE.search(s, max(0, q.start - CASE_NAME_REACH), q.start)
    ):
        return "name"  # "U.S. v. Texas (15-674)": a case's docket number
    if _teaser(s, q):
        return "caption"  # "5 things to know about Trump's nominee": a headline on its own line
    if _sources(s, q, left):
        return "attribution"  # "according to two people familiar with the talks"
    if q.unit is None and s[q.start : q.end] in _EMERGENCY_NUMBERS and _emergency(s, q):
        return "name"
    if at_start and _ORDINAL_FRACTION_RE.match(s, q.start) and q.value < 1:
        return "ordinal"
    return None
