"""Tying quotations to the cues of their sentence, and continued quotations to the last speaker."""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.lexicon import TELL_CUES
from factdb.extract.quote_spans import QuoteSpan

_TELL_QUOTE_RE: Final = re.compile(
    r"[\s,]*(?:(?!(?:he|she|they|we|I|it|you)\s)[\w’'.-]+,?\s+){0,6}?(?:that\s+)?(?=\x01)"
)


_THAT_QUOTE_RE: Final = re.compile(r"\s*(?:that\s+)?(?=\x01)")


_COLON_QUOTE_RE: Final = re.compile(
    r"[^\x01.;!?]{0,100}?:\s*(?=\x01)|\s+(?:of|about|to|on|at)\s+[^\x01.;!?,]{1,60},\s*(?=\x01)"
)


def skip_recipient(masked: str, pos: int, limit: int, word: str) -> int:
    """Skip "reporters" / "NAME on Friday" after a tell-like cue, and a following "that"."""
    if word in TELL_CUES:
        m = _TELL_QUOTE_RE.match(masked, pos, limit)
        if m is not None:
            return m.end()
    m = _THAT_QUOTE_RE.match(masked, pos, limit)
    if m is not None:
        return m.end()
    m = _COLON_QUOTE_RE.match(masked, pos, limit)
    if m is not None:
        return m.end()
    return pos


def set_off(text: str, masked: str, sp: QuoteSpan, edge: int) -> bool:
    """Whether a quotation before a speaker is set off by punctuation ("“...,” he said")."""
    inner = text[sp.start : sp.end].rstrip()
    if inner[-1:] in ",.!?…—–-:;":
        return True
    return any(c in ",—–-:" for c in masked[sp.close : edge])
