"""Pure extraction of quotes and numeric claims from article text."""

from factdb.extract.pipeline import extract_article
from factdb.extract.records import (
    ClaimRecord,
    Conversion,
    Extraction,
    Qualifier,
    QuoteKind,
    QuoteRecord,
    SpeakerKind,
    SpeakerRef,
)

__all__ = [
    "ClaimRecord",
    "Conversion",
    "Extraction",
    "Qualifier",
    "QuoteKind",
    "QuoteRecord",
    "SpeakerKind",
    "SpeakerRef",
    "extract_article",
]
