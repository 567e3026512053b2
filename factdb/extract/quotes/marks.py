"""Quotation spans of an article, the masked text and sentences that never split a quotation."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Final

from factdb.extract.quotes.spans import QuoteSpan, find_double_quotes, find_single_quotes
from factdb.extract.quotes.state import MASK, MAX_SENTENCE
from factdb.extract.text.lexicon import CUE_WORDS
from factdb.extract.text.sentences import sentence_boundaries

HEADLINE_CHARS: Final = 300
"""A headline is shorter than this; only a headline's single marks are quotation marks."""

_RELATED_RE: Final = re.compile(
    r"\(?[ \t]*(?:More|MORE|SEE ALSO|See also|Also see|ALSO SEE|READ MORE|Read more|Read More|"
    r"Also read|ALSO READ|READ|Read|RELATED|Related|WATCH|Watch|Also on [A-Z]+)[ \t]*:[ \t]"
)
"""A link to a related story or video inside the article ("More: ...", "Read: ...", "WATCH:
...", "( Also on POLITICO: ...)"): a headline, whose quotations are in single marks like the
article's own headline, and whose label is no part of what it reports."""


def related_label_end(text: str, start: int, end: int) -> int:
    """Where the words of a related story's headline begin when its label ("More: ") opens
    ``[start, end)``, else START."""
    label = _RELATED_RE.match(text, start, end)
    return start if label is None else label.end()


def find_spans(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    spans = find_double_quotes(text, paras)
    opens = [sp.open for sp in spans]
    for k, (ps, pe) in enumerate(paras):
        label = None if k == 0 else _RELATED_RE.match(text, ps, pe)
        if pe - ps >= HEADLINE_CHARS or (k > 0 and label is None):
            continue
        if bisect.bisect_left(opens, ps) < bisect.bisect_left(opens, pe):
            continue  # double marks in the line: its single marks are apostrophes or nested
        if label is None:
            spans.extend(find_single_quotes(text, ps, pe))
        else:
            singles = find_single_quotes(text, label.end(), pe)
            spans.extend(sp for sp in singles if _colon_next(text, label.end(), pe, sp))
    spans.sort(key=lambda sp: sp.open)
    return spans


_COLON_AFTER_RE: Final = re.compile(r"\s*:")


def _colon_next(text: str, start: int, end: int, sp: QuoteSpan) -> bool:
    """Whether a colon sets the quotation off from its speaker in a related story's headline
    (``[start, end)`` after its label): "Kamala Harris: 'I will take executive action'", "'It's
    a shame': Trump describes ..."; its other single marks are scare quotes as often as words
    someone said."""
    if text[start : sp.open].rstrip().endswith(":"):
        return True
    return _COLON_AFTER_RE.match(text, sp.close, end) is not None


def mask_quotes(text: str, spans: list[QuoteSpan]) -> str:
    parts: list[str] = []
    last = 0
    for sp in spans:
        if sp.open < last:
            continue
        parts.append(text[last : sp.open])
        parts.append(MASK * (sp.close - sp.open))
        last = sp.close
    parts.append(text[last:])
    return "".join(parts)


def quote_sentences(
    text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan]
) -> list[tuple[int, int]]:
    """Sentence spans, never splitting a quotation (a quotation's sentences stay together)."""
    opens = [sp.open for sp in spans]
    closes = [sp.close for sp in spans]

    def inside(pos: int) -> bool:
        k = bisect.bisect_left(opens, pos) - 1
        return k >= 0 and opens[k] < pos < closes[k]

    raw: list[tuple[int, int]] = []
    for ps, pe in paras:
        s = ps
        cuts = sentence_boundaries(text, ps, pe)
        if pe - ps > GLUED_PARAGRAPH:
            glued = _glued_ends(text, spans, ps, pe)
            if glued:
                cuts = sorted({*cuts, *glued})
        for cut in cuts:
            if inside(cut) and cut - s < MAX_SENTENCE:
                continue
            e = cut
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                raw.append((s, e))
            s = cut
        if pe > s:
            raw.append((s, pe))
    merged: list[tuple[int, int]] = []
    for s, e in raw:
        if (
            merged
            and e - merged[-1][0] <= MAX_SENTENCE
            and (inside(s) or _attribution_tail(text, merged[-1], s, e))
        ):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.extend(_bounded(text, s, e, closes, inside))
    return merged


def _glued_ends(text: str, spans: list[QuoteSpan], ps: int, pe: int) -> list[int]:
    """Sentence ends where the paragraph breaks were lost, inside the paragraph ``[ps, pe)``:
    a sentence glued to the next ("... the Times.Sherman will"), a quoted sentence glued to
    what follows ("...people.”“We’ve", "...cause."But still") or a quotation glued to the
    sentence before it ("...remain."What")."""
    out = [
        m.end()
        for m in _GLUED_STOP_RE.finditer(text, ps, pe)
        if text[m.start() - 2 : m.start()].isalpha() and text[m.start() - 2 : m.start()].islower()
    ]
    for sp in spans:
        o, c = sp.open, sp.close
        if o <= ps or c >= pe:
            continue
        if text[o - 1] in _FINAL_MARKS and text[o - 2].isalnum():
            out.append(o)
        if text[c - 2 : c - 1] in _FINAL_MARKS:
            nxt = text[c]
            if nxt.isupper() or nxt in _OPENING_MARKS:
                out.append(c)
    return out


GLUED_PARAGRAPH: Final = 1000
"""Only a paragraph longer than this is searched for glued sentences: one that lost its breaks
(news paragraphs are shorter, and the search is not free)."""


def _bounded(
    text: str, s: int, e: int, closes: list[int], inside: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """A run without sentence ends (a table, a list, garbage) cut into pieces of at most
    ``MAX_SENTENCE`` characters, at a space outside quotations where one is near: the work
    per sentence stays bounded and extraction linear in the length of the text."""
    out = []
    while e - s > MAX_SENTENCE:
        limit = s + MAX_SENTENCE
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, limit)
        while cut > s and inside(cut):
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, cut)
        cut = cut + 1 if cut > s else limit
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


_GLUED_STOP_RE: Final = re.compile(r"[.!?](?=[A-Z][a-z])")
"""A sentence end glued to the next sentence ("according to the Times.Sherman will") when two
lower-case letters come before it (tested outside the pattern: a leading mark scans fast)."""
_FINAL_MARKS: Final = frozenset(".!?…")
"""Marks that end a quoted sentence."""
TAIL_REST: Final = 4

CUE_TO_QUOTE: Final = 4
"""At most this many words between a tail's cue and a quotation that the cue introduces."""
_OPENING_MARKS: Final = ("“", '"', "‘")
"""At most this many words follow the verb of an attribution tail ("on Monday in Tokyo")."""
_TAIL_RE: Final = re.compile(
    r"(?:(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|"
    r"(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)"
    r"\s+(?:(?:also|then|later|finally|quickly|simply)\s+)?([a-z]+)\b"
    r"|([a-z]+)\s+(?:[A-Z]|the\s|an?\s)"
)


def _introduced(text: str, verb_end: int, opening: int, final: str) -> bool:
    """Whether the quotation opening at OPENING has a cue of its own in a tail: right after the
    tail's verb, after a colon or another cue ("with one yelling, “..."), or (after a
    quotation ending in a full stop) anywhere."""
    between = text[verb_end:opening]
    words = between.split()
    if final not in "?!" or len(words) <= CUE_TO_QUOTE or ":" in between:
        return True
    return any(w.strip(",;—").lower() in CUE_WORDS for w in words)


def _attribution_tail(text: str, prev: tuple[int, int], s: int, e: int) -> bool:
    """ "“Is it over?” Trump asked." - a short attribution after a quote ending in ? or !."""
    if text[prev[1] - 1 : prev[1]] not in ("”", '"', "’", "'") or text[s - 1 : s] == "\n":
        return False
    last = prev[1] - 2
    if text[last : last + 1] == "'":  # doubled apostrophes
        last -= 1
    if text[last : last + 1] not in ("?", "!", ".", "…"):
        return False
    # The tail up to its first comma is short; what follows a comma ("..., using his
    # hashtag") may be long: "“Is it over?” Trump said on Twitter, using ...".
    comma = text.find(",", s, e)
    head_end = e if comma < 0 else comma
    if head_end - s > 90 or len(text[s:head_end].split()) > 9:
        return False
    long_tail = e - s > 90 or len(text[s:e].split()) > 9
    m = _TAIL_RE.match(text, s, min(e, s + 80))
    if m is None:
        return False
    opening = min(
        (k for k in (text.find(c, m.end(), e) for c in _OPENING_MARKS) if k >= 0), default=-1
    )
    if long_tail and opening >= 0 and _introduced(text, m.end(), opening, text[last]):
        # "She adds, “What kind of ...?”": a new quotation with its own cue, not one deep in
        # what follows ("Moore said on Twitter, using the hashtag for his slogan “MAGA.”").
        return False
    verb = (m.group(1) or m.group(2) or "").lower()
    if verb not in CUE_WORDS:
        return False
    # A tail names the speaker and little more: "And Obama said that ..." has its own content.
    rest = text[m.end() : e].split(",", 1)[0].split()  # "said, looking out on the crowd"
    return len(rest) <= TAIL_REST and not (rest and rest[0].lower() == "that")
