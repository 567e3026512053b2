"""Tokens of the masked text, name-word tests and the Mention record speakers are built from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat
from typing import Final

from factdb.extract.text.lexicon import (
    AUX_WORDS,
    FUNCTION_HEADS,
    NAME_PARTICLES,
    NAME_STOPWORDS,
    NOT_HEADS,
    PERSON_TITLES,
    PRONOUNS,
    TITLES_NORM,
)

_TOKEN_RE: Final = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w’'.&\-]*|[,()\x01:;—–]|(?<= )-(?= )")
"""Words and punctuation; a hyphen between spaces is a dash ("Mr Booker - who ... - said")."""
_RUN_TOKEN_RE: Final = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w’'.&\-]*|\x01+|[,():;—–]|(?<= )-(?= )")
"""The same, but for a run of a quotation's blanked characters found as one match."""


_POSS_RE: Final = re.compile(r"[’']s?$")


INITIAL_RE: Final = re.compile(r"[A-Z]\.")


@dataclass(slots=True)
class Mention:
    """A speaker mention: offsets of the words the attribution rests on, and what they are."""

    start: int
    end: int
    text: str
    kind: str
    """One of "name", "pronoun", "np" (a described source), "joint" (two names)."""
    head: str = ""
    """The head noun of a described source ("official"), or the pronoun in lower case."""
    description: str | None = None
    parts: list[str] = field(default_factory=list)
    """For joint mentions: the names joined by "and"; for nps: modifiers after a preposition."""
    indefinite: bool = False
    lead: int = -1
    """Where the words of the speaker's noun phrase begin, titles included."""

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.start


def tokens(masked: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Tokens of ``masked[start:end]`` (windows are short: scanning beats indexing).

    The bounded scan tokenises as the window does, but for a dash at its very start, whose
    look-behind sees the space before the window: that one is dropped. On the windows speakers
    are read from (60 to 300 characters) a comprehension over ``finditer`` is some 10% cheaper
    than splitting on the grouped pattern and summing lengths.
    """
    if masked.find("\x01", start, end) < 0:
        out = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(masked, start, end)]
    else:
        out = _masked_tokens(masked, start, end)
    if out and out[0][1] == start and out[0][0] == "-":
        del out[0]
    return out


def _masked_tokens(masked: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """``tokens`` of a window holding a quotation: each of its blanked characters is a token
    (most of such a window's tokens), made from the run's one match in one step."""
    out: list[tuple[str, int, int]] = []
    for m in _RUN_TOKEN_RE.finditer(masked, start, end):
        a, b = m.span()
        if masked[a] == "\x01":
            out.extend(zip(repeat("\x01", b - a), range(a, b), range(a + 1, b + 1), strict=True))
        else:
            out.append((m.group(), a, b))
    return out


class _CleanCache(dict[str, str]):
    """Cleaned tokens by token: a hit is one C-level lookup, a miss computes (and keeps 50,000)."""

    def __missing__(self, tok: str) -> str:
        out = tok.rstrip(".,").lower().replace("’", "'")
        if len(self) < 50_000:
            self[tok] = out
        return out


_CLEAN_CACHE: Final = _CleanCache()
clean: Final = _CLEAN_CACHE.__getitem__
"""A token lower-cased, without trailing full stop or comma, with straight apostrophes."""


def is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and False)


_PREFIXED_RE: Final = re.compile(r"(?:al|el|ad|ar|as|at|bin|ibn|abu)-[A-Z][a-z]")
"""A surname after a lower-case Arabic particle ("Abdurrahim el-Keib", "Abu Bakr al-Baghdadi")."""


def is_name_token(tok: str) -> bool:
    """A capitalised word that could be part of a proper name."""
    if not tok[:1].isupper():
        # The hyphen test first: most tokens are lower-case words, read here by the thousand.
        return (tok[2:3] == "-" or tok[3:4] == "-") and _PREFIXED_RE.match(tok) is not None
    if INITIAL_RE.fullmatch(tok):
        return True  # "Peter A. Brown"
    low = clean(tok)
    if low.endswith("'s"):
        return False
    return low not in NAME_STOPWORDS or low in ("may", "will", "mark", "june", "april")


def strip_possessive(text: str) -> str:
    return _POSS_RE.sub("", text)


def name_run_back(toks: list[tuple[str, int, int]], i: int) -> int:
    """Index of the first token of the capitalised run ending at token *i*."""
    j = i
    while j - 1 >= 0:
        t = toks[j - 1][0]
        low = clean(t)
        if is_name_token(t) or (low in NAME_PARTICLES and j - 2 >= 0 and is_cap(toks[j - 2][0])):
            j -= 1
            continue
        if low == "of" and j - 2 >= 0 and is_name_token(toks[j - 2][0]):
            j -= 1
            continue
        break
    return j


def split_title(words: list[str]) -> int:
    """Number of leading title/nationality words in a capitalised run ("U.S. President Joe")."""
    n = 0
    while n < len(words) - 1:
        low = clean(words[n]).replace(".", "")
        if low in TITLES_NORM or low == "of":
            n += 1
            continue
        break
    # A place before the title: "Charlotte Mayor Jennifer Roberts", "New Jersey Gov. Chris".
    for t in range(len(words) - 2, n - 1, -1):
        if clean(words[t]).replace(".", "") in PERSON_TITLES:
            return t + 1
    return n


def core_tokens(name: str) -> list[str]:
    words = name.replace("’", "'").split()
    n = split_title(words)
    words = words[n:]
    while words and clean(words[0]) in ("the",):
        words = words[1:]
    return [strip_possessive(w.rstrip(",.")) if not INITIAL_RE.fullmatch(w) else w for w in words]


def generic_head(head: str) -> bool:
    """A lower-case noun that may head a described speaker ("the governor", "the candidate")."""
    return (
        head.isalpha()
        and head not in NOT_HEADS
        and head not in AUX_WORDS
        and head not in NAME_STOPWORDS
        and head not in PRONOUNS
        and head not in FUNCTION_HEADS
        and not head.endswith(("ly", "ing"))
    )
