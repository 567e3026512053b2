"""Clause-sized pieces of a long quote, so a statement quoted inside a longer one can be found.

A reported clause often carries two statements ("to drastically strengthen its defense
capabilities and secure a substantial increase in defense spending"), and another outlet
quotes only one of them, inside a sentence of its own. Whole-text scorers see two long texts
sharing a third of their words; the pieces see one clause that matches another.

A text is cut at sentence ends, commas, semicolons, colons, dashes, quotation marks (a
reported clause keeps the words it quotes: "“a free and open Indo-Pacific”" is a piece of its
own) and the words in `_JOINERS`; a segment is a run of one to `MAX_RUN` consecutive pieces of
one sentence (so "the United States, Japan and South Korea" is also whole) with at least
`MIN_STEMS` content words, and fewer than the whole text has. A run across a full stop joined
two statements: Hillary Clinton's "This was an attack by a small and savage group, not the
people or government of Libya. Everywhere Chris and his team went ..." met a Libyan leader's
"this was an attack on “America, Libya and free people everywhere”" by its words on both sides
of the stop, in the news links' tune half.

`name_stems` are the words written with a capital inside a sentence ("Japan", "National
Security Strategy"): what a statement is about, not what it says, so a shared list of
country names or a document's title does not make two statements one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factdb.link import normalize as nz

MIN_STEMS = 3
MAX_RUN = 3
MAX_SEGMENTS = 24
_JOINERS = ("and", "but", "which", "while", "whereas", "because", "although")
_NAME = re.compile(r"(?<![.!?\u201c\"(]\s)(?<!^)\b[A-Z][\w'\u2019-]*")
_SENTENCE_END = re.compile(r"\b([A-Za-z][a-z]+)[.!?][\u201d\"]?(\s+)(?=[A-Z\u201c\"])")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr sen rep gov gen lt col sgt capt prof rev hon jan feb mar apr jun
    jul aug sep sept oct nov dec inc corp co ltd vs no""".split()  # noqa: SIM905
)
"""Words that end in a full stop inside a sentence ("Sen. Lindsey Graham", "Jan. 6")."""
_CUT = re.compile(
    r"\s*[,;:\u2013\u2014()\u201c\u201d\"]\s*|\s+(?:" + "|".join(_JOINERS) + r")\s+", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of an item's text, normalised, with its content stems."""

    text: str
    norm: str
    stems: frozenset[str]


@lru_cache(maxsize=65536)
def segments(text: str) -> tuple[Segment, ...]:
    """The segments of TEXT, longest first; empty when the text is a single piece."""
    pieces = _pieces(text)
    if len(pieces) < 2:
        return ()
    whole = len(set(nz.content_stems(nz.normalize_text(text))))
    found: dict[str, Segment] = {}
    for start in range(len(pieces)):
        for stop in range(start + 1, min(start + MAX_RUN, len(pieces)) + 1):
            if pieces[stop - 1][0] != pieces[start][0]:
                break  # a run of pieces stays in one sentence
            piece = " ".join(p for _, p in pieces[start:stop])
            norm = nz.normalize_text(piece)
            stems = frozenset(nz.content_stems(norm))
            if MIN_STEMS <= len(stems) < whole and norm not in found:
                found[norm] = Segment(piece, norm, stems)
    ranked = sorted(found.values(), key=lambda s: (-len(s.stems), s.norm))
    return tuple(ranked[:MAX_SEGMENTS])


def _pieces(text: str) -> list[tuple[int, str]]:
    """The pieces of TEXT, each with the number of the sentence it is in: a sentence's end is
    a cut too."""
    found: list[tuple[int, str]] = []
    for number, sentence in enumerate(_sentences(text)):
        found.extend((number, p) for p in _CUT.split(sentence) if p and not p.isspace())
    return found


def _sentences(text: str) -> list[str]:
    """TEXT cut after a full stop, question or exclamation mark that ends a word of two letters
    or more, not an abbreviation (`_ABBREVIATIONS`), before a capital or a quotation mark."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(1).lower() in _ABBREVIATIONS:
            continue
        out.append(text[start : match.start(2)])
        start = match.end(2)
    out.append(text[start:])
    return out


def several_sentences(text: str) -> bool:
    """Whether TEXT holds two sentences or more (`_sentences`)."""
    return len(_sentences(text)) > 1


def has_clauses(text: str) -> bool:
    """Whether TEXT is cut in two or more pieces: `segments` is empty when it is not."""
    return len(_pieces(text)) >= 2


@lru_cache(maxsize=65536)
def piece_stems(text: str) -> tuple[frozenset[str], ...]:
    """The content stems of each piece of TEXT that has `MIN_STEMS` of them; empty if one piece."""
    pieces = [p for p in _CUT.split(text) if p and not p.isspace()]
    if len(pieces) < 2:
        return ()
    found = (frozenset(nz.content_stems(nz.normalize_text(p))) for p in pieces)
    return tuple(stems for stems in found if len(stems) >= MIN_STEMS)


@lru_cache(maxsize=65536)
def name_stems(text: str) -> frozenset[str]:
    """Stems of the capitalised words of TEXT that do not open it or a sentence of it."""
    return frozenset(name_words(text))


TITLE_WORDS = 4
_PLACE_WORDS = frozenset("the a an at in on to from for with by into and or of".split())  # noqa: SIM905
"""Words that put a name in a phrase ("a diplomat at the State Department"), not after its title."""
_NEXT_WORD = re.compile(r"\s+([a-z][\w'\u2019-]*)")
_TITLE_RUN = re.compile(
    r"(?<![\w'\u2019-])((?:[a-z][\w'\u2019-]*\s+){0,"
    + str(TITLE_WORDS - 1)
    + r"}[a-z][\w'\u2019-]*)\s*,?\s*$"
)


@lru_cache(maxsize=65536)
def title_stems(text: str) -> frozenset[str]:
    """Content stems of the lower-case words (up to `TITLE_WORDS`) right before a name of TEXT
    that heads its phrase, a comma allowed between: what names a person or a body ("former
    personal attorney Michael Cohen", "the president's former campaign chairman, Paul
    Manafort", "the militant group formerly known as ISIS"), not what is said of them. A name
    followed by a lower-case content word qualifies it ("close three Ohio plants"), and one
    after a preposition or an article is in a phrase ("a diplomat at the State Department")."""
    text = text.strip()
    found: set[str] = set()
    for start, end in _name_spans(text):
        following = _NEXT_WORD.match(text, end)
        if following and following.group(1).lower() not in nz.STOPWORDS:
            continue
        run = _TITLE_RUN.search(text[max(0, start - 80) : start])
        if run and run.group(1).split()[-1] not in _PLACE_WORDS:
            found.update(nz.content_stems(nz.normalize_text(run.group(1))))
    return frozenset(found)


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Where each run of capitalised words (`_NAME`, one space apart) starts and ends."""
    spans: list[tuple[int, int]] = []
    for match in _NAME.finditer(text):
        if spans and match.start() == spans[-1][1] + 1 and text[spans[-1][1]] == " ":
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append((match.start(), match.end()))
    return spans


@lru_cache(maxsize=65536)
def name_runs(text: str) -> tuple[frozenset[str], ...]:
    """The stems of each run of capitalised words of TEXT (as `name_stems` finds them) that
    follow each other with one space between: one name each ("the White House", "New York")."""
    runs: list[set[str]] = []
    end = -2
    for match in _NAME.finditer(text.strip()):
        words = nz.tokens(nz.normalize_text(match[0]))
        stems = {nz.stem(w) for w in words if len(w) > 1}  # initials are no names (`name_words`)
        stems -= nz.STOPWORDS
        if not stems:
            continue
        if runs and match.start() == end + 1 and text.strip()[end] == " ":
            runs[-1] |= stems
        else:
            runs.append(stems)
        end = match.end()
    return tuple(frozenset(r) for r in runs)


def name_words(text: str) -> dict[str, str]:
    """The capitalised words of TEXT that do not open it or a sentence of it, by their stems.

    A single letter is an initial, no name: "Washington, D.C." names one place, not three
    (on 500 random archive articles its "D" and "C" made two other speakers' remarks share
    three names)."""
    found: dict[str, str] = {}
    for match in _NAME.finditer(text.strip()):
        for word in nz.tokens(nz.normalize_text(match[0])):
            if word not in nz.STOPWORDS and len(word) > 1:
                found.setdefault(nz.stem(word), match[0] if " " not in match[0] else word)
    return found
