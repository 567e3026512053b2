"""Agreement of speakers, numbers and dates between two items, and the relation they imply."""

from __future__ import annotations

import math
from dataclasses import dataclass

from factdb.link.normalize import speakers_agree
from factdb.link.records import LinkItem
from factdb.vocab import Relation

VALUE_TOLERANCE = 0.01
"""Two values agree when they differ by at most this fraction of the larger one, and by less
than the step either is written to (`rounding`)."""
TEMPERATURE, KELVIN_ZERO, TEMPERATURE_ROUNDING = "K", 273.15, 0.3
"""Temperatures are normalised to kelvin; they agree within 1% of their degrees Celsius, or
0.3 degrees (a Fahrenheit figure rounded to whole Celsius)."""
CONFLICT_TEXT = 85.0
"""Text similarity above which a quote with other speakers or numbers is the same words changed."""
VERBATIM = 80.0
"""Least `fuzz.ratio` of two quotes' normalised words for a quote conflict: one statement given
to two people, or told with two numbers, is written nearly alike; on a 5,000-article news
archive the proposed quote conflicts were paraphrases of one idea (Obama's "Americans could
keep their health insurance plans if they like them" and Bill Clinton's "if they like their
health plans, they can keep them", ratio 63) or another's words retold (56 and 64)."""
COUNTABLE = frozenset({None, "count"})
"""A bare number and a count compare as one unit: "48 attached to the embassy" counts people."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A claim's normalised quantity: a value or a range, and its unit."""

    value: float
    value_max: float | None
    unit: str | None


def claim_quantity(item: LinkItem) -> Quantity | None:
    """A claim's quantity, or None for a quote or a claim whose stored value is not finite.

    Databases written before claims were checked may hold an infinite value; the linker treats
    it as unknown, so that no infinity reaches the evidence, which is stored as JSON.
    """
    if item.value is None or not math.isfinite(item.value):
        return None
    high = item.value_max
    return Quantity(item.value, high if high is None or math.isfinite(high) else None, item.unit)


def values_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities of one unit state the same amount (ranges agree when they overlap)."""
    a_lo, a_hi = a.value, a.value_max if a.value_max is not None else a.value
    b_lo, b_hi = b.value, b.value_max if b.value_max is not None else b.value
    if a_lo <= b_hi and b_lo <= a_hi:
        return True
    gap = min(abs(a_lo - b_hi), abs(b_lo - a_hi))
    if a.unit == TEMPERATURE:
        # Kelvin starts far from the degrees news writes: 1.2 and 2 degrees Celsius are 274.35
        # and 275.15 K, within 1% of each other. Compare in degrees, a conversion's rounding
        # allowed ("100 degrees (38C)").
        a_lo, a_hi, b_lo, b_hi = (v - KELVIN_ZERO for v in (a_lo, a_hi, b_lo, b_hi))
        floor = TEMPERATURE_ROUNDING
    else:
        floor = 0.0
    if gap > max(floor, VALUE_TOLERANCE * max(abs(a_hi), abs(b_hi), abs(a_lo), abs(b_lo))):
        return False
    # Within the tolerance, two figures written to a finer step than their gap are two figures:
    # 63.1 and 62.9 percent, 1,006 and 1,002 adults, 163,000 and 164,000 jobs (two months'
    # rates, two polls' samples, two jobs reports on 800 random archive articles). A figure
    # converted from another unit ("100 miles", 160,934 m) is to the other's step (161 km).
    return floor > 0 or gap < max(rounding(a_hi), rounding(b_lo), rounding(a_lo), rounding(b_hi))


def rounding(value: float) -> float:
    """The step a figure is rounded to: 3,000 to 1,000, 59,000 to 1,000, 4.2e9 to 1e8."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    digits = f"{abs(value):.6e}".split("e")
    mantissa, exponent = digits[0].rstrip("0").rstrip("."), int(digits[1])
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return float(10 ** (exponent - decimals))


def quantity_agreement(a: Quantity, b: Quantity) -> str:
    """`agree`, `differ` (same unit, another amount) or `unit_mismatch` for two claims."""
    if a.unit != b.unit and not {a.unit, b.unit} <= COUNTABLE:
        return "unit_mismatch"
    return "agree" if values_agree(a, b) else "differ"


def number_set_agreement(a: frozenset[float], b: frozenset[float]) -> str:
    """`agree`, `differ`, `one_side` or `none` for the numbers written in two quotes."""
    if not a and not b:
        return "none"
    if not a or not b:
        return "one_side"
    return "agree" if a == b else "differ"


_NOT_NAMES = frozenset(
    """he she they it we i you him her them his hers their one someone anyone official
    officials source sources spokesman spokeswoman spokesperson aide aides statement report
    filing caption""".split()  # noqa: SIM905
)


def confident_speaker(name: str | None) -> str | None:
    """The speaker's name when it is confidently a named source, else None.

    Today "confident" means a name is given and it is neither anonymous nor a pronoun or a
    role, bare or qualified ("U.S. officials", "Trump's aides"), nor a caption's button ("Hide
    Caption", which made 3 of 9 quote conflicts on 1,000 archive articles); when quotes carry an
    attribution confidence, this is the one place to read it.
    """
    if not name or name.lower().startswith("anonymous"):
        return None
    words = [w for w in name.split() if w[:1].isalpha()]
    if not words or words[-1].lower() in _NOT_NAMES:
        return None
    return name if any(w[0].isupper() for w in words) else None


_BODIES = frozenset(
    """campaign committee party administration department ministry office agency government
    council commission company corporation inc university association union house states
    congress senate court police bureau board group organization organisation foundation
    institute service team network news times post press journal embassy army military""".split()  # noqa: SIM905
)


def body(name: str | None) -> bool:
    """Whether a speaker's name is a body's ("Trump campaign", "White House", "United States",
    "Federal Communications Commission"), whose words its people speak: a person against the
    body they may speak for is no attribution conflict (on a 5,000-article news archive, Corey
    Lewandowski's statement against the "Trump campaign"'s, Trump's words against the "United
    States"'s)."""
    words = [w for w in (name or "").split() if w[:1].isalpha()]
    return bool(words) and words[-1].lower().rstrip(".") in _BODIES


def organisation(name: str | None) -> bool:
    """Whether a speaker is a body (`body`), read up to any "of": "Department of Justice" and
    "Bureau of Labor Statistics" are, "George Stephanopoulos of ABC News" is a person."""
    return body((name or "").split(" of ", 1)[0])


OTHERS_RARE = 7.0
"""Rare content (`scoring.rare_content`) under which two people's alike quotes share only
common words (see `other_voices`)."""


def other_voices(
    a: LinkItem,
    b: LinkItem,
    key_a: frozenset[str],
    key_b: frozenset[str],
    *,
    apart: bool = True,
) -> bool:
    """Whether two quotes are given to two confidently named, different people (KEY_A and KEY_B:
    the name words of each confidently named speaker, `confident_speaker`), neither of them a
    body (`body`), which speaks through its people, in articles not known to be of one story's
    days: APART (the caller knows them to be over one story's days apart), or one dated and the
    other not (`undated_against_dated`).

    The scorer reads it twice. Two such quotes sharing under `OTHERS_RARE` of rare content,
    short of the same words, are two remarks in common words: on archive samples such links
    were wrong (Trump's "I'm proud of our country, and I am a nationalist" against Lois
    Lerner's "I'm proud of my career and the job I did for this country", Peter Strzok's "his
    personal opinions did not affect his work" against hers). And a clause the two share is
    one topic, not one statement (Lindsey Graham's "investigate ... Russian interference in the
    2016 presidential election" against Strzok's lawsuit on "the 2016 presidential election").
    Within one story's days one may quote the other (Rubio's "Islam hates us." against Trump's
    "Islam hates America", a day apart). A statement retold under another name shares its rare
    words ("I hope you're able to find the 30,000 emails that are missing", Trump's, given to
    Rick Gates: 11.4)."""
    if not (apart or undated_against_dated(a, b)):
        return False
    if speakers_agree(key_a, key_b) is not False:
        return False
    return not (body(a.speaker) or body(b.speaker))


def undated_against_dated(a: LinkItem, b: LinkItem) -> bool:
    """Whether one of two items' articles is dated and the other is not: nothing puts them in
    one story's days. On four samples of 800 random archive articles, every link it dropped
    between two named people's quotes was wrong: 10 in common words (Rex Tillerson's "the
    first priority is the defeat of ISIS" against Nikki Haley's "multiple priorities" in Syria
    "beyond defeating Isis"; Trump's "never had as much support" for the wall against Jimmy
    Carter's "do not support him on the issue"; Orrin Hatch's "We need to get off our duffs
    and solve this problem" against Paul Ryan's "We need to get on with solving people's
    problems") and 7 by a shared clause, a topic's words ("Russian interference in the 2016
    presidential election" three times, "abuse of power", "chemical weapons", "a two-state
    solution" in 2012 and at an unknown date).

    Two undated articles are left alone: nothing read in such a pair's words tells two remarks
    from one statement given to each of two speakers, and the seeds' gold pair is one such
    (Biden's "Japan's historic increase in defense spending" against Kishida's "secure a
    substantial increase in defense spending", two meetings' undated articles, 4.8 of rare
    content against the wrong pairs' 4.8 to 6.3)."""
    return (a.published is None) != (b.published is None)


def decide_relation(
    *,
    is_claim: bool,
    text: float,
    speaker: bool | None,
    numbers: str,
    contradicts: bool = False,
    ratio: float = 100.0,
    close: bool = True,
) -> tuple[Relation, str]:
    """The relation of a pair and a one-line reason a reviewer can read.

    A claim pair is a conflict when its values contradict each other (`agreement.contradicts`:
    one measured thing, unit and basis, values apart beyond rounding). A quote pair is a
    conflict only when its words are nearly the same (`CONFLICT_TEXT`) but its numbers differ,
    or its speakers differ and both are confidently named (`speaker` is False only then: the
    scorer passes None for articles not known to be of one story's days), and its words are
    nearly verbatim (RATIO, their `fuzz.ratio`, at `VERBATIM` or more). Another number is a
    conflict only when the articles are known to be of one story's days (CLOSE): months or
    years apart, or at an unknown date, one sentence with two numbers is a template said on two
    occasions ("The economy added 200,000 jobs last month", one economist's in 2013, another's
    "250,000" in 2018), or a promise or a figure that has moved ("500 miles of the wall" in
    June, "450 miles" in August).
    """
    if is_claim:
        if contradicts:
            return Relation.CONFLICT, "same measured thing with a different value"
        if numbers == "unit_mismatch":
            return Relation.SAME, "similar sentence but quantities in different units"
        if numbers == "differ":
            return Relation.SAME, "similar sentence with another value of another thing"
        return Relation.SAME, "similar sentence with the same value"
    if ratio < VERBATIM:
        return Relation.SAME, "similar wording" + (" by the same speaker" if speaker else "")
    if text >= CONFLICT_TEXT and speaker is False:
        return Relation.CONFLICT, "same words attributed to different speakers"
    if text >= CONFLICT_TEXT and numbers == "differ" and close:
        return Relation.CONFLICT, "same words with a different number"
    return Relation.SAME, "similar wording" + (" by the same speaker" if speaker else "")
