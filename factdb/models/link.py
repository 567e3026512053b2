"""Links between two quotes or two claims, their review audit, clusters and linking runs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from factdb.models.base import Base, UTCDateTime, created_at, intpk, str_enum
from factdb.vocab import LinkKind, LinkStatus, Relation, ReviewAction

_PAIR_SHAPE = (
    "(kind = 'quote' AND a_quote_id IS NOT NULL AND b_quote_id IS NOT NULL"
    " AND a_claim_id IS NULL AND b_claim_id IS NULL AND a_quote_id < b_quote_id)"
    " OR (kind = 'claim' AND a_claim_id IS NOT NULL AND b_claim_id IS NOT NULL"
    " AND a_quote_id IS NULL AND b_quote_id IS NULL AND a_claim_id < b_claim_id)"
)


class Link(Base):
    """A proposed link between two items of different articles, stored once per unordered pair.

    Side `a` always holds the smaller item id, so a pair has exactly one row.
    """

    __tablename__ = "links"
    __table_args__ = (
        CheckConstraint(_PAIR_SHAPE, name="pair_shape"),
        CheckConstraint("score >= 0 AND score <= 100", name="score_range"),
        Index("ix_links_a_quote_id_b_quote_id", "a_quote_id", "b_quote_id", unique=True),
        Index("ix_links_a_claim_id_b_claim_id", "a_claim_id", "b_claim_id", unique=True),
        Index("ix_links_b_quote_id", "b_quote_id"),
        Index("ix_links_b_claim_id", "b_claim_id"),
        # The review queue: pending links, best first.
        Index("ix_links_status_score", "status", "score", "id"),
    )

    id: Mapped[intpk]
    kind: Mapped[LinkKind] = mapped_column(str_enum(LinkKind, "link_kind"))
    relation: Mapped[Relation] = mapped_column(str_enum(Relation, "link_relation"))
    status: Mapped[LinkStatus] = mapped_column(
        str_enum(LinkStatus, "link_status"), default=LinkStatus.PENDING
    )
    # Links exist only while both items do.
    a_quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    b_quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    a_claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    b_claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[created_at]
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reviewer: Mapped[str | None] = mapped_column(String(255))
    note: Mapped[str | None] = mapped_column(Text)
    lease_owner: Mapped[str | None] = mapped_column(String(255))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    reviews: Mapped[list[Review]] = relationship(back_populates="link", order_by="Review.id")


class Review(Base):
    """One reviewer action on a link: append-only; an undo is a new row."""

    __tablename__ = "reviews"
    __table_args__ = (
        Index("ix_reviews_link_id", "link_id"),
        Index("ix_reviews_reviewer_created_at", "reviewer", "created_at"),
    )

    id: Mapped[intpk]
    # The audit trail outlives nothing it audits: a reviewed link cannot be deleted.
    link_id: Mapped[int] = mapped_column(ForeignKey("links.id", ondelete="RESTRICT"))
    action: Mapped[ReviewAction] = mapped_column(str_enum(ReviewAction, "review_action"))
    status_before: Mapped[LinkStatus] = mapped_column(str_enum(LinkStatus, "review_status_before"))
    status_after: Mapped[LinkStatus] = mapped_column(str_enum(LinkStatus, "review_status_after"))
    reviewer: Mapped[str] = mapped_column(String(255))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[created_at]

    link: Mapped[Link] = relationship(back_populates="reviews")


class Cluster(Base):
    """A group of items that confirmed links join, transitively."""

    __tablename__ = "clusters"

    id: Mapped[intpk]
    kind: Mapped[LinkKind] = mapped_column(str_enum(LinkKind, "cluster_kind"))
    created_at: Mapped[created_at]

    members: Mapped[list[ClusterMember]] = relationship(
        back_populates="cluster", cascade="all, delete-orphan", passive_deletes=True
    )


class ClusterMember(Base):
    """One item of a cluster; an item is in at most one cluster."""

    __tablename__ = "cluster_members"
    __table_args__ = (
        CheckConstraint("(quote_id IS NULL) <> (claim_id IS NULL)", name="one_item"),
        Index("ix_cluster_members_cluster_id", "cluster_id"),
        Index("ix_cluster_members_quote_id", "quote_id", unique=True),
        Index("ix_cluster_members_claim_id", "claim_id", unique=True),
    )

    id: Mapped[intpk]
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id", ondelete="CASCADE"))
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))

    cluster: Mapped[Cluster] = relationship(back_populates="members")


class LinkRun(Base):
    """One pass of the linker; its watermarks let the next pass compare only what is new."""

    __tablename__ = "link_runs"

    id: Mapped[intpk]
    started_at: Mapped[created_at]
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    full: Mapped[bool]
    quote_watermark: Mapped[int]
    """The largest quote id compared by this run."""
    claim_watermark: Mapped[int]
    candidates: Mapped[int] = mapped_column(default=0)
    links_created: Mapped[int] = mapped_column(default=0)


class LinkScore(Base):
    """A pair a distributed linking run scored, staged before the run sifts and stores it.

    Workers write here in batches while the run is in progress, keyed by the run and the item
    pair, so that a task the engine runs again (its worker lost) adds nothing twice; the run
    reads the rows back in the order the single-process linker yields its pairs, and deletes them.
    """

    __tablename__ = "link_scores"

    run: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[LinkKind] = mapped_column(str_enum(LinkKind, "score_kind"), primary_key=True)
    a_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    b_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    seq: Mapped[int]
    """The pair's place among its task's pairs: with `b_id` (the later item), the linker's order."""
    score: Mapped[float] = mapped_column(Float)
    relation: Mapped[Relation] = mapped_column(str_enum(Relation, "score_relation"))
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
