"""What a number measures: the short noun phrase a claim is about ("defense spending", "troops").

Cheap rules, tried in order:

0. an age measures the age, of the person named right before it ("Manafort, 68," gives
   "Manafort age");
1. a multiplier measures what follows it: "double *defense spending*"; a poll's share (a
   percentage, or "N in 10") followed by a verb of opinion measures its group and what it
   answered: "42 percent *approve of Trump's handling of the economy*", "64 percent of *nurses
   favor a shorter shift*", "24 percent are *opposed*";
2. a counted or hyphenated noun is the measure: "3,000 *troops*", "a two-year *term*"; a
   hyphenated one owned by a name takes it: "a two-year term on the UN Security Council" gives
   "UN Security Council term"; a span of time with no noun of its own measures what it is
   given for: "seven days *to leave the country*";
3. a share after "a", "the" or an owner measures the noun it stands before: "a 66%
   *approval rating*", "their 25 percent *chance*"; a percentage of something, reached by no
   change, measures that share: "86% of *police stops*"; so does a bare number, a fraction or
   a vague amount of a group: "half of all *senators*", "143 of the 435 *seats*", "tens of
   thousands of *US troops*" (never a pronoun: "Thirteen of them"); "of" after another unit
   names the measure: "seven decades of *pacifism*" (never a month: "two weeks of October");
4. a length reached by something that "can fly" or is "capable of hitting ... 1,000 km away"
   is that thing's range ("missile range"); another length "away" is a "distance";
5. a sum followed straight by lower-case words measures them: "its $8.6 million *federal
   funding package*", and so does a sum followed by "in" and lower-case words: "$1.6 trillion
   in *tax hikes*", "$400 million in *cash*" (never a time or a total: "in recent years", "in
   total");
6. the subject of a copula or a verb of level with only qualifiers between it and the number:
   "the *highest rainfall total* by early Thursday was 7 inches", "the *median income* there
   is just north of $22,000" (none for a pronoun: "when she was 18");
7. otherwise the noun phrase just before the number, past verbs of change, function words,
   "million" and adverbs: "will double *defense spending* to 2% of GDP"; a noun of change
   before "of" is kept ("budget *cuts* of 26 percent", "an *increase* of 56%"); none when that
   word is a verb ("are paying", "women constitute"), a source ("polls said") or a pronoun;
   a verb after a modal is named with its subject ("the plan would save" gives "plan save").
"""

from __future__ import annotations

import itertools
import re
from collections import deque

from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.tokens import Quantity
from factdb.extract.claims.units import is_currency, is_physical
from factdb.extract.text.wordlists import words as _data_words

_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
_CLAUSE_START_RE = re.compile(
    r"[,;:()\[\]\"“”—–]|(?:that(?<!\wthat)|which(?<!\wwhich)|who(?<!\wwho))(?!\w)"
    r"(?:['’](?:s|re|ve|d|ll)(?!\w))?"
)
"""A mark or a whole "that", "which" or "who" (``\bthat\b``, with the look-behind after the
word: a search then tries the words where they are, not a boundary test at every character),
with its contraction ("who’s contributed millions": no word "s")."""
_AFTER_MULTIPLIER_RE = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?P<np>[^,.;]+)")
_OF_NP_RE = re.compile(r"\s+of\s+(?P<np>[^,.;()]+)")
_OWNER_RE = re.compile(
    r"\s+(?:on|of|at|with|for)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&’'-]*(?:\.[A-Z]\.?)*(?:\s+[A-Z][\w&’'-]*(?:\.[A-Z]\.?)*){0,3})"
)
# Words skipped on the way back to the measured noun: other figures' units ("43 percent to 42
# percent"), "plus or minus", and adjectives of time and degree ("over the last 17 years").
_TRANSPARENT = frozenset(
    """percent per cent percentage points point plus minus or to and last past next previous
    just only nearly almost roughly whopping mere another long still somewhat thousand million
    billion trillion little much many few""".split()  # noqa: SIM905
)
_FIGURE_ADJECTIVES = _data_words("figure_adjectives")
_CASUALTIES = _data_words("casualty_words")
_CASUALTY_RE = re.compile(r"\s+([a-z]+)\b(?![-’'])")
"""A word of a toll right after a bare figure: "left 22 *dead*", "nearly 425 *injured*"."""
_DEGREE_WORDS = frozenset({"more", "most", "less", "even", "very", "truly", "rather"})
# Words that are never the measured thing though they stand where it would: dates ("As of
# November, 65 percent"), adjectives of size and time after a hyphenated unit ("a one-minute
# long compilation").
_NOT_MEASURED = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow long old
    wide tall deep straight jan feb mar apr jun jul aug sep sept oct nov dec everyone everybody
    anyone anybody someone somebody nobody""".split()  # noqa: SIM905
)
_TRAILERS = frozenset(
    """compared first additional every now came comes come alone ago instead overall
    due later without because between even through vs versus""".split()  # noqa: SIM905
)
"""Words right before a figure that are never the end of what it measures: a comparison ("the
Hispanic vote *compared* to 71 percent"), an ordinal of time ("his *first* two years"), "came"
of a time ("The march *came* four years after"), a preposition of a span ("general elections
*between* 2000 and 2015"), "even" ("ten issues, *even* 4") or "versus" ("36% *vs.* 18%")."""
_GROUP_VERBS = _data_words("group_verbs")
_FIGURE_VERBS = _data_words("figure_verbs")
_NOUNS_IN_ED = frozenset(
    """hundred speed greed breed creed need seed feed bed shed red insured uninsured employed
    unemployed underemployed injured wounded""".split()  # noqa: SIM905
)
"""Words in "-ed" that are the measured thing ("increase the uninsured by 32 million")."""
_NOUNS_IN_LY = frozenset(
    "family supply ally rally assembly monopoly anomaly belly fly reply bully lily folly".split()  # noqa: SIM905
)
_VERBS_AFTER_SUM = frozenset(
    """went came goes comes got gets gave gives given made makes took takes taken paid pays spent
    sold sent bought
    brought won fell rose grew following including excluding beginning starting according worth
    higher lower larger smaller bigger greater cheaper richer ahead above below short shy apiece
    each instead toward towards off""".split()  # noqa: SIM905
)
"""Words after a sum that do not begin what it measures: verbs it is the subject of ("$2 billion
*went* to the schools"), comparisons ("half a billion dollars *higher*") and "worth"."""
_IRREGULAR_PLURALS = frozenset({"men", "women", "people", "children"})
_RELATIVES = frozenset({"which", "that", "who"})
_DETERMINERS = frozenset(
    "a an the its their his her our your my this these those".split()  # noqa: SIM905
)
_SAID = frozenset({"said", "says", "say", "told"})
_WINDOW = 80
"""Characters before a figure searched for what it measures."""
_POLL_ANSWERS = _data_words("poll_answers")
_POLL_ANSWER_RE = re.compile(
    r"\s+(?:(?:surveyed|polled|questioned|asked|interviewed|sampled)\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<rest>[a-z][^,!?;:()\[\]\"“”—–\d]*)"
)
"""The words after a share, up to a mark or a figure, that may say what a poll's share answered
(a full stop inside the sentence ends an abbreviation: "approved of Mr. Trump")."""
_AUXILIARIES = frozenset(
    "would will could should do did does are were have had that".split()  # noqa: SIM905
)
_ANSWER_ENDS = frozenset(
    "while whereas though although but compared versus vs and or among".split()  # noqa: SIM905
)
_ANSWER_WORDS = 8
_TIME_TO_RE = re.compile(r"['’]?\s+to\s+(?P<verb>[a-z]+)(?P<rest>[^,.;:!?()\[\]\"“”—–\d]*)")
_TIME_TO_WORDS = 3
_NOT_TIME_TO = frozenset({"life", "date", "come"})
_SPAN_BEFORE_RE = re.compile(r"\b(?:past|last|over)\s+$", re.I)
_ARTICLES = frozenset({"a", "an", "the"})
_PLAIN_ADVERBS = frozenset("still already even ever never once again always".split())  # noqa: SIM905
"""Adverbs without "-ly" passed over before a verb ("had *still* spent $2.3 million")."""
_OBJECT_PRONOUNS = frozenset("it them him her this that".split())  # noqa: SIM905
_OPENER_WORD_RE = re.compile(r"[a-z]*")
_CONTRACTION_RE = re.compile(r"['’](?:s|re|ve|d|ll)$")
_MODALS = frozenset("will would could can may might should must shall did does to".split())  # noqa: SIM905
_NOT_SUBJECT_MODALS = frozenset({"to", "did", "does"})
"""Words before a verb whose subject is not right before them ("expect *to* raise")."""
_LEVEL_VERBS = frozenset(
    """is was are were stood stands remains remained totaled totalled totals averaged
    averages lasted lasts stayed stays remain hovered hovers be been""".split()  # noqa: SIM905
)
"""Verbs whose subject is what the figure after them measures ("the rate *was* 5%")."""
_LEVEL_QUALIFIERS = frozenset(
    """north south record estimated now currently tied still also already steady flat unchanged
    stable constant""".split()  # noqa: SIM905
)
"""Words between such a verb and its figure that qualify the level ("just *north* of $22,000",
"stayed *steady* at 13%")."""
_PASSIVE_PREPS = frozenset("at to in out up down off from".split())  # noqa: SIM905
"""Words after a passive participle that lead to the figure it sets ("is capped *at* $10,000",
"will be phased *out* at 15%")."""
_SPENDING = frozenset({"spent", "spend", "spends"})
"""Verbs of a sum whose subject names the spending ("the group has spent $2.3 million")."""
_HAVE = frozenset({"has", "have", "had"})
_CHANGE_DIRECTIONS = frozenset({"up", "down"})
_BE_AFTER = frozenset({"be", "been"})
_AUX_BEFORE_BE = frozenset("will would could can may might should must shall has have had".split())  # noqa: SIM905
"""Auxiliaries before "be" or "been" whose subject stands before them ("the rate *has* been")."""
_ADVERBS_BEFORE_VERB = frozenset(
    "each all both still already even ever never once again always also now then".split()  # noqa: SIM905
)
"""Adverbs left before a verb that goes ("Booker *each* ticked up 1%")."""
_PARTICLES = frozenset("at to by in out up down off from with for on over around".split())  # noqa: SIM905
"""Words after an intransitive verb that lead to its figure: "the jobless rate edged *up* to
7.3 percent", "Klobuchar tie *with* 3 percent" (the verb goes; a verb taking the figure as its
object stays: "Canada expelled seven")."""
_SUBJECT_TRAILERS = frozenset("now currently still also already".split())  # noqa: SIM905
"""Adverbs between a subject and its verb ("it *still* stood at 66%")."""
_SUBJECT_PREPS = frozenset(
    "of for in by at on with between among from across under during since there to".split()  # noqa: SIM905
)
_SUBJECT_OPENERS = frozenset(
    """when while if because as than since after before until though although whereas
    where""".split()  # noqa: SIM905
)
_COORDINATORS = frozenset({"and", "or", "but"})
"""Words after which a clause's subject starts ("the other of forcing a kiss on her when *she*
was about 18")."""
_NUMBER_HEADS = frozenset(
    "number share percentage proportion amount total majority portion fraction count".split()  # noqa: SIM905
)
"""Heads of a subject whose measured thing follows "of" ("the *number* of people killed")."""
_PRONOUNS = frozenset("it this that there here what he she they we i you".split())  # noqa: SIM905
_FRAME_RE = re.compile(
    r"\b(?:(?:over|in|during|within|throughout|across|into)\s+the|these|those)\s+"
    r"(?P<frame>past|last|next|previous|coming)\s+"
    r"(?:(?:about|nearly|almost|roughly|some|approximately|more\s+than|less\s+than)\s+)*$",
    re.I,
)
"""A span of time that frames the sentence ("over *the past* 22 months", "in the next two
weeks", "has seen *these past* two decades"): it measures that span, which the labels name by
its unit ("months"); after "for" the span is how long the thing before it lasts ("a senator for
the last 34 years")."""
_TIME_PLURALS = {
    "s": "seconds",
    "ms": "milliseconds",
    "min": "minutes",
    "h": "hours",
    "century": "centuries",
    "millennium": "millennia",
}
_BARE_GROUP_RE = re.compile(r"\s+(?:the|its|their|his|her|our|all|these|those)\s+[a-z]")
"""A part's group named without "of": "half *the population*", "a third *their* income"."""
_LONG_RE = re.compile(r"[\s-]+long\b")
"""A span of time written as an adjective: "a five week *long* vacation", "2-hour-long"."""
_CONTRACTED = _PRONOUNS | {"who", "where", "let", "how", "why", "when"}
"""Words whose "'s" is a contraction ("it's 40 percent higher"), not an owner."""
_BE_WORDS = frozenset("be is are was were been am".split())  # noqa: SIM905
_MONEY_NP_RE = re.compile(r"\s+(?P<np>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})")
"""Up to three lower-case words right after a sum: "$8.6 million *federal funding package*"."""
"""Verbs that end a measured group's phrase after its first word ("of Americans *approve*")."""
_GROUP_OF_RE = re.compile(
    r"\s+of\s+(?:(?:the|a|an|all|its|their|his|her|our|my|your|these|those|this)\s+)*"
    r"(?:[A-Za-z][\w.-]*['’]s\s+)?(?:(?:[A-Z]\.){2,}\s+)?(?:(?:most|least|other)\s+)?"
    r"(?:[\d.,]+\s+)?(?:(?:hundred|thousand|million|billion|trillion)\s+)?"
    r"(?P<np>[A-Za-z][^,.;:()\[\]\"“”—–]*)"
)
"""The group after "of" that a bare number, a fraction or a vague amount is part of: "half of
all *senators*", "18 million of the 123 million *voters*", "three of Trump's most *trusted
advisers*", "half of U.S. *adults*"; determiners, an owner, an abbreviation with full stops
and figures skipped."""
_MONEY_IN_RE = re.compile(r"\s+in\s+(?P<np>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})")
"""Lower-case words after "in" after a sum: "$1.6 trillion in *tax hikes*"."""
_MONEY_FOR_RE = re.compile(
    r"\s+for\s+(?:(?:the|a|an|its|their|his|her|our|your)\s+)?"
    r"(?P<np>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})"
)
"""Lower-case words after "for" after a sum: "$738 billion for *defense spending*"."""
_CAPITAL_NEXT_RE = re.compile(r"\s+[A-Z]")
_NOT_MONEY_IN = frozenset(
    """total all recent fiscal addition part order fact place exchange return turn each one two
    three four five six seven eight nine ten years months weeks days decades hours year month
    week day decade time terms value""".split()  # noqa: SIM905
)
"""First words after "in" after a sum that name no measured thing: a time ("in recent years",
"in fiscal 2019"), a total or a phrase ("in exchange for", "in terms of")."""
_AFTER_NOUN = frozenset(
    """off over across through against toward towards via per among amid within apiece annually
    eligible available alive present remaining left overall combined nationwide worldwide""".split()  # noqa: SIM905
)
"""Words that end a noun phrase after its noun: prepositions and adjectives placed after it."""
_SHARES = frozenset({"percent", "percentage_point", None})
_SHARE_UNITS = frozenset({"percent", "percentage_point"})
_ARTICLE_END_RE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|their|its|his|her|our|your|my)|(?P<owner>\b\w*[a-z])['’]s?)\s+$"
)
"""An article or an owner right before a share: the share then qualifies the noun after it
("a 66% approval rating", "their 25 percent chance", "Ayotte's 0.1 percent loss", "the
survey's 4.5 point margin of error")."""
"""Units that are never a distance, though pint reads a percent ("25% off" is a discount)."""
_NOT_CHANGE_NOUNS = frozenset({"total", "up", "reach"})
"""Change words before "of" that are no noun of change: "a *total* of 45 states" (the total
is transparent: the measured thing lies further back or after), "made *up* of"."""
_CHANGE_NOUNS = _data_words("change_nouns")
_SUBORDINATORS = _data_words("figure_clause_openers")
_CHANGE_OBJECT_RE = re.compile(
    r"\s+(?P<prep>in|of)\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\w-]+['’]s?\s+)?"
    r"(?:[a-z]+ly\s+)?(?P<np>[A-Za-z][^,.;:()\[\]\"“”—–]*)"
)
"""The object of a noun of change: "reduction *in future deficits*"."""
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_TIME_NOUNS = _data_words("time_nouns")
_TIME_ADJECTIVES = frozenset("last this next past previous coming".split())  # noqa: SIM905
_TIME_ADVERBS = frozenset("earlier later ago".split())  # noqa: SIM905
"""Words of a time that are never part of what a figure measures: "Democrats *last week*
offered", "taxes *last year*", "the shortfall *earlier*"."""
_TIME_WORD_RE = re.compile(r"\b(?:last|this|next|past|previous|coming|earlier|later|ago)\b", re.I)
"""Where `_without_times` may find a time (one search before the word by word test)."""
_ASIDE_RE = re.compile(r",\s+(?:which|who)\s[^,;:()\[\]\"“”—–]*,\s+(?P<tail>[^,;:()\[\]\"“”—–]*)$")
"""A relative clause in commas between a subject and its verb, and the words after it: "The
estimate for fiscal year 2013*, which ends Sept. 30, is about*"."""
_PAIR_AFTER_RE = re.compile(r"\s*(?:-|–|to)\s*\d[\d.]*\s*(?:percent\b|%)")
_PAIR_BEFORE_RE = re.compile(r"\d(?:\s*percent|%)?\s*(?:-|–|to)\s*$")
"""The other share of a poll's pair: "51 percent *to 36 percent*", "*64%-*27%", "*53 -* 34
percent"."""
_CLAUSE_BREAK_RE = re.compile(r";|\b(?:while|whereas|but|including)\b|[Aa]mong\s+(?:whom|them)\b")
_LEADS_RE = re.compile(
    r"\b(?P<who>[A-Z][\w’'-]+)\s+(?:also\s+|still\s+)?"
    r"(?P<verb>leads|led|tops|topped|beats|beat|edges|edged|trails|trailed)\b"
)
"""The side a pair's first share is for: "*Clinton leads* 43 percent to 39 percent"."""
_GROUP_HEAD = r"(?:[a-z]{3,}[a-rt-z]s|women|men|people|[A-Z][a-z]+(?:ans|ics|ers|inos|inas|ents))"
"""A plural noun that can name a group of people polled ("voters", "women", "Republicans")."""
_GROUP_HEAD_RE = re.compile(_GROUP_HEAD)
_SHARE_NOUN_RE = re.compile(r"\s+(?P<noun>[a-z]{3,}[a-rt-z]s)\s+(?:on|for|in|from|against)\b")
"""A plural noun a share stands before, with no article, then a preposition: "10% *tariffs* on
$300 billion of Chinese imports"."""
_WORTH_OF_RE = re.compile(r"['’]?s?['’]?\s+worth\s+of\s+(?:(?:[A-Z]\.){2,}\s*)?(?P<np>[^,.;:()]+)")
"""What an amount is worth of: "two days' *worth of emails*", "$5 million *worth of weapons*",
"$7 billion worth of U.S. *military equipment*" (past an abbreviated place)."""
_PAIR_OPEN_RE = re.compile(r"\(\s*(?:\d[\d.]*\s*(?:percent|%)?\s*(?:-|–|to)\s*)?$")
"""The bracket opening a poll's pair, before its first share or its second one."""
_LIST_BREAK_RE = re.compile(r"[,;:(]|\b(?:and|or|among|Among|(?:are|is)\s+with)\b")
_PAIR_OF_RE = re.compile(
    rf"\s+of\s+(?:all\s+)?(?:the\s+)?(?P<np>(?:[\w-]+\s+){{0,2}}{_GROUP_HEAD})\b"
)
_PAIR_SUBJECT_RE = re.compile(
    rf"(?<![\w-])(?P<np>(?:[A-Za-z-]+\s+){{0,2}}{_GROUP_HEAD})\s+(?:(?:said|say|says)\s+"
    r"(?:that\s+)?(?:they\s+)?)?(?:would\s+|will\s+)?(?:support|supported|supports|prefer|"
    r"preferred|prefers|back|backed|backs|favou?r|favou?red|favou?rs|vote|voted|votes|go|went|"
    r"goes|choose|chose|pick|picked|side|sided|(?:are|were)\s+(?:evenly\s+)?(?:split|divided))\b"
)
"""The subject of a verb of support in a poll's clause: "white voters said they would vote"."""
_AMONG_RE = re.compile(r"\b[Aa]mong\s+(?:the\s+|all\s+)?(?P<np>[^,;:()\[\]\"“”—–\d]+)")
"""The group of a poll's shares: "*among men* in Ohio", "*Among women*, Clinton leads"."""
_NAME_BEFORE_AGE_RE = re.compile(r"(?P<name>[A-Z][\w.'’-]+),\s$")
_MONTH_OR_DAY_RE = re.compile(rf"(?:{lx.MONTHS}|{lx.WEEKDAYS})\b")
_CAPABLE_RE = re.compile(
    r"\b(?P<noun>[A-Za-z]+)\s+(?:(?:that|which)\s+)?(?:can|could|capable\s+of|able\s+to|"
    r"with\s+the\s+(?:ability|capacity)\s+to)\s+(?:hit|hitting|reach|reaching|strike|striking|"
    r"fly|flying|travel|travelling|traveling)\b[^,;.]*$"
)
_LENGTH_UNITS = frozenset({"km", "m", "mi", "nmi", "ft", "yd"})
_CHANGE_WORDS_RE = re.compile(
    rf"^(?:{lx.CHANGE_UP}|{lx.CHANGE_DOWN}|will|would|be|been|"
    r"reach(?:ed|es)?|hit|total(?:l?ed|s)?|stood|stands|was|is|are|"
    r"were|cost|costs|had|has|have)$",
    re.I,
)


class _ChangeWords(dict[str, bool]):
    """Whether a word is a verb of change or a copula (``_CHANGE_WORDS_RE``), by word: a hit is
    one lookup, a miss runs the pattern (and is kept, up to 50,000 words)."""

    def __missing__(self, word: str) -> bool:
        out = _CHANGE_WORDS_RE.match(word) is not None
        if len(self) < 50_000:
            self[word] = out
        return out


_CHANGE_WORDS = _ChangeWords()


_NEGATED_MODALS = frozenset(
    [
        "cannot",
        "can't",
        "can’t",
        "won't",
        "won’t",
        "wouldn't",
        "wouldn’t",
        "couldn't",
        "couldn’t",
        "shouldn't",
        "shouldn’t",
        "mustn't",
        "mustn’t",
        "must",
        "shall",
    ]
)
"""Modals no function-word list holds, which end a noun phrase: "$930 billion in spending cuts
*cannot* be considered balanced"."""


def noun_phrase(text: str, limit: int = 3) -> str | None:
    """The first run of content words in ``text`` (at most ``limit``), or None.

    The run ends at a function word, and after its first word at an adverb or a participle
    ("pacifism fueled largely by ..." gives "pacifism"), a verb that follows a group ("Americans
    approve of ...", "heroin coming across ..."), a day or month ("arguments Tuesday") or a
    time ("taxes last year", "the shortfall earlier").
    """
    words: list[str] = []
    found = _WORD_RE.findall(text)
    for i, w in enumerate(found):
        low = w.lower()
        if low in lx.MEASURES_STOP_WORDS or low in _SUBORDINATORS:
            if words:
                break
            continue
        if words and (
            low.endswith(("ly", "ed"))
            or low in _NEGATED_MODALS
            or low in _NOT_MEASURED
            or _ends_group(words[-1], low)
            or _time_at(found, i)
        ):
            break
        words.append(w)
        if len(words) >= limit:
            break
    return " ".join(words) or None


def _time_at(words: list[str], i: int) -> bool:
    """Whether a time starts at word I of WORDS: "last week", "this year", "earlier", "ago"."""
    low = words[i].lower()
    if low in _TIME_ADVERBS:
        return True
    return low in _TIME_ADJECTIVES and i + 1 < len(words) and words[i + 1].lower() in _TIME_NOUNS


def _without_times(words: list[str]) -> list[str]:
    """WORDS without the times inside a phrase ("Democrats *last week* offered", "taxes *last
    year*"); one that opens it stays ("Last year was 3.2 degrees warmer")."""
    if len(words) < 2:
        return words
    out: list[str] = []
    skip = 0
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        if out and out[-1].lower() not in lx.MEASURES_STOP_WORDS and _time_at(words, i):
            skip = 0 if w.lower() in _TIME_ADVERBS else 1
            continue
        out.append(w)
    return out


def _ends_group(before: str, low: str) -> bool:
    """Whether LOW is a verb whose subject is the word BEFORE it: a verb agreeing with a plural
    or a name ("Americans support", "the GOP approves", "money goes", "heroin coming"), never a
    noun after an adjective ("popular support", "current pay")."""
    if low not in _GROUP_VERBS:
        return False
    return low.endswith(("s", "ing")) or before.endswith("s") or before[0].isupper()


def singular(word: str) -> str:
    """A plural noun's singular, guessed by its ending: "casualties" -> "casualty"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")) or (
        word.endswith("oes") and len(word) > 6  # "tornadoes", "potatoes"; not "shoes"
    ):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def measures(s: str, q: Quantity) -> str | None:
    """The short noun phrase the number is about, by the rules in the module docstring."""
    if q.kind == "age":  # 0.
        m = _NAME_BEFORE_AGE_RE.search(s, max(0, q.start - 40), q.start)
        return f"{m.group('name')} age" if m else "age"
    if q.unit == "fold":  # 1.
        m = _AFTER_MULTIPLIER_RE.match(s, q.end)
        return noun_phrase(m.group("np"), 2) if m else None
    if q.noun and q.noun.lower() in _NOT_MEASURED:  # "a five-month long air campaign"
        m = _AFTER_MULTIPLIER_RE.match(s, s.find(q.noun, q.end) + len(q.noun))
        return noun_phrase(m.group("np"), 2) if m else None
    if q.kind == "ratio" and q.value < 1 and (answer := _poll_answer(s, q.end)):
        return f"{q.noun} {answer}" if q.noun else answer  # "one in 10 said they were busy"
    if q.noun:  # 2.
        return _owned(s, q) if q.hyphen else q.noun
    if q.unit not in _SHARES and (worth := _WORTH_OF_RE.match(s, q.end)):
        return noun_phrase(worth["np"])  # "two days' worth of emails", "$5 million worth of arms"
    if q.unit == "percent" and (group := _pair_group(s, q)):
        return group  # "Trump leads among men in Ohio, 51 percent to 36 percent"
    if (
        q.unit in lx.TIME_UNITS
        and (frame := _FRAME_RE.search(s, max(0, q.start - 60), q.start))
        and not _OF_NP_RE.match(s, q.end)  # "in the last two months of the race"
    ):
        named = s[q.start : q.end].rsplit(None, 1)[-1].lower()
        plural = (
            named
            if named.isalpha() and named != "half"  # "the past decade and a half"
            else _TIME_PLURALS.get(q.unit, f"{q.unit}s")
        )
        return f"{frame['frame'].lower()} {plural}"  # "over the past 22 months"
    if q.unit in lx.TIME_UNITS and (found := _time_to(s, q.start, q.end)):
        return found  # "seven days to leave the country"
    if (
        q.unit in lx.TIME_UNITS
        and (m := _LONG_RE.match(s, q.end))
        and (found := _compound_after(s, m.end()))
    ):
        return found  # "a five week long vacation"
    owner = _ARTICLE_END_RE.search(s, max(0, q.start - 20), q.start)
    compound = owner is not None and (owner["owner"] or "").lower() not in _CONTRACTED
    if q.unit == "percent" and q.change is None and not compound:
        answer = _poll_answer(s, q.end)  # "42 percent approve of ..."; not "a 1 percent pay"
        if answer:
            return f"{q.base} {answer}" if q.base else answer
    if q.base and q.unit == "percent" and q.change is None:  # "86% of police stops"
        return q.base
    if q.unit in _SHARE_UNITS and compound:
        found = _compound_after(s, q.end)  # "a 66% approval rating", "a 26 point margin"
        if found:
            return found
    if (
        q.unit == "percent"
        and q.change is None
        and (m := _SHARE_NOUN_RE.match(s, q.end))
        and m["noun"] not in _GROUP_VERBS
        and m["noun"] not in _POLL_ANSWERS
        and m["noun"] not in lx.MEASURES_STOP_WORDS
    ):
        return m["noun"]  # "10% tariffs on $300 billion", "5 percent raises for teachers"
    right = s[q.end : q.end + 60]
    if q.unit is None and (toll := _CASUALTY_RE.match(right)) and toll[1].lower() in _CASUALTIES:
        return toll[1].lower()  # "left 22 dead", "more than 100 wounded"
    if q.unit is None and (group := _group_of(right)):  # "half of all senators"
        return group
    if (
        q.unit is None
        and 0 < q.value < 1
        and _BARE_GROUP_RE.match(right)
        and (group := _group_of(f" of{right}"))
    ):
        return group  # "half the population", "nearly half the states"
    m = _OF_NP_RE.match(right)
    if m and q.unit and q.unit not in {"percent", "percentage_point"}:  # 3.
        found = noun_phrase(m.group("np"))
        if found is None or found.split()[0].lower() not in _NOT_MEASURED:
            return found  # "two weeks of October" measures no October

    reach = _reach(s, q)  # 4.
    if reach or (
        q.unit not in _SHARES
        and q.unit not in lx.TIME_UNITS
        and is_physical(q.unit)
        and lx.DISTANCE_AWAY_RE.match(right)
    ):  # "20 miles away"; never "25% off", nor "the election three weeks away"
        return reach or "distance"
    if is_currency(q.unit) and (found := _after_money(s, q.end)):
        return found  # 5. "its $8.6 million federal funding package"
    if is_currency(q.unit) and (found := _money_in(s, q.end)):
        return found  # "$1.6 trillion in tax hikes"
    before = _noun_before(s, q.start, span=q.unit in lx.TIME_UNITS)  # 6. and 7.
    if is_currency(q.unit) and _no_owner(before) and (found := _money_for(s, q.end)):
        return found  # "with $738 billion for defense spending"
    return before


def _no_owner(phrase: str | None) -> bool:
    """Whether PHRASE, found before a sum, names nothing it measures: none, or a time ("in the
    first year, with $738 billion for ...")."""
    if phrase is None:
        return True
    return _time_word(phrase.split()[-1].lower())


def _money_for(s: str, end: int) -> str | None:
    """ "defense spending" of "$738 billion for defense spending", or None when "for" names a
    time, a total or no noun ("for this year", "for the next decade", "for a 30-second slot")."""
    m = _MONEY_FOR_RE.match(s, end)
    if m is None:
        return None
    first = m.group("np").split(None, 1)[0].lower()
    if (
        first in _NOT_MONEY_IN
        or first in _TIME_ADJECTIVES
        or first in _TIME_NOUNS
        or first in lx.MEASURES_STOP_WORDS
        or first in _TRANSPARENT
        or first in _NOT_MEASURED
        or _verb_like(first)
        or first.endswith("ing")  # "for failing to comply", "for contributing to"
        or _CAPITAL_NEXT_RE.match(s, m.end())  # "for a big Mac"
    ):
        return None
    found = _trimmed(noun_phrase(m.group("np")))
    if found is None or any(_time_word(w.lower()) for w in found.split()):
        return None  # "for every day they don't show"
    return found


def _time_word(low: str) -> bool:
    """Whether LOW names a time ("day", "weeks", "fall")."""
    return low in _TIME_NOUNS or singular(low) in _TIME_NOUNS or singular(low) in lx.TIME_UNITS


def _pair_group(s: str, q: Quantity) -> str | None:
    """The group named by "among" in the clause of a poll's pair of shares ("Trump leads
    *among men* in Ohio, 51 percent to 36 percent", "Sanders led Clinton 44 percent to 43
    percent *among registered voters*"): each share is that group's support for one side. None
    when the share is in no pair or the clause names no group."""
    if q.change is not None or not (
        _PAIR_AFTER_RE.match(s, q.end) or _PAIR_BEFORE_RE.search(s, max(0, q.start - 16), q.start)
    ):
        return None
    if (group := _listed_group(s, q)) is not None:
        return group  # "men (45-43 percent) and whites without college degrees (57-35 percent)"
    starts = [m.end() for m in _CLAUSE_BREAK_RE.finditer(s, 0, q.start)]
    if "among" not in s and "Among" not in s:
        return _pair_voters(s, q, starts[-1] if starts else 0)
    after = _CLAUSE_BREAK_RE.search(s, q.end)
    found = list(
        _AMONG_RE.finditer(s, starts[-1] if starts else 0, after.start() if after else len(s))
    )
    before = [m for m in found if m.start() < q.start]
    m = before[-1] if before else found[0] if found else None  # the nearest group before
    if m is None:
        return _pair_voters(s, q, starts[-1] if starts else 0)
    if m["np"].split(None, 1)[0].lower() in lx.MEASURES_STOP_WORDS:
        return None  # "among those who described themselves"
    group = _trimmed(noun_phrase(m["np"]))
    lead = _LEADS_RE.search(s, starts[-1] if starts else 0, q.start)
    if group and lead and lead["who"].lower() not in _PRONOUNS:
        return f"{lead['who']} {lead['verb']} among {group}"  # "She leads": the group alone
    return group


def _listed_group(s: str, q: Quantity) -> str | None:
    """The group named right before a bracket holding a poll's pair, as in a list of groups:
    "Trump is ahead among all white voters (49 percent to 42 percent), *men* (45-43 percent) and
    *whites* without college degrees (57-35 percent)": the noun phrase after the list's last
    comma, semicolon, "and", "or", "among" or "are with", up to its first plural of people."""
    opened = _PAIR_OPEN_RE.search(s, max(0, q.start - 30), q.start)
    if opened is None:
        return None
    cut = list(_LIST_BREAK_RE.finditer(s, max(0, opened.start() - 80), opened.start()))
    if not cut:
        return None
    words = (noun_phrase(s[cut[-1].end() : opened.start()]) or "").split()
    head = next((i for i, w in enumerate(words) if _GROUP_HEAD_RE.fullmatch(w)), None)
    return None if head is None else " ".join(words[: head + 1])  # "whites" without college


def _pair_voters(s: str, q: Quantity, start: int) -> str | None:
    """The group a poll's pair of shares splits, named with no "among": after the pair by "of"
    ("49 percent to 32 percent *of white voters*"), or as the subject of a verb of support in
    the clause before it ("*white voters* said they would support the Republican 48 percent to
    37 percent", "*registered voters* preferred Trump to Clinton, 43 percent to 39 percent")."""
    after = _PAIR_AFTER_RE.match(s, q.end)
    m = _PAIR_OF_RE.match(s, after.end() if after else q.end)
    if m:
        return noun_phrase(m["np"])
    for m in _PAIR_SUBJECT_RE.finditer(s, start, q.start):
        words = m["np"].split()
        while words and words[0].lower() in lx.MEASURES_STOP_WORDS:
            words.pop(0)  # "a gender gap as men support": the group after the last function word
        k = max(
            (i + 1 for i, w in enumerate(words) if w.lower() in lx.MEASURES_STOP_WORDS), default=0
        )
        words = words[k:]
        if words and words[-1].lower() not in lx.MEASURES_STOP_WORDS:
            return noun_phrase(" ".join(words))
    return None


def _poll_answer(s: str, end: int) -> str | None:
    """What a poll's share answered, when a verb of opinion follows the share, perhaps past
    "surveyed", an auxiliary, "said they" or "not": "42 percent *approve of Trump's handling of
    the economy*", "24 percent are *opposed*", "14 percent said they *did not know enough*";
    at most eight words, up to a mark, a conjunction or the next figure."""
    m = _POLL_ANSWER_RE.match(s, end)
    if m is None:
        return None
    words = m.group("rest").split()
    if words and words[-1].endswith(".") and "." not in words[-1][:-1]:
        words[-1] = words[-1][:-1]  # the sentence's full stop, not "U.S."
    while words and (words[0] in _AUXILIARIES or words[0] in _SAID or words[0] in _PRONOUNS):
        words.pop(0)  # "say they would", "said that", "are"
    if not words:
        return None
    negated = words[0] == "not"
    words = words[negated:]
    if not words or not (words[0] in _POLL_ANSWERS or words[0] in _GROUP_VERBS):
        return None
    if words[0].endswith("ing"):
        return None  # a participle qualifies the group: "80 percent of the fentanyl coming in"
    if negated:
        words.insert(0, "not")
    out: list[str] = []
    for w in words:
        if w.lower() in _ANSWER_ENDS or len(out) == _ANSWER_WORDS:
            break
        out.append(w)
    while out and (out[-1].lower() in lx.MEASURES_STOP_WORDS or out[-1] in _OBJECT_PRONOUNS):
        out.pop()  # "45 percent support it": the thing supported is named before
    return " ".join(out) or None


def _time_to(s: str, start: int, end: int) -> str | None:
    """What a span of time is given for, after "to": "seven days *to leave the country*",
    "took five hours *to reply*" (the verb and up to two words after it, up to a function word
    other than a determiner); None after "past", "last" or "over", where "to" tells the purpose
    of another verb ("enacted over the past eight years to cut emissions")."""
    m = _TIME_TO_RE.match(s, end)
    if m is None or _SPAN_BEFORE_RE.search(s, max(0, start - 12), start):
        return None
    verb = m.group("verb")
    if verb in lx.MEASURES_STOP_WORDS or verb in _NOT_TIME_TO or verb in lx.NUMBER_WORD_SET:
        return None  # "15 years to life", "in the years to come", "from 11 years to eight"
    out = [verb]
    for w in m.group("rest").split():
        low = w.lower()
        if len(out) == _TIME_TO_WORDS or (
            low in lx.MEASURES_STOP_WORDS and low not in _DETERMINERS
        ):
            break
        out.append(w)
    while out[-1] in _DETERMINERS:
        out.pop()
    return " ".join(out)


def _group_of(right: str) -> str | None:
    """The group after "of" ("half *of all senators*"), or None for a pronoun ("of them")."""
    m = _GROUP_OF_RE.match(right)
    if m is None:
        return None
    first = m.group("np").split(None, 1)[0]
    if first.lower() in lx.MEASURES_STOP_WORDS and not first.isupper():  # "of US troops"
        return None
    phrase = _trimmed(noun_phrase(m.group("np")))
    if phrase is None:
        return None
    words = phrase.split()
    for i, w in enumerate(words[:-1], 1):
        if _plural(w) and words[i][0].islower():
            return " ".join(words[:i])  # "half of Trump supporters belong": the verb goes
    return phrase


def _plural(word: str) -> bool:
    """Whether WORD reads as a plural noun by its ending ("supporters", not "class")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _compound_after(s: str, end: int) -> str | None:
    """The noun phrase a share after "a" stands before ("a 38 percent *reduction*", "a 20
    percent *increased risk*"), or None when a function word follows ("a 2 percent or more")."""
    m = _MONEY_NP_RE.match(s, end)
    if m is None:
        return None
    first = m.group("np").split(None, 1)[0].lower()
    if first in lx.MEASURES_STOP_WORDS or first in _TRANSPARENT or first in _NOT_MEASURED:
        return None
    return _with_object(s, m.start("np"), _trimmed(noun_phrase(m.group("np"))))


def _with_object(s: str, start: int, phrase: str | None) -> str | None:
    """PHRASE (which starts at START of S) with the object of its noun of change: "a 20 percent
    *reduction of African Americans*", "a $4 trillion *reduction in future deficits*", "a 50
    percent *hike in premiums*"; never a time ("a 4.4% increase in the previous quarter")."""
    if phrase is None:
        return None
    words = phrase.split()
    if words[-1].lower() not in _CHANGE_NOUNS:
        return phrase
    found = list(itertools.islice(_WORD_RE.finditer(s, start), len(words)))
    if len(found) < len(words) or found[-1].group(0) != words[-1]:
        return phrase
    m = _CHANGE_OBJECT_RE.match(s, found[-1].end())
    if m is None:
        return phrase
    first = m["np"].split(None, 1)[0].lower()
    if (
        first in _NOT_MONEY_IN
        or first in _TIME_ADJECTIVES
        or first in _TIME_NOUNS
        or first in lx.MEASURES_STOP_WORDS
        or first in _NOT_MEASURED
        or first in _TRANSPARENT
    ):
        return phrase
    obj = (_trimmed(noun_phrase(m["np"])) or "").split()
    for i, w in enumerate(obj[1:], 1):
        if w.lower() in _VERBS_AFTER_SUM or w.lower() in _TRAILERS:
            obj = obj[:i]  # "a 27% cut in pay *starting* in January", "... *between* 1990"
            break
    if any(c.isdigit() for w in obj for c in w) or any(w.lower() in _TIME_NOUNS for w in obj):
        return phrase  # "a $1 billion loss in the mid-1990s", "tax cut in the early years"
    return f"{phrase} {m['prep']} {' '.join(obj)}" if obj else phrase


def _money_in(s: str, end: int) -> str | None:
    """ "tax hikes" of "$1.6 trillion in tax hikes", or None when "in" names a time, a total or
    no noun ("in the bank", "in recent years")."""
    m = _MONEY_IN_RE.match(s, end)
    if m is None:
        return None
    first = m.group("np").split(None, 1)[0].lower()
    if first in _NOT_MONEY_IN or first in lx.MEASURES_STOP_WORDS or first in _TRANSPARENT:
        return None
    if first in _NOT_MEASURED or _verb_like(first):
        return None
    return _trimmed(noun_phrase(m.group("np")))


def _trimmed(phrase: str | None) -> str | None:
    """PHRASE up to a preposition or an adjective that follows its noun ("cash *off* an
    airplane", "voters *eligible* to vote")."""
    if phrase is None:
        return None
    words = phrase.split()
    for i, w in enumerate(words[1:], 1):
        if w.lower() in _AFTER_NOUN:
            return " ".join(words[:i])
    return phrase


def _after_money(s: str, end: int) -> str | None:
    """The noun phrase a sum stands before, read as a compound ("a $5 million grant"), or None
    when a function word, a verb or a date follows the sum."""
    m = _MONEY_NP_RE.match(s, end)
    if m is None:
        return None
    head = m.group("np").split(None, 1)[0]
    first = head.lower()
    if first in _CHANGE_NOUNS and (change := _with_object(s, m.start("np"), head)) != head:
        return change  # "a $60 billion increase in military spending"
    if (
        first in lx.MEASURES_STOP_WORDS
        or first in _TRANSPARENT
        or first in _NOT_MEASURED
        or first in _GROUP_VERBS
        or first in _VERBS_AFTER_SUM
        or _CHANGE_WORDS[first]
        or _verb_like(first)
    ):
        return None
    return _with_object(s, m.start("np"), noun_phrase(m.group("np")))


def _verb_like(low: str) -> bool:
    """Whether a lower-case word reads as a verb or an adverb by its ending ("approved",
    "annually")."""
    return _ed_verb(low) or low.endswith("ly")


def _adverb(word: str) -> bool:
    """Whether a word reads as an adverb in "-ly" ("actually"), a few nouns aside ("family")."""
    return word.endswith("ly") and word[0].islower() and word not in _NOUNS_IN_LY


def _ed_verb(word: str) -> bool:
    """Whether a lower-case word in "-ed" reads as a verb ("ended"), a few nouns aside ("speed",
    "uninsured"); a capitalised one is a name ("United")."""
    return word.endswith("ed") and word[0].islower() and word not in _NOUNS_IN_ED


def _owned(s: str, q: Quantity) -> str:
    """ "term" of "a two-year term on the UN Security Council" -> "UN Security Council term"."""
    assert q.noun is not None
    at = s.find(q.noun, q.end)
    m = _OWNER_RE.match(s, at + len(q.noun)) if at >= 0 and at - q.end < 3 else None
    if m is None or _MONTH_OR_DAY_RE.match(m.group("name")):
        return q.noun  # "the 15-member body in January": a date, not an owner
    return f"{m.group('name')} {q.noun}"


def _reach(s: str, q: Quantity) -> str | None:
    """ "missiles capable of hitting ... targets 1,000 km away" -> "missile range"."""
    unit = (q.unit or "").split("/")[0]
    if unit not in _LENGTH_UNITS:
        return None
    m = _CAPABLE_RE.search(s, max(0, q.start - 120), q.start)
    if m is None:
        return None
    noun = m.group("noun")
    return f"{singular(noun if noun.isupper() else noun.lower())} range"


def _skipped(word: str) -> bool:
    low = word.lower()
    return low in lx.MEASURES_STOP_WORDS or low in _TRANSPARENT


def _verb_before(words: list[str]) -> bool:
    """Whether the last of WORDS is a verb rather than the measured noun: one in "-ed" ("the
    fiscal year ended"), one in "-ing" after a form of "be" ("are paying"), or one agreeing with
    the word before it ("men constitute", "Americans believe")."""
    if len(words) < 2:
        return False
    last = words[-1].lower()
    before = words[-2]
    if last.endswith("ing") and before.lower() in _BE_WORDS:
        return True
    if before.lower() in lx.MEASURES_STOP_WORDS:
        return False  # "the lives of hundreds": a noun after "the"
    if before.lower() in _IRREGULAR_PLURALS and last in _GROUP_VERBS:
        return True
    return _ends_group(before, last) and not before[0].isupper()


def _lone_object_verb(words: list[str]) -> bool:
    """Whether the last of WORDS, standing right before a figure, is a verb taking it as its
    object with no noun of its clause before it, so that it alone would be read as the measured
    thing: one in "-ed" or one a sum is paid or won by, after a pronoun, an auxiliary or a
    relative ("he mentioned three", "has invested about $50bn", "who makes $55,000"); never
    after an article or an owner ("the promised $50,000") or a noun ("Canada expelled seven")."""
    if not words:
        return False
    verb = words[-1]
    low = verb.lower()
    if not verb[0].islower() or low in lx.MEASURES_STOP_WORDS or _CHANGE_WORDS[verb]:
        return False
    if not (_ed_verb(low) or low in _VERBS_AFTER_SUM):
        return False
    if len(words) == 1:
        return True
    before = _CONTRACTION_RE.sub("", words[-2].lower())  # "she’s donated $1 million"
    if before in _DETERMINERS:
        return False
    return before in lx.MEASURES_STOP_WORDS or _CHANGE_WORDS[words[-2]]


def _spending(words: list[str]) -> str | None:
    """ "Association spending" of "the Association has spent": the subject of "spent" after
    "has", "have" or "had", or None for another verb or no noun subject ("he has spent")."""
    if len(words) < 3 or words[-1].lower() not in _SPENDING or words[-2].lower() not in _HAVE:
        return None
    head = words[-3]
    low = head.lower()
    if low in lx.MEASURES_STOP_WORDS or low in _PRONOUNS or low in _NOT_MEASURED or _verb_like(low):
        return None
    if any(w.lower() in _SUBJECT_PREPS for w in words[-5:-3]):
        return None  # "still *in its* infancy has spent": the noun before is no subject
    return f"{_phrase_ending(words[:-3], head)} spending"


def _present_verb_after_noun(words: list[str]) -> int:
    """How many of the last of WORDS are a verb in the present tense taking the figure (and an
    adverb before it), after the noun it agrees with: "deaths *include*", "women *make* (up)",
    "the request *includes*", "GM *still owes*", or a group's verb after a name ("Republicans
    *hold*"); a plural or a name before a plain form, a noun before one in "-s". 0 for none."""
    if len(words) < 2:
        return 0
    verb = words[-1]
    low = verb.lower()
    adverb = words[-2].lower() in _SUBJECT_TRAILERS or words[-2].lower() in _PLAIN_ADVERBS
    if adverb and len(words) < 3:
        return 0
    noun = words[-3] if adverb else words[-2]
    if not verb[0].islower() or not (
        low in _FIGURE_VERBS or (low in _GROUP_VERBS and noun[0].isupper())
    ):
        return 0  # a group's verb after a common noun gives none ("women constitute")
    return (2 if adverb else 1) if _agrees(noun, low) else 0


def _agrees(noun: str, low: str) -> bool:
    """Whether NOUN reads as the subject of the present-tense verb LOW right after it."""
    noun_low = noun.lower()
    if (
        noun_low in lx.MEASURES_STOP_WORDS
        or noun_low in _PRONOUNS
        or noun_low in _SUBJECT_TRAILERS
        or noun_low in _PLAIN_ADVERBS
        or noun_low in _COORDINATORS
        or noun_low == "yet"
        or _verb_like(noun_low)
        or noun_low.endswith("ing")
        or _CONTRACTION_RE.search(noun_low)
        or _POSSESSIVE_RE.search(noun)
    ):
        return False  # "now earns", "We're like", "Sounding like", "the GOP’s favor"
    if low.endswith("s"):
        return not noun.endswith("s") or noun.endswith("ss") or noun[0].isupper()
    if noun.isupper():
        return False  # "the fast-food CEO pay grew": an acronym before a noun
    return noun.endswith("s") or noun_low in _IRREGULAR_PLURALS or noun[0].isupper()


def _ends_in_verb(phrase: list[str]) -> bool:
    """Whether the last word of PHRASE, after a noun, is its verb rather than its noun: one in
    "-ed" ("the jobless rate *edged*"), or a verb after a name or a plural ("Klobuchar *tie*")."""
    if len(phrase) < 2 or not phrase[-1][0].islower() or "-" in phrase[-1]:
        return False
    return _ed_verb(phrase[-1]) or _ends_group(phrase[-2], phrase[-1])


def _subject_past_aside(s: str, aside: re.Match[str], span: bool) -> str | None:
    """The subject of a copula whose subject stands before a relative clause in commas ("The
    estimate for fiscal year 2013, which ends Sept. 30, is about"), by `_subject_of_copula`
    on the words before the clause and after it; None when the words after it are no copula
    and its qualifiers."""
    tail = _WORD_RE.findall(aside["tail"])
    if not tail or tail[0].lower() not in _LEVEL_VERBS:
        return None
    left = s[max(0, aside.start() - _WINDOW) : aside.start()]
    found = deque(_CLAUSE_START_RE.finditer(left), maxlen=1)
    head = _WORD_RE.findall(left, found[0].end() if found else 0)
    if found or aside.start() <= _WINDOW:
        return _subject_of_copula(head + tail, passive=not span)
    return _subject_of_copula(head[1:] + tail, passive=not span)  # cut inside a word


def _after_preposition(words: list[str]) -> bool:
    """Whether WORDS end in a preposition inside a subject, perhaps before a determiner, after
    a determiner and a noun ("The goods gap *with the*", "the fall *in* Ohio"), so that the
    words after it are no head of that subject."""
    k = len(words)
    while k > 1 and words[k - 1].lower() in _DETERMINERS:
        k -= 1
    if k < 3:
        return False
    prep = words[k - 1].lower()
    return (
        prep in _SUBJECT_PREPS
        and prep not in _SUBJECT_OPENERS  # "Ever *since* Britain voted"
        and any(w.lower() in _DETERMINERS for w in words[max(0, k - 5) : k - 2])
    )


def _opener(mark: str) -> str:
    """The word of a clause opener without its contraction ("who" of "who’s"), or a mark."""
    return _OPENER_WORD_RE.match(mark).group()  # type: ignore[union-attr]  # always matches


def _verb_after_modal(words: list[str]) -> bool:
    """Whether the last of WORDS is a verb because a modal or "did" stands before it, perhaps
    past an adverb: "would save around $17 billion", "could actually gain $35 billion"."""
    if len(words) < 2 or not words[-1][0].islower():
        return False
    if words[-1] in lx.MEASURES_STOP_WORDS or _CHANGE_WORDS[words[-1]]:
        return False
    before = [w for w in words[-4:-1] if not _adverb(w)]
    return bool(before) and before[-1].lower() in _MODALS


def _subject_of_modal(words: list[str]) -> str | None:
    """The subject before the modal of a verb that takes the figure as its object, with the
    verb ("Its reservoir will hold 4.8 billion cubic metres" gives "reservoir hold", "the plan
    would save $17 billion" gives "plan save"), or None for a pronoun, an infinitive ("expect
    to raise") or no noun."""
    at = max(i for i, w in enumerate(words[:-1]) if w.lower() in _MODALS)
    if words[at].lower() in _NOT_SUBJECT_MODALS:
        return None
    subject = words[:at]
    starts = [i + 1 for i in range(len(subject)) if _opens_subject(subject, i)]
    head = _subject_head(subject[starts[-1] :] if starts else subject)
    return f"{head} {words[-1]}" if head else None


def _subject_of_copula(words: list[str], *, passive: bool = False) -> str | None:
    """The head of the subject of a copula or a verb of level standing before the figure with
    only qualifiers after it ("The highest rainfall total by early Thursday *was* 7 inches",
    "the budget for the games *is* a projected $3.9 billion", "Shares in the lender *were* down
    by 2.8%"), by `_subject_head`; None when no such verb stands there or no noun is found
    before it, "" when the subject is a pronoun (the measured thing is not named). With PASSIVE,
    a participle after the copula and before a preposition is passed over: "The deduction *is
    capped at* $10,000", "the credit will *be phased out at* 15%"."""
    at = next((i for i in range(len(words) - 1, -1, -1) if _copula_at(words, i)), None)
    if not at or not all(
        _between_verb_and_figure(words, i, passive) for i in range(at + 1, len(words))
    ):
        return None
    subject = words[:at]
    while words[at].lower() in _BE_AFTER and subject[-1].lower() in _AUX_BEFORE_BE:
        subject.pop()  # "the credit *will* be phased out", "the rate *has* been"
    starts = [i + 1 for i, w in enumerate(subject) if _opens_subject(subject, i)]
    return _subject_head(subject[starts[-1] :] if starts else subject)  # "and she was 18"


def _copula_at(words: list[str], i: int) -> bool:
    """Whether the word at I is a copula or a verb of level; "be" and "been" only after a modal
    or "has" ("will be", "has been"), not after "to" ("hope to be", "required to have been")."""
    low = words[i].lower()
    if low not in _LEVEL_VERBS:
        return False
    if low not in _BE_AFTER:
        return True
    before = [w.lower() for w in words[:i]]
    while before and before[-1] in _AUX_BEFORE_BE:
        before.pop()
    return 0 < len(before) < i and before[-1] not in _NOT_SUBJECT_MODALS


def _opens_subject(words: list[str], i: int) -> bool:
    """Whether a new subject starts after the word at I: a subordinator ("when she was"), or
    "and", "or" or "but" before a determiner or a pronoun ("and the rate was"), not inside a
    noun phrase ("goods and services")."""
    low = words[i].lower()
    if low in _COORDINATORS:
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        return after in _DETERMINERS or after in _PRONOUNS
    return low in _SUBJECT_OPENERS


def _subject_head(subject: list[str]) -> str | None:
    """Up to three words ending the noun phrase before the subject's first preposition, or
    after "of" when a word of number leads it ("the *number* of people killed"); "" for a
    pronoun, None when no noun is found."""
    cut = next((i for i, w in enumerate(subject) if i and w.lower() in _SUBJECT_PREPS), None)
    if cut is not None and subject[cut].lower() == "of" and subject[cut - 1] in _NUMBER_HEADS:
        rest = subject[cut + 1 :]
        rest = rest[: next((i for i, w in enumerate(rest) if w.lower() in _SUBJECT_PREPS), None)]
        group = subject[cut - 2] if cut > 1 else ""
        if group[:1].isupper() and group.lower() not in lx.MEASURES_STOP_WORDS:
            found = _subject_head(rest)  # "the *African-American percentage of* the electorate"
            words = [group, subject[cut - 1], "of", found] if found else subject[cut - 2 : cut]
            return " ".join(words)
        subject = rest
    elif cut is not None:
        subject = subject[:cut]
    while subject and (
        subject[-1].lower() in _SUBJECT_TRAILERS or _adverb(subject[-1]) or _ed_verb(subject[-1])
    ):
        subject.pop()  # "it *still* stood at 66%", "The deficit *associated* with ..."
    phrase: list[str] = []
    while subject and len(phrase) < 3:
        low = subject[-1].lower()
        if low in lx.MEASURES_STOP_WORDS or low in _NOT_MEASURED or low in _LEVEL_VERBS:
            break  # a noun of change is a noun here: "the highest rainfall *total*"
        word = subject.pop()
        if len(word) > 1:  # "U" and "S" of "U.S." are no words
            phrase.insert(0, word)
    if phrase and len(subject) > 1 and subject[-1] in _COORDINATORS:
        first = subject[-2].lower()  # "*support and* opposition to the wall"
        if first not in lx.MEASURES_STOP_WORDS and first not in _NOT_MEASURED:
            phrase[:0] = subject[-2:]
    if not phrase:
        return "" if subject and subject[-1].lower() in _PRONOUNS else None
    return " ".join(_POSSESSIVE_RE.sub("", w) for w in phrase)


def _between_verb_and_figure(words: list[str], i: int, passive: bool = False) -> bool:
    """Whether the word at I of WORDS may stand between a copula and its figure without being
    what is measured: a function word, a qualifier, an adverb, a participle after an article
    ("a *projected* $3.9 billion") or before "to" and a verb of change ("are *expected* to rise
    3 percent"); with PASSIVE, a participle right after the copula before a preposition ("is
    *capped* at"); never a passive verb of a span of time ("was sentenced to three years")."""
    word = words[i]
    low = word.lower()
    if _ed_verb(low) and low not in _LEVEL_QUALIFIERS:  # "was *tied* at 48 percent"
        after = words[i + 1 : i + 3]
        return (
            words[i - 1].lower() in _ARTICLES
            or (len(after) == 2 and after[0] == "to" and _CHANGE_WORDS[after[1]])
            or (
                passive
                and words[i - 1].lower() in _BE_WORDS
                and bool(after)
                and after[0].lower() in _PASSIVE_PREPS
            )
        )
    return (
        low in lx.MEASURES_STOP_WORDS
        or low in _TRANSPARENT
        or low in _LEVEL_QUALIFIERS
        or low in _NOT_MEASURED
        or _CHANGE_WORDS[word]
        or _adverb(word)
    )


def _change_noun(word: str) -> bool:
    """Whether WORD, standing before "of" and a number, is a noun of change ("cuts of 26
    percent", "an increase of 56%"): a change word not a function word or a total."""
    low = word.lower()
    return (
        _CHANGE_WORDS[word]
        and low not in lx.MEASURES_STOP_WORDS
        and low not in _BE_WORDS
        and low not in _NOT_CHANGE_NOUNS
    )


def _phrase_ending(words: list[str], head: str) -> str:
    """HEAD with up to two content words before it ("budget" of "budget cuts")."""
    phrase = [head]
    while (
        words
        and len(phrase) < 3
        and words[-1].lower() not in lx.MEASURES_STOP_WORDS
        and words[-1].lower() not in _NOT_MEASURED
        and not _CHANGE_WORDS[words[-1]]
        and not _verb_like(words[-1].lower())
    ):
        phrase.insert(0, words.pop())
    return " ".join(_POSSESSIVE_RE.sub("", w) for w in phrase)


def _without_figure_adjective(words: list[str]) -> list[str]:
    """WORDS without an article and an adjective of size that qualify the figure after them
    ("raised *a record* $107 million", "the gain is *a more modest* 1.9 million"); "the
    post-war record 10.8%" keeps its noun."""
    if len(words) < 2 or words[-1].lower() not in _FIGURE_ADJECTIVES:
        return words
    k = len(words) - 2
    while k > 0 and words[k].lower() in _DEGREE_WORDS:
        k -= 1
    return words[:k] if words[k].lower() in _ARTICLES and words[k].lower() != "the" else words


def _noun_before(s: str, start: int, *, again: bool = True, span: bool = False) -> str | None:
    """Rules 6 and 7 for the figure at START; SPAN for a span of time, whose verb may be what
    is measured ("was sentenced to three years", "served for six months")."""
    left = s[max(0, start - _WINDOW) : start]
    # The matches are never empty and never overlap: the last one ends last.
    found = deque(_CLAUSE_START_RE.finditer(left), maxlen=1)
    last = found[0] if found else None
    cut = last.end() if last else 0
    if last and "," in left and (aside := _ASIDE_RE.search(s, max(0, start - 2 * _WINDOW), start)):
        subject = _subject_past_aside(s, aside, span)
        if subject is not None:  # "The estimate ..., which ends Sept. 30, is about $200 billion"
            return subject or None
    if last and cut > 1 and again and all(_skipped(w) for w in _WORD_RE.findall(left, cut)):
        # "Clinton leads Trump, 43 percent to 42 percent": the clause holds only figures, so
        # the measured thing is in the one before (which ends where the clause's opener starts:
        # "The group claims that it has thousands" looks before "that", not inside it)
        return _noun_before(s, start - len(left) + last.start(), again=False, span=span)
    words = _without_figure_adjective(_WORD_RE.findall(left[cut:]))
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _SUBORDINATORS:  # "although the $1 billion spent by ..."
            words = words[i + 1 :]
            break
    if _TIME_WORD_RE.search(left, cut):
        words = _without_times(words)
    bare = [w for w in words if w.lower() not in _PLAIN_ADVERBS]
    if bare and _CONTRACTION_RE.search(bare[-1]) and _opener(bare[-1].lower()) in _PRONOUNS:
        return None  # "That’s $2.4 billion less", "It's 40 percent higher": no noun is named
    if left.endswith(" ") and _verb_after_modal(bare):
        return _subject_of_modal(bare)  # "Its reservoir will hold"; "he would save": none
    if left.endswith(" ") and _lone_object_verb(bare):
        return None if span else _spending(bare)  # "he implored hundreds"; not a span
    if (
        len(bare) > 1
        and bare[-1].lower() in _ARTICLES
        and (len(bare) == 2 or bare[-3].lower() in _PRONOUNS or bare[-3].lower() in _RELATIVES)
        and _lone_object_verb(bare[:-1])
    ):
        return None if span else _spending(bare[:-1])  # "That dwarfed the $40 million"
    if len(words) > 1 and words[-1].lower() == "of" and _change_noun(words[-2]):
        return _phrase_ending(words[:-2], words[-2])  # "budget cuts of 26 percent"
    # a clause reaching back past the window may start inside a word ("ance" of "chance")
    cut_word = (
        last is None and start > _WINDOW and s[start - _WINDOW - 1 : start - _WINDOW + 1].isalnum()
    )
    subject = _subject_of_copula(words[1:] if cut_word else words, passive=not span)
    if subject is not None:  # "The highest rainfall total by early Thursday was 7 inches"
        return subject or None  # a pronoun: "when she was about 18"
    # drop trailing function words, qualifiers, change verbs and number words (the first value
    # of "from sixty to fourteen"): "will double defense spending to"
    full = list(words)
    while words and (
        words[-1].lower() in lx.MEASURES_STOP_WORDS
        or words[-1].lower() in _TRANSPARENT
        or words[-1].lower() in lx.NUMBER_WORD_SET
        or _CHANGE_WORDS[words[-1]]
    ):
        if words.pop().lower() in _SAID:
            return None  # "polls said, down from 50%": the noun before "said" is a source
    while words and (
        words[-1].lower() in _NOT_MEASURED
        or words[-1].lower() in _TRANSPARENT
        or words[-1].lower() in _TRAILERS
        or _adverb(words[-1])
        or (len(words[-1]) == 1 and words[-1] != "I")
    ):
        words.pop()  # "which ended last Sept. 30", "payrolls actually rose": past dates, adverbs;
        # the letters of "U.S." or of "the 1960s" ("in the U.S. for 20 years")
    if last and _opener(last.group()) in _RELATIVES and len(words) == 1 and _ed_verb(words[0]):
        return None  # "the fiscal year, which ended last Sept. 30, at $3.323 trillion"
    if words and _verb_before(words):
        return None  # "men constitute at least half", "will be giving 100%", "ended last Sept"
    own = _WORD_RE.match(s, start)  # the figure's own qualifier: "edged *up* to 7.3 percent"
    after = (full[len(words)] if len(words) < len(full) else own.group() if own else "").lower()
    if len(words) == len(full) and after not in _CHANGE_DIRECTIONS:
        after = ""  # "approved *at least* $1.1 billion": a bound, no particle
    phrase: list[str] = []
    while (
        words
        and words[-1].lower() not in _NOT_MEASURED
        and words[-1].lower() not in lx.MEASURES_STOP_WORDS
        and not _CHANGE_WORDS[words[-1]]
        and len(phrase) < 3
    ):
        phrase.insert(0, words.pop())
    if not span and (dropped := _present_verb_after_noun(phrase)):
        del phrase[-dropped:]  # "The 24 deaths include 11": the deaths, not their including
    verb = False
    while not span and after in _PARTICLES and _ends_in_verb(phrase):
        phrase.pop()  # "the jobless rate edged up to": a verb never ends what is measured
        verb = True
        while phrase and (_adverb(phrase[-1]) or phrase[-1].lower() in _ADVERBS_BEFORE_VERB):
            phrase.pop()  # "Harris and Booker *each* ticked up 1%"
    if verb and phrase and _after_preposition(words) and (head := _subject_head(words + phrase)):
        return head  # "The goods gap with the European Union widened to": the gap widened
    return " ".join(_POSSESSIVE_RE.sub("", w) for w in phrase) or None
