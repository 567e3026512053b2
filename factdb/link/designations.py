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

from factdb.link import normalize as nz

RUN_WORDS = 3
"""A run of fewer words than this ("Clinton's emails") is a name and a word, no phrase."""


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
