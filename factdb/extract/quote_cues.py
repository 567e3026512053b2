"""Cue words of the writer's text and the speaker mention each one rests on."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Final

from factdb.extract.lexicon import (
    ACCORDING_RE,
    BE_WORDS,
    CUE_RE,
    CUE_WORDS,
    KNOWN_SOURCE_HEADS,
    NAME_STOPWORDS,
    NOMINAL_NOUNS,
    NOUNISH_CUES,
    PARTIAL_CUE_WORDS,
    PARTICIPLES,
    POSS_PRONOUNS,
    WEAK_CUE_WORDS,
)
from factdb.extract.quote_state import MASK, Cue
from factdb.extract.speaker_inverted import speaker_after
from factdb.extract.speaker_mentions import speaker_before
from factdb.extract.speaker_tokens import Mention

ALL_CUES: Final = CUE_WORDS | PARTIAL_CUE_WORDS


@dataclass(slots=True)
class _Span:
    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


def _passive(prev_words: list[str]) -> bool:
    """Whether the words before a participle make it passive: "was told", "is widely expected"."""
    if not prev_words:
        return False
    last = prev_words[-1].lower()
    if last in BE_WORDS:
        return True
    return len(prev_words) >= 2 and last.endswith("ly") and prev_words[-2].lower() in BE_WORDS


def cue_positions(masked: str) -> list[tuple[int, int, str]]:
    """Every cue word of the writer's text (quotations are masked), in order."""
    lowered = masked.lower()
    return [
        (m.start(), m.end(), masked[m.start() : m.end()])
        for m in CUE_RE.finditer(lowered)
        if m.group() in ALL_CUES or lowered.startswith(" that ", m.end())
    ]


@dataclass(slots=True)
class ArticleCues:
    """Matches of the sentence-independent cue patterns, found once per article."""

    according: list[re.Match[str]]
    nominal: list[_NominalMatch]
    according_starts: list[int] = field(default_factory=list)
    nominal_starts: list[int] = field(default_factory=list)


def find_article_cues(masked: str) -> ArticleCues:
    according = (
        list(ACCORDING_RE.finditer(masked))
        if "ccording to" in masked or "s reported by" in masked
        else []
    )
    nominal = _nominal_cues(masked)
    return ArticleCues(
        according, nominal, [m.start() for m in according], [m.start() for m in nominal]
    )


def _within(
    found: list[Any] | None, pattern: re.Pattern[str] | None, masked: str, ss: int, se: int
) -> list[Any]:
    if found is None:
        assert pattern is not None
        return list(pattern.finditer(masked, ss, se))
    if not found:
        return []
    return [m for m in found if ss <= m.start() and m.end() <= se]


def find_cues(
    masked: str,
    ss: int,
    se: int,
    positions: list[tuple[int, int, str]] | None = None,
    extra: ArticleCues | None = None,
) -> list[Cue]:
    cues: list[Cue] = []
    if positions is None:
        positions = cue_positions(masked)
    lo = bisect.bisect_left(positions, (ss, -1, ""))
    hi = bisect.bisect_left(positions, (se, -1, ""))
    for start, end, word in positions[lo:hi]:
        m = _Span(start, end)
        low = word.lower()
        if word[0].isupper() and m.start() != ss:
            continue
        prev_txt = masked[max(ss, m.start() - 60) : m.start()].rstrip()
        if m.start() - 60 > ss and not prev_txt:
            prev_txt = " "
        prev_words = prev_txt[-40:].split()
        # Participles and coordinated verbs share the subject: "..., saying", "and added".
        prev_word = prev_words[-1].lower() if prev_words else ""
        if prev_word == "to" and not _TO_OK_RE.search(masked, max(ss, m.start() - 30), m.start()):
            continue
        cue = Cue(m.start(), m.end(), low)
        if not prev_word[-1:].isalnum() and prev_word[-1:] not in ("’", "'"):
            prev_word = ""
        mention: Mention | None = None
        if (low.endswith(("ed", "en")) or low in PARTICIPLES) and _passive(prev_words):
            continue
        ing_linked = low.endswith("ing") and (
            prev_txt.endswith((",", MASK)) or prev_word in ("and",)
        )
        mention = None if ing_linked else speaker_before(masked, ss, m.start())
        if (
            mention is not None
            and low in NOUNISH_CUES
            and mention.kind == "np"
            and (mention.head not in KNOWN_SOURCE_HEADS)
        ):
            mention = None
        if (
            mention is None
            and (prev_txt.endswith((",", MASK, "—", "–", ":")) or not prev_txt)
            and not low.endswith("ing")
        ):
            mention = speaker_after(masked, m.end(), se)
            if mention is not None:
                cue.inverted = True
        if mention is None and (
            (
                low.endswith("ing")
                and (prev_txt.endswith(",") or prev_word in ("while", "by", "and"))
            )
            or prev_word in ("and", "also", "but", "then")
        ):
            cue.linked = True
        if mention is None and not cue.linked and prev_txt.endswith(","):
            cue.linked = low.endswith("ing")
        if (
            mention is not None
            and mention.kind == "pronoun"
            and mention.head == "it"
            and (low in WEAK_CUE_WORDS)
        ):
            mention = None
        cue.mention = mention
        cue.left_region = mention.lead if mention is not None and not cue.inverted else m.start()
        if cue.linked:
            # The region starts at the comma or "and" before the verb.
            k = len(prev_txt)
            if prev_txt.endswith(","):
                k -= 1
            elif prev_word:
                k -= len(prev_word)
            cue.left_region = ss + k
        if mention is None and not cue.linked:
            continue
        if mention is not None and mention.kind == "np" and mention.head in ("data", "figures"):
            continue
        cues.append(cue)
    for m in _within(extra.according if extra else None, ACCORDING_RE, masked, ss, se):
        mention = speaker_after(masked, m.end(), se)
        if mention is None:
            continue
        cue = Cue(m.start(), m.end(), "according to", mention, inverted=True)
        cue.left_region = m.start()
        cues.append(cue)
    nominal = extra.nominal if extra else _nominal_cues(masked, ss, se)
    for m in _within(nominal, None, masked, ss, se):
        poss = m.group("poss")
        ps = m.start("poss")
        low = poss.lower()
        if low in POSS_PRONOUNS:
            mention = Mention(ps, ps + len(poss), poss, "pronoun", head=POSS_PRONOUNS[low])
        else:
            name = _POSSESSIVE_RE.sub("", poss)
            mention = Mention(ps, ps + len(name), name, "name")
        cue = Cue(m.start("noun"), m.end("noun"), m.group("noun").lower(), mention)
        cue.left_region = ps
        if not any(c.start == cue.start for c in cues):
            cues.append(cue)
    cues.sort(key=lambda c: c.start)
    return cues


_NOMINAL_NOUN_RE: Final = re.compile(
    r"(?<![\w’'])(?P<noun>claims?|assertions?|statements?|arguments?|promises?|"
    r"warnings?|insistence|suggestions?|contention|accusations?|remarks?|comments?|predictions?|"
    r"vows?|pledges?|allegations?|views?|beliefs?|position|message|admission|boasts?|"
    r"complaints?|explanation|reminder|threats?|charges?|denials?|announcement|declaration|"
    r"conclusion|assurances?|concerns?|fears?|hopes?|insinuations?|theory|"
    r"speculation|proposal|words)\s+(?:that|about how|of how)(?![\w’'])"
)


_NOMINAL_POSS_RE: Final = re.compile(
    r"(?P<poss>(?<![\w’'])(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*[’']s|[Hh]is|[Hh]er|[Tt]heir))"
    r"\s+(?:[a-z-]+\s+){0,2}$"
)


class _NominalMatch:
    """A nominal cue ("Trump's claim that"): the possessor and the noun, with offsets."""

    __slots__ = ("_noun", "_poss")

    def __init__(self, poss: re.Match[str], noun: re.Match[str]) -> None:
        self._poss = poss
        self._noun = noun

    def start(self, group: str | None = None) -> int:
        return self._noun.start("noun") if group == "noun" else self._poss.start("poss")

    def end(self, group: str | None = None) -> int:
        return self._noun.end("noun") if group == "noun" else self._noun.end()

    def group(self, name: str) -> str:
        return self._noun.group("noun") if name == "noun" else self._poss.group("poss")


def _nominal_cues(masked: str, ss: int = 0, se: int | None = None) -> list[_NominalMatch]:
    out = []
    end = len(masked) if se is None else se
    for tm in _THAT_WORD_RE.finditer(masked, ss, end):
        # Cheap test: the word before "that" must be one of the nouns.
        w_end = tm.start()
        w_start = masked.rfind(" ", max(ss, w_end - 20), w_end) + 1
        if masked[w_start:w_end].lower() not in NOMINAL_NOUNS:
            continue
        nm = _NOMINAL_NOUN_RE.match(masked, w_start, tm.end())
        if nm is None:
            continue
        pm = _NOMINAL_POSS_RE.search(masked, max(ss, nm.start() - 70), nm.start())
        if pm is not None:
            out.append(_NominalMatch(pm, nm))
    return out


_POSSESSIVE_RE: Final = re.compile(r"[’']s$")


_THAT_WORD_RE: Final = re.compile(r" (?:that|about how|of how)(?![\w’'])")


_TO_OK_RE: Final = re.compile(
    r"(?:quick|went on|continued|proceeded|hastened|rushed|moved|took to \w+|went so far as|"
    r"was careful|were careful|did not hesitate|didn't hesitate|wasted no time)\s+to\s+$"
)


_CLAUSE_OPENER_RE: Final = re.compile(r"(?:[,;:—–(]|\x01|(?<![\w’'])(?:and|but|yet|or))\s*$")


def starts_clause(masked: str, ss: int, pos: int) -> bool:
    """Whether a cue region at *pos* begins a new clause (not one embedded in "said (that) ...")."""
    before = masked[max(ss, pos - 12) : pos]
    return pos <= ss or not before.strip() or _CLAUSE_OPENER_RE.search(before) is not None


_PERSON_NAME_RE: Final = re.compile(
    r"(?<![\w’'])((?:[A-Z][a-z’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'\-]+|[A-Z]\.))*)(?![\w’'])"
)


def name_between(masked: str, a: int, b: int) -> Mention | None:
    """The last capitalised name between *a* and *b* (a pronoun's nearer antecedent)."""
    found = None
    for m in _PERSON_NAME_RE.finditer(masked, a, b):
        words = m.group(1).split()
        if words[0].lower() in NAME_STOPWORDS or words[-1].lower() in NAME_STOPWORDS:
            continue
        found = m
    if found is None:
        return None
    return Mention(found.start(1), found.end(1), found.group(1), "name")
