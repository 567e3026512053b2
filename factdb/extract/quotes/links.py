"""Quote records found in text with outlets' inline link text blanked, put back on the article."""

from __future__ import annotations

from dataclasses import replace

from factdb.extract.records import QuoteRecord
from factdb.extract.text.links import moved_back


def restore_links(
    text: str, records: list[QuoteRecord], blobs: list[tuple[int, int, int]]
) -> list[QuoteRecord]:
    """RECORDS found in the text ``blank_links`` made, with their words and sentences read from
    the article TEXT and their speakers' offsets where the article writes them."""
    out: list[QuoteRecord] = []
    for r in records:
        sp = r.speaker
        if sp is not None and sp.start is not None and sp.end is not None:
            sp = replace(sp, start=moved_back(sp.start, blobs), end=moved_back(sp.end, blobs))
        ss = r.sentence_start
        out.append(
            replace(
                r,
                text=text[r.start : r.end],
                sentence=text[ss : ss + len(r.sentence)],
                speaker=sp,
            )
        )
    return out
