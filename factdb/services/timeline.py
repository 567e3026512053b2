"""The story of a statement: a cluster's members in the order they appeared, and its drift.

The timeline puts dated members by day, then article, then item id, and undated ones after
them in member order (quotes before claims, by id): the first entry is the cluster's first
appearance, as in the clusters export and `drift_v`. Each later entry carries how its words
changed from the first (`factdb.link.drift`). A member joined the cluster by a reviewer's
confirmation, or automatically as a copy (`auto`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from factdb.errors import NotFoundError
from factdb.link.drift import Drift, drift
from factdb.link.timeline import order_key
from factdb.models import Article, Claim, Cluster, ClusterMember, Link, Outlet, Quote, Speaker
from factdb.services.clusters import item_columns
from factdb.services.database import Database
from factdb.vocab import JOINING, LinkKind, LinkStatus


@dataclass(frozen=True, slots=True)
class Appearance:
    """One member of a cluster where it appeared: article, outlet, date, speaker, words."""

    member_id: int
    kind: LinkKind
    article_id: int
    title: str | None
    outlet: str | None
    url: str | None
    byline: str | None
    published: date | None
    speaker: str | None
    text: str
    joined: LinkStatus | None
    """CONFIRMED if a reviewer's confirmed link holds it in the cluster, else AUTO."""
    drift: Drift | None
    """How its words changed from the first appearance (None for the first)."""


@dataclass(frozen=True, slots=True)
class Timeline:
    """A cluster's appearances, first first, and how many pending links touch it."""

    cluster_id: int
    kind: LinkKind
    appearances: tuple[Appearance, ...]
    pending: int

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets that ran it, in order of first appearance."""
        return tuple(dict.fromkeys(a.outlet for a in self.appearances if a.outlet))

    @property
    def speakers(self) -> tuple[str, ...]:
        """The speakers it was attributed to, in order of first appearance."""
        return tuple(dict.fromkeys(a.speaker for a in self.appearances if a.speaker))


def _members(session: Session, cluster_id: int) -> list[tuple[Any, ...]]:
    """The cluster's members with their articles, quotes before claims, by id."""
    rows: list[tuple[Any, ...]] = []
    for model in (Quote, Claim):
        fk = ClusterMember.quote_id if model is Quote else ClusterMember.claim_id
        text = Quote.text if model is Quote else Claim.sentence
        kind = LinkKind.QUOTE if model is Quote else LinkKind.CLAIM
        stmt = (
            select(
                model.id,
                model.article_id,
                Article.title,
                Outlet.name,
                Article.url,
                Article.byline,
                Article.published,
                Speaker.name,
                text,
            )
            .select_from(ClusterMember)
            .join(model, fk == model.id)
            .join(Article, model.article_id == Article.id)
            .outerjoin(Outlet, Article.outlet_id == Outlet.id)
            .outerjoin(Speaker, model.speaker_id == Speaker.id)
            .where(ClusterMember.cluster_id == cluster_id)
            .order_by(model.id)
        )
        rows += [(kind, *row) for row in session.execute(stmt)]
    return rows


def _joined(session: Session, kind: LinkKind, ids: list[int]) -> dict[int, LinkStatus]:
    """How each item is held in its cluster: CONFIRMED if a confirmed link touches it."""
    a, b, _ = item_columns(kind)
    joined: dict[int, LinkStatus] = {}
    rows = session.execute(
        select(a, b, Link.status).where(Link.status.in_(JOINING), or_(a.in_(ids), b.in_(ids)))
    )
    for x, y, status in rows:
        for item in (x, y):
            if item is not None and joined.get(item) is not LinkStatus.CONFIRMED:
                joined[item] = status
    return joined


def _pending(session: Session, ids: dict[LinkKind, list[int]]) -> int:
    """How many pending links have an item among IDS."""
    tests = []
    for kind, items in ids.items():
        if items:
            a, b, _ = item_columns(kind)
            tests.append(or_(a.in_(items), b.in_(items)))
    if not tests:
        return 0
    query = select(func.count()).where(Link.status == LinkStatus.PENDING, or_(*tests))
    return int(session.scalar(query) or 0)


def timeline(database: Database, cluster_id: int) -> Timeline:
    """The timeline of one cluster; NotFoundError if there is no such cluster."""
    with database.read() as session:
        kind = session.scalar(select(Cluster.kind).where(Cluster.id == cluster_id))
        if kind is None:
            raise NotFoundError(f"cluster {cluster_id} does not exist")
        rows = _members(session, cluster_id)
        ids: dict[LinkKind, list[int]] = {k: [r[1] for r in rows if r[0] is k] for k in LinkKind}
        joined = {k: _joined(session, k, v) for k, v in ids.items() if v}
        pending = _pending(session, ids)
    rows.sort(key=lambda r: order_key(r[7], r[2], r[1]))
    first_text = rows[0][9] if rows else ""
    appearances = tuple(
        Appearance(
            member_id=row[1],
            kind=row[0],
            article_id=row[2],
            title=row[3],
            outlet=row[4],
            url=row[5],
            byline=row[6],
            published=row[7],
            speaker=row[8],
            text=row[9],
            joined=joined.get(row[0], {}).get(row[1]),
            drift=None if position == 0 else drift(first_text, row[9]),
        )
        for position, row in enumerate(rows)
    )
    return Timeline(cluster_id, kind, appearances, pending)


class ClusterSort(StrEnum):
    """Orders of the cluster listing."""

    LARGEST = "largest"
    NEWEST = "newest"
    OLDEST = "oldest"


@dataclass(frozen=True, slots=True)
class ClusterSummary:
    """One line of the cluster listing."""

    id: int
    kind: LinkKind
    size: int
    outlets: int
    first_seen: date | None
    last_seen: date | None
    text: str
    """The words of its first appearance."""


def list_clusters(
    database: Database, sort: ClusterSort = ClusterSort.LARGEST, *, limit: int = 200
) -> list[ClusterSummary]:
    """The first LIMIT clusters in order SORT, each with its size, outlets, dates and words."""
    article_id = func.coalesce(Quote.article_id, Claim.article_id)
    size, first = func.count(), func.min(Article.published)
    order: tuple[Any, ...] = {
        ClusterSort.LARGEST: (size.desc(), ClusterMember.cluster_id),
        ClusterSort.NEWEST: (first.desc(), ClusterMember.cluster_id.desc()),
        ClusterSort.OLDEST: (first, ClusterMember.cluster_id),
    }[sort]
    stmt = (
        select(
            ClusterMember.cluster_id,
            Cluster.kind,
            size,
            func.count(func.distinct(Article.outlet_id)),
            first,
            func.max(Article.published),
        )
        .join(Cluster, Cluster.id == ClusterMember.cluster_id)
        .outerjoin(Quote, Quote.id == ClusterMember.quote_id)
        .outerjoin(Claim, Claim.id == ClusterMember.claim_id)
        .join(Article, Article.id == article_id)
        .group_by(ClusterMember.cluster_id, Cluster.kind)
        .order_by(*order)
        .limit(limit)
    )
    with database.read() as session:
        rows = session.execute(stmt).all()
        texts = _first_texts(session, [row[0] for row in rows])
    return [
        ClusterSummary(cid, kind, n, outlets, start, end, texts.get(cid, ""))
        for cid, kind, n, outlets, start, end in rows
    ]


def _first_texts(session: Session, ids: list[int]) -> dict[int, str]:
    """The words of each cluster's first appearance."""
    firsts: dict[int, tuple[tuple[Any, ...], str]] = {}
    for model in (Quote, Claim):
        fk = ClusterMember.quote_id if model is Quote else ClusterMember.claim_id
        text = Quote.text if model is Quote else Claim.sentence
        stmt = (
            select(ClusterMember.cluster_id, model.id, model.article_id, Article.published, text)
            .select_from(ClusterMember)
            .join(model, fk == model.id)
            .join(Article, model.article_id == Article.id)
            .where(ClusterMember.cluster_id.in_(ids))
        )
        for cid, item, article, published, words in session.execute(stmt):
            key = order_key(published, article, item)
            held = firsts.get(cid)
            if held is None or key < held[0]:
                firsts[cid] = (key, words)
    return {cid: words for cid, (_, words) in firsts.items()}
