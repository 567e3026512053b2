"""When two claims state one measured thing, and when their values contradict each other.

A claim conflict needs all of:

- the same measured thing: their `measures` share a content word ("strikers", "reservoir
  capacity"), and their sentences share at least `CONFLICT_RARITY` of rare content (summed
  `rarity.idf`), so that "64 seats" of one parliament does not contradict "150 seats" of another;
- no qualifier of either figure setting them apart (`qualifiers.apart`: another party,
  state, plan, lead or person), unless the sentences are nearly the same words;
- the same unit once normalised, which also keeps the basis: 15 million euros a day
  (`EUR/day`) is no total of 60 million euros (`EUR`), nor is "$320 billion annually" (a
  period written right after the figure counts too), and a bare figure is no count;
- neither figure bounding an age group (`bracket`: "voters under age 35"), which is no value;
- neither count one item of a breakdown (`itemised`: "five counts of tax fraud, two counts of
  bank fraud");
- not two shares of polls (`polled`), unless the sentences are nearly the same words
  (`SAME_TEXT`): polls measure one thing many times, each with its own figure;
- not a chance (`forecast`: "a 100% chance of a cut"), which moves with each day's bets, nor
  a sum told with what else it holds (`basket`: "of new tax cuts and spending increases", "—
  including the cost of extending the Bush tax cuts"), unless the sentences are nearly the
  same words (`SAME_TEXT`);
- neither value moving: a claim reached by a change verb ("raised to 4.5%") is a new value,
  not a contradiction of the old one, and articles more than `CONFLICT_DAYS` apart may report
  a value that changed (so may articles of unknown date, unless their sentences are nearly
  the same words, `SAME_TEXT`: "The unemployment rate remained at 3.7 percent" is another
  month's rate than "The unemployment rate of 3.8 percent remained the same");
- neither figure a part of a total written after it (`partial`: "between 98 and 123 of the
  172 delegates at stake" is no other count of "144 delegates at stake");
- neither sentence writing the other's figure too ("222 Democratic delegates and 155 for
  Republicans" against "155 delegates"): one article tells the two apart;
- no two spans of time the figures are counted over (`span`: "in the past month" against
  "over the past six weeks");
- one term: both sentences write the same terms a sum is counted over, or none (`term`: "in
  the first year" against "The two-year, $2.7 trillion budget deal");
- one time: neither sentence dates its figure otherwise (`then`: "Nine years ago, support
  was just 32 percent", "in 2008 35 percent of votes", "released last month");
- no stock market's figure (`market`: "the Dow Jones Industrial Average jumped 779 points")
  unless nearly the same sentence (`SAME_TEXT`): an index moves every trading day;
- neither figure continued by a smaller unit (`continued`: "8 minutes, 46 seconds", "6 feet 2
  inches"), of which the claim holds only the first part;
- a figure written small (`small`: one to nine of anything) only in much alike sentences
  (`ALIKE_TEXT`): small figures are everywhere, and one shared word does not make them one
  measured thing ("five Republicans join with 52 Democrats" in one vote, "three Republicans
  and four Democrats" who wrote a bill; "another three years" to citizenship, "a green card
  in five years");
- two bare figures (no unit: nothing counted, no currency) only in nearly the same sentences
  (`SAME_TEXT`): a stock index's level ("to close at 23,433", a ticker's "S&P 500 3094.04")
  moves daily, and nothing says two such figures are of one day;
- values whose ranges cannot meet once rounding and qualifiers are read: "at least 14" and
  "more than 25" can both hold; "nearly 60,000" is 59,000 rounded; 4.2 against 4.8 billion, or
  3,000 against 5,000, cannot; yet close enough to be two reports of one quantity (within a
  factor `CONFLICT_RATIO`): 4 diplomats expelled by one country and 60 by another are two
  measured things that one word ("diplomats") does not tell apart.

Two claims also agree when they state one measured thing with values that can both hold.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from decimal import Decimal
from functools import lru_cache

from factdb.link import normalize as nz
from factdb.link import qualifiers
from factdb.link.rarity import weight
from factdb.link.records import LinkItem
from factdb.link.relations import COUNTABLE, rounding

CONFLICT_RARITY, AGREE_RARITY = 6.0, 6.0
SAME_TEXT, ALIKE_TEXT = 85.0, 60.0
CONFLICT_DAYS = 7
"""One story's days: figures reported a week or more apart are revised or moving ones (50 then
87 million Facebook users, 5,000 then 6,974 patients in hospital, 17 then 16 Democrats signing
a letter: 14 to 18 days apart on a 5,000-article news archive), as are quotes' speakers."""
CONFLICT_RATIO = 2.0
"""Two reports of one quantity differ by less than this factor; 4 diplomats against 60 are two
expulsions, not a contradiction."""
GENERIC = frozenset(
    "age peopl person year time day number total share percent point error margin".split()  # noqa: SIM905
)
"""Measured words that name no particular thing: two ages are of one person only by chance, and
two polls' margins of error ("plus or minus 3 percentage points") of one poll only by chance."""
LISTED = frozenset("stat countr country nation".split())  # noqa: SIM905
"""Measured word stems (`normalize.stem`: "states" is "stat") that do not show two sizes to be of
one thing for a conflict: states and countries are what lists are made of. On 1,000 archive
articles of shared days and topics, 5 of 22 proposed claim conflicts set two lists' sizes
against each other ("seven toss-up states" against "nine battleground states", "31 states"
that ban same-sex marriage against "17 states" that filed briefs). One size stated twice ("six
predominantly Muslim countries") still agrees."""
SPECIFIC_VALUE = 10.0
TOLD_VALUE, TOLD_DIGITS = 1000.0, 2
"""A sum or count of at least 1,000 written with two or more significant digits ("$2.5 million",
"$101.3 million", "1.3 million people") is a figure one story tells (`told_figure`); "$1
billion" and "800,000" are round figures many stories tell."""
_TOLD_UNITS_RE = re.compile(r"^(?:count|[A-Z]{3})$")

_APPROX_RE = re.compile(
    r"^(?:about|around|roughly|nearly|almost|some|approximately|close\s+to|an\s+estimated)\b",
    re.I,
)
_VAGUE_RE = re.compile(r"^(?:tens|dozens|scores|hundreds|thousands|millions|billions)\b", re.I)
"""A plural of a round number ("dozens of Russian intelligence officers") states no figure."""
_AT_LEAST_RE = re.compile(
    r"^(?:more\s+than|over|above|exceeding|at\s+least|no\s+(?:fewer|less)\s+than|tens|dozens|"
    r"scores|hundreds|thousands|millions|billions)\b",
    re.I,
)
_AT_MOST_RE = re.compile(
    r"^(?:less\s+than|fewer\s+than|under|below|at\s+most|up\s+to|as\s+(?:many|much|high)\s+as)"
    r"\b",
    re.I,
)
_POLL_RE = re.compile(
    r"\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|sampling\s+error|"
    r"margin\s+of\s+error|(?:dis)?approval|disapprov(?:e|es|ed|ing)|approv(?:e|es|ed|ing)\s+of|"
    r"(?:un)?favou?rab(?:le|ility)|Gallup)\b",
    re.I,
)
"""A share stated of a poll is one measurement among many: two polls' shares of one candidate
differ without contradicting each other (on 1,000 archive articles of shared days and topics, 9
of 22 proposed claim conflicts were two polls' figures). An approval or favourability rating
is a poll's figure even where no poll is named ("His job approval rating is hovering around 50
percent", "Obama's job approval rating has been 50 percent or higher", four years apart); a
body's approving is not ("Voters approved the proposal 52% to 48%", "approved 87 percent of
H1-B petitions")."""
POLL_UNITS = frozenset({"percent", "percentage_point"})
_BASIS_RE = re.compile(r"\b(?:a|an|per|each)\s+(day|week|month|year|hour)\b", re.I)
_BASIS_AFTER_RE = re.compile(
    r"^\s*(?:(?:a|an|per|each)\s+(day|week|month|year|hour)\b"
    r"|(annually|yearly|a\s+year|daily|weekly|monthly|hourly)\b)",
    re.I,
)
"""A period written right after the quantity ("$320 billion annually"), which the claim's
text leaves out."""
_PERIODS = {"annually": "year", "yearly": "year", "a year": "year", "daily": "day"}
_PERIODS |= {"weekly": "week", "monthly": "month", "hourly": "hour"}
_BRACKET_BEFORE_RE = re.compile(
    r"(?:\b(?:under|over|above|below)\s+(?:the\s+)?ages?\s+(?:of\s+)?"
    r"|\b(?:younger|older)\s+than\s+(?:the\s+age\s+of\s+)?"
    r"|\bages\s+(?:of\s+)?(?:about\s+|around\s+)?)$",
    re.I,
)
_AGED_RE = re.compile(r"\baged\s+$", re.I)
_BRACKET_AFTER_RE = re.compile(
    r"^\s*(?:years?\s+old\s+)?(?:and|or)\s+(?:older|over|up|above|younger|under)\b", re.I
)
"""An age bracket of a poll or a rule ("voters under age 35", "aged 35-54", "55 and older",
"between the ages of 18 and 24") bounds a group; it states no fact."""
BRACKET_WINDOW = 40
_CONTINUED_RE = re.compile(
    r"^\s*(?:,|and|,\s*and)?\s*\d[\d.]*\s*(?:seconds?|secs?|minutes?|mins?|hours?|inch(?:es)?|"
    r"ounces?|oz|pounds?|lbs?|feet|foot|days?|weeks?|months?|cents?)\b",
    re.I,
)
_SPAN_RE = re.compile(
    r"\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:(\w+)\s+)?"
    r"(day|week|month|year)s?\b",
    re.I,
)
_TERM_RE = re.compile(
    r"\b[\w.]+-(?:year|month|week)\b(?!-old)"
    r"|\bover\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?(?:[\w.]+\s+)?(?:years|decades?)\b"
    r"|\b(?:first|second|third|final)\s+year\b",
    re.I,
)
"""The term a sum is counted over ("The two-year, $2.7 trillion budget deal", "over the next
decade", "in the first year"): a sentence that writes one holds another basis than one that
writes none or another."""
_BASKET_RE = re.compile(
    r"^\s*(?:(?:in|of|for)\s+(?:[a-z'\u2019-]+\s+){1,3}and\s+[a-z]"
    r"|[\s,\u2014\u2013-]*(?:including|excluding|not\s+counting)\b)",
    re.I,
)
"""A sum told with what else it holds, right after the figure ("$6.34 trillion of new tax cuts
and spending increases", "$5 trillion — including the cost of extending the Bush tax
cuts"): a basket, no measure of the one thing another sentence's figure counts."""
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_FORECAST_RE = re.compile(r"\b(?:chances?|odds|probability|likelihood)\b", re.I)
"""A share given as a chance ("a 100% chance of a cut"): a forecast moves with every day's
bets, as a poll's share does."""
_THEN_RE = re.compile(
    r"\b(?:\w+\s+(?:years?|months?|weeks?|decades?)\s+ago|(?:last|earlier\s+this)\s+"
    r"(?:year|month|week)|in\s+(?:19|20)\d\d)\b",
    re.I,
)
_MARKET_RE = re.compile(r"\b(?:Dow|S&P|Nasdaq|stock\s+market|index)\b", re.I)
_POINTS_RE = re.compile(r"\bpoints?\b", re.I)
_SMALL_RE = re.compile(
    r"^(?:(?:about|around|roughly|nearly|almost|some|approximately|only|just|another|the|all|"
    r"at\s+least|more\s+than|over|up\s+to|fewer\s+than|less\s+than)\s+)*"
    r"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)"
    r"(?![\d.,]|[\s-]*(?:hundred|thousand|million|billion|trillion|dozen)\b)\b",
    re.I,
)
MOVING = frozenset({"increase_to", "increase_by", "decrease_to", "decrease_by", "from"})


SUBJECT_WORDS = 8
"""Words before a claim's figure read for what it is of (`subjects`): a name or a scope among
them ("Ohio, whose unemployment rate is 7.4 percent", "Obama has granted only 10
commutations", "for black workers, the unemployment rate")."""
SCOPES = frozenset(
    """national nationwide statewide global worldwide black white hispanic latino asian women
    men""".split()  # noqa: SIM905
)
"""Lower-case words that give a figure its own population or scope ("the national unemployment
rate", "for black workers, the unemployment rate was 16.8 percent")."""
_SCOPE_STEMS = frozenset(nz.stem(w) for w in SCOPES)
_CAPITAL_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'\u2019-]*|^[A-Z][\w'\u2019-]*(?=\s+[A-Z])")
_WORD_RE = re.compile(r"[\w'\u2019-]+")
_OWNER_RE = re.compile(r"^(?:['\u2019]s)?[\s,]*$")
"""What may stand between a name and the figure it owns: "Tamerlan Tsarnaev, 26", "Ohio's"."""
_OTHER_RE = re.compile(r"\bother\b", re.I)


def subjects(item: LinkItem) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the names and scope words (`SCOPES`) among the `SUBJECT_WORDS` before a
    claim's figure, and of the name right before it that owns it ("Tamerlan Tsarnaev, 26")."""
    return _subjects(item.text, item.quantity)


@lru_cache(maxsize=65536)
def _subjects(sentence: str, quantity: str | None) -> tuple[frozenset[str], frozenset[str]]:
    at = sentence.find(quantity) if quantity else -1
    if at < 0:
        return nz.EMPTY, nz.EMPTY
    starts = [m.start() for m in _WORD_RE.finditer(sentence[:at])]
    wide = starts[-SUBJECT_WORDS] if len(starts) >= SUBJECT_WORDS else 0
    found: set[str] = set()
    owner: set[str] = set()
    run_end = -1
    end = at + len(quantity or "")
    for m in _CAPITAL_RE.finditer(sentence[:end]):
        stems = nz.content_stems(nz.normalize_text(m[0]))
        if m.start() >= wide:
            found.update(stems)  # a name in the quantity too: "49% of the remaining Republican"
        if m.start() >= at:
            continue
        # A run of names one space apart, ending right before the figure, owns it.
        owner = (owner if m.start() == run_end + 1 else set()) | set(stems)
        run_end = m.end()
    if run_end < 0 or not _OWNER_RE.match(sentence[run_end:at]):
        owner = set()
    for m in _WORD_RE.finditer(sentence[wide:at]):
        if m[0].lower() in SCOPES:
            found.add(nz.stem(m[0].lower()))
    return frozenset(found), frozenset(owner)


_OF_RE = re.compile(r"^\s*(?:in|of|from|for|on)\s+((?:[\w'\u2019-]+\s*){1,3})")
"""The noun a figure is of, written right after it ("$1.6 trillion in new tax revenue")."""
_MARGIN_RE = re.compile(r"\b(?:margin\s+of\s+(?:sampling\s+)?error|sampling\s+error)\b", re.I)


def counted(item: LinkItem) -> frozenset[str]:
    """The content stems of the noun a claim's figure is of, written right after it with "in",
    "of", "from", "for" or "on" ("$1.6 trillion in new tax revenue": new, tax, revenue)."""
    m = _OF_RE.match(_around(item.text, item.quantity)[1])
    return frozenset(nz.content_stems(nz.normalize_text(m.group(1)))) if m else nz.EMPTY


def other_counted(a: LinkItem, b: LinkItem) -> bool:
    """Whether both claims say what their figure is of, with no word in common: "$1.6 trillion
    in new tax revenue" is no other figure of "$2.2 trillion in deficit savings", nor "$400
    billion in reduced entitlement costs" of "$340 billion from Medicare spending"."""
    of_a, of_b = counted(a), counted(b)
    return bool(of_a and of_b) and of_a.isdisjoint(of_b)


KINDS = {
    "revenue": "revenue", "revenues": "revenue", "tax": "revenue", "taxes": "revenue",
    "receipts": "revenue", "cut": "cut", "cuts": "cut", "savings": "cut", "reduction": "cut",
    "reductions": "cut", "spending": "spending", "outlays": "spending", "expenditures": "spending",
    "investment": "spending", "investments": "spending", "debt": "debt", "deficit": "debt",
    "deficits": "debt", "borrowing": "debt",
}  # fmt: skip
"""Words naming what a sum of public money is, each to its kind: revenue raised, cuts or
savings made, spending, debt. Two sums of other kinds are two things, whatever their figure."""
_OF_KIND_RE = re.compile(r"^\s*(?:in|of|from|for|on)((?:\s+[\w'\u2019-]+){1,6})")
PHRASE_ENDS = frozenset(
    """that which who to over in of from for on by at and or as with while including set was
    were is are be would will could""".split()  # noqa: SIM905
)
"""Words that end the noun phrase after a figure ("$85 billion in spending cuts that took
effect", "in tax revenue over the next decade")."""


def kind(item: LinkItem) -> str | None:
    """The kind (`KINDS`) of the noun right after a claim's figure that heads what it is of: the
    last such word of the phrase "$600 billion in tax revenue" (revenue), "in automatic
    across-the-board spending cuts" (cut)."""
    at = item.text.find(item.quantity) if item.quantity else -1
    m = _OF_KIND_RE.match(item.text[at + len(item.quantity or "") :]) if at >= 0 else None
    if not m:
        return None
    heads: list[str] = []
    for word in m.group(1).lower().split():
        if word in PHRASE_ENDS:
            break
        if word in KINDS:
            heads.append(KINDS[word])
    return heads[-1] if heads else None


def other_kind(a: LinkItem, b: LinkItem) -> bool:
    """Whether two claims' figures are sums of other kinds (`KINDS`): "$600 billion in new tax
    revenue" is not "$600 billion in spending cuts". Only these nouns are read: others
    worded differently ("three years of temporary legal status", "of protection") may be
    one thing."""
    kind_a, kind_b = kind(a), kind(b)
    return kind_a is not None and kind_b is not None and kind_a != kind_b


_BELOW_RE = re.compile(
    r"^(?:almost|nearly|just\s+(?:under|below|shy\s+of)|less\s+than|fewer\s+than|under|"
    r"below|close\s+to)\b",
    re.I,
)
_ABOVE_RE = re.compile(
    r"^(?:(?:just\s+|well\s+)?(?:more\s+than|over|above)|exceeding|upwards\s+of)\b", re.I
)


def side(item: LinkItem) -> int:
    """-1 when a claim's figure is approached from below ("almost half", "nearly 800,000"),
    1 when it is exceeded ("more than half"), else 0."""
    words = (item.quantity or "").strip()
    return -1 if _BELOW_RE.match(words) else 1 if _ABOVE_RE.match(words) else 0


def opposite_sides(a: LinkItem, b: LinkItem) -> bool:
    """Whether one share is approached from below and the other exceeded ("almost half"
    against "more than half" of new jobs): two amounts on either side of one mark. Only
    shares (a fraction, or `POLL_UNITS`) are read so: a count written "nearly 800,000" and
    "more than 800,000" is one count rounded two ways."""
    return _share(a) and _share(b) and side(a) * side(b) < 0


def _share(item: LinkItem) -> bool:
    return item.unit in POLL_UNITS or (item.unit is None and 0 < (item.value or 0.0) <= 1)


_COMPOUND_RE = re.compile(
    r"^(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)-(?:man|men|woman|women|person|"
    r"member|judge|justice|way|party|seat|candidate|state|step|phase|stage|part|sided|pronged|"
    r"tier|tiered|star|strikes?)$",
    re.I,
)


_CITATION_RE = re.compile(r"\d\(\w{1,3}\)?$")


def citation(item: LinkItem) -> bool:
    """Whether a claim's figure is a section of a code or a law, read up to its bracket
    ("501(c)" of "501(c)(4) organizations", stored as "501(c"): a reference, no quantity."""
    return bool(_CITATION_RE.search((item.quantity or "").strip()))


def compound(item: LinkItem) -> bool:
    """Whether a claim's figure is a small count joined to a body's members ("two-man race",
    "three-judge panel", "nine-member board") or to the parts of a plan or rule ("two-state
    solution", "three-step plan", "five-star", "three-strikes law"): it says what kind of
    thing, which many share. On 1,000 random archive articles, Romney's "negotiations toward a
    two-state solution" was linked to two other stories' "two-state solution"."""
    return bool(_COMPOUND_RE.match((item.quantity or "").strip()))


_MONEY_RE = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million|bn|tn)?\b", re.I)
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6}
BASE_UNITS = frozenset({"percent", "day"})
"""Units of figures told of a sum: a rate of it, or the span it is counted over ("over 10
years")."""


def sums(item: LinkItem) -> frozenset[float]:
    """The sums of money a rate's sentence writes besides its figure ("tariffs on $200 billion
    of Chinese goods"), in dollars."""
    return _sums(item.text, item.quantity)


@lru_cache(maxsize=65536)
def _sums(sentence: str, quantity: str | None) -> frozenset[float]:
    if quantity:
        sentence = sentence.replace(quantity, " ", 1)
    return frozenset(
        float(m.group(1).replace(",", "")) * _SCALES.get((m.group(2) or "").lower(), 1.0)
        for m in _MONEY_RE.finditer(sentence)
    )


def other_base(a: LinkItem, b: LinkItem) -> bool:
    """Whether two rates or spans (`BASE_UNITS`) are told of other sums: both sentences write
    sums of money and none in common ("25 percent" tariffs on $200 billion of goods, and on $250
    billion, two rounds; "an estimated $600 billion in additional revenue over 10 years"
    against an estimate that E-Verify "would cost $17.3 billion in revenue over 10 years")."""
    if a.unit not in BASE_UNITS or b.unit not in BASE_UNITS:
        return False
    sums_a, sums_b = sums(a), sums(b)
    return bool(sums_a) and bool(sums_b) and sums_a.isdisjoint(sums_b)


def figures_apart(a: LinkItem, b: LinkItem) -> bool:
    """Whether two claims of one value are of two things by how the figure is written: sums of
    other kinds (`other_kind`), on either side of it (`opposite_sides`), rates of other sums
    (`other_base`), shares beside other shares (`other_shares`), a body's make-up
    (`compound`), a section of a code (`citation`) or a list's length (`listing`)."""
    if other_kind(a, b) or opposite_sides(a, b) or other_base(a, b) or other_shares(a, b):
        return True
    return any(compound(x) or citation(x) or listing(x) for x in (a, b))


_SHARE_RE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.I)


def shares(item: LinkItem) -> frozenset[float]:
    """The shares in digits ("51 percent", "29%") a claim's sentence writes besides its own."""
    return _shares(item.text, item.value, item.value_max)


@lru_cache(maxsize=65536)
def _shares(sentence: str, value: float | None, value_max: float | None) -> frozenset[float]:
    found = (float(m.group(1)) for m in _SHARE_RE.finditer(sentence))
    return frozenset(v for v in found if v != value and v != value_max)


def other_shares(a: LinkItem, b: LinkItem) -> bool:
    """Whether two shares (`POLL_UNITS`) of one value are set beside other shares, none in
    common: two polls' or two questions' figures ("just more than quarter (26 percent) have a
    positive one" of Christie, 51 percent negative, against Rubio's "26 percent holding a
    positive view versus 21 percent"; "57% who disapproved" of Trump's response against "57
    percent of whom said they support the impeachment inquiry versus 39 percent"). One
    measure told twice shares its other figures ("from 9 percent in 2008 to 10 percent in
    2012" against "8 percent in 2004, 9 percent in 2008, 10 percent in 2012"). Within one
    story's days (`CONFLICT_DAYS`) only shares of polls (`polled`) are read so: a rate told
    beside another month's or another group's is still one rate. Nor is a figure of a change
    (`MOVING`) read so: it is set beside its other end, and "It cuts the corporate rate to 21
    percent from 35 percent" states the old rate of "reduced the corporate tax rate to 20
    percent from 35 percent" (53 days apart, two plans)."""
    if a.unit not in POLL_UNITS or b.unit not in POLL_UNITS:
        return False
    if a.change in MOVING or b.change in MOVING:
        return False
    gap = date_gap(a, b)
    close = gap is not None and gap <= CONFLICT_DAYS
    if close and not (polled(a) or polled(b)):
        return False
    shares_a, shares_b = shares(a), shares(b)
    return bool(shares_a) and bool(shares_b) and shares_a.isdisjoint(shares_b)


def date_gap(a: LinkItem, b: LinkItem) -> int | None:
    """Days between two items' articles; None when either date is unknown."""
    if a.published is None or b.published is None:
        return None
    return abs((a.published - b.published).days)


_LISTING_RE = re.compile(
    r"^\s*(?:things|takeaways|ways|reasons|questions|lessons|facts|moments|charts|tips|signs|"
    r"myths|mistakes|numbers|highlights)\b",
    re.I,
)


def listing(item: LinkItem) -> bool:
    """Whether a claim's figure counts a list's entries ("Here are five things to watch", "8
    Takeaways"): the length of an article's list, which many articles share, no fact."""
    return _listing(item.text, item.quantity)


@lru_cache(maxsize=65536)
def _listing(sentence: str, quantity: str | None) -> bool:
    words = (quantity or "").split()
    if len(words) > 1 and _LISTING_RE.match(words[-1]):
        return True
    return bool(_LISTING_RE.match(_around(sentence, quantity)[1]))


def margin(item: LinkItem) -> bool:
    """Whether a claim's sentence states a poll's margin of error, which is that poll's own."""
    return bool(_MARGIN_RE.search(item.text))


def other_subject(a: LinkItem, b: LinkItem) -> bool:
    """Whether two claims' figures are of other things by what is written before them: each
    names a subject the other does not (Ohio's unemployment rate and the national one, Obama's
    commutations and Bush's), one's figure belongs to a name the other sentence does not write
    ("Tamerlan Tsarnaev, 26" against "Tsarnaev, 19"), or one gives a scope the other does not
    ("for black workers")."""
    (wide_a, owner_a), (wide_b, owner_b) = subjects(a), subjects(b)
    words_a, words_b = _stems(a.text), _stems(b.text)
    if (wide_a - words_b and wide_b - wide_a) or (wide_b - words_a and wide_a - wide_b):
        return True
    if owner_a - words_b or owner_b - words_a:
        return True
    return bool(((wide_a | wide_b) & _SCOPE_STEMS) - (words_a & words_b))


@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    return frozenset(nz.content_stems(nz.normalize_text(text)))


def partial(item: LinkItem) -> bool:
    """Whether a claim counts others than someone named ("three other Americans") or a part of
    a total written after it ("between 98 and 123 of the 172 delegates at stake"): a part of a
    total ("Four Americans, including Ambassador Christopher Stevens"), no other count of it."""
    return _partial(item.text, item.quantity)


@lru_cache(maxsize=65536)
def _partial(sentence: str, quantity: str | None) -> bool:
    if _OTHER_RE.search(quantity or ""):
        return True
    return bool(_PART_OF_RE.match(_around(sentence, quantity)[1]))


_PART_OF_RE = re.compile(r"^\s*(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?\d", re.I)


def bounds(item: LinkItem) -> tuple[float, float]:
    """The values a claim allows, from its value (or range), qualifier words and rounding."""
    assert item.value is not None
    low = item.value
    high = item.value_max if item.value_max is not None else item.value
    words = (item.quantity or "").strip()
    if _AT_LEAST_RE.match(words):
        return low, math.inf
    if _AT_MOST_RE.match(words):
        return -math.inf, high
    slack = max(abs(high) * 0.01, rounding(high) / 2 if _APPROX_RE.match(words) else 0.0)
    return low - slack, high + slack


def basis(item: LinkItem) -> str | None:
    """The period a claim is stated per when its text, or the words right after it, say so
    ("15 million euros a day", "$320 billion annually")."""
    m = _BASIS_RE.search(item.quantity or "")
    if m:
        return m.group(1).lower()
    m = _BASIS_AFTER_RE.match(_around(item.text, item.quantity)[1])
    if not m:
        return None
    return (m.group(1) or _PERIODS[" ".join(m.group(2).lower().split())]).lower()


def itemised(item: LinkItem) -> bool:
    """Whether a count's sentence writes its counted word again, so that it is one item of a
    breakdown ("five counts of tax fraud, two counts of bank fraud, and one count of failing to
    disclose"): on 1,000 archive articles of shared days and topics, 3 of 22 proposed claim
    conflicts set such an item against the total ("convicted on eight counts")."""
    if item.unit not in COUNTABLE or not item.quantity:
        return False
    return _counted_again(item.text, item.quantity)


@lru_cache(maxsize=65536)
def _counted_again(sentence: str, quantity: str) -> bool:
    counted = nz.content_stems(nz.normalize_text(quantity))[-1:]
    if not counted or counted[0][0].isdigit():
        return False
    return nz.content_stems(nz.normalize_text(sentence)).count(counted[0]) >= 2


def polled(item: LinkItem) -> bool:
    """Whether a claim is a share (`POLL_UNITS`) in a sentence about a poll, a survey or an
    approval or favourability rating."""
    return item.unit in POLL_UNITS and bool(_POLL_RE.search(item.text))


def bracket(item: LinkItem) -> bool:
    """Whether a claim's figure bounds an age group ("voters under age 35", "aged 35-54",
    "55 and older"), which states no fact: on 450 archive articles of shared days and topics,
    5 of 56 proposed claim links joined two polls' "under age 35" or "ages of 18 and 24"."""
    return _bracketed(item.text, item.quantity, item.value_max is not None)


@lru_cache(maxsize=65536)
def _bracketed(sentence: str, quantity: str | None, ranged: bool) -> bool:
    before, after = _around(sentence, quantity)
    if _BRACKET_BEFORE_RE.search(before) or _BRACKET_AFTER_RE.match(after):
        return True
    return ranged and bool(_AGED_RE.search(before))


_SPREAD_RE = re.compile(r"\branging\s+(?:in\s+\w+\s+)?(?:from\s+)?$", re.I)


def spread(item: LinkItem) -> bool:
    """Whether a claim's range is how far a group's members spread ("ranging in age from 10 to
    59"): it bounds the group, so it agrees only with the same bounds, not with any figure or
    range that overlaps it."""
    return item.value_max is not None and _spreads(item.text, item.quantity)


@lru_cache(maxsize=65536)
def _spreads(sentence: str, quantity: str | None) -> bool:
    return bool(_SPREAD_RE.search(_around(sentence, quantity)[0]))


@lru_cache(maxsize=65536)
def _around(sentence: str, quantity: str | None) -> tuple[str, str]:
    """The `BRACKET_WINDOW` characters of SENTENCE before and after the first QUANTITY in it
    (two empty strings when it is not found)."""
    before, _, after = qualifiers.around(sentence, quantity, BRACKET_WINDOW, BRACKET_WINDOW)
    return before, after


WIDE_RATIO = 3.0
"""A range whose high end is this many times its low end is no one amount but an estimate's
spread, or a misread: it agrees with a figure only as the same range, never by holding it.
"between 20 million and 65 million Americans could lose their employer-sponsored health
insurance" (2013) held the CBO's "22 million fewer Americans would have insurance" (2017)
and "about 32 million more Americans would get insurance"; "the total number of jobs created
in 2012 to 1.84 million", read as 2,012 to 1,840,000, held "59,000" and "163,000 jobs" of
other months' reports (on 1,700 random archive articles, 5 links, all wrong). "26 to 28
percent" still holds "27 percent"."""


def wide(item: LinkItem) -> bool:
    """Whether a claim's range, of a positive low end, spans `WIDE_RATIO` or more: it agrees
    with a figure only as the same range, never by holding it."""
    low, high = item.value, item.value_max
    if low is None or high is None or not low > 0:
        return False
    return high >= WIDE_RATIO * low


def written_in(item: LinkItem, other: LinkItem) -> bool:
    """Whether OTHER's sentence writes ITEM's figure too (its numbers as written)."""
    figures = nz.numbers_in(nz.normalize_text(item.quantity or ""))
    return bool(figures) and figures <= nz.numbers_in(nz.normalize_text(other.text))


def span(item: LinkItem) -> tuple[str, str] | None:
    """The span of time a claim's sentence counts over ("in the past month": ("", "month"),
    "over the past six weeks": ("six", "week")), or None."""
    m = _SPAN_RE.search(item.text)
    return ((m.group(1) or "").lower(), m.group(2).lower()) if m else None


def term(item: LinkItem) -> frozenset[str]:
    """The terms a claim's sentence counts its sums over (`_TERM_RE`), lower-cased."""
    return _terms(item.text)


@lru_cache(maxsize=65536)
def _terms(sentence: str) -> frozenset[str]:
    return frozenset(" ".join(m.group(0).lower().split()) for m in _TERM_RE.finditer(sentence))


def basket(item: LinkItem) -> bool:
    """Whether a claim's sum of money is told with what else it holds (`_BASKET_RE`); a count's
    words may join two kinds of one thing ("eight counts of tax and bank fraud")."""
    if not (item.unit and _CURRENCY_RE.match(item.unit)):
        return False
    return bool(_BASKET_RE.match(_around(item.text, item.quantity)[1]))


def forecast(item: LinkItem) -> bool:
    """Whether a claim's share is a chance of something (`_FORECAST_RE`)."""
    return item.unit in POLL_UNITS and bool(_FORECAST_RE.search(item.text))


def then(item: LinkItem) -> str | None:
    """The other time a claim's sentence dates its figure to ("nine years ago", "last month",
    "in 2008"), lower-cased, or None."""
    m = _THEN_RE.search(item.text)
    return " ".join(m.group(0).lower().split()) if m else None


def market(item: LinkItem) -> bool:
    """Whether a claim's sentence is a stock market's figure (an index and its points)."""
    return bool(_MARKET_RE.search(item.text)) and bool(_POINTS_RE.search(item.text))


def continued(item: LinkItem) -> bool:
    """Whether a claim's figure goes on in a smaller unit right after it ("for 8 minutes, 46
    seconds", "6 feet 2 inches"): the claim's value is only its first part."""
    return bool(_CONTINUED_RE.match(_around(item.text, item.quantity)[1]))


def small(item: LinkItem) -> bool:
    """Whether a claim's figure is written as one to nine of its unit ("three years", "8
    minutes", "five Republicans"), qualifiers aside: the normalised value of a duration is in
    seconds or days, so the figure as written tells a small one."""
    return bool(_SMALL_RE.match((item.quantity or "").strip()))


def vague(item: LinkItem) -> bool:
    """Whether a claim states a plural of a round number ("dozens", "hundreds of"), no figure."""
    return bool(_VAGUE_RE.match((item.quantity or "").strip()))


def told_figure(item: LinkItem) -> bool:
    """Whether a claim states a specific count or sum (`TOLD_VALUE`, `TOLD_DIGITS`): a figure
    that two sentences of one story's days state of one thing, not by chance."""
    value = item.value
    if value is None or not math.isfinite(value) or abs(value) < TOLD_VALUE:
        return False
    if item.unit is None or not _TOLD_UNITS_RE.match(item.unit) or vague(item):
        return False
    return significant_digits(value) >= TOLD_DIGITS


def significant_digits(value: float) -> int:
    """How many significant digits a value is written with (2,500,000 has 2, 101.3 has 4)."""
    return len(Decimal(f"{abs(value):.12g}").normalize().as_tuple().digits)


def same_unit(a: str | None, b: str | None) -> bool:
    """Whether two normalised units measure alike (a bare number counts too)."""
    return a == b or (a in COUNTABLE and b in COUNTABLE)


def same_measured(a: LinkItem, b: LinkItem) -> bool:
    """Whether two claims name one measured thing (`measures` share a content word)."""
    return not measure_stems(a.measures).isdisjoint(measure_stems(b.measures))


def other_measured(a: LinkItem, b: LinkItem) -> bool:
    """Whether both claims name what they measure and the two names share no content word: "at
    least 400 donors" and "at least four polls" of one debate's rules are two things."""
    stems_a, stems_b = measure_stems(a.measures), measure_stems(b.measures)
    return bool(stems_a and stems_b) and stems_a.isdisjoint(stems_b)


@lru_cache(maxsize=65536)
def measure_stems(measures: str | None) -> frozenset[str]:
    """The content stems of a claim's `measures`, generic words left out."""
    if not measures:
        return nz.EMPTY
    return frozenset(nz.content_stems(nz.normalize_text(measures))) - GENERIC


def contradicts(a: LinkItem, b: LinkItem, shared: Collection[str], *, text: float = 0.0) -> bool:
    """Whether claims A and B conflict by every rule of the module docstring; SHARED holds the
    content stems their sentences share, TEXT their text similarity, which stands for the same
    measured thing when the sentences are nearly the same words (`SAME_TEXT`), or much alike
    (`ALIKE_TEXT`) and one claim's `measures` was not found."""
    if a.value is None or b.value is None or a.unit != b.unit:
        # A bare figure names no counted thing, so it contradicts no count (`same_unit` lets
        # the two agree): "three" of "the three-strikes law" is no other number of "five states".
        return False
    if basis(a) != basis(b):
        return False  # per day is not a total
    if bracket(a) or bracket(b):
        return False  # an age group's bound is no measured value
    if (polled(a) or polled(b) or forecast(a) or forecast(b)) and text < SAME_TEXT:
        return False  # two polls or two days' odds, unless one sentence retold
    if (basket(a) or basket(b)) and text < SAME_TEXT:
        return False  # "$6.34 trillion of new tax cuts and spending increases" is no "$5T tax cut"
    if itemised(a) or itemised(b):
        return False  # one item of a breakdown is no other total
    if a.change in MOVING or b.change in MOVING:
        return False
    if a.published and b.published and abs((a.published - b.published).days) > CONFLICT_DAYS:
        return False  # a value a month apart may have changed
    if not (a.published and b.published) and text < SAME_TEXT:
        return False  # at an unknown date too: only one sentence retold shows a conflict
    if continued(a) or continued(b):
        return False  # "8 minutes, 46 seconds": the claim holds part of one figure
    if written_in(a, b) or written_in(b, a):
        return False  # "222 Democratic delegates and 155 for Republicans": both told apart
    if span(a) and span(b) and span(a) != span(b):
        return False  # "in the past month" is no count "over the past six weeks"
    if term(a) != term(b):
        return False  # "$1.37 trillion ... in the first year" is no "two-year, $2.7 trillion"
    if then(a) != then(b):
        return False  # "Nine years ago, support was just 32 percent": another time's figure
    if (market(a) or market(b)) and text < SAME_TEXT:
        return False  # a stock index's move or level is of one trading day
    if partial(a) or partial(b):
        return False  # "three other Americans" are part of "Four Americans"
    if other_subject(a, b) and text < SAME_TEXT:
        return False  # Ohio's unemployment rate is not the nation's
    if other_counted(a, b) and text < SAME_TEXT:
        return False  # "$1.6 trillion in new tax revenue" is not "in deficit savings"
    if margin(a) or margin(b):
        return False  # two surveys' sampling errors, however alike their sentences
    if (small(a) or small(b)) and text < ALIKE_TEXT:
        return False  # "three Republicans" and "two Republicans": two votes, not one retold
    if a.unit is None and text < SAME_TEXT:
        return False  # two bare figures (index levels, tallies) measure nothing named
    if text < SAME_TEXT and qualifiers.apart(a, b):
        return False  # another group's, place's, plan's, day's or person's figure
    unknown = not (a.measures and b.measures)
    measured = not (measure_stems(a.measures) - LISTED).isdisjoint(measure_stems(b.measures))
    if not (measured or text >= SAME_TEXT or (unknown and text >= ALIKE_TEXT)):
        return False
    if weight(shared) < CONFLICT_RARITY:
        return False
    if not _comparable(a.value, b.value):
        return False
    a_low, a_high = bounds(a)
    b_low, b_high = bounds(b)
    return a_high < b_low or b_high < a_low


def _comparable(a: float, b: float) -> bool:
    """Whether two values are close enough to be two reports of one quantity."""
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low < CONFLICT_RATIO


def agrees(a: LinkItem, b: LinkItem, shared: Collection[str]) -> bool:
    """Whether claims A and B state one measured thing with values that can both hold.

    The sentences must share `AGREE_RARITY` of rare content, and below `SPECIFIC_VALUE` the
    `measures` must share a word too ("60 Russian intelligence officers expelled" and "60
    Russian diplomats ordered to leave" agree; "five children" in two stories do not). A vague
    plural (`vague`: "dozens of officers") agrees with nothing: it states no figure.
    """
    if a.value is None or b.value is None or not same_unit(a.unit, b.unit):
        return False
    if basis(a) != basis(b) or vague(a) or vague(b) or bracket(a) or bracket(b):
        return False
    if (spread(a) or spread(b)) and bounds(a) != bounds(b):
        return False  # "ranging in age from 10 to 59" holds neither "18 men" nor "31 to 88"
    if weight(shared) < AGREE_RARITY:
        return False  # "five children" twice, in two stories
    if abs(a.value) < SPECIFIC_VALUE and not same_measured(a, b):
        return False
    a_low, a_high = bounds(a)
    b_low, b_high = bounds(b)
    return not (a_high < b_low or b_high < a_low)
