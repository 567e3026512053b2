"""Words that many say or print: a phrase of two people, a figure's stock sentence.

Two rules that only turn links down, each read by the scorer (`scoring`):

- `others_phrase`: a quote of a few content words given to one named person and a quote of
  another, in articles not known to be of one story's days, are a phrase two people used
  ("bigotry.", said by two candidates 27 days apart; "That's above my pay grade", said by a
  press secretary and a governor three years apart), however alike their words. The clause
  match already counts such a phrase only from one speaker (`scoring.CLAUSE_WORDS`); the whole
  texts of two short quotes counted it from anyone.
- `stock_sentence`: a claim's sentence printed again months later, sharing no rare word and
  at most two common ones besides its figure ("We're joined by two guests." of a programme
  980 days apart, "Here are five things we learned" 141 days apart), is an outlet's formula,
  not a fact told again. A statement quoted again years later says more ("There are 47
  percent of the people who will vote for the president no matter what", four common words).
- `one_template`: two claims' sentences alike but for the figures, months or ordinals each
  writes and the other does not (`marks`) are one template filled in twice: the rules of the
  "third" and of the "fourth" debate ("130,000 donors", "2 percent in four polls"), a market
  report of two days. Two outlets' sentences of one story's days may still round or update a
  figure; a month or an ordinal swapped for another names another occasion at any date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from factdb.extract.claims.lexicon import COMPOUND_ORDINALS, MONTHS, ORDINAL_WORDS
from factdb.link import normalize as nz

PHRASE_WORDS = 5
"""Content words (`Prepared.stems`) under which the shorter of two quotes is a phrase, as a
clause match's shorter side is (`scoring.CLAUSE_WORDS`)."""
STOCK_RARE = 4.0
"""Rare content (`rarity.weight` of the shared words besides the quantities) under which two
claims' sentences share only common words: `scoring.COMMON_MAX`, the bound of generic wording
between quotes."""
STOCK_WORDS = 3
"""Shared content words besides the quantities under which a claim's sentence is a formula."""
STOCK_DAYS = 30
"""Days between two articles (`scoring.DATE_LATER_DAYS`) past which a sentence printed again is
no longer one story's."""


def others_phrase(
    words_a: int, words_b: int, voices: bool, speaker_a: str | None, speaker_b: str | None
) -> bool:
    """Whether the shorter of two quotes (WORDS_A and WORDS_B content words) is a phrase and the
    two are two named people's at other times (VOICES: `relations.other_voices`), each speaker
    written as a name (`proper_name`)."""
    if not voices or min(words_a, words_b) >= PHRASE_WORDS:
        return False
    return proper_name(speaker_a) and proper_name(speaker_b)


_ARTICLES = frozenset({"the", "a", "an"})


def proper_name(speaker: str | None) -> bool:
    """Whether a speaker is written as a person's name, every word capitalised ("Sean Spicer"),
    not a description ("The candidate", "The President", "Trump's lawyer"), which may stand
    for the other quote's speaker."""
    words = [w for w in (speaker or "").split() if w[:1].isalpha()]
    if not words or words[0].lower() in _ARTICLES:
        return False
    return all(w[0].isupper() and not w.endswith(("'s", "\u2019s")) for w in words)


def stock_sentence(shared: int, rare: float, gap: int | None) -> bool:
    """Whether two claims' sentences GAP days apart share under `STOCK_WORDS` content words
    besides their quantities (SHARED), under `STOCK_RARE` of rare content (RARE), and are over
    `STOCK_DAYS` apart. Undated articles are left to the other rules: nothing says they are
    apart."""
    return gap is not None and gap > STOCK_DAYS and shared < STOCK_WORDS and rare < STOCK_RARE


TEMPLATE_RATIO = 80.0
"""`fuzz.ratio` of two normalised sentences with their marks taken out (`unmarked`) from which
they are one template. On 3,000 archive articles the linked claims with other marks on both
sides were two debates' rules at 84 to 100 and a market report at 98; the likest sentences
retold were at 71 ("eleven states ... over 21" against "11 states")."""
TEMPLATE_DAYS = 7
"""Days between two articles (`scoring.DATE_CLOSE_DAYS`) within which other figures in one
template may be one story's figures rounded or updated."""
_MONTH_RE = re.compile(rf"\b{MONTHS}\b")
_MONTH_WORD_RE = re.compile(rf"{MONTHS}", re.I)
_NUMBERED_ORDINAL_RE = re.compile(r"(\d+)(?:st|nd|rd|th)")
_FIGURE_SIGNS = re.compile(r"[^\d.]")
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
MONTH, ORDINAL, FIGURE = "month", "ordinal", "figure"


@lru_cache(maxsize=65536)
def marks(text: str) -> frozenset[tuple[str, str]]:
    """The months, ordinals and figures TEXT writes, each as its kind and a canonical form:
    ("month", "9") for "Sept." and "September" (a month is read written with a capital, so the
    verb "may" is none), ("ordinal", "3") for "third" and "3rd", ("figure", "7.77") for
    "7.77" and ("figure", "2") for "2%" and "2 percent"."""
    found = {(MONTH, str(_MONTH_NUMBERS[m.group(0)[:3].lower()])) for m in _MONTH_RE.finditer(text)}
    for word in nz.tokens(nz.normalize_text(text)):
        numbered = _NUMBERED_ORDINAL_RE.fullmatch(word)
        if numbered:
            found.add((ORDINAL, str(int(numbered.group(1)))))
        elif any(c.isdigit() for c in word):
            found.add((FIGURE, _FIGURE_SIGNS.sub("", word)))
        elif word in ORDINAL_WORDS:
            found.add((ORDINAL, str(COMPOUND_ORDINALS.get(word, word))))
    return frozenset(found)


def two_fillings(text_a: str, text_b: str) -> bool:
    """Whether each of two texts writes a month, an ordinal or a figure the other does not."""
    mine, theirs = marks(text_a), marks(text_b)
    return bool(mine - theirs) and bool(theirs - mine)


@lru_cache(maxsize=65536)
def unmarked(text: str) -> str:
    """TEXT normalised without its marks' words (figures, ordinals, month names); cached, as
    `marks` is: `one_template` asks it of a claim's sentence once for each pair it judges."""
    return " ".join(
        word
        for word in nz.tokens(nz.normalize_text(text))
        if not any(c.isdigit() for c in word)
        and word not in ORDINAL_WORDS
        and not _MONTH_WORD_RE.fullmatch(word)
    )


def one_template(
    text_a: str, text_b: str, gap: int | None, own_a: str = "", own_b: str = ""
) -> bool:
    """Whether two claims' sentences are one template filled in for two occasions: alike
    (`TEMPLATE_RATIO`) but for marks each writes and the other does not (`two_fillings`)
    besides the claim's own quantity (OWN_A, OWN_B: two values in one sentence are for the
    other rules to weigh, a conflict among them), of which a month or an ordinal on both sides
    names two occasions at any date (the "third" and the "fourth" debate), and other figures
    do unless the articles are within `TEMPLATE_DAYS` of each other (GAP; None when a date is
    unknown)."""
    mine, theirs = marks(text_a) - marks(own_a), marks(text_b) - marks(own_b)
    only_a, only_b = mine - theirs, theirs - mine
    if not (only_a and only_b):
        return False
    if fuzz.ratio(unmarked(text_a), unmarked(text_b)) < TEMPLATE_RATIO:
        return False
    kinds_a, kinds_b = {kind for kind, _ in only_a}, {kind for kind, _ in only_b}
    if kinds_a & kinds_b & {MONTH, ORDINAL}:
        return True
    return gap is None or gap > TEMPLATE_DAYS
