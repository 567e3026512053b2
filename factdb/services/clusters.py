"""Clusters: the connected components of joining links (confirmed, or `auto` for copies), kept
current as decisions change."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, exists, func, insert, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from factdb.link.timeline import ExportMember, timeline_records
from factdb.models import Article, Claim, Cluster, ClusterMember, Link, Outlet, Quote, Speaker
from factdb.services.database import Database
from factdb.services.idsets import id_in
from factdb.vocab import JOINING, LinkKind

# Bound on the size of an IN list, well under SQLite's and PostgreSQL's parameter limits.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class MemberRecord:
    """One item of a cluster, with where and when it appeared."""

    id: int
    article_id: int
    text: str
    outlet: str | None
    published: date | None
    speaker: str | None


@dataclass(frozen=True, slots=True)
class ClusterRecord:
    """A cluster as plain data: its items, its first appearance, outlets and speakers."""

    id: int
    kind: LinkKind
    members: tuple[MemberRecord, ...]
    first_appearance: MemberRecord | None
    outlets: tuple[str, ...]
    speakers: tuple[str, ...]
    timeline: tuple[dict[str, Any], ...] = ()
    """The members in order of appearance with their drift (`timeline.timeline_records`)."""
    size: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "size", len(self.members))

    def as_dict(self) -> dict[str, Any]:
        """The record as JSON-ready values (dates as ISO strings)."""

        def member(m: MemberRecord) -> dict[str, Any]:
            published = m.published.isoformat() if m.published else None
            return {
                "id": m.id,
                "article_id": m.article_id,
                "text": m.text,
                "outlet": m.outlet,
                "published": published,
                "speaker": m.speaker,
            }

        first = self.first_appearance
        return {
            "id": self.id,
            "kind": str(self.kind),
            "size": self.size,
            "members": [member(m) for m in self.members],
            "first_appearance": member(first) if first else None,
            "outlets": list(self.outlets),
            "speakers": list(self.speakers),
            "timeline": list(self.timeline),
        }


def item_columns(kind: LinkKind) -> tuple[InstrumentedAttribute[int | None], ...]:
    """The link's two item columns and the cluster member column for KIND."""
    if kind is LinkKind.QUOTE:
        return Link.a_quote_id, Link.b_quote_id, ClusterMember.quote_id
    return Link.a_claim_id, Link.b_claim_id, ClusterMember.claim_id


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(ids)
    for i in range(0, len(ordered), _CHUNK):
        yield ordered[i : i + _CHUNK]


def component(session: Session, kind: LinkKind, start: int) -> set[int]:
    """The items that joining links join to START, START included (breadth-first)."""
    return _reach(session, kind, {start})[0]


def _reach(
    session: Session, kind: LinkKind, starts: set[int]
) -> tuple[set[int], set[tuple[int, int]]]:
    """Every item joining links reach from STARTS (STARTS included) and the links passed."""
    a_col, b_col, _ = item_columns(kind)
    seen, frontier = set(starts), set(starts)
    edges: set[tuple[int, int]] = set()
    run = session.connection().execute
    while frontier:
        found: set[int] = set()
        # A few items (a decision) as a short IN list; many (a bulk decision) as one value.
        ins = (
            [(a_col.in_(chunk), b_col.in_(chunk)) for chunk in _chunks(frontier)]
            if len(frontier) <= _CHUNK
            else [(id_in(session, a_col, frontier), id_in(session, b_col, frontier))]
        )
        for in_a, in_b in ins:
            rows = run(select(a_col, b_col).where(Link.status.in_(JOINING), or_(in_a, in_b)))
            for a, b in rows:
                if a is not None and b is not None:
                    edges.add((a, b))
                    found.update((a, b))
        frontier = found - seen
        seen |= frontier
    return seen, edges


def recompute(session: Session, kind: LinkKind, items: Iterable[int]) -> int:
    """Recompute the clusters of ITEMS at once, after many links changed status together.

    Returns how many clusters of two or more items they are in afterwards.
    """
    seen, edges = _reach(session, kind, set(items))
    parent = {i: i for i in seen}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        parent[root(a)] = root(b)
    comps: dict[int, set[int]] = {}
    for i in seen:
        comps.setdefault(root(i), set()).add(i)
    rewrite(session, kind, list(comps.values()))
    return sum(len(c) > 1 for c in comps.values())


def update_for_link(session: Session, link: Link) -> None:
    """Recompute the clusters of LINK's two items after its status changed (same transaction)."""
    a_col, b_col, _ = item_columns(link.kind)
    update_for_items(session, link.kind, getattr(link, a_col.key), getattr(link, b_col.key))


def update_for_items(session: Session, kind: LinkKind, a: int, b: int) -> int:
    """Recompute the clusters of items A and B after a link between them changed status.

    Returns the size of A's cluster afterwards (1: in none), which the caller would otherwise
    have to query for.
    """
    comp_a = component(session, kind, a)
    comps = [comp_a] if b in comp_a else [comp_a, component(session, kind, b)]
    rewrite(session, kind, comps)
    return max(len(comp_a), 1)


def rewrite(session: Session, kind: LinkKind, comps: Sequence[set[int]]) -> None:
    """Give each component of two or more items one cluster, reusing the oldest cluster ids.

    Each component must be whole (every item joining links reach from it); an item of a
    component of one leaves its cluster.
    """
    _, _, item_col = item_columns(kind)
    old: dict[int, int] = {}
    for chunk in _chunks(set().union(*comps)):
        rows = session.execute(
            select(item_col, ClusterMember.cluster_id).where(item_col.in_(chunk))
        )
        found = {item: cid for item, cid in rows if item is not None}
        old.update(found)
        if found:
            session.execute(delete(ClusterMember).where(item_col.in_(chunk)))
    used: set[int] = set()
    members: list[dict[str, int]] = []
    for comp in comps:
        if len(comp) < 2:
            continue
        reusable = sorted({old[i] for i in comp if i in old} - used)
        cluster_id = reusable[0] if reusable else _new_cluster(session, kind)
        used.add(cluster_id)
        members.extend({"cluster_id": cluster_id, item_col.key: i} for i in sorted(comp))
    if members:
        # Core statements: the ORM's unit of work costs more than these few rows are worth.
        session.execute(insert(ClusterMember), members)
    stale = set(old.values()) - used
    if stale:
        has_members = exists().where(ClusterMember.cluster_id == Cluster.id)
        session.execute(delete(Cluster).where(Cluster.id.in_(stale), ~has_members))


def _new_cluster(session: Session, kind: LinkKind) -> int:
    return session.execute(insert(Cluster).values(kind=kind).returning(Cluster.id)).scalar_one()


def cluster_of(session: Session, kind: LinkKind, item_id: int) -> tuple[int | None, int]:
    """The id of the cluster holding the item and its size ((None, 1) when it is in none)."""
    _, _, item_col = item_columns(kind)
    cluster_id = session.scalar(select(ClusterMember.cluster_id).where(item_col == item_id))
    if cluster_id is None:
        return None, 1
    size = session.scalar(
        select(func.count())
        .select_from(ClusterMember)
        .where(ClusterMember.cluster_id == cluster_id)
    )
    return cluster_id, int(size or 0)


def _members(session: Session, ids: list[int]) -> dict[int, list[MemberRecord]]:
    """The members of the clusters IDS, quotes and claims alike, in item order."""
    out: dict[int, list[MemberRecord]] = {i: [] for i in ids}
    for model, text in ((Quote, Quote.text), (Claim, Claim.sentence)):
        fk = ClusterMember.quote_id if model is Quote else ClusterMember.claim_id
        stmt = (
            select(
                ClusterMember.cluster_id,
                model.id,
                model.article_id,
                text,
                Outlet.name,
                Article.published,
                Speaker.name,
            )
            .join(model, fk == model.id)
            .join(Article, model.article_id == Article.id)
            .outerjoin(Outlet, Article.outlet_id == Outlet.id)
            .outerjoin(Speaker, model.speaker_id == Speaker.id)
            .where(ClusterMember.cluster_id.in_(ids))
            .order_by(model.id)
        )
        for cid, iid, article_id, body, outlet, published, speaker in session.execute(stmt):
            out[cid].append(MemberRecord(iid, article_id, body, outlet, published, speaker))
    return out


def _record(cluster_id: int, kind: LinkKind, members: list[MemberRecord]) -> ClusterRecord:
    dated = [m for m in members if m.published is not None]
    first = min(dated, key=lambda m: (m.published, m.article_id, m.id)) if dated else None
    return ClusterRecord(
        id=cluster_id,
        kind=kind,
        members=tuple(members),
        first_appearance=first if first else (members[0] if members else None),
        outlets=tuple(sorted({m.outlet for m in members if m.outlet})),
        speakers=tuple(sorted({m.speaker for m in members if m.speaker})),
        timeline=tuple(timeline_records([_export_member(m) for m in members])),
    )


def _export_member(m: MemberRecord) -> ExportMember:
    published = m.published.isoformat() if m.published else None
    return (m.id, published, m.outlet, m.speaker, m.text, m.article_id)


def iter_clusters(database: Database, *, batch: int = 500) -> Iterator[ClusterRecord]:
    """Every cluster as a plain record, in id order, read a page at a time (memory stays flat)."""
    last = 0
    while True:
        with database.read() as session:
            page = session.execute(
                select(Cluster.id, Cluster.kind)
                .where(Cluster.id > last)
                .order_by(Cluster.id)
                .limit(batch)
            ).all()
            if not page:
                return
            members = _members(session, [cid for cid, _ in page])
        for cid, kind in page:
            yield _record(cid, kind, members[cid])
        last = page[-1][0]
