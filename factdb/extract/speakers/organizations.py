"""Organisations under one canonical name, their variants as aliases, from an extendable list.

The built-in list is ``data/organizations.txt``; a file of the same format named by the
``FACTDB_ORGANIZATIONS`` environment variable adds to it (a variant listed there wins). Each line
is a canonical name and its variants separated by ``|``; ``#`` starts a comment.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

from factdb.extract.speakers.names_parse import PLACES, SPEAKERS_DATA
from factdb.extract.text.lexicon import CLAUSE_OPENERS
from factdb.extract.text.wordlists import rows

ENV_VAR: Final = "FACTDB_ORGANIZATIONS"
_NOISE_RE: Final = re.compile(r"^the\s+|[.’']", re.IGNORECASE)
_SURNAME_PREFIX_RE: Final = re.compile(
    r"^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Lo|Van|Vander|Von)(?=[A-Z])"
)
"""Prefixes after which a surname goes on with a capital ("McMaster", "DeSantis", "LaHood")."""
_INNER_CAPITAL_RE: Final = re.compile(r"[a-z][A-Z]|[A-Za-z][0-9]+$|[A-Za-z]/[A-Z]")
"""A capital right after a lower-case letter ("ViacomCBS", "BuzzFeed", "FiveThirtyEight"),
digits ending a word ("Flightradar24", "France24") or two names joined by a slash
("Reuters/Ipsos")."""
_DIGIT_INSIDE_RE: Final = re.compile(r"[0-9][A-Za-z]")
_GLUED_HEAD_RE: Final = re.compile(r"([A-Z][a-z]+)[A-Z]")
BODY_CACHE: Final = 8192
MAX_ACRONYM: Final = 5
"""An acronym has at most this many letters."""


def org_key(name: str) -> str:
    """A variant's look-up key: lower case, no leading "the", no full stops or apostrophes."""
    return " ".join(_NOISE_RE.sub("", name.strip()).lower().split())


def _parse(lines: list[list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for fields in lines:
        names = [f for f in fields if f]
        for variant in names:
            out[org_key(variant)] = names[0]
    return out


@cache
def _builtin() -> dict[str, str]:
    return _parse(rows("organizations", SPEAKERS_DATA, sep="|"))


@cache
def _user(path: str) -> dict[str, str]:
    text = Path(path).read_text(encoding="utf-8")
    lines = [
        line.split("|")
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    return _parse([[f.strip() for f in line] for line in lines])


def variants() -> dict[str, str]:
    """Every known variant key and its canonical name, the user's file included."""
    return _table(_user_path())


def _user_path() -> str | None:
    """The user's file of variants, when the environment names one that exists."""
    path = os.environ.get(ENV_VAR)
    return path if path and Path(path).is_file() else None


@cache
def _table(path: str | None) -> dict[str, str]:
    """The built-in variants with the user's file over them (built once per file)."""
    table = dict(_builtin())
    if path is not None:
        table.update(_user(path))
    return table


def org_shaped(word: str) -> bool:
    """Whether WORD, a name of one word, is written as only bodies write theirs: with a capital
    inside after a lower-case letter ("ViacomCBS", "PepsiCo", "HuffPost"), unless a surname's
    prefix explains it ("McConnell", "DeSantis"); with digits at its end ("Flightradar24"); or
    as two names joined by a slash ("PRRI/Atlantic"). A person's name is none of these."""
    if not word[:1].isupper() or _DIGIT_INSIDE_RE.search(word):
        return False  # "PfASkm7vah": a link's code, no name
    found = _INNER_CAPITAL_RE.search(_SURNAME_PREFIX_RE.sub("", word))
    if found is None:
        return False
    if "/" in word:
        # "ANALYSIS/OPINION": a section's label; pollsters' acronyms are short ("CNN/ORC").
        return not all(p.isupper() and len(p) > MAX_ACRONYM for p in word.split("/"))
    glued = _GLUED_HEAD_RE.match(word)
    # "WhileIsrael": a common word glued to a name by a scraped page, no body's name.
    return glued is None or glued.group(1).lower() not in CLAUSE_OPENERS


_WORDS_BEFORE_RE: Final = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w&’'.-]* ){1,2})$")
"""One or two capitalised words right before a name."""
WORDS_BEFORE_CHARS: Final = 40


def listed_with_words_before(text: str, start: int, name: str) -> tuple[int, str] | None:
    """Where a listed organisation starts and its canonical name, when NAME at START in TEXT
    is the end of it and the capitalised words before were read as a title ("General Motors",
    "Education Week"); None otherwise."""
    path = _user_path()
    if not _ends_listed_key(name, path):
        return None  # no variant ends in NAME's last word: most names, without the search
    found = _WORDS_BEFORE_RE.search(text, max(0, start - WORDS_BEFORE_CHARS), start)
    if found is None:
        return None
    words = found.group(1).split()
    table = _table(path)
    for k in range(len(words)):
        canonical = table.get(org_key(" ".join([*words[k:], name])))
        if canonical is not None:
            return start - len(" ".join(words[k:])) - 1, canonical
    return None


def body_or_place(words: list[str]) -> bool:
    """Whether capitalised WORDS name a place or a body, not a person (see `_body_or_place`)."""
    return _body_or_place(tuple(words), os.environ.get(ENV_VAR))


@lru_cache(maxsize=BODY_CACHE)
def _body_or_place(words: tuple[str, ...], _user_list: str | None) -> bool:
    """Whether capitalised WORDS end in a place or a listed organisation of two words or more
    ("Saudi Arabia", "St. Louis", "General Motors", "USA Today"), or are one word shaped as a
    body's name ("ViacomCBS"): nobody, whatever a first word that reads as a title. (A listed
    body of one word may be a surname: "Steve Forbes".)"""
    if len(words) == 1:
        return org_shaped(words[0])
    if not words:
        return False
    path = _user_list if _user_list and Path(_user_list).is_file() else None
    if not _may_end_listed(words[-1], path):
        return False
    table = _table(path)  # the user's list is part of the cache's key
    for k in range(len(words) - 1):
        tail = " ".join(words[k:])
        if tail.lower() in PLACES or org_key(tail) in table:
            return True
    return False


_PLACE_LASTS: Final = frozenset(p.rsplit(" ", 1)[-1] for p in PLACES)
"""The last word of every place: a run ending in another word ends in no place."""


@lru_cache(maxsize=BODY_CACHE)
def _may_end_listed(last: str, path: str | None) -> bool:
    """False when no place and no variant key of the table with the user's file at PATH ends in
    LAST, a run's last word, so that no tail of the run is one (most runs, told by one look-up
    of the word: an article repeats its surnames); True when one may."""
    key = org_key(last)
    return (
        not key
        or last.lower().rsplit(" ", 1)[-1] in _PLACE_LASTS
        or key.rsplit(" ", 1)[-1] in _key_lasts(path)
    )


@lru_cache(maxsize=BODY_CACHE)
def _ends_listed_key(name: str, path: str | None) -> bool:
    """False when no variant key of the table with the user's file at PATH ends in the last word
    of NAME's key, so that no key ending in NAME is listed; True when one may."""
    key = org_key(name)
    return not key or key.rsplit(" ", 1)[-1] in _key_lasts(path)


@cache
def _key_lasts(path: str | None) -> frozenset[str]:
    """The last word of every variant key of the table with the user's file at PATH."""
    return frozenset(k.rsplit(" ", 1)[-1] for k in _table(path))


def canonical_org(name: str) -> str:
    """The canonical name of organisation NAME, or NAME itself when no variant is known."""
    return variants().get(org_key(name), name)


def aliases_of(canonical: str) -> list[str]:
    """The variants listed for a canonical name (without the name itself)."""
    rows_ = [r for r in rows("organizations", SPEAKERS_DATA, sep="|") if r and r[0] == canonical]
    return [v for r in rows_ for v in r[1:]]
