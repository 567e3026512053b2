"""Speakers (people, organisations, documents, anonymous sources) and their aliases."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from factdb.extract.records import SpeakerKind
from factdb.models.base import Base, created_at, intpk, str_enum


class Speaker(Base):
    """A source that quotes and claims are attributed to, under one canonical name."""

    __tablename__ = "speakers"
    __table_args__ = (Index("ix_speakers_name", "name"),)

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[SpeakerKind] = mapped_column(str_enum(SpeakerKind, "speaker_kind"))
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[created_at]

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )


class SpeakerAlias(Base):
    """A surface form under which a speaker was seen ("Biden", "US President Joe Biden")."""

    __tablename__ = "speaker_aliases"
    __table_args__ = (
        UniqueConstraint("speaker_id", "alias"),
        Index("ix_speaker_aliases_alias_key", "alias_key"),
    )

    id: Mapped[intpk]
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(255))
    alias_key: Mapped[str] = mapped_column(String(255))
    """The alias normalised for lookup (case, punctuation and titles removed)."""

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")
