"""A pattern's matches tried only where one can start: what ``finditer`` gives, found faster.

A long alternation tried at every character of a long sentence is slow in ``re``; when every
match must start at one of a few known words, trying the pattern there gives the same matches
(``tests/extract/test_claims_scan.py`` compares them on generated text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factdb.extract.claims import lexicon as lx

FIGURE_CHAR_RE = re.compile(r"[\d" + "".join(lx.VULGAR_FRACTIONS) + "]")
"""A character a figure holds: a digit or a vulgar fraction ("½")."""
_DIGIT_RUN_RE = re.compile(r"\d+")
_FIGURE_CANDIDATE_RE = re.compile(r"[^\x00-/:-\xbb\u2000-\u206f]")
"""Every character ``FIGURE_CHAR_RE`` matches and more: all but ASCII non-digits, the
Latin-1 marks before "¼" and general punctuation (’ “ ” — …), which hold no digit. A range
test per character is cheaper than the Unicode digit test, which then runs on the few found."""


def next_figure_char(s: str, at: int) -> int:
    """Where the first digit or vulgar fraction of ``s`` at or after AT is (-1: none)."""
    found = _FIGURE_CANDIDATE_RE.search(s, at)
    while found is not None:
        if FIGURE_CHAR_RE.match(s, found.start()):
            return found.start()
        found = _FIGURE_CANDIDATE_RE.search(s, found.end())
    return -1


def digit_runs(s: str) -> list[tuple[int, int]]:
    """The spans of ``\\d+`` in ``s``, found from the candidate characters."""
    runs: list[tuple[int, int]] = []
    found = _FIGURE_CANDIDATE_RE.search(s)
    while found is not None:
        run = _DIGIT_RUN_RE.match(s, found.start())
        if run is None:
            found = _FIGURE_CANDIDATE_RE.search(s, found.end())
        else:
            runs.append(run.span())
            found = _FIGURE_CANDIDATE_RE.search(s, run.end())
    return runs


def tail_search(pattern: re.Pattern[str], left: str, words: int) -> re.Match[str] | None:
    """``pattern.search(left)`` for a pattern whose matches run to LEFT's end (blanks aside)
    and span at most WORDS runs of non-blanks: the search starts at the WORDS-th last run
    rather than at LEFT's first character (a match cannot start before it)."""
    parts = left.rsplit(None, words)
    return pattern.search(left, len(parts[0]) if len(parts) > words else 0)


def change_search(window: str) -> re.Match[str] | None:
    """``lx.CHANGE_RE.search(window)``, from the first change verb of WINDOW: every match
    starts at a verb that is a whole word, found among its runs of lower-case letters (the
    whole search when lower-casing moves offsets or a letter such as "ſ" stands for an ASCII
    one)."""
    low = window.lower()
    if len(low) != len(window) or "ı" in window or "ſ" in window:
        return lx.CHANGE_RE.search(window)
    for m in lx.LOWER_WORDS_RE.finditer(low):
        if lx.CHANGE_VERB_RE.fullmatch(low, m.start(), m.end()):
            return lx.CHANGE_RE.search(window, m.start())
    return None


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
