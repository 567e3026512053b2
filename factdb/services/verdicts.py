"""Fact-check verdicts on clusters: set or change one (with a history row), read the current one.

A verdict is anchored on one statement of its cluster (the first appearance that is not an
imported check, when it is first given), never on the cluster id, which re-clustering may
change. A cluster's verdicts are those anchored on its members, so:

- a merge gives the merged cluster the verdicts of both parts;
- a split leaves each verdict with the part that holds its anchor;
- a statement that leaves every cluster keeps its own verdicts.

A cluster's current verdict is the latest of its verdicts (by `reviewed_at`, then id); setting a
verdict on a cluster changes its latest verdict of this organisation (`publisher` null) in place,
or anchors a new one. Every set or change appends a `verdict_history` row.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, func, insert, or_, select, update
from sqlalchemy.orm import Session

from factdb.errors import InputError, NotFoundError
from factdb.models import (
    Article,
    Check,
    Claim,
    Cluster,
    ClusterMember,
    Quote,
    Verdict,
    VerdictChange,
)
from factdb.models.base import utcnow
from factdb.services.database import Database
from factdb.vocab import LinkKind, VerdictAction

RATING_MAX = 255
"""The longest rating text stored (a column of 255 characters)."""


@dataclass(frozen=True, slots=True)
class VerdictInput:
    """What a reviewer gives: the rating as text, optionally a number on a scale, a URL, a note."""

    rating: str
    value: float | None = None
    best: float | None = None
    worst: float | None = None
    url: str | None = None
    note: str | None = None

    def checked(self) -> VerdictInput:
        """This verdict with text trimmed; InputError if it cannot be stored."""
        rating = self.rating.strip()
        if not rating:
            raise InputError("rating", "a verdict needs a rating text (such as False)")
        if len(rating) > RATING_MAX:
            raise InputError("rating", f"at most {RATING_MAX} characters")
        _check_scale(self.value, self.best, self.worst)
        return replace(self, rating=rating, url=_blank_none(self.url), note=_blank_none(self.note))


def _blank_none(text: str | None) -> str | None:
    return text.strip() or None if text is not None else None


def _check_scale(value: float | None, best: float | None, worst: float | None) -> None:
    """A numeric rating comes with its scale, and lies on it."""
    given = [v for v in (value, best, worst) if v is not None]
    if not given:
        return
    if len(given) < 3:
        raise InputError("rating", "a numeric rating needs --value, --best and --worst together")
    assert value is not None and best is not None and worst is not None
    if not all(math.isfinite(v) for v in given):
        raise InputError("rating", "rating numbers must be finite")
    if best == worst:
        raise InputError("rating", "the best and worst ratings must differ")
    if not min(best, worst) <= value <= max(best, worst):
        raise InputError("rating", f"{value:g} is not between {worst:g} and {best:g}")


@dataclass(frozen=True, slots=True)
class VerdictRecord:
    """A stored verdict and the cluster its statement is in now (None: in none)."""

    id: int
    kind: LinkKind
    item_id: int
    cluster_id: int | None
    rating: str
    rating_value: float | None
    best_rating: float | None
    worst_rating: float | None
    reviewer: str
    publisher: str | None
    url: str | None
    note: str | None
    reviewed_at: datetime
    updated_at: datetime | None
    created_at: datetime
    """When it was first given (an imported check: when it was imported)."""

    def as_dict(self) -> dict[str, Any]:
        """The record as JSON-ready values."""
        return {
            "id": self.id,
            "kind": str(self.kind),
            "item_id": self.item_id,
            "cluster_id": self.cluster_id,
            "rating": self.rating,
            "rating_value": self.rating_value,
            "best_rating": self.best_rating,
            "worst_rating": self.worst_rating,
            "reviewer": self.reviewer,
            "publisher": self.publisher,
            "url": self.url,
            "note": self.note,
            "reviewed_at": self.reviewed_at.isoformat(),
        }


def item_column(kind: LinkKind) -> Any:
    """The verdict's anchor column for KIND."""
    return Verdict.quote_id if kind is LinkKind.QUOTE else Verdict.claim_id


def member_column(kind: LinkKind) -> Any:
    """The cluster member column for KIND."""
    return ClusterMember.quote_id if kind is LinkKind.QUOTE else ClusterMember.claim_id


VERDICT_COLUMNS = (
    Verdict.id, Verdict.kind, Verdict.quote_id, Verdict.claim_id, Verdict.rating,
    Verdict.rating_value, Verdict.best_rating, Verdict.worst_rating, Verdict.reviewer,
    Verdict.publisher, Verdict.url, Verdict.note, Verdict.reviewed_at, Verdict.updated_at,
    Verdict.created_at,
)  # fmt: skip


_VERDICT_WIDTH = len(VERDICT_COLUMNS)
"""Where a row of VERDICT_COLUMNS ends (a cluster id may follow)."""


def verdict_record(row: Sequence[Any], cluster_id: int | None) -> VerdictRecord:
    """The VerdictRecord of a row of VERDICT_COLUMNS."""
    vid, kind, quote_id, claim_id = row[:4]
    item = quote_id if kind is LinkKind.QUOTE else claim_id
    return VerdictRecord(vid, kind, item, cluster_id, *row[4:_VERDICT_WIDTH])


def latest_verdict(records: Iterable[VerdictRecord]) -> VerdictRecord | None:
    """The latest of RECORDS (by when given, then id): a cluster's current verdict."""
    return max(records, key=lambda r: (r.reviewed_at, r.id), default=None)


def _cluster_kind(session: Session, cluster_id: int, *, lock: bool = False) -> LinkKind:
    query = select(Cluster.kind).where(Cluster.id == cluster_id)
    kind = session.scalar(query.with_for_update() if lock else query)
    if kind is None:
        raise NotFoundError(f"cluster {cluster_id} does not exist")
    return kind


def _cluster_verdicts(
    session: Session, kind: LinkKind, cluster_id: int, where: ColumnElement[bool] | None = None
) -> list[VerdictRecord]:
    members = select(member_column(kind)).where(ClusterMember.cluster_id == cluster_id)
    query = select(*VERDICT_COLUMNS).where(item_column(kind).in_(members))
    if where is not None:
        query = query.where(where)
    return [verdict_record(row, cluster_id) for row in session.execute(query)]


def cluster_verdict(database: Database, cluster_id: int) -> VerdictRecord | None:
    """The current verdict of the cluster (None when it has none); NotFoundError if no cluster."""
    with database.read() as session:
        kind = _cluster_kind(session, cluster_id)
        return latest_verdict(_cluster_verdicts(session, kind, cluster_id))


def _anchor(session: Session, kind: LinkKind, cluster_id: int) -> int:
    """The cluster's first appearance, preferring statements that are not imported checks."""
    model: type[Quote] | type[Claim] = Quote if kind is LinkKind.QUOTE else Claim
    is_check = select(Check.id).where(Check.article_id == model.article_id).exists()
    anchor = session.scalar(
        select(model.id)
        .join(ClusterMember, member_column(kind) == model.id)
        .join(Article, Article.id == model.article_id)
        .where(ClusterMember.cluster_id == cluster_id)
        # Undated members last, alike on both backends (they sort nulls differently).
        .order_by(is_check, Article.published.is_(None), Article.published, Article.id, model.id)
        .limit(1)
    )
    if anchor is None:
        raise NotFoundError(f"cluster {cluster_id} has no members")
    return anchor


def set_verdict(
    database: Database, cluster_id: int, verdict: VerdictInput, reviewer: str
) -> VerdictRecord:
    """Give cluster CLUSTER_ID this verdict (or change its own one), with a history row."""
    verdict = verdict.checked()
    now = utcnow()
    values = {
        "rating": verdict.rating,
        "rating_value": verdict.value,
        "best_rating": verdict.best,
        "worst_rating": verdict.worst,
        "url": verdict.url,
        "note": verdict.note,
        "reviewer": reviewer,
    }
    with database.write() as session:
        kind = _cluster_kind(session, cluster_id, lock=True)
        own = latest_verdict(
            _cluster_verdicts(session, kind, cluster_id, Verdict.publisher.is_(None))
        )
        if own is not None:
            verdict_id, action = own.id, VerdictAction.CHANGE
            session.execute(
                update(Verdict)
                .where(Verdict.id == verdict_id)
                .values(**values, reviewed_at=now, updated_at=now)
            )
        else:
            anchor = {item_column(kind).key: _anchor(session, kind, cluster_id)}
            verdict_id = session.execute(
                insert(Verdict)
                .values(kind=kind, **anchor, **values, reviewed_at=now, created_at=now)
                .returning(Verdict.id)
            ).scalar_one()
            action = VerdictAction.SET
        record_change(session, verdict_id, action, cluster_id, values, now)
        row = session.execute(select(*VERDICT_COLUMNS).where(Verdict.id == verdict_id)).one()
        return verdict_record(row, cluster_id)


def record_change(
    session: Session,
    verdict_id: int,
    action: VerdictAction,
    cluster_id: int | None,
    values: dict[str, Any],
    at: datetime,
) -> None:
    """Append the `verdict_history` row of one change: the values the verdict has after it."""
    session.execute(
        insert(VerdictChange).values(
            verdict_id=verdict_id, action=action, cluster_id=cluster_id, created_at=at, **values
        )
    )


@dataclass(frozen=True, slots=True)
class ItemState:
    """Where a statement stands: its cluster and size (None, 1 when alone) and current verdict."""

    cluster_id: int | None
    cluster_size: int
    verdict: VerdictRecord | None


def item_states(session: Session, kind: LinkKind, ids: Sequence[int]) -> dict[int, ItemState]:
    """The cluster and current verdict of each statement of IDS (of one KIND), in three queries."""
    if not ids:
        return {}
    col = member_column(kind)
    rows = session.execute(select(col, ClusterMember.cluster_id).where(col.in_(ids)))
    clusters: dict[int, int] = {row[0]: row[1] for row in rows}
    sizes: dict[int, int] = {}
    if clusters:
        counted = session.execute(
            select(ClusterMember.cluster_id, func.count())
            .where(ClusterMember.cluster_id.in_(set(clusters.values())))
            .group_by(ClusterMember.cluster_id)
        )
        sizes = {cid: int(n) for cid, n in counted}
    anchor = item_column(kind)
    lone = [i for i in ids if i not in clusters]
    found = session.execute(
        select(*VERDICT_COLUMNS, ClusterMember.cluster_id)
        .outerjoin(ClusterMember, col == anchor)
        .where(or_(ClusterMember.cluster_id.in_(set(clusters.values())), anchor.in_(lone)))
    )
    by_group: dict[tuple[str, int], list[VerdictRecord]] = {}
    for row in found:
        cid = cast(int | None, row[_VERDICT_WIDTH])
        record = verdict_record(row, cid)
        key = ("c", cid) if cid is not None else ("i", record.item_id)
        by_group.setdefault(key, []).append(record)
    out = {}
    for i in ids:
        cid = clusters.get(i)
        key = ("c", cid) if cid is not None else ("i", i)
        out[i] = ItemState(
            cid, sizes.get(cid, 1) if cid else 1, latest_verdict(by_group.get(key, ()))
        )
    return out
