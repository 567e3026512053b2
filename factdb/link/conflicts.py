"""A claim conflict as the scorer reads it: `agreement.contradicts`, and one more case.

`rare_count`: a small count (`agreement.small`: one to nine) is one measured thing in sentences
under `agreement.ALIKE_TEXT` of likeness when both write a rare name for what it counts (a
shared `measures` stem of `RARE_COUNTED` `rarity.idf` or more: "commutations" 5.8, "pardons"
4.7; not "Republicans" 0.65, "diplomats" 3.7, "delegates" 3.3) and both name one owner (a
capitalised word the two sentences write, month and weekday names aside), in articles at most
`SMALL_DAYS` apart: "Mr. Obama has granted 52 pardons and nine commutations." against
Politico's "Obama has granted only 10 commutations in his more than five years of office", one
day's two counts of one thing, were refused as small figures in sentences of 56 (on a
5,000-article news archive). Every other rule of `contradicts` still holds.

`narrowed`: a measured thing narrowed to a part right after it ("a $22.6 billion surplus in the
trade of services": a preposition and "the", then the part's words up to the phrase's end)
that the other sentence does not write is not shown to be the other's thing, unless the
sentences are nearly the same words (`agreement.SAME_TEXT`): on the same archive "In October,
the U.S. ran a $22.6 billion surplus in the trade of services such as banking and tourism."
was proposed as a conflict of "The October surplus was $31.78 billion." (China's, two days
later).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from factdb.extract.claims.lexicon import MONTHS, WEEKDAYS
from factdb.extract.text.lexicon import TITLE_WORDS
from factdb.link import normalize as nz
from factdb.link.agreement import (
    ALIKE_TEXT,
    LISTED,
    PHRASE_ENDS,
    SAME_TEXT,
    contradicts,
    date_gap,
    measure_stems,
    small,
    subjects,
)
from factdb.link.rarity import idf
from factdb.link.records import LinkItem

RARE_COUNTED = 4.5
"""Least `rarity.idf` of a counted word shared by two small counts for `rare_count`."""
SMALL_DAYS = 1
"""Days between two small counts' articles for `rare_count`: one day's news."""
_CALENDAR_RE = re.compile(rf"^(?:{MONTHS}|{WEEKDAYS})$")
"""A month's or weekday's name, capitalised again after `normalize.stem`: it dates a figure."""
_TITLES = frozenset(nz.stem(w.rstrip(".")) for w in TITLE_WORDS)
"""Stems of titles and roles ("Mr.", "Sen.", "President"): capitalised, but nobody's name."""
_PREPOSITIONS = frozenset({"in", "of", "for", "on", "from", "among"})
_WORD_RE = re.compile(r"[\w'\u2019-]+")
_NAME_RE = re.compile(r"\b[A-Z][\w'\u2019-]*")


def conflict(a: LinkItem, b: LinkItem, shared: Collection[str], *, text: float = 0.0) -> bool:
    """Whether claims A and B conflict: `agreement.contradicts` (read as if their sentences
    were `ALIKE_TEXT` alike for a `rare_count`)."""
    if text < SAME_TEXT and (narrowed(a, b) or narrowed(b, a)):
        return False
    if text < SAME_TEXT and (other_owner(a, b) or other_owner(b, a)):
        return False
    if rare_count(a, b):
        text = max(text, ALIKE_TEXT)
    return contradicts(a, b, shared, text=text)


def narrowed(a: LinkItem, b: LinkItem) -> bool:
    """Whether A's measured thing is narrowed to a part (`part`) that B's sentence does not
    write a word of."""
    words = part(a)
    return bool(words) and words.isdisjoint(_stems(b.text))


def part(item: LinkItem) -> frozenset[str]:
    """The content stems of the part a claim's measured thing is narrowed to, written right
    after the figure and its measured words ("surplus in the trade of services": trade)."""
    return _part(item.text, item.quantity, item.measures)


@lru_cache(maxsize=65536)
def _part(sentence: str, quantity: str | None, measures: str | None) -> frozenset[str]:
    at = sentence.find(quantity) if quantity else -1
    if at < 0:
        return nz.EMPTY
    measured = measure_stems(measures)
    words = _WORD_RE.findall(sentence[at + len(quantity or "") :].split(",")[0])
    while words and nz.stem(words[0].lower()) in measured:
        words = words[1:]
    if len(words) < 3 or words[0].lower() not in _PREPOSITIONS or words[1].lower() != "the":
        return nz.EMPTY
    phrase: list[str] = []
    for word in words[2:]:
        if word.lower() in PHRASE_ENDS:
            break
        phrase.append(word)
    return frozenset(nz.content_stems(nz.normalize_text(" ".join(phrase))))


@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    return frozenset(nz.content_stems(nz.normalize_text(text)))


def other_owner(a: LinkItem, b: LinkItem) -> bool:
    """Whether B's figure is given to an owner (`owner`) that A's sentence never writes, while
    B writes a name of A's sentence apart from that owner: B tells its owner's figure from
    that person's, so A's figure is not shown to be of B's owner."""
    mine = owner(b)
    if not mine or not mine.isdisjoint(_bare(_stems(a.text))):
        return False
    return bool(_undated(_names(a.text) & _names(b.text)) - mine)


def owner(item: LinkItem) -> frozenset[str]:
    """The stems of the names a claim's figure is given to: the run of names right before it
    (`agreement.subjects`: "Tamerlan Tsarnaev, 26") and the capitalised words of its
    `measures` ("Trump campaign"), titles, month and weekday names aside."""
    return _undated(_bare(subjects(item)[1]) - _TITLES | _names(item.measures or ""))


def rare_count(a: LinkItem, b: LinkItem) -> bool:
    """Whether two small counts (`agreement.small`) of one day name a rare counted thing and
    one owner alike (see the module docstring)."""
    if not (small(a) or small(b)):
        return False
    gap = date_gap(a, b)
    if gap is None or gap > SMALL_DAYS:
        return False
    counted = (measure_stems(a.measures) & measure_stems(b.measures)) - LISTED
    if not any(idf(stem) >= RARE_COUNTED for stem in counted):
        return False
    return bool(_undated(_names(a.text) & _names(b.text)))


def _undated(stems: frozenset[str]) -> frozenset[str]:
    """STEMS without month and weekday names."""
    return frozenset(s for s in stems if not _CALENDAR_RE.match(s.capitalize()))


@lru_cache(maxsize=65536)
def _names(text: str) -> frozenset[str]:
    """The stems of the capitalised words of a sentence, wherever they stand, titles aside."""
    found: set[str] = set()
    for m in _NAME_RE.finditer(text):
        found.update(nz.content_stems(nz.normalize_text(m[0])))
    return _bare(frozenset(found)) - _TITLES


def _bare(stems: frozenset[str]) -> frozenset[str]:
    """STEMS without a possessive's apostrophe: "Trump's" is stemmed "trump'"."""
    return frozenset(s.rstrip("'\u2019") for s in stems)
