"""Person-name utilities shared across articles: a lookup key and a conservative same-person test.

``same_person`` merges "Joe Biden", "Joseph Biden" and "Joe R. Biden", never "Hunter Biden" and
"Joe Biden", and a bare surname ("Biden") only when its aliases carry a compatible full name.
Surnames may differ by a small spelling variant (RapidFuzz ratio), first names by a nickname, an
initial or a small spelling variant ("Hillary"/"Hilary").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz

from factdb.extract.text.lexicon import NATIONALITY_WORDS, TITLE_WORDS

_SUFFIXES: Final = frozenset(["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"])
_NICKNAMES: Final[dict[str, str]] = {
    "joe": "joseph",
    "joey": "joseph",
    "bill": "william",
    "will": "william",
    "billy": "william",
    "liam": "william",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "robbie": "robert",
    "mike": "michael",
    "mick": "michael",
    "jim": "james",
    "jimmy": "james",
    "jamie": "james",
    "tom": "thomas",
    "tommy": "thomas",
    "dick": "richard",
    "rick": "richard",
    "rich": "richard",
    "ricky": "richard",
    "dan": "daniel",
    "danny": "daniel",
    "dave": "david",
    "chris": "christopher",
    "kate": "katherine",
    "katie": "katherine",
    "kathy": "katherine",
    "cathy": "catherine",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betsy": "elizabeth",
    "lizzie": "elizabeth",
    "betty": "elizabeth",
    "tony": "anthony",
    "andy": "andrew",
    "drew": "andrew",
    "ted": "edward",
    "ed": "edward",
    "eddie": "edward",
    "ned": "edward",
    "nick": "nicholas",
    "matt": "matthew",
    "pat": "patrick",
    "steve": "stephen",
    "sam": "samuel",
    "ben": "benjamin",
    "alex": "alexander",
    "al": "albert",
    "greg": "gregory",
    "jeff": "jeffrey",
    "jon": "jonathan",
    "johnny": "john",
    "jack": "john",
    "chuck": "charles",
    "charlie": "charles",
    "hank": "henry",
    "harry": "henry",
    "larry": "lawrence",
    "jerry": "gerald",
    "ron": "ronald",
    "don": "donald",
    "donny": "donald",
    "ken": "kenneth",
    "tim": "timothy",
    "fred": "frederick",
    "frank": "francis",
    "sue": "susan",
    "meg": "margaret",
    "peggy": "margaret",
    "maggie": "margaret",
    "jen": "jennifer",
    "jenny": "jennifer",
    "vicky": "victoria",
    "becky": "rebecca",
    "abby": "abigail",
    "mitch": "mitchell",
    "newt": "newton",
    "barry": "barack",
    "hillary": "hillary",
}
_TITLES: Final = frozenset(w.rstrip(".") for w in TITLE_WORDS) | NATIONALITY_WORDS


def _ascii(s: str) -> str:
    if s.isascii():  # already decomposed, and no ASCII character is combining
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _tokens(name: str) -> list[str]:
    return list(_name_tokens(name))


@lru_cache(maxsize=65_536)
def _name_tokens(name: str) -> tuple[str, ...]:
    """`_tokens`, remembered: storing an archive compares the same names again and again."""
    s = _ascii(name).lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.sub(r"[^\w\s.-]", " ", s)
    s = s.replace("-", " ")
    toks = [t.strip(".") for t in s.split() if t.strip(".")]
    # Drop leading titles ("U.S. President", "Sen.") but keep a name that is only a title word.
    i = 0
    while i < len(toks) - 1 and (toks[i].replace(".", "") in _TITLES or toks[i] == "the"):
        i += 1
    toks = toks[i:]
    while len(toks) > 1 and toks[-1].replace(".", "") in _SUFFIXES:
        toks.pop()
    return tuple(t.replace(".", "") for t in toks)


def name_key(name: str) -> str:
    """A lookup key: no titles, accents, punctuation, case, suffixes or middle initials."""
    toks = _tokens(name)
    if len(toks) > 2:
        toks = [toks[0]] + [t for t in toks[1:-1] if len(t) > 1] + [toks[-1]]
    return " ".join(toks)


KEY_MAX: Final = 255
"""Registry keys are cut to this many characters (the column's size)."""


def registry_key(kind: str, name: str) -> str:
    """The key a speaker is unique by across the archive.

    People: their name without titles, accents, punctuation, case or middle initials, a suffix
    kept ("donald trump jr" is not "donald trump"). Organisations and documents: their kind and
    name words. The key of a correction's name equals the key of the same name met later.
    """
    if kind == "person":
        core = _tokens(name)
        suffix = [_suffix(name)] if _suffix(name) and len(core) > 1 else []
        if len(core) > 2:
            core = [core[0]] + [t for t in core[1:-1] if len(t) > 1] + [core[-1]]
        return " ".join(core + suffix)[:KEY_MAX]
    words = _tokens(name) if kind != "organization" else _org_words(name)
    return f"{kind}:{' '.join(words)}"[:KEY_MAX]


def _suffix(name: str) -> str:
    """ "jr" for "Donald Trump Jr.", "" for a name without a generational suffix."""
    last = _ascii(name).lower().replace(".", " ").replace(",", " ").split()[-1:]
    return last[0] if last and last[0] in _SUFFIXES - {"phd", "md", "esq"} else ""


def _org_words(name: str) -> list[str]:
    s = _ascii(name).lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s&-]", " ", s.replace(".", ""))
    words = s.split()
    return words[1:] if len(words) > 1 and words[0] == "the" else words


def _first_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if _NICKNAMES.get(a, a) == _NICKNAMES.get(b, b):
        return True
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 88


def _surname_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    return min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= 92


def _full_compatible(ta: list[str], tb: list[str]) -> bool:
    """Two names of at least two words each: same surname, compatible first and middle names."""
    if not _surname_compatible(ta[-1], tb[-1]):
        return False
    if not _first_compatible(ta[0], tb[0]):
        return False
    ma, mb = ta[1:-1], tb[1:-1]
    if ma and mb:
        return _first_compatible(ma[0], mb[0])
    return True


def same_person(
    a: str, b: str, *, a_aliases: Iterable[str] = (), b_aliases: Iterable[str] = ()
) -> bool:
    """Whether names *a* and *b* (with the aliases seen for each) denote the same person.

    Conservative: a bare surname never matches a full name on its own; it needs an alias of its
    own that is a compatible full name. Symmetric in (a, a_aliases) and (b, b_aliases).
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb or _suffix(a) != _suffix(b):
        return False  # "Donald Trump Jr." is not "Donald Trump"
    if len(ta) >= 2 and len(tb) >= 2:
        return ta == tb or _full_compatible(ta, tb)
    # At least one side is a single word: look for a full-name alias on that side.
    fulls_a = [t for t in (_tokens(x) for x in (a, *a_aliases)) if len(t) >= 2]
    fulls_b = [t for t in (_tokens(x) for x in (b, *b_aliases)) if len(t) >= 2]
    if len(ta) == 1 and len(tb) == 1:
        if not _surname_compatible(ta[0], tb[0]):
            return False
        if fulls_a and fulls_b:
            # Both sides say who they are: they must agree.
            return any(_full_compatible(x, y) for x in fulls_a for y in fulls_b)
        # The same bare word on both sides is the same key; otherwise we need full names.
        return ta == tb
    single, fulls_single, other = (ta, fulls_a, tb) if len(ta) == 1 else (tb, fulls_b, ta)
    if not _surname_compatible(single[0], other[-1]):
        return False
    return any(_full_compatible(x, other) for x in fulls_single)
