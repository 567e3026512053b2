"""Words qualifying a claim's figure that tell two claims of one measured word apart.

Two claims sharing a measured word ("unemployment rate", "senators", "users") state one thing
only when what qualifies their figures agrees. On the conflicts proposed on half of a
5,000-article news archive, most set another group's, plan's or person's figure against
the first:

- `parties`: "a dozen Republican senators" against "seven Democratic senators", the
  Republican National Committee's money against the Democratic one's;
- `places`: Ohio's unemployment rate against the nation's, Colorado's 15-round limit against a
  national 10-round one;
- `planned`: a figure planned, proposed, offered or demanded ("the plan calls for nearly $1.6
  trillion", "Trump demanded $5 billion") is a position that moves, not a fact;
- `margin`: a lead or a win "by" a figure ("Kemp leads Abrams by more than 63,000 votes") is a
  gap that moves while votes are counted;
- `age`: a person's age, where one surname ("Tsarnaev, 19", "Tamerlan Tsarnaev, 26") may be of
  two brothers;
- `subjects`: the people named before the figures differ, and neither sentence names the
  other's ("Obama has granted only 10 commutations" against "George W. Bush gave 189 pardons
  and 11 commutations").

`apart` tells whether any of these sets two claims apart; the caller still lets nearly the same
sentence conflict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factdb.link.records import LinkItem

BEFORE, AFTER = 60, 30
"""Characters read before and after the figure as written for its qualifiers."""

_PARTY_RE = re.compile(r"\b(?:(democrat|dnc)|(republican|gop|rnc))", re.I)
_STATE_NAMES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming "
    "New\\s+Hampshire New\\s+Jersey New\\s+Mexico New\\s+York North\\s+Carolina "
    "North\\s+Dakota Rhode\\s+Island South\\s+Carolina South\\s+Dakota West\\s+Virginia"
)
_STATES = _STATE_NAMES.split()
_PLACE_RE = re.compile(
    r"\b(?:(" + "|".join(sorted(_STATES, key=len, reverse=True)) + r")(?!\s+(?:Post|Times)\b)"
    r"|(national|nationwide|nation['’]s|country['’]s|federal))\b"
)
"""A U.S. state (not a newspaper's name: "Washington Post"), or the nation as a whole."""
_PLANNED_RE = re.compile(
    r"\b(?:plans?|planned|proposals?|proposed|proposes?|propose|offers?|offered|demands?|"
    r"demanded|seeks?|sought|calls?\s+for|called\s+for|wants?|wanted|asked\s+for|requests?|"
    r"requested|budget\s+request)(?:\s+[\w'’-]+){0,2}\s*$",
    re.I,
)
"""A plan word at most two words before the figure ("the plan calls for", "demanded", "offered
them"): "He wants to get the 22 million Americans" back to work plans nothing of the 22 million."""
_MARGIN_RE = re.compile(
    r"\b(?:leads?|led|leading|trails?|trailed|trailing|won|wins?|ahead)\b"
    r"[^,.;]*\bby\s+(?:a\s+margin\s+of\s+)?$",
    re.I,
)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()  # noqa: SIM905
_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:['’]s)?\b")
_MONTHS = """January February March April May June July August September October November
    December""".split()  # noqa: SIM905
_NOT_NAMES = frozenset(
    """The A An In On At For But And As It He She They We This That These Those Mr Mrs Ms Dr
    President Senator Sen Rep Gov Governor Secretary Speaker House Senate Congress""".split()  # noqa: SIM905
    + [d.capitalize() for d in _WEEKDAYS]
    + _MONTHS
)


@lru_cache(maxsize=65536)
def around(
    sentence: str, quantity: str | None, before: int = BEFORE, after: int = AFTER
) -> tuple[str, str, str]:
    """The BEFORE characters of SENTENCE before its first QUANTITY, the figure as written and
    the AFTER characters after it (empty strings around it when it is not found)."""
    at = sentence.find(quantity) if quantity else -1
    if at < 0 or quantity is None:
        return "", quantity or "", ""
    end = at + len(quantity)
    return sentence[max(0, at - before) : at], quantity, sentence[end : end + after]


def _window(item: LinkItem) -> str:
    before, figure, after = around(item.text, item.quantity)
    return " ".join((before, figure, after, item.measures or ""))


def parties(item: LinkItem) -> frozenset[str]:
    """The U.S. parties ("D", "R") named around a claim's figure."""
    return frozenset("D" if m.group(1) else "R" for m in _PARTY_RE.finditer(_window(item)))


def places(item: LinkItem) -> frozenset[str]:
    """The U.S. states, or "nation", named around a claim's figure."""
    return frozenset(
        " ".join(m.group(1).lower().split()) if m.group(1) else "nation"
        for m in _PLACE_RE.finditer(_window(item))
    )


def planned(item: LinkItem) -> bool:
    """Whether the words right before a claim's figure plan, propose, offer or demand it."""
    return bool(_PLANNED_RE.search(around(item.text, item.quantity)[0]))


def margin(item: LinkItem) -> bool:
    """Whether a claim's figure is a lead or a win "by" it ("leads Abrams by 63,000 votes")."""
    return bool(_MARGIN_RE.search(around(item.text, item.quantity)[0]))


def age(item: LinkItem) -> bool:
    """Whether a claim is a person's age (`measures` "age" or "<name> age")."""
    return (item.measures or "").split()[-1:] == ["age"]


def names(item: LinkItem) -> frozenset[str]:
    """The capitalised words inside the sentence before the claim's figure (names of people,
    places and bodies), titles and dates left out."""
    before = around(item.text, item.quantity)[0]
    found = (_POSSESSIVE_RE.sub("", w) for w in _NAME_RE.findall(before))
    return frozenset(w for w in found if w not in _NOT_NAMES)


_POSSESSIVE_RE = re.compile(r"['’]s$")


def subjects(a: LinkItem, b: LinkItem) -> bool:
    """Whether the names before two claims' figures differ, neither sentence naming any of the
    other's."""
    mine, theirs = names(a), names(b)
    if not mine or not theirs:
        return False
    return not any(n in b.text for n in mine) and not any(n in a.text for n in theirs)


def _disjoint(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and a.isdisjoint(b)


def apart(a: LinkItem, b: LinkItem) -> bool:
    """Whether the qualifiers of two claims' figures show them to be of two things, plans
    or people (see the module docstring)."""
    if _disjoint(parties(a), parties(b)) or _disjoint(places(a), places(b)):
        return True
    if planned(a) or planned(b) or margin(a) or margin(b) or age(a) or age(b):
        return True
    return subjects(a, b)
