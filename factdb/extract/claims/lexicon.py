"""Every regex and word list of the numeric claim extractor, in one place.

The claim extractor (:mod:`factdb.extract.claims`), the number parser
(:mod:`factdb.extract.claims.numbers`) and the unit table
(:mod:`factdb.extract.claims.units`) read their vocabulary from here, so a new unit, currency or
qualifier is a one-line change.
"""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.text.lexicon import trie_pattern
from factdb.extract.text.wordlists import words as _data_words

# --- number words ---------------------------------------------------------------------------

SMALL_NUMBERS: Final[dict[str, int]] = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

SCALE_WORDS: Final[dict[str, float]] = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7,
    "billion": 1e9, "trillion": 1e12,
}  # fmt: skip

# Short scale suffixes written after a figure ("$2.5bn", "10k", "€10M", "3.2 tln").
SCALE_SUFFIXES: Final[dict[str, float]] = {
    "k": 1e3, "K": 1e3, "thousand": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "MM": 1e6, "mm": 1e6, "million": 1e6, "millions": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9,
    "bln": 1e9, "billion": 1e9, "billions": 1e9, "G": 1e9, "tn": 1e12, "tln": 1e12, "T": 1e12,
    "trillion": 1e12, "trillions": 1e12, "hundred": 1e2, "lakh": 1e5, "crore": 1e7,
    "dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12, "dzs": 12,
}  # fmt: skip
# Suffixes that are scales only right after a currency sign or glued to a figure: "m" alone is
# metres, so "5 m" is a length while "$5m" and "€5m" are five million.
AMBIGUOUS_SCALE_SUFFIXES: Final[frozenset[str]] = frozenset(
    {"m", "M", "b", "B", "G", "T", "mm", "MM", "K", "k"}
)

ORDINAL_DENOMINATORS: Final[dict[str, int]] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "twelfth": 12, "twelfths": 12, "twentieth": 20, "twentieths": 20, "thirtieth": 30,
    "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
    "millionth": 10**6, "millionths": 10**6, "billionth": 10**9, "trillionth": 10**12,
    "trillionths": 10**12,
}  # fmt: skip
# Ordinals that end a compound denominator: "one twenty-first" is 1/21, "three twenty-fifths".
# "first" and "second" are never denominators alone ("one second" is a time).
COMPOUND_ORDINALS: Final[dict[str, int]] = {
    **ORDINAL_DENOMINATORS, "first": 1, "firsts": 1, "second": 2, "seconds": 2,
    "eleventh": 11, "elevenths": 11, "thirteenth": 13, "thirteenths": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90,
}  # fmt: skip

ORDINAL_WORDS: Final[frozenset[str]] = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "hundredth",
        "thousandth",
        "millionth",
    ]
)

DOZEN_WORDS: Final[dict[str, int]] = {
    "dozen": 12,
    "dozens": 12,
    "dz": 12,
    "dzs": 12,
    "doz": 12,
    "dozs": 12,
    "score": 20,
}

_NUMBER_WORD_ALTS = sorted(
    [
        *SMALL_NUMBERS,
        *SCALE_WORDS,
        "dozen",
        "dozens",
        "half",
        "quarter",
        "quarters",
        *[d for d in ORDINAL_DENOMINATORS if d not in {"second"}],
    ],
    key=len,
    reverse=True,
)
# "twenty-first(s)", "thirty-second(s)": compound ordinals, tried before their first word.
_COMPOUND_ORDINAL = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ]firsts?|-seconds?|[- ](?:third|fourth|fifth|sixth|seventh|eighth|ninth)s?)\b"
)
NUMBER_WORD = r"(?:" + _COMPOUND_ORDINAL + "|" + "|".join(_NUMBER_WORD_ALTS) + r")"
# The words a NUMBER_WORD starts with (each alternative is one word or a compound ordinal).
NUMBER_WORD_FIRSTS: Final[frozenset[str]] = frozenset(_NUMBER_WORD_ALTS)

# A run of number words: "two hundred and forty-five", "half a million", "one and a half".
WORD_NUMBER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:(?:minus|negative)\s+)?(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|"
    r"trillion|dozen|half|quarter|third|fifth|tenth|hundredth|thousandth|trillionth|"
    r"twenty-first)\b))?"
    + NUMBER_WORD
    + r"(?:(?:\s*-\s*|\s+(?:and\s+(?:a\s+|an\s+)?)?|\s+a\s+|\s+point\s+|\s+over\s+|"
    + r"\s+out\s+of\s+|\s+of\s+an?\s+(?=(?:hundred|thousand|million|billion|trillion)\b))"
    + NUMBER_WORD
    + r")*(?![\w])",
    re.IGNORECASE,
)

# --- figures --------------------------------------------------------------------------------

VULGAR_FRACTIONS: Final[dict[str, float]] = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}  # fmt: skip
_VULGAR = "[" + "".join(VULGAR_FRACTIONS) + "]"

MINUS = r"[-−–]"
# Digit groups: 1,234,567.89 | 1 234 567 (thin or plain space) | 12,34,567 (Indian) | 1234.5
_GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,])(?:\.\d+)?"
_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
_PLAIN = r"\d+(?:\.\d+)?|\.\d+"
_SCI = r"(?:[eE][-+]?\d+|\s?[x×]\s?10\^?[-−+]?\d+)"
FIGURE = (
    rf"(?:{_INDIAN}|{_GROUPED}|{_PLAIN})(?:{_SCI})?"
    rf"(?:\s+\d+/\d+|-\d/\d{{1,2}}(?![\d/])|\s*{_VULGAR})?"  # mixed: 2 1/2, 2-1/2, 2½
)
FIGURE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w.,/])(?P<neg>{MINUS}\s?)?"
    rf"(?P<num>\d+/\d+(?![\d/])|{FIGURE}|{_VULGAR})"
)

# --- scanning helpers -------------------------------------------------------------------------

# Sentences are split by factdb.extract.text.sentences, shared with the quote extractor.
DIGIT_RE: Final[re.Pattern[str]] = re.compile(r"\d")
# --- spans that are never claims ------------------------------------------------------------

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# The last day of a span of days after a month and a day: "February 27 to 28", "Jan. 5 and 9",
# "March 3-5"; not "May 3 and 14 people" or "to 5 percent" (a word that is no preposition follows).
DAY_TAIL = (
    r"(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*%)"
    r"|\s+(?:to|and|through|&)\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*%)"
    r"(?!\s+(?!(?:in|at|on|of|for|the|and|to|from|when|with|by|as|after|before)\b)[a-z]))?"
)
WEEKDAYS = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"

# Each pattern marks text that no claim may overlap; the name says why (a rejection has a reason).
BLOCK_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "url": re.compile(
        r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|gov|edu|io|co\.uk)\b\S*", re.IGNORECASE
    ),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"),
    "file": re.compile(
        r"\b[\w-]+\.(?:jpe?g|png|gif|webp|pdf|docx?|xlsx?|csv|txt|html?|mp[34]|zip|json|xml|svg)\b",
        re.IGNORECASE,
    ),
    "phone": re.compile(
        r"(?:\+\d{1,3}[\s-]?|\b1[-.])?(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b"
        r"|\+\d{1,3}(?:[-\s/]\d{2,4}){2,}"
        r"|\b0\d{2,4}(?:[\s-]\d{3,4}){2}\b"  # national numbers: "0800 555 0142"
    ),
    # A section with lettered subsections: "501(c)(4)", "Section 8(b)(4)(i)(B)", "793(f)",
    # "212(d)(3)(A)", "501 (c) (4)"; and numbered ones glued together ("(1)(4)"). A letter
    # after a blank must be followed by another bracket: "20 (kg)", "5 (m)" are units.
    "citation": re.compile(
        r"\b\d+[a-z]?(?:\((?:[a-z]|[ivx]{2,4})\)|\s\((?:[a-z]|[ivx]{2,4})\)(?=\s?\())(?:\s?\(\w{1,4}\))*"
        r"|\(\d{1,2}\)\(\w{1,4}\)(?:\(\w{1,4}\))*"
    ),
    # A verse of scripture: "1 Thessalonians 5:12", "Two Corinthians 3:17", "Genesis 1:27-28".
    "verse": re.compile(
        r"(?:\b(?:[1-3]|One|Two|Three|First|Second|Third)\s+)?\b[A-Z][a-z]+\s+\d{1,3}:\d{1,3}"
        r"(?:\s?[-–,]\s?\d{1,3})*"
    ),
    "ip": re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b"),
    # A long run of digits with no separator that reads as an id: a phone number after "+", a
    # page's id opening with a date ("190712081713100", "20240915123399"), or a run after an id word
    # ("order 4402981123", 'embedtweet id="430739265706680320"'). A long run alone stays a
    # number ("123456789101231").
    "id": re.compile(
        r"(?<=\+)\d{9,}"
        r"|(?<![\d.,$€£¥-])(?:[0-2]\d|19\d\d|20\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
        r"\d{4,}(?![\d.,]\d)"
        r"|\b(?:[Ii][Dd]|[Nn]o\.|[Nn]umber|[Oo]rder|[Aa]ccount|[Cc]ase|[Rr]ef(?:erence)?|[Ss]erial"
        r"|[Tt]racking|[Ff]ile|#)\s*[:=]?\s*[\"']?\d{6,}"
    ),
    "date": re.compile(
        rf"\b{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b{DAY_TAIL}(?:,?\s+\d{{4}}\b)?"
        # "14-15 June", "6-10 April 2017": a span of days before a month is a date too.
        rf"|\b(?:\d{{1,2}}\s?[-–]\s?)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\b\.?"
        r"(?:,?\s+\d{4}\b)?"
        rf"|\b{MONTHS}\.?,?\s+\d{{4}}\b"
        r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"
        r"|\b(?:1[0-9]|20)\d{2}-(?:0[1-9]|1[0-2])-\d{2}\b"
        r"|\b\d{1,2}/\d{1,2}(?=\s+(?:at|on)\b)"
        # A month and a day ("6/15", "9/11"); a day past 10 is no common denominator, but
        # twelfths, sixteenths, twentieths and twenty-fifths are. "24/7" is "always".
        r"|(?<![\d/.])\b(?:0?[1-9]|1[0-2])/(?:1[13-579]|2[1-46-9]|3[01])\b(?![/.]\d)"
        r"|(?<![\d/.])\b24/7\b(?![/.]\d)"
        # Any month and day after "on" ("Updated ... on 8/25"), but "on 3/4 of the land".
        r"|(?<=\b[Oo]n\s)(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b(?![/.]\d)(?!\s+of\b)"
    ),
    "time": re.compile(
        # A time zone may be glued to "am"/"pm" ("11:30amET").
        r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)(?:[ECMP][SD]?T|GMT|UTC|BST)?(?![\w])"
        r"|\b\d{1,2}:\d{2}(?::\d{2})?\b"
        r"|\b\d{1,2}\s+o['’]clock\b|\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|ET|EST|EDT|PT|hrs)\b",
        re.IGNORECASE,
    ),
    "decade": re.compile(r"\b(?:1[0-9]|20)\d0['’]?s\b|['’]\d0s\b|\bmid-(?:1[0-9]|20)\d0s\b"),
    "year_range": re.compile(r"\b(?:1[5-9]|20)\d{2}\s?[-–/]\s?(?:(?:1[5-9]|20)\d{2}|\d{2})\b"),
    "ordinal": re.compile(r"\b\d+(?:st|nd|rd|th)\b(?:-century)?", re.IGNORECASE),
    # Names with a number: G7, G-20, COVID-19, F-35, MH17, Boeing 737, Group of 20, Article 5.
    "code": re.compile(
        r"\b[A-Za-z]+-?\d+\w*(?:[-/.]\w+)*|\b\d+[A-DF-Z]+\d+\w*|\b\d+[a-df-z]+\d{2,}\w*"
        r"|\b[A-Z]{1,6}-\d+[A-Za-z]*\b|\b\d+[ADHIJLNOPQRSUVWXYZ]\b|\b\w+[-‑]\d+[A-Za-z]+\b"
        r"|\b\d+[a-z]+[A-Z][A-Za-z\d]*"  # a short link's or an embed's id: "2xelVfN"
    ),
    "group_of": re.compile(
        r"\bGroup of (?:\d+|Seven|Eight|Twenty|Two|Three|Five)\b|\bG-?\d+\b|\bP5\b"
    ),
    "roman": re.compile(
        r"\b(?:World War|Title|Phase|Apollo|Vatican|Super Bowl|Pope \w+|"
        r"King \w+|Queen \w+)\s+(?:[IVXLC]+|\d+)\b"
    ),
    "score": re.compile(
        r"\b\d{1,3}\s?[-–—]\s?\d{1,3}\s+(?:win|victory|defeat|loss|vote|decision|draw|"
        r"majority|split|ruling|rout|landslide|blowout|shutout|drubbing|thrashing)\b"
    ),
}

# Without a digit only these can match.
BLOCK_WORD_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    BLOCK_PATTERNS["group_of"],
    BLOCK_PATTERNS["roman"],
)

# A figure right after one of these words is a reference, not a quantity: "Article 5",
# "page 4", "No. 10", "Resolution 2231" (lower-cased; a trailing full stop is dropped).
REFERENCE_WORDS: Final[frozenset[str]] = frozenset(
    [
        "article",
        "articles",
        "section",
        "sections",
        "chapter",
        "chapters",
        "page",
        "pages",
        "p",
        "pp",
        "paragraph",
        "paragraphs",
        "clause",
        "clauses",
        "resolution",
        "rule",
        "amendment",
        "vol",
        "volume",
        "issue",
        "no",
        "nos",
        "nr",
        "nrs",
        "number",
        "numbers",
        "fig",
        "figure",
        "table",
        "exercise",
        "exercises",
        "route",
        "highway",
        "interstate",
        "flight",
        "exit",
        "bus",
        "level",
        "gate",
        "room",
        "floor",
        "platform",
        "season",
        "episode",
        "part",
        "version",
        "bill",
        "case",
        "district",
        "ward",
        "precinct",
        "line",
        "round",
        "step",
        "stage",
        "game",
        "division",
        "item",
        "lot",
        "tier",
        "category",
        "grade",
        "layer",
        "channel",
        "channels",
        "ch",
    ]
)
# Names written with a number: "Windows 10", "Boeing 737", "Voyager 2" (as written).
NAMED_NUMBER_WORDS: Final[frozenset[str]] = frozenset(
    [
        "Windows",
        "iPhone",
        "iOS",
        "Android",
        "Boeing",
        "Airbus",
        "Falcon",
        "Soyuz",
        "Voyager",
        "Apollo",
        "Gemini",
        "Artemis",
        "Pioneer",
        "Mariner",
        "Channel",
        "Formula",
        "Fortune",
        "FTSE",
        "Nikkei",
        "S&P",
        "Dow",
        "Stoxx",
        "DAX",
        "CAC",
        "Seng",
        "Russell",
        "Euro",
        "Web",
        "Industry",
        "Vision",
        "Agenda",
        "Proposition",
        "Prop",
        "Measure",
        "Force",
        "Area",
        "Studio",
        "Class",
        "Camp",
        "Building",
        "Pier",
        "Terminal",
        "Track",
        "Unit",
        "Reactor",
        "Block",
        "Model",
        "English",
        "Math",
        "History",
        "Physics",
        "Biology",
        "Chemistry",
    ]
)
WORD_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"([A-Za-z&]+)\.?\s+$")
# Every word whose presence lets a sentence hold a number written in words or a multiplier.
NUMBER_WORD_SET: Final[frozenset[str]] = frozenset(
    {
        *SMALL_NUMBERS,
        *SCALE_WORDS,
        "dozen",
        "dozens",
        "double",
        "doubled",
        "doubles",
        "doubling",
        "triple",
        "tripled",
        "triples",
        "tripling",
        "quadruple",
        "quadrupled",
        "halve",
        "halved",
        "halving",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "scores",
        "twofold",
        "threefold",
        "fourfold",
        "fivefold",
        "tenfold",
        "fold",
        *(d for d in ORDINAL_DENOMINATORS if d != "second"),
    }
)
LOWER_WORDS_RE: Final[re.Pattern[str]] = re.compile(r"[a-z]+")
NUMBER_WORD_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[^a-z](" + trie_pattern(NUMBER_WORD_SET) + r")(?![a-z])"
)
"""A word of ``NUMBER_WORD_SET`` that is a whole run of lower-case letters (group 1), with the
character before it: a search from a set of characters runs in C, where a look-behind first
would try the alternation at every letter."""

# Four-digit whole numbers in this range with no unit are read as years.
YEAR_MIN: Final = 1100
YEAR_MAX: Final = 2100
YEAR_CONTEXT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|during|before|after|early|late|mid|around|"
    r"circa|c\.|year|years|fiscal|FY|season|spring|summer|autumn|fall|winter|through|to|and|"
    r"the|between|on|for|than|at)\s*$)|(?:'s\s*$)",
    re.IGNORECASE,
)

# --- qualifiers and shapes ------------------------------------------------------------------

APPROX_WORDS = (
    r"nearly|almost|about|around|roughly|some|approximately|approx\.?|an?\s+estimated|estimated|"
    r"close\s+to|circa|c\.|near(?:ly)?|more\s+or\s+less|or\s+so|upwards\s+of|in\s+the\s+region\s+of|"
    r"on\s+the\s+order\s+of|just\s+(?:over|under)|somewhere\s+around|an\s+approximate|~"
)
AT_LEAST_WORDS = (
    r"more\s+than|over|at\s+least|above|exceeding|in\s+excess\s+of|no\s+(?:fewer|less)\s+than|"
    r"greater\s+than|upward\s+of|a\s+minimum\s+of|minimum\s+of|not\s+less\s+than|as\s+many\s+as(?=x)|"
    r"higher\s+than|>=?|≥|\+"
)
AT_MOST_WORDS = (
    r"less\s+than|fewer\s+than|under|up\s+to|at\s+most|below|no\s+more\s+than|not\s+more\s+than|"
    r"a\s+maximum\s+of|maximum\s+of|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|lower\s+than|"
    r"shy\s+of|<=?|≤|within"
)
QUALIFIER_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:(?P<approx>\b(?:{APPROX_WORDS}))|(?P<at_least>\b(?:{AT_LEAST_WORDS}))|"
    rf"(?P<at_most>\b(?:{AT_MOST_WORDS})))\s*$",
    re.IGNORECASE,
)
QUALIFIER_WORDS: Final = 4
"""The most runs of non-blanks a match of QUALIFIER_RE spans ("in the region of")."""
# The last words (lower-cased, full stops dropped) of the alternatives above: QUALIFIER_RE
# can match only text whose last word ends with one of these.
QUALIFIER_ENDS: Final[tuple[str, ...]] = (
    "nearly", "almost", "about", "around", "roughly", "some", "approximately", "approx",
    "estimated", "to", "circa", "c", "near", "less", "so", "of", "over", "under", "approximate",
    "than", "least", "above", "exceeding", "as", "most", "below", "within",
    "~", ">", "=", "≥", "+", "<", "≤",
)  # fmt: skip
# "some 2.4 billion" is approximate, "some of the 20" is not a qualifier; a trailing "or more".
TRAILING_QUALIFIER_RE: Final[re.Pattern[str]] = re.compile(
    r"^\s*(?:(?P<at_least>or\s+more|or\s+above|or\s+higher|plus\b|and\s+(?:up|above|over)\b)|"
    r"(?P<at_most>or\s+(?:less|fewer|below|under)\b)|(?P<approx>or\s+so\b))",
    re.IGNORECASE,
)

RANGE_START_RE: Final[re.Pattern[str]] = re.compile(r"\b(?:between|from)\s*$", re.IGNORECASE)
# What joins two ends of a range: "5-10", "5 to 10", "5 and 10" (after between), "5 or 6".
RANGE_JOIN_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?:\s*[-–—]\s*|\s+to\s+|\s*-\s*to\s+|\s+and\s+|\s+through\s+|\s+or\s+)"
)

# Verbs of change; group "dir" tells up from down.
CHANGE_UP = (
    r"rose|rise|rises|rising|risen|increased?|increases|increasing|grew|grow|grows|"
    r"growing|grown|climbed?|climbs|climbing|jumped?|jumps|jumping|surged?|surges|"
    r"surging|soared?|soars|soaring|gained?|gains|gaining|raised?|raises|raising|"
    r"boost(?:ed|s|ing)?|up|hiked?|expand(?:ed|s|ing)?|added|adds|advanced?|"
    r"doubled?|tripled?|doubling|tripling|doubles|triples"
)
CHANGE_DOWN = (
    r"fell|fall|falls|falling|fallen|dropped|drops?|dropping|declined?|declines|"
    r"declining|decreased?|decreases|decreasing|slid|slides?|sliding|slumped?|slumps|"
    r"plunged?|plunges|plunging|tumbled?|tumbles|shrank|shrinks?|shrunk|cut|cuts|"
    r"cutting|reduced?|reduces|reducing|lowered|lowers?|down|sank|sinks?|lost|"
    r"loses?|losing|slashed?|slashes|halved?|halving|eased?|dipped|dips?"
)
CHANGE_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:(?P<up>{CHANGE_UP})|(?P<down>{CHANGE_DOWN}))\b[\w\s,’'-]{{0,60}}?\b(?P<prep>by|to|from)"
    rf"\s+(?:(?:{APPROX_WORDS}|{AT_LEAST_WORDS}|{AT_MOST_WORDS})\s+)?$",
    re.IGNORECASE,
)

CHANGE_VERB_RE: Final[re.Pattern[str]] = re.compile(rf"{CHANGE_UP}|{CHANGE_DOWN}")
"""A verb of CHANGE_RE, matched against a lower-case word."""

# CHANGE_RE ends in a preposition, perhaps with a qualifier after it.
CHANGE_ENDS: Final[tuple[str, ...]] = ("by", "from", *QUALIFIER_ENDS)

# Multiplying verbs and adjectives: "double defense spending", "a threefold increase".
MULTIPLIER_VERBS: Final[dict[str, tuple[float, str]]] = {
    "double": (2.0, "double"), "doubled": (2.0, "double"), "doubles": (2.0, "double"),
    "doubling": (2.0, "double"), "triple": (3.0, "triple"), "tripled": (3.0, "triple"),
    "triples": (3.0, "triple"), "tripling": (3.0, "triple"), "quadruple": (4.0, "quadruple"),
    "quadrupled": (4.0, "quadruple"), "quadruples": (4.0, "quadruple"),
    "quadrupling": (4.0, "quadruple"), "halve": (0.5, "halve"), "halved": (0.5, "halve"),
    "halves": (0.5, "halve"), "halving": (0.5, "halve"),
}  # fmt: skip
MULTIPLIER_NOUNS: Final[frozenset[str]] = _data_words("multiplier_nouns")
"""Nouns that make "double" before them an adjective: "double standards", "Triple Crown"."""
SOURCE_NOUNS: Final[frozenset[str]] = _data_words("source_nouns")
"""Nouns of unnamed sources after a small count: "two *people* familiar with the talks"."""
LISTICLE_NOUNS: Final[frozenset[str]] = _data_words("listicle_nouns")
"""Nouns of a headline counting a list's items: "5 *things* to know about the nominee"."""
MULTIPLIER_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?P<verb>double[ds]?|doubling|triple[ds]?|tripling|quadruple[ds]?|quadrupling|halve[ds]?|"
    r"halving)\b(?!-|\s+(?:down(?:ed)?|the\s+number|the\s+amount|as|of|in|up|over|or|and|"
    + trie_pattern(MULTIPLIER_NOUNS)
    + r")\b)",
    re.IGNORECASE,
)
# A word before a multiplier that makes it a noun or an adjective, not a change.
MULTIPLIER_BLOCK_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|my|your|in)\s*$", re.IGNORECASE
)
FOLD_RE: Final[re.Pattern[str]] = re.compile(r"^\s*-?\s*fold\b", re.IGNORECASE)

# --- currencies -----------------------------------------------------------------------------

# Signs and prefixes written before the figure; longest first in the regex.
CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "us $": "USD", "us$": "USD", "u.s $": "USD",
    "u.s. $": "USD", "USD": "USD", "$": "USD", "C$": "CAD", "c $": "CAD", "CA$": "CAD",
    "CAD": "CAD", "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "NZ$": "NZD", "NZD": "NZD",
    "HK$": "HKD", "hk $": "HKD", "HKD": "HKD", "S$": "SGD", "SGD": "SGD", "Mex$": "MXN",
    "mex$": "MXN", "R$": "BRL", "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY",
    "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "Rmb": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR",
    "INR": "INR", "₩": "KRW", "KRW": "KRW", "₽": "RUB", "RUB": "RUB", "₺": "TRY", "TRY": "TRY",
    "₪": "ILS", "ILS": "ILS", "CHF": "CHF", "SFr": "CHF", "Fr.": "CHF", "SEK": "SEK",
    "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "ZAR": "ZAR", "R": "ZAR", "₦": "NGN", "NGN": "NGN",
    "₱": "PHP", "PHP": "PHP", "฿": "THB", "THB": "THB", "₫": "VND", "VND": "VND", "₴": "UAH",
    "UAH": "UAH", "MXN": "MXN", "BRL": "BRL", "TWD": "TWD", "NT$": "TWD", "IDR": "IDR",
    "Rp": "IDR", "SAR": "SAR", "AED": "AED", "EGP": "EGP", "PKR": "PKR", "₡": "CRC",
    "₾": "GEL", "₭": "LAK",
}  # fmt: skip
# Signs and names written after the figure.
CURRENCY_SUFFIXES: Final[dict[str, str]] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "us dollar": "USD",
    "u.s. dollars": "USD", "american dollars": "USD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "australian dollars": "AUD", "australian dollar": "AUD",
    "hong kong dollars": "HKD", "new zealand dollars": "NZD", "singapore dollars": "SGD",
    "taiwan dollars": "TWD", "cents": "USD_cent", "cent": "USD_cent", "c": "USD_cent",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP", "pence": "GBP_penny",
    "penny": "GBP_penny", "pennies": "GBP_penny", "p": "GBP_penny", "euros": "EUR",
    "euro": "EUR", "€": "EUR", "yen": "JPY", "¥": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rmb": "CNY", "元": "CNY", "chinese yuan": "CNY", "rupees": "INR", "rupee": "INR",
    "won": "KRW", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
    "lira": "TRY", "liras": "TRY", "shekels": "ILS", "shekel": "ILS", "francs": "FRF",
    "franc": "FRF", "swiss francs": "CHF", "swiss franc": "CHF", "french francs": "FRF",
    "belgian francs": "BEF", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "krone": "NOK",
    "zloty": "PLN", "rand": "ZAR", "naira": "NGN", "pesos": "MXN", "peso": "MXN",
    "mexican pesos": "MXN", "philippine pesos": "PHP", "baht": "THB", "dong": "VND",
    "hryvnia": "UAH", "hryvnias": "UAH", "reais": "BRL", "rupiah": "IDR",
    "riyals": "SAR", "riyal": "SAR", "dirhams": "AED", "dirham": "AED", "marks": "DEM",
    "deutsche marks": "DEM", "pesetas": "ESP", "peseta": "ESP", "lire": "ITL",
    "finnish markka": "FIM", "markka": "FIM", "guilders": "NLG", "dutch guilders": "NLG",
    "guilder": "NLG", "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR",
    "chf": "CHF", "cad": "CAD", "aud": "AUD", "sek": "SEK", "nok": "NOK", "krw": "KRW",
    "rub": "RUB", "hkd": "HKD", "₡": "CRC", "₾": "GEL", "₭": "LAK", "£": "GBP", "$": "USD",
    "pounds": "GBP", "pound": "GBP",
}  # fmt: skip
# Sub-units stored as the main currency (50 cents is 0.5 USD in normalised form).
CURRENCY_SUBUNITS: Final[dict[str, tuple[str, float]]] = {
    "USD_cent": ("USD", 0.01),
    "GBP_penny": ("GBP", 0.01),
}

# --- units ----------------------------------------------------------------------------------

# unit code -> pint expression. Codes are the short strings stored as ClaimRecord.unit.
UNIT_PINT: Final[dict[str, str]] = {
    # length
    "km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter", "um": "micrometer",
    "nm": "nanometer", "pm": "picometer", "mi": "mile", "ft": "foot", "in": "inch",
    "yd": "yard", "nmi": "nautical_mile", "ly": "light_year", "au": "astronomical_unit",
    "dm": "decimeter",
    # mass
    "kg": "kilogram", "g": "gram", "mg": "milligram", "ug": "microgram", "t": "metric_ton",
    "lb": "pound", "oz": "ounce", "st": "stone", "ton": "short_ton", "long_ton": "long_ton",
    # compound units of news about cars, phones and materials
    "mpg": "mile/gallon", "mAh": "milliampere*hour", "lbft": "pound_force*foot",
    "ksi": "kip/inch**2",
    "kt": "kilometric_ton", "Mt": "megametric_ton", "Gt": "gigametric_ton", "ct": "carat",
    # area
    "km2": "kilometer**2", "m2": "meter**2", "cm2": "centimeter**2", "mi2": "mile**2",
    "ft2": "foot**2", "in2": "inch**2", "yd2": "yard**2", "ha": "hectare", "acre": "news_acre",
    # volume
    "km3": "kilometer**3", "m3": "meter**3", "cm3": "centimeter**3", "ft3": "foot**3",
    "in3": "inch**3", "L": "liter", "ml": "milliliter", "cl": "centiliter", "dl": "deciliter",
    "gal": "gallon", "bbl": "oil_barrel", "cup": "cup", "tbsp": "tablespoon",
    "tsp": "teaspoon", "pt": "pint", "qt": "quart", "floz": "fluid_ounce",
    # speed
    "km/h": "kilometer/hour", "mph": "mile/hour", "m/s": "meter/second", "kn": "knot",
    "mach": "news_mach",
    # energy and power
    "J": "joule", "kJ": "kilojoule", "MJ": "megajoule", "GJ": "gigajoule", "cal": "calorie",
    "kcal": "kilocalorie", "Wh": "watt_hour", "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "TWh": "terawatt_hour", "eV": "electron_volt",
    "keV": "kiloelectron_volt", "MeV": "megaelectron_volt", "GeV": "gigaelectron_volt",
    "TeV": "teraelectron_volt", "BTU": "british_thermal_unit", "W": "watt", "kW": "kilowatt",
    "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt", "hp": "horsepower",
    "kt_TNT": "kiloton_TNT", "Mt_TNT": "megaton_TNT",
    # time
    "s": "second", "ms": "millisecond", "min": "minute", "h": "hour", "day": "day",
    "week": "week", "fortnight": "fortnight", "month": "month", "year": "year",
    "decade": "news_decade", "century": "century", "millennium": "millennium",
    # temperature
    "degC": "degree_Celsius", "degF": "degree_Fahrenheit", "K": "kelvin",
    # frequency, data, others
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "bit": "bit", "B": "byte", "kB": "kilobyte", "MB": "megabyte", "GB": "gigabyte",
    "TB": "terabyte", "PB": "petabyte", "EB": "exabyte", "kbit": "kilobit", "Mbit": "megabit",
    "Gbit": "gigabit", "V": "volt", "kV": "kilovolt", "A": "ampere", "Pa": "pascal",
    "kPa": "kilopascal", "bar": "bar", "psi": "psi", "Gy": "gray", "mGy": "milligray",
    "Sv": "sievert", "mSv": "millisievert", "Bq": "becquerel", "dB": "decibel",
    "deg": "degree", "percent": "percent", "percentage_point": "percentage_point",
    "ppm": "ppm", "fold": "fold",
}  # fmt: skip

# Surface forms (lower-cased unless the case matters) -> unit code. Multi-word forms included.
UNIT_WORDS: Final[dict[str, str]] = {
    # length
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
    "kms": "km", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm", "cm": "cm",
    "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "micrometres": "um", "micrometers": "um", "microns": "um", "micron": "um", "µm": "um",
    "μm": "um", "nanometres": "nm", "nanometers": "nm", "nanometre": "nm", "nanometer": "nm",
    "picometres": "pm", "picometers": "pm", "picometer": "pm", "picometre": "pm",
    "decimetres": "dm", "decimeters": "dm", "decimeter": "dm", "dm": "dm",
    "miles": "mi", "mile": "mi", "mi": "mi", "feet": "ft", "foot": "ft", "ft": "ft",
    "inches": "in", "inch": "in", "yards": "yd", "yard": "yd", "yd": "yd", "yds": "yd",
    "nautical miles": "nmi", "nautical mile": "nmi", "light-years": "ly", "light years": "ly",
    "light-year": "ly", "light year": "ly", "astronomical units": "au",
    # mass
    "kilograms": "kg", "kilogram": "kg", "kilogrammes": "kg", "kilos": "kg", "kilo": "kg",
    "kg": "kg", "kgs": "kg", "grams": "g", "gram": "g", "grammes": "g", "gramme": "g",
    "milligrams": "mg", "milligram": "mg", "mg": "mg", "micrograms": "ug", "microgram": "ug",
    "microgrammes": "ug", "µg": "ug", "μg": "ug", "mcg": "ug", "tonnes": "t", "tonne": "t",
    "metric tons": "t", "metric ton": "t", "metric tonnes": "t", "tons": "ton", "ton": "ton",
    "short tons": "ton", "long tons": "long_ton", "pounds": "lb", "pound": "lb", "lbs": "lb",
    "lb": "lb", "ounces": "oz", "ounce": "oz", "oz": "oz", "stone": "st", "carats": "ct",
    "kilotonnes": "kt", "kilotons": "kt_TNT", "kiloton": "kt_TNT", "megatons": "Mt_TNT",
    "megaton": "Mt_TNT", "megatonnes": "Mt", "gigatonnes": "Gt", "gigatons": "Gt",
    # area
    "square kilometres": "km2", "square kilometers": "km2", "square kilometre": "km2",
    "square kilometer": "km2", "sq km": "km2", "km2": "km2", "km²": "km2", "km^2": "km2",
    "square metres": "m2", "square meters": "m2", "square metre": "m2", "square meter": "m2",
    "sq m": "m2", "m2": "m2", "m²": "m2", "m^2": "m2", "square miles": "mi2",
    "square mile": "mi2", "sq mi": "mi2", "sq miles": "mi2", "square feet": "ft2",
    "square foot": "ft2", "sq ft": "ft2", "sq. ft.": "ft2", "sq. ft": "ft2",
    "square centimetres": "cm2", "square yards": "yd2", "square inches": "in2",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acre", "acre": "acre",
    # volume
    "cubic kilometres": "km3", "cubic kilometers": "km3", "km3": "km3", "km³": "km3",
    "km^3": "km3", "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3",
    "cubic meter": "m3", "m3": "m3", "m³": "m3", "cubic feet": "ft3", "cubic foot": "ft3",
    "cu ft": "ft3", "cubic centimetres": "cm3", "cubic centimeters": "cm3", "cc": "cm3",
    "cm3": "cm3", "cubic inches": "in3", "litres": "L", "liters": "L", "litre": "L", "liter": "L",
    "l": "L", "L": "L", "millilitres": "ml", "milliliters": "ml", "millilitre": "ml",
    "milliliter": "ml", "ml": "ml", "mL": "ml", "centilitres": "cl", "centiliters": "cl",
    "cl": "cl",
    "decilitres": "dl", "gallons": "gal", "gallon": "gal", "gal": "gal", "barrels": "bbl",
    "barrel": "bbl", "bbl": "bbl", "bpd": "bbl", "cups": "cup", "cup": "cup",
    "tablespoons": "tbsp", "tablespoon": "tbsp", "tbsp": "tbsp", "teaspoons": "tsp",
    "teaspoon": "tsp", "tsp": "tsp", "pints": "pt", "pint": "pt", "quarts": "qt", "quart": "qt",
    "fluid ounces": "floz", "fl oz": "floz",
    # speed
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "kilometres an hour": "km/h",
    "kilometers an hour": "km/h", "km/h": "km/h", "kmh": "km/h", "kph": "km/h", "kmph": "km/h",
    "km/hr": "km/h", "km per hour": "km/h", "km an hour": "km/h", "miles per hour": "mph",
    "mpg": "mpg", "miles per gallon": "mpg", "ksi": "ksi", "lb-ft": "lbft", "lb ft": "lbft",
    "pound-feet": "lbft", "pound-foot": "lbft", "pounds-feet": "lbft", "pound feet": "lbft",
    "miles an hour": "mph", "mph": "mph", "metres per second": "m/s", "meters per second": "m/s",
    "m/s": "m/s", "knots": "kn", "knot": "kn", "mach": "mach",
    # energy and power
    "joules": "J", "joule": "J", "kilojoules": "kJ", "megajoules": "MJ", "gigajoules": "GJ",
    "calories": "cal", "calorie": "cal", "kilocalories": "kcal", "kcal": "kcal",
    "watt-hours": "Wh", "watt hours": "Wh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh",
    "kilowatt-hour": "kWh", "kilowatt hour": "kWh", "megawatt-hours": "MWh",
    "megawatt hours": "MWh", "gigawatt-hours": "GWh", "gigawatt hours": "GWh",
    "terawatt-hours": "TWh", "terawatt hours": "TWh", "electronvolts": "eV", "electron volts": "eV",
    "british thermal units": "BTU", "btu": "BTU", "watts": "W", "watt": "W",
    "kilowatts": "kW", "kilowatt": "kW", "megawatts": "MW", "megawatt": "MW",
    "gigawatts": "GW", "gigawatt": "GW", "terawatts": "TW", "horsepower": "hp", "hp": "hp",
    "volts": "V", "volt": "V", "kilovolts": "kV", "amps": "A", "amperes": "A",
    # time
    "seconds": "s", "second": "s", "secs": "s", "sec": "s", "milliseconds": "ms",
    "minutes": "min", "minute": "min", "mins": "min", "min": "min", "hours": "h", "hour": "h",
    "hrs": "h", "hr": "h", "days": "day", "day": "day", "weeks": "week", "week": "week",
    "fortnights": "fortnight", "fortnight": "fortnight", "months": "month", "month": "month",
    "years": "year", "year": "year", "yrs": "year", "yr": "year", "decades": "decade",
    "decade": "decade", "centuries": "century", "century": "century",
    "millennia": "millennium", "millennium": "millennium",
    # temperature
    "degrees celsius": "degC", "degree celsius": "degC", "degrees centigrade": "degC",
    "deg celsius": "degC", "deg c": "degC", "degrees c": "degC", "degree c": "degC",
    "celsius": "degC", "celcius": "degC", "centigrade": "degC", "centigrate": "degC", "°c": "degC",
    "° c": "degC", "ºc": "degC", "degrees fahrenheit": "degF", "degree fahrenheit": "degF",
    "degrees farenheit": "degF", "deg fahrenheit": "degF", "deg f": "degF", "degrees f": "degF",
    "degree f": "degF", "fahrenheit": "degF", "farenheit": "degF", "°f": "degF", "° f": "degF",
    "ºf": "degF", "kelvin": "K", "kelvins": "K", "degrees": "deg", "degree": "deg", "deg": "deg",
    "deg.": "deg", "°": "deg",
    # frequency, data, others
    "hertz": "Hz", "hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz", "megahertz": "MHz",
    "gigahertz": "GHz", "bits": "bit", "bit": "bit", "bytes": "B", "byte": "B",
    "kilobytes": "kB", "kb": "kbit", "megabytes": "MB", "MB": "MB", "mb": "Mbit",
    "gigabytes": "GB", "GB": "GB", "gb": "GB", "terabytes": "TB", "TB": "TB", "tb": "TB",
    "petabytes": "PB", "exabytes": "EB", "kilobits": "kbit", "megabits": "Mbit",
    "gigabits": "Gbit", "gray": "Gy", "Gy": "Gy", "mGy": "mGy", "sieverts": "Sv",
    "millisieverts": "mSv", "mSv": "mSv", "becquerels": "Bq", "decibels": "dB", "dB": "dB",
    "pascals": "Pa", "kilopascals": "kPa", "psi": "psi", "bar": "bar",
    "ppm": "ppm", "parts per million": "ppm", "tpd": "t/day",
    # percentages
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percents": "percent", "percentage": "percent", "per-cent": "percent",
    "percentage points": "percentage_point", "percentage point": "percentage_point",
    "percent points": "percentage_point", "pp": "percentage_point", "points": "point",
    "point": "point", "basis points": "basis_point", "basis point": "basis_point",
    "bps": "basis_point",
}  # fmt: skip
# Symbols whose case matters ("mm" is millimetres but "MM" a million; "M" a million, "m" metres).
CASE_SENSITIVE_UNITS: Final[dict[str, str]] = {
    "m": "m", "mm": "mm", "nm": "nm", "g": "g", "t": "t", "K": "K", "B": "B", "J": "J",
    "kJ": "kJ", "MJ": "MJ", "W": "W", "kW": "kW", "MW": "MW", "GW": "GW", "Wh": "Wh",
    "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "eV": "eV", "keV": "keV",
    "MeV": "MeV", "GeV": "GeV", "TeV": "TeV", "s": "s", "ms": "ms", "h": "h", "V": "V",
    "kV": "kV", "Pa": "Pa", "kPa": "kPa", "Mt": "Mt", "Gt": "Gt", "kt": "kt", "in": "in",
    "C": "degC", "F": "degF", "°C": "degC", "°F": "degF", "kB": "kB", "KB": "kB", "Mb": "Mbit",
    "Gb": "Gbit", "kb": "kbit", "MB": "MB", "GB": "GB", "TB": "TB", "EB": "EB", "PB": "PB",
    "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "b": "bit", "A": "A", "Gy": "Gy",
    "mGy": "mGy", "mSv": "mSv", "Sv": "Sv", "L": "L", "l": "L", "ml": "ml", "mL": "ml",
    "cl": "cl", "dm": "dm", "mAh": "mAh",
}  # fmt: skip
# Symbols that also read as ordinary words, accepted only glued to the figure ("2in", "5t") or
# in a hyphenated compound: "there are two in my car" is not inches.
GLUED_ONLY_UNITS: Final[frozenset[str]] = frozenset(
    {
        "in",
        "s",
        "h",
        "A",
        "C",
        "F",
        "K",
        "b",
        "B",
        "l",
        "g",
        "J",
        "V",
        "W",
        "st",
        "pt",
        "p",
        "c",
        "bar",
        "min",
        "deg",
        "point",
        "points",
        "pp",
    }
)
# The kind of each unit code, for the counts and dataset filters.
UNIT_KIND_OVERRIDES: Final[dict[str, str]] = {
    "percent": "percent",
    "percentage_point": "percent",
    "basis_point": "percent",
    "point": "points",
    "degC": "temperature",
    "degF": "temperature",
    "K": "temperature",
    "deg": "temperature",
}
TIME_UNITS: Final[frozenset[str]] = frozenset(
    {
        "s",
        "ms",
        "min",
        "h",
        "day",
        "week",
        "fortnight",
        "month",
        "year",
        "decade",
        "century",
        "millennium",
    }
)

# "per hour", "a day", "/yr" after a unit or currency: kept in the unit as a rate.
RATE_RE: Final[re.Pattern[str]] = re.compile(
    r"^\s*(?:per|an?|/)\s*(?P<den>hour|hr|h|day|week|month|year|yr|annum|second|sec|s|minute|"
    r"min|kg|kilogram|tonne|ton|barrel|share|head|person|capita|litre|liter|gallon|mile|km)\b",
    re.IGNORECASE,
)
RATE_DENOMINATORS: Final[dict[str, str]] = {
    "hour": "h", "hr": "h", "h": "h", "day": "day", "week": "week", "month": "month",
    "year": "year", "yr": "year", "annum": "year", "second": "s", "sec": "s", "s": "s",
    "minute": "min", "min": "min", "kg": "kg", "kilogram": "kg", "tonne": "t", "ton": "ton",
    "barrel": "bbl", "litre": "L", "liter": "L", "gallon": "gal", "mile": "mi", "km": "km",
    "share": "share", "head": "person", "person": "person", "capita": "person",
}  # fmt: skip

# --- counts of things -----------------------------------------------------------------------

# Nouns that are counted (plural -> singular). Any other plural noun right after a number is
# counted too (its singular form is guessed); these are also found a few words later
# ("3,000 US troops") and after hyphens ("15-member").
COUNT_NOUNS: Final[dict[str, str]] = {
    "people": "person", "persons": "person", "children": "child", "men": "man",
    "women": "woman", "troops": "troop", "soldiers": "soldier", "personnel": "personnel",
    "police": "police", "staff": "staff", "workers": "worker", "employees": "employee",
    "jobs": "job", "deaths": "death", "casualties": "casualty", "civilians": "civilian",
    "refugees": "refugee", "migrants": "migrant", "members": "member", "member": "member",
    "seats": "seat", "votes": "vote", "voters": "voter", "cases": "case", "patients": "patient",
    "missiles": "missile", "rockets": "rocket", "drones": "drone", "warships": "warship",
    "ships": "ship", "aircraft": "aircraft", "planes": "plane", "jets": "jet", "tanks": "tank",
    "nations": "nation", "countries": "country", "states": "state", "companies": "company",
    "firms": "firm", "homes": "home", "houses": "house", "households": "household",
    "students": "student", "residents": "resident", "victims": "victim", "injuries": "injury",
    "arrests": "arrest", "prisoners": "prisoner", "hostages": "hostage", "units": "unit",
    "vehicles": "vehicle", "cars": "car", "vaccines": "vaccine", "doses": "dose",
    "tests": "test", "infections": "infection", "shares": "share", "barrels": "barrel",
    "points": "point", "times": "time", "visitors": "visitor", "users": "user",
    "customers": "customer", "delegates": "delegate", "lawmakers": "lawmaker",
    "senators": "senator", "fighters": "fighter", "militants": "militant", "attacks": "attack",
    "strikes": "strike", "warheads": "warhead", "bombs": "bomb", "reactors": "reactor",
    "plants": "plant", "schools": "school", "hospitals": "hospital", "beds": "bed",
    "tons": "ton", "pages": "page", "words": "word", "books": "book", "eggs": "egg",
    "pills": "pill", "computers": "computer", "spectators": "spectator", "fans": "fan",
    "games": "game", "matches": "match", "goals": "goal", "wins": "win", "runs": "run",
    "dolphins": "dolphin", "animals": "animal", "trees": "tree", "hectares": "hectare",
    "sides": "side", "parties": "party", "leaders": "leader", "ministers": "minister",
    "officials": "official", "diplomats": "diplomat", "agents": "agent", "officers": "officer",
    "lives": "life", "wives": "wife", "knives": "knife",
}  # fmt: skip
# Singular count nouns used in hyphenated compounds: "a 15-member body", "a 12-nation bloc".
HYPHEN_COUNT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "member",
        "nation",
        "country",
        "state",
        "seat",
        "person",
        "man",
        "strong",
        "story",
        "storey",
        "point",
        "page",
        "bed",
        "room",
        "lane",
        "party",
        "judge",
        "game",
        "vote",
        "word",
        "team",
        "car",
        "bit",
        "megapixel",
        "shot",
        "stage",
        "step",
        "part",
        "piece",
        "minute",
        "round",
        "item",
        "count",
        "percent",
        "star",
        "core",
        "ship",
        "plane",
        # offices held and titles won: "a two-term incumbent", "a three-time champion"
        "term",
        "time",
        # sizes of a field, a place, a body or a thing: "a 12-candidate stage", "a 300-delegate
        # lead", "a nine-city tour", "a four-block radius", "a 400-employee firm"
        "candidate",
        "delegate",
        "city",
        "county",
        "block",
        "employee",
        "bedroom",
        "question",
        "character",
        "generation",
        "phase",
        "unit",
        "drug",
        "gun",
        "qubit",
        "digit",
        "tweet",
        "bullet",
    }
)
# Words after a number that are not counted nouns even though they end in -s.
NOT_COUNT_NOUNS: Final[frozenset[str]] = frozenset(
    [
        "is",
        "was",
        "has",
        "does",
        "as",
        "its",
        "this",
        "his",
        "hers",
        "yours",
        "ours",
        "theirs",
        "plus",
        "minus",
        "less",
        "us",
        "thus",
        "always",
        "perhaps",
        "whereas",
        "besides",
        "across",
        "towards",
        "afterwards",
        "sometimes",
        "unless",
        "various",
        "previous",
        "famous",
        "serious",
        "enormous",
        "numerous",
        "obvious",
        "nervous",
        "anxious",
        "dangerous",
        "jealous",
        "gas",
        "bus",
        "news",
        "series",
        "species",
        "means",
        "whereas",
        "upwards",
        "onwards",
        "downwards",
    ]
)
# Determiners that make "the two leaders" a reference back to known things, not a claim.
ANAPHORIC_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:the|these|those|both|their|our|its|his|her|my|your|all|each|every|which|that|this|"
    r"any|no|first|last|next|other|another)\s*$",
    re.IGNORECASE,
)
SMALL_ANAPHORIC: Final[frozenset[str]] = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
# Bare "one" is an ordinary pronoun far more often than a claim.
PRONOUN_ONE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"^\s+(?:of|another|day|way|thing|who|which|that|is|was|another|else|side|by)\b", re.IGNORECASE
)

# Words introducing the thing a number measures: "2% of GDP", "six gallons of water".
MEASURES_STOP_WORDS: Final[frozenset[str]] = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "by",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "as",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "than",
        "then",
        "so",
        "such",
        "also",
        "about",
        "said",
        "says",
        "say",
        "told",
        "after",
        "before",
        "while",
        "since",
        "until",
        "during",
        "when",
        "where",
        "there",
        "here",
        "over",
        "under",
        "more",
        "less",
        "up",
        "down",
        "out",
        "into",
        "onto",
        "per",
        "nearly",
        "almost",
        "some",
        "around",
        "roughly",
        "approximately",
        "just",
        "only",
        "least",
        "most",
        "what",
        "how",
        "why",
        "if",
        "we",
        "they",
        "he",
        "she",
        "i",
        "you",
        "them",
        "him",
        "us",
        "me",
    ]
)
DISTANCE_AWAY_RE: Final[re.Pattern[str]] = re.compile(
    r"^\s*(?:away|off|long|wide|high|tall|deep|across|in\s+(?:length|diameter|width|height))\b",
    re.IGNORECASE,
)
