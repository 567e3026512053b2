"""People's corrections of the registry: merge, rename and split speakers, kept for later ingests.

Each correction runs in one transaction and pins the name keys it decides in ``speaker_pins``:
a mention with a pinned key is resolved to the pinned speaker by every later ingest (see
:mod:`factdb.services.speakers.registry`), so a correction is not undone by new articles, a
re-ingest or a relink. Quotes, claims, exports and ``speakers_v`` read the speaker through
``speaker_id``, so they show a correction at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from factdb.errors import ConflictError, InputError, NotFoundError
from factdb.models import Claim, Quote, Speaker, SpeakerAlias, SpeakerPin
from factdb.models.base import utcnow
from factdb.services.database import Database
from factdb.services.speakers.registry import (
    add_aliases,
    find_speakers,
    insert_or_get,
    speaker_key,
)


@dataclass(frozen=True, slots=True)
class Correction:
    """What a correction did: the speaker kept, what moved and the keys it pinned."""

    speaker_id: int
    name: str
    quotes: int
    claims: int
    pinned: tuple[str, ...]


def one_speaker(session: Session, needle: str) -> Speaker:
    """The one speaker NEEDLE (an id or a name) names; an error when none or several do."""
    found = find_speakers(session, needle)
    if not found:
        raise NotFoundError(f"no speaker {needle!r}")
    if len(found) > 1:
        ids = ", ".join(str(s.id) for s in found)
        raise InputError(needle, f"names several speakers ({ids}); give an id")
    return found[0]


def pin(session: Session, key: str, speaker_id: int, action: str) -> None:
    """Pin KEY to a speaker, replacing any earlier pin of the same key."""
    session.execute(delete(SpeakerPin).where(SpeakerPin.key == key))
    session.flush()
    session.add(SpeakerPin(key=key, speaker_id=speaker_id, action=action, created_at=utcnow()))


def _move_items(
    session: Session, source: int, target: int, quote_ids: list[int] | None
) -> tuple[int, int]:
    moved = []
    for model in (Quote, Claim):
        stmt = update(model).where(model.speaker_id == source)
        if quote_ids is not None:
            column = Quote.id if model is Quote else Claim.quote_id
            stmt = stmt.where(column.in_(quote_ids))
        result = session.execute(stmt.values(speaker_id=target))
        moved.append(getattr(result, "rowcount", 0) or 0)
    return moved[0], moved[1]


def merge(database: Database, sources: list[str], target: str) -> Correction:
    """Merge the SOURCES speakers into TARGET: one speaker, every name pinned to it."""
    with database.write() as session:
        into = one_speaker(session, target)
        quotes = claims = 0
        pinned = []
        for needle in sources:
            src = one_speaker(session, needle)
            if src.id == into.id:
                raise InputError(needle, "is the speaker to merge into")
            q, c = _move_items(session, src.id, into.id, None)
            quotes, claims = quotes + q, claims + c
            add_aliases(session, into, [src.name, *(a.alias for a in src.aliases)])
            session.execute(
                update(SpeakerPin).where(SpeakerPin.speaker_id == src.id).values(speaker_id=into.id)
            )
            key = src.key
            session.delete(src)
            session.flush()
            pin(session, key, into.id, "merge")
            pinned.append(key)
        return Correction(into.id, into.name, quotes, claims, tuple(pinned))


def rename(database: Database, needle: str, new_name: str) -> Correction:
    """Give a speaker a new canonical name; its old name stays an alias and is pinned to it."""
    new_name = new_name.strip()
    if not new_name or "\n" in new_name or len(new_name) > 255:
        raise InputError(new_name[:40] or "''", "is not a speaker name")
    with database.write() as session:
        speaker = one_speaker(session, needle)
        new_key = speaker_key(speaker.kind, new_name)
        other = session.scalar(select(Speaker).where(Speaker.key == new_key))
        if other is not None and other.id != speaker.id:
            raise ConflictError(
                f"speaker {other.id} is already called {other.name!r}; merge into it instead"
            )
        old_key = speaker.key
        add_aliases(session, speaker, [speaker.name, new_name])
        speaker.name, speaker.key = new_name, new_key
        session.flush()
        pin(session, old_key, speaker.id, "rename")
        if new_key != old_key:
            pin(session, new_key, speaker.id, "rename")
        return Correction(speaker.id, new_name, 0, 0, (old_key, new_key))


def split(database: Database, needle: str, names: list[str], new_name: str | None) -> Correction:
    """Move the quotes a speaker got under NAMES (as their articles gave them) to another speaker.

    The other speaker is the one called NEW_NAME (made when none is), by default the first of
    NAMES. The names are pinned to it, so later mentions of them go there too.
    """
    if not names:
        raise InputError(needle, "split needs at least one name to move")
    with database.write() as session:
        speaker = one_speaker(session, needle)
        keys = {speaker_key(speaker.kind, n) for n in names}
        if speaker.key in keys:
            raise InputError(speaker.name, "is the speaker's own name; rename it instead")
        rows = session.execute(
            select(Quote.id, Quote.speaker_name, Quote.speaker_text).where(
                Quote.speaker_id == speaker.id
            )
        ).all()
        quote_ids = [
            qid for qid, name, text in rows if speaker_key(speaker.kind, name or text or "") in keys
        ]
        target_name = (new_name or names[0]).strip()
        target = insert_or_get(
            session, speaker_key(speaker.kind, target_name), target_name, speaker.kind, None
        )
        if target.id == speaker.id:
            raise InputError(target_name, "is the speaker being split")
        quotes, claims = _move_items(session, speaker.id, target.id, quote_ids)
        moved_aliases = [a for a in speaker.aliases if speaker_key(speaker.kind, a.alias) in keys]
        add_aliases(session, target, [target_name, *names, *(a.alias for a in moved_aliases)])
        for alias in moved_aliases:
            session.execute(delete(SpeakerAlias).where(SpeakerAlias.id == alias.id))
        for key in sorted(keys):
            pin(session, key, target.id, "split")
        return Correction(target.id, target.name, quotes, claims, tuple(sorted(keys)))
