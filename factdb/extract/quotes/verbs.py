"""Speakers of quotations with no cue word nearby: "X VERBed", dashes, colons, sentence subjects."""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.quotes.state import MASK, Cue, Quote, State
from factdb.extract.records import SpeakerRef
from factdb.extract.speakers.inverted import speaker_after, subject_of
from factdb.extract.speakers.mentions import speaker_before
from factdb.extract.speakers.resolve import SpeakerResolver
from factdb.extract.speakers.tokens import Mention
from factdb.extract.text.lexicon import (
    CUE_WORDS,
    DOCUMENT_NOUNS,
    KNOWN_SOURCE_HEADS,
    NOT_SPEECH_VERBS,
    ORG_DESCRIPTION_HEADS,
    ORG_WORDS,
    PARTIAL_CUE_WORDS,
    ROLE_HEADS,
    TITLE_WORDS,
    UTTERANCE_NOUNS,
)

ALL_CUE_WORDS: Final = CUE_WORDS | PARTIAL_CUE_WORDS
_SOURCE_HEADS: Final = (
    KNOWN_SOURCE_HEADS | ROLE_HEADS | ORG_DESCRIPTION_HEADS | ORG_WORDS | UTTERANCE_NOUNS
)
"""Nouns a described speaker may end in ("Obama's comment was:"); "lines", "sample", "night"
end none."""
_TEXT_VERBS: Final = frozenset({"reads", "read", "states", "stated", "says"})
"""Verbs of what a text says ("The legislation reads:", "the guide states:"): its noun is the
source, whatever the noun."""

_VERB_AFTER_RE: Final = re.compile(
    r"[\s,]*((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*|he|she|they|I|we|"
    r"(?:the|a|an|one|another|his|her|their)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)"
    r"\s+(?:(?:also|then|later|finally|quickly|simply|once)\s+)?"
    r"([a-z]+(?:ed|s|ew|ote|old|aid|ought))(?=[\s.,;:!?—–]|$)"
)


_HOW_PUT_RE: Final = re.compile(
    r"[\s,]*(?:was|is|were|are) (?:how|the way)\s+"
    r"((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*|he|she|they|I|we|"
    r"(?:the|a|an|one|another|his|her|their)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)"
    r"\s+(?:(?:later|once|first|bluntly|simply)\s+)?(put|described|summed|phrased|explained)"
    r"(?= it(?![\w’']))"
)
"""'“We've got a diverse caucus,” was how Boehner put it': the quotation is his words."""


_AS_PUT_RE: Final = re.compile(
    r"(?:^|(?<=[\s,(—–]))[Aa]s\s+"
    r"((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*|he|she|they|I|we|"
    r"(?:the|a|an|one|another|his|her|their)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)"
    r"\s+(?:(?:later|once|first|bluntly|simply|memorably)\s+)?"
    r"(put|puts|described|phrased|summed)\s+it(?![\w’'])[^\x01“”\"!?;]{0,80}[,:]$"
)
"""'As Doug Collins put it at Handel's final campaign event: “...”': the quotation is the words
of who put it, not of a name in the place or time after "put it"."""


_VERB_INVERTED_RE: Final = re.compile(r"[\s,]*([a-z]+(?:ed|s|ew|ote|old|aid))\s+(?=[A-Z])")


_DASH_NAME_RE: Final = re.compile(
    r"[\s\u00a0]*[―—–-]+[\s\u00a0]*((?:[A-Z][\w’'.-]*[\s\u00a0]+){0,4}[A-Z][\w’'-]*)[\s\u00a0.,]*$"
)


_NAME_DASH_RE: Final = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*)\s*[-—–―]$")


AS_PUT_REACH: Final = 160
"""How far before a quotation "As NAME put it" may start."""
_COLON_WORD_RE: Final = re.compile(r"([A-Za-z]+)[\s,]*$")
COLON_CUE_REACH: Final = 60
"""How far before a colon a cue may end and still introduce the quotation after it."""


_QUOTED_OBJECT_RE: Final = re.compile(
    r"\s+([^,;:\x01]{1,80}?)\s+as\s+(?:saying|telling|having said)\b"
)
"""The object of "quoted" and its "as saying" (\"...,\" The LA Times quoted Feinstein as saying)."""
_QUOTING_VERBS: Final = frozenset({"quoted", "quotes", "cited", "cites"})
_OBJECT_SLACK: Final = 4
"""The object may open with an article ("the ", "a ") its mention leaves out."""


def _quoted_object(masked: str, verb_end: int, limit: int) -> Mention | None:
    """The person "NP quoted" right after a quotation names with "as saying" (\"...,\" The LA
    Times quoted Feinstein as saying): the quoted words are the object's, not the subject's;
    None when no "as saying" follows or only part of the object names somebody."""
    if masked[verb_end - 6 : verb_end].lstrip().lower() not in _QUOTING_VERBS:
        return None
    m = _QUOTED_OBJECT_RE.match(masked, verb_end, limit)
    if m is None:
        return None
    found = speaker_before(masked, m.start(1), m.end(1))
    if found is None or found.lead > m.start(1) + _OBJECT_SLACK:
        return None
    return found


def verb_attribution(
    st: State, resolver: SpeakerResolver, q: Quote, ss: int, se: int, cues: list[Cue]
) -> tuple[SpeakerRef, str] | None:
    """A quotation followed by "NAME VERBed" or "VERBed NAME", or introduced by "NP VERBed:"."""
    masked = st.masked
    sp = q.span
    tail_end = min(se, sp.close + 120)
    m = _VERB_AFTER_RE.match(masked, sp.close, tail_end)
    if (
        m is not None
        and masked[sp.close - 2 : sp.close].strip(MASK) == ""
        and (m.group(2) not in NOT_SPEECH_VERBS)
    ):
        mention = speaker_before(masked, sp.close, m.start(2))
        # The verb must be a cue, or a verb in the past tense ("fumed") after a name: "“fiscal
        # cliff,” a combination of tax increases", "White House press" are no attribution.
        verb = m.group(2)
        cue_like = verb in ALL_CUE_WORDS or (
            mention is not None and mention.kind != "np" and verb.endswith("ed")
        )
        if mention is not None and cue_like:
            quoted = _quoted_object(masked, m.end(2), tail_end)
            if quoted is not None:
                return resolver.resolve(quoted), "saying"
            return resolver.resolve(mention), m.group(2)
    m = _HOW_PUT_RE.match(masked, sp.close, tail_end)
    if m is not None and masked[sp.close - 2 : sp.close].strip(MASK) == "":
        mention = speaker_before(masked, sp.close, m.start(2))
        if mention is not None:
            return resolver.resolve(mention), m.group(2)
    m = _VERB_INVERTED_RE.match(masked, sp.close, tail_end)
    if m is not None and m.group(1) not in NOT_SPEECH_VERBS:
        mention = speaker_after(masked, m.end(1), se)
        if mention is not None and mention.kind in ("name", "np"):
            return resolver.resolve(mention), m.group(1)
    line_end = masked.find("\n", sp.close)
    line_end = len(masked) if line_end < 0 else line_end
    m = _DASH_NAME_RE.match(masked, sp.close, min(line_end, sp.close + 80))
    if m is not None:
        mention = speaker_before(masked, sp.close, m.end(1))
        if mention is not None and mention.kind in ("name", "np"):
            return resolver.resolve(mention), "―"
    head_start = max(ss, sp.open - 200)
    before = masked[head_start : sp.open].rstrip()
    m = _NAME_DASH_RE.search(before) if sp.open - ss <= 80 else None
    if m is not None and head_start == ss and m.start() <= 2:
        mention = speaker_before(masked, ss, ss + m.end(1))
        if mention is not None and mention.kind == "name":
            return resolver.resolve(mention), "-"
    m = _AS_PUT_RE.search(before, max(0, len(before) - AS_PUT_REACH))
    if m is not None and ". " not in m.group(0)[m.end(2) - m.start() :]:
        mention = speaker_before(masked, head_start, head_start + m.end(1))
        if mention is not None:
            return resolver.resolve(mention), m.group(2)
    if before.endswith(":"):
        return colon_speaker(masked, resolver, ss, head_start + len(before) - 1, cues)
    mention = name_set_off(st, q, ss, se)
    if mention is not None:
        return resolver.resolve(mention), ","
    return None


_NAME_SET_OFF_RE: Final = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w’'-]*),\s+\S")
"""A name and a comma after a quotation: '“...,” David Castillo, Professor of ...'."""
SET_OFF_QUOTE_WORDS: Final = 4
"""A quotation named so is a sentence of this many words or more (not "“Cross-exam,” Elie
Honig, a former prosecutor, gives ..." with a column's title)."""


def name_set_off(st: State, q: Quote, ss: int, se: int) -> Mention | None:
    """The speaker of a quotation that opens its sentence and ends in a comma, when a name set
    off by a comma follows it with no verb of speech: '“...,” David Castillo, Professor of
    Romance Languages at the University at Buffalo.', '“...,” Robert Ross, a political science
    professor at Boston College.' (the name and its description stand for "said ..."); '“...,”
    Nicole Gerson, an attorney, reflected after the debate.' too. None otherwise."""
    sp = q.span
    text, masked = st.text, st.masked
    if st.masked[ss : sp.open].strip() or not text[sp.start : sp.start + 1].isupper():
        return None
    if text[sp.end - 1 : sp.end] != "," or len(sp.pieces) != 1:
        return None
    if len(text[sp.start : sp.end].split()) < SET_OFF_QUOTE_WORDS:
        return None
    m = _NAME_SET_OFF_RE.match(masked, sp.close, se)
    if m is None or MASK in masked[sp.close : se]:
        return None
    mention = speaker_before(masked, sp.close, m.end(1))
    if mention is None or mention.kind != "name" or mention.start != m.start(1):
        return None
    if mention.text.isupper():
        return None  # text in capitals: a heading's or a caption's words, no name told apart
    return mention


def colon_speaker(
    masked: str, resolver: SpeakerResolver, ss: int, colon: int, cues: list[Cue]
) -> tuple[SpeakerRef, str] | None:
    """The speaker of "NP VERBed:" ending at *colon* (the quotation follows the colon)."""
    end = colon
    while end > ss and masked[end - 1].isspace():
        end -= 1
    if end > ss and masked[end - 1] == ")":
        # "Rep. Trey Gowdy (R-S.C.):" - a transcript speaker with a party tag.
        opening = masked.rfind("(", ss, end)
        if opening > ss:
            mention = speaker_before(masked, ss, end)
            if mention is not None and mention.kind == "name":
                return resolver.resolve(mention), ":"
    m = _COLON_WORD_RE.search(masked, max(ss, colon - 40), colon)
    if m is None:
        # "... said in one text to Sondland on Sept. 1:" - a date or number before the colon.
        for cue in cues:
            if cue.ref is not None and 0 <= colon - cue.end <= COLON_CUE_REACH:
                return cue.ref, cue.word
        return None
    for cue in cues:
        if cue.ref is not None and cue.start <= m.start() <= cue.end + COLON_CUE_REACH:
            return cue.ref, cue.word
    if not any(ss <= cue.start < colon for cue in cues):
        owner = _words_owner(masked, ss, colon)
        if owner is not None:
            return resolver.resolve(owner), ":"
    word = m.group(1)
    if word[:1].isupper():
        # "... as Trump put it:" / "Trump:" - a name right before the colon.
        mention = speaker_before(masked, ss, m.end())
        if mention is not None and mention.kind == "name" and "//" not in mention.text:
            # "NAT//Crowd:" - a broadcast script's sound label, not a speaker.
            subject = _subject_before_object(masked, ss, mention)
            return resolver.resolve(subject or mention), ":"
        return _from_source(masked, resolver, ss, m.end())
    # "More from the report:" - a described source right before the colon.
    mention = speaker_before(masked, ss, m.end())
    if mention is not None and mention.kind == "np" and mention.head in KNOWN_SOURCE_HEADS:
        return resolver.resolve(mention), ":"
    found = person_subject(masked, ss, colon)
    if found is not None and found[0].kind == "name":
        # "Taylor again texted Sondland with his concerns:": the subject, not the object.
        return resolver.resolve(found[0]), found[2]
    mention = speaker_before(masked, ss, m.start())
    if (
        mention is not None
        and mention.kind == "np"
        and mention.head not in _SOURCE_HEADS
        and word.lower() not in ALL_CUE_WORDS
        and word not in _TEXT_VERBS
        and word != "that"
    ):
        # "the president got off one of the few funny lines of the night:": the lines say
        # nothing; the subject speaks if a described person, else nobody named here does.
        subject = subject_of(masked, ss, colon)
        if subject is None or not _source_subject(subject):
            return None
        mention = subject
    if mention is None:
        mention = subject_of(masked, ss, colon)
    if mention is None:
        return None
    return resolver.resolve(mention), word


def _source_subject(subject: Mention) -> bool:
    """Whether SUBJECT is a described person who speaks ("the spokesman"), also when named in
    apposition after the description ("The House speaker, Paul Ryan, issued ...:")."""
    if subject.kind == "np":
        return subject.head in _SOURCE_HEADS
    words = (subject.description or "").lower().split()
    return subject.kind == "name" and bool(words) and words[-1] in _SOURCE_HEADS


OWNED_SPEECH_NOUNS: Final = frozenset(
    w for w in UTTERANCE_NOUNS | DOCUMENT_NOUNS if re.fullmatch(r"[a-z-]+", w)
)
_OWNED_WORDS_RE: Final = re.compile(
    r"(?:^|(?<=[\s(]))((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)[’']s\s+"
    r"(?:[a-z][\w-]*\s+)?(" + "|".join(sorted(OWNED_SPEECH_NOUNS)) + r")(?![\w’'])"
)
"""A name's words before a colon: "Chuck Todd's thoughts on ...:", "Trump's tweet, posted in
all-capital letters:", "Reilly's take:"."""
_OWNED_BEFORE: Final = frozenset({"with", "is", "was", "are", "were", "here's", "here’s"})
"""Words before such a phrase that present the words it names ("I'll leave you with"); after
other words ("relying on Comey's statement:", "responding to Trump's tweet:") the phrase is
what the sentence's subject reacts to."""


def _words_owner(masked: str, ss: int, colon: int) -> Mention | None:
    """The named owner of the words a sentence ending at COLON introduces, with no cue in the
    sentence: "NAME's thoughts" (a noun of ``owned_speech_nouns``) opening the sentence or
    after a word of ``_OWNED_BEFORE``."""
    if masked.find("’s ", ss, colon) < 0 and masked.find("'s ", ss, colon) < 0:
        return None
    m = _OWNED_WORDS_RE.search(masked, ss, colon)
    if m is None:
        return None
    before = masked[ss : m.start()].split()
    while before and before[0].lower() in _OPENERS:
        before.pop(0)
    for _ in range(3):
        if before and _describes_name(before[-1]):
            before.pop()  # "NBC newsman Chuck Todd's thoughts"
    if before and before[-1].lower() not in _OWNED_BEFORE:
        return None
    mention = speaker_before(masked, ss, m.end(1))
    if mention is None or mention.kind != "name" or mention.start < m.start(1):
        return None  # the name must be the possessor's, a title before it aside
    return mention


def _describes_name(word: str) -> bool:
    """Whether WORD may stand before a name as its title or description: capitalised ("NBC",
    "Sen."), a role or title word, or a person's noun ("newsman", "strategist")."""
    low = word.lower()
    return (
        word[:1].isupper()
        or low in ROLE_HEADS
        or low in TITLE_WORDS
        or low.endswith(("man", "woman", "ist", "er", "or"))
    )


_OPENERS: Final = frozenset({"the", "and", "but", "so", "then", "still", "here", "here's"})
"""Words that may open such a sentence before the name ("And Obama's take:")."""


_SOURCE_BEFORE: Final = frozenset(
    {"quoted", "quoting", "cited", "citing", "echoed", "echoing", "invoked", "invoking"}
    | {"paraphrased", "paraphrasing", "channeled", "channeling", "channelled", "from", "by"}
    | {"to", "of", "per", "via", "as", "and", "or", "&"}
)
"""Words before a name ending at a colon that leave the words after it that name's: "quoted
Lincoln:", "according to Sanders:", "a statement by Pelosi:"."""


def _subject_before_object(masked: str, ss: int, mention: Mention) -> Mention | None:
    """The named subject of "NAME VERBs NAME:" when the name before the colon is the verb's
    object ("President Trump appears to back Roy Moore:", "Pelosi rebuked Trump:"): the
    quotation after the colon is the subject's."""
    before = masked[ss : mention.start].split()
    while before and (before[-1] in ROLE_HEADS or before[-1] in TITLE_WORDS):
        before.pop()  # "a statement from national security adviser John Bolton:"
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return None
    if before[-1] in _SOURCE_BEFORE or before[-1] in ALL_CUE_WORDS:
        return None
    subject = subject_of(masked, ss, mention.start)
    if subject is None or subject.kind != "name" or subject.end >= mention.start:
        return None
    # Any verb will do: the quotation is not said to be the verb's ("appears to back").
    return subject if _SUBJECT_VERB_RE.match(masked, subject.end, mention.start) else None


_MORE_FROM_RE: Final = re.compile(
    r"(?:^|\s)(?:[Hh]ere[’']?s|[Hh]ere is|[Mm]ore)\s+(?:more\s+)?(?:[a-z]+\s+){0,4}?from\s+$"
)
"""'Here's more about the plan from', 'More on the vote from': a source's passage follows."""


def _from_source(
    masked: str, resolver: SpeakerResolver, ss: int, end: int
) -> tuple[SpeakerRef, str] | None:
    """The name after "Here's more about the plan from" right before a colon: the passage
    quoted after the colon is that source's ("Here's more about the plan from The Associated
    Press:")."""
    at = masked.rfind(" from ", ss, end)
    if at < 0 or _MORE_FROM_RE.search(masked[ss : at + 6]) is None:
        return None
    mention = speaker_before(masked, at + 6, end)
    if mention is None or mention.kind != "name" or mention.start != _skip_the(masked, at + 6):
        return None
    return resolver.resolve(mention), ":"


def _skip_the(masked: str, at: int) -> int:
    """AT, moved past an opening "the " or "The "."""
    return at + 4 if masked.startswith(("the ", "The "), at) else at


_SUBJECT_VERB_RE: Final = re.compile(
    r"\s+(?:(?:also|later|then|has|had|have|once|repeatedly|previously|again|even|recently|"
    r"publicly|quickly|often|never|still|just)\s+){0,2}([a-z]+(?:ed|s))(?![\w’'])"
)


def person_subject(masked: str, ss: int, before: int) -> tuple[Mention, int, str] | None:
    """A named or pronoun subject followed by a verb, before *before*: "Trump later defended"."""
    subj = subject_of(masked, ss, before)
    if subj is None or subj.kind not in ("name", "pronoun") or subj.head in ("it", "org"):
        return None
    m = _SUBJECT_VERB_RE.match(masked, subj.end, before)
    if m is None or m.group(1) in NOT_SPEECH_VERBS:
        return None
    return subj, m.end(1), m.group(1)
