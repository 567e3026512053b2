"""Cross-article linking of quotes and claims: pure functions over records, no database inside."""

from factdb.link.linker import find_links
from factdb.link.records import LinkItem, LinkStats, Match, ScoredPair
from factdb.link.scoring import DEFAULT_THRESHOLD, score_pair

__all__ = [
    "DEFAULT_THRESHOLD",
    "LinkItem",
    "LinkStats",
    "Match",
    "ScoredPair",
    "find_links",
    "score_pair",
]
