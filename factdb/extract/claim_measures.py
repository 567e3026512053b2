"""What a number measures: the short noun phrase a claim is about ("defense spending", "troops")."""

from __future__ import annotations

import re

from factdb.extract import claim_lexicon as lx
from factdb.extract.claim_tokens import Quantity
from factdb.extract.units import is_physical

_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")


_CLAUSE_START_RE = re.compile(r"[,;:()\[\]\"“”—–]|\bthat\b|\bwhich\b|\bwho\b")


def noun_phrase(text: str, limit: int = 3) -> str | None:
    """The first run of content words in ``text`` (at most ``limit``), or None."""
    words: list[str] = []
    for w in _WORD_RE.findall(text):
        if w.lower() in lx.MEASURES_STOP_WORDS:
            if words:
                break
            continue
        words.append(w)
        if len(words) >= limit:
            break
    return " ".join(words) or None


def measures(s: str, q: Quantity) -> str | None:
    """The short noun phrase the number is about, by a few cheap patterns."""
    if q.unit == "fold":
        m = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?P<np>[^,.;]+)").match(s, q.end)
        return noun_phrase(m.group("np"), 2) if m else None
    if q.noun:
        return q.noun
    right = s[q.end : q.end + 60]
    m = re.match(r"\s+of\s+(?P<np>[^,.;()]+)", right)
    if m and q.unit and q.unit not in {"percent", "percentage_point"}:
        return noun_phrase(m.group("np"))
    if q.unit and is_physical(q.unit) and lx.DISTANCE_AWAY_RE.match(right):
        return "distance"
    left = s[max(0, q.start - 80) : q.start]
    cut = max((m.end() for m in _CLAUSE_START_RE.finditer(left)), default=0)
    left = left[cut:]
    words = _WORD_RE.findall(left)
    # drop trailing function words, qualifiers and change verbs: "will double defense spending to"
    change_words = re.compile(
        rf"^(?:{lx.CHANGE_UP}|{lx.CHANGE_DOWN}|will|would|be|been|"
        r"reach(?:ed|es)?|hit|total(?:l?ed|s)?|stood|stands|was|is|are|"
        r"were|cost|costs|had|has|have)$",
        re.I,
    )
    while words and (words[-1].lower() in lx.MEASURES_STOP_WORDS or change_words.match(words[-1])):
        words.pop()
    phrase: list[str] = []
    while (
        words
        and words[-1].lower() not in lx.MEASURES_STOP_WORDS
        and not change_words.match(words[-1])
        and len(phrase) < 3
    ):
        phrase.insert(0, words.pop())
    return " ".join(phrase) or None
