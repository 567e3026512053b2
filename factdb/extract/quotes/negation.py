"""Negated cues: "did not say", "never said", "declined to say whether" report nothing said."""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.quotes.state import Cue
from factdb.extract.text.lexicon import AUX_WORDS

NEGATION_WINDOW: Final = 60
"""The negation and the auxiliaries and adverbs after it fit in this many characters."""

_FILLERS: Final = "|".join(
    re.escape(w) for w in sorted(AUX_WORDS - {"not", "never", "n't"}, key=len, reverse=True)
)
_NEGATED_RE: Final = re.compile(
    r"(?:n[’']t|(?<![\w’'])(?:not|never|cannot|(?:declined|declines|declining|refused|refuses|"
    rf"refusing)\s+to))(?:\s+(?:{_FILLERS}|ever|yet))*\s+$",
    re.IGNORECASE,
)
"""A negation right before a cue, with only auxiliaries and adverbs between ("did not
immediately say", "has never publicly said", "didn't say", "declined to say whether"); "not
only said" keeps its clause, and "denied that ..." is a denial said, no negation."""


def negated(masked: str, cue: Cue) -> bool:
    """Whether a cue before its speaker's words is negated: "The story does not mention that
    ...", "He did not say whether ...": nothing is reported as said."""
    if cue.inverted:
        return False
    lo = max(0, cue.start - NEGATION_WINDOW)
    if cue.mention is not None and not cue.linked:
        lo = max(lo, cue.mention.end)
    return _NEGATED_RE.search(masked, lo, cue.start) is not None
