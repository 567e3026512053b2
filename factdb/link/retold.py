"""Signs that two claims of one story's days state one fact in other sentences.

Outlets covering one event state its figures in sentences of their own: a person's age
("Dylann Roof, 21," against "the 21-year-old charged with murdering nine people"), a count
described alike in its own words ("a million new manufacturing jobs" against "a vow to create
1 million new manufacturing jobs"). Their sentences share little else, so the text scorers
read two other sentences; these signs are read only within one story's days
(`scoring.COUNT_DAYS`), where two such figures are one fact far more often than chance.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

from factdb.extract.claims.lexicon import SCALE_SUFFIXES, SMALL_NUMBERS
from factdb.link import normalize as nz
from factdb.link.rarity import idf
from factdb.link.records import LinkItem
from factdb.link.relations import claim_quantity, values_agree

AGE_UNIT, AGE_WORD = "year", "age"
"""A claim of a person's age: unit `year`, its measured thing ending in "age" ("age",
"Tsarnaev age")."""
AGE_NAME = 3.5
"""Least `rarity.idf` of a capitalised word both sentences of an age write: a name ("Ford"
3.9, "Roof" 4.8, "Tsarnaev" 5.9), not a common word opening a sentence or a photo caption's
"Hide" (3.3, of "Hide Caption")."""
DESCRIBED_STEMS = 2
"""Content words the two quantities of one count must share, the counted noun among them:
"1 million new manufacturing jobs" and "a million new manufacturing jobs" share three; "more
than 100 Russian officials" and "more than 100 Russian intelligence agents" only one (one
count expelled, another at work in the country)."""
DESCRIBED_RARE = 1.0
"""Least `rarity.idf` of a shared word of the two quantities besides the counted noun: a word
that says which things are counted ("federal" 1.15, "manufacturing", "DACA"), not "new" (0.4)
or "other"."""
_NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(SCALE_SUFFIXES)
"""Words of a figure ("a million", "two dozen"), no description of what it counts."""
_APPROXIMATE = frozenset("about around roughly nearly almost approximately".split())  # noqa: SIM905
"""Words that round a figure ("nearly two decades")."""
_UNDESCRIBED = frozenset(
    nz.stem(w)
    for w in _APPROXIMATE
    | frozenset("more fewer less between estimated additional other another some".split())  # noqa: SIM905
)
"""Words of a quantity that say how much or which of a count, not what kind of thing it
counts ("22 million fewer Americans", "between 20 million and 65 million Americans")."""


def is_age(item: LinkItem) -> bool:
    """Whether a claim states a person's age (`AGE_UNIT`, `AGE_WORD`)."""
    if item.unit != AGE_UNIT or item.value is None or not math.isfinite(item.value):
        return False
    words = nz.tokens(nz.normalize_text(item.measures or ""))
    return bool(words) and words[-1] == AGE_WORD


def one_age(a: LinkItem, b: LinkItem) -> bool:
    """Whether two claims state one age (values that agree, `relations.values_agree`: "in his
    30s" and "in his early 30s" overlap) of a person both sentences name: a capitalised word
    of `AGE_NAME` rarity written in both ("Ford, 51, is a professor" against "said Ford, now a
    51-year-old research psychologist"). The caller reads the days between the articles."""
    if not (is_age(a) and is_age(b)):
        return False
    qa, qb = claim_quantity(a), claim_quantity(b)
    if qa is None or qb is None or not values_agree(qa, qb):
        return False
    return any(idf(stem) >= AGE_NAME for stem in nz.capitalised(a.text) & nz.capitalised(b.text))


def described_alike(a: LinkItem, b: LinkItem, head_a: str, head_b: str) -> bool:
    """Whether two quantities of one count (HEAD_A and HEAD_B, the stems of their counted
    nouns, one noun) share `DESCRIBED_STEMS` content words, one besides the noun of
    `DESCRIBED_RARE` rarity: the count is described alike ("800,000 federal workers" and "Some
    800,000 federal workers"), which stands for a shared word of their sentences."""
    if head_a != head_b:
        return False
    shared = _quantity_stems(a.quantity) & _quantity_stems(b.quantity)
    if len(shared) < DESCRIBED_STEMS or head_a not in shared:
        return False
    return any(idf(stem) >= DESCRIBED_RARE for stem in shared - {head_a})


@lru_cache(maxsize=65536)
def _quantity_stems(quantity: str | None) -> frozenset[str]:
    """The content stems of a quantity's words, its figures and number words left out."""
    words = nz.tokens(nz.normalize_text(quantity or ""))
    stems = nz.content_stems(" ".join(w for w in words if w not in _NUMBER_WORDS))
    return frozenset(s for s in stems if idf(s) > 0)


def wording(stems: frozenset[str]) -> frozenset[str]:
    """The STEMS that are words of a statement: no initial ("U.S." is "u" and "s", which
    `segments.name_words` counts as no name) and no word of a figure (`_NUMBER_WORDS`, and
    `_APPROXIMATE`: "nearly two decades" states a fact's figure, which two people's statements
    of one story share)."""
    return frozenset(s for s in stems if len(s) > 1 and s not in _figure_stems())


@lru_cache(maxsize=1)
def _figure_stems() -> frozenset[str]:
    return frozenset(nz.stem(w) for w in _NUMBER_WORDS | _APPROXIMATE)


def one_event(a: LinkItem, b: LinkItem) -> bool:
    """Whether the sentences of two claims each name, outside their quantities, an event of
    one kind (`count_events`): the expelled, the killed, the wounded ("expelling more than 100
    Russian officials" against "more than 100 Russian diplomats were sent home")."""
    kinds_a = _events(a.text, a.quantity or "")
    return bool(kinds_a) and not kinds_a.isdisjoint(_events(b.text, b.quantity or ""))


@lru_cache(maxsize=65536)
def _events(text: str, quantity: str) -> frozenset[str]:
    """The kinds of event (`count_events`) TEXT names outside QUANTITY."""
    norm = nz.normalize_text(text)
    written = nz.normalize_text(quantity)
    if written:
        norm = f" {norm} ".replace(f" {written} ", " ", 1)
    words = f" {' '.join(nz.tokens(norm))} "
    return frozenset(kind for phrase, kind in count_events().items() if f" {phrase} " in words)


@lru_cache(maxsize=1)
def count_events() -> dict[str, str]:
    """Each word or phrase of `data/count_events.txt` (words joined by spaces) to its kind."""
    path = resources.files("factdb.link").joinpath("data", "count_events.txt")
    events: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, *phrases = line.split()
        events.update((p.replace("_", " "), kind) for p in phrases)
    return events


def described_apart(a: LinkItem, b: LinkItem) -> bool:
    """Whether two quantities count one noun described in other words: each names what kind
    of that noun it counts, the two descriptions share no word, and neither sentence writes
    the other's ("two gay marriage cases" against "two racial gerrymandering cases" before
    the Supreme Court, months apart). Such figures count other things, however alike their
    sentences."""
    stems_a, stems_b = _quantity_stems(a.quantity), _quantity_stems(b.quantity)
    head_a, head_b = _head(a.quantity), _head(b.quantity)
    if head_a is None or head_a != head_b:
        return False
    own_a, own_b = stems_a - {head_a} - _UNDESCRIBED, stems_b - {head_b} - _UNDESCRIBED
    if not own_a or not own_b or not own_a.isdisjoint(own_b):
        return False
    return own_a.isdisjoint(_text_stems(b.text)) and own_b.isdisjoint(_text_stems(a.text))


@lru_cache(maxsize=65536)
def _head(quantity: str | None) -> str | None:
    """The stem of a quantity's last word when it is a content word: its counted noun."""
    words = nz.tokens(nz.normalize_text(quantity or ""))
    stems = nz.content_stems(words[-1]) if words else []
    return stems[0] if stems else None


@lru_cache(maxsize=65536)
def _text_stems(text: str) -> frozenset[str]:
    return frozenset(nz.content_stems(nz.normalize_text(text)))
