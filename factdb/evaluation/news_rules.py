"""The scoring rules of `factdb eval news`: when spans match and when a speaker is right.

Spans: a prediction matches a gold item when each covers at least 30% of the other, or when
half of one lies inside the other.

Speakers: the stored canonical name is right when it equals the gold name or one of its
aliases, titles and middle initials aside (case, accents and punctuation too), or, for what the
database stores, equals one of the full names the registry holds for that speaker; where the gold
is a single word (the article gives only a surname), a fuller name ending in it is right. An
anonymous gold (``anonymous: a senior official``) accepts no name, or a description with the
same head noun ("senior official", "officials").

Junk speakers: stored names that are pronouns, lower-case words, all-capitals words (a
dateline such as WASHINGTON, "QE3") unless the article's gold names that speaker so, or a
dateline word at the top of the article.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from factdb.evaluation.news_data import ANONYMOUS_PREFIX, GoldQuote

MATCH_EACH: Final = 0.3
"""Each span must cover this share of the other ..."""
MATCH_INSIDE: Final = 0.5
"""... or this share of one must lie inside the other."""
DATELINE_WINDOW: Final = 60
"""A dateline is an all-capitals word this close to the start of the article."""

# Compact word lists of the scorer (SIM905 would spell them out one word a line).
_TITLES: Final = frozenset(
    """mr mrs ms miss dr sen senator rep representative gov governor president vice
    secretary gen general judge justice attorney prime minister chancellor lord sir dame
    rev pastor adm admiral col colonel lt capt captain sgt sheriff mayor chairman
    chairwoman speaker leader former the us u.s uk""".split()  # noqa: SIM905
)
_PRONOUNS: Final = frozenset(
    """i me my we us our you he him his she her it its they them their who this that""".split()  # noqa: SIM905
)
_DETERMINERS: Final = frozenset(
    """a an the one some two three several many most other""".split()  # noqa: SIM905
)
_PREPOSITIONS: Final = frozenset(
    """for of at from in with by on familiar tracking representing who close""".split()  # noqa: SIM905
)
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    """The matching rule of the module docstring."""
    lp, lg = pred[1] - pred[0], gold[1] - gold[0]
    if lp <= 0 or lg <= 0:
        return False
    ov = overlap(pred, gold)
    each = ov >= MATCH_EACH * lp and ov >= MATCH_EACH * lg
    return each or ov >= MATCH_INSIDE * lp or ov >= MATCH_INSIDE * lg


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name_words(name: str) -> list[str]:
    """A name's words for comparison: no titles, middle initials, case, accents or punctuation."""
    s = _ascii(name).lower().replace("’", "'")
    s = re.sub(r"'s?\b", "", s)
    s = re.sub(r"[^\w\s-]", " ", s.replace(".", " ")).replace("-", " ")
    words = s.split()
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return words


def _head(description: str) -> str:
    """The head noun of a source's description, singular: "officials for X" -> "official"."""
    words = name_words(description)
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    if len(words) > 1 and words[0] in _PREPOSITIONS:
        # "one of the senior officials": the quantifier went, then "of"
        words.pop(0)
        while words and words[0] in _DETERMINERS:
            words.pop(0)
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS and i > 0), len(words))
    words = words[:cut]
    if not words:
        return ""
    head = words[-1]
    return head[:-1] if len(head) > 3 and head.endswith("s") and not head.endswith("ss") else head


def speaker_right(
    pred: str | None, pred_anonymous: bool, gold: GoldQuote, pred_aliases: tuple[str, ...] = ()
) -> bool:
    """Whether the stored speaker of a prediction is right for GOLD (module docstring).

    PRED_ALIASES are the other full names the registry holds for the stored speaker ("Hillary
    Rodham Clinton" for "Hillary Clinton"): each of two words or more counts as its name.
    """
    if pred is not None and not pred_anonymous:
        fuller = [a for a in pred_aliases if len(name_words(a)) > 1]
        if any(_name_right(a, gold) for a in fuller):
            return True
    if gold.speaker is None:
        return pred is None
    if gold.anonymous:
        if pred is None:
            return True
        desc = gold.speaker[len(ANONYMOUS_PREFIX) :]
        return _head(pred) != "" and _head(pred) == _head(desc)
    if pred is None or pred_anonymous:
        return False
    return _name_right(pred, gold)


def _name_right(pred: str, gold: GoldQuote) -> bool:
    """Whether the name PRED is the named speaker of GOLD (or, for a surname, ends in it)."""
    pw = name_words(pred)
    for g in (gold.speaker or "", *gold.aliases):
        gw = name_words(g)
        if pw == gw:
            return True
        if len(gw) == 1 and len(pw) > 1 and pw[-1] == gw[0]:
            return True
        if len(gw) == 2 and gw[-1] in _SUFFIXES and len(pw) > 2 and pw[-2:] == gw:
            return True
    return False


def junk_reason(name: str, text: str, gold_names: set[tuple[str, ...]]) -> str | None:
    """Why a stored speaker name is junk, or None when it is a plausible name."""
    words = name.split()
    if not words:
        return "empty"
    if name.lower() in _PRONOUNS:
        return "pronoun"
    if tuple(name_words(name)) in gold_names:
        return None
    if words[0][:1].islower():
        return "lower-case"
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        head = text[:DATELINE_WINDOW]
        return "dateline" if name in head else "all-capitals"
    return None
