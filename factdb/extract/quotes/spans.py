"""Find quotation spans in article text: pairs of quotation marks, with exact offsets.

Handles curly and straight double quotes, quotations running over several paragraphs (an opening
mark on each paragraph, a closing mark only at the end), nested single quotes (left inside the
outer quotation), single quotes in a headline, and unbalanced marks: an unclosed quotation ends at
its paragraph's end (or its sentence's end when that paragraph is very long), a stray closing mark
is ignored. No quotation ever crosses a paragraph without an opening mark on the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from factdb.extract.text.lexicon import CUE_WORDS

_DOUBLE_RE: Final = re.compile(r"[“”„‟«»\"]|(?<!')''(?!')")
_DOUBLE_PLAIN_RE: Final = re.compile(r"[“”„‟«»\"]")
_SINGLE_RE: Final = re.compile(r"[‘’']")
_OPENING: Final = "“„‟«‘"
_CLOSING: Final = "”»’"
_BEFORE_OPEN: Final = "([{—–-/:;,“‘\u00a0"
_AFTER_CLOSE: Final = ".,;:!?)]}—–-’”'…\u00a0*"
_SENT_END_RE: Final = re.compile(r"[.!?…][”’\"')]*\s")
MAX_UNCLOSED: Final = 1200


@dataclass(slots=True)
class QuoteSpan:
    """One quotation: marks and content offsets; ``pieces`` are the content per paragraph."""

    open: int
    """Index of the opening mark."""
    close: int
    """Index just past the closing mark (or the content end when unclosed)."""
    start: int
    end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = True
    single: bool = False

    def text(self, source: str) -> str:
        """The quoted words without any quotation marks, paragraphs joined by a blank line."""
        return "\n\n".join(source[s:e] for s, e in self.pieces)


def _role(text: str, p: int, ps: int, pe: int, in_quote: bool, width: int = 1) -> str:
    """Whether the mark at *p* (*width* characters) opens or closes a quotation."""
    c = text[p]
    prev = text[p - 1] if p > ps else " "
    nxt = text[p + width] if p + width < pe else " "
    if p == ps and not in_quote:
        return "open"
    open_ok = (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()
    close_ok = (not prev.isspace()) and (nxt.isspace() or nxt in _AFTER_CLOSE)
    if open_ok and not close_ok:
        return "open"
    if close_ok and not open_ok:
        return "close"
    if c in _OPENING:
        return "open"
    if c in _CLOSING:
        return "close"
    return "close" if in_quote else "open"


def _style(text: str, p: int) -> str:
    """The family of a mark: straight ("), doubled apostrophes ('') or typographic."""
    c = text[p]
    return "straight" if c == '"' else ("apos" if c == "'" else "curly")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _cap_unclosed(text: str, s: int, e: int) -> int:
    """End of an unclosed quotation that starts at *s* in a paragraph ending at *e*."""
    if e - s <= MAX_UNCLOSED:
        return e
    m = _SENT_END_RE.search(text, s, e)
    return m.start() + 1 if m else min(e, s + MAX_UNCLOSED)


def _nested(text: str, marks: list[tuple[int, int]], k: int, ps: int, pe: int) -> bool:
    """Whether the opening mark before ``marks[k]``, met inside an open quotation, opens a
    quotation nested in it: the next two marks of the paragraph both close, the inner one and
    then the outer one."""
    if k + 1 >= len(marks):
        return False
    (p1, w1), (p2, w2) = marks[k], marks[k + 1]
    return (
        _role(text, p1, ps, pe, True, w1) == "close"
        and _role(text, p2, ps, pe, True, w2) == "close"
    )


def find_double_quotes(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Quotations in double marks, paragraph by paragraph, joining continued paragraphs.

    Doubled apostrophes ('') count as a double mark, as in some newspapers' archives.
    """
    spans: list[QuoteSpan] = []
    cur: QuoteSpan | None = None
    piece_start = 0
    # The plain character class is much faster; doubled apostrophes are rare.
    pattern = _DOUBLE_RE if "''" in text else _DOUBLE_PLAIN_RE
    for pi, (ps, pe) in enumerate(paras):
        marks = [(m.start(), m.end() - m.start()) for m in pattern.finditer(text, ps, pe)]
        k = 0
        after_mark = ps
        if cur is not None:
            # Carried from the previous paragraph: the first mark here must open the paragraph.
            if (
                marks
                and marks[0][0] == ps
                and _role(text, ps, ps, pe, False, marks[0][1]) == "open"
            ):
                piece_start = ps + marks[0][1]
                k = 1
            else:
                spans.append(cur)
                cur = None
        while k < len(marks):
            p, w = marks[k]
            k += 1
            since, after_mark = after_mark, p + w
            role = _role(text, p, ps, pe, cur is not None, w)
            if role == "open":
                if cur is None:
                    cur = QuoteSpan(open=p, close=p + w, start=p + w, end=p + w)
                    piece_start = p + w
                elif _nested(text, marks, k, ps, pe):
                    # “We won't accept what they call “a compromise” and never will,”: a
                    # quotation inside the quotation, kept as part of it (its closing mark too).
                    k += 1
                else:
                    # Another opening mark while open: the previous closing mark is missing.
                    s, e = _trim(text, piece_start, p)
                    if e > s:
                        cur.pieces.append((s, e))
                    cur.close = e
                    cur.closed = False
                    spans.append(cur)
                    cur = QuoteSpan(open=p, close=p + w, start=p + w, end=p + w)
                    piece_start = p + w
            elif cur is not None:
                s, e = _trim(text, piece_start, p)
                if e > s:
                    cur.pieces.append((s, e))
                cur.close = p + w
                cur.closed = True
                spans.append(cur)
                cur = None
            elif (single := _single_opened(text, since, p, ps, pe)) is not None:
                spans.append(single)
        if cur is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            nm = pattern.match(text, nxt[0], nxt[1]) if nxt is not None else None
            continued = (
                nxt is not None
                and nm is not None
                and text[nxt[0]] != "»"
                and _style(text, nxt[0]) == _style(text, cur.open)
                and _role(text, nxt[0], nxt[0], nxt[1], False, nm.end() - nm.start()) == "open"
                and len(cur.pieces) < 40
            )
            if continued:
                s, e = _trim(text, piece_start, pe)
                if e > s:
                    cur.pieces.append((s, e))
            else:
                end = _cap_unclosed(text, piece_start, pe)
                s, e = _trim(text, piece_start, end)
                if e > s:
                    cur.pieces.append((s, e))
                cur.close = e
                cur.closed = False
                spans.append(cur)
                cur = None
    if cur is not None:
        spans.append(cur)
    out = []
    for sp in spans:
        if not sp.pieces:
            continue
        sp.start = sp.pieces[0][0]
        sp.end = sp.pieces[-1][1]
        if not sp.closed:
            sp.close = sp.end
        out.append(sp)
    return out


_UNLIKE_CLOSE: Final = ",.?!"
"""What ends a quotation opened by a single mark and closed by a double one."""
_UNLIKE_CUE_WORDS: Final = 5
"""A cue comes within this many words after such a quotation."""
_SENT_START_RE: Final = re.compile(r"[.!?][”’\"]?\s+$")


def _single_opened(text: str, since: int, p: int, ps: int, pe: int) -> QuoteSpan | None:
    """A quotation opened by a single mark and closed by the double mark at *p* ("‘We are the
    pro-life generation,” the crowd chanted"), no other mark since *since*: the single mark
    starts the paragraph or a sentence before a capital, nothing between is a single quotation
    mark (only apostrophes inside words), the words end in a comma or a sentence end and a cue
    follows in the same sentence."""
    if text[p] != "”" or text[p - 1 : p] not in _UNLIKE_CLOSE:
        return None
    o = text.find("‘", since, p)
    if o < 0 or not text[o + 1 : o + 2].isupper():
        return None
    if o > ps and _SENT_START_RE.search(text, max(ps, o - 4), o) is None:
        return None
    if text.find("‘", o + 1, p) >= 0:
        return None
    j = text.find("’", o + 1, p)
    while j >= 0:
        if not (text[j - 1].isalpha() and text[j + 1 : j + 2].isalpha()):
            return None  # a closing single mark: "‘Racism’ is difficult to pin down,”
        j = text.find("’", j + 1, p)
    if not _cue_follows(text, p + 1, pe):
        return None
    s, e = _trim(text, o + 1, p)
    if e <= s:
        return None
    return QuoteSpan(o, p + 1, s, e, [(s, e)], True)


def _cue_follows(text: str, p: int, pe: int) -> bool:
    """Whether a cue comes within a few words after *p*, in the same sentence (an initial such
    as "T." in "T. S. Eliot asked" does not end it)."""
    for word in text[p:pe].split(maxsplit=_UNLIKE_CUE_WORDS)[:_UNLIKE_CUE_WORDS]:
        if word.strip(".,;:!?").lower() in CUE_WORDS:
            return True
        if word[-1] in ".!?…" and not (len(word) == 2 and word[0].isupper()):
            return False
    return False


def find_single_quotes(text: str, ps: int, pe: int) -> list[QuoteSpan]:
    """Quotations in single marks within one paragraph (used for headlines).

    An opening mark must start a word and a closing mark end one, so apostrophes in "don't",
    "Japan's" or "'90s" are not taken for quotation marks.
    """
    spans: list[QuoteSpan] = []
    open_at = -1
    for m in _SINGLE_RE.finditer(text, ps, pe):
        p = m.start()
        prev = text[p - 1] if p > ps else " "
        nxt = text[p + 1] if p + 1 < pe else " "
        if open_at < 0:
            if (
                (prev.isspace() or prev in '([{—–-:"“')
                and nxt.isalnum()
                and not (nxt.isdigit() and p + 3 < pe and text[p + 3] == "s")
            ):
                open_at = p
        elif (
            (not prev.isspace())
            and (nxt.isspace() or nxt in _AFTER_CLOSE)
            and p > open_at + 1
            and (prev.isalnum() or prev in ".,!?…")
        ):
            s, e = _trim(text, open_at + 1, p)
            if e > s:
                spans.append(QuoteSpan(open_at, p + 1, s, e, [(s, e)], True, True))
            open_at = -1
    return spans
