"""Checked before? The stored statements closest to a text, with their clusters and verdicts.

`MatchIndex.load` reads every stored quote and claim once and indexes them with the linker's
blocking index (`factdb.link.matching`); each `match` then scores one text against the archive
with the linker's scorer and reads the few best statements' articles, clusters and current
verdicts from the database (two small queries per kind). Hits in one cluster are shown once,
by their best-scoring member, so the answer lists distinct statements.

The index is built in memory at start-up rather than persisted: it is the same structure the
linker builds for every run, so it is always in step with the database, and at a million items
a query costs a few milliseconds against it (see `bench/bench_match.py`); loading it is the
price, paid once per process, which is why `factdb match` reads many queries from one file or
from stdin.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from factdb.extract.claims import extract_claims
from factdb.link.matching import DEFAULT_MIN_SCORE, Hit, Matcher
from factdb.link.records import LinkItem
from factdb.models import Article, Check, Claim, Outlet, Quote, Speaker
from factdb.services.database import Database
from factdb.services.linking import stored_items
from factdb.services.verdicts import ItemState, VerdictRecord, item_states
from factdb.vocab import LinkKind

DEFAULT_LIMIT = 5
SHORTLIST = 8
"""Hits read from the database per statement shown: a cluster's members collapse into one."""
QUERY_ID = 0
"""The id and article id of a query item: no stored item has them, so none is left out."""


@dataclass(frozen=True, slots=True)
class MatchHit:
    """One stored statement close to the query: where it appeared, its cluster and verdict."""

    kind: LinkKind
    id: int
    text: str
    speaker: str | None
    article_id: int
    title: str | None
    outlet: str | None
    published: date | None
    url: str | None
    checked_by: str | None
    """The publisher, when the statement is an imported fact-check."""
    score: float
    relation: str
    evidence: dict[str, Any]
    cluster_id: int | None
    cluster_size: int
    verdict: VerdictRecord | None

    def as_dict(self) -> dict[str, Any]:
        """The hit as JSON-ready values."""
        return {
            "kind": str(self.kind),
            "id": self.id,
            "score": self.score,
            "relation": self.relation,
            "text": self.text,
            "speaker": self.speaker,
            "article_id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "checked_by": self.checked_by,
            "cluster_id": self.cluster_id,
            "cluster_size": self.cluster_size,
            "verdict": self.verdict.as_dict() if self.verdict else None,
            "evidence": self.evidence,
        }


def query_items(text: str) -> list[LinkItem]:
    """TEXT as the linker sees it: a quote, a claim's sentence, and a claim for each quantity.

    The text is looked up among claims with no quantity too: a claim is found by its
    sentence's words even when the query leaves its number out or states it in words the
    extractor does not read.
    """
    items = [
        LinkItem(QUERY_ID, LinkKind.QUOTE, QUERY_ID, text),
        LinkItem(QUERY_ID, LinkKind.CLAIM, QUERY_ID, text),
    ]
    for claim in extract_claims(text):
        items.append(
            LinkItem(
                QUERY_ID,
                LinkKind.CLAIM,
                QUERY_ID,
                claim.sentence,
                value=claim.normalized_value,
                value_max=claim.normalized_value_max,
                unit=claim.normalized_unit,
                measures=claim.measures,
                quantity=claim.text,
            )
        )
    return items


_DETAILS = {
    kind: (model, model.text if kind is LinkKind.QUOTE else Claim.sentence)
    for kind, model in ((LinkKind.QUOTE, Quote), (LinkKind.CLAIM, Claim))
}


class MatchIndex:
    """Every statement of a database, indexed for `match`."""

    def __init__(self, database: Database, matcher: Matcher, seconds: float) -> None:
        self.database = database
        self.matcher = matcher
        self.seconds = seconds
        """How long loading and indexing took."""

    @classmethod
    def load(cls, database: Database) -> MatchIndex:
        """Read and index every stored quote and claim of DATABASE."""
        started = time.perf_counter()
        with database.read() as session:
            matcher = Matcher.build(stored_items(session))
        return cls(database, matcher, time.perf_counter() - started)

    def __len__(self) -> int:
        return len(self.matcher)

    def match(
        self, text: str, *, limit: int = DEFAULT_LIMIT, min_score: float = DEFAULT_MIN_SCORE
    ) -> list[MatchHit]:
        """The LIMIT best statements (one per cluster) scoring at least MIN_SCORE against TEXT."""
        hits = self.matcher.query(query_items(text), min_score=min_score)
        shortlist = hits[: limit * SHORTLIST]
        if not shortlist:
            return []
        found = self._details(shortlist)
        out: list[MatchHit] = []
        seen: set[tuple[LinkKind, int]] = set()
        for hit in shortlist:
            shown = found[(hit.item.kind, hit.item.id)]
            group = (shown.kind, shown.cluster_id if shown.cluster_id else -shown.id)
            if group in seen:
                continue
            seen.add(group)
            out.append(shown)
            if len(out) == limit:
                break
        return out

    def _details(self, hits: Sequence[Hit]) -> dict[tuple[LinkKind, int], MatchHit]:
        """Each hit with its article, cluster and verdict, read in a few queries."""
        out = {}
        with self.database.read() as session:
            for kind, (model, text) in _DETAILS.items():
                mine = {h.item.id: h for h in hits if h.item.kind is kind}
                if not mine:
                    continue
                states = item_states(session, kind, sorted(mine))
                checked = select(Check.publisher).where(Check.article_id == Article.id)
                rows = session.execute(
                    select(model.id, text, Speaker.name, Article.id, Article.title, Outlet.name,
                           Article.published, Article.url, checked.scalar_subquery())
                    .join(Article, Article.id == model.article_id)
                    .outerjoin(Outlet, Outlet.id == Article.outlet_id)
                    .outerjoin(Speaker, Speaker.id == model.speaker_id)
                    .where(model.id.in_(sorted(mine)))
                )  # fmt: skip
                for row in rows:
                    out[(kind, row[0])] = _hit(kind, row, mine[row[0]], states[row[0]])
        return out


def _hit(kind: LinkKind, row: Sequence[Any], hit: Hit, state: ItemState) -> MatchHit:
    item_id, text, speaker, article_id, title, outlet, published, url, checked_by = row
    match = hit.match
    return MatchHit(
        kind, item_id, text, speaker, article_id, title, outlet, published, url, checked_by,
        match.score, str(match.relation), match.evidence, state.cluster_id, state.cluster_size,
        state.verdict,
    )  # fmt: skip
