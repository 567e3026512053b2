"""Cross-article linking of quotes and claims: pure functions over records, no database inside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factdb.link.records import LinkItem, LinkStats, Match, ScoredPair
from factdb.link.scoring import DEFAULT_THRESHOLD, score_pair

if TYPE_CHECKING:
    from factdb.link.linker import find_links

__all__ = [
    "DEFAULT_THRESHOLD",
    "LinkItem",
    "LinkStats",
    "Match",
    "ScoredPair",
    "find_links",
    "score_pair",
]


def __getattr__(name: str) -> object:
    # The linker needs NumPy: loaded on first use, so that `compare` and every `--help` that
    # shows the default threshold start without it.
    if name == "find_links":
        from factdb.link.linker import find_links

        return find_links
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
