"""What two quotes call a named thing alike: the words around a name they share in one run.

Two people's statements of one story often name a person, a place or an affair by the same
long phrase with its title ("the investigation into former Secretary of State Hillary
Clinton's private email server", "Supreme Court nominee Brett Kavanaugh"). The phrase is the
news's name for what they speak of, rarer than most statements' words, and says nothing
either of them says of it.
`designation_stems` finds the content words of such phrases, so that what two people are said
to share can leave them out.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from factdb.link import normalize as nz

RUN_WORDS = 3
"""A run of fewer words than this ("Clinton's emails") is a name and a word, no phrase."""


@lru_cache(maxsize=16384)
def titled_name_stems(
    a: str, b: str, names: frozenset[str], titles: frozenset[str]
) -> frozenset[str]:
    """The stems of each title written just before a name, with that name, in a run as
    `designation_stems` finds it: the titles (TITLES, written in lower case, so no name word)
    and the name words (NAMES, no title) of "special counsel Robert Mueller" or "national
    security adviser Michael Flynn". What one speaker calls someone
    in two statements is his name for them; the rest of the run ("the investigation into
    former Secretary of State Hillary Clinton's private email server") may be his statement,
    and so may a run in which a name and a title stand apart ("you'd never have a Republican
    elected in this country again", "his friend, Mark Judge")."""
    if not names:
        return frozenset()
    ta, tb = nz.tokens(a), nz.tokens(b)
    found: set[str] = set()
    for start, _, size in SequenceMatcher(None, ta, tb, autojunk=False).get_matching_blocks():
        if size >= RUN_WORDS:
            found.update(
                _titled(tuple(nz.stem(t) for t in ta[start : start + size]), names, titles)
            )
    return frozenset(found)


def _titled(stems: tuple[str, ...], names: frozenset[str], titles: frozenset[str]) -> set[str]:
    """The titles and name words of each title-and-name of STEMS (see `titled_name_stems`)."""
    found: set[str] = set()
    for i, (title, name) in enumerate(pairwise(stems)):
        if title not in titles or title in names or name not in names or name in titles:
            continue  # "our great Republican Agenda": a capitalised title is a name's word
        first, last = i, i + 1
        while first > 0 and stems[first - 1] in titles:
            first -= 1
        while last + 1 < len(stems) and stems[last + 1] in names:
            last += 1
        found.update(stems[first : last + 1])
    return found


@lru_cache(maxsize=16384)
def designation_stems(
    a: str, b: str, names: frozenset[str], titles: frozenset[str]
) -> frozenset[str]:
    """The content stems of each run of at least `RUN_WORDS` words written alike in one order
    in the normalised texts A and B that holds one of NAMES (shared name stems) and one of
    TITLES (stems of words naming a role: "secretary", "nominee", "adviser"). A run of a name
    and no title ("a free and open Indo-Pacific", "neo-Nazis, white supremacists") may be what
    is said, a phrase of one statement told by two people."""
    if not names:
        return frozenset()
    ta, tb = nz.tokens(a), nz.tokens(b)
    found: set[str] = set()
    for start, _, size in SequenceMatcher(None, ta, tb, autojunk=False).get_matching_blocks():
        if size < RUN_WORDS:
            continue
        stems = nz.content_stems(" ".join(ta[start : start + size]))
        if not names.isdisjoint(stems) and not titles.isdisjoint(stems):
            found.update(stems)
    return frozenset(found)
