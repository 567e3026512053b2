"""Quote extraction and speaker attribution: article text in, quote records with offsets out.

Steps, all rule-based and linear in the text length:

1. quotation spans (``quote_spans``): paired marks, continued paragraphs, unbalanced marks;
2. sentences (``sentences``), merged so that no quotation is split;
3. cues (``lexicon.CUE_RE``) in the writer's text only (quotations are masked), each with the
   speaker mention next to it (``speakers``): before it, inverted after it, across an apposition,
   or the subject of the sentence for "..., saying" and "... and added";
4. what each cue introduces: the quotation next to it (direct), the quoted words in its clause
   (partial), or the reported clause itself (indirect) - "X said (that) ...", "..., X said.",
   "according to X, ...";
5. quotations with no cue in their sentence continue the previous speaker's quotation when they
   stand alone as a sentence; other unattributed quoted words (titles, scare quotes) are dropped;
6. every mention resolves to one canonical speaker per article (``speakers.SpeakerResolver``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Any, Final

from factdb.extract.lexicon import (
    ACCORDING_RE,
    ANON_NOUNS,
    CUE_RE,
    CUE_WORDS,
    DOCUMENT_NOUNS,
    NAME_STOPWORDS,
    PARTIAL_CUE_WORDS,
    PLURAL_PERSON_NOUNS,
    TITLE_CUE_WORDS,
    WEAK_CUE_WORDS,
)
from factdb.extract.quote_spans import QuoteSpan, find_double_quotes, find_single_quotes
from factdb.extract.records import QuoteKind, QuoteRecord, SpeakerRef
from factdb.extract.sentences import paragraphs, sentence_boundaries
from factdb.extract.speakers import (
    Mention,
    SpeakerResolver,
    speaker_after,
    speaker_before,
    subject_of,
)

MASK: Final = "\x01"
MAX_SENTENCE: Final = 4000
"""Sentences are merged around quotations up to this length (a bound on the work per cue)."""
_TELL_CUES: Final = frozenset(
    [
        "tell",
        "told",
        "tells",
        "telling",
        "inform",
        "informed",
        "informs",
        "informing",
        "assure",
        "assured",
        "assures",
        "assuring",
        "remind",
        "reminded",
        "reminds",
        "reminding",
        "warn",
        "warned",
        "warns",
        "warning",
        "urge",
        "urged",
        "urges",
        "urging",
        "ask",
        "asked",
        "asks",
        "asking",
        "advise",
        "advised",
        "advises",
        "advising",
    ]
)
_TO_CUES: Final = frozenset(
    [
        "agree",
        "agreed",
        "agrees",
        "agreeing",
        "promise",
        "promised",
        "promises",
        "promising",
        "vow",
        "vowed",
        "vows",
        "vowing",
        "pledge",
        "pledged",
        "pledges",
        "pledging",
        "urge",
        "urged",
        "urges",
        "urging",
        "threaten",
        "threatened",
        "threatens",
        "ask",
        "asked",
        "asks",
    ]
)
_PARTICIPLES: Final = frozenset(
    ["told", "said", "known", "shown", "found", "thought", "written", "felt"]
)
_BE_WORDS: Final = frozenset(
    ["is", "are", "was", "were", "been", "being", "be", "get", "got", "gets"]
)


def _passive(prev_words: list[str]) -> bool:
    """Whether the words before a participle make it passive: "was told", "is widely expected"."""
    if not prev_words:
        return False
    last = prev_words[-1].lower()
    if last in _BE_WORDS:
        return True
    return len(prev_words) >= 2 and last.endswith("ly") and prev_words[-2].lower() in _BE_WORDS


_CLAUSAL_RE: Final = re.compile(
    r"(?<![\w’'])(?:is|are|was|were|be|been|being|am|will|would|can|could|should|shall|may|"
    r"might|must|has|have|had|do|does|did|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|"
    r"couldn't|shouldn't|doesn't|don't|didn't|hasn't|haven't|hadn't|to|[\w’'-]+ed|"
    r"[\w’'-]+[’']s|[\w’'-]+[’'](?:re|ll|ve|d))(?![\w’'])",
    re.IGNORECASE,
)
_BAD_CLAUSE_START_RE: Final = re.compile(
    r"(?:after|before|during|on|in|at|which|who|whom|whose|when|while|following|last|earlier|"
    r"later|as|because|since|and|but|or|from|with|without|via|through|by|for|of|about|"
    r"repeatedly|again|also|then|today|yesterday|tonight)\b",
    re.IGNORECASE,
)
_NOUNISH_CUES: Final = frozenset(
    [
        "attack",
        "attacks",
        "retort",
        "retorts",
        "call",
        "calls",
        "claim",
        "claims",
        "note",
        "notes",
        "state",
        "states",
        "report",
        "reports",
        "post",
        "posts",
        "promise",
        "promises",
        "pledge",
        "pledges",
        "vow",
        "vows",
        "comment",
        "comments",
        "question",
        "questions",
        "estimate",
        "estimates",
        "charge",
        "charges",
        "answer",
        "answers",
        "reply",
        "replies",
        "tweet",
        "tweets",
        "warning",
        "remark",
        "remarks",
        "praise",
        "hope",
        "hopes",
        "fear",
        "fears",
        "find",
        "finds",
        "show",
        "shows",
        "point",
        "points",
        "signal",
        "signals",
        "demand",
        "demands",
        "order",
        "orders",
        "counter",
        "counters",
        "thanks",
        "thank",
        "welcome",
        "welcomes",
        "feel",
        "feels",
        "know",
        "knows",
        "think",
        "thinks",
        "believe",
        "believes",
        "learn",
        "learns",
        "write",
        "writes",
        "say",
        "says",
        "tell",
        "tells",
    ]
)
_KNOWN_HEADS: Final = ANON_NOUNS | DOCUMENT_NOUNS | PLURAL_PERSON_NOUNS
_GAP_RE: Final = re.compile(r"[\s,:—–-]*")
_TELL_QUOTE_RE: Final = re.compile(
    r"[\s,]*(?:(?!(?:he|she|they|we|I|it|you)\s)[\w’'.-]+,?\s+){0,6}?(?:that\s+)?(?=\x01)"
)
_STOP_PUNCT_RE: Final = re.compile(r"[;.!?]")
_EMPTY_REST_RE: Final = re.compile(r"[.!?;,)]|$")
_TRAIL_JOIN_RE: Final = re.compile(r"(?:[\s,]+(?:and|but|while|as|so))?[\s,.;:!?…—–-]*$")
_CAP_START_RE: Final = re.compile(r"[\W]*[A-Z0-9]")
_FIRST_CHAR_RE: Final = re.compile(r"[\s.…'‘’\"(\[-]*(\w)")
_SAID_SO_RE: Final = re.compile(
    r"(?:so|yes|no|nothing|something|anything|it|this|that|as much|otherwise|the same|little|"
    r"much|a lot|goodbye|hello|thanks|sorry)\s*(?:[.,;!?]|$|\x01)"
)
_DASH_NAME_RE: Final = re.compile(
    r"[\s\u00a0]*[―—–-]+[\s\u00a0]*((?:[A-Z][\w’'.-]*[\s\u00a0]+){0,4}[A-Z][\w’'-]*)[\s\u00a0.,]*$"
)
_NP_START_RE: Final = re.compile(r"(?:its|his|her|their|our|my|the|a|an|this|these|those)\s")
_NAME_DASH_RE: Final = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*)\s*[-—–―]$")
_THAT_RE: Final = re.compile(r"(?<![\w’'])that(?![\w’'])")
_WORD_RE: Final = re.compile(r"[\w’'-]+")
_LEAD_RE: Final = re.compile(r"^[\s,:;—–-]+")
_FINAL_TAIL_RE: Final = re.compile(
    r"^(?:\s*,?\s*(?:on|in|at|during|after|before|last|this|earlier|later|late|early|via|"
    r"through|over|from|to|with|while|when|since|today|yesterday|tonight|recently|previously|"
    r"reporters|journalists|[A-Z][\w.’'-]*|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|the|a|an|his|her|their|its|of|an?|told|said|\w+ly)\b[^\x01;]*?)?[\s.!?…]*$"
)


@dataclass(slots=True)
class _Span:
    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


ALL_CUES: Final = CUE_WORDS | PARTIAL_CUE_WORDS


@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    word: str
    mention: Mention | None = None
    inverted: bool = False
    linked: bool = False
    """A participle or coordinated verb that shares the sentence's subject ("..., saying")."""
    ref: SpeakerRef | None = None
    got_quote: bool = False
    produced: bool = False
    left_region: int = 0
    """Where this cue's own words begin (its speaker mention, or the cue for linked verbs)."""


@dataclass(slots=True)
class _Quote:
    span: QuoteSpan
    para: int
    ref: SpeakerRef | None = None
    cue: str | None = None
    via: str = ""
    kind: QuoteKind = QuoteKind.DIRECT
    sentence: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class _Indirect:
    start: int
    end: int
    ref: SpeakerRef
    cue: str
    sentence: tuple[int, int]
    gap: tuple[int, int] | None = None
    """The attribution inside the clause ("Many closures, he said, have ...") left out of text."""


@dataclass(slots=True)
class _State:
    text: str
    masked: str
    quotes: list[_Quote]
    opens: list[int]
    indirect: list[_Indirect] = field(default_factory=list)
    subjects: dict[int, tuple[Mention, int, str] | None] = field(default_factory=dict)


def extract_quotes(text: str) -> list[QuoteRecord]:
    """Every quotation and piece of reported speech in *text*, ordered by start offset.

    Never raises: any string (empty, garbage, very long) gives a list, possibly empty.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        return _extract(text)
    except Exception:  # pragma: no cover - a last resort; the rules above should not fail
        return []


# --------------------------------------------------------------------------- spans and sentences


def _find_spans(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    spans = find_double_quotes(text, paras)
    if paras:
        ps, pe = paras[0]
        has_double = any(sp.open < pe for sp in spans)
        if not has_double and pe - ps < 300:
            spans.extend(find_single_quotes(text, ps, pe))
    spans.sort(key=lambda sp: sp.open)
    return spans


def _mask(text: str, spans: list[QuoteSpan]) -> str:
    parts: list[str] = []
    last = 0
    for sp in spans:
        if sp.open < last:
            continue
        parts.append(text[last : sp.open])
        parts.append(MASK * (sp.close - sp.open))
        last = sp.close
    parts.append(text[last:])
    return "".join(parts)


def _sentences(
    text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan]
) -> list[tuple[int, int]]:
    """Sentence spans, never splitting a quotation (a quotation's sentences stay together)."""
    opens = [sp.open for sp in spans]
    closes = [sp.close for sp in spans]

    def inside(pos: int) -> bool:
        k = bisect.bisect_left(opens, pos) - 1
        return k >= 0 and opens[k] < pos < closes[k]

    raw: list[tuple[int, int]] = []
    for ps, pe in paras:
        s = ps
        for cut in sentence_boundaries(text, ps, pe):
            if inside(cut) and cut - s < MAX_SENTENCE:
                continue
            e = cut
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                raw.append((s, e))
            s = cut
        if pe > s:
            raw.append((s, pe))
    merged: list[tuple[int, int]] = []
    for s, e in raw:
        if (
            merged
            and e - merged[-1][0] <= MAX_SENTENCE
            and (inside(s) or _attribution_tail(text, merged[-1], s, e))
        ):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


_TAIL_RE: Final = re.compile(
    r"(?:(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|"
    r"(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)"
    r"\s+(?:(?:also|then|later|finally|quickly|simply)\s+)?([a-z]+)\b"
    r"|([a-z]+)\s+(?:[A-Z]|the\s|an?\s)"
)


def _attribution_tail(text: str, prev: tuple[int, int], s: int, e: int) -> bool:
    """ "“Is it over?” Trump asked." - a short attribution after a quote ending in ? or !."""
    if text[prev[1] - 1 : prev[1]] not in ("”", '"', "’", "'") or text[s - 1 : s] == "\n":
        return False
    last = prev[1] - 2
    if text[last : last + 1] == "'":  # doubled apostrophes
        last -= 1
    if text[last : last + 1] not in ("?", "!", ".", "…"):
        return False
    if e - s > 90 or len(text[s:e].split()) > 9:
        return False
    m = _TAIL_RE.match(text, s, min(e, s + 80))
    if m is None:
        return False
    verb = (m.group(1) or m.group(2) or "").lower()
    return verb in CUE_WORDS


# --------------------------------------------------------------------------- cues


def _cue_positions(masked: str) -> list[tuple[int, int, str]]:
    """Every cue word of the writer's text (quotations are masked), in order."""
    lowered = masked.lower()
    return [
        (m.start(), m.end(), masked[m.start() : m.end()])
        for m in CUE_RE.finditer(lowered)
        if m.group() in ALL_CUES or lowered.startswith(" that ", m.end())
    ]


@dataclass(slots=True)
class _ArticleCues:
    """Matches of the sentence-independent cue patterns, found once per article."""

    according: list[re.Match[str]]
    nominal: list[_NominalMatch]
    according_starts: list[int] = field(default_factory=list)
    nominal_starts: list[int] = field(default_factory=list)


def _article_cues(masked: str) -> _ArticleCues:
    according = (
        list(ACCORDING_RE.finditer(masked))
        if "ccording to" in masked or "s reported by" in masked
        else []
    )
    nominal = _nominal_cues(masked)
    return _ArticleCues(
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


def _find_cues(
    masked: str,
    ss: int,
    se: int,
    positions: list[tuple[int, int, str]] | None = None,
    extra: _ArticleCues | None = None,
) -> list[_Cue]:
    cues: list[_Cue] = []
    if positions is None:
        positions = _cue_positions(masked)
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
        cue = _Cue(m.start(), m.end(), low)
        if not prev_word[-1:].isalnum() and prev_word[-1:] not in ("’", "'"):
            prev_word = ""
        mention: Mention | None = None
        if (low.endswith(("ed", "en")) or low in _PARTICIPLES) and _passive(prev_words):
            continue
        ing_linked = low.endswith("ing") and (
            prev_txt.endswith((",", MASK)) or prev_word in ("and",)
        )
        mention = None if ing_linked else speaker_before(masked, ss, m.start())
        if (
            mention is not None
            and low in _NOUNISH_CUES
            and mention.kind == "np"
            and (mention.head not in _KNOWN_HEADS)
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
        cue = _Cue(m.start(), m.end(), "according to", mention, inverted=True)
        cue.left_region = m.start()
        cues.append(cue)
    nominal = extra.nominal if extra else _nominal_cues(masked, ss, se)
    for m in _within(nominal, None, masked, ss, se):
        poss = m.group("poss")
        ps = m.start("poss")
        low = poss.lower()
        if low in _POSS_PRONOUNS:
            mention = Mention(ps, ps + len(poss), poss, "pronoun", head=_POSS_PRONOUNS[low])
        else:
            name = _POSSESSIVE_RE.sub("", poss)
            mention = Mention(ps, ps + len(name), name, "name")
        cue = _Cue(m.start("noun"), m.end("noun"), m.group("noun").lower(), mention)
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
        if masked[w_start:w_end].lower() not in _NOMINAL_NOUNS:
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
_NOMINAL_NOUNS: Final = frozenset(
    w + suffix
    for w in [
        "claim",
        "assertion",
        "statement",
        "argument",
        "promise",
        "warning",
        "insistence",
        "suggestion",
        "contention",
        "accusation",
        "remark",
        "comment",
        "prediction",
        "vow",
        "pledge",
        "allegation",
        "view",
        "belief",
        "position",
        "message",
        "admission",
        "boast",
        "complaint",
        "explanation",
        "reminder",
        "threat",
        "charge",
        "denial",
        "announcement",
        "declaration",
        "conclusion",
        "assurance",
        "concern",
        "fear",
        "hope",
        "insinuation",
        "theory",
        "speculation",
        "proposal",
        "word",
    ]
    for suffix in ("", "s")
)
_POSS_PRONOUNS: Final = {"his": "he", "her": "she", "their": "they"}


def _words(s: str) -> int:
    return len(_WORD_RE.findall(s))


def _quote_at(st: _State, pos: int, limit: int) -> int | None:
    """Index of the quotation whose opening mark is the first non-space character at *pos*."""
    m = _GAP_RE.match(st.masked, pos, limit)
    p = m.end() if m else pos
    if p < limit and st.masked[p] == MASK:
        k = bisect.bisect_left(st.opens, p)
        if k < len(st.opens) and st.opens[k] == p:
            return k
    return None


def _quote_ending_at(st: _State, pos: int, floor: int) -> int | None:
    """Index of the quotation ending right before *pos* (only spaces, commas or dashes between)."""
    p = pos
    while p > floor and st.masked[p - 1] in " \t\n,—–\u00a0":
        p -= 1
    if p > floor and st.masked[p - 1] == MASK:
        k = bisect.bisect_right(st.opens, p - 1) - 1
        if k >= 0 and st.quotes[k].span.close == p:
            return k
    return None


def _none_in(starts: list[int], a: int, b: int) -> bool:
    k = bisect.bisect_left(starts, a)
    return k >= len(starts) or starts[k] >= b


def _in_range(st: _State, a: int, b: int) -> list[int]:
    lo = bisect.bisect_left(st.opens, a)
    hi = bisect.bisect_left(st.opens, b)
    return [k for k in range(lo, hi) if st.quotes[k].span.close <= b + 1]


def _assign(st: _State, k: int, ref: SpeakerRef, cue: str, via: str) -> None:
    q = st.quotes[k]
    if q.ref is None:
        q.ref = ref
        q.cue = cue
        q.via = via


# --------------------------------------------------------------------------- the main loop


def _extract(text: str) -> list[QuoteRecord]:
    paras = paragraphs(text)
    spans = _find_spans(text, paras)
    para_starts = [p[0] for p in paras]
    quotes = [_Quote(sp, max(0, bisect.bisect_right(para_starts, sp.open) - 1)) for sp in spans]
    masked = _mask(text, spans)
    st = _State(text, masked, quotes, [sp.open for sp in spans])
    resolver = SpeakerResolver(text)
    sentences = _sentences(text, paras, spans)
    cue_pos = _cue_positions(masked)
    article_cues = _article_cues(masked)
    last_ref: tuple[SpeakerRef, str, int] | None = None
    pending_colon: tuple[SpeakerRef, str] | None = None

    cue_starts = [c[0] for c in cue_pos]
    extra_starts = sorted(
        [m.start() for m in article_cues.according] + [m.start() for m in article_cues.nominal]
    )
    for ss, se in sentences:
        in_sent = _in_range(st, ss, se)
        if not in_sent and _none_in(cue_starts, ss, se) and _none_in(extra_starts, ss, se):
            # Nothing to attribute here; only a trailing colon can matter for what follows.
            if masked[se - 1 : se] == ":" and pending_colon is None:
                colon_ref = _colon_speaker(masked, resolver, ss, se - 1, [])
                if colon_ref is not None:
                    pending_colon = colon_ref
            continue
        cues = _find_cues(masked, ss, se, cue_pos, article_cues)
        for k in in_sent:
            quotes[k].sentence = (ss, se)
        # Resolve speakers in text order; linked verbs take the previous cue's or the subject's.
        prev_ref: SpeakerRef | None = None
        prev_end = ss
        main_ref: SpeakerRef | None = None
        for cue in cues:
            mention = cue.mention
            if (
                mention is not None
                and mention.kind == "np"
                and cue.word.endswith("ing")
                and mention.head not in _KNOWN_HEADS
                and mention.start > ss
            ):
                # "Trump unleashed a series of tweets saying ...": the subject speaks.
                subj = subject_of(masked, ss, mention.start)
                if subj is not None and subj.kind in ("name", "pronoun", "joint"):
                    mention = cue.mention = subj
            if mention is not None:
                antecedent = None
                if mention.kind == "pronoun" and mention.head in ("he", "she") and prev_ref:
                    # "Flynn said Trump was right when he said ...": the nearer name.
                    antecedent = _name_between(masked, prev_end, mention.start)
                cue.ref = resolver.resolve(mention, antecedent)
            elif cue.linked:
                # "X said Friday that she thinks ... but said ...": the main subject speaks.
                link_ref = main_ref or prev_ref
                if link_ref is not None:
                    cue.ref = link_ref
                else:
                    subj = subject_of(masked, ss, cue.start)
                    if subj is not None:
                        cue.ref = resolver.resolve(subj)
            if cue.ref is not None:
                prev_ref = cue.ref
                prev_end = cue.end
                if main_ref is None or (
                    not cue.linked and _starts_clause(masked, ss, cue.left_region)
                ):
                    main_ref = cue.ref
        cues = [c for c in cues if c.ref is not None]

        # Pass 1: quotations right next to a cue and its speaker; "“A,” he said" first.
        for cue in cues:
            ref = cue.ref
            assert ref is not None
            left_edge = cue.start if cue.inverted else cue.left_region
            kb = _quote_ending_at(st, left_edge, ss)
            if kb is not None and not _set_off(text, masked, quotes[kb].span, left_edge):
                kb = None
            if kb is not None and quotes[kb].ref is None:
                _assign(st, kb, ref, cue.word, "before")
                cue.got_quote = True
                # Earlier quotations of the same sentence chained to this one: "“A.” “B,” he said."
                for k in in_sent:
                    if k < kb and quotes[k].ref is None and quotes[k].span.close >= ss:
                        _assign(st, k, ref, cue.word, "before")
        for cue in cues:
            ref = cue.ref
            assert ref is not None
            after = cue.end
            if cue.inverted and cue.mention is not None:
                after = cue.mention.end
            after = _skip_recipient(masked, after, se, cue.word)
            ka = _quote_at(st, after, se)
            if ka is not None and quotes[ka].ref is None:
                _assign(st, ka, ref, cue.word, "after")
                cue.got_quote = True
                # "“A,” he said, “B.”" and "he said: “A.” ... “B.”" in the same sentence.
                for k in in_sent:
                    if k > ka and quotes[k].ref is None:
                        gap = masked[quotes[k - 1].span.close : quotes[k].span.open]
                        if _words(gap) == 0:
                            _assign(st, k, ref, cue.word, "after")

        # Pass 2: clauses after or before cues (reported speech, partial quotes inside).
        for ci, cue in enumerate(cues):
            ref = cue.ref
            assert ref is not None
            nxt = se
            for other in cues[ci + 1 :]:
                if other.got_quote or _starts_clause(masked, ss, other.left_region):
                    nxt = other.left_region
                    break
            after = cue.end
            if cue.inverted and cue.mention is not None:
                after = cue.mention.end
            if cue.word in PARTIAL_CUE_WORDS and cue.word not in CUE_WORDS:
                mine = []
                for k in _in_range(st, after, nxt):
                    _assign(st, k, ref, cue.word, "partial-cue")
                    if quotes[k].ref is ref:
                        mine.append(k)
                if mine:
                    _wrap(st, after, quotes[mine[-1]].span.close, ref, cue, (ss, se))
                continue
            clause_start = _clause_start(masked, after, nxt, cue.word)
            if (
                clause_start is not None
                and cue.got_quote
                and not _has_that(masked, after, clause_start)
            ):
                kq0 = _quote_at(st, clause_start, se)
                if kq0 is None or _words(masked[quotes[kq0].span.close : nxt]) < 3:
                    clause_start = None
            if clause_start is not None:
                cs, ce = _trim(masked, clause_start, nxt)
                kq = _quote_at(st, cs, se)
                if kq is not None:
                    # "chanted “What curfew?” and kept going": the clause is the quote alone.
                    cut = _CONJ_AFTER_QUOTE_RE.match(masked, quotes[kq].span.close, ce)
                    if cut is not None:
                        ce = quotes[kq].span.close
                lead_quote = kq is not None and _words(masked[quotes[kq].span.close : ce]) < 2
                if not lead_quote and _words(text[cs:ce]) >= 3 and ce > cs:
                    weak_without_that = (
                        cue.word in WEAK_CUE_WORDS
                        and not _THAT_RE.match(
                            masked, max(after, clause_start - 5), clause_start + 1
                        )
                        and not _has_that(masked, after, clause_start)
                    )
                    if not weak_without_that and _clause_ok(masked, cs, ce, cue.word, after):
                        ind = _Indirect(cs, ce, ref, cue.word, (ss, se))
                        _parenthetical(st, cues, ci, ind, after, ss)
                        st.indirect.append(ind)
                        cue.produced = True
                    for k in _in_range(st, cs, ce):
                        _assign(st, k, ref, cue.word, "clause")
                    continue
            # "..., X said." - the clause is before the cue, which ends the sentence.
            tail_end = nxt if nxt > after else se
            tail = masked[after:tail_end]
            if cue.word == "according to":
                tail = masked[cue.mention.end if cue.mention else after : tail_end]
            edge = cue.start if cue.inverted else cue.left_region
            head = masked[ss:edge].rstrip()
            if (
                _FINAL_TAIL_RE.match(tail)
                and _words(tail) <= 10
                and (
                    head.endswith((",", "—", "–"))
                    or (cue.word == "according to" and head.endswith(","))
                    or (
                        head.endswith(MASK) and text[ss + len(head) - 2 : ss + len(head)][:1] == ","
                    )
                )
            ):
                floor = ss
                for other in cues[:ci]:
                    if other.got_quote or other.produced:
                        floor = max(floor, other.end, other.mention.end if other.mention else 0)
                cs, ce = _trim(masked, floor, ss + len(head))
                if ce > cs and _words(masked[cs:ce]) >= 3:
                    own_words = _words(masked[cs:ce].replace(MASK, ""))
                    if (_quote_ending_at(st, ce + 1, cs) is None or own_words >= 4) and (
                        masked[cs] != MASK or own_words >= 4
                    ):
                        st.indirect.append(_Indirect(cs, ce, ref, cue.word, (ss, se)))
                    for k in _in_range(st, cs, ce + 1):
                        _assign(st, k, ref, cue.word, "clause")
                continue
            if cue.word == "according to" and head == "":
                # "According to X, ..." at the start of the sentence.
                m = cue.mention
                if m is not None:
                    rest = masked[m.end : se]
                    comma = rest.find(",")
                    if 0 <= comma < 160:
                        cs, ce = _trim(masked, m.end + comma + 1, se)
                        if _words(masked[cs:ce]) >= 3:
                            st.indirect.append(_Indirect(cs, ce, ref, cue.word, (ss, se)))
                            for k in _in_range(st, cs, ce + 1):
                                _assign(st, k, ref, cue.word, "clause")

        # Pass 3: leftover quotations of the sentence.
        for k in in_sent:
            q = quotes[k]
            if q.ref is not None:
                continue
            if pending_colon is not None and masked[ss : q.span.open].strip() == "":
                q.ref, q.cue, q.via = pending_colon[0], pending_colon[1], "colon"
                continue
            found = _any_verb_attribution(st, resolver, q, ss, se, cues)
            if found is not None:
                _assign(st, k, found[0], found[1], "verb")
                continue
            if (
                cues
                and not _is_title(text, q.span)
                and (_words(text[q.span.start : q.span.end]) >= 3)
            ):
                best = min(cues, key=lambda c: abs(c.start - q.span.open))
                assert best.ref is not None
                _assign(st, k, best.ref, best.word, "sentence")
                continue
            if last_ref is not None and _stands_alone(st, q, ss, se):
                ref, cue_word, para = last_ref
                if q.para - para <= 2:
                    _assign(st, k, ref, cue_word, "continued")
                    continue
            if not cues and not _is_title(text, q.span) and not _modifier(masked, q.span):
                if ss not in st.subjects:
                    st.subjects[ss] = _person_subject(masked, ss, min(se, ss + 300))
                found_subj = st.subjects[ss]
                if found_subj is not None and found_subj[1] > q.span.open:
                    found_subj = None
                if found_subj is not None:
                    subj_mention, verb_end, verb = found_subj
                    subj_ref = resolver.resolve(subj_mention)
                    _assign(st, k, subj_ref, verb, "subject")
                    fake = _Cue(verb_end - len(verb), verb_end, verb, subj_mention)
                    _wrap(st, verb_end, q.span.close, subj_ref, fake, (ss, se))
        if in_sent:
            pending_colon = None
        # The last attribution of the sentence carries to quotations standing alone after it.
        last_pos = -1
        for k in in_sent:
            q = quotes[k]
            if q.ref is not None and q.span.open > last_pos:
                last_ref = (q.ref, q.cue or "", q.para)
                last_pos = q.span.open
        for cue in cues:
            if cue.ref is not None and cue.start > last_pos and (cue.produced or cue.got_quote):
                para = max(0, bisect.bisect_right(para_starts, cue.start) - 1)
                last_ref = (cue.ref, cue.word, para)
                last_pos = cue.start
        if pending_colon is None and masked[ss:se].rstrip().endswith(":") and not in_sent:
            colon_ref = _colon_speaker(masked, resolver, ss, se - 1, cues)
            if colon_ref is not None:
                pending_colon = colon_ref

    return _final_speakers(_records(st), resolver)


_VERB_AFTER_RE: Final = re.compile(
    r"[\s,]*((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*|he|she|they|I|we|"
    r"(?:the|a|an|one|another|his|her|their)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)"
    r"\s+(?:(?:also|then|later|finally|quickly|simply|once)\s+)?"
    r"([a-z]+(?:ed|s|ew|ote|old|aid|ought))(?=[\s.,;:!?—–]|$)"
)
_VERB_INVERTED_RE: Final = re.compile(r"[\s,]*([a-z]+(?:ed|s|ew|ote|old|aid))\s+(?=[A-Z])")
_NOT_SPEECH_VERBS: Final = frozenset(
    [
        "was",
        "is",
        "has",
        "does",
        "goes",
        "comes",
        "seems",
        "looks",
        "appears",
        "remains",
        "becomes",
        "gets",
        "makes",
        "takes",
        "gives",
        "needs",
        "wants",
        "means",
        "happens",
        "was",
        "has",
        "had",
        "did",
        "went",
        "came",
        "got",
        "made",
        "took",
        "gave",
        "needed",
        "wanted",
        "meant",
        "happened",
        "seemed",
        "looked",
        "appeared",
        "remained",
        "became",
        "included",
        "includes",
        "continued",
        "continues",
        "followed",
        "follows",
        "began",
        "begins",
        "led",
        "leads",
        "used",
        "uses",
        "called",
        "calls",
        "stands",
        "stood",
        "sits",
        "sat",
        "lies",
        "lay",
        "runs",
        "ran",
        "holds",
        "held",
        "keeps",
        "kept",
    ]
)
_COLON_WORD_RE: Final = re.compile(r"([A-Za-z]+)[\s,]*$")


def _any_verb_attribution(
    st: _State, resolver: SpeakerResolver, q: _Quote, ss: int, se: int, cues: list[_Cue]
) -> tuple[SpeakerRef, str] | None:
    """A quotation followed by "NAME VERBed" or "VERBed NAME", or introduced by "NP VERBed:"."""
    masked = st.masked
    sp = q.span
    tail_end = min(se, sp.close + 120)
    m = _VERB_AFTER_RE.match(masked, sp.close, tail_end)
    if (
        m is not None
        and masked[sp.close - 2 : sp.close].strip(MASK) == ""
        and (m.group(2) not in _NOT_SPEECH_VERBS)
    ):
        mention = speaker_before(masked, sp.close, m.start(2))
        if mention is not None:
            return resolver.resolve(mention), m.group(2)
    m = _VERB_INVERTED_RE.match(masked, sp.close, tail_end)
    if m is not None and m.group(1) not in _NOT_SPEECH_VERBS:
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
    if before.endswith(":"):
        return _colon_speaker(masked, resolver, ss, head_start + len(before) - 1, cues)
    return None


def _colon_speaker(
    masked: str, resolver: SpeakerResolver, ss: int, colon: int, cues: list[_Cue]
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
        return None
    for cue in cues:
        if cue.ref is not None and cue.start <= m.start() <= cue.end + 60:
            return cue.ref, cue.word
    word = m.group(1)
    if word[:1].isupper():
        # "... as Trump put it:" / "Trump:" - a name right before the colon.
        mention = speaker_before(masked, ss, m.end())
        if mention is not None and mention.kind == "name":
            return resolver.resolve(mention), ":"
        return None
    # "More from the report:" - a described source right before the colon.
    mention = speaker_before(masked, ss, m.end())
    if mention is not None and mention.kind == "np" and mention.head in _KNOWN_HEADS:
        return resolver.resolve(mention), ":"
    mention = speaker_before(masked, ss, m.start())
    if mention is None:
        mention = subject_of(masked, ss, colon)
    if mention is None:
        return None
    return resolver.resolve(mention), word


def _wrap(
    st: _State, a: int, b: int, ref: SpeakerRef, cue: _Cue, sentence: tuple[int, int]
) -> None:
    """Reported content made of the writer's words around a few quoted ones.

    "called the program “worse than amnesty”": the content is "the program “worse than amnesty”",
    emitted as reported speech when the quoted words are less than half of it.
    """
    s, e = _trim(st.masked, a, b)
    e = b if b > s and st.masked[b - 1] == MASK else e
    if e <= s or (st.masked[s] == MASK and _words(st.masked[s:e].replace(MASK, " ")) == 0):
        return
    quoted = st.masked.count(MASK, s, e)
    if quoted >= 0.5 * (e - s) or _words(st.masked[s:e].replace(MASK, " ")) < 1:
        return
    st.indirect.append(_Indirect(s, e, ref, cue.word, sentence))
    cue.produced = True


_TO_OK_RE: Final = re.compile(
    r"(?:quick|went on|continued|proceeded|hastened|rushed|moved|took to \w+|went so far as|"
    r"was careful|were careful|did not hesitate|didn't hesitate|wasted no time)\s+to\s+$"
)
_CLAUSE_OPENER_RE: Final = re.compile(r"(?:[,;:—–(]|\x01|(?<![\w’'])(?:and|but|yet|or))\s*$")


def _starts_clause(masked: str, ss: int, pos: int) -> bool:
    """Whether a cue region at *pos* begins a new clause (not one embedded in "said (that) ...")."""
    before = masked[max(ss, pos - 12) : pos]
    return pos <= ss or not before.strip() or _CLAUSE_OPENER_RE.search(before) is not None


def _set_off(text: str, masked: str, sp: QuoteSpan, edge: int) -> bool:
    """Whether a quotation before a speaker is set off by punctuation ("“...,” he said")."""
    inner = text[sp.start : sp.end].rstrip()
    if inner[-1:] in ",.!?…—–-:;":
        return True
    return any(c in ",—–-:" for c in masked[sp.close : edge])


_SUBJECT_VERB_RE: Final = re.compile(
    r"\s+(?:(?:also|later|then|has|had|have|once|repeatedly|previously|again|even|recently|"
    r"publicly|quickly|often|never|still|just)\s+){0,2}([a-z]+(?:ed|s))(?![\w’'])"
)


def _person_subject(masked: str, ss: int, before: int) -> tuple[Mention, int, str] | None:
    """A named or pronoun subject followed by a verb, before *before*: "Trump later defended"."""
    subj = subject_of(masked, ss, before)
    if subj is None or subj.kind not in ("name", "pronoun") or subj.head in ("it", "org"):
        return None
    m = _SUBJECT_VERB_RE.match(masked, subj.end, before)
    if m is None or m.group(1) in _NOT_SPEECH_VERBS:
        return None
    return subj, m.end(1), m.group(1)


_CONJ_AFTER_QUOTE_RE: Final = re.compile(
    r"[\s,]*(?:(?:and|but|then)\s+(?:then\s+|also\s+)?(?:[a-z]+ed|kept|went|left|took|made|"
    r"said|told|began|ran|got|gave|came|continued|walked|turned)\b|until\b)"
)
_NEXT_WORD_RE: Final = re.compile(r"\s+([a-z][\w’'-]*)")
_FUNCTION_WORDS: Final = frozenset(
    [
        "and",
        "or",
        "but",
        "to",
        "for",
        "in",
        "on",
        "at",
        "of",
        "as",
        "from",
        "with",
        "by",
        "because",
        "if",
        "when",
        "while",
        "that",
        "which",
        "who",
        "since",
        "after",
        "before",
        "than",
        "until",
        "unless",
        "though",
        "although",
        "whether",
        "about",
        "into",
        "over",
        "against",
        "between",
    ]
)


def _modifier(masked: str, sp: QuoteSpan) -> bool:
    """Quoted words used as a modifier of the next noun: a federal “supermax” prison."""
    m = _NEXT_WORD_RE.match(masked, sp.close)
    return m is not None and m.group(1) not in _FUNCTION_WORDS


def _parenthetical(
    st: _State, cues: list[_Cue], ci: int, ind: _Indirect, after: int, ss: int
) -> None:
    """ "Many of the closures, he said, have involved ...": the clause starts before the cue."""
    cue = cues[ci]
    masked = st.masked
    if cue.inverted or not masked[after : ind.start].strip().startswith(","):
        return
    edge = cue.left_region
    head = masked[ss:edge].rstrip()
    if not head.endswith(",") or (ci > 0 and any(c.produced or c.got_quote for c in cues[:ci])):
        return
    hs, he = _trim(masked, ss, ss + len(head))
    if _words(masked[hs:he]) < 2 or _words(masked[hs:he]) > 25 or MASK in masked[hs:he]:
        return
    ind.gap = (he, ind.start)
    ind.start = hs


_PERSON_NAME_RE: Final = re.compile(
    r"(?<![\w’'])((?:[A-Z][a-z’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'\-]+|[A-Z]\.))*)(?![\w’'])"
)


def _name_between(masked: str, a: int, b: int) -> Mention | None:
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


def _has_that(masked: str, a: int, b: int) -> bool:
    return _THAT_RE.search(masked, a, b) is not None


def _skip_recipient(masked: str, pos: int, limit: int, word: str) -> int:
    """Skip "reporters" / "NAME on Friday" after a tell-like cue, and a following "that"."""
    if word in _TELL_CUES:
        m = _TELL_QUOTE_RE.match(masked, pos, limit)
        if m is not None:
            return m.end()
    m = _THAT_QUOTE_RE.match(masked, pos, limit)
    if m is not None:
        return m.end()
    m = _COLON_QUOTE_RE.match(masked, pos, limit)
    if m is not None:
        return m.end()
    return pos


_THAT_QUOTE_RE: Final = re.compile(r"\s*(?:that\s+)?(?=\x01)")
_COLON_QUOTE_RE: Final = re.compile(
    r"[^\x01.;!?]{0,100}?:\s*(?=\x01)|\s+(?:of|about|to|on|at)\s+[^\x01.;!?,]{1,60},\s*(?=\x01)"
)


def _clause_start(masked: str, pos: int, limit: int, word: str) -> int | None:
    """Where the reported clause after a cue begins, or None when no clause follows."""
    window = masked[pos : min(limit, pos + 140)]
    m = _THAT_RE.search(window)
    if m is not None:
        between = window[: m.start()]
        # A quoted title may sit in a recipient: "told ABC’s “This Week” that ...".
        titled = word in _TELL_CUES and between.count(MASK) <= 40
        if (
            (MASK not in between or titled)
            and not _STOP_PUNCT_RE.search(between)
            and _words(between) <= 10
        ):
            return pos + m.end()
    if word in _TELL_CUES:
        m2 = re.match(
            r"[\s,]*(?:reporters|journalists|the press|the media|supporters|the crowd|lawmakers|"
            r"the audience|an audience|voters|him|her|them|us|me|you|"
            r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)"
            r"(?:\s+(?:on|in|at|during|after|before|last|this)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?"
            r"\s*[,:]?\s+",
            window,
        )
        if m2 is None:
            return None
        return pos + m2.end()
    m3 = re.match(r"\s*(?:,\s*)?(?:(?:on|last|this)\s+)?(?:[A-Z]\w+day\b)?\s*[,:]?\s*", window)
    start = pos + (m3.end() if m3 else 0)
    rest = masked[start : start + 40]
    if word in _TO_CUES and not rest.startswith("to "):
        return None
    if _EMPTY_REST_RE.match(rest) or _BAD_CLAUSE_START_RE.match(rest):
        return None
    if _SAID_SO_RE.match(rest) and word in ("say", "says", "said", "saying"):
        return None
    return start


# Verbs whose object is a clause, never a noun phrase: "said the talks went well".
_CLAUSE_VERBS: Final = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "insist",
        "insists",
        "insisted",
        "insisting",
        "argue",
        "argues",
        "argued",
        "arguing",
        "contend",
        "contends",
        "contended",
        "claim",
        "claims",
        "claimed",
        "add",
        "adds",
        "added",
        "adding",
    ]
)


def _clause_ok(masked: str, cs: int, ce: int, word: str, after: int) -> bool:
    clause = masked[cs:ce]
    if MASK in clause and not clause.startswith(MASK):
        return True
    if word not in _CLAUSE_VERBS and not _has_that(masked, after, cs):
        # The object of "announced" may be a noun phrase: "announced its biggest buildup".
        first = clause.split(None, 1)
        rest = first[1] if len(first) > 1 else ""
        verb = _CLAUSAL_RE.search(" ".join(rest.split()[:8]))
        if not _CLAUSAL_RE.search(rest) and _words(clause) < 8:
            return False
        if _NP_START_RE.match(clause) and MASK not in clause and verb is None:
            return False
        if verb is None and _words(clause) < 8:
            return False
    if word in _TELL_CUES and clause.startswith("to "):
        return True
    if word in _TO_CUES and not clause.startswith("to "):
        return bool(_THAT_RE.match(masked, max(after, cs - 5)) or _has_that(masked, after, cs))
    return not clause.startswith(("to ", "by ", "for ", "of ", "about "))


def _trim(masked: str, a: int, b: int) -> tuple[int, int]:
    seg = masked[a:b]
    lead = _LEAD_RE.match(seg)
    s = a + (lead.end() if lead else 0)
    seg2 = masked[s:b]
    # Drop a trailing "and" / ", and" that joins the next cue.
    seg2 = _TRAIL_JOIN_RE.sub("", seg2)
    e = s + len(seg2)
    if e < b and masked[e : e + 1] in ".!?…" and masked[e - 1 : e] == MASK:
        pass
    return s, e


def _is_title(text: str, sp: QuoteSpan) -> bool:
    """Quoted titles and nicknames: "the book “Fire and Fury”", "dubbed “Rocket Man”"."""
    raw_before = text[max(0, sp.open - 30) : sp.open]
    if raw_before.endswith("="):
        return True
    content = text[sp.start : sp.end]
    before = raw_before.lower().split()
    if content[:1].isupper() or content[:1].isdigit():
        if before and before[-1].strip(",:") in TITLE_CUE_WORDS:
            return True
        if len(before) >= 2 and before[-2] in TITLE_CUE_WORDS:
            return True
    return _title_case(content)


_SMALL_WORDS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "as",
        "vs",
        "nor",
        "but",
        "is",
        "it",
    ]
)


def _title_case(content: str) -> bool:
    """Whether quoted words look like a title or a name: "Face the Nation", "Morning Joe"."""
    words = content.rstrip(",.").split()
    if not words or len(words) > 8 or any(c in content.rstrip(",.") for c in ".!?:;"):
        return False
    if not content[:1].isupper():
        return False
    caps = [w for w in words if w.lower() not in _SMALL_WORDS]
    return (
        bool(caps)
        and all(w[:1].isupper() or w[:1].isdigit() for w in caps)
        and (len(words) >= 2 or (content[:1].isupper() and not content.rstrip().endswith(",")))
    )


def _stands_alone(st: _State, q: _Quote, ss: int, se: int) -> bool:
    """A quotation that is a whole sentence or paragraph of its own (a continued quote)."""
    sp = q.span
    if se - ss > MAX_SENTENCE:
        return False
    outside = st.masked[ss:se].replace(MASK, "")
    if _words(outside) > 2:
        return False
    content = st.text[sp.start : sp.end]
    return _words(content) >= 3 and bool(_CAP_START_RE.match(content))


def _direct(text: str, sp: QuoteSpan, masked: str, ss: int) -> bool:
    content = text[sp.start : sp.end]
    m = _FIRST_CHAR_RE.match(content)
    if m is None:
        return False
    first = m.group(1)
    if not (first.isupper() or first.isdigit()):
        return False
    n = _words(content)
    return n >= 4 or (n >= 1 and content.rstrip()[-1:] in ".!?,…")


def _clip(ss: int, se: int, a: int, b: int) -> tuple[int, int]:
    """A sentence span, cut to a window around ``[a, b)`` when the "sentence" is huge."""
    if se - ss <= MAX_SENTENCE:
        return ss, se
    return max(ss, min(a, se) - 300), min(se, max(b, ss) + 300)


def _final_speakers(records: list[QuoteRecord], resolver: SpeakerResolver) -> list[QuoteRecord]:
    """Give every record its speaker's aliases and description as known at the article's end."""
    out = []
    cache: dict[int, SpeakerRef] = {}
    for r in records:
        ref = r.speaker
        if ref is None:
            out.append(r)
            continue
        new = cache.get(id(ref))
        if new is None:
            ent = resolver.entities.get(ref.name)
            new = ref
            if ent is not None:
                new = replace(
                    ref,
                    aliases=tuple(ent.aliases) or ref.aliases,
                    description=ref.description or ent.description,
                )
            cache[id(ref)] = new
        out.append(replace(r, speaker=new))
    return out


def _records(st: _State) -> list[QuoteRecord]:
    text = st.text
    out: list[QuoteRecord] = []
    for q in st.quotes:
        if q.ref is None:
            continue
        sp = q.span
        if _is_title(text, sp) and (
            q.via not in ("before", "after")
            or _words(text[sp.start : sp.end]) < 4
            or text[max(0, sp.open - 3) : sp.open].rstrip().endswith(("’s", "'s"))
        ):
            continue
        kind = (
            QuoteKind.DIRECT if _direct(text, sp, st.masked, q.sentence[0]) else QuoteKind.PARTIAL
        )
        ss, se = q.sentence if q.sentence != (0, 0) else (sp.open, sp.close)
        ss, se = _clip(ss, se, sp.start, sp.end)
        out.append(
            QuoteRecord(
                kind=kind,
                text=sp.text(text),
                start=sp.start,
                end=sp.end,
                speaker=q.ref,
                cue=q.cue,
                sentence=text[ss:se],
                sentence_start=ss,
            )
        )
    seen: set[tuple[int, int]] = set()
    for ind in st.indirect:
        if (ind.start, ind.end) in seen or ind.end <= ind.start:
            continue
        seen.add((ind.start, ind.end))
        ss, se = _clip(*ind.sentence, ind.start, ind.end)
        said = text[ind.start : ind.end]
        if ind.gap is not None:
            said = text[ind.start : ind.gap[0]] + " " + text[ind.gap[1] : ind.end]
        out.append(
            QuoteRecord(
                kind=QuoteKind.INDIRECT,
                text=said,
                start=ind.start,
                end=ind.end,
                speaker=ind.ref,
                cue=ind.cue,
                sentence=text[ss:se],
                sentence_start=ss,
            )
        )
    out.sort(key=lambda r: (r.start, r.end))
    return out
