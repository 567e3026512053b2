"""Claims of one figure told of other places: one rule or toll in two countries, states or cities.

A figure of a rule recurs from place to place: "International travelers who arrive in Norway
risk a mandatory 14-day quarantine" against "Hawaii has seen a 98% decrease in travelers ...
since the 14-day quarantine rule was put in place"; "Seattle was the first big city to pass a
$15 minimum wage" against Los Angeles's $15; a death rate "per 100,000" in Michigan and in
Arizona. Their sentences share the figure and the words of the rule, not its place. Each
sentence's places (the speaker resolver's `places` list) are read with the wider places that
hold them (`data/place_parts.txt`: Boston is in Massachusetts, Beijing stands for China), and
two sentences that each name one, none in common, tell of other places. The scorer reads
them so in articles not known to be of one story's days: within them other places are a
story's sides (Britain expelling "23 suspected Russian spies" against "The U.K. had already
expelled 23 Russian diplomats ... perpetrated by Russia").

Not read as a sentence's place: the country itself ("the U.S.", "America", "Washington", of
the government as often as of a place), a continent, a region ("New England"), an institution
named for its street ("Wall Street", "Capitol Hill"), a dateline in capitals ("NEW YORK
(Reuters)"), a person's place: after "of" ("the former mayor of South Bend, Indiana", "Democrat
of New York"), before a title ("Massachusetts Sen.") or in a party tag ("R-Ohio").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from factdb.extract.speakers.names_parse import PLACES
from factdb.extract.text.lexicon import PERSON_TITLES
from factdb.link import normalize as nz
from factdb.link.rarity import idf
from factdb.link.records import LinkItem
from factdb.link.retold import is_age

NO_SETTING = frozenset(
    {
        "america",
        "united states",
        "washington",
        "europe",
        "new england",
        "wall street",
        "capitol hill",
    }
)
"""Places of the list that are no setting of a figure: the country, its government, a
continent, a region, institutions named for a street."""
SHARED_NAME = 3.0
"""Least `rarity.idf` of a capitalised word both sentences write for them to tell of one thing
wherever they place it: a person's name ("Stevens" 3.3 of the four Americans killed in
Benghazi, told with Egypt's protests and with Libya), not a leader's or a title ("Trump" 0.7,
"Ambassador" 3.0)."""
_PARTY_LETTERS = frozenset({"r", "d", "i"})
"""A party's letter before a place makes it a lawmaker's: "R-Ohio"."""
_OWNED_REACH = 3
"""Words after "of" within which a place is a person's or a body's: "Democrat of New York",
"the former mayor of South Bend, Indiana"."""
_LONGEST = 4
"""Most words of a place name ("salt lake city")."""


def other_places(a: LinkItem, b: LinkItem) -> bool:
    """Whether two claims' sentences each name a place (`settings`) and, with the wider places
    that hold them, none in common, and share no name (`SHARED_NAME`). A person's age
    (`retold.is_age`) is no figure of a place: "the 38-year-old former mayor" is one man's age
    however the sentences place him."""
    if is_age(a) or is_age(b):
        return False
    here = _widened(a.text)
    if not here:
        return False
    there = _widened(b.text)
    if not there or not here.isdisjoint(there):
        return False
    shared = nz.capitalised(a.text) & nz.capitalised(b.text)
    return not any(idf(stem) >= SHARED_NAME for stem in shared)


@lru_cache(maxsize=65536)
def _widened(text: str) -> frozenset[str]:
    found = settings(text)
    parts = place_parts()
    return found.union(*(parts.get(place, ()) for place in found))


@lru_cache(maxsize=65536)
def settings(text: str) -> frozenset[str]:
    """The places TEXT names as where its figure holds (module docstring: no country, region,
    dateline or person's place)."""
    words = nz.tokens(nz.normalize_text(text))
    found: set[str] = set()
    at = 0
    while at < len(words):
        size = next(
            (n for n in range(_LONGEST, 0, -1) if " ".join(words[at : at + n]) in _names()), 0
        )
        phrase = " ".join(words[at : at + size])
        if size and phrase not in NO_SETTING and not _owned(words, at, at + size):
            found.update((phrase,) if not _not_places(text, phrase) else ())
        at += max(size, 1)
    return frozenset(found)


def _owned(words: list[str], at: int, end: int) -> bool:
    """Whether the place of WORDS[AT:END] is a person's: right after a party letter ("R-Ohio"),
    before a title (`PERSON_TITLES`: "Massachusetts Sen.") or within `_OWNED_REACH` words after
    "of" ("mayor of South Bend, Indiana")."""
    if at and words[at - 1] in _PARTY_LETTERS:
        return True
    if end < len(words) and words[end] in PERSON_TITLES:
        return True  # "Indiana, Mayor Pete Buttigieg", "North Dakota Sen. Heidi Heitkamp"
    return "of" in words[max(0, at - _OWNED_REACH) : at]


def _not_places(text: str, phrase: str) -> bool:
    """Whether every writing of PHRASE in TEXT is no place: in capitals (a dateline: "NEW
    YORK") or the end of a longer name, after a capitalised word that opens no sentence or
    clause ("Sheriff Scott Israel", not "In Tennessee" or "• In Michigan")."""
    pattern = r"\b" + r"\W+".join(re.escape(w) for w in phrase.split()) + r"\b"
    found = list(re.finditer(pattern, text, flags=re.IGNORECASE))
    return bool(found) and all(_not_place(text, m) for m in found)


def _not_place(text: str, written: re.Match[str]) -> bool:
    if written[0].isupper():
        return True
    before = _NAME_BEFORE_RE.search(text, 0, written.start())
    if before is None:
        return False
    opening = text[: before.start()].rstrip()
    return bool(opening) and (opening[-1].isalnum() or opening[-1] == ",")


_NAME_BEFORE_RE = re.compile(r"\b[A-Z][\w'\u2019.-]*\s+$")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """The place list's names as normalised words ("st. louis" as "st louis")."""
    return frozenset(" ".join(nz.tokens(nz.normalize_text(p))) for p in PLACES)


@lru_cache(maxsize=1)
def place_parts() -> dict[str, frozenset[str]]:
    """Each place of `data/place_parts.txt` (normalised words) to the wider places holding it."""
    path = resources.files("factdb.link").joinpath("data", "place_parts.txt")
    parts: dict[str, frozenset[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        place, *wider = (_words(w.replace("_", " ")) for w in line.split())
        parts[place] = frozenset(wider)
    return parts


def _words(name: str) -> str:
    return " ".join(nz.tokens(nz.normalize_text(name)))
