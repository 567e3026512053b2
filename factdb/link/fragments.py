"""Words a quote quotes itself: an outlet's verbatim excerpt inside its own sentence.

An outlet that reports a statement in its own words often keeps a few of the speaker's words
in quotation marks ("any effort ... would be a “suicide mission for our country.”"), while
another outlet prints the statement whole ("This is a suicide mission,"). The text model reads
two sentences of other wording; the marked words say that these words were said. `quoted` finds
the marked excerpts of a text (`quoted_excerpts`) written word for word in another quote, and
`longest_run` the longest run of words two texts share in one order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factdb.link import normalize as nz

_MARKED = re.compile(r"[\u201c\"]([^\u201c\u201d\"]+)[\u201d\"]")
"""A run of text between an opening and a closing quotation mark (straight or curly)."""
_WORD = re.compile(r"\w")


@lru_cache(maxsize=65536)
def quoted_excerpts(text: str) -> tuple[tuple[str, ...], ...]:
    """The words (normalised, `normalize.tokens`) of each excerpt TEXT writes between quotation
    marks, when it is a part of TEXT and not all of it (a quote wrapped whole in marks is no
    excerpt of itself)."""
    found: list[tuple[str, ...]] = []
    for match in _MARKED.finditer(text):
        if not _WORD.search(text, 0, match.start()) and not _WORD.search(text, match.end()):
            continue  # nothing outside the marks: the whole quote
        words = tuple(nz.tokens(nz.normalize_text(match.group(1))))
        if words and words not in found:
            found.append(words)
    return tuple(found)


def longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """The longest run of consecutive words of A also written consecutively in B (the first
    found when several are as long)."""
    best_end, best_len = 0, 0
    previous = [0] * (len(b) + 1)
    for i, word in enumerate(a, 1):
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if word == other:
                current[j] = previous[j - 1] + 1
                if current[j] > best_len:
                    best_end, best_len = i, current[j]
        previous = current
    return a[best_end - best_len : best_end]
