"""The noun a count counts, a few words on: "3,000 US troops", "159 of the state's counties".

A count keeps its counted noun as its unit (singular), so that "three Americans" is not a bare
3. After the number, and after "of the" with an optional possessive or number ("297 of the 349
residents"), up to `MAX_MODIFIERS` modifiers may stand before the noun ("five current and
former Deutsche Bank employees", "two heavily D counties", "608 US troops", "50 COVID-19
deaths"). The noun is a known count noun, a
lower-case plural, or a capitalised plural of people ("13 Russians", "38 Republicans").
"""

from __future__ import annotations

import re

from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.measured import singular
from factdb.extract.text.wordlists import words

MAX_MODIFIERS = 5
_WORD_RE = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z’'.&-]*(?:(?<=[A-Z-])\d+[A-Za-z]*)?)")
"""A word, with figures after a capital or a hyphen as in a name ("COVID-19", "N95", "IR-6")."""
_SMALL_NUMBER_WORD = "|".join(sorted(lx.SMALL_NUMBERS, key=len, reverse=True))
_OF_THE_RE = re.compile(
    r"\s+of\s+(?:(?:the|those|its|their)\s+)?"
    rf"(?:[\w.-]+['’]s?\s+|\d[\d,]*\s+|(?:{_SMALL_NUMBER_WORD})\s+(?=[a-z]))?"
)
_PEOPLE_PLURAL_RE = re.compile(r"[A-Z][a-z]+(?:ans|ats|ists|ites|ers|ese|anics|inos|inas|ims)")
_PEOPLE_PLURALS = words("people_plurals")
_PUNCT_RE = re.compile(r"[,;:()\"“”]")
_SKIPPED = frozenset({"and", "or", "other", "more", "new", "separate", "different"})


def is_plural(word: str) -> bool:
    """Whether WORD reads as a lower-case plural noun ("ballots"; not "its", "news", "glass")."""
    low = word.lower()
    return (
        word.islower()
        and low.endswith("s")
        and len(low) > 3
        and low not in lx.NOT_COUNT_NOUNS
        and low not in lx.MEASURES_STOP_WORDS
        and not low.endswith(("ss", "us", "ous", "is", "ics"))
    )


_MEN_SINGULARS = frozenset(
    [
        "abdomen",
        "acumen",
        "albumen",
        "amen",
        "bitumen",
        "cyclamen",
        "dolmen",
        "foramen",
        "gravamen",
        "hymen",
        "lumen",
        "omen",
        "regimen",
        "semen",
        "specimen",
        "stamen",
        "yemen",
    ]
)


def _men_plural(word: str) -> bool:
    """Whether WORD, in lower case, is a plural in "-men" ("congressmen", "gunmen", "firemen";
    not "women" and "men", which are count nouns, nor "specimen", "regimen", "Yemen")."""
    return word.islower() and word.endswith("men") and len(word) > 5 and word not in _MEN_SINGULARS


def _people_plural(word: str) -> bool:
    """Whether WORD is a capitalised plural of a people or a faith: "Americans", "Latinos",
    "Jews", "Kurds" (the last from ``people_plurals``, whose endings say nothing)."""
    return bool(_PEOPLE_PLURAL_RE.fullmatch(word)) or (
        word[:1].isupper() and word.lower() in _PEOPLE_PLURALS
    )


def _acronym(word: str) -> bool:
    """Whether WORD is a capitalised abbreviation ("US" of "608 US troops"), not the pronoun."""
    return len(word) > 1 and word.isupper()


def counted_noun(
    s: str, pos: int, *, modifiers: bool = True, partitive: bool = True
) -> tuple[str, str, int, bool] | None:
    """The counted noun after position POS of S: (as written, singular, end, through "of"), or
    None. Through "of" ("297 of the 349 residents") the claim keeps only its figure, so that
    the number after "of" stays a claim of its own. Without PARTITIVE ("two thirds of voters")
    no noun is looked for after "of".

    With MODIFIERS false only the word right after POS is looked at (a year-like figure is a
    count only when its noun follows at once: "2019 officials" is rare, "in 2019 US officials"
    common).
    """
    if s[pos : pos + 1] == "+":
        pos += 1  # "20k+ votes"
    of = _OF_THE_RE.match(s, pos) if partitive else None
    at = of.end() - 1 if of else pos
    for i in range(MAX_MODIFIERS + 1 if modifiers else 1):
        m = _WORD_RE.match(s, at)
        if m is None or _PUNCT_RE.search(s, at, m.start("w")):
            return None
        word = m.group("w").rstrip(".").rstrip("-")  # "donors-- one of them": a dash glued on
        low = word.lower()
        if low in lx.SMALL_NUMBERS or low in lx.SCALE_WORDS:
            return None  # another number: "zero point zero eight equals" is not counted
        if low in lx.COUNT_NOUNS:
            return word, lx.COUNT_NOUNS[low], m.start("w") + len(word), of is not None
        if _men_plural(word):  # "13 Republican congressmen"
            return word, word[:-3].lower() + "man", m.start("w") + len(word), of is not None
        if is_plural(word) or (_people_plural(word) and i < MAX_MODIFIERS):
            noun = singular(word if word[0].isupper() else low)
            return word, noun, m.start("w") + len(word), of is not None
        if low in lx.MEASURES_STOP_WORDS and not (i and low in _SKIPPED) and not _acronym(word):
            return None
        at = m.end()
    return None
