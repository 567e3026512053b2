"""Outlets and the articles they publish."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from factdb.models.base import Base, created_at, intpk, short_str


class Outlet(Base):
    """A publisher of articles, such as a wire service or a newspaper."""

    __tablename__ = "outlets"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(255), unique=True)
    created_at: Mapped[created_at]

    articles: Mapped[list[Article]] = relationship(back_populates="outlet")


class Article(Base):
    """One news article, stored whole with the text every offset points into."""

    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_outlet_id_published", "outlet_id", "published"),
        Index("ix_articles_published", "published"),
        Index("ix_articles_external_id", "external_id"),
    )

    id: Mapped[intpk]
    # An outlet is deleted only after its articles, so RESTRICT guards against orphaning them.
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id", ondelete="RESTRICT"))
    external_id: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None]
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[short_str | None]
    ingested_at: Mapped[created_at]

    outlet: Mapped[Outlet | None] = relationship(back_populates="articles")
