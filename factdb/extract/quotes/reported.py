"""Reported speech: the clause a cue introduces, after it, before it or after "according to"."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Final

from factdb.extract.quotes.cues import AUX_RE, apposition, starts_clause
from factdb.extract.quotes.negation import negated
from factdb.extract.quotes.spans import QuoteSpan
from factdb.extract.quotes.state import (
    MASK,
    THAT_RE,
    Cue,
    Indirect,
    State,
    assign,
    has_that,
    in_range,
    quote_at,
    quote_ending_at,
    trim,
    word_count,
)
from factdb.extract.records import SpeakerKind, SpeakerRef
from factdb.extract.speakers.names_parse import GROUP_PLURALS
from factdb.extract.text.lexicon import (
    ANON_NOUNS,
    AUX_WORDS,
    BE_WORDS,
    CLAUSE_VERBS,
    CUE_WORDS,
    ING_PREPOSITIONS,
    NAMING_VERBS,
    PARTIAL_CUE_WORDS,
    SUBJECT_SPEECH_WORDS,
    TELL_CUES,
    TO_CUES,
    WEAK_CUE_WORDS,
)
from factdb.extract.text.wordlists import words

_CLAUSAL_RE: Final = re.compile(
    r"(?<![\w’'])(?:is|are|was|were|be|been|being|am|will|would|can|could|should|shall|may|"
    r"might|must|has|have|had|do|does|did|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|"
    r"couldn't|shouldn't|doesn't|don't|didn't|hasn't|haven't|hadn't|to|[\w’'-]+ed|"
    r"[\w’'-]+[’']s|[\w’'-]+[’'](?:re|ll|ve|d))(?![\w’'])",
    re.IGNORECASE,
)
_POSSESSIVE_RE: Final = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*[’']s\s+[A-Z]")
"""A name in "’s" before a capitalised word ("Duck Dynasty’s Willie Robertson"): a possessive,
no verb."""


_BAD_CLAUSE_START_RE: Final = re.compile(
    r"(?:after|before|during|on|in|at|which|who|whom|whose|when|while|following|last|earlier|"
    r"later|as|because|since|and|but|or|from|with|without|via|through|by|for|of|about|"
    r"repeatedly|again|also|then|today|yesterday|tonight)\b",
    re.IGNORECASE,
)


_STOP_PUNCT_RE: Final = re.compile(r"[;.!?]")
_NEW_CLAUSE_RE: Final = re.compile(r",\s+(?:but|yet)\s+(?:he|she|they|it|we|I|you)\s+(?!that\b)")
"""A comma and a conjunction opening a clause of its own between a cue and a later "that"
("everything he says, but he seems to hold out some hope that ..."): not the cue's "that"."""
ADD_WORDS: Final = frozenset({"add", "adds", "added", "adding"})
_AMOUNT_RE: Final = re.compile(
    r"(?:(?:more than|nearly|about|roughly|almost|over|another|some|an additional)\s+)?"
    r"[$£€]?\d"
)


_EMPTY_REST_RE: Final = re.compile(r"[.!?;,)]|$")


_SAID_SO_RE: Final = re.compile(
    r"(?:so|yes|no|nothing|something|anything|it|this|that|as much|otherwise|the same|little|"
    r"much|a lot|goodbye|hello|thanks|sorry)\s*(?:[.,;!?]|$|\x01)"
)


_NP_START_RE: Final = re.compile(r"(?:its|his|her|their|our|my|the|a|an|this|these|those)\s")


_FINAL_LEAD: Final = (
    r"\s*+,?\s*+(?:on|in|at|during|after|before|last|this|earlier|later|late|early|via|"
    r"through|over|from|to|with|while|when|since|today|yesterday|tonight|recently|previously|"
    r"reporters|journalists|[A-Z][\w.’'-]*|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|the|a|an|his|her|their|its|of|an?|told|said|\w+ly)\b"
)
FINAL_TAIL_RE: Final = re.compile(rf"^(?:{_FINAL_LEAD}[^\x01;]*?)?[\s.!?…]*$")
"""What may follow a cue that ends its sentence's attribution; :func:`final_tail` tests it.
The blanks before the first word are taken possessively (``*+``): a word follows them, so
sharing them out between the two runs never helps, and a tail of blanks is linear, not
quadratic (460 blanks took 17 ms)."""
_FINAL_LEAD_RE: Final = re.compile(_FINAL_LEAD)
_FINAL_MARKS_RE: Final = re.compile(r"[\s.!?…]*$")


def final_tail(tail: str) -> bool:
    """Whether ``FINAL_TAIL_RE`` matches TAIL, without its lazy run tried at every character:
    the words after the lead hold neither a quotation nor ";" exactly when TAIL holds none
    (the lead and the closing marks hold neither), and otherwise only marks may make TAIL."""
    if "\x01" not in tail and ";" not in tail and _FINAL_LEAD_RE.match(tail) is not None:
        return True
    return _FINAL_MARKS_RE.match(tail) is not None


CONJ_AFTER_QUOTE_RE: Final = re.compile(
    r"[\s,]*(?:(?:and|but|then)\s+(?:then\s+|also\s+)?(?:[a-z]+ed|kept|went|left|took|made|"
    r"said|told|began|ran|got|gave|came|continued|walked|turned)\b|until\b)"
)


def _says_words(word: str) -> bool:
    """Whether the verb WORD may report words in its object: a cue, or a verb whose object may
    be what was said (``subject_speech_verbs.txt``), not a deed."""
    return word.lower() in SUBJECT_SPEECH_WORDS


DEED_QUOTE_WORDS: Final = 4
"""A quotation after a verb that is a deed ("returned", "voted", "erected") is the subject's
only from this many words on ("offered a number of proposals to help students “stop digging
the hole”"); shorter ones are mostly terms and scare quotes ("faces a tall order in rallying
support for a government-run insurance plan, or “public option,”")."""


def deed_quote(text: str, span: QuoteSpan, verb: str) -> bool:
    """Whether the quotation SPAN after the sentence subject's VERB, with no cue in the
    sentence, is no words of the subject: VERB is a deed and the quotation short."""
    return not _says_words(verb) and word_count(text, span.start, span.end) < DEED_QUOTE_WORDS


def wrap(st: State, a: int, b: int, ref: SpeakerRef, cue: Cue, sentence: tuple[int, int]) -> None:
    """Reported content made of the writer's words around a few quoted ones.

    "called the program “worse than amnesty”": the content is "the program “worse than amnesty”",
    emitted as reported speech when the quoted words are less than half of it.
    """
    if not _says_words(cue.word):
        return  # "helped circulate an online petition ... “...”": a deed, nothing reported
    s, e = trim(st.masked, a, b)
    e = b if b > s and st.masked[b - 1] == MASK else e
    if e <= s or (st.masked[s] == MASK and word_count(st.masked[s:e].replace(MASK, " ")) == 0):
        return
    quoted = st.masked.count(MASK, s, e)
    if quoted >= 0.5 * (e - s) or word_count(st.masked[s:e].replace(MASK, " ")) < 1:
        return
    if cue.word in NAMING_VERBS and _NAMED_COMPLEMENT_RE.match(st.masked, s, b):
        return  # "calls the fiscal cliff a “nightmare.”": a short object named, a partial quote
    for ind in reversed(st.indirect[-4:]):
        if ind.cue == cue.word and ind.sentence == sentence and ind.start == s:
            # One record per cue: a later quotation of the same content lengthens it.
            ind.end = max(ind.end, e)
            cue.produced = True
            return
    st.indirect.append(Indirect(s, e, ref, cue.word, sentence))
    cue.produced = True


def parenthetical(st: State, cues: list[Cue], ci: int, ind: Indirect, after: int, ss: int) -> None:
    """ "Many of the closures, he said, have involved ...": the clause starts before the cue."""
    cue = cues[ci]
    masked = st.masked
    if (cue.inverted and cue.word != "according to") or not masked[
        after : ind.start
    ].strip().startswith(","):
        return
    edge = cue.left_region
    head = masked[ss:edge].rstrip()
    if not head.endswith(",") or (ci > 0 and any(c.produced or c.got_quote for c in cues[:ci])):
        return
    hs, he = trim(masked, ss, ss + len(head))
    if word_count(masked, hs, he) < 2 or word_count(masked, hs, he) > 25 or MASK in masked[hs:he]:
        return
    ind.gap = (he, ind.start)
    ind.start = hs


_NOT_IN_PHRASE: Final = (
    "the|a|an|he|she|it|they|we|I|you|his|her|their|its|our|this|that|these|those|there|"
    "on|in|at|during|after|before|last"
)
_RECIPIENT_RE: Final = re.compile(
    r"[\s,]*(?:reporters|journalists|the press|the media|supporters|the crowd|lawmakers|"
    r"the audience|an audience|voters|him|her|them|us|me|you|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)"
    r"(?:\s+(?:on|in|at|during|after|before|last|this)\s+"
    r"(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*)*"
    r"(?:\s+\d+(?:st|nd|rd|th)?(?![\w’'-]))?"
    r"|(?:(?:the|a|an|his|her|their|its|our)\s+)?[\w’'-]+(?:\s+(?!(?:"
    + _NOT_IN_PHRASE
    + r")(?![\w’'-]))[\w’'-]+)?)){0,2}"
    r"\s*[,:]?\s+"
)
"""The one told right after a cue of telling, and up to two short phrases of time or place:
"told reporters in Washington on Tuesday the ...", "told reporters at the White House the ...",
"on March 1st", "on State of the Union". A lower-case phrase's second word is no determiner,
pronoun or preposition, which start the clause or the next phrase."""
_TELL_WORDS: Final = frozenset({"tell", "tells", "told", "telling"})
_NAMED_RECIPIENT_RE: Final = re.compile(
    r"[\s,]*the\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s+"
    r"(?!this\s+(?:week|month|year|morning|afternoon|evening|weekend)(?![\w’']))"
    r"(?=(?:the|a|an|he|she|they|it|his|her|their|its|there|this|these|those)\s+)"
)
"""An outlet or body told a clause with no "that": "tells the Chronicle the ban was ...",
"told the Senate Judiciary Committee he had ..."."""
_WHEN_RE: Final = re.compile(r"\s*(?:,\s*)?(?:(?:(?:on|last|this)\s+)?[A-Z]\w+day\b)?\s*[,:]?\s*")
"""A weekday and commas right after a cue ("said on Monday, "); "on" alone is no weekday."""


_RELATIVE_THAT_RE: Final = re.compile(
    r"\s*(?:the|a|an|his|her|its|their|this|these|those|our|my)\s", re.IGNORECASE
)
_VERB_NEXT_RE: Final = re.compile(
    r"\s+(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|could|can|may|might|should)(?![\w’'])"
)
"""An object noun phrase right after a cue, then "that" and a verb: "that" opens a relative
clause about the object ("a vote that was once a technicality"), not what was said."""


_TIME_AFTER_THAT_RE: Final = re.compile(
    r"\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year)(?![\w’'])"
)
"""A time after "that" ("added later that evening: ...", "said that day that ..."): a
determiner there, no conjunction."""
_WORD_NEXT_RE: Final = re.compile(r"[ \t]+(?=[A-Za-z])")
_ADVERB_BEFORE_THAT_RE: Final = re.compile(
    r"(?<![\w’'])(?:later|earlier|on|in|during|by|until|all)[ \t]+$", re.IGNORECASE
)
"""The words before a time that make it an adverbial of the cue: "told friends later that
year ..." (not the clause's own subject: "said another man that day was struck")."""


_SUBORDINATOR_BEFORE_RE: Final = re.compile(
    r"(?<![\w’'])(?:when|whenever|if|because|while|once|where|why|how|what|as|although|"
    r"unless|do|does|did|doing|done)[ \t]+$",
    re.IGNORECASE,
)
"""A subordinating word right before "that" ("said when that was all going on ..."): "that" is
the subordinate clause's subject or determiner, not the cue's conjunction ("after", "before",
"since" and "until" are left out: "said after that families ..." reports the clause after it, and
"though", an adverb in "insists though that ..."). After "do", "that" is the verb's object:
"said he’d rather resign than do that, and Trump backed down")."""
_PRONOUN_THAT_RE: Final = re.compile(
    r"\s+(?:is|was|were|has|had|will|would|could|can|may|might|should|must|does|did|isn[’']t|"
    r"wasn[’']t|won[’']t|wouldn[’']t|doesn[’']t|didn[’']t|hasn[’']t)\s+"
    r"(?!(?:he|she|it|they|we|I|you|there)(?![\w’']))"
)
"""A finite verb right after "that" ("said that was wrong"): "that" is the clause's subject and
its first word ("that had he known, ..." is an inverted condition after the conjunction)."""


def _conjunction_that(window: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The first "that" of WINDOW that is no time's determiner nor a subordinate clause's
    subject, and the first time that is an adverbial of the cue ("added later that evening:
    ...")."""
    m = THAT_RE.search(window)
    time = None
    while m is not None:
        t = _TIME_AFTER_THAT_RE.match(window, m.end())
        if t is None and not _SUBORDINATOR_BEFORE_RE.search(window, 0, m.start()):
            break
        if t is not None and time is None and _ADVERB_BEFORE_THAT_RE.search(window, 0, m.start()):
            time = t
        m = THAT_RE.search(window, m.end())
    return m, time


def _only_recipient(window: str, that: re.Match[str], word: str) -> bool:
    """Whether nothing but the cue's recipient comes before THAT ("told reporters that")."""
    if not window[: that.start()].strip():
        return True
    recipient = _RECIPIENT_RE.match(window) if word in TELL_CUES else None
    return recipient is not None and recipient.end() == that.start()


_RECIPIENT_GOES_ON_RE: Final = re.compile(r"(?:of|in|at|on|from|with|for)\s")
"""A preposition right after a recipient: its phrase goes on ("told the crowd of about 6,000")."""
_SUBJECT_NEXT_RE: Final = re.compile(
    r"\s+(?:(?:he|she|it|they|we|I|you|there|the|a|an|his|her|their|its|this|these|those|our|"
    r"my|some|many|most|all|no)(?![\w’'])|[A-Z\d\x01“\"])"
)
"""What opens a clause's subject after the "that" of a long recipient ("... in Manchester that
his agenda ..."), not a relative clause's verb ("like the one that took place")."""
LONG_RECIPIENT_WORDS: Final = 20


def _long_recipient(between: str) -> bool:
    """Whether the words between a cue of telling and its "that" are a recipient and its
    phrases: no verb, quotation or stop, and at most ``LONG_RECIPIENT_WORDS`` words."""
    return (
        MASK not in between
        and not _STOP_PUNCT_RE.search(between)
        and _CLAUSAL_RE.search(between) is None
        and word_count(between) <= LONG_RECIPIENT_WORDS
    )


def find_clause_start(masked: str, pos: int, limit: int, word: str) -> int | None:
    """Where the reported clause after a cue begins, or None when no clause follows."""
    window = masked[pos : min(limit, pos + 140)]
    m, time = _conjunction_that(window)
    if m is None and time is not None:
        # "told senior agents later that year he worried ...": the clause after the time.
        word_next = _WORD_NEXT_RE.match(window, time.end())
        return None if word_next is None else pos + word_next.end()
    if m is not None:
        between = window[: m.start()]
        # A quoted title may sit in a recipient: "told ABC’s “This Week” that ...".
        titled = word in TELL_CUES and between.count(MASK) <= 40
        if (
            (MASK not in between or titled)
            and not _STOP_PUNCT_RE.search(between)
            and not _NEW_CLAUSE_RE.search(between)
            and word_count(between) <= 10
        ):
            if _PRONOUN_THAT_RE.match(window, m.end()) and _only_recipient(window, m, word):
                return pos + m.start()  # "said that was wrong": "that" is the subject
            if not (_RELATIVE_THAT_RE.match(between) and _VERB_NEXT_RE.match(window, m.end())):
                return pos + m.end()
            if word not in CLAUSE_VERBS or word in ADD_WORDS:
                return None  # "stressed her support of the raid that killed ...": an object
            # "said the opening that materialized this week cannot be ...": the clause's subject.
    if word in TELL_CUES:
        m2 = _RECIPIENT_RE.match(window)
        if m2 is None and word in _TELL_WORDS:
            m2 = _NAMED_RECIPIENT_RE.match(window)
        if m2 is None:
            return None
        if (
            m is not None
            and _RECIPIENT_GOES_ON_RE.match(window, m2.end())
            and _long_recipient(window[: m.start()])
            and _SUBJECT_NEXT_RE.match(window, m.end())
        ):
            # "told the crowd of about 6,000 in a park in Manchester that ...": the recipient
            # goes on up to "that" ("reminds us of the perils ... like the one that took place"
            # has a relative "that").
            return pos + m.end()
        if window.startswith("that ", m2.end()):
            return pos + m2.end() + 5  # "told reporters on Aug. 19 that he ...": past "that"
        return pos + m2.end()
    m3 = _WHEN_RE.match(window)
    start = pos + (m3.end() if m3 else 0)
    rest = masked[start : start + 40]
    if word in TO_CUES and not rest.startswith("to "):
        return None
    if _BAD_CLAUSE_START_RE.match(rest):
        # "said in a statement, the plan would fail", "contend after a summer of meals, these
        # kids will do better": the clause after a fronted phrase set off by a comma ("according
        # to people in the White House, Obama ..." is read by the cue's own rule).
        if word == "according to":
            return None
        return _after_fronted_phrase(masked, start, limit)
    if _EMPTY_REST_RE.match(rest):
        return None
    if _SAID_SO_RE.match(rest) and word in ("say", "says", "said", "saying"):
        return None
    if word in ADD_WORDS and _AMOUNT_RE.match(rest):
        return None  # "the economy added 163,000 jobs": an amount added, nothing said
    return start


_FRONTED_RE: Final = re.compile(
    r"(?:in|on|at|after|before|during|following|while|when|because|since|as)"
    r"\s[^\x01;:.!?,()“”\"—–]{1,80}?,\s+"
)
"""A phrase that opens the words after a cue and ends at a comma: "in a statement, ", "after a
summer of nourishing meals, ", "while the plan was costly, " (one phrase, no quotation; not
"with": "JAGs charged with standing up for victims' rights, the program is")."""
_FRONTED_CLAUSE_RE: Final = re.compile(
    r"(?:he|she|it|they|we|I|there|the|his|her|their|its|this|these|those|our|most|many|some|"
    r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)*)(?:\s+[\w’'-]+){0,5}?\s+"
    r"(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had|does|did|"
    r"won[’']t|wouldn[’']t|isn[’']t|wasn[’']t|aren[’']t|can[’']t|doesn[’']t|didn[’']t)(?![\w’'])"
)
"""The clause after that phrase: a subject and, within a few words, an auxiliary ("the plan
would fail", "these kids will do better"), not a noun phrase the cue's object runs on into."""
_FRONTED_MAX_WORDS: Final = 12


def _after_fronted_phrase(masked: str, start: int, limit: int) -> int | None:
    """Where the reported clause begins after a phrase that opens it (``_FRONTED_RE``), when a
    clause with a subject and an auxiliary follows; else None."""
    m = _FRONTED_RE.match(masked, start, limit)
    if m is None or word_count(masked, start, m.end()) > _FRONTED_MAX_WORDS:
        return None
    if _FRONTED_CLAUSE_RE.match(masked, m.end(), limit) is None:
        return None
    return m.end()


_THING_CUES: Final = words("thing_cue_verbs")
_FINITE_RE: Final = re.compile(
    r"(?<![\w’'])(?:is|are|was|were|be|been|will|would|can|could|should|shall|may|might|must|"
    r"has|have|had|do|does|did|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|couldn't|"
    r"shouldn't|doesn't|don't|didn't|hasn't|haven't|hadn't|[\w’'-]+ed|"
    r"[\w’'-]+[’'](?:re|ll|ve|d))(?![\w’'])"
)
"""A word that may be a clause's finite verb ("the plan would fail", "the team finished"); not
"to", nor a name's "’s", nor a capitalised word ("a May 18 target date")."""
_PREPOSITION_RE: Final = re.compile(
    r"(?<![\w’'])(?:in|on|at|for|with|against|from|into|during|after|before|over|under|by|to|"
    r"across|near|since|until|without|amid|ahead)(?![\w’'])",
    re.IGNORECASE,
)
_SEGMENT_END_RE: Final = re.compile(r"[,;:(—–]|\s(?:but|while|as|though|although|so)\s")


_WRITE_WORDS: Final = frozenset({"write", "writes", "wrote", "writing", "written"})
_WRITTEN_THINGS: Final = words("written_things")
_WRITTEN_HEAD_WORDS: Final = 4
"""How many words after the determiner may come before the thing written ("the League of
Nations treaty")."""


def _thing_object(clause: str, word: str) -> bool:
    """Whether CLAUSE, after the cue WORD with no "that", is a noun phrase naming a thing added,
    announced or filed, no clause: it opens with a determiner, and up to its first comma or
    "but" it holds no finite verb, or only one after a preposition ("added a second-degree
    murder charge in addition to the third-degree charge already filed", "announced a stop in
    New Hampshire on Tuesday but did not say ..."). "added the plan would fail", "announced
    his campaign and allied groups collected $181 million" have a subject and its verb.
    After "wrote", the noun phrase must name a thing written (``written_things.txt``: "wrote a
    letter to the board", not "wrote the misuse of data stretches from ...")."""
    start = _NP_START_RE.match(clause)
    if start is None or clause.isupper():
        return False
    if word in _WRITE_WORDS:
        heads = [w.lower().strip(",.;:") for w in clause[start.end() :].split(None, 5)]
        if not any(w in _WRITTEN_THINGS for w in heads[:_WRITTEN_HEAD_WORDS]):
            return False
    elif word not in _THING_CUES:
        return False
    end = _SEGMENT_END_RE.search(clause)
    segment = clause if end is None else clause[: end.start()]
    verb = _FINITE_RE.search(segment)
    if verb is not None and verb.start() == start.end() and verb.group().endswith("ed"):
        verb = _FINITE_RE.search(segment, verb.end())  # "a targeted closure": an adjective
    if verb is None:
        return True
    if not verb.group().lower().endswith("ed"):
        return False  # "announced the U.S. embassy in Israel would move": an auxiliary's clause
    return _PREPOSITION_RE.search(segment, 0, verb.start()) is not None


_AGREED: Final = frozenset({"agree", "agreed", "agrees", "agreeing"})
_PLEA_RE: Final = re.compile(r"(?:not\s+)?guilty(?![\w’'])|no\s+contest(?![\w’'])")
"""A plea after "pleaded" ("pleaded guilty to lying"): a plea entered in court, not a clause."""


_DECLARE_WORDS: Final = frozenset({"declare", "declared", "declares", "declaring"})
_COMPLEMENT_RE: Final = re.compile(
    r"(?:it|them|him|her|itself|themselves|himself|herself)\s+(?!(?:"
    + "|".join(sorted(AUX_WORDS | BE_WORDS))
    + r"|that)(?![\w’']))[a-z]+(?:ed|en)(?![\w’'])"
)
"""An object and its complement after "declare": "declaring it fulfilled before the Court hears
the case", "declared them dead" (a verdict on a thing, no clause: "declared it was over" has
one)."""


_TWO_OBJECTS_RE: Final = re.compile(
    r"(?:him|her|them|us|me)\s+(?:a|an|the|any|his|her|their|its|our)\s"
)
"""A person and a thing right after a cue that tells no one: "deny him a first-ballot
victory", "guaranteed him the backing of ...", "call him a stand-up guy" (objects, no clause;
"told him the plan ..." has its recipient)."""


_AS_QUOTE_RE: Final = re.compile(
    r"([^\x01;:]{1,80}?)\s+as\s+(?!(?:well|if|though|long|soon|much|many|far|part|of)\b)"
    r"((?:[a-z’'-]+\s+){0,3})\x01+[\s.,;!?]*$"
)
"""An object and the quoted words it is called by: "slammed Mueller’s investigation as a “witch
hunt.”", "described it generally as a “message.”" (the words are a partial quote, the object no
clause)."""
_NAMED_COMPLEMENT_RE: Final = re.compile(
    r"(?:the|his|her|their|its|this|these|those|our|my)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+"
    r"(?:(?:a|an|the)\s+)?(?:[a-z’'-]+\s+)?\x01+[\s.,;!?]*$"
)
"""A short object and the quoted words a naming verb gives it, ending the clause: "calls the
fiscal cliff a “nightmare.”", "called the allegations against him “dirty politics.”"."""
_POSSESSIVE_S_RE: Final = re.compile(r"[’']s(?![\w’'])")


def _as_quote(clause: str) -> bool:
    """Whether CLAUSE is an object of at most eight words with no verb, "as" and quoted words
    that end it (_AS_QUOTE_RE): 'wrote it off as “ridiculous and petty.”' ('said the
    committee’s description of the company as a “stimulus recipient” was false' is a clause)."""
    m = _AS_QUOTE_RE.match(clause)
    if m is None:
        return False
    head = _POSSESSIVE_S_RE.sub("", m.group(1))
    if word_count(head) > 8 or _CLAUSAL_RE.search(head) or "," in head:
        return False
    return _CLAUSAL_RE.search(m.group(2)) is None


def clause_ok(
    masked: str, cs: int, ce: int, word: str, after: int, *, joined: bool = False
) -> bool:
    """Whether ``[cs, ce)`` after the cue WORD is something said; JOINED, the cue is linked to
    an earlier cue of its sentence that reported a clause."""
    clause = masked[cs:ce]
    if word.startswith("plead") and _PLEA_RE.match(clause):
        return False
    if word in _DECLARE_WORDS and _COMPLEMENT_RE.match(clause) and not has_that(masked, after, cs):
        return False
    if word not in TELL_CUES and word != "according to" and _TWO_OBJECTS_RE.match(clause):
        return False  # "can still deny him a first-ballot victory": a deed with two objects
    if MASK in clause and _as_quote(clause) and not has_that(masked, after, cs):
        return False
    if MASK not in clause and _thing_object(clause, word) and not has_that(masked, after, cs):
        return False  # "prosecutors added a second-degree murder charge": a thing, not words
    if MASK in clause and not clause.startswith(MASK):
        return True
    if MASK not in clause and _demonstrative_that(masked, clause, after, cs):
        return False
    if word not in CLAUSE_VERBS and not has_that(masked, after, cs):
        # The object of "announced" may be a noun phrase: "announced its biggest buildup".
        first = clause.split(None, 1)
        rest = first[1] if len(first) > 1 else ""
        verb = _CLAUSAL_RE.search(" ".join(rest.split(None, 8)[:8]))
        # The bounded count first (both tests are pure): the search may run a long clause.
        if word_count(clause) < 8 and not _CLAUSAL_RE.search(rest):
            return False
        if _NP_START_RE.match(clause) and MASK not in clause and verb is None:
            return False
        if _noun_of(first[0], rest) and MASK not in clause:
            return False  # "snapped pictures of Duck Dynasty’s Willie Robertson": a noun's object
        if verb is None and word_count(clause) < 8:
            return False
        if verb is not None and _object_phrase(
            first[0], " ".join(rest.split(None, 8)[:8]), verb, word
        ):
            return False
    if (word in TELL_CUES or (joined and word in _AGREED)) and clause.startswith("to "):
        # "told them to leave"; "confirmed that ... and agreed to advance efforts": what two
        # leaders agreed to in what they said ("pleaded guilty and agreed to cooperate", or
        # "agreed to hear a case" alone, are deeds).
        return True
    if word in TO_CUES and not clause.startswith("to "):
        return bool(THAT_RE.match(masked, max(after, cs - 5)) or has_that(masked, after, cs))
    if word.startswith("argu") and clause.startswith("over "):
        return False  # "argued over the number of immigrants": a dispute, no clause
    return not clause.startswith(("to ", "by ", "for ", "of ", "about ", "against "))


_ADVERBIAL_START_RE: Final = re.compile(
    r"(?:the\s+(?:hard|easy|right|wrong|same|other|old-fashioned)\s+way|again|too|also)"
    r"(?![\w’'-])"
)
"""What follows "that" standing for a thing said or done, not a clause: "learned that the hard
way", "said that again"."""
_SHORT_PP_RE: Final = re.compile(
    r"(?:in|on|at|during|after|before|since|over|with|for)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+"
    r"[\s.,;!?]*$"
)
"""A short phrase after "that" that can hold no clause: "said that on Monday"."""
_PRONOUN_SUBJECT_RE: Final = re.compile(r"(?<![\w’'])(?:he|she|it|they|we|I|you|there)(?![\w’'])")


def _demonstrative_that(masked: str, clause: str, after: int, cs: int) -> bool:
    """Whether the words after "that" are an adverbial with no verb ("learned that the hard way
    during his first term", "said that on Monday"): "that" is the cue's object, and no clause
    follows it."""
    if not has_that(masked, after, cs):
        return False
    if _ADVERBIAL_START_RE.match(clause) is None and (
        _SHORT_PP_RE.match(clause) is None or _PRONOUN_SUBJECT_RE.search(clause) is not None
    ):
        return False
    return all(m.group().lower() == "to" for m in _CLAUSAL_RE.finditer(clause))


_NOT_OBJECT_NOUNS: Final = frozenset(
    [
        "him",
        "her",
        "them",
        "us",
        "me",
        "you",
        "it",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "some",
        "many",
        "most",
        "all",
        "none",
        "each",
        "both",
        "several",
        "half",
        "few",
        "any",
        "much",
        "more",
    ]
)
"""Words before "of" that are no object noun: the person a cue is about ("accused him of
lying"), or a share that may be a clause's subject ("two of the stories related to ...")."""


def _noun_of(first: str, rest: str) -> bool:
    """Whether the words after a cue are a bare noun and its "of" phrase with no verb in their
    first eight words, a name's possessive not counting as one ("pictures of Duck Dynasty’s
    Willie Robertson at the event")."""
    if not rest.startswith("of ") or not first.isalpha() or not first.islower():
        return False
    if first in _NOT_OBJECT_NOUNS:
        return False
    words = _POSSESSIVE_RE.sub(" X", " ".join(rest.split(None, 8)[:8]))
    return _CLAUSAL_RE.search(words) is None


_NOT_NOUNS: Final = frozenset({"not", "never", "how", "what", "where", "when", "whether", "it"})
"""Words before "to" that make no noun phrase: "cautioned not to", "explained how to"."""
_OBJECT_REL_RE: Final = re.compile(r"(?<![\w’'])(?:who|whom|whose|which)(?![\w’'])")


def _object_phrase(first: str, words: str, verb: re.Match[str], word: str) -> bool:
    """Whether the words after a cue that takes no clause of its own are a noun phrase: one bare
    noun before "to" ("denied entry to 375,000 immigrants", "announced plans to shrink"), or
    one whose first verb sits in a relative clause ("tweeted an endorsement of Roy Moore, who
    has"). WORDS are those after the first; "conveyed Japan's determination to strengthen"
    names what was said."""
    if word in TO_CUES or word in TELL_CUES:
        return False  # "urged Congress to act", "told reporters to leave": what was asked
    if first.endswith("ing"):
        return False  # "denied seeking to interfere", "denied knowing who he was": a deed told
    if verb.start() == 0 and verb.group().lower() == "to":
        return first.islower() and first not in _NOT_NOUNS
    return _OBJECT_REL_RE.search(words, 0, verb.start()) is not None


def group_beliefs(st: State, cues: list[Cue], ss: int, se: int) -> None:
    """Quoted words in what a group of unnamed people believes or thinks ("Most experts believe
    ... a “death spiral”", "People ... might think the “bad guys” ..."), before any cue takes
    them: nobody is said to have said them (terms, or the writer's scare quotes)."""
    regions: list[int] | None = None
    for ci, cue in enumerate(cues):
        if cue.word not in _HELD_WORDS or not _group_holds(cues, ci):
            continue
        if regions is None:
            regions = _next_regions(st, cues, ss, se)
        end = regions[ci]
        later = next((c for c in cues[ci + 1 :] if c.word not in _HELD_WORDS), None)
        if later is not None:
            end = min(end, later.left_region or later.start)
        for w in _WORD_RE.finditer(st.masked, cue.end, end):
            if w.group() in CUE_WORDS or w.group() in PARTIAL_CUE_WORDS:
                # "... and are calling the race a “must win.”", "... before warning of “...”":
                # words quoted after a verb of speech are left to it
                end = w.start()
                break
        for k in in_range(st, cue.end, end):
            assign(st, k, cue.ref or _NOBODY, cue.word, UNSAID)


def report_clauses(st: State, cues: list[Cue], ss: int, se: int) -> None:
    """Reported clauses after or before each cue, with the partial quotes inside them."""
    regions = _next_regions(st, cues, ss, se)
    for ci, cue in enumerate(cues):
        kept = len(st.indirect)
        _report_cue(st, cues, ci, regions[ci], (ss, se))
        if negated(st.masked, cue):
            # "did not say whether ...", "never said that ...": nothing is reported said; the
            # clause is still read, so that the quotations in it and the cues after it are
            # handled as before.
            del st.indirect[kept:]


def _report_cue(st: State, cues: list[Cue], ci: int, nxt: int, sentence: tuple[int, int]) -> None:
    """The reported clause of cue CI, or the quoted words in its object; NXT: where the next
    cue's own words begin."""
    cue = cues[ci]
    ss = sentence[0]
    if cue.word in _BELIEF_WORDS and _POLL_SHARE_RE.search(
        st.masked, max(ss, cue.start - 60), cue.start
    ):
        return  # "a majority of viewers agreed that ...": a poll's finding, nothing said
    after = cue.end
    if cue.inverted and cue.mention is not None:
        after = cue.mention.end
    if cue.word in _THOUGHT_WORDS:
        # "most voters think that ...": a belief (the guide's), no reported clause; words
        # quoted in it are still the thinker's ("thinks the proposal is “stupid.”"), not the
        # writer's or reader's: "as we know, ... under the “leadership” of" is a scare quote.
        if not _writer_or_reader(cue):
            _object_quotes(st, cue, after, nxt)
        return
    if cue.word in PARTIAL_CUE_WORDS and cue.word not in CUE_WORDS:
        _partial_cue(st, cue, after, nxt, sentence)
        return
    if cue.word in _REPORTED_WORDS:
        cue.ref = _anonymous_source(cues, ci) or cue.ref
    if _clause_after(st, cues, ci, after, nxt, sentence):
        return
    if _clause_before(st, cues, ci, after, nxt, sentence):
        return
    if cue.word == "according to":
        _according_first(st, cue, sentence)
    elif not cue.inverted and _person_cue(st.masked, cue):
        # Up to the next cue: "footage of Trump saying, “...”" is not the footage's.
        nearest = min(nxt, cues[ci + 1].start) if ci + 1 < len(cues) else nxt
        _object_quotes(st, cue, after, nearest)


_BELIEF_WORDS: Final = frozenset(
    {
        "agree",
        "agreed",
        "agrees",
        "believe",
        "believed",
        "believes",
        "think",
        "thinks",
        "thought",
        "feel",
        "feels",
        "felt",
    }
)
_THOUGHT_WORDS: Final = frozenset(
    {"think", "thinks", "thought", "thinking", "feel", "feels", "felt", "feeling"}
    | {"know", "knows", "knew", "knowing"}
)
"""Verbs of thought alone: what follows them is a belief, not something said ("believe" is kept:
news writes "said he believed" and "officials believe" for statements)."""
_POLL_SHARE_RE: Final = re.compile(
    r"(?:\d\s*(?:percent|per cent|%)|\b(?:majority|plurality|minority|half|thirds?|quarters?))"
    r"(?! leader| whip)(?: of)?(?: [\w’'-]+){0,4}\s+$"
)
"""A share of those polled right before a cue of belief: "54 percent agree", "a majority of
viewers agreed" (the guide: beliefs are no reported speech, and these are a poll's findings)."""


_HELD_WORDS: Final = (_BELIEF_WORDS - {"agree", "agreed", "agrees"}) | _THOUGHT_WORDS
"""Verbs of holding a view, whose quoted words a group (of people unnamed) never says."""
UNSAID: Final = "unsaid"
"""The tie of quoted words held in a group's belief: no one's, and no record."""
_NOBODY: Final = SpeakerRef("")
_WORD_RE: Final = re.compile(r"[a-z]+")


def _group_holds(cues: list[Cue], ci: int) -> bool:
    """Whether cue CI is a belief of a group of unnamed people ("Most experts believe", "People
    ... might think", "Liberal Democrats thought", "students ... feel"), not inside what an
    earlier cue of the sentence reports ("Smith said most voters think ...")."""
    cue = cues[ci]
    m, ref = cue.mention, cue.ref
    if cue.inverted or m is None or ref is None or m.kind not in ("np", "name", "joint"):
        return False
    last = m.head if m.kind == "np" else m.text.rsplit(None, 1)[-1].lower() if m.text else ""
    if last != "people" and (not last.endswith("s") or last.endswith("ss")):
        return False
    if last not in ANON_NOUNS and last not in GROUP_PLURALS:
        return False
    return all(c.word in _HELD_WORDS for c in cues[:ci])


_REPORTED_WORDS: Final = frozenset({"reported", "reports", "report", "reporting"})

_WRITER_OR_READER: Final = frozenset({"i", "we", "you"})


def _writer_or_reader(cue: Cue) -> bool:
    """Whether a cue's speaker is "I", "we" or "you" of the writer's text: the writer or the
    reader, whose thoughts ("as we know", "I think") make no quotation anyone's words."""
    m = cue.mention
    return m is not None and m.kind == "pronoun" and m.head in _WRITER_OR_READER


def _own_words(masked: str, cue: Cue) -> bool:
    """Whether a linked verb opens words of its own at its "and" or comma ("said the ruling was
    unfair and noted that ...", "..., adding"), not after "by", where it tells how the verb before
    it was done ("expects Holt to insert himself into the debate by calling out Trump")."""
    return cue.linked and masked[cue.left_region : cue.start].strip() != "by"


def _anonymous_source(cues: list[Cue], ci: int) -> SpeakerRef | None:
    """The unnamed source an outlet's report rests on, given in the same sentence ("CNN
    reported that ..., according to a senior US defense official"): the words are his."""
    for k, other in enumerate(cues):
        ref = other.ref
        if k != ci and other.word == "according to" and ref and ref.kind == SpeakerKind.ANONYMOUS:
            return ref
    return None


_TO_RE: Final = re.compile(r"\s+to\s")


def _agreed_to(masked: str, cue: Cue) -> bool:
    """A linked "agreed to" ("confirmed that ... and agreed to advance efforts"): the clause
    before it runs on through it, as what was said and what was agreed make one statement (the
    agreed part is also a record of its own when reported)."""
    return cue.linked and cue.word in _AGREED and _TO_RE.match(masked, cue.end) is not None


def _next_regions(st: State, cues: list[Cue], ss: int, se: int) -> list[int]:
    """For each cue, where the next cue's own words begin when that cue starts a clause, is
    linked to the subject or took a quotation (the first such cue after it), else the
    sentence's end. A "referred" that is linked or names no quotation does not end the clause
    before it ("called a former Miss Universe “disgusting” and referred to her “sex tape.”" is
    one statement; "argued that Barr should have referred the allegations to ..." one clause).

    One pass from the last cue back (a cue's region and quotation do not change while the
    clauses are read), not a scan of the later cues for each cue.
    """
    masked = st.masked
    out = [se] * len(cues)
    nxt = se
    for ci in range(len(cues) - 1, 0, -1):
        other = cues[ci]
        if other.got_quote or (
            not _agreed_to(masked, other)
            and not (
                other.word.startswith("refer")
                and (other.linked or not refers_to_quote(st, other, se))
            )
            and (_own_words(masked, other) or starts_clause(masked, ss, other.left_region))
        ):
            nxt = other.left_region
        out[ci - 1] = nxt
    return out


def _partial_cue(st: State, cue: Cue, after: int, nxt: int, sentence: tuple[int, int]) -> None:
    """ "called the program “worse than amnesty”": quoted words in the cue's object."""
    ref = cue.ref
    assert ref is not None
    if cue.word.startswith("refer"):
        _referred(st, cue, ref, after, nxt)
        return
    mine = []
    for k in in_range(st, after, nxt):
        assign(st, k, ref, cue.word, "partial-cue")
        if st.quotes[k].ref is ref:
            mine.append(k)
    if mine:
        wrap(st, after, st.quotes[mine[-1]].span.close, ref, cue, sentence)


_REFER_GAP_RE: Final = re.compile(
    r"\s+(?:[a-z]+ly\s+)?to\s+(?:(?:[^\x01;:!?]{0,80}?\s+)?as\s+)?(?:[\w’'-]+\s+){0,3}"
)
"""From "refer" to the quotation it names: "referred to “...”", "referred to the attack as
“...”" (not "referred all questions to ...", "referred a request ... to")."""
_LIST_GAP_RE: Final = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")


def refers_to_quote(st: State, cue: Cue, se: int) -> bool:
    """Whether a cue of "refer" names a quotation ("referred to the attack as “...”", not "has
    referred that probe to the Justice Department")."""
    k = bisect.bisect_left(st.opens, cue.end)
    if k >= len(st.opens) or st.opens[k] >= se:
        return False
    return _REFER_GAP_RE.fullmatch(st.masked, cue.end, st.opens[k]) is not None


def _referred(st: State, cue: Cue, ref: SpeakerRef, after: int, nxt: int) -> None:
    """ "referred to the attack as “acts of terror”", "refers to the president as “boss”": the
    quotation the cue names, and the items of a list after it, are the speaker's words; the
    words before them name what was spoken of, no statement (no reported clause)."""
    ks = in_range(st, after, nxt)
    if cue.inverted or not ks:
        return
    if _REFER_GAP_RE.fullmatch(st.masked, after, st.quotes[ks[0]].span.open) is None:
        return
    assign(st, ks[0], ref, cue.word, "partial-cue")
    for prev, k in itertools.pairwise(ks):
        gap = (st.quotes[prev].span.close, st.quotes[k].span.open)
        if _LIST_GAP_RE.fullmatch(st.masked, *gap) is None:
            break
        assign(st, k, ref, cue.word, "partial-cue")


def _joined_to_said(cues: list[Cue], ci: int) -> bool:
    """Whether cue CI is linked to an earlier cue of its sentence that reported a clause."""
    return cues[ci].linked and any(c.produced for c in cues[:ci])


def _person_cue(masked: str, cue: Cue) -> bool:
    """Whether a cue's speaker is a person named or pointed at, or the subject a linked verb
    shares ("rated 32% of Republican claims as “false”" has a noun, no speaker)."""
    m = cue.mention
    if cue.word in WEAK_CUE_WORDS or cue.word.startswith("mention"):
        return False  # "I worry about turning him into a “dreamer”": no words of theirs
    if cue.linked:
        return True
    if m is None or m.kind not in ("name", "pronoun", "joint"):
        return False
    return _NOUN_BEFORE_RE.search(masked, max(0, m.lead - 6), m.lead) is None


_NOUN_BEFORE_RE: Final = re.compile(r"(?<![\w’'])(?:of|the|an?)\s+$", re.IGNORECASE)


def _object_quotes(st: State, cue: Cue, after: int, nxt: int) -> None:
    """Quoted words in the object of a cue that reports no clause: 'declared his “outrage”',
    'pledged on Twitter not to “cave”', 'bragged about turning it into the “platform”' are
    the subject's words (a title or a modifier among them is dropped with its record)."""
    ref = cue.ref
    assert ref is not None
    for k in in_range(st, after, nxt):
        if not _SHOW_RE.search(
            st.masked, max(after, st.quotes[k].span.open - 4), st.quotes[k].span.open
        ):
            assign(st, k, ref, cue.word, "object")


_SHOW_RE: Final = re.compile(r"(?<![\w’'])on\s+$")
"""A quotation right after "on" names a show: 'an interview set to air on “60 Minutes.”'."""


_LEAD_PHRASE_WORDS: Final = 6
"""A phrase set off by a comma before a quotation is no clause up to this many words."""


def _phrase_then_quote(st: State, cs: int, ce: int) -> int | None:
    """The quotation ending ``[cs, ce)`` after a cue when the words before it are a short
    phrase with no verb set off by a comma or a colon, and it opens a sentence: 'said shortly
    after the vote, “We will ...”', 'cautioned investors, “I want ...”', 'said, quote, “Nothing
    like ...”' (said directly; 'said he had prioritized al-Baghdadi, “From the first day ...”'
    is a clause). None otherwise."""
    masked = st.masked
    k = bisect.bisect_left(st.opens, cs)
    if k >= len(st.opens) or st.opens[k] >= ce:
        return None
    sp = st.quotes[k].span
    lead = masked[cs : sp.open].rstrip()
    if not lead.endswith((",", ":")) or MASK in lead:
        return None
    sep, lead = lead[-1], lead[:-1]
    if "," in lead or word_count(lead) > _LEAD_PHRASE_WORDS or _CLAUSAL_RE.search(lead):
        return None
    if _LEAD_SUBJECT_RE.match(lead) or (sep == "," and _LEAD_POSSESSIVE_RE.match(lead)):
        return None  # "announced his retirement in 1991, “Bush could have ...”": an object
    first = st.text[sp.start : sp.start + 1]
    return k if first.isupper() and word_count(masked, sp.close, ce) < 2 else None


_LEAD_POSSESSIVE_RE: Final = re.compile(r"\s*(?:his|her|their|its|our|my)\s", re.IGNORECASE)
"""An object the cue's subject owns, set off by a comma before a quotation: the quotation is
someone else's ("announced his retirement in 1991, “...”"; "explaining his decision: “...”"
has a colon and is the subject's)."""
_LEAD_SUBJECT_RE: Final = re.compile(
    r"\s*(?:i|you|he|she|we|they|it|this|that|there|what|who|which)(?![\w’'])", re.IGNORECASE
)
"""A pronoun opening the words before the quotation: they are a clause's subject ("said it,
“...”" aside, rare), not a phrase."""


def _clause_after(
    st: State, cues: list[Cue], ci: int, after: int, nxt: int, sentence: tuple[int, int]
) -> bool:
    """ "X said (that) ...": the clause after the cue. False when there is none."""
    cue = cues[ci]
    ref = cue.ref
    assert ref is not None
    masked = st.masked
    ss, se = sentence
    if (cue.word == "according to" or cue.inverted) and apposition(masked, after, nxt):
        # "..., according to Debbie Walsh, director of the center.", "..., says Cas Mudde, a
        # Dutch native and expert on extremism who is an associate professor at ..."
        return False
    if _asked(masked, cue, ss, se):
        return False  # "Does he agree that ...?": the writer asks; nobody said it
    start = find_clause_start(masked, after, nxt, cue.word)
    if start is not None and cue.word == "according to" and "," not in masked[after:start]:
        # "according to an analysis of campaign spending totals compiled by USA TODAY", "a copy
        # of the letter that Kashuv posted": the source's own words, no clause it reports.
        start = None
    colon = None
    if start is not None and cue.got_quote and not has_that(masked, after, start):
        kq0 = quote_at(st, start, se)
        if kq0 is None and _colon_cue(cue):
            colon = clause_to_colon(st, start, nxt)
        if colon is None and (
            kq0 is None or word_count(masked, st.quotes[kq0].span.close, nxt) < 3
        ):
            start = None
    if start is None:
        return False
    if (
        cue.word in _CONTINUE_WORDS
        and not _set_off(masked, after)
        and not has_that(masked, after, start)
    ):
        return True  # "continued to experience “discomfort overnight”": a deed; its quotes are left
    cs, ce = trim(masked, start, nxt if colon is None else colon)
    if _described_name(masked, cue, cs, ce):
        # "..., said Dr. Richard Hatchett of the Coalition for ...": more of the speaker's
        # description after the name, no clause (the words said are before the cue).
        return False
    kq = quote_at(st, cs, se)
    if kq is not None and CONJ_AFTER_QUOTE_RE.match(masked, st.quotes[kq].span.close, ce):
        # "chanted “What curfew?” and kept going": the clause is the quote alone.
        ce = st.quotes[kq].span.close
    cs, ce = _before_open_paren(masked, cs, ce)
    if _said_before(masked, cue, ss) and _participle_after_comma(masked, after, cs, ce):
        # '“...,” the crowd chanted, voices building to a crescendo', "X, officials said,
        # hampering search efforts": a phrase on the sentence; the words said are before the cue.
        ind = Indirect(cs, ce, ref, cue.word, sentence)
        parenthetical(st, cues, ci, ind, after, ss)
        if ind.gap is None:
            return False
        st.indirect.append(Indirect(ind.start, ind.gap[0], ref, cue.word, sentence))
        cue.produced = True
        return True
    lead_quote = kq is not None and word_count(masked, st.quotes[kq].span.close, ce) < 2
    if _relative_gap(masked, cue, ss, cs, ce) and in_range(st, cs, ce):
        # "costs that executives said were “unsustainable.”": the relative clause's subject is
        # the noun before "that"; its quoted words are the speaker's, no clause is reported.
        for k in in_range(st, cs, ce):
            assign(st, k, ref, cue.word, "clause")
        return True
    if lead_quote or word_count(st.text, cs, ce) < 3 or ce <= cs:
        return False
    weak_without_that = (
        cue.word in WEAK_CUE_WORDS
        and not THAT_RE.match(masked, max(after, start - 5), start + 1)
        and not has_that(masked, after, start)
    )
    phrase_quote = _phrase_then_quote(st, cs, ce)
    if phrase_quote is not None:
        # 'said shortly after the vote, “We will ...”': the quotation is said, no clause; it is
        # this cue's, though an earlier cue's clause ran over it ("asked him whether ..., the
        # senator said simply: “...”")
        q = st.quotes[phrase_quote]
        if q.ref is None or not cue.word.endswith("ing"):
            # not a participle's, whose subject may be misread ("Macron said ..., telling
            # French radio: “...”"): the earlier cue's speaker is kept
            q.ref, q.cue, q.via = ref, cue.word, "clause"
    elif not weak_without_that and clause_ok(
        masked, cs, ce, cue.word, after, joined=_joined_to_said(cues, ci)
    ):
        ind = Indirect(cs, ce, ref, cue.word, sentence)
        parenthetical(st, cues, ci, ind, after, ss)
        st.indirect.append(ind)
        cue.produced = True
    for k in in_range(st, cs, ce):
        assign(st, k, ref, cue.word, "clause")
    return True


_GAP_VERB_RE: Final = re.compile(
    r"(?:is|was|were|are|had|has|have|would|will|could|should|may|might)\s"
)
_RELATIVE_END_RE: Final = re.compile(r"(?<![\w’'])(?:that|which|who|whom)\s*$")


def _relative_gap(masked: str, cue: Cue, ss: int, cs: int, ce: int) -> bool:
    """Whether the cue's words open on a verb with no subject after a relative pronoun before
    the speaker ("costs that executives said were ...", "a man who they said was ..."): the
    subject is the noun before the pronoun, and what the clause holds is no reported clause."""
    if ce <= cs or cue.inverted or cue.mention is None or cue.mention.kind == "pronoun":
        return False  # "a man who they said was “...”": an unresolved "they" keeps the clause
    if cue.mention.text[:1].isdigit():
        return False  # "which 12 percent said was “definitely true”": a poll's answer
    if _GAP_VERB_RE.match(masked, cs) is None:
        return False
    return (
        _RELATIVE_END_RE.search(masked, max(ss, cue.left_region - 12), cue.left_region) is not None
    )


_COLON_CLAUSE_STOP_RE: Final = re.compile(r"[;.!?:()\x01]")


def _colon_cue(cue: Cue) -> bool:
    """A cue whose object is a clause ("said", "claims", "argued"; not "added", nor "Said Paul,
    the newly minted activist:" with the speaker after it)."""
    return cue.word in CLAUSE_VERBS and cue.word not in ADD_WORDS and not cue.inverted


def clause_to_colon(st: State, start: int, nxt: int) -> int | None:
    """Where the clause after a cue ends at a colon that opens the quotation the cue took:
    'Fauci says it could backfire: “What you do ...”', 'Ross said the president could lift the
    tariffs at any time: "We continue ..."' (the clause is reported too). None otherwise."""
    masked = st.masked
    k = bisect.bisect_left(st.opens, start)
    if k >= len(st.opens) or st.opens[k] >= nxt:
        return None
    head = masked[start : st.opens[k]].rstrip()
    if not head.endswith(":") or _COLON_CLAUSE_STOP_RE.search(head, 0, len(head) - 1):
        return None
    if word_count(head) < 3 or _CLAUSAL_RE.search(head) is None:
        return None  # "said two decades ago: “...”": a phrase of time, no clause
    return start + len(head) - 1


_PARTICIPLE_OPENING_RE: Final = re.compile(
    r"(?:(?:(his|her|their|its|the|a|an|our|my)\s+)?([a-z][\w’'-]*)\s+)?([a-z]{2,}ing)"
    r"(?![\w’'-])|([a-z]{2,}(?:ed|en))\s+by(?![\w’'-])"
)
"""The opening of a phrase that hangs on the sentence, no clause: a participle in -ing
("pointing to the polls"), a noun and its participle ("voices building to a crescendo", "his
voice breaking"), a participle in -ed and its agent ("flanked by aides")."""
_SPEECH_NEXT_RE: Final = re.compile(r"\s+(?:out\s+)?that(?![\w’'-])")


def _said_before(masked: str, cue: Cue, ss: int) -> bool:
    """Whether the sentence before the cue's subject may hold the words said: a quotation or
    three words or more, not ending in an auxiliary or "and" ("were, they wrote, making HSI's
    work impossible" runs on through the cue; "But, they said, lifting the guidance puts ..." has
    its clause after the cue)."""
    head = masked[ss : cue.left_region].rstrip(" ,")
    words = head.split()
    if MASK not in head and len(words) < 3:
        return False
    return not words or words[-1].lower() not in _RUNS_ON_WORDS


_JOINING_WORDS: Final = frozenset({"and", "but", "or", "nor"})
"""A head that ends in one of these ("... — and, Abinanti argues, taking attention away") runs
on through the cue."""
_RUNS_ON_WORDS: Final = AUX_WORDS | BE_WORDS | _JOINING_WORDS
"""The last words of a head that runs on through the cue (one set, not a union per call)."""


def _participle_after_comma(masked: str, after: int, cs: int, ce: int) -> bool:
    """Whether the words ``[cs, ce)`` after a cue and its comma ('“...,” the crowd chanted,
    voices building to a crescendo', "Smith said, referring to the polls") are a participle or
    absolute phrase, not a clause said: no "that" before them, no quotation or auxiliary verb
    in them, and the participle is no verb of speech ("adding that ...", "saying ..." report
    words) and no preposition ("during", "including")."""
    if not _set_off(masked, after) or has_that(masked, after, cs) or MASK in masked[cs:ce]:
        return False  # 'referencing the bank’s drive to “cross-sell”': may hold words of theirs
    m = _PARTICIPLE_OPENING_RE.match(masked, cs, ce)
    if m is None or AUX_RE.search(masked, cs, ce) is not None:
        return False
    if m.group(4) is not None:
        return True
    det, noun, participle = m.group(1), m.group(2), m.group(3)
    if noun is not None and det is None and not (noun.endswith("s") and not noun.endswith("ss")):
        return False  # "began taking questions": a verb, no noun; "voices building" has one
    if noun is not None and noun.endswith("ing"):
        return False
    if participle in ING_PREPOSITIONS or participle in _THING_WORDS or len(participle) < 5:
        return False
    speech = participle in CUE_WORDS and participle not in WEAK_CUE_WORDS
    return not speech and _SPEECH_NEXT_RE.match(masked, m.end(), ce) is None


_CONTINUE_WORDS: Final = frozenset({"continue", "continued", "continues", "continuing"})
"""A cue of a quotation ('“...,” he continued') that reports a clause only after "that": "The
Kremlin is continuing its election interference operations", "Mr. Trump has continued to insist
..." (the clause is "insist"'s) are deeds, not speech."""

_SET_OFF_RE: Final = re.compile(r"\s*[,:]")


def _set_off(masked: str, after: int) -> bool:
    """Whether a comma or colon follows the cue: 'teachers, he continued, would also ...'."""
    return _SET_OFF_RE.match(masked, after) is not None


_OPEN_PAREN_TAIL_RE: Final = re.compile(r"\s*\((?:[^()]{0,12})$")
"""An opening parenthesis and at most a word or two at a clause's end: 'everything Wilson said he
did (and I’m not conceding any of this, mind you)' cut at the next cue inside the aside."""


def _before_open_paren(masked: str, cs: int, ce: int) -> tuple[int, int]:
    """The clause ``[cs, ce)`` without an aside that opens at its end and is not closed in it."""
    m = _OPEN_PAREN_TAIL_RE.search(masked, max(cs, ce - 16), ce)
    return (cs, m.start()) if m is not None else (cs, ce)


def _inverted_name(masked: str, cue: Cue) -> bool:
    """Whether the cue's speaker is named or described after it, the cue set off by a comma:
    "..., said Joe Sorenson", "..., said one Republican strategist" (not "he—gasp—said some
    very offensive things", "..., said he opposes")."""
    m = cue.mention
    if not cue.inverted or m is None or m.kind not in ("name", "np"):
        return False
    return masked[max(0, cue.start - 3) : cue.start].rstrip().endswith(",")


def _described_name(masked: str, cue: Cue, cs: int, ce: int) -> bool:
    """Whether ``[cs, ce)`` after an inverted name holds no verb and no quotation: the rest of
    the speaker's description ("said Dr. Richard Hatchett of the Coalition for ...")."""
    if not _inverted_name(masked, cue) or MASK in masked[cs:ce]:
        return False
    return _CLAUSAL_RE.search(masked, cs, ce) is None


_QUESTION_OPEN_RE: Final = re.compile(
    r"\s*(?:does|did|do|is|was|are|were|would|could|should|can|has|have|had)(?:n[’']t)?\s+$",
    re.IGNORECASE,
)
"""An auxiliary that opens a question before its subject ("Does Trump believe ...")."""


def _asked(masked: str, cue: Cue, ss: int, se: int) -> bool:
    """Whether the cue's sentence is a question with its auxiliary before the cue's subject
    ("Does he agree that ...?", "Did Clinton say that ...?"): the writer asks, nobody reports."""
    if cue.mention is None or "?" not in masked[cue.end : se]:
        return False
    return _QUESTION_OPEN_RE.fullmatch(masked, ss, cue.mention.start) is not None


def _clause_before(
    st: State, cues: list[Cue], ci: int, after: int, nxt: int, sentence: tuple[int, int]
) -> bool:
    """ "..., X said." - the clause is before the cue, which ends the sentence."""
    cue = cues[ci]
    ref = cue.ref
    assert ref is not None
    masked = st.masked
    ss, se = sentence
    if cue.linked:
        # "X told a news conference, while warning of ...": the words before are X's deed.
        return False
    tail_end = nxt if nxt > after else se
    tail = masked[after:tail_end]
    if cue.word == "according to":
        tail = masked[cue.mention.end if cue.mention else after : tail_end]
    if cue.word == "according to" and _ROLE_TO_RE.match(tail):
        return False  # "according to Assistant to the President Dan Scavino": who is unclear
    head = _head(masked, cue, ss)
    # The cheap tests first (all three are pure): the pattern's lazy run is slow on a long tail.
    final = (word_count(tail) <= 10 and final_tail(tail)) or _as_tail(tail)
    if (cue.word == "according to" or cue.inverted) and not final:
        final = apposition(masked, after, tail_end)
    if (
        _inverted_name(masked, cue)
        and not final
        and word_count(tail) <= 12
        and _SOURCE_TAIL_RE.fullmatch(tail)
    ):
        # "..., said one Republican strategist familiar with White House thinking."
        final = _CLAUSAL_RE.search(tail) is None
    if cue.word == "according to" and not final and cue.mention and cue.mention.kind == "np":
        # "..., according to an analysis of campaign spending totals compiled by USA TODAY.":
        # the source's description runs to the sentence's end.
        final = _SOURCE_TAIL_RE.fullmatch(tail) is not None
    if not (_ends_set_off(st, cue, head, ss) and final):
        return False
    floor = ss
    for other in cues[:ci]:
        if other.got_quote or other.produced:
            floor = max(floor, other.end, other.mention.end if other.mention else 0)
    cs, ce = trim(masked, floor, ss + len(head))
    if _participle_phrase(masked, cs, ce):
        return True  # "Speaking at the conference last week, the president pleaded ...": no content
    if ce > cs and word_count(masked, cs, ce) >= 3:
        own_words = word_count(masked[cs:ce].replace(MASK, ""))
        if (quote_ending_at(st, ce + 1, cs) is None or own_words >= 4) and (
            masked[cs] != MASK or own_words >= 4
        ):
            st.indirect.append(Indirect(cs, ce, ref, cue.word, sentence))
        for k in in_range(st, cs, ce + 1):
            assign(st, k, ref, cue.word, "clause")
    return True


_AS_TAIL_RE: Final = re.compile(
    r"\s*,\s*as\s+(?!(?:well|much|many|if|though|long|soon|far|late|early|of|part)\b)[a-z]"
)
"""A clause of circumstance after a final cue: "..., unions said, as workers angry at ... brought
travel chaos across the country." (not "as many", "as well as")."""


def _as_tail(tail: str) -> bool:
    """Whether TAIL after a cue is a clause of circumstance set off by a comma (``_AS_TAIL_RE``),
    with no quotation nor ";": the words before the cue are what was said, however long it is."""
    return "\x01" not in tail and ";" not in tail and _AS_TAIL_RE.match(tail) is not None


_PHRASE_PREPS: Final = frozenset({"at", "in", "on", "during", "after", "before", "from", "with"})
_THING_WORDS: Final = frozenset({"nothing", "something", "everything", "anything", "thing"})


def _participle_phrase(masked: str, cs: int, ce: int) -> bool:
    """Whether ``[cs, ce)`` is one participle or prepositional phrase ("Speaking at the
    conference last week", "at a campaign event in Iowa"): it opens with a word in -ing or a
    preposition and holds no comma, quotation or auxiliary verb ("Shifting monsoon patterns
    could affect ..." is a clause), so it says nothing."""
    if ce <= cs:
        return False
    first = masked[cs : min(ce, cs + 30)].split(None, 1)[0].lower()
    participle = len(first) >= 6 and first.endswith("ing") and first not in _THING_WORDS
    if not participle and first not in _PHRASE_PREPS:
        return False
    clause = masked[cs:ce]
    return "," not in clause and MASK not in clause and AUX_RE.search(clause) is None


_ROLE_TO_RE: Final = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
"""A capitalised role title running past the mention: "Assistant to the President ..."."""


_SOURCE_TAIL_RE: Final = re.compile(r"[^,;\x01]{0,200}")
"""What may follow the source of "according to" to the sentence's end: no comma, ";" or
quotation, so no clause of its own."""


def _head(masked: str, cue: Cue, ss: int) -> str:
    """The sentence's words before the cue's own words, right-stripped."""
    edge = cue.start if cue.inverted else cue.left_region
    return masked[ss:edge].rstrip()


def _ends_set_off(st: State, cue: Cue, head: str, ss: int) -> bool:
    """Whether the words before the cue end with a comma or dash (or a quote after a comma)."""
    end = ss + len(head)
    return (
        head.endswith((",", "—", "–"))
        or (cue.word == "according to" and head.endswith(","))
        or (head.endswith(MASK) and st.text[end - 2 : end][:1] == ",")
    )


def _according_first(st: State, cue: Cue, sentence: tuple[int, int]) -> None:
    """ "According to X, ..." at the start of the sentence: the clause after the comma."""
    ss, se = sentence
    m = cue.mention
    if cue.word != "according to" or _head(st.masked, cue, ss) != "" or m is None:
        return
    ref = cue.ref
    assert ref is not None
    comma = st.masked[m.end : se].find(",")
    if not 0 <= comma < 160:
        return
    cs, ce = trim(st.masked, m.end + comma + 1, se)
    if word_count(st.masked, cs, ce) >= 3:
        st.indirect.append(Indirect(cs, ce, ref, cue.word, sentence))
        for k in in_range(st, cs, ce + 1):
            assign(st, k, ref, cue.word, "clause")
