"""The records the linker reads and returns: items to link, a match and a scored pair."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factdb.vocab import LinkKind, Relation


@dataclass(frozen=True, slots=True)
class LinkItem:
    """One quote or claim as the linker sees it, detached from the database.

    For a claim, `text` is the sentence it was stated in (what a reader compares), and the
    quantity is in `value`/`value_max`/`unit`, already normalised.
    """

    id: int
    kind: LinkKind
    article_id: int
    text: str
    speaker: str | None = None
    speaker_id: int | None = None
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    measures: str | None = None
    published: date | None = None
    quantity: str | None = None
    """A claim's quantity as written ("1,000 km", "nearly 3,000"): its qualifier words are read."""
    change: str | None = None
    """A claim's change ("increase_to", ...): a moving value contradicts no earlier one."""
    confidence: float | None = None
    """A quote's attribution confidence, 0 to 1, when known: a guessed speaker (the article's
    subject, the last name seen) is no speaker to set against another."""


@dataclass(frozen=True, slots=True)
class Match:
    """The verdict on one pair: a 0-100 score, whether it is a link, how, and why."""

    score: float
    link: bool
    relation: Relation
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """A pair proposed for linking, stored once: `a_id` is always the smaller item id."""

    kind: LinkKind
    a_id: int
    b_id: int
    match: Match


@dataclass(slots=True)
class LinkStats:
    """Counters a linking pass fills in as it goes, for progress and the final summary."""

    items: int = 0
    queried: int = 0
    candidates: int = 0
    links: int = 0
    conflicts: int = 0
