"""Nominal cues: "Trump's claim that ...", "his warning that ...", found once per article."""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.quotes.state import Cue
from factdb.extract.speakers.tokens import Mention
from factdb.extract.text.lexicon import NOMINAL_NOUNS, POSS_PRONOUNS

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


class NominalMatch:
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


def nominal_matches(masked: str, ss: int = 0, se: int | None = None) -> list[NominalMatch]:
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
            out.append(NominalMatch(pm, nm))
    return out


_POSSESSIVE_RE: Final = re.compile(r"[’']s$")


_THAT_WORD_RE: Final = re.compile(r" (?:that|about how|of how)(?![\w’'])")


def nominal_cue(m: NominalMatch) -> Cue:
    """The cue of a nominal match, its possessor as the speaker mention."""
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
    return cue
