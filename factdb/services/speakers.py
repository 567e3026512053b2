"""Resolving an article's speakers to stored ones, merging across articles conservatively."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from factdb.extract.records import SpeakerKind, SpeakerRef
from factdb.extract.speakers.names import name_key, same_person
from factdb.models import Speaker, SpeakerAlias

# Kinds whose name identifies them: an organisation or a document of the same name is the same
# one. Anonymous sources are never merged across articles: two "senior officials" of two
# reports may be two people.
_MERGE_BY_NAME = frozenset({SpeakerKind.ORGANIZATION, SpeakerKind.DOCUMENT})


def resolve_speaker(session: Session, ref: SpeakerRef) -> Speaker:
    """The stored speaker REF refers to, created (with its aliases) when none matches."""
    speaker = None if ref.kind == SpeakerKind.ANONYMOUS else _find(session, ref)
    if speaker is None:
        speaker = Speaker(name=ref.name, kind=ref.kind, description=ref.description)
        session.add(speaker)
    elif speaker.description is None and ref.description:
        speaker.description = ref.description
    _add_aliases(speaker, ref)
    return speaker


def _surface_forms(ref: SpeakerRef) -> list[str]:
    forms = [ref.name, *ref.aliases]
    return [f for i, f in enumerate(forms) if f and f not in forms[:i]]


def _find(session: Session, ref: SpeakerRef) -> Speaker | None:
    keys = {key for form in _surface_forms(ref) if (key := name_key(form))}
    if not keys:
        return None
    candidates = session.scalars(
        select(Speaker)
        .join(SpeakerAlias)
        .where(SpeakerAlias.alias_key.in_(keys), Speaker.kind == ref.kind)
        .options(selectinload(Speaker.aliases))
        .distinct()
        .order_by(Speaker.id)
    ).all()
    exact = [c for c in candidates if name_key(c.name) == name_key(ref.name)]
    if ref.kind in _MERGE_BY_NAME or len(exact) == 1:
        return exact[0] if exact else None
    matches = [
        c
        for c in candidates
        if same_person(
            ref.name,
            c.name,
            a_aliases=tuple(ref.aliases),
            b_aliases=tuple(a.alias for a in c.aliases),
        )
    ]
    # Two stored people fit: without more evidence the new mention is its own speaker.
    return matches[0] if len(matches) == 1 else None


def _add_aliases(speaker: Speaker, ref: SpeakerRef) -> None:
    known = {a.alias for a in speaker.aliases} if speaker.id is not None else set()
    for form in _surface_forms(ref):
        if form not in known and len(form) <= 255:
            speaker.aliases.append(SpeakerAlias(alias=form, alias_key=name_key(form) or form))
            known.add(form)
