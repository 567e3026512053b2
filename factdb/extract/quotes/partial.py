"""Rules on quoted words: direct or partial, titles, nicknames, modifiers, quotes alone."""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.quotes.spans import QuoteSpan
from factdb.extract.quotes.state import MASK, MAX_SENTENCE, Quote, State, word_count
from factdb.extract.speakers.names_parse import PLACES
from factdb.extract.text.lexicon import (
    ANON_NOUNS,
    LABEL_CUE_WORDS,
    MODIFIER_STOP_WORDS,
    PLURAL_PERSON_NOUNS,
    PRONOUNS,
    ROLE_HEADS,
    TITLE_CUE_WORDS,
    TITLE_SMALL_WORDS,
)

_CAP_START_RE: Final = re.compile(r"[\W]*[A-Z0-9]")


_FIRST_CHAR_RE: Final = re.compile(r"[\s.…'‘’\"(\[-]*(\w)")


_NEXT_WORD_RE: Final = re.compile(r"\s+([a-z][\w’'-]*)")


_CALLED_RE: Final = re.compile(
    r"(?:what(?:[’']s| is| are| was)|also|commonly|widely|is|are|was|were) (?:called|known as)"
    r"(?: an?| the)?\s*$",
    re.IGNORECASE,
)


_THING_CALLED_RE: Final = re.compile(
    r"\b(?:an?|something)(?: [a-z][\w-]*){0,3} (?:called|named|dubbed)(?: an?| the)?\s*$"
)
"""A thing named right before the quotation: "a meat product called", "something called"."""

_TERM_BEFORE_RE: Final = re.compile(
    r"\b(?:the|a|an|this|that|his|her|their) (?:word|terms?|phrase|label|moniker|nickname|"
    r"expression|(?:practice|concept|notion|idea) of),?\s*$"
)
TERM_WORDS: Final = 3
"""Quoted words of at most this many after "the word", "the term": a term mentioned, not said."""

_PERSON_HEADS: Final = ANON_NOUNS | PLURAL_PERSON_NOUNS | ROLE_HEADS | PRONOUNS.keys() | {"who"}


_TITLE_OR_LABEL: Final = TITLE_CUE_WORDS | LABEL_CUE_WORDS


def is_title(text: str, sp: QuoteSpan) -> bool:
    """Quoted titles and nicknames: "the book “Fire and Fury”", "dubbed “Rocket Man”"."""
    raw_before = text[max(0, sp.open - 30) : sp.open]
    if raw_before.endswith("="):
        return True
    content = text[sp.start : sp.end]
    before = raw_before.lower().split()
    if before and before[-1].strip(",:") in LABEL_CUE_WORDS:
        return True  # "the so-called “assault on the press”", "dubbed “Rocket Man”"
    if content[:1].isupper() or content[:1].isdigit():
        if before and before[-1].strip(",:") in _TITLE_OR_LABEL:
            return True
        if len(before) >= 2 and before[-2] in _TITLE_OR_LABEL:
            return True
    if _called(raw_before, before):
        return True  # "what's called a “clean CR”": a term, said by nobody
    if _thing_called(raw_before, before):
        return True  # "a meat product called “pink slime”": a name, said by nobody
    if _TERM_BEFORE_RE.search(raw_before) and len(content.split()) <= TERM_WORDS:
        return True  # "the word “obstructionism”", "the practice of “catch and release”"
    return _title_case(content)


def _called(raw_before: str, before: list[str]) -> bool:
    """``_CALLED_RE.search(raw_before)``, run only when "called" is among the last words
    (BEFORE: RAW_BEFORE lower-cased and split) or "known" is in it, as every match needs."""
    gate = "called" in before[-3:] or "known" in raw_before.lower()
    return gate and _CALLED_RE.search(raw_before) is not None


def _thing_called(raw_before: str, before: list[str]) -> bool:
    """Whether RAW_BEFORE ends in a thing named: "a growing phenomenon called" (no person:
    "a spokesman called", "a move he called")."""
    n = len(before)
    k = next((i for i in range(n - 1, max(-1, n - 3), -1) if before[i] in _NAMING), -1)
    if k < 1 or before[k - 1] in _PERSON_HEADS:
        return False
    return _THING_CALLED_RE.search(raw_before) is not None


_NAMING: Final = frozenset({"called", "named", "dubbed"})


def _title_case(content: str) -> bool:
    """Whether quoted words look like a title or a name: "Face the Nation", "Morning Joe"."""
    words = content.rstrip(",.").split()
    if not words or len(words) > 8 or any(c in content.rstrip(",.") for c in ".!?:;"):
        return False
    if not content[:1].isupper():
        return False
    caps = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return (
        bool(caps)
        and all(w[:1].isupper() or w[:1].isdigit() for w in caps)
        and (len(words) >= 2 or (content[:1].isupper() and not content.rstrip().endswith(",")))
    )


_NEXT_NAME_RE: Final = re.compile(r" ([A-Z][a-z][\w.]*)")
_DETERMINER_END_RE: Final = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he|[A-Z][a-z]+)\s+$")
_NAMING_BEFORE_RE: Final = re.compile(r"\b(?:call(?:s|ed)?|refers? to)\s+(?:an?|the)\s+$")
"""'what he called the “insufferable childishness” Trump displays': his words, an object."""


def is_modifier(masked: str, sp: QuoteSpan) -> bool:
    """Quoted words used as a modifier of the next noun: a federal “supermax” prison."""
    m = _NEXT_WORD_RE.match(masked, sp.close)
    return m is not None and m.group(1) not in MODIFIER_STOP_WORDS


def modifies_name(text: str, sp: QuoteSpan) -> bool:
    """'a “shocked” Mr. Gates', 'Feminist “icon” Gloria Steinem': one quoted word between
    "a", "the" or a capitalised word and a name describes the person named (not a place: 'a
    “diminished” America' is the speaker's word)."""
    m = _NEXT_NAME_RE.match(text, sp.close)
    if m is None or m.group(1).lower().rstrip(".") in PLACES:
        return False
    content = text[sp.start : sp.end]
    if not content.isalpha():
        return False
    before = text[max(0, sp.open - 30) : sp.open]
    return _DETERMINER_END_RE.search(before) is not None and not _NAMING_BEFORE_RE.search(before)


def stands_alone(st: State, q: Quote, ss: int, se: int) -> bool:
    """A quotation that is a whole sentence or paragraph of its own (a continued quote)."""
    sp = q.span
    if se - ss > MAX_SENTENCE:
        return False
    outside = st.masked[ss:se].replace(MASK, "")
    if word_count(outside) > 2:
        return False
    content = st.text[sp.start : sp.end]
    return word_count(content) >= 3 and bool(_CAP_START_RE.match(content))


def is_direct(text: str, sp: QuoteSpan, masked: str, ss: int) -> bool:
    content = text[sp.start : sp.end]
    m = _FIRST_CHAR_RE.match(content)
    if m is None:
        return False
    first = m.group(1)
    if not (first.isupper() or first.isdigit()):
        return False
    n = word_count(content)
    return n >= 4 or (n >= 1 and content.rstrip()[-1:] in ".!?,…")
