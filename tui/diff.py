"""Highlighting for the side-by-side view: the item's span, differing words, differing numbers."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rich.text import Text

from factdb.link.drift import Drift, Op

TOKEN = re.compile(r"\d[\d.,]*\d%?|\d%?|\w+")
NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")

# Each mark reads without colour too (a monochrome terminal, a colour-blind reviewer): the item
# is bold, a differing word underlined, a differing number in reverse video.
SPAN_STYLE = "bold"
DIFF_STYLE = "underline yellow"
NUMBER_STYLE = "bold reverse red"

Span = tuple[int, int]


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text)]


def differing_words(a: str, b: str) -> tuple[list[Span], list[Span]]:
    """Spans of the words of A missing from B and of B missing from A, in word order."""
    ta, tb = _tokens(a), _tokens(b)
    matcher = SequenceMatcher(None, [t[2] for t in ta], [t[2] for t in tb], autojunk=False)
    out_a: list[Span] = []
    out_b: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out_a += [(s, e) for s, e, _ in ta[i1:i2]]
            out_b += [(s, e) for s, e, _ in tb[j1:j2]]
    return out_a, out_b


def _numbers(text: str) -> list[tuple[int, int, str]]:
    # "3,200" and "3200" are one number; a trailing ".0" is not a different one.
    return [(m.start(), m.end(), m.group().replace(",", "")) for m in NUMBER.finditer(text)]


def differing_numbers(a: str, b: str) -> tuple[list[Span], list[Span]]:
    """Spans of the numbers of A that B does not state, and the reverse."""
    na, nb = _numbers(a), _numbers(b)
    values_a, values_b = {n[2] for n in na}, {n[2] for n in nb}
    return (
        [(s, e) for s, e, v in na if v not in values_b],
        [(s, e) for s, e, v in nb if v not in values_a],
    )


def highlight(sentence: str, span: Span, words: list[Span], numbers: list[Span]) -> Text:
    """SENTENCE with the item's SPAN, the differing WORDS and NUMBERS styled (in that order)."""
    text = Text(sentence)
    for s, e in words:
        text.stylize(DIFF_STYLE, s, e)
    text.stylize(SPAN_STYLE, *span)
    for s, e in numbers:
        text.stylize(NUMBER_STYLE, s, e)
    return text


def side_by_side(
    a: tuple[str, Span, str], b: tuple[str, Span, str], *, diff_sentences: bool
) -> tuple[Text, Text]:
    """The two sentences highlighted against each other.

    Each side is (sentence, span of the item in it, item text). Quotes compare their quoted
    words (the sentences around them differ by design); claims compare whole sentences.
    """
    (sa, pa, ia), (sb, pb, ib) = a, b
    if diff_sentences:
        wa, wb = differing_words(sa, sb)
    else:
        da, db = differing_words(ia, ib)
        wa = [(s + pa[0], e + pa[0]) for s, e in da] if sa[slice(*pa)] == ia else []
        wb = [(s + pb[0], e + pb[0]) for s, e in db] if sb[slice(*pb)] == ib else []
    na, nb = differing_numbers(sa, sb)
    return highlight(sa, pa, wa, na), highlight(sb, pb, wb, nb)


STORY_STYLES = {Op.SAME: "", Op.REMOVED: "strike red", Op.ADDED: "underline green"}
"""Removed words struck through, added ones underlined: in brackets too, so colour is not needed."""


def drift_text(text: str, change: Drift | None) -> Text:
    """TEXT with CHANGE (its drift from the first version) marked, or plain if none."""
    if change is None:
        return Text(text)
    out = Text()
    for op, piece in change.pieces():
        out.append(piece, style=STORY_STYLES[op])
    return out
