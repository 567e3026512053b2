"""Quote records from the extraction state, with final speakers, attribution and confidence."""

from __future__ import annotations

import bisect
import re
from typing import Final

from factdb.extract.quotes.attribution import chanted
from factdb.extract.quotes.partial import (
    is_defined_term,
    is_direct,
    is_modifier,
    is_named_title,
    is_nickname,
    listed_titles,
    looks_like_title,
    modifies_name,
)
from factdb.extract.quotes.reported import UNSAID
from factdb.extract.quotes.state import Indirect, Quote, State, word_count
from factdb.extract.records import QuoteKind, QuoteRecord, SpeakerKind, SpeakerRef
from factdb.extract.speakers.resolve import SpeakerResolver
from factdb.extract.text.lexicon import NAMING_VERBS

UNRESOLVED: Final = "unresolved"
"""The attribution of a quote whose speaker mention names nobody the article identifies."""

POINTING: Final = frozenset({"pronoun", "recent", "role"})
"""Resolutions whose mention only points at a source ("he"): its description is elsewhere."""

THRESHOLD: Final = 0.5
"""Below this confidence a quote is stored with no speaker rather than a guessed one."""

VIA_FACTOR: Final[dict[str, float]] = {
    "verb": 0.9,
    "object": 0.9,
    "colon": 0.9,
    "continued": 0.85,
    "sentence": 0.7,
    "subject": 0.65,
}
"""How sure each way of tying a quotation to a cue is; a cue next to it or a clause is 1."""

VIA_ATTRIBUTION: Final[dict[str, str]] = {"continued": "carried", "subject": "subject"}
"""Ties that name the attribution themselves; the others take the mention's resolution."""

TIED_VIAS: Final = frozenset({"before", "after", "partial-cue"})
"""Ties of a quotation right next to its cue, which no other reading overrides."""

WRITER_PRONOUNS: Final = frozenset({"i", "we"})
"""Mentions of the writer: outside quotation marks, "I" and "we" are the article's own voice, so
a clause or a few quoted words they introduce ("What we found is that ...", "a process we call
“racialized social constraint”") are the writer's claim or term, not anyone's quotation."""

TITLE_MAX_WORDS: Final = 4
"""A quoted title next to a cue is still a title below this many words."""

RECORD_SENTENCE: Final = 600
"""A record's sentence is cut to a window around the quote beyond this many characters ..."""
CONTEXT: Final = 200
"""... keeping this many characters on either side."""

MAX_CLAUSE: Final = 1000
"""A reported clause longer than this is a run-on of text, not something said."""

RUN_ON: Final = 1500
"""A "sentence" longer than this has lost its sentence ends (text without punctuation, a
table): news prose has almost none (25 in 232,000 sentences of an archive of 5,000 articles).
In one, ..."""
RUN_CLAUSE: Final = 400
"""... a reported clause is cut off by nothing but the next cue, so a longer one is a stretch
of text rather than something said, ..."""
RUN_CONTEXT: Final = 40
"""... and a record keeps only this many characters of it on either side of the quote, so
that records stay small where every quotation sits in the same endless "sentence"."""


def _clip(ss: int, se: int, a: int, b: int) -> tuple[int, int]:
    """A sentence span, cut to a window around ``[a, b)`` when the "sentence" is long: every
    record stays small, whatever the text."""
    if se - ss <= RECORD_SENTENCE:
        return ss, se
    context = RUN_CONTEXT if se - ss > RUN_ON else CONTEXT
    return max(ss, min(a, se) - context), min(se, max(b, ss) + context)


def _ref(
    ref: SpeakerRef,
    *,
    name: str | None = None,
    kind: SpeakerKind | None = None,
    description: str | None,
    aliases: tuple[str, ...] | None = None,
    resolution: str | None = None,
    confidence: float | None = None,
) -> SpeakerRef:
    """REF with the given fields changed: ``dataclasses.replace`` without its generic (slow)
    walk over the fields (``test_ref_copies_every_field`` keeps the two in step)."""
    return SpeakerRef(
        name=ref.name if name is None else name,
        kind=ref.kind if kind is None else kind,
        text=ref.text,
        start=ref.start,
        end=ref.end,
        description=description,
        aliases=ref.aliases if aliases is None else aliases,
        resolution=ref.resolution if resolution is None else resolution,
        confidence=ref.confidence if confidence is None else confidence,
    )


class _FinalRefs:
    """Every speaker with its aliases and description as known at the article's end."""

    def __init__(self, resolver: SpeakerResolver) -> None:
        self.resolver = resolver
        self.cache: dict[int, SpeakerRef] = {}

    def __call__(self, ref: SpeakerRef | None) -> SpeakerRef | None:
        if ref is None:
            return None
        new = self.cache.get(id(ref))
        if new is None:
            ent = self.resolver.entities.get(ref.name)
            new = ref
            if ent is not None:
                new = _ref(
                    ref,
                    aliases=tuple(ent.aliases) or ref.aliases,
                    description=ref.description or ent.description,
                )
            self.cache[id(ref)] = new
        return new


def _quote_record(st: State, q: Quote, final: _FinalRefs) -> QuoteRecord | None:
    """The record of quotation Q, or None for a title or unattributed scare quote."""
    if q.ref is None or q.via == UNSAID:
        return None  # every test below ends so for a quotation nobody is said to have said
    text = st.text
    sp = q.span
    if chanted(st.masked, sp.open, q.sentence[0]):
        return None  # 'Obama said amid chants of “four more years”': the crowd's, no one's
    ref = final(q.ref)
    if is_named_title(text, sp) or is_defined_term(text, sp):
        return None  # 'The video, titled “Asking for Apologies ...,” shows': a cue nearby or not
    if looks_like_title(text, sp) and (
        ref is None
        or q.via not in ("before", "after")
        or word_count(text, sp.start, sp.end) < TITLE_MAX_WORDS
        or text[max(0, sp.open - 3) : sp.open].rstrip().endswith(("’s", "'s"))
    ):
        return None
    direct = is_direct(text, sp, st.masked, q.sentence[0])
    if not direct and q.via not in TIED_VIAS and is_modifier(st.masked, sp):
        return None  # 'the “come one, come all” invitation': a label, not something said
    if not direct and modifies_name(text, sp):
        return None  # 'a “shocked” Mr. Gates wrote': how the writer describes him
    if not direct and (is_nickname(text, sp) or st.masked[sp.open] == " "):
        return None  # 'Rep. Joe “You lie” Wilson snapped pictures': a nickname
    if _writer(ref) and (not direct or (q.cue or "").lower() in NAMING_VERBS):
        # 'I follow the advice of "experts."': the writer's scare quote; 'people I call
        # “Discipauls,”': the writer's own name for them, though the comma looks direct
        return None
    ref = _unnamed(ref)
    attribution, confidence = _attribution(ref, q.via)
    if ref is None:
        return None  # nobody is said to have said it: a title, a term or a scare quote
    if confidence < THRESHOLD:
        # Said by someone the text points at ("he said") who cannot be told with confidence:
        # the quote and the mention stay, the name does not.
        ref, attribution, confidence = _unresolved(ref), UNRESOLVED, 0.0
    ss, se = q.sentence if q.sentence != (0, 0) else (sp.open, sp.close)
    ss, se = _clip(ss, se, sp.start, sp.end)
    return QuoteRecord(
        kind=QuoteKind.DIRECT if direct else QuoteKind.PARTIAL,
        text=sp.text(text),
        start=sp.start,
        end=sp.end,
        speaker=ref,
        cue=q.cue if ref is not None else None,
        sentence=text[ss:se],
        sentence_start=ss,
        attribution=attribution,
        confidence=confidence,
        anonymous=_anonymous(ref),
    )


def _attribution(ref: SpeakerRef | None, via: str) -> tuple[str | None, float]:
    """How a quote was attributed and how sure that is: the mention's and the tie's."""
    if ref is None:
        return None, 0.0
    how = VIA_ATTRIBUTION.get(via, ref.resolution)
    return how, round(ref.confidence * VIA_FACTOR.get(via, 1.0), 3)


def _writer(ref: SpeakerRef | None) -> bool:
    """Whether REF's mention is the writer's "I" or "we" ("we've" included)."""
    if ref is None or not ref.text or ref.text[0] not in "IiWw" or len(ref.text) > 5:
        return False
    return re.split(r"[’']", ref.text, maxsplit=1)[0].lower() in WRITER_PRONOUNS


_NUMBERED_NAME_RE: Final = re.compile(r"\d+(?:st|nd|rd|th) [A-Z]")
"""A name opening with an ordinal number: "4th Circuit", "82nd Airborne Division"."""


def _unresolved(ref: SpeakerRef) -> SpeakerRef:
    """REF kept for its mention only: no name, no aliases, confidence 0."""
    return _ref(ref, name="", aliases=(), description=None, resolution=UNRESOLVED, confidence=0.0)


def _unnamed(ref: SpeakerRef | None) -> SpeakerRef | None:
    """REF as an anonymous source when the article gives no name ("the statement", "officials")."""
    if ref is None or ref.kind == SpeakerKind.ANONYMOUS or not ref.name:
        return ref
    if ref.name[:1].isupper() or _NUMBERED_NAME_RE.match(ref.name):
        return ref  # "the 4th Circuit": a name, though it opens with a number
    return _ref(ref, kind=SpeakerKind.ANONYMOUS, description=ref.description)


def _anonymous(ref: SpeakerRef | None) -> str | None:
    """The description of a source the article does not name ("a senior official")."""
    if ref is None or ref.kind != SpeakerKind.ANONYMOUS or ref.resolution == UNRESOLVED:
        return None
    # The description as written ("a senior official"), not a pronoun that points at it.
    if ref.text and ref.resolution not in POINTING:
        return ref.text
    return ref.name


def _indirect_record(st: State, ind: Indirect, final: _FinalRefs) -> QuoteRecord:
    text = st.text
    ss, se = _clip(*ind.sentence, ind.start, ind.end)
    said = text[ind.start : ind.end]
    if ind.gap is not None:
        said = text[ind.start : ind.gap[0]] + " " + text[ind.gap[1] : ind.end]
    ref = _unnamed(final(ind.ref))
    attribution, confidence = _attribution(ref, "clause")
    if confidence < THRESHOLD and ref is not None:
        ref, attribution, confidence = _unresolved(ref), UNRESOLVED, 0.0
    return QuoteRecord(
        kind=QuoteKind.INDIRECT,
        text=said,
        start=ind.start,
        end=ind.end,
        speaker=ref,
        cue=ind.cue,
        sentence=text[ss:se],
        sentence_start=ss,
        attribution=attribution,
        confidence=confidence,
        anonymous=_anonymous(ref),
    )


def _kept_once(records: list[QuoteRecord]) -> list[QuoteRecord]:
    """Quoted words inside a reported clause of the same speaker are kept as part of it."""
    clauses = [r for r in records if r.kind == QuoteKind.INDIRECT and r.speaker is not None]
    if not clauses:
        return records
    starts = [c.start for c in clauses]
    out = []
    for r in records:
        if r.kind != QuoteKind.INDIRECT and r.speaker is not None:
            k = bisect.bisect_right(starts, r.start) - 1
            inside = any(
                c.start <= r.start and r.end <= c.end and c.speaker.name == r.speaker.name
                for c in clauses[max(0, k - 2) : k + 1]
                if c.speaker is not None
            )
            if inside:
                continue
        out.append(r)
    return out


def build_records(st: State) -> list[QuoteRecord]:
    """The quote records of the extraction state, in text order, with final speakers."""
    final = _FinalRefs(st.resolver)
    listed = listed_titles(st.text, [q.span for q in st.quotes])
    out = [
        r
        for k, q in enumerate(st.quotes)
        if k not in listed and (r := _quote_record(st, q, final)) is not None
    ]
    seen: set[tuple[int, int]] = set()
    for ind in st.indirect:
        run_on = ind.sentence[1] - ind.sentence[0] > RUN_ON
        if _writer(ind.ref):
            continue  # "What we found is that ...": the writer's own finding
        if (ind.start, ind.end) in seen or not (
            0 < ind.end - ind.start <= (RUN_CLAUSE if run_on else MAX_CLAUSE)
        ):
            continue
        seen.add((ind.start, ind.end))
        out.append(_indirect_record(st, ind, final))
    out.sort(key=lambda r: (r.start, r.end))
    return _kept_once(out)
