"""The speaker registry: one stored speaker per key, found or made safely under concurrency.

An article's speaker (its canonical name within the article) is stored as:

1. the speaker a correction pinned its key to (``speaker_pins``), so corrections hold for
   every later ingest;
2. else, for a bare surname, the one stored person with a full name ending in it, when the
   archive has exactly one (the evidence that "Trump" is "Donald Trump"); never when two
   people share the surname;
3. else the speaker with the same key;
4. else, for a full name, the one stored person judged the same by ``same_person`` through a
   shared alias ("Joe Biden" and "Joseph R. Biden");
5. else a new speaker, inserted with ``INSERT ... ON CONFLICT DO NOTHING`` on the unique key
   and read back, so concurrent ingests of the same person make one speaker. Once a key exists,
   later mentions with that key always find it.

A new full name also takes over a bare-surname speaker stored before it (the same evidence as
2, seen in the other order: "Trump" ingested before any "Donald Trump"), when it is the only
full name of that surname and no correction pinned the surname.

Anonymous sources are no speakers: their quotes keep a description.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from factdb.extract.records import SpeakerKind, SpeakerRef
from factdb.extract.speakers.names import name_key, registry_key, same_person
from factdb.models import Claim, Quote, Speaker, SpeakerAlias, SpeakerPin
from factdb.models.base import utcnow

ALIAS_MAX = 255


def speaker_key(kind: SpeakerKind | str, name: str) -> str:
    """The key a speaker of KIND named NAME is unique by."""
    return registry_key(str(kind), name)


def resolve_speaker(session: Session, ref: SpeakerRef) -> Speaker | None:
    """The stored speaker REF refers to, made when none matches; None for anonymous sources."""
    if ref.kind == SpeakerKind.ANONYMOUS or not ref.name:
        return None  # an unnamed source, or a mention that names nobody
    key = speaker_key(ref.kind, ref.name)
    speaker = (
        _pinned(session, key)
        or _by_surname(session, ref, key)
        or session.scalar(select(Speaker).where(Speaker.key == key))
        or _same_person(session, ref)
        or _new_person(session, key, ref)
    )
    if speaker.description is None and ref.description:
        speaker.description = ref.description[:ALIAS_MAX]
    add_aliases(session, speaker, surface_forms(ref))
    return speaker


def _new_person(session: Session, key: str, ref: SpeakerRef) -> Speaker:
    """A new speaker for REF; a full name takes over the bare surname stored before it."""
    speaker = insert_or_get(session, key, ref.name, ref.kind, ref.description)
    words = key.split()
    if ref.kind == SpeakerKind.PERSON and len(words) > 1 and words[-1] not in SUFFIX_KEYS:
        _absorb_surname(session, speaker, words[-1])
    return speaker


def _absorb_surname(session: Session, speaker: Speaker, surname: str) -> None:
    """Move the bare-surname speaker SURNAME into SPEAKER when it is the surname's one person."""
    bare = session.scalar(
        select(Speaker).where(Speaker.kind == SpeakerKind.PERSON, Speaker.key == surname)
    )
    if bare is None or bare.id == speaker.id or _pinned(session, surname) is not None:
        return
    if session.scalar(select(SpeakerPin.key).where(SpeakerPin.speaker_id == bare.id).limit(1)):
        return  # a correction chose this speaker: leave it to the people who made it
    others = session.scalars(
        select(Speaker.id)
        .where(Speaker.kind == SpeakerKind.PERSON, Speaker.key.like(f"% {surname}"))
        .limit(2)
    ).all()
    if others != [speaker.id] or _opens_a_name(session, surname):
        return
    for model in (Quote, Claim):
        session.execute(
            update(model).where(model.speaker_id == bare.id).values(speaker_id=speaker.id)
        )
    add_aliases(session, speaker, [bare.name, *(a.alias for a in bare.aliases)])
    session.delete(bare)
    session.flush()


def _pinned(session: Session, key: str) -> Speaker | None:
    return session.scalar(
        select(Speaker)
        .join(SpeakerPin, SpeakerPin.speaker_id == Speaker.id)
        .where(SpeakerPin.key == key)
    )


_JOINING = frozenset({"and", "of", "the", "for", "&", "in", "at"})


def family_first(key: str) -> bool:
    """Whether a person's key reads as a family name written first, as East Asian names are
    ("kim jong un", "kim kye-gwan", "lee hsien loong"): a hyphenated given name after it, or
    two short syllables (a body stored as a person, "nielsen media research", is not)."""
    words = key.split(" ")
    if _JOINING.intersection(words):
        return False
    if len(words) == 2:
        return "-" in words[1]
    return len(words) == 3 and all(len(w) <= 5 for w in words[1:])


def _opens_a_name(session: Session, word: str) -> bool:
    """Whether a stored person's name opens with WORD as its family name (`family_first`), so
    a bare WORD may be that person as well as one whose name ends in it."""
    keys = session.scalars(
        select(Speaker.key).where(Speaker.kind == SpeakerKind.PERSON, Speaker.key.like(f"{word} %"))
    )
    return any(family_first(key) for key in keys)


def _by_surname(session: Session, ref: SpeakerRef, key: str) -> Speaker | None:
    """The one stored person whose full name ends in this bare surname, if exactly one and
    no stored person's name opens with it (`_opens_a_name`)."""
    if ref.kind != SpeakerKind.PERSON or " " in key or not key:
        return None
    found = session.scalars(
        select(Speaker)
        .where(Speaker.kind == SpeakerKind.PERSON, Speaker.key.like(f"% {key}"))
        .limit(2)
    ).all()
    if len(found) != 1 or _opens_a_name(session, key):
        return None
    return found[0]


def _same_person(session: Session, ref: SpeakerRef) -> Speaker | None:
    if ref.kind != SpeakerKind.PERSON:
        return None
    keys = {k for form in surface_forms(ref) if (k := name_key(form))}
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
    # Two stored people fit: without more evidence the mention gets its own key.
    return matches[0] if len(matches) == 1 else None


def _insert(session: Session, table: type[Speaker] | type[SpeakerAlias], **values: object) -> None:
    """``INSERT ... ON CONFLICT DO NOTHING`` on either backend."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(table).values(**values).on_conflict_do_nothing())


def insert_or_get(
    session: Session, key: str, name: str, kind: SpeakerKind, description: str | None
) -> Speaker:
    """The speaker with KEY, inserted first when there is none (safe against concurrent ingests)."""
    _insert(
        session,
        Speaker,
        key=key,
        name=name[:ALIAS_MAX],
        kind=kind,
        description=description[:ALIAS_MAX] if description else None,
        created_at=utcnow(),
    )
    return session.scalars(select(Speaker).where(Speaker.key == key)).one()


def surface_forms(ref: SpeakerRef) -> list[str]:
    """The names REF was seen under (not pronouns), each once, its canonical name first."""
    forms = [ref.name, *ref.aliases]
    # Pronouns and descriptions are how the article pointed at the speaker, not names.
    forms = [f for f in forms if f and f[:1].isupper() and f.lower() not in _NOT_NAMES]
    return [f for i, f in enumerate(forms) if f not in forms[:i]]


SUFFIX_KEYS = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Last words of a key that are no surname (\"Donald Trump Jr.\")."""
_NOT_NAMES = frozenset({"he", "she", "they", "i", "we", "it", "him", "her", "them"})


def add_aliases(session: Session, speaker: Speaker, forms: Iterable[str]) -> None:
    """Store FORMS as aliases of SPEAKER, skipping those it has (also under concurrency)."""
    for form in forms:
        if len(form) <= ALIAS_MAX:
            _insert(
                session,
                SpeakerAlias,
                speaker_id=speaker.id,
                alias=form,
                alias_key=name_key(form) or form,
            )


def find_speakers(session: Session, needle: str) -> list[Speaker]:
    """Speakers whose id, name or alias is NEEDLE (an id, or a name matched without case)."""
    if needle.isdigit():
        found = session.get(Speaker, int(needle))
        return [found] if found is not None else []
    low = needle.lower()
    return list(
        session.scalars(
            select(Speaker)
            .outerjoin(SpeakerAlias)
            .where(or_(func.lower(Speaker.name) == low, func.lower(SpeakerAlias.alias) == low))
            .distinct()
            .order_by(Speaker.id)
        ).all()
    )
