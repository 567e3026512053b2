"""The speaker registry and the outlets held in memory while many articles are stored.

`speakers.resolve_speaker` answers one mention with several queries; storing an archive makes
thousands of mentions a second. `RegistryCache` answers them from memory with the registry's
own rules, in the same order (see `factdb.services.speakers.registry`):

1. the speaker a correction pinned the key to;
2. for a bare surname, the one stored person whose key ends in it;
3. the speaker with the same key;
4. for a person, the one stored person `same_person` accepts through a shared alias key;
5. else a new speaker, made with the registry's own ``insert_or_get`` (``INSERT ... ON
   CONFLICT DO NOTHING`` on the unique key, read back), so concurrent ingests still make one
   speaker per key; a new full name takes over the bare-surname speaker stored before it when
   it is that surname's one person and no correction involves the surname (its rows, name and
   aliases move to the new speaker at `flush`).

A new speaker is inserted at once (the next mention may need it); the aliases and descriptions
learnt are written together by `flush`, inside the same transaction. `refresh`, called at the
start of every batch, reads what other runs committed since: new speakers, aliases and outlets,
and everything again when a correction (a pin) was made. A batch rolled back leaves the cache
wrong, so the caller then calls `reset`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from factdb.extract.records import SpeakerKind, SpeakerRef
from factdb.extract.speakers.names import name_key, same_person
from factdb.models import Claim, Outlet, Quote, Speaker, SpeakerAlias, SpeakerPin
from factdb.models.base import utcnow
from factdb.services.speakers.registry import (
    ALIAS_MAX,
    SUFFIX_KEYS,
    family_first,
    speaker_key,
    surface_forms,
)

OUTLET_MAX = 255


@dataclass(slots=True)
class _Entry:
    """One stored speaker as the rules need it."""

    id: int
    key: str
    name: str
    kind: str
    description: str | None
    aliases: list[str] = field(default_factory=list)


def _dialect_insert(session: Session) -> Any:
    dialect = session.get_bind().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


class RegistryCache:
    """Speakers, their aliases, pins and outlets, read once and kept up to date."""

    def __init__(self) -> None:
        self._loaded = False
        self._entries: dict[int, _Entry] = {}
        self._by_key: dict[str, int] = {}
        self._pins: dict[str, int] = {}
        self._pin_mark: tuple[int, int] = (0, 0)
        self._surnames: dict[str, set[int]] = {}
        """Last word of a person's key with two or more words -> those people."""
        self._openers: dict[str, set[int]] = {}
        """Family name of a person's key written family name first (`family_first`) -> them."""
        self._alias_keys: dict[str, set[int]] = {}
        self._keys_of: dict[int, set[str]] = {}
        """Speaker -> the alias keys it is listed under in `_alias_keys`."""
        self._alias_pairs: set[tuple[int, str]] = set()
        self._speaker_mark = 0
        self._alias_mark = 0
        self._outlets: dict[str, int] = {}
        self._new_aliases: list[tuple[_Entry, str, str]] = []
        self._pending: list[_Entry] = []
        self._next_new = 0
        self._descriptions: dict[int, str] = {}
        self._absorbed: list[tuple[int, str, _Entry]] = []
        """Bare-surname speakers taken over by a new full name, to move at `flush`."""

    # -- reading the registry ---------------------------------------------------------------

    def reset(self) -> None:
        """Forget everything: the next `refresh` reads the registry again."""
        self.__init__()  # type: ignore[misc]

    def refresh(self, session: Session) -> None:
        """Read what was committed since the last look (all of it the first time)."""
        mark = session.execute(
            select(func.count(), func.coalesce(func.max(SpeakerPin.id), 0))
        ).one()
        pin_mark = (int(mark[0]), int(mark[1]))
        if self._loaded and pin_mark != self._pin_mark:
            self.reset()  # a correction moved keys or removed speakers: read it all again
        self._pin_mark = pin_mark
        if not self._loaded:
            pins = session.execute(select(SpeakerPin.key, SpeakerPin.speaker_id))
            self._pins = dict(pins.all())
            outlets = session.execute(select(Outlet.name, Outlet.id))
            self._outlets = dict(outlets.all())
            self._loaded = True
        speakers = session.execute(
            select(Speaker.id, Speaker.key, Speaker.name, Speaker.kind, Speaker.description)
            .where(Speaker.id > self._speaker_mark)
            .order_by(Speaker.id)
        )
        for sid, key, name, kind, description in speakers:
            self._add_entry(_Entry(sid, key, name, str(kind), description))
            self._speaker_mark = max(self._speaker_mark, sid)
        aliases = session.execute(
            select(
                SpeakerAlias.id, SpeakerAlias.speaker_id, SpeakerAlias.alias, SpeakerAlias.alias_key
            )
            .where(SpeakerAlias.id > self._alias_mark)
            .order_by(SpeakerAlias.id)
        )
        for aid, sid, alias, alias_key in aliases:
            self._add_alias(sid, alias, alias_key)
            self._alias_mark = max(self._alias_mark, aid)

    def _add_entry(self, entry: _Entry) -> None:
        if entry.id in self._entries:
            return
        self._entries[entry.id] = entry
        self._by_key[entry.key] = entry.id
        if entry.kind == SpeakerKind.PERSON and " " in entry.key:
            self._surnames.setdefault(entry.key.rsplit(" ", 1)[1], set()).add(entry.id)
            if family_first(entry.key):
                self._openers.setdefault(entry.key.split(" ", 1)[0], set()).add(entry.id)

    def _add_alias(self, speaker_id: int, alias: str, alias_key: str) -> bool:
        entry = self._entries.get(speaker_id)
        if entry is None or (speaker_id, alias) in self._alias_pairs:
            return False
        self._alias_pairs.add((speaker_id, alias))
        entry.aliases.append(alias)
        self._alias_keys.setdefault(alias_key, set()).add(speaker_id)
        self._keys_of.setdefault(speaker_id, set()).add(alias_key)
        return True

    # -- resolving ----------------------------------------------------------------------------

    def speaker(self, session: Session, ref: SpeakerRef) -> int | None:
        """The id of the stored speaker REF refers to (`resolve_speaker`'s rules), or None."""
        if ref.kind == SpeakerKind.ANONYMOUS or not ref.name:
            return None
        key = _key(str(ref.kind), ref.name)
        found = (
            self._pins.get(key)
            or self._by_surname(ref, key)
            or self._by_key.get(key)
            or self._same_person(ref)
            or self._new(key, ref)
        )
        entry = self._entries[found]
        if entry.description is None and ref.description:
            entry.description = ref.description[:ALIAS_MAX]
            if found > 0:
                self._descriptions[found] = entry.description
        for form in surface_forms(ref):
            if len(form) <= ALIAS_MAX and self._add_alias(found, form, _name_key(form) or form):
                self._new_aliases.append((entry, form, _name_key(form) or form))
        return found

    def _by_surname(self, ref: SpeakerRef, key: str) -> int | None:
        if ref.kind != SpeakerKind.PERSON or " " in key or not key:
            return None
        if "_" in key or "%" in key:
            # The registry's LIKE '% KEY' reads these as wildcards: match as it does.
            pattern = re.compile(_like(f"% {key}"), re.IGNORECASE | re.DOTALL)
            ids = [
                e.id
                for e in self._entries.values()
                if e.kind == SpeakerKind.PERSON and pattern.fullmatch(e.key)
            ]
            opens = re.compile(_like(f"{key} %"), re.IGNORECASE | re.DOTALL)
            if any(
                e.kind == SpeakerKind.PERSON and opens.fullmatch(e.key) and family_first(e.key)
                for e in self._entries.values()
            ):
                return None
            return ids[0] if len(ids) == 1 else None
        found = self._surnames.get(key, ())
        return next(iter(found)) if len(found) == 1 and not self._openers.get(key) else None

    def _same_person(self, ref: SpeakerRef) -> int | None:
        if ref.kind != SpeakerKind.PERSON:
            return None
        keys = {k for form in surface_forms(ref) if (k := _name_key(form))}
        ids = sorted({i for k in keys for i in self._alias_keys.get(k, ())})
        matches = [
            i
            for i in ids
            if (c := self._entries[i]).kind == ref.kind
            and same_person(
                ref.name, c.name, a_aliases=tuple(ref.aliases), b_aliases=tuple(c.aliases)
            )
        ]
        return matches[0] if len(matches) == 1 else None

    def _new(self, key: str, ref: SpeakerRef) -> int:
        """A speaker to insert at `flush`, known until then by a negative id."""
        self._next_new -= 1
        description = ref.description[:ALIAS_MAX] if ref.description else None
        entry = _Entry(self._next_new, key, ref.name[:ALIAS_MAX], str(ref.kind), description)
        self._add_entry(entry)
        self._pending.append(entry)
        words = key.split()
        if entry.kind == SpeakerKind.PERSON and len(words) > 1 and words[-1] not in SUFFIX_KEYS:
            self._absorb_surname(entry, words[-1])
        return entry.id

    def _absorb_surname(self, entry: _Entry, surname: str) -> None:
        """Let ENTRY take over the bare-surname speaker SURNAME, as the registry does."""
        bare_id = self._by_key.get(surname)
        bare = self._entries.get(bare_id) if bare_id is not None else None
        if bare is None or bare.kind != SpeakerKind.PERSON or surname in self._pins:
            return
        if bare.id in self._pins.values() or self._surnames.get(surname) != {entry.id}:
            return
        if self._openers.get(surname):
            return  # the surname opens another person's name ("Kim Jong Un"): either's
        del self._entries[bare.id]
        del self._by_key[surname]
        for alias_key in self._keys_of.pop(bare.id, ()):  # not every key: the registry grows
            self._alias_keys[alias_key].discard(bare.id)
        self._new_aliases = [a for a in self._new_aliases if a[0] is not bare]
        if bare in self._pending:
            self._pending.remove(bare)
        for form in [bare.name, *bare.aliases]:
            form_key = _name_key(form) or form
            if len(form) <= ALIAS_MAX and self._add_alias(entry.id, form, form_key):
                self._new_aliases.append((entry, form, form_key))
        self._absorbed.append((bare.id, bare.key, entry))

    def outlet(self, session: Session, name: str | None) -> int | None:
        """The id of the outlet called NAME, made when there is none."""
        if not name:
            return None
        name = name.strip()[:OUTLET_MAX]
        found = self._outlets.get(name)
        if found is None:
            insert = _dialect_insert(session)
            session.execute(insert(Outlet).values(name=name).on_conflict_do_nothing())
            found = session.scalars(select(Outlet.id).where(Outlet.name == name)).one()
            self._outlets[name] = found
        return found

    # -- writing --------------------------------------------------------------------------------

    def flush(self, session: Session) -> dict[int, int]:
        """Write the speakers, aliases and descriptions learnt since the last flush.

        New speakers are inserted with ``ON CONFLICT DO NOTHING`` on their key and read back,
        as `insert_or_get` does: a speaker another run made a moment ago is used, not doubled.
        Returns the stored id of each negative id handed out since the last flush.
        """
        connection = session.connection()
        insert = _dialect_insert(session)
        ids: dict[int, int] = {}
        # A bare surname taken over here and made again since (a second person of that surname
        # came in the same batch) is written only once the old row is gone.
        gone = {key for bare_id, key, _ in self._absorbed if bare_id > 0}
        again = [e for e in self._pending if e.key in gone]
        ids.update(self._insert(session, [e for e in self._pending if e.key not in gone]))
        for bare_id, _, entry in self._absorbed:
            ids[bare_id] = entry.id
            if bare_id > 0:
                self._move_rows(session, bare_id, entry.id)
        self._absorbed = []
        ids.update(self._insert(session, again))
        self._pending = []
        if self._new_aliases:
            stmt = insert(SpeakerAlias.__table__).on_conflict_do_nothing()
            aliases = [
                {"speaker_id": e.id, "alias": alias, "alias_key": alias_key}
                for e, alias, alias_key in self._new_aliases
            ]
            connection.execute(stmt, aliases)
            self._new_aliases = []
        if self._descriptions:
            table = _speakers()
            stmt = (
                update(table)
                .where(table.c.id == bindparam("sid"), table.c.description.is_(None))
                .values(description=bindparam("text"))
            )
            connection.execute(
                stmt, [{"sid": sid, "text": text} for sid, text in self._descriptions.items()]
            )
            self._descriptions = {}
        return ids

    def _insert(self, session: Session, pending: list[_Entry]) -> dict[int, int]:
        """Insert PENDING (``ON CONFLICT DO NOTHING``, read back); their negative ids' new ones."""
        if not pending:
            return {}
        now = utcnow()
        rows = [
            {
                "key": e.key,
                "name": e.name,
                "kind": e.kind,
                "description": e.description,
                "created_at": now,
            }
            for e in pending
        ]
        connection = session.connection()
        connection.execute(_dialect_insert(session)(_speakers()).on_conflict_do_nothing(), rows)
        keys = [e.key for e in pending]
        found = connection.execute(select(Speaker.id, Speaker.key).where(Speaker.key.in_(keys)))
        stored = {key: sid for sid, key in found}
        ids: dict[int, int] = {}
        for entry in pending:
            ids[entry.id] = stored[entry.key]
            self._renumber(entry, stored[entry.key])
        return ids

    @staticmethod
    def _move_rows(session: Session, bare_id: int, speaker_id: int) -> None:
        """Give BARE_ID's quotes and claims to SPEAKER_ID and remove the bare speaker."""
        connection = session.connection()
        for model in (Quote, Claim):
            table = cast(Table, model.__table__)
            connection.execute(
                update(table).where(table.c.speaker_id == bare_id).values(speaker_id=speaker_id)
            )
        aliases = cast(Table, SpeakerAlias.__table__)
        connection.execute(delete(aliases).where(aliases.c.speaker_id == bare_id))
        connection.execute(delete(_speakers()).where(_speakers().c.id == bare_id))

    def _renumber(self, entry: _Entry, stored: int) -> None:
        """Give ENTRY, known by a negative id, the id it was stored under."""
        old = entry.id
        del self._entries[old]
        entry.id = stored
        self._entries.setdefault(stored, entry)
        self._by_key[entry.key] = stored
        words = entry.key.split(" ")
        for ids in (self._surnames.get(words[-1]), self._openers.get(words[0])):
            if ids is not None and old in ids:
                ids.discard(old)
                ids.add(stored)
        for alias in entry.aliases:
            self._alias_pairs.discard((old, alias))
            self._alias_pairs.add((stored, alias))
        keys = self._keys_of.pop(old, set())
        for alias_key in keys:
            ids = self._alias_keys[alias_key]
            ids.discard(old)
            ids.add(stored)
        self._keys_of.setdefault(stored, set()).update(keys)


@lru_cache(maxsize=65_536)
def _name_key(name: str) -> str:
    """`name_key`, remembered: the same names recur in every batch."""
    return name_key(name)


@lru_cache(maxsize=65_536)
def _key(kind: str, name: str) -> str:
    return speaker_key(kind, name)


def _speakers() -> Table:
    return cast(Table, Speaker.__table__)


def _like(pattern: str) -> str:
    """A LIKE pattern as a regular expression."""
    return "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
