"""Outlets' inline link text after a name: a person's full legal name and a list of headlines.

Some outlets follow a linked name with the person's legal name glued to headlines about them,
ended by "MORE": "Rep. Dan Kildee Daniel (Dan) Timothy KildeeOvernight Energy: Senate eyes
... MORE (D-Mich.)". Nobody says the headlines ("Graham says Schiff should be a witness") and
they are no part of the name, so the extractors read such a stretch as blank, with the visible
name moved to its end, next to what follows ("Speaker Paul Ryan ... MORE (R-Wis.) said"), and
the linker compares text without it.
"""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.text.lexicon import CUE_WORDS, NAME_PARTICLES, TELL_CUES

_MORE_RE: Final = re.compile(r"(?<![A-Z])MORE\b")
_TOKEN_RE: Final = re.compile(r"\S+")
_GLUED_RE: Final = re.compile(r"[A-Z][a-z]{2,}(?=[A-Z][a-z])")

LINK_WINDOW: Final = 1500
"""How far before "MORE" the legal name that opens the link may start, in characters (a link
listing several long headlines runs to 1,200)."""

NAME_SPAN: Final = 5
"""At most this many words from the visible surname to its repeat ending the legal name."""


def link_blobs(text: str) -> list[tuple[int, int, int]]:
    """The stretches of inline link text, each on one line, as (where the visible name starts,
    where it ends and the link starts, the end of "MORE")."""
    if "MORE" not in text:
        return []
    out: list[tuple[int, int, int]] = []
    floor = 0
    for m in _MORE_RE.finditer(text):
        lo = max(floor, m.start() - LINK_WINDOW)
        nl = text.rfind("\n", lo, m.start())
        if nl >= 0:
            lo = nl + 1
        start = _after_visible_name(text, lo, m.start())
        if start is not None:
            run = _run_start(text, lo, start)
            if _after_cue(text, lo, run):
                run = start  # "added Rep. Dan Kildee ...": the name stays next to its cue
            out.append((run, start, m.end()))
            floor = m.end()
    return out


_last: tuple[str, str, list[tuple[int, int, int]]] = ("", "", [])


def unlinked(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """TEXT with its link text blank (TEXT itself when it has none) and the stretches blanked.

    The quote and claim extractors both read an article this way: the result for the last
    text seen is kept (keyed by the text object itself), so the second finds the same blanked
    string, and with it the paragraphs and sentences the first split (``text.sentences``).
    """
    global _last
    last = _last
    if last[0] is not text:
        blobs = link_blobs(text)
        last = (text, blank_links(text, blobs) if blobs else text, blobs)
        _last = last
    return last[1], list(last[2])


def blank_links(text: str, blobs: list[tuple[int, int, int]]) -> str:
    """TEXT with each stretch of link text blank and the visible name moved after it, next to
    what follows the link (offsets of everything else kept)."""
    parts: list[str] = []
    last = 0
    for run, start, end in blobs:
        parts.append(text[last:run])
        parts.append(" " * (end - start))
        parts.append(text[run:start])
        last = end
    parts.append(text[last:])
    return "".join(parts)


def moved_back(pos: int, blobs: list[tuple[int, int, int]]) -> int:
    """Where offset POS of the text ``blank_links`` made lies in the article: a moved name's
    offsets go back to where the article writes it."""
    for run, start, end in blobs:
        if run < start and run + (end - start) <= pos <= end:
            return pos - (end - start)
    return pos


def _after_cue(text: str, lo: int, run: int) -> bool:
    """Whether the word before RUN is a speech verb or "according to" ("said Sen. Marco Rubio")."""
    before = text[max(lo, run - 30) : run].split()
    if not before:
        return False
    last = before[-1].lower()
    if last == "to":
        return len(before) > 1 and before[-2].lower() == "according"
    return last in CUE_WORDS or last in TELL_CUES


def _run_start(text: str, lo: int, start: int) -> int:
    """Where the capitalised words ending at START begin ("House Majority Leader Steny Hoyer"),
    at most six words back."""
    run = start
    for _ in range(6):
        cut = text.rfind(" ", lo, run - 1)
        begin = cut + 1 if cut >= 0 else lo
        word = text[begin:run].strip()
        if not word[:1].isupper() or word.endswith((",", ":", ";")):
            break
        if word.endswith(".") and len(word) > 5:
            break  # the end of the sentence before ("in Washington.")
        run = begin
        if cut < 0:
            break
    return run


def _name_word(tok: str) -> bool:
    """A word of a legal name: capitalised ("Allen"), a particle ("de") or a nickname in
    brackets ("(Dan)")."""
    return (
        tok[:1].isupper()
        or tok in NAME_PARTICLES
        or (tok[:1] == "(" and tok[1:2].isupper() and tok.endswith(")"))
    )


def _repeats(key: str, tok: str) -> bool:
    """Whether TOK is the surname KEY again, alone or glued to a headline ("KildeeOvernight")."""
    if not tok.startswith(key):
        return False
    rest = tok[len(key) :]
    return not rest or rest[0].isupper() or rest[0].isdigit() or rest[0] in "'’"


def _after_visible_name(text: str, lo: int, hi: int) -> int | None:
    """Where the link starts: after a surname that a legal name of two to five words ending in
    the same surname follows ("Paul Ryan| Paul Davis Ryan..."), or is glued to ("George
    Papadopoulos|George Demetrios Papadopoulos..."); the widest such pair wins, then the later
    ("Joe Biden| Joe BidenWhitmer says")."""
    toks = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(text, lo, hi)]
    best: tuple[int, int] | None = None  # (-width, start)
    for i, (pos, tok) in enumerate(toks):
        key = tok.rstrip(",")
        first = 2  # the legal name's first word is a word of its own
        if len(key) < 2 or not key[:1].isupper() or not key[1:].isalpha() or key.isupper():
            continue  # not a word of a name, or text in capitals ("THE GOALS ... THE")
        glued = _GLUED_RE.match(key)
        if glued:
            key, first = glued.group(), 1  # "PapadopoulosGeorge": the legal name starts here
        for j in range(i + 1, min(len(toks), i + NAME_SPAN + 1)):
            tok_j = toks[j][1]
            if j - i >= first and _repeats(key, tok_j):
                cand = (-(j - i), -(pos + len(key)))
                if best is None or cand < best:
                    best = cand
            if not _name_word(tok_j):
                break
    return None if best is None else -best[1]


def without_links(text: str) -> str:
    """TEXT with each stretch of link text left out and the visible name kept ("President Trump
    Donald John TrumpSessions says ... MORE said" reads "President Trump said")."""
    return cut_links(text, link_cuts(text))


def link_cuts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each stretch of link text that ``without_links`` leaves out."""
    return [(start, end) for _run, start, end in link_blobs(text)]


def cut_links(text: str, cuts: list[tuple[int, int]]) -> str:
    """TEXT without the stretches CUTS (TEXT itself when there are none)."""
    if not cuts:
        return text
    parts: list[str] = []
    last = 0
    for start, end in cuts:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return "".join(parts)


def before_cuts(pos: int, cuts: list[tuple[int, int]]) -> int:
    """Where offset POS of the text ``cut_links`` made lies in the text before the cuts."""
    for start, end in cuts:
        if pos < start:
            break
        pos += end - start
    return pos
