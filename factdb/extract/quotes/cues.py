"""Cue words of the writer's text and the speaker mention each one rests on."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Final

from factdb.extract.quotes.nominal import NominalMatch, nominal_cue, nominal_matches
from factdb.extract.quotes.state import MASK, Cue, word_count
from factdb.extract.speakers.inverted import opens_clause, speaker_after, subject_of
from factdb.extract.speakers.mentions import speaker_before
from factdb.extract.speakers.names_parse import PLACES, SPEAKERS_DATA
from factdb.extract.speakers.tokens import Mention
from factdb.extract.text.lexicon import (
    ACCORDING_RE,
    ANON_NOUNS,
    BE_WORDS,
    CUE_AFTER_RE,
    CUE_WORDS,
    DOCUMENT_NOUNS,
    KNOWN_SOURCE_HEADS,
    NAME_STOPWORDS,
    NATIONALITY_WORDS,
    NOUNISH_CUES,
    ORG_WORDS,
    PARTIAL_CUE_WORDS,
    PARTICIPLES,
    PLURAL_PERSON_NOUNS,
    ROLE_HEADS,
    WEAK_CUE_WORDS,
    verb_forms,
)
from factdb.extract.text.wordlists import rows

ALL_CUES: Final = CUE_WORDS | PARTIAL_CUE_WORDS
JUDGING_VERBS: Final = verb_forms(rows("judging_verbs", SPEAKERS_DATA))
"""Verbs whose next name is whom they judge or address (``speakers/data/judging_verbs.txt``)."""
_JUDGED_RE: Final = re.compile(
    r"(?<![\w’'])(?:"
    + "|".join(sorted(JUDGING_VERBS, key=len, reverse=True))
    + r")[ \t]+(?:(?:the|his|her|their|its)[ \t]+)?$"
)
"""A judging verb right before a name ("who have accused Cosby", "applauded the House
leaders"): the name is its object."""


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


_THE: Final = ("the ", "The ")


def cue_positions(masked: str) -> list[tuple[int, int, str]]:
    """Every cue word of the writer's text (quotations are masked), in order."""
    lowered = masked.lower()
    # Offsets in " " + lowered are one more than in lowered.
    spans = [(m.start(1) - 1, m.end(1) - 1) for m in CUE_AFTER_RE.finditer(" " + lowered)]
    found = [
        (s, e, masked[s:e])
        for s, e in spans
        if lowered[s:e] in ALL_CUES or lowered.startswith(" that ", e)
    ]
    extra: list[re.Match[str]] = []
    if "clear that" in lowered:
        extra.extend(_MADE_CLEAR_RE.finditer(lowered))
    if "read" in lowered:
        extra.extend(_READS_RE.finditer(lowered))
        extra.extend(_reads_before(lowered))
    if extra:
        found.extend((m.start(1), m.end(1), masked[m.start(1) : m.end(1)]) for m in extra)
        found.sort()
    return found


_MADE_CLEAR_RE: Final = re.compile(
    r"(?<![\w’'-])((?:make|makes|made)(?:\s+it)?\s+(?:very\s+|abundantly\s+|crystal\s+)?clear)"
    r"(?=\s+that(?![\w’'-]))"
)
"""A stated position in two or three words: "made clear that", "has made it clear that"."""


_READS_RE: Final = re.compile(
    MASK + r"[ \t]+(?:(?:the|an?|his|her|its|their)(?:[ \t]+[\w.-]+){1,3}[ \t]+)?(reads?)"
    r"(?![\w’'-])(?![ \t]+like(?![\w’'-]))"
)
"""A document's words, only right after a quotation: '"...," the letter reads', '"...," reads
the account profile' (not "he read the letter", nor '"...," reads like a who's who')."""


_READ_MASK_RE: Final = re.compile(
    r"(reads?)[ \t]*[,:]?[ \t]*(?:in[ \t]+part[ \t]*[,:][ \t]*)?" + MASK
)
_DOCUMENT_BEFORE_RE: Final = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(sorted(map(re.escape, DOCUMENT_NOUNS), key=len, reverse=True))
    + r")(?:[ \t]+(?:from|on|by|of|to)(?:[ \t]+[\w.@’'-]+){1,3})?[ \t]+$"
)
DOCUMENT_WINDOW: Final = 60
"""How far before "read" a document noun is looked for."""


def _reads_before(lowered: str) -> list[re.Match[str]]:
    """A document's words right after "read" and a document noun: 'The tweet read, "..."', 'A
    post from the account read: "..."', 'The statement read, in part: "..."' (not "he read the
    letter", nor "the letter reads like"). "read" is found first: the nouns are tried only there."""
    out = []
    for at in _found(lowered, "read"):
        if at and (lowered[at - 1].isalnum() or lowered[at - 1] in "_’'-"):
            continue  # "already", "spread"
        m = _READ_MASK_RE.match(lowered, at)
        if m is not None and _DOCUMENT_BEFORE_RE.search(lowered, max(0, at - DOCUMENT_WINDOW), at):
            out.append(m)
    return out


@dataclass(slots=True)
class ArticleCues:
    """Matches of the sentence-independent cue patterns, found once per article."""

    according: list[re.Match[str]]
    nominal: list[NominalMatch]
    according_starts: list[int] = field(default_factory=list)
    nominal_starts: list[int] = field(default_factory=list)


def find_article_cues(masked: str) -> ArticleCues:
    according = _according(masked)
    nominal = nominal_matches(masked)
    return ArticleCues(
        according, nominal, [m.start() for m in according], [m.start() for m in nominal]
    )


def _according(masked: str) -> list[re.Match[str]]:
    """What ``ACCORDING_RE.finditer(masked)`` yields, tried only one character before each
    "ccording to" and "s reported by" (where every match starts) rather than at every one."""
    starts = [
        at - 1
        for marker in ("ccording to", "s reported by")
        for at in _found(masked, marker)
        if at > 0
    ]
    starts.sort()
    out: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at >= end and (m := ACCORDING_RE.match(masked, at)) is not None:
            out.append(m)
            end = m.end()
    return out


def _found(text: str, marker: str) -> list[int]:
    """Every offset of MARKER in TEXT."""
    out = []
    at = text.find(marker)
    while at >= 0:
        out.append(at)
        at = text.find(marker, at + 1)
    return out


def _within(
    found: list[Any] | None,
    starts: list[int] | None,
    pattern: re.Pattern[str] | None,
    masked: str,
    ss: int,
    se: int,
) -> list[Any]:
    """The matches of one sentence: from the article's matches by their sorted starts (a
    binary search, not a scan of every match for every sentence), or found in the sentence."""
    if found is None or starts is None:
        assert pattern is not None
        return list(pattern.finditer(masked, ss, se))
    lo = bisect.bisect_left(starts, ss)
    hi = bisect.bisect_left(starts, se)
    return [m for m in found[lo:hi] if m.end() <= se]


def find_cues(
    masked: str,
    ss: int,
    se: int,
    positions: list[tuple[int, int, str]] | None = None,
    extra: ArticleCues | None = None,
) -> list[Cue]:
    """The cues of the sentence ``[ss, se)`` with their speaker mentions, in text order."""
    if positions is None:
        positions = cue_positions(masked)
    lo = bisect.bisect_left(positions, (ss, -1, ""))
    hi = bisect.bisect_left(positions, (se, -1, ""))
    cues: list[Cue] = []
    for start, end, word in positions[lo:hi]:
        cue = _verb_cue(masked, ss, se, start, end, word)
        if cue is not None:
            cues.append(cue)
    according = extra.according if extra else None
    for m in _within(
        according, extra.according_starts if extra else None, ACCORDING_RE, masked, ss, se
    ):
        mention = speaker_after(masked, m.end(), se)
        if mention is not None:
            cue = Cue(m.start(), m.end(), "according to", mention, inverted=True)
            cue.left_region = m.start()
            cues.append(cue)
    nominal = extra.nominal if extra else nominal_matches(masked, ss, se)
    starts = extra.nominal_starts if extra else [m.start() for m in nominal]
    for nm in _within(nominal, starts, None, masked, ss, se):
        cue = nominal_cue(nm)
        if not any(c.start == cue.start for c in cues):
            cues.append(cue)
    cues.sort(key=lambda c: c.start)
    if len(cues) > 1:
        cues = [c for c in cues if not _object_of(masked, cues, c)]
    return cues


_SAYS_ABOUT_RE: Final = re.compile(
    r"\s+(?:a\s+lot|a\s+great\s+deal|(?:so\s+|very\s+)?much|(?:very\s+)?little|something|"
    r"nothing|volumes|plenty|more|less|a\s+good\s+deal)\s+(?:\w+\s+){0,3}?about\b"
)
"""What follows "says" in "it says a lot about ...", "that says something about ..."."""


_FOR_INSTANCE_RE: Final = re.compile(r",(?![ \t]*\x01)")
"""A comma after "say" and no quotation: ", say, Ted Cruz" (not 'supporters, say, “That ...”')."""

_OBJECT_LEADS: Final = frozenset({"", "the", "his", "her", "their", "its", "this", "that", "a"})
_NOUN_LEADS: Final = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"}
)
"""Words after which a cue word is a noun or an adjective, no verb: "his stated concern"."""


AUX_RE: Final = re.compile(
    r"(?<![\w’'])(?:is|are|was|were|will|would|can|could|should|shall|may|might|must|has|have|"
    r"had|do|does|did)(?:n[’']t)?(?![\w’'])",
    re.IGNORECASE,
)
_APPOSITION_RE: Final = re.compile(r"\s*,\s*(who|whose|an?|the|[a-z][\w’'-]*)\b")
_NOT_APPOSITION: Final = frozenset(
    {"and", "but", "or", "so", "then", "because", "though", "although", "while", "as", "if"}
)
"""Words after the comma that open a clause or a second verb, not a phrase about the name."""
_RELATIVE_RE: Final = re.compile(r"(?<![\w’'])(?:who|whose|which|that)(?![\w’'])")


_ROLE_APPOSITION_RE: Final = re.compile(
    r"\s*,\s*(?:[A-Z][\w.&’'-]*\s+){1,4}(?:"
    + "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
    + r")[\s.!?…]*$"
)
"""A name's role after a comma with the body it serves in capitals: ", Delta Children's
president.", ", UNICEF spokesman." (a clause would hold a verb)."""


def apposition(masked: str, after: int, end: int) -> bool:
    """Whether what follows "according to NAME" is only a phrase about NAME: ", director of the
    center", ", who directs the center" - the reported clause is then before the cue."""
    tail = masked[after:end]
    m = _APPOSITION_RE.match(tail)
    if m is None and _ROLE_APPOSITION_RE.match(tail) is not None:
        return True  # "said Joseph Shamie, Delta Children's president."
    if m is None or MASK in tail or ";" in tail or word_count(tail) > 25:
        return False
    word = m.group(1)
    if word in _NOT_APPOSITION or word.endswith("ing"):
        return False  # "said Tom Hall, adding that ...", "..., and the plan was late"
    # An auxiliary of a relative clause inside the phrase ("an expert who is a professor")
    # is the phrase's own; one before any "who" makes a clause.
    rel = _RELATIVE_RE.search(tail)
    return (
        word in ("who", "whose")
        or AUX_RE.search(tail, 0, rel.start() if rel else len(tail)) is None
    )


def _object_of(masked: str, cues: list[Cue], cue: Cue) -> bool:
    """Whether a cue's speaker is the object of a verb that names what it calls something
    ("Trump called the Times reporting “phony”"): the reporting is called so, it says nothing."""
    if cue.inverted:
        return False
    start = cue.mention.start if cue.mention is not None else cue.start
    for c in cues:
        if c is not cue and c.word in PARTIAL_CUE_WORDS and c.end <= start:
            lead = masked[c.end : start].strip().lower()
            if lead in _OBJECT_LEADS:
                return True
    return False


def _verb_cue(masked: str, ss: int, se: int, start: int, end: int, word: str) -> Cue | None:
    """A cue verb with its speaker, or linked to the sentence's subject; None when neither."""
    low = word.lower()
    if word[0].isupper() and start != ss:
        return None
    if low[:3] in ("say", "sai") and _SAYS_ABOUT_RE.match(masked, end):
        return None  # "it says a lot about social progress": a judgement, nobody speaks
    if (
        low == "say"
        and _FOR_INSTANCE_RE.match(masked, end)
        and masked[ss:start].rstrip().endswith(",")
    ):
        return None  # "Trump, unlike, say, Ted Cruz, is ...": "for instance", nobody speaks
    window = max(ss, start - 60)
    prev_txt = masked[window:start].rstrip()
    if start - 60 > ss and not prev_txt:
        prev_txt = " "
    prev_words = prev_txt[-40:].split()
    prev_word = prev_words[-1].lower() if prev_words else ""
    subject_end = start
    if prev_word == "to":
        lead_in = _TO_OK_RE.search(masked, max(ss, start - 30), start)
        if lead_in is None:
            return None
        if not lead_in.group().startswith(_DEED_LEAD_INS):
            # "He went on to say", "Trump took to Twitter to say": the subject stands before
            # the lead-in, which is read as the verb's own words ("continued to advise Trump
            # informally", "proceeded to propose budgets" are deeds as often as speech).
            subject_end = lead_in.start()
            prev_txt = masked[max(ss, subject_end - 60) : subject_end].rstrip()
            prev_words = prev_txt[-40:].split()
            prev_word = prev_words[-1].lower() if prev_words else ""
    if prev_word in _NOUN_LEADS:
        return None  # "belies his stated concern", "the announced plan": nobody speaks
    if not prev_word[-1:].isalnum() and prev_word[-1:] not in ("’", "'"):
        prev_word = ""
    agent = _passive_agent(masked, low, end, se)
    if agent is not None:
        # "a decision praised as “very smart” by Trump", "was labeled “false” by PolitiFact":
        # the agent after "by" said the quoted words, not the subject.
        cue = Cue(start, end, low, agent, inverted=True, agent=True)
        cue.left_region = start
        return cue
    if (low.endswith(("ed", "en")) or low in PARTICIPLES) and _passive(prev_words):
        return None
    cue = Cue(start, end, low)
    outer = None
    if prev_word == "as":
        outer = _QUOTED_AS_RE.search(masked, max(ss, start - 120), start)
    elif low == "saying":
        outer = _QUOTED_SAYING_RE.search(masked, max(ss, start - 120), start)
    passive = None
    if outer is None and prev_word == "as" and low == "saying":
        passive = _QUOTED_PASSIVE_RE.search(masked, max(ss, start - 90), start)
    if passive is not None:
        # "Kim was also quoted as saying ...", "was quoted by Politico as saying": the subject.
        mention = speaker_before(masked, ss, passive.start())
    elif outer is not None:
        # "Moore quoted Trump as saying": the words are the object's, not the subject's.
        mention = speaker_before(masked, outer.start(1), outer.end(1))
        if mention is not None and mention.lead > outer.start(1) + _OUTER_SLACK:
            # Only part of the object names somebody ("sources close to Mr Trump", "officials
            # and residents"): not the whole source.
            mention = None
        if mention is None and low == "saying":
            # "quoted him saying", "quoted accurately in the story saying": as without it.
            mention = _mention_before(masked, ss, start, low, prev_txt, prev_word)
    else:
        mention = _mention_before(masked, ss, subject_end, low, prev_txt, prev_word)
        named = _named_after(masked, end, se, prev_txt, low) if mention is not None else None
        if named is not None:
            mention, cue.inverted = named, True
    if (
        mention is None
        and (prev_txt.endswith((",", MASK, "—", "–", ":")) or not prev_txt)
        and not low.endswith("ing")
    ):
        if low in _NEVER_INVERTED:
            # "Susan Rice, who said ... “honor,” told CNN": CNN is told; the subject speaks,
            # or the name after an opening quotation ("“...,” León Rodríguez, ..., told CBS").
            mention = _name_after_opening_quote(masked, ss, start)
            cue.linked = mention is None and bool(prev_txt)
        else:
            mention = speaker_after(masked, end, se)
            if (
                mention is not None
                and low in JUDGING_VERBS
                and not prev_txt.rstrip(",").endswith(MASK)
            ):
                # "..., more recently, accused President Obama of ...": whom the verb judges,
                # no inverted speaker unless a quotation stands before ("“...,” charged Barrett").
                mention = None
            cue.inverted = mention is not None
            if mention is not None and prev_txt and opens_clause(masked, mention):
                # "John McCain, a former Naval officer who was held as a prisoner of war, said
                # he is concerned": the pronoun opens the clause; the sentence's subject speaks.
                subject = subject_of(masked, ss, start)
                if subject is not None:
                    mention, cue.inverted = subject, False
    # Participles and coordinated verbs share the subject: "..., saying", "and added".
    cue.linked = cue.linked or (
        mention is None and _linked(low, prev_txt, prev_word, masked[end : end + 8])
    )
    if mention is not None and mention.kind == "pronoun" and mention.head == "it":
        mention = None if low in WEAK_CUE_WORDS else mention
    cue.mention = mention
    cue.left_region = mention.lead if mention is not None and not cue.inverted else start
    if mention is not None and not cue.inverted and masked.endswith(_THE, 0, cue.left_region):
        cue.left_region -= 4  # "..., the White House said": the article is the mention's
    if cue.linked:
        cue.left_region = window + _link_offset(prev_txt, prev_word)
    if mention is None and not cue.linked:
        return None
    if mention is not None and mention.kind == "np" and mention.head in ("data", "figures"):
        return None
    return cue


_ENDS_RE: Final = re.compile(r"[\s.!?…]*$")
_AGENT_AFTER_RE: Final = re.compile(
    r"[ \t]+(?:as[ \t]+)?(?:(?:a|an|the)[ \t]+)?\x01+[ \t]*,?[ \t]+by[ \t]+(?=[A-Z]|the[ \t])"
)
"""A participle's quoted object and its agent: 'praised as “very smart” by ', 'labeled “false”
by the '."""


def _passive_agent(masked: str, low: str, end: int, se: int) -> Mention | None:
    """The agent named after "by" when a naming participle (``PARTIAL_CUE_WORDS``, in "-ed")
    takes a quotation as its object with no object of its own before it: 'a decision praised
    as “very smart” by Trump' - he said "very smart" (an active verb has its object between,
    "praised the decision as")."""
    if not low.endswith("ed") or low not in PARTIAL_CUE_WORDS or low in CUE_WORDS:
        return None
    m = _AGENT_AFTER_RE.match(masked, end, se)
    if m is None:
        return None
    agent = speaker_after(masked, m.end(), se)
    return agent if agent is not None and agent.kind in ("name", "np") else None


def _named_after(masked: str, end: int, se: int, prev_txt: str, low: str) -> Mention | None:
    """A name right after a cue set off by a comma, with nothing after it but an apposition
    or the sentence's end: "..., said Joe Sorenson, a spokesman for the county." names the
    speaker, whatever name or noun the words before the comma hold ("In Gwinnett County, ...")."""
    if not prev_txt.endswith(",") or low in _NEVER_INVERTED or low.endswith("ing"):
        return None
    if not masked[end : end + 3].lstrip()[:1].isupper():
        return None  # no name next (the common case, tested before the mention is parsed)
    named = speaker_after(masked, end, se)
    if named is None or named.kind != "name" or masked[end : named.lead].strip():
        return None
    if _ENDS_RE.match(masked, named.end, se) is None and not apposition(masked, named.end, se):
        return None
    return named


def _mention_before(
    masked: str, ss: int, start: int, low: str, prev_txt: str, prev_word: str
) -> Mention | None:
    """The speaker written before the cue verb, unless the verb is a linked participle."""
    if low.endswith("ing") and (prev_txt.endswith((",", MASK)) or prev_word in ("and",)):
        return None
    mention = speaker_before(masked, ss, start)
    if mention is not None and _JUDGED_RE.search(masked, max(ss, mention.lead - 24), mention.lead):
        return None  # "women who have accused Cosby told CNN": Cosby is accused, not speaking
    if (
        mention is not None
        and low in NOUNISH_CUES
        and mention.kind == "np"
        and (mention.head not in KNOWN_SOURCE_HEADS)
    ):
        return None
    return mention


_NEVER_INVERTED: Final = frozenset({"tell", "tells", "told", "inform", "informs", "informed"})
"""Verbs whose next name is whom they tell, never an inverted speaker ("“...,” told CNN")."""


_OPENING_QUOTE_RE: Final = re.compile(r"\s*\x01+[ \t]*,?[ \t]*")


def _name_after_opening_quote(masked: str, ss: int, start: int) -> Mention | None:
    """The speaker named right after the quotation that opens the sentence, before START."""
    m = _OPENING_QUOTE_RE.match(masked, ss, start)
    return None if m is None else speaker_after(masked, m.end(), start)


def _linked(low: str, prev_txt: str, prev_word: str, after: str = "") -> bool:
    """A participle after a comma, or a verb after "and"/"but": it shares the subject."""
    ing = low.endswith("ing") and (prev_txt.endswith(",") or prev_word in ("while", "by", "and"))
    return ing or prev_word in ("and", "also", "but", "then") or _bare_naming(low, prev_word, after)


_ASKING_RE: Final = re.compile(r"\s+(?:for|on|upon|out|up|off|back|in)(?![\w’'-])")
_NAMING_INGS: Final = frozenset({"calling", "describing"})
_NOT_BEFORE_NAMING: Final = frozenset(
    {"of", "about", "from", "to", "with", "against", "on", "in", "at", "into", "who", "that"}
    | {"which", "the", "a", "an", "not", "is", "was", "are", "were", "be", "been", "being"}
    | {"like", "such"}
)


def _bare_naming(low: str, prev_word: str, after: str) -> bool:
    """A naming participle with no comma before it, after a lower-case word that ends the
    subject's own clause: "returned to the campaign trail last week calling the allegations
    “dirty politics”" (not "accused of calling", "people calling", "jabs like calling", nor
    "calling for" or "calling on", which ask, not name)."""
    return (
        low in _NAMING_INGS
        and _ASKING_RE.match(after) is None
        and prev_word.isalpha()
        and prev_word.islower()
        and prev_word not in _NOT_BEFORE_NAMING
        and prev_word not in ANON_NOUNS
        and prev_word not in PLURAL_PERSON_NOUNS
    )


def _link_offset(prev_txt: str, prev_word: str) -> int:
    """A linked verb's region starts at the comma or "and" before it."""
    k = len(prev_txt)
    if prev_txt.endswith(","):
        k -= 1
    elif prev_word:
        k -= len(prev_word)
    return k


_TO_OK_RE: Final = re.compile(
    r"(?:quick|went on|continued|proceeded|hastened|rushed|moved|took to \w+|went so far as|"
    r"was careful|were careful|did not hesitate|didn't hesitate|wasted no time)\s+to\s+$"
)


_DEED_LEAD_INS: Final = ("continued", "proceeded", "moved", "rushed", "hastened")
"""Lead-ins of ``_TO_OK_RE`` after which the subject is not looked for past the lead-in."""


_QUOTED_AS_RE: Final = re.compile(
    r"(?<![\w’'])(?:quot|cit)(?:ed|es|e|ing)\s+(?!(?:by|in|on|at|from|to)\s)([^,;:\x01]{1,80}?)\s+as\s+$"
)
"""An outer source reporting another's words: "quoted Trump as", "cites an aide as" (not the
passive "was quoted by the Times as", whose speaker is the subject)."""


_QUOTED_PASSIVE_RE: Final = re.compile(
    r"(?<![\w’'])(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?quoted"
    r"(?:\s+(?:in|by|on|at)\s+[^,;:\x01]{1,60}?)?\s+as\s+$"
)
"""A speaker quoted by someone: "he was quoted as", "was quoted in the Inquirer as" (the
subject, before the auxiliary, said it)."""


_QUOTED_SAYING_RE: Final = re.compile(
    r"(?<![\w’'])(?:quot|cit)(?:ed|es|e|ing)\s+(?!(?:by|in|on|at|from|to)\s)([^,;:\x01]{1,80}?)\s+$"
)
"""The same before "saying": "the Times quotes an advocacy group saying"."""

_OUTER_SLACK: Final = 4
"""An outer source's object may open with an article ("the ", "a ") its mention leaves out."""


_CLAUSE_OPENER_RE: Final = re.compile(r"(?:[,;:—–(]|\x01|(?<![\w’'])(?:and|but|yet|or))\s*$")


def starts_clause(masked: str, ss: int, pos: int) -> bool:
    """Whether a cue region at *pos* begins a new clause (not one embedded in "said (that) ...")."""
    before = masked[max(ss, pos - 12) : pos]
    return pos <= ss or not before.strip() or _CLAUSE_OPENER_RE.search(before) is not None


_PERSON_NAME_RE: Final = re.compile(
    r"(?<![\w’'.\-])((?:[A-Z][a-z’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'\-]+|[A-Z]\.))*)(?![\w’'])"
)


_POSSESSIVE_RE: Final = re.compile(r"[’']s$")
_ORG_NOUN_AFTER_RE: Final = re.compile(
    r"\s+(?:" + "|".join(sorted(w for w in ORG_WORDS if w.isalpha())) + r")s?(?![\w’'])"
)


_PARTY_ADJECTIVES: Final = frozenset({"republican", "democratic", "democrat"})
_LOWER_AFTER_RE: Final = re.compile(r"[ \t]+[a-z]")


def _modifier(masked: str, words: list[str], end: int) -> bool:
    """Whether a one-word name is an adjective of the noun after it ("the American people",
    "Republican senators", "the Russian jet"): nobody a "he" or "she" can mean."""
    low = words[0].lower() if len(words) == 1 else ""
    if low not in NATIONALITY_WORDS and low not in _PARTY_ADJECTIVES:
        return False
    return _LOWER_AFTER_RE.match(masked, end) is not None


def name_between(masked: str, a: int, b: int) -> Mention | None:
    """The last capitalised name between *a* and *b* (a pronoun's nearer antecedent)."""
    found = None
    for m in _PERSON_NAME_RE.finditer(masked, a, b):
        words = m.group(1).split()
        if words[0].lower() in NAME_STOPWORDS or words[-1].lower() in NAME_STOPWORDS:
            continue
        if _ORG_NOUN_AFTER_RE.match(masked, m.end(1)):
            # "accused the Trump administration of ..., a pattern he said": a name that
            # only qualifies an organisation is nobody the pronoun can mean.
            found = None
            continue
        if (
            m.group(1).lower() in PLACES
            or any(_POSSESSIVE_RE.search(w) for w in words[:-1])
            # "as many Democrats as ..., which he called": a group is no "he" or "she".
            or (len(words) == 1 and words[0].endswith("s") and words[0].lower() in ANON_NOUNS)
            or _modifier(masked, words, m.end(1))
        ):
            # "a senator from Alabama, ... but he", "Syria's Idlib": places are no antecedents.
            found = None
            continue
        found = m
    if found is None:
        return None
    return Mention(found.start(1), found.end(1), found.group(1), "name")
