"""Listing the registry: speakers with their aliases and how much is attributed to each."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from factdb.models import Quote, Speaker, SpeakerAlias, SpeakerPin
from factdb.services.database import Database
from factdb.vocab import SPEAKER_LIST_LIMIT

DEFAULT_LIMIT = SPEAKER_LIST_LIMIT


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """One speaker as ``factdb speakers list`` shows it."""

    id: int
    name: str
    kind: str
    quotes: int
    aliases: tuple[str, ...]
    pinned: tuple[str, ...]


def list_speakers(
    database: Database, *, name: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[SpeakerRow]:
    """Speakers by number of quotes, most first; NAME filters on name or alias (any case)."""
    with database.read() as session:
        quotes = (
            select(Quote.speaker_id, func.count().label("n")).group_by(Quote.speaker_id).subquery()
        )
        stmt = (
            select(Speaker, func.coalesce(quotes.c.n, 0))
            .outerjoin(quotes, quotes.c.speaker_id == Speaker.id)
            .order_by(func.coalesce(quotes.c.n, 0).desc(), Speaker.id)
            .limit(limit)
        )
        if name:
            pattern = f"%{name.lower()}%"
            matching = select(SpeakerAlias.speaker_id).where(
                func.lower(SpeakerAlias.alias).like(pattern)
            )
            stmt = stmt.where(func.lower(Speaker.name).like(pattern) | Speaker.id.in_(matching))
        rows = session.execute(stmt).all()
        ids = [s.id for s, _ in rows]
        aliases: dict[int, list[str]] = {i: [] for i in ids}
        for sid, alias in session.execute(
            select(SpeakerAlias.speaker_id, SpeakerAlias.alias)
            .where(SpeakerAlias.speaker_id.in_(ids))
            .order_by(SpeakerAlias.alias)
        ):
            aliases[sid].append(alias)
        pins: dict[int, list[str]] = {i: [] for i in ids}
        for sid, key in session.execute(
            select(SpeakerPin.speaker_id, SpeakerPin.key).where(SpeakerPin.speaker_id.in_(ids))
        ):
            pins[sid].append(key)
        return [
            SpeakerRow(s.id, s.name, str(s.kind), n, tuple(aliases[s.id]), tuple(pins[s.id]))
            for s, n in rows
        ]
