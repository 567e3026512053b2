"""Copies of one statement: when two items are the same statement beyond doubt.

Syndication repeats an article under other outlets and headlines, so every quote and claim in
it comes back word for word. Such copies need no reviewer; they are grouped by the linking
service (`factdb.services.grouping`). Two items are copies when their speakers are one
(`same_speaker`: neither has one, or the name words of one are all in the other's, as
"Ebbesen" in "Marta Ebbesen": a copy missing the paragraph that gave the full name still names
the same person) and:

1. the same words: equal after `normalize.normalize_text` (case, punctuation, quote marks and
   dashes do not count) once a leading dateline ("PORTO VELHA, March 3 (Meridian Wire) –") is
   cut off. A quote of fewer than `LONG_QUOTE_WORDS` words must also stand in the same
   sentence (so cut, in the same way), since a few words ("a turning point") recur in
   unrelated articles; a claim, whose text is its sentence, needs a sentence of that many
   words and the same quantity (value, unit and the quantity as written), since one sentence
   may hold several claims. `copy_key` gives these
   as a key, so that copies are found by a dictionary lookup, without scoring; or
2. a short one (rule 1 does not apply: "1.", "turning point" in another sentence) with the
   same words, quantity and speaker, in an article that is itself a copy of the other's: the
   two articles share at least `SYNDICATED_SHARED` statements that rule 1 found copies
   (`short_key`; `factdb.services.grouping` counts the shared statements);
3. a trivial edit: the same number of words (at least `LONG_QUOTE_WORDS`), of which at most
   `MAX_VARIANTS` differ, each a spelling variant of the other ("honor" and "honour",
   "metres" and "meters": the same first letter, RapidFuzz ratio at least `SPELLING_RATIO`,
   neither a prefix of the other, so "increase" and "increased" are not), none a number and
   none written with a capital (a name). `trivial_edit` tells this for a scored pair.
"""

from __future__ import annotations

import re
from collections.abc import Hashable

from rapidfuzz import fuzz

from factdb.link.normalize import normalize_text, page_chrome, speaker_key, tokens
from factdb.link.records import LinkItem
from factdb.vocab import LinkKind

LONG_QUOTE_WORDS = 8
SYNDICATED_SHARED = 2
MAX_VARIANTS = 2
SPELLING_RATIO = 80.0

# A city in capitals, an optional date, an optional (Outlet), then a dash: the dateline that
# opens the first paragraph of a wire story.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]{2,40}(?:,[^()\n–—]{1,40}?)?\s*(?:\([^()\n]{1,60}\))?\s*[–—-]{1,2}\s+"
)
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*")
_DIGIT = re.compile(r"\d")


def strip_dateline(text: str) -> str:
    """TEXT without a leading wire dateline, if it has one."""
    match = _DATELINE.match(text)
    return text[match.end() :] if match else text


def words_of(text: str) -> str:
    """TEXT as compared for copies: normalised, without a leading dateline."""
    return normalize_text(strip_dateline(text))


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two canonical speakers' names name one source for copies (or neither names one)."""
    ka, kb = speaker_key(a), speaker_key(b)
    if not ka or not kb:
        return not ka and not kb
    return ka <= kb or kb <= ka


def copy_key(
    item: LinkItem, sentence: str | None = None, *, words: str | None = None
) -> Hashable | None:
    """The key that copies of ITEM share (rule 1), or None when its words alone cannot tell or
    it is a web page's sign-up form (`normalize.page_chrome`).

    SENTENCE is the sentence a quote stands in; a short quote without it has no key. The
    speakers of two items of one key must still be `same_speaker`. WORDS, when given, is
    `words_of(item.text)` already computed.
    """
    if page_chrome(item.text):
        return None  # a sign-up form repeated on every page is no statement
    if words is None:
        words = words_of(item.text)
    long = len(tokens(words)) >= LONG_QUOTE_WORDS
    if item.kind is LinkKind.CLAIM:
        # A claim's text is its sentence; a short one ("1.", a list item) says too little.
        if not long:
            return None
        quantity = normalize_text(item.quantity or "")
        return ("claim", words, item.value, item.value_max, item.unit, quantity)
    if not words:
        return None
    if long:
        return ("quote", words)
    if sentence is None:
        return None
    return ("quote", words, words_of(sentence))


def short_key(item: LinkItem, *, words: str | None = None) -> Hashable | None:
    """The key of an item too short for `copy_key` (rule 2), or None when it has no words.

    WORDS, when given, is `words_of(item.text)` already computed.
    """
    if words is None:
        words = words_of(item.text)
    if not words or page_chrome(item.text):
        return None
    if item.kind is LinkKind.CLAIM:
        quantity = normalize_text(item.quantity or "")
        return ("claim", words, item.value, item.value_max, item.unit, quantity)
    return ("quote", words)


def _same_quantity(a: LinkItem, b: LinkItem) -> bool:
    return (a.value, a.value_max, a.unit) == (b.value, b.value_max, b.unit)


def _capitalised(text: str) -> set[str]:
    return {w.lower() for w in _CAPITALISED.findall(text)}


def _spelling_variant(x: str, y: str) -> bool:
    if x[0] != y[0] or x.startswith(y) or y.startswith(x):
        return False
    if _DIGIT.search(x) or _DIGIT.search(y):
        return False
    return fuzz.ratio(x, y) >= SPELLING_RATIO


def trivial_edit(a: LinkItem, b: LinkItem) -> str | None:
    """Why A and B are copies (rule 1, or rule 3), or None if they are not (or cannot tell).

    Neither item's sentence is at hand here, so items of fewer than `LONG_QUOTE_WORDS` words
    are never copies by this test. The reason is said for a reviewer: "same words" or "same
    words but for spelling: honor / honour".
    """
    if a.kind is not b.kind or not same_speaker(a.speaker, b.speaker):
        return None
    if a.kind is LinkKind.CLAIM and not _same_quantity(a, b):
        return None
    wa, wb = tokens(words_of(a.text)), tokens(words_of(b.text))
    if len(wa) != len(wb) or len(wa) < LONG_QUOTE_WORDS:
        return None
    if wa == wb:
        return "same words"
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differing) > MAX_VARIANTS:
        return None
    names = _capitalised(a.text) | _capitalised(b.text)
    for x, y in differing:
        if x in names or y in names or not _spelling_variant(x, y):
            return None
    return "same words but for spelling: " + ", ".join(f"{x} / {y}" for x, y in differing)
