"""Pure-Python paragraph and sentence splitting with exact offsets.

A sentence ends at terminal punctuation (optionally followed by closing quotation marks or
brackets) and whitespace, when the next word starts with a capital, a digit or an opening mark,
and the word before the full stop is not a known abbreviation or an initial. A line break always
ends a sentence. Boundaries that fall inside a quotation are dropped by the caller.

The quote and claim extractors both split the same article text: the paragraphs and each
paragraph's boundaries of the last text seen are kept (keyed by the text object itself), so the
second extractor reads them instead of scanning the text again.
"""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.text.lexicon import ABBREVIATIONS

_PARA_RE: Final = re.compile(r"[^\n]+")
_BOUNDARY_RE: Final = re.compile(r"([.!?…]+)([”’\"')\]]*)(\s+)(?=[\"“‘'(\[]?[A-Z0-9À-Ö—–-])")
_LAST_WORD_RE: Final = re.compile(r"([A-Za-z][A-Za-z.]*)$")


class _Split:
    """What has been split of one text: its paragraphs and each paragraph's boundaries."""

    __slots__ = ("boundaries", "paragraphs", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs: list[tuple[int, int]] | None = None
        self.boundaries: dict[tuple[int, int], list[int]] = {}


_last = _Split("")


def _split_of(text: str) -> _Split:
    """The cache entry of *text* (the same object, not an equal string), made anew otherwise.

    Read and replaced in one step each, so threads at worst split a text twice.
    """
    global _last
    last = _last
    if last.text is not text:
        last = _Split(text)
        _last = last
    return last


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of *text*, trimmed of surrounding whitespace."""
    split = _split_of(text)
    if split.paragraphs is None:
        split.paragraphs = _paragraphs(text)
    return list(split.paragraphs)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _PARA_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def _is_abbreviation(text: str, dot_pos: int, floor: int) -> bool:
    """Whether the full stop at *dot_pos* belongs to an abbreviation or an initial."""
    m = _LAST_WORD_RE.search(text, max(floor, dot_pos - 12), dot_pos)
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1:  # an initial: "Joe R. Biden", "J. Edgar Hoover"
        return True
    if word in ABBREVIATIONS:
        return True
    # Dotted acronyms like "U.S." end sentences only when the next word is clearly a new start;
    # we keep them joined, which errs towards longer sentences.
    return "." in word and len(word) <= 6


def sentence_boundaries(text: str, start: int, end: int) -> list[int]:
    """Start offsets of the sentences after the first in ``text[start:end]`` (one paragraph)."""
    known = _split_of(text).boundaries
    cuts = known.get((start, end))
    if cuts is None:
        cuts = known[(start, end)] = _boundaries(text, start, end)
    return list(cuts)


def _boundaries(text: str, start: int, end: int) -> list[int]:
    cuts: list[int] = []
    for m in _BOUNDARY_RE.finditer(text, start, end):
        punct_end = m.end(1)
        if m.group(1) == "." and _is_abbreviation(text, punct_end - 1, start):
            continue
        cuts.append(m.end(3))
    return cuts


def split_sentences(text: str, max_len: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of *text*: paragraphs split at sentence boundaries.

    With *max_len*, a longer "sentence" (a table, a list, text without full stops) is cut into
    pieces of at most that many characters, at a semicolon, a comma or a space, so that the
    work per sentence stays bounded and a caller linear in the length of the text.
    """
    spans: list[tuple[int, int]] = []
    for ps, pe in paragraphs(text):
        spans.extend(paragraph_sentences(text, ps, pe, max_len))
    if max_len is not None and spans and not text[spans[-1][1] :].strip():
        # Bounded pieces cover the text to its end, trailing blanks included.
        spans[-1] = (spans[-1][0], len(text))
    return spans


def paragraph_sentences(
    text: str, start: int, end: int, max_len: int | None = None
) -> list[tuple[int, int]]:
    """The sentence spans of one paragraph ``text[start:end]``, as :func:`split_sentences`
    gives them (but for the last piece of a text, which that stretches to the text's end)."""
    spans: list[tuple[int, int]] = []
    s = start
    for cut in sentence_boundaries(text, start, end):
        e = cut
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.extend(_bounded(text, s, e, max_len))
        s = cut
    if end > s:
        spans.extend(_bounded(text, s, end, max_len))
    return spans


def _bounded(text: str, start: int, end: int, max_len: int | None) -> list[tuple[int, int]]:
    out = []
    while max_len is not None and end - start > max_len:
        limit = start + max_len
        cut = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
        if cut <= start:
            cut = text.rfind(" ", start, limit)
        cut = cut + 1 if cut > start else limit
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out
