"""The order in which a statement's copies appeared, and their drift from the first, as records.

Dated appearances come by day, then article, then item id; undated ones after them in the
order given (members are given quotes first, then claims, each by id). The first is the
statement's first appearance, as in the clusters export and the `drift_v` view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from factdb.link.drift import drift

FIRST = "first"


def order_key(published: date | str | None, article_id: int, member_id: int) -> tuple[Any, ...]:
    """The timeline position of a member (sort members in member order, stably, by it)."""
    return (0, published, article_id, member_id) if published is not None else (1,)


ExportMember = tuple[int, str | None, str | None, str | None, str, int]
"""A member as the clusters export reads it: id, published ISO day, outlet, speaker, text,
article id."""


def timeline_records(members: Sequence[ExportMember]) -> list[dict[str, Any]]:
    """The timeline of MEMBERS (in member order) as JSON-ready records, for the export."""
    ordered = sorted(members, key=lambda m: order_key(m[1], m[5], m[0]))
    records: list[dict[str, Any]] = []
    first_text = ordered[0][4] if ordered else ""
    for position, (member_id, published, outlet, speaker, text, _) in enumerate(ordered):
        record: dict[str, Any] = {
            "id": member_id,
            "published": published,
            "outlet": outlet,
            "speaker": speaker,
        }
        if position == 0:
            record.update(
                change=FIRST, wording=100, diff=None, numbers_removed=[], numbers_added=[]
            )
        else:
            changed = drift(first_text, text)
            record.update(
                change=changed.summary(),
                wording=changed.similarity,
                diff=None if changed.same_words else changed.marked(),
                numbers_removed=list(changed.numbers_removed),
                numbers_added=list(changed.numbers_added),
            )
        records.append(record)
    return records
