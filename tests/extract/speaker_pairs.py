"""Test helper: the stored speaker name and kind of each quote extracted from a text."""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes


def speaker_pairs(text: str) -> list[tuple[str, str]]:
    """(name, kind) of each extracted quote that has a speaker, in text order."""
    return [
        (q.speaker.name, q.speaker.kind.value)
        for q in extract_quotes(text)
        if q.speaker is not None
    ]
