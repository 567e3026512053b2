"""Free text against an archive: the linker's blocking index finds candidates, its scorer ranks.

`Matcher` holds every stored item in one `BlockIndex`, built once. A query is one or more
`LinkItem`s (the text as a quote; each quantity found in it as a claim, its sentence the text):
each is probed against the index without being kept (`blocking.probe`), its candidates are
screened with `could_link` at the least score asked for and scored with `score_prepared`, the
function `link` and `compare` use. So a query costs what linking one new item costs, whatever the
archive's size, and its evidence reads as a link's does.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factdb.link.records import LinkItem, Match
from factdb.link.scoring import could_link, prepare, score_prepared

if TYPE_CHECKING:
    # The index needs NumPy: loaded when one is built, so that `match --help` starts without it.
    from factdb.link.blocking import BlockIndex

DEFAULT_MIN_SCORE = 50.0
"""Least score shown: below the link threshold (55), so that near misses are seen too. On 300
real news articles, statements of other articles scoring 45-50 shared only common words."""


@dataclass(frozen=True, slots=True)
class Hit:
    """A stored item that matches a query item, and how well."""

    item: LinkItem
    match: Match


class Matcher:
    """The stored items of an archive, indexed for free-text queries."""

    def __init__(self, index: BlockIndex) -> None:
        self.index = index

    @classmethod
    def build(cls, items: Iterable[LinkItem]) -> Matcher:
        """Index ITEMS (every stored quote and claim)."""
        from factdb.link.linker import build_index

        index, _ = build_index(items, ())
        # The index lives as long as the process: the collector need not scan it again.
        gc.freeze()
        return cls(index)

    def __len__(self) -> int:
        return len(self.index)

    def query(
        self, items: Sequence[LinkItem], *, min_score: float = DEFAULT_MIN_SCORE
    ) -> list[Hit]:
        """Stored items scoring at least MIN_SCORE against any of ITEMS, best first.

        An item matched by several query items is kept once, with its best score.
        """
        from factdb.link.blocking import probe

        best: dict[tuple[str, int], Hit] = {}
        stored = self.index.items
        for query_item in items:
            query = prepare(query_item)
            for pos in probe(self.index, query):
                cand = stored[pos]
                if not could_link(query, cand, min_score):
                    continue
                match = score_prepared(query, cand, min_score)
                key = (str(cand.item.kind), cand.item.id)
                if match.score >= min_score and (
                    key not in best or best[key].match.score < match.score
                ):
                    best[key] = Hit(cand.item, match)
        return sorted(best.values(), key=lambda h: (-h.match.score, str(h.item.kind), h.item.id))
