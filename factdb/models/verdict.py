"""Fact-check verdicts on statements, their history, and checks imported from other publishers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from factdb.models.base import Base, UTCDateTime, created_at, intpk, str_enum
from factdb.vocab import LinkKind, VerdictAction

_ONE_ITEM = (
    "(kind = 'quote' AND quote_id IS NOT NULL AND claim_id IS NULL)"
    " OR (kind = 'claim' AND claim_id IS NOT NULL AND quote_id IS NULL)"
)


class Verdict(Base):
    """A fact-check verdict, anchored on one statement (a quote or a claim).

    A cluster's verdicts are those anchored on its members, so a verdict follows its anchor
    through every re-clustering; the latest of them is the cluster's current verdict.
    """

    __tablename__ = "verdicts"
    __table_args__ = (
        CheckConstraint(_ONE_ITEM, name="one_item"),
        Index("ix_verdicts_quote_id", "quote_id"),
        Index("ix_verdicts_claim_id", "claim_id"),
    )

    id: Mapped[intpk]
    kind: Mapped[LinkKind] = mapped_column(str_enum(LinkKind, "verdict_kind"))
    # A verdict lives as long as the statement it is anchored on.
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    rating: Mapped[str] = mapped_column(String(255))
    """The rating as published ("False", "Mostly true")."""
    rating_value: Mapped[float | None] = mapped_column(Float)
    best_rating: Mapped[float | None] = mapped_column(Float)
    worst_rating: Mapped[float | None] = mapped_column(Float)
    reviewer: Mapped[str] = mapped_column(String(255))
    publisher: Mapped[str | None] = mapped_column(String(255))
    """Null for this organisation's own verdicts; the publishing organisation of an import."""
    url: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    """When the verdict was given (an imported check: when it was published)."""
    created_at: Mapped[created_at]
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class VerdictChange(Base):
    """One change of a verdict, with the values it left: append-only, like `reviews`."""

    __tablename__ = "verdict_history"
    __table_args__ = (Index("ix_verdict_history_verdict_id", "verdict_id"),)

    id: Mapped[intpk]
    # As with `reviews`, the history cannot be lost: a verdict with history cannot be deleted.
    verdict_id: Mapped[int] = mapped_column(ForeignKey("verdicts.id", ondelete="RESTRICT"))
    action: Mapped[VerdictAction] = mapped_column(str_enum(VerdictAction, "verdict_action"))
    cluster_id: Mapped[int | None]
    """The cluster the verdict was given on, as it was numbered then."""
    rating: Mapped[str] = mapped_column(String(255))
    rating_value: Mapped[float | None] = mapped_column(Float)
    best_rating: Mapped[float | None] = mapped_column(Float)
    worst_rating: Mapped[float | None] = mapped_column(Float)
    url: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[created_at]


class Check(Base):
    """A fact-check imported from ClaimReview: its statement is stored as an article's quote."""

    __tablename__ = "checks"
    __table_args__ = (
        Index("ix_checks_article_id", "article_id", unique=True),
        Index("ix_checks_quote_id", "quote_id"),
    )

    id: Mapped[intpk]
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    publisher: Mapped[str | None] = mapped_column(String(255))
    publisher_url: Mapped[str | None] = mapped_column(Text)
    review_url: Mapped[str | None] = mapped_column(Text)
    claim_author: Mapped[str | None] = mapped_column(String(255))
    appearances: Mapped[list[str]] = mapped_column(JSON, default=list)
    """URLs of the works the claim appeared in, first appearance first."""
    document: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """The ClaimReview object as it was read."""
    source: Mapped[str | None] = mapped_column(String(255))
    imported_at: Mapped[created_at]
