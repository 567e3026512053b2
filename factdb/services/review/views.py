"""What the review screen reads: queue filters, link and item views, queue rows, article text."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from factdb.errors import NotFoundError
from factdb.models import Article, Claim, ClusterMember, Link, Outlet, Quote, Speaker
from factdb.services.database import Database
from factdb.vocab import LinkKind, LinkStatus, Relation

__all__ = [
    "LINK_COLUMNS",
    "ArticleText",
    "Cursor",
    "ItemView",
    "LinkView",
    "QueueFilter",
    "QueueSort",
    "article_text",
    "filter_clauses",
    "link_view",
    "load_view",
    "pair_of",
    "view_of_row",
]


class QueueSort(StrEnum):
    """The order of the queue: best score first (the default), weakest first, newest, oldest."""

    BEST = "best"
    WEAKEST = "weakest"
    NEWEST = "newest"
    OLDEST = "oldest"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which links a reviewer works on, in which order; empty fields match everything.

    OUTLET, SPEAKER and TEXT match a substring (any case) on either side of a link;
    PUBLISHED_FROM and PUBLISHED_TO (inclusive) the date of either side's article.
    """

    kind: LinkKind | None = None
    relation: Relation | None = None
    outlet: str | None = None
    speaker: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    text: str | None = None
    published_from: date | None = None
    published_to: date | None = None
    sort: QueueSort = QueueSort.BEST

    def describe(self) -> str:
        """The conditions that differ from the default as one short line ("all" when none)."""
        parts = [
            f"{f.name}={getattr(self, f.name)}"
            for f in fields(self)
            if getattr(self, f.name) not in (f.default, "")
        ]
        return ", ".join(parts) or "all"


@dataclass(frozen=True, slots=True, order=True)
class Cursor:
    """A position in the queue, which is ordered by score then id, both descending."""

    score: float
    id: int


@dataclass(frozen=True, slots=True)
class ItemView:
    """One side of a link as the reviewer sees it."""

    id: int
    article_id: int
    title: str | None
    outlet: str | None
    published: date | None
    speaker: str | None
    text: str
    sentence: str
    span: tuple[int, int]
    """Where TEXT sits in SENTENCE (clamped to it)."""
    article_span: tuple[int, int]
    """Where TEXT sits in the article's text."""
    cluster_id: int | None
    cluster_size: int
    url: str | None = None
    byline: str | None = None


@dataclass(frozen=True, slots=True)
class LinkView:
    """A link with both its items, its score and evidence, and its review state."""

    id: int
    kind: LinkKind
    relation: Relation
    status: LinkStatus
    score: float
    evidence: dict[str, Any]
    reviewer: str | None
    decided_at: datetime | None
    note: str | None
    lease_owner: str | None
    a: ItemView
    b: ItemView

    @property
    def cursor(self) -> Cursor:
        """The link's position in the queue."""
        return Cursor(self.score, self.id)


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article's whole text and heading, for reading an item in context."""

    id: int
    title: str | None
    outlet: str | None
    published: date | None
    text: str


def _item_match(
    condition: Callable[[type[Quote] | type[Claim]], ColumnElement[bool]], kind: LinkKind | None
) -> ColumnElement[bool]:
    """Either item of the link satisfies CONDITION (a correlated EXISTS per item table)."""
    tests = []
    if kind in (None, LinkKind.QUOTE):
        sides = Quote.id.in_((Link.a_quote_id, Link.b_quote_id))
        tests.append(exists().where(sides, condition(Quote)))
    if kind in (None, LinkKind.CLAIM):
        sides = Claim.id.in_((Link.a_claim_id, Link.b_claim_id))
        tests.append(exists().where(sides, condition(Claim)))
    return or_(*tests)


def _outlet_is(name: str) -> Callable[[type[Quote] | type[Claim]], ColumnElement[bool]]:
    outlets = (
        select(Article.id)
        .join(Outlet, Article.outlet_id == Outlet.id)
        .where(Outlet.name.icontains(name, autoescape=True))
    )
    return lambda m: m.article_id.in_(outlets)


def _speaker_is(who: str) -> Callable[[type[Quote] | type[Claim]], ColumnElement[bool]]:
    speakers = select(Speaker.id).where(Speaker.name.icontains(who, autoescape=True))
    return lambda m: m.speaker_id.in_(speakers)


def _text_has(words: str) -> Callable[[type[Quote] | type[Claim]], ColumnElement[bool]]:
    return lambda m: or_(
        m.text.icontains(words, autoescape=True), m.sentence.icontains(words, autoescape=True)
    )


def _published_in(
    start: date | None, end: date | None
) -> Callable[[type[Quote] | type[Claim]], ColumnElement[bool]]:
    dated = select(Article.id)
    if start is not None:
        dated = dated.where(Article.published >= start)
    if end is not None:
        dated = dated.where(Article.published <= end)
    return lambda m: m.article_id.in_(dated)


def filter_clauses(flt: QueueFilter) -> list[ColumnElement[bool]]:
    """WHERE clauses on `links` for FLT."""
    out: list[ColumnElement[bool]] = []
    if flt.kind is not None:
        out.append(Link.kind == flt.kind)
    if flt.relation is not None:
        out.append(Link.relation == flt.relation)
    if flt.min_score is not None:
        out.append(Link.score >= flt.min_score)
    if flt.max_score is not None:
        out.append(Link.score <= flt.max_score)
    if flt.outlet:
        out.append(_item_match(_outlet_is(flt.outlet), flt.kind))
    if flt.speaker:
        out.append(_item_match(_speaker_is(flt.speaker), flt.kind))
    if flt.text:
        out.append(_item_match(_text_has(flt.text), flt.kind))
    if flt.published_from is not None or flt.published_to is not None:
        dated = _published_in(flt.published_from, flt.published_to)
        out.append(_item_match(dated, flt.kind))
    return out


# The columns a LinkView is made of, in the order view_of_row reads them; a claim returns
# them straight from its UPDATE, so showing a claimed link costs one more query only.
LINK_COLUMNS = (
    Link.id,
    Link.kind,
    Link.relation,
    Link.status,
    Link.score,
    Link.evidence,
    Link.reviewer,
    Link.decided_at,
    Link.note,
    Link.lease_owner,
    Link.a_quote_id,
    Link.b_quote_id,
    Link.a_claim_id,
    Link.b_claim_id,
)


@functools.cache
def _items_statement(kind: LinkKind) -> Select[*tuple[Any, ...]]:
    """The items query for KIND with their clusters, built once; parameter: ids."""
    model: type[Quote] | type[Claim] = Quote if kind is LinkKind.QUOTE else Claim
    member = aliased(ClusterMember)
    item_col = member.quote_id if kind is LinkKind.QUOTE else member.claim_id
    size = (
        select(func.count()).where(ClusterMember.cluster_id == member.cluster_id).scalar_subquery()
    )
    return (
        select(
            model.id,
            model.article_id,
            Article.title,
            Outlet.name,
            Article.published,
            Speaker.name,
            model.text,
            model.sentence,
            model.sentence_start,
            model.start_offset,
            model.end_offset,
            member.cluster_id,
            size,
            Article.url,
            Article.byline,
        )
        .join(Article, model.article_id == Article.id)
        .outerjoin(Outlet, Article.outlet_id == Outlet.id)
        .outerjoin(Speaker, model.speaker_id == Speaker.id)
        .outerjoin(member, item_col == model.id)
        .where(model.id.in_(bindparam("ids", expanding=True)))
    )


def _items(session: Session, kind: LinkKind, ids: Sequence[int]) -> dict[int, ItemView]:
    """The ItemViews of IDS with their clusters, in one query."""
    rows = session.connection().execute(_items_statement(kind), {"ids": list(ids)})
    out = {}
    for (
        iid,
        aid,
        title,
        outlet,
        published,
        speaker,
        text,
        sent,
        sent_start,
        start,
        end,
        cid,
        n,
        url,
        byline,
    ) in rows:
        lo = min(max(start - sent_start, 0), len(sent))
        hi = min(max(end - sent_start, lo), len(sent))
        span, whole = (lo, hi), (start, end)
        size_of = int(n) if cid is not None else 1
        out[iid] = ItemView(
            iid, aid, title, outlet, published, speaker, text, sent, span, whole, cid, size_of,
            url, byline,
        )  # fmt: skip
    return out


def pair_of(kind: LinkKind, row: Sequence[Any]) -> tuple[int, int]:
    """The two item ids of a row of LINK_COLUMNS."""
    a, b = (row[10], row[11]) if kind is LinkKind.QUOTE else (row[12], row[13])
    assert a is not None and b is not None, "the pair_shape constraint guarantees both items"
    return a, b


def view_of_row(session: Session, row: Sequence[Any]) -> LinkView:
    """The LinkView of a row of LINK_COLUMNS, its items read in SESSION."""
    link_id, kind, relation, status, score, evidence, reviewer, decided_at, note, lease = row[:10]
    a, b = pair_of(kind, row)
    items = _items(session, kind, (a, b))
    return LinkView(
        link_id,
        kind,
        relation,
        status,
        score,
        dict(evidence or {}),
        reviewer,
        decided_at,
        note,
        lease,
        items[a],
        items[b],
    )


def load_view(session: Session, link_id: int) -> LinkView:
    """The LinkView of one link, read in SESSION."""
    row = session.connection().execute(select(*LINK_COLUMNS).where(Link.id == link_id)).first()
    if row is None:
        raise NotFoundError(f"link {link_id} does not exist")
    return view_of_row(session, row)


def link_view(database: Database, link_id: int) -> LinkView:
    """Everything the review screen shows about one link."""
    with database.read() as session:
        return load_view(session, link_id)


def article_text(database: Database, article_id: int) -> ArticleText:
    """An article's text and heading, to show an item in its context."""
    with database.read() as session:
        row = session.execute(
            select(Article.id, Article.title, Outlet.name, Article.published, Article.text)
            .outerjoin(Outlet, Article.outlet_id == Outlet.id)
            .where(Article.id == article_id)
        ).first()
    if row is None:
        raise NotFoundError(f"article {article_id} does not exist")
    return ArticleText(*row)
