"""Speakers (people, organisations, documents), their aliases and the corrections pinned to them."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship

from factdb.extract.records import SpeakerKind
from factdb.extract.speakers.names import registry_key
from factdb.models.base import Base, created_at, intpk, str_enum


def _default_key(context: DefaultExecutionContext) -> str:
    """A new speaker's key from its kind and name, when the caller gives none."""
    params = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return registry_key(str(params["kind"]), str(params["name"]))


class Speaker(Base):
    """A source that quotes and claims are attributed to, under one canonical name."""

    __tablename__ = "speakers"
    __table_args__ = (
        Index("ix_speakers_name", "name"),
        Index("uq_speakers_key", "key", unique=True),
    )

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(255), default=_default_key, server_default="")
    """The normalised name the speaker is unique by (``names.registry_key``)."""
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


class SpeakerPin(Base):
    """A correction kept for later ingests: a name key that always means this speaker.

    Written by ``factdb speakers merge|rename|split``; read first when a new mention is resolved,
    so re-ingested and new articles follow the correction.
    """

    __tablename__ = "speaker_pins"

    id: Mapped[intpk]
    key: Mapped[str] = mapped_column(String(255), unique=True)
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(16))
    """merge, rename or split: the correction that pinned the key."""
    created_at: Mapped[created_at]
