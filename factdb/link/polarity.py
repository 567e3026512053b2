"""Two quotes of one story whose shared words one negates and the other does not.

`opposed`: the content words two quotes share, aligned in order (RapidFuzz `Indel` opcodes
over their words, stopwords as written and content words stemmed), are said with opposite
polarity when a negation (`textmodel.NEGATIONS`, or a word ending in "n't") stands at most
`LEAD_WORDS` before a shared word on one side and on no shared word of the other, and the
stretch the shared words span (from `STRETCH_LEAD` words before the first to the last) writes
a negation on that side only. The story's words are then said of two statements: "there was
“no quid pro quo” with Ukraine" against "therefore was guilty of quid pro quo", "Ukraine, not
Russia, interfered in the 2016 U.S. election" against "they had tried to interfere in the 2016
election". A negation in another clause ("But the far right of the Republican party won't let
Speaker John Boehner give that vote" after the statement the other quote holds), a negation
elsewhere in the other's stretch ("haven't been hit as hard by the virus" against "haven't
been hard-hit by the virus", aligned on "hard"), one a few words before the shared verb ("he
does not plan to campaign" against "would not campaign") and a shorter quote written word for
word in the longer set nothing apart.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Indel

from factdb.link import normalize as nz
from factdb.link.textmodel import NEGATIONS

LEAD_WORDS = 2
"""Words before a shared content word in which a negation negates it: a negation comes
before its verb ("he did not think", "doesn't cooperate")."""
STRETCH_LEAD = 4
"""Words before the first shared content word that belong to the stretch the shared words
span: "he does not plan to campaign" negates the "would not campaign" of another telling."""
POLAR_SHARED = 2
"""Shared content words, at least, for the stretches to be read: one word is no statement."""


@lru_cache(maxsize=1)
def negative_words() -> frozenset[str]:
    """The words of `data/negative_words.txt`: words that say no without a negation word."""
    path = resources.files("factdb.link").joinpath("data", "negative_words.txt")
    lines = path.read_text("utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def says_no(words: tuple[str, ...]) -> bool:
    """Whether WORDS write a negation or a word of `negative_words` anywhere."""
    return any(_negation(w) or w in negative_words() for w in words)


def _negation(word: str) -> bool:
    return word in NEGATIONS or word.endswith("n't")


def _stemmed(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w if w in nz.STOPWORDS else nz.stem(w) for w in words)


def anchors(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """The positions in normalised words A and B of the content words they share, their stems
    aligned in order (RapidFuzz `Indel` opcodes)."""
    kept_a: list[int] = []
    kept_b: list[int] = []
    for op in Indel.opcodes(_stemmed(a), _stemmed(b)):
        if op.tag != "equal":
            continue
        for offset in range(op.src_end - op.src_start):
            if a[op.src_start + offset] not in nz.STOPWORDS:
                kept_a.append(op.src_start + offset)
                kept_b.append(op.dest_start + offset)
    return kept_a, kept_b


def negates(words: tuple[str, ...], shared: list[int]) -> bool:
    """Whether a negation stands at most `LEAD_WORDS` words before one of the SHARED
    positions of WORDS ("no quid pro quo", "doesn't cooperate", "did not think")."""
    return any(_negation(words[i]) for j in shared for i in range(max(0, j - LEAD_WORDS), j))


@lru_cache(maxsize=65536)
def opposed(a: str, b: str, others: bool = False) -> bool:
    """Whether two normalised quotes negate their shared words on one side only (see the
    module docstring); OTHERS when they are two confidently named, different people's."""
    short, long = sorted((a, b), key=len)
    if not short or f" {short} " in f" {long} ":
        return False  # one quote trimmed from the other
    words_a, words_b = tuple(nz.tokens(a)), tuple(nz.tokens(b))
    shared_a, shared_b = anchors(words_a, words_b)
    if len(shared_a) < POLAR_SHARED:
        return False
    near_a, near_b = negates(words_a, shared_a), negates(words_b, shared_b)
    if near_a == near_b or (not others and says_no(words_b if near_a else words_a)):
        return False  # the other side says no too, in other words or elsewhere
    # and the stretches the shared words span, one negated and the other not: a negation
    # elsewhere inside the other stretch ("haven't been hard hit by the virus" against
    # "haven't been hit as hard") says the same words the same way
    return _spanned(words_a, shared_a) != _spanned(words_b, shared_b)


def _spanned(words: tuple[str, ...], shared: list[int]) -> bool:
    """Whether WORDS negate anything from `STRETCH_LEAD` before their first SHARED position
    to their last."""
    return any(_negation(w) for w in words[max(0, shared[0] - STRETCH_LEAD) : shared[-1] + 1])
