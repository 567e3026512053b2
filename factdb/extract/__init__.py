"""Pure extraction of quotes and numeric claims from article text."""

from factdb.extract.pipeline import extract_article
from factdb.extract.records import (
    ClaimRecord,
    Conversion,
    Extraction,
    QuoteKind,
    QuoteRecord,
    Qualifier,
    SpeakerKind,
    SpeakerRef,
)

__all__ = [
    "ClaimRecord",
    "Conversion",
    "Extraction",
    "QuoteKind",
    "QuoteRecord",
    "Qualifier",
    "SpeakerKind",
    "SpeakerRef",
    "extract_article",
]
