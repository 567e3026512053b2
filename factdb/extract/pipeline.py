"""The one entry point from article text to quotes and claims."""

from __future__ import annotations

from factdb.extract.claims import extract_claims
from factdb.extract.quotes import extract_quotes
from factdb.extract.records import Extraction


def extract_article(text: str) -> Extraction:
    """Extract every quote and numeric claim of one article text.

    Stages:
    1. quotes and reported speech with their speakers;
    2. numeric claims, each tied to the quote it sits in (and so to its speaker).
    """
    # Extractors plug in here as they land.
    quotes = tuple(extract_quotes(text))
    claims = extract_claims(text, quotes)
    return Extraction(quotes=quotes, claims=tuple(claims))
