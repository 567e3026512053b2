"""Rows prepared in a worker process: values, speakers sent once, refusals with their reason."""

from __future__ import annotations

import pickle
from dataclasses import replace

from factdb.extract import (
    ClaimRecord,
    Extraction,
    Qualifier,
    QuoteKind,
    QuoteRecord,
    SpeakerKind,
    SpeakerRef,
)
from factdb.services.prepare import Prepared, RowLimits, prepared

LIMITS = RowLimits(quotes=(("cue", 64), ("speaker_name", 255)), claims=(("unit", 64),))


def _quote(text: str, start: int, speaker: SpeakerRef | None) -> QuoteRecord:
    return QuoteRecord(QuoteKind.DIRECT, text, start, start + len(text), speaker, "said", text, 0)


def _claim(start: int, speaker: SpeakerRef | None, quote: int | None) -> ClaimRecord:
    return ClaimRecord(
        "5%", start, start + 2, 5.0, None, "%", 5.0, None, "%", Qualifier.EXACT, None, "5%", 0,
        quote_index=quote, speaker=speaker,
    )  # fmt: skip


def test_each_speaker_is_sent_once_in_the_order_the_store_meets_it() -> None:
    okafor = SpeakerRef(name="Lena Okafor", aliases=("Okafor",))
    again = SpeakerRef(name="Lena Okafor", text="she")  # the same speaker, met later
    agency = SpeakerRef(name="Lena Okafor", kind=SpeakerKind.ORGANIZATION)
    bank = SpeakerRef(name="World Bank", kind=SpeakerKind.ORGANIZATION)
    extraction = Extraction(
        quotes=(_quote("a", 0, None), _quote("b", 2, okafor), _quote("c", 4, again)),
        claims=(_claim(6, agency, None), _claim(9, bank, 2), _claim(12, okafor, 1)),
    )
    rows = prepared(extraction, LIMITS)
    assert rows.speakers == [okafor, agency, bank]
    assert rows.quote_speakers == [None, 0, 0]
    assert rows.claim_speakers == [1, 2, 0]
    assert rows.claim_quotes == [None, 2, 1]
    assert [q["text"] for q in rows.quotes] == ["a", "b", "c"]
    assert rows.quotes[1]["speaker_name"] == "Lena Okafor" and rows.refusal is None
    assert pickle.loads(pickle.dumps(rows)) == rows


def test_a_row_the_database_would_refuse_is_reported_with_its_reason() -> None:
    cue = "x" * 65
    quote = QuoteRecord(QuoteKind.DIRECT, "a\x00b", 0, 3, None, None, "a", 0)
    long_unit = _claim(0, None, None)
    assert prepared(Extraction(quotes=(quote,)), LIMITS).refusal == (
        "quotes.text contains a NUL character (U+0000) at character 1, "
        "which cannot be stored: remove it and ingest again"
    )
    too_long = Extraction(claims=(replace(long_unit, unit=cue),))
    refused = prepared(too_long, LIMITS)
    assert refused == Prepared([], [], [], [], [], [], refusal=refused.refusal)
    assert refused.refusal == "claims.unit would be 65 characters long; at most 64 can be stored"
