"""A pattern's matches tried only where one can start: what ``finditer`` gives, found faster.

A long alternation tried at every character of a long sentence is slow in ``re``; when every
match must start at one of a few known words, trying the pattern there gives the same matches
(``tests/extract/test_claims_scan.py`` compares them on generated text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factdb.extract.claims import lexicon as lx


def word_starts(low: str, words: Iterable[str]) -> list[int]:
    """Sorted starts of WORDS in ``low`` not preceded by a word character (``\\b`` before an
    ASCII letter): where ``\\b(?:word|...)`` can match."""
    found: list[int] = []
    for w in words:
        at = low.find(w)
        while at >= 0:
            if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):
                found.append(at)
            at = low.find(w, at + 1)
    found.sort()
    return found


def matches_at(pattern: re.Pattern[str], s: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(s)`` yields when each of its matches starts at one of the sorted
    STARTS and none is empty: the pattern tried at each start after the previous match."""
    out: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at < end:
            continue
        m = pattern.match(s, at)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def number_words(low: str) -> tuple[list[int], list[str]]:
    """The starts and words of every word of ``lx.NUMBER_WORD_SET`` in ``low`` that is a whole
    run of lower-case letters, in order: what ``word_positions`` finds in each stretch whose
    edges are no letters, for the whole text in one search."""
    # Searched after one space, so that a word at the start has a character before it too:
    # offsets there are one more than in LOW.
    found = [(m.start(1) - 1, m.group(1)) for m in lx.NUMBER_WORD_AFTER_RE.finditer(" " + low)]
    return [at for at, _ in found], [w for _, w in found]
