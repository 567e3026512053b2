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
"""

from __future__ import annotations

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
