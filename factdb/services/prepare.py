"""One article's extraction turned into checked row values, in a worker process or not.

The worker processes of `ingest.ingest_many` import this module (and extraction) only: no
SQLAlchemy and no models, so that they start in a fraction of the time. The column limits the
rows are checked against come from the main process (`RowLimits`).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from factdb.errors import InputError
from factdb.extract import (
    ClaimRecord,
    Extraction,
    QuoteRecord,
    SpeakerKind,
    SpeakerRef,
    extract_article,
)
from factdb.services.checks import Limits, check_limits

NAME_MAX = 255
"""The longest speaker name a quote row keeps (`quotes.speaker_name`)."""


class RowLimits(NamedTuple):
    """The length limits of the quote and claim columns (`validate.column_limits`)."""

    quotes: Limits
    claims: Limits


class Prepared(NamedTuple):
    """One article's quote and claim rows as column values, made where it was extracted.

    Plain values cross from a worker process several times cheaper than the frozen records.
    Each speaker is sent once, as the first mention of its name and kind in the article
    (quotes, then claims), which is the one the store path resolves; rows refer to it by index.
    """

    quotes: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    speakers: list[SpeakerRef]
    quote_speakers: list[int | None]
    claim_speakers: list[int | None]
    claim_quotes: list[int | None]
    refusal: str | None = None
    """Why the database would refuse a quote or claim row (`check_limits`), if it would."""


def prepare_texts(texts: list[str], limits: RowLimits) -> list[Prepared | str]:
    """The rows extracted from each text, or why extraction failed (run in a worker process)."""
    done: list[Prepared | str] = []
    for body in texts:
        try:
            extraction = extract_article(body)
        except Exception as exc:
            done.append(f"{type(exc).__name__}: {exc}")
        else:
            done.append(prepared(extraction, limits))
    return done


def prepared(extraction: Extraction, limits: RowLimits) -> Prepared:
    """EXTRACTION's quote and claim rows as values, checked, with their speakers numbered."""
    quotes = [quote_values(q) for q in extraction.quotes]
    claims = [claim_values(c) for c in extraction.claims]
    try:
        check_limits("quotes", limits.quotes, quotes, "")
        check_limits("claims", limits.claims, claims, "")
    except InputError as exc:
        return Prepared([], [], [], [], [], [], refusal=exc.reason)
    speakers: list[SpeakerRef] = []
    numbers: dict[tuple[str, str], int] = {}

    def number(ref: SpeakerRef | None) -> int | None:
        if ref is None:
            return None
        key = (ref.name, str(ref.kind))
        found = numbers.get(key)
        if found is None:
            found = numbers[key] = len(speakers)
            speakers.append(ref)
        return found

    return Prepared(
        quotes,
        claims,
        speakers,
        [number(q.speaker) for q in extraction.quotes],
        [number(c.speaker) for c in extraction.claims],
        [c.quote_index for c in extraction.claims],
    )


def attribution(q: QuoteRecord) -> dict[str, Any]:
    """How a quote was attributed, and the name its own article gives the speaker."""
    ref = q.speaker
    anonymous = q.anonymous
    if anonymous is None and ref is not None and ref.kind == SpeakerKind.ANONYMOUS:
        anonymous = ref.text or ref.name
    return {
        "speaker_name": ref.name[:NAME_MAX] if ref and ref.name and anonymous is None else None,
        "attribution": q.attribution,
        "confidence": q.confidence,
        "anonymous": anonymous,
    }


def quote_values(q: QuoteRecord) -> dict[str, Any]:
    """Q as the values of a `quotes` row (without its ids)."""
    return {
        "kind": q.kind,
        "text": q.text,
        "start_offset": q.start,
        "end_offset": q.end,
        "speaker_text": q.speaker.text[:255] if q.speaker and q.speaker.text else None,
        "speaker_start": q.speaker.start if q.speaker else None,
        "speaker_end": q.speaker.end if q.speaker else None,
        "cue": q.cue[:64] if q.cue else None,
        "sentence": q.sentence,
        "sentence_start": q.sentence_start,
        **attribution(q),
    }


def claim_values(c: ClaimRecord) -> dict[str, Any]:
    """C as the values of a `claims` row (without its ids)."""
    return {
        "text": c.text,
        "start_offset": c.start,
        "end_offset": c.end,
        "value": c.value,
        "value_max": c.value_max,
        "unit": c.unit,
        "normalized_value": c.normalized_value,
        "normalized_value_max": c.normalized_value_max,
        "normalized_unit": c.normalized_unit,
        "qualifier": c.qualifier,
        "base": c.base[:64] if c.base else None,
        "change": c.change,
        "kind": c.kind,
        "measures": c.measures,
        "sentence": c.sentence,
        "sentence_start": c.sentence_start,
        "conversions": [{"text": v.text, "value": v.value, "unit": v.unit} for v in c.conversions],
    }
