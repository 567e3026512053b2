"""Extraction records as the plain dicts that `extract` prints and exports share."""

from __future__ import annotations

from typing import Any

from factdb.extract.records import ClaimRecord, QuoteRecord, SpeakerKind, SpeakerRef


def _speaker_name(speaker: SpeakerRef | None) -> str | None:
    # A source the article does not name has a description, not a name; a mention that names
    # nobody ("he" with no one before it) has neither.
    if speaker is None or speaker.kind == SpeakerKind.ANONYMOUS or not speaker.name:
        return None
    return speaker.name


def quote_dict(quote: QuoteRecord) -> dict[str, Any]:
    """A quote in the field names of the CLI contract."""
    speaker = quote.speaker
    return {
        "type": "quote",
        "kind": str(quote.kind),
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": _speaker_name(speaker),
        "speaker_kind": str(speaker.kind) if speaker else None,
        "speaker_text": speaker.text if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "cue": quote.cue,
        "sentence": quote.sentence,
        "attribution": quote.attribution,
        "confidence": quote.confidence,
        "anonymous": quote.anonymous,
    }


def claim_dict(claim: ClaimRecord) -> dict[str, Any]:
    """A numeric claim in the field names of the CLI contract."""
    return {
        "type": "claim",
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "value": claim.value,
        "value_max": claim.value_max,
        "unit": claim.unit,
        "normalized_value": claim.normalized_value,
        "normalized_value_max": claim.normalized_value_max,
        "normalized_unit": claim.normalized_unit,
        "qualifier": str(claim.qualifier),
        "kind": claim.kind,
        "base": claim.base,
        "change": claim.change,
        "measures": claim.measures,
        "conversions": [
            {"text": c.text, "value": c.value, "unit": c.unit} for c in claim.conversions
        ],
        "sentence": claim.sentence,
        "sentence_start": claim.sentence_start,
        "speaker": _speaker_name(claim.speaker),
    }
