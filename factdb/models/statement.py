"""Quotes and numeric claims extracted from articles."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, CheckConstraint, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from factdb.extract.records import Qualifier, QuoteKind
from factdb.models.article import Article
from factdb.models.base import Base, intpk, str_enum
from factdb.models.speaker import Speaker


class Quote(Base):
    """A direct, partial or reported quotation, located by offsets in its article's text."""

    __tablename__ = "quotes"
    __table_args__ = (
        CheckConstraint("start_offset <= end_offset", name="span_order"),
        Index("ix_quotes_article_id", "article_id"),
        Index("ix_quotes_speaker_id", "speaker_id"),
    )

    id: Mapped[intpk]
    # Extracted rows belong to their article: deleting it deletes them.
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    # A merged-away speaker must not take quotes with it.
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    kind: Mapped[QuoteKind] = mapped_column(str_enum(QuoteKind, "quote_kind"))
    text: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int]
    end_offset: Mapped[int]
    speaker_text: Mapped[str | None] = mapped_column(String(255))
    speaker_start: Mapped[int | None]
    speaker_end: Mapped[int | None]
    cue: Mapped[str | None] = mapped_column(String(64))
    sentence: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int]
    speaker_name: Mapped[str | None] = mapped_column(String(255))
    """The speaker's name as this article gives it in full, before merging across articles."""
    attribution: Mapped[str | None] = mapped_column(String(32))
    """How the quote was tied to its speaker (name, pronoun, role, carried, ...)."""
    confidence: Mapped[float | None] = mapped_column(Float)
    anonymous: Mapped[str | None] = mapped_column(Text)
    """The description of a source the article does not name ("a senior official")."""

    article: Mapped[Article] = relationship()
    speaker: Mapped[Speaker | None] = relationship()


class Claim(Base):
    """A numeric claim: the quantity as written, its value and unit, and what it measures."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint("start_offset <= end_offset", name="span_order"),
        Index("ix_claims_article_id", "article_id"),
        Index("ix_claims_speaker_id", "speaker_id"),
        Index("ix_claims_quote_id", "quote_id"),
        Index("ix_claims_normalized_unit_normalized_value", "normalized_unit", "normalized_value"),
    )

    id: Mapped[intpk]
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int]
    end_offset: Mapped[int]
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(64))
    normalized_value: Mapped[float] = mapped_column(Float)
    normalized_value_max: Mapped[float | None] = mapped_column(Float)
    normalized_unit: Mapped[str | None] = mapped_column(String(64))
    qualifier: Mapped[Qualifier] = mapped_column(str_enum(Qualifier, "claim_qualifier"))
    base: Mapped[str | None] = mapped_column(String(64))
    """The whole a percentage is taken of ("GDP" in "2% of GDP")."""
    change: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(String(16))
    """age, count, money, percent, duration, ratio, multiplier, rate, quantity or number."""
    measures: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int]
    conversions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    article: Mapped[Article] = relationship()
    speaker: Mapped[Speaker | None] = relationship()
    quote: Mapped[Quote | None] = relationship()
