"""Tying quotations to the cues of their sentence, and continued quotations to the last speaker."""

from __future__ import annotations

import bisect
import re
from typing import Final

from factdb.extract.quotes.cues import name_between, starts_clause
from factdb.extract.quotes.partial import is_modifier, is_title, stands_alone
from factdb.extract.quotes.reported import UNSAID, deed_quote, wrap
from factdb.extract.quotes.spans import QuoteSpan
from factdb.extract.quotes.state import (
    MASK,
    Cue,
    State,
    assign,
    quote_at,
    quote_ending_at,
    word_count,
)
from factdb.extract.quotes.verbs import person_subject, verb_attribution
from factdb.extract.records import SpeakerRef
from factdb.extract.speakers.inverted import subject_of
from factdb.extract.speakers.resolve import _one_person_noun
from factdb.extract.speakers.tokens import Mention
from factdb.extract.text.lexicon import (
    CLAUSE_OPENERS,
    CUE_WORDS,
    DETERMINERS,
    DISPLAY_NOUNS,
    DOCUMENT_NOUNS,
    KNOWN_SOURCE_HEADS,
    PARTIAL_CUE_WORDS,
    TELL_CUES,
    WEAK_CUE_WORDS,
)

CONTINUED_WORDS: Final = 6
"""A quotation this long with no cue in its sentence continues the last speaker's."""
CONTINUED_CHARS: Final = 2000
"""A continued quotation starts at most this far after the last one a cue attributed."""
_TELL_QUOTE_RE: Final = re.compile(
    r"[\s,]*(?:(?!(?:he|she|they|we|I|it|you)\s)[\w’'.-]+,?\s+){0,6}?(?:that\s+)?(?=\x01)"
)


_THAT_QUOTE_RE: Final = re.compile(r"\s*(?:that\s+)?(?=\x01)")


_COLON_QUOTE_RE: Final = re.compile(
    r"[^\x01.;!?]{0,100}?:\s*(?=\x01)|\s+(?:of|about|to|on|at)\s+[^\x01.;!?,]{1,60},\s*(?=\x01)"
)


def skip_recipient(masked: str, pos: int, limit: int, word: str) -> int:
    """Skip "reporters" / "NAME on Friday" after a tell-like cue, and a following "that"."""
    if word in TELL_CUES:
        m = _TELL_QUOTE_RE.match(masked, pos, limit)
        if m is not None:
            return m.end()
    m = _THAT_QUOTE_RE.match(masked, pos, limit)
    if m is not None:
        return m.end()
    m = _COLON_QUOTE_RE.match(masked, pos, limit)
    if m is not None:
        return m.end()
    m = _ASIDE_QUOTE_RE.match(masked, pos, limit)
    if m is not None and (m.group(1) is None or m.group(1) not in _NOT_ASIDE):
        return m.end()
    return pos


_ASIDE_QUOTE_RE: Final = re.compile(
    r"(?:[ \t]+[a-z]+ly|,[ \t]+([a-z]+ing)(?![\w’'])[^\x01.;!?:,]{0,80}?)[ \t]*,[ \t]*(?=\x01)"
)
"""An adverb or a participle phrase set off between a cue and its quotation: 'said bluntly,
“...”', 'said, speaking to reporters in Delaware, “...”' (the quotation is the cue's)."""
_NOT_ASIDE: Final = (
    frozenset({"according", "including", "regarding", "concerning"}) | CUE_WORDS | PARTIAL_CUE_WORDS
)
"""Participles that are no aside: a cue of their own ("demurred, saying, “...”") or a source."""


def set_off(text: str, masked: str, sp: QuoteSpan, edge: int) -> bool:
    """Whether a quotation before a speaker is set off by punctuation ("“...,” he said")."""
    inner = text[sp.start : sp.end].rstrip()
    if inner[-1:] in ",.!?…—–-:;":
        return True
    return any(c in ",—–-:" for c in masked[sp.close : edge])


def resolve_cues(st: State, cues: list[Cue], ss: int) -> list[Cue]:
    """Resolve cue speakers in text order; linked verbs take the main or previous speaker.

    Returns the cues that have a speaker.
    """
    prev_ref: SpeakerRef | None = None
    prev_end = ss
    prev_clause = True
    main_ref: SpeakerRef | None = None
    for cue in cues:
        if cue.agent:
            assert cue.mention is not None
            cue.ref = st.resolver.resolve(cue.mention)
            continue  # the agent speaks for the quotation it follows, and for nothing else
        if cue.mention is not None and cue.inverted and _run_into(st, cue, ss):
            # Who spoke is not told here: the quotations the cue and its participles take
            # are kept with no speaker rather than given to the name after the verb.
            m = cue.mention
            cue.ref = SpeakerRef(
                "", text=m.text, start=m.start, end=m.end, resolution="unresolved", confidence=0.0
            )
        elif cue.mention is not None:
            _subject_for_participle(st.masked, cue, ss)
            cue.ref = _resolve_mention(st, cue.mention, prev_ref if prev_clause else None, prev_end)
        elif cue.linked:
            # "X said Friday that she thinks ... but said ...": the main subject speaks.
            cue.ref = main_ref or prev_ref
            if cue.ref is None:
                subj = subject_of(st.masked, ss, cue.start)
                if subj is not None:
                    cue.ref = st.resolver.resolve(subj)
        if cue.ref is not None:
            prev_ref = cue.ref
            prev_end = cue.end
            # "referred to Paul and Lee as “patriots” before stressing that he": a verb that
            # takes only quoted words reports no clause, so a name after it is its object, no
            # nearer antecedent for a later pronoun.
            prev_clause = cue.word not in PARTIAL_CUE_WORDS or cue.word in CUE_WORDS
            if main_ref is None or (
                not cue.linked and starts_clause(st.masked, ss, cue.left_region)
            ):
                main_ref = cue.ref
    return [c for c in cues if c.ref is not None]


def _run_into(st: State, cue: Cue, ss: int) -> bool:
    """Whether an inverted cue follows a quotation that runs into it with no punctuation: the
    quoted words name something the cue's verb and the name after it belong to ("a documentary
    called “The Hunting Ground” slammed DeVos, saying"), not what that name said, which a comma
    or a stop sets off ("“...,” charged Barrett")."""
    if cue.word in _UNSET_CUES:
        return False  # "was “a disaster” according to officials", "“...” read the tag line"
    k = quote_ending_at(st, cue.start, ss)
    if k is None:
        return False
    sp = st.quotes[k].span
    # The stop may sit inside a quotation closing a nested one: "“... ‘Fantastic,’ ” says".
    inner = st.text[sp.start : sp.end].rstrip(_CLOSING_MARKS)
    return inner[-1:] not in _STOPS and not set_off(st.text, st.masked, sp, cue.start)


_UNSET_CUES: Final = frozenset({"according to", "read", "reads"})
"""Cues whose speaker is named after a quotation that needs no comma: a source, a text."""
_CLOSING_MARKS: Final = " \t’'\"”"
_STOPS: Final = frozenset(",.!?…—–-:;")


_LABELLED_RE: Final = re.compile(
    r"(?<![\w’'])with the (?:message|caption|words|note|text)[,:]?[ \t]*$"
)
"""A quotation posted with something ("shared a link with the message, “...”")."""
_DISPLAYED_RE: Final = re.compile(
    r"(?<![\w’'])([a-z-]+)\s+(?:like|such\s+as|reading|that\s+read|which\s+read|bearing|"
    r"emblazoned\s+with|with\s+the\s+words)[,:]?\s*$"
)
"""A thing carrying the quotation after it: "chants like", "signs reading" (the noun is tested
against ``DISPLAY_NOUNS``)."""
_OF_DISPLAY_RE: Final = re.compile(r"(?<![\w’'])([a-z-]+)\s+of\s*$")
"""A thing voicing the quotation after it: "chants of", "cries of" (the noun is tested against
``DISPLAY_NOUNS``)."""
LIST_ITEMS: Final = 8
"""How many earlier quotations of a list :func:`displayed` walks back over (bounded work)."""
_LIST_ITEM_RE: Final = re.compile(r"(?<!\x01)\x01++[\s,;]*(?:(?:and|or)\s+)?$")
"""An earlier quotation of a list right before the next: "“Pay us more,” and"."""
_JOINED_ITEM_RE: Final = re.compile(
    r"(?<!\x01)\x01++\s*(?:[,;]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$"
)
"""The same, joined by a comma, "and" or "or" (not a space alone: '“U.S.A.” “When you ...”' is
a list's end and a new quotation)."""
_QUOTES_BEFORE_RE: Final = re.compile(r"(?<![\w’'])(?:quot|cit)(?:ed|es|e|ing)\s+$")
"""A verb of quoting right before a participle's source ("quotes an aide saying")."""


def _subject_for_participle(masked: str, cue: Cue, ss: int) -> None:
    """ "Trump unleashed a series of tweets saying ...": the subject speaks, not the tweets."""
    mention = cue.mention
    if (
        mention is not None
        and mention.kind == "np"
        and cue.word.endswith("ing")
        # "Sanders issued a statement saying": the issuer speaks, not the statement.
        and (
            mention.head not in KNOWN_SOURCE_HEADS
            or (mention.indefinite and mention.head in DOCUMENT_NOUNS)
        )
        and mention.start > ss
        # "The Times quotes an advocacy group saying": the quoted source speaks.
        and not _QUOTES_BEFORE_RE.search(masked, max(ss, mention.lead - 12), mention.lead)
    ):
        subj = subject_of(masked, ss, mention.start)
        if subj is not None and subj.kind in ("name", "pronoun", "joint"):
            cue.mention = subj


def _resolve_mention(
    st: State, mention: Mention, prev_ref: SpeakerRef | None, prev_end: int
) -> SpeakerRef:
    antecedent = None
    if mention.kind == "pronoun" and mention.head in ("he", "she") and prev_ref:
        # "Flynn said Trump was right when he said ...": the nearer name.
        antecedent = name_between(st.masked, prev_end, mention.start)
        if antecedent is not None and _object_name(st.masked, antecedent):
            antecedent = None
    return st.resolver.resolve(mention, antecedent)


_WORD_BEFORE_RE: Final = re.compile(r"(?<![\w’'-])([a-z]+)[ \t]+$")
_VERB_AFTER_RE: Final = re.compile(
    r"[’']?s?[ \t]+(?:was|is|were|are|has|had|have|would|will|could|can|should|did|does|"
    r"might|may|must)(?![\w’'-])"
)
_NOT_VERBS: Final = frozenset({"and", "or", "but", "nor", "than", "as", "so", "yet"})


def _object_name(masked: str, name: Mention) -> bool:
    """Whether NAME, the nearer name a pronoun would mean, is only the object of a verb or a
    preposition that is no cue ("asked Sheriff Dave Ward and federal agencies to end what he
    called", "he also backs Assad. He said"): not who the pronoun means; the person resolver
    then weighs the sentence's subject. A name after a cue that takes no person as its object
    ("Flynn said Trump was right when he said") or before an auxiliary ("told reporters Trump
    would") is the subject of its own clause and kept."""
    before = _WORD_BEFORE_RE.search(masked, max(0, name.start - 30), name.start)
    if before is None:
        return False
    word = before.group(1)
    if word in CLAUSE_OPENERS or word in DETERMINERS or word in _NOT_VERBS:
        return False
    if word in CUE_WORDS and word not in TELL_CUES:
        return False  # "said Trump was", not "asked Ward to", "told Trump"
    return _VERB_AFTER_RE.match(masked, name.end) is None


def attach_adjacent(st: State, cues: list[Cue], in_sent: list[int], ss: int, se: int) -> None:
    """Quotations right next to a cue and its speaker; "“A,” he said" before "he said, “A”";
    the quotation between a passive participle and its agent."""
    for cue in cues:
        if cue.agent:
            _agent_quote(st, cue, in_sent)
    cues = [c for c in cues if not c.agent]
    for cue in cues:
        _quote_before(st, cue, in_sent, ss, cues)
    for cue in cues:
        outer = _outer_cue(st.masked, cue, cues)
        if outer is not None:
            _quote_after(st, cue, in_sent, se, owner=outer)
        else:
            _quote_after(st, cue, in_sent, se, _reporter_of(st.masked, cue, cues))


def _agent_quote(st: State, cue: Cue, in_sent: list[int]) -> None:
    """ "praised as “very smart” by Trump": the quotation between the participle and its agent
    is the agent's."""
    assert cue.ref is not None and cue.mention is not None
    for k in in_sent:
        sp = st.quotes[k].span
        if sp.open >= cue.end and sp.close <= cue.mention.start:
            assign(st, k, cue.ref, cue.word, "after")
            cue.got_quote = True


_NEW_CLAUSE_RE: Final = re.compile(r";|\b(?:but|while|whereas|yet)\b")
"""Words that open a clause of the writer's own between a verb of saying and a later verb."""


def _outer_cue(masked: str, cue: Cue, cues: list[Cue]) -> Cue | None:
    """ "said he had failed to lay out a solution that Israel would find “agreeable”": a verb of
    thought or finding inside what an earlier verb of saying reports (no quotation between them)
    is part of the reported clause, so the quotation after it is the reporting speaker's."""
    if cue.word not in WEAK_CUE_WORDS or cue.inverted:
        return None
    outer = None
    for p in cues:
        if p.start >= cue.start:
            break
        between = masked[p.end : cue.start]
        if p.word not in WEAK_CUE_WORDS and MASK not in between:
            # "Trump denied asking Comey, but Mueller finds that “...”": a clause of its own.
            outer = None if _NEW_CLAUSE_RE.search(between) else p
    return outer


def _reporter_of(masked: str, cue: Cue, cues: list[Cue]) -> SpeakerRef | None:
    """ "“A,” she said, according to the Times, “B.”": the outlet reports her words, so the
    quotation after it is hers - the speaker of the cue right before "according to"."""
    if cue.word != "according to":
        return None
    for p in cues:
        if p is cue or not p.got_quote:
            continue
        p_end = p.mention.end if p.inverted and p.mention is not None else p.end
        if p_end <= cue.start and masked[p_end : cue.start].strip() in (",", ""):
            return p.ref
    return None


def _quote_before(st: State, cue: Cue, in_sent: list[int], ss: int, cues: list[Cue]) -> None:
    ref = cue.ref
    assert ref is not None
    # "“A,” and said": a quotation before a linked verb is the previous verb's.
    left_edge = cue.start if cue.inverted or cue.linked else cue.left_region
    kb = quote_ending_at(st, left_edge, ss)
    if kb is not None and not set_off(st.text, st.masked, st.quotes[kb].span, left_edge):
        kb = None
    if kb is not None and st.quotes[kb].ref is None:
        word = cue.word
        inner = st.text[st.quotes[kb].span.start : st.quotes[kb].span.end].rstrip(_CLOSING_MARKS)
        # "“A,” X said Y told him": the quotation runs into the report; "“A.” X said" ends.
        nested = _inner_report(st.masked, cue, cues) if inner.endswith(",") else None
        owner = nested or _earlier_clause(st, cue, cues, kb, ss)
        if owner is not None and owner.ref is not None:
            ref, word = owner.ref, owner.word
        assign(st, kb, ref, word, "before")
        cue.got_quote = True
        # Earlier quotations of the same sentence chained to this one: "“A.” “B,” he said."
        for k in in_sent:
            q = st.quotes[k]
            if k < kb and q.ref is None and q.span.close >= ss:
                assign(st, k, ref, word, "before")


_NESTED_GAP_RE: Final = re.compile(r"\s+(?:that\s+)?")
"""What may stand between a verb of saying and the speaker of a report it reports."""
_SAID_NOW_RE: Final = re.compile(r"[\s,]*(?:(?:had|has|have)\s+)?(?:[a-z]+ly\s+)?")
"""Between a speaker and a verb that reports what was said: an adverb, a perfect's auxiliary
(not "will respond", a deed to come)."""
_THAT_CLAUSE_RE: Final = re.compile(r"\s*(?:[\w’'.-]+\s+){0,2}?that\s")
"""A verb's reported clause opening with "that", after a day or a recipient at most ("said
Tuesday that", "told Spencer that"; not "urging the crowd to back that slate")."""


def _inner_report(masked: str, cue: Cue, cues: list[Cue]) -> Cue | None:
    """ "“It’s not a big deal,” Gauger said Cohen told him": a report of what someone else said,
    whose words the quotation is - the cue right after CUE with a named or described speaker of
    its own; None when CUE reports nobody else."""
    if cue.inverted or cue.linked or cue.word not in CUE_WORDS:
        return None
    for inner in cues:
        if inner.start <= cue.end:
            continue
        m = inner.mention
        if (
            m is None
            or inner.inverted
            or inner.agent
            or inner.ref is None
            or inner.word not in CUE_WORDS
            or inner.word in WEAK_CUE_WORDS
            or m.kind not in ("name", "np", "joint")
            or _NESTED_GAP_RE.fullmatch(masked, cue.end, m.start) is None
            or _SAID_NOW_RE.fullmatch(masked, m.end, inner.start) is None
        ):
            return None
        if (
            not inner.ref.name
            or inner.ref.confidence <= 0
            or _OBJECT_RE.search(masked, max(0, m.start - 12), m.start)
        ):
            return None
        return inner if inner.ref.name != (cue.ref.name if cue.ref else None) else None
    return None


def _earlier_clause(st: State, cue: Cue, cues: list[Cue], kb: int, ss: int) -> Cue | None:
    """ "Kerry issued a statement saying that her “...,” the Times reported": quoted words in
    the "that" clause of an earlier verb of saying are that verb's speaker's, which the later
    cue (an outlet, most often) only reports."""
    sp = st.quotes[kb].span
    masked = st.masked
    owner = None
    for p in cues:
        if p is cue or p.end > sp.open or p.ref is None or p.agent or p.linked:
            continue  # a linked verb's speaker is a guess ("..., according to the paper, adding")
        if p.word not in CUE_WORDS or p.word in WEAK_CUE_WORDS:
            continue
        p_end = p.mention.end if p.inverted and p.mention is not None else p.end
        between = masked[p_end : sp.open]
        if MASK in between or _NEW_CLAUSE_RE.search(between) or p_end < ss:
            continue
        if any(c in between for c in ":()\n") or between.rstrip().endswith((".", "!", "?")):
            continue  # "... by machines: “...”", a new paragraph or sentence, an aside
        if not p.ref.name or p.ref.confidence <= 0:
            continue
        if _THAT_CLAUSE_RE.match(masked, p_end, sp.open):
            owner = p
    return owner


def nested_reports(st: State, cues: list[Cue], in_sent: list[int]) -> None:
    """ "The newspaper said a company spokeswoman called the allegations “made up”": quoted
    words in a reported clause whose own speaker says them (a verb of saying with a named or
    described subject between the reporting verb and the quotation) are that speaker's, the
    reporter's clause keeping them as reported."""
    for k in in_sent:
        q = st.quotes[k]
        if q.via != "clause" or q.ref is None:
            continue
        sp = q.span
        outer = next(
            (
                c
                for c in reversed(cues)
                if c.end <= sp.open and c.word == q.cue and c.ref is q.ref and not c.inverted
            ),
            None,
        )
        if outer is None or MASK in st.masked[outer.end : sp.open]:
            continue
        for inner in cues:
            m = inner.mention
            if (
                inner.start <= outer.end
                or inner.end > sp.open
                or m is None
                or m.start < outer.end
                or inner.inverted
                or inner.linked
                or inner.agent
                or inner.ref is None
                or not inner.ref.name
                or inner.ref.confidence <= 0  # a mention that resolved to no one
                or inner.word in WEAK_CUE_WORDS
                or not inner.word.endswith(_TENSED_ENDINGS)
                or _OBJECT_RE.search(st.masked, max(0, m.start - 12), m.start)
                or not _speaks_for_self(m)
                or inner.ref.name == q.ref.name
                or _SAID_NOW_RE.fullmatch(st.masked, m.end, inner.start) is None
                or not _governs(st.masked, inner.end, sp.open)
            ):
                continue
            q.reporter = (q.ref, q.cue or "")
            q.ref, q.cue = inner.ref, inner.word
            break


_OBJECT_RE: Final = re.compile(r"(?<![\w’'])(?:about|of|for|in|at|by|with|from|to|on)\s+$")
"""A preposition before a name: the name is no subject ("the draft report about Comey
described", "the Saudi Embassy in Washington said")."""
_TENSED_ENDINGS: Final = ("ed", "s", "ld", "id", "te", "ke")
"""Endings of a verb that reports a past or present saying ("called", "says", "told", "said",
"wrote", "spoke"); not a bare infinitive ("to have Barr testify before the committee")."""
NESTED_GAP_WORDS: Final = 14
"""The most words between a reported speaker's verb and the quotation it governs."""


def _speaks_for_self(m: Mention) -> bool:
    """A named speaker, or a description of one person ("a company spokeswoman", "the
    dictator"); not "players", "employers", "the media", "the documents"."""
    return m.kind in ("name", "joint") or (m.kind == "np" and _one_person_noun(m.head))


def _governs(masked: str, a: int, b: int) -> bool:
    """Whether the verb ending at A reaches the quotation opening at B: a few words with no
    punctuation, line or clause break between them."""
    gap = masked[a:b]
    return (
        word_count(gap) <= NESTED_GAP_WORDS
        and not any(c in gap for c in ",;:()–—\n")
        and _NEW_CLAUSE_RE.search(gap) is None
    )


def _quote_after(
    st: State,
    cue: Cue,
    in_sent: list[int],
    se: int,
    reporter_of: SpeakerRef | None = None,
    owner: Cue | None = None,
) -> None:
    """The quotation right after CUE (past its inverted speaker and recipient) is the speaker's:
    REPORTER_OF's when an outlet reports it, OWNER's when the cue is inside OWNER's clause."""
    ref = owner.ref if owner is not None else reporter_of or cue.ref
    word = owner.word if owner is not None else cue.word
    assert ref is not None
    after = cue.end
    if cue.inverted and cue.mention is not None:
        after = cue.mention.end
    after = skip_recipient(st.masked, after, se, cue.word)
    ka = quote_at(st, after, se)
    if ka is not None and st.quotes[ka].ref is None:
        assign(st, ka, ref, word, "after")
        cue.got_quote = True
        # "“A,” he said, “B.”" and "he said: “A.” ... “B.”" in the same sentence.
        for k in in_sent:
            if k > ka and st.quotes[k].ref is None:
                gap = st.masked[st.quotes[k - 1].span.close : st.quotes[k].span.open]
                if word_count(gap) == 0:
                    assign(st, k, ref, word, "after")


def attach_leftovers(st: State, cues: list[Cue], in_sent: list[int], ss: int, se: int) -> None:
    """Quotations of the sentence still without a speaker, in order of preference."""
    for k in in_sent:
        q = st.quotes[k]
        if q.ref is not None:
            continue
        if st.pending_colon is not None and st.masked[ss : q.span.open].strip() == "":
            q.ref, q.cue, q.via = st.pending_colon[0], st.pending_colon[1], "colon"
            continue
        found = verb_attribution(st, st.resolver, q, ss, se, cues)
        if found is not None:
            assign(st, k, found[0], found[1], "verb")
            continue
        if _LABELLED_RE.search(st.masked, max(ss, q.span.open - 40), q.span.open):
            # "she shared a link ... with the message, “...”": the one who posted wrote it.
            _subject_speaks(st, k, ss, se, wrapped=False)
            if q.ref is not None:
                continue
        if _nearest_cue(st, k, cues) or _continued(st, k, ss, se):
            continue
        if (
            not cues
            and not is_title(st.text, q.span)
            and not is_modifier(st.masked, q.span)
            and not displayed(st.masked, q.span.open, ss)
        ):
            _subject_speaks(st, k, ss, se)


def displayed(masked: str, at: int, ss: int) -> bool:
    """Whether the quotation opening at AT is carried by a chant, a sign or a banner, alone or
    in a list ("picket with chants like “Pay us more,” and “Spread the strike.”"): words nobody
    in particular is said to have said, not the sentence subject's."""
    end = _list_start(masked, at, ss)
    m = _DISPLAYED_RE.search(masked, max(ss, end - 60), end)
    return m is not None and m.group(1).lower() in DISPLAY_NOUNS


def chanted(masked: str, at: int, ss: int) -> bool:
    """Whether the quotation opening at AT is what chants, cries or a slogan are "of", alone or
    in a list ('Obama said amid chants of “four more years” and “U.S.A.”', 'to chants of “lock
    her up”'): a crowd's words, no one's in particular, whatever cue stands near."""
    tail = masked[max(ss, at - 8) : at].rstrip()
    if not tail.endswith((" of", "\x01", "\x01,", " and", " or")):
        return False  # the cheap test first: most quotations follow neither "of" nor a list
    end = _list_start(masked, at, ss, _JOINED_ITEM_RE)
    m = _OF_DISPLAY_RE.search(masked, max(ss, end - 30), end)
    return m is not None and m.group(1).lower() in DISPLAY_NOUNS


def _list_start(masked: str, at: int, ss: int, item: re.Pattern[str] = _LIST_ITEM_RE) -> int:
    """Where the list of quotations that the one opening at AT ends begins (AT if alone); ITEM:
    an earlier quotation of the list and what joins it to the next."""
    end = at
    for _ in range(LIST_ITEMS):
        m = item.search(masked, max(ss, end - 200), end)
        if m is None:
            break
        end = m.start()
    return end


def _nearest_cue(st: State, k: int, cues: list[Cue]) -> bool:
    """A quotation of three words or more takes the nearest cue of its sentence."""
    sp = st.quotes[k].span
    cues = [c for c in cues if not c.agent]
    if not cues or is_title(st.text, sp) or word_count(st.text, sp.start, sp.end) < 3:
        return False
    best = min(cues, key=lambda c: abs(c.start - sp.open))
    assert best.ref is not None
    assign(st, k, best.ref, best.word, "sentence")
    return True


def _continued(st: State, k: int, ss: int, se: int) -> bool:
    """A quotation standing alone continues the last speaker's, up to two paragraphs on."""
    q = st.quotes[k]
    if st.last_ref is None:
        return False
    ref, cue_word, para = st.last_ref
    if not stands_alone(st, q, ss, se):
        # "At the same time, “it worsens relations and ...”": a long quotation right after
        # its speaker's, with no cue of its own, is no title or scare quote.
        content = st.text[q.span.start : q.span.end]
        if q.para != para or word_count(content) < CONTINUED_WORDS:
            return False
        if is_title(st.text, q.span):
            return False
    if q.para - para > 2 or q.span.open - st.last_cued > CONTINUED_CHARS:
        return False  # "... two paragraphs on", and never far when paragraphs were lost
    assign(st, k, ref, cue_word, "continued")
    return True


def _subject_speaks(st: State, k: int, ss: int, se: int, *, wrapped: bool = True) -> None:
    """ "Trump later defended the “very fine people” remark": the sentence's subject speaks;
    WRAPPED, the words from the verb to the quotation are kept as its reported clause."""
    q = st.quotes[k]
    if ss not in st.subjects:
        st.subjects[ss] = person_subject(st.masked, ss, min(se, ss + 300))
    found_subj = st.subjects[ss]
    if found_subj is None or found_subj[1] > q.span.open:
        return
    subj_mention, verb_end, verb = found_subj
    if wrapped and deed_quote(st.text, q.span, verb):
        return  # "Reid voted early and marked his ballot “uncommitted.”": no words of his
    subj_ref = st.resolver.resolve(subj_mention)
    assign(st, k, subj_ref, verb, "subject")
    if not wrapped:
        return
    fake = Cue(verb_end - len(verb), verb_end, verb, subj_mention)
    wrap(st, verb_end, q.span.close, subj_ref, fake, (ss, se))


def carry_last_ref(st: State, cues: list[Cue], in_sent: list[int]) -> None:
    """The last attribution of the sentence carries to quotations standing alone after it."""
    last_pos = -1
    for k in in_sent:
        q = st.quotes[k]
        if q.ref is not None and q.via != UNSAID and q.span.open > last_pos:
            ref, cue_word = q.reporter or (q.ref, q.cue or "")
            st.last_ref = (ref, cue_word, q.para)
            last_pos = q.span.open
            if q.via != "continued":
                st.last_cued = q.span.close
    for cue in cues:
        if cue.ref is not None and cue.start > last_pos and (cue.produced or cue.got_quote):
            para = max(0, bisect.bisect_right(st.para_starts, cue.start) - 1)
            st.last_ref = (cue.ref, cue.word, para)
            last_pos = cue.start
            st.last_cued = max(st.last_cued, cue.end)
