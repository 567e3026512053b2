"""Quote records built from the extraction state, with final speaker aliases."""

from __future__ import annotations

from dataclasses import replace

from factdb.extract.quotes.partial import is_direct, is_title
from factdb.extract.quotes.state import MAX_SENTENCE, State, word_count
from factdb.extract.records import QuoteKind, QuoteRecord, SpeakerRef
from factdb.extract.speakers.resolve import SpeakerResolver


def _clip(ss: int, se: int, a: int, b: int) -> tuple[int, int]:
    """A sentence span, cut to a window around ``[a, b)`` when the "sentence" is huge."""
    if se - ss <= MAX_SENTENCE:
        return ss, se
    return max(ss, min(a, se) - 300), min(se, max(b, ss) + 300)


def final_speakers(records: list[QuoteRecord], resolver: SpeakerResolver) -> list[QuoteRecord]:
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
        # The constructor, not dataclasses.replace: this runs for every record.
        out.append(
            QuoteRecord(r.kind, r.text, r.start, r.end, new, r.cue, r.sentence, r.sentence_start)
        )
    return out


def build_records(st: State) -> list[QuoteRecord]:
    text = st.text
    out: list[QuoteRecord] = []
    for q in st.quotes:
        if q.ref is None:
            continue
        sp = q.span
        if is_title(text, sp) and (
            q.via not in ("before", "after")
            or word_count(text[sp.start : sp.end]) < 4
            or text[max(0, sp.open - 3) : sp.open].rstrip().endswith(("’s", "'s"))
        ):
            continue
        kind = (
            QuoteKind.DIRECT if is_direct(text, sp, st.masked, q.sentence[0]) else QuoteKind.PARTIAL
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
