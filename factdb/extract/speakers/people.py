"""The people one article names: their fullest names, pronouns, roles and where they are mentioned.

Built once per article from the masked text (quotations blanked, so nobody named inside a
quotation counts), it answers three questions for the speaker resolver:

- ``canonical``: the fullest name the article uses for a mention ("Trump", "Mrs. May",
  "Gov. Rick Scott") - the same surname, compatible first names, suffixes kept apart
  ("Donald Trump" is not "Donald Trump Jr.");
- ``antecedent``: who "he" or "she" is - the nearest earlier person in the same sentence, else
  the first (subject) person of an earlier sentence whose pronoun fits, at most a few sentences
  back;
- ``by_role``: who "the president" or "the prime minister" is - the last person named with that
  title.

Stages: 1. runs of capitalised words; 2. each split into title words and a name
(:mod:`names_parse`); 3. names grouped into people; 4. every mention placed in its sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Final

from factdb.extract.speakers.names import same_person
from factdb.extract.speakers.names_parse import (
    HONORIFICS,
    SUFFIXES,
    NameSplit,
    is_initial,
    looks_like_surname,
    plain,
    split_name,
)
from factdb.extract.text.lexicon import ORG_WORDS, ROLE_ALIASES, TITLE_WORDS
from factdb.extract.text.sentences import split_sentences

_TOKEN: Final = (
    r"(?:[A-Z][\w’'.&-]*|(?:al|el|bin|ibn|abu|de|da|di|du|van|von|der|la|le)-[A-Z][\w’'-]*)"
)
_PARTICLE: Final = r"(?:van|von|de|der|den|da|di|du|del|dos|la|le|bin|ibn|al|el|St\.)"
RUN_RE: Final = re.compile(
    rf"(?<![\w’'.-]){_TOKEN}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_TOKEN})*"
)
_LOWER_TITLES_RE: Final = re.compile(r"((?:[a-z][\w-]*\s+){1,3})$")

MAX_NAME_WORDS: Final = 4
"""A run of more capitalised words is a title or an organisation, not one person's name."""
MAX_CANDIDATES: Final = 40
"""A pronoun looks at most this many person mentions back."""
BACK_SENTENCES: Final = 4
"""How many sentences back a pronoun may find its person."""
BACK_CHARS: Final = 2500
"""... and how many characters."""


@dataclass(eq=False, slots=True)
class Person:
    """One person of the article under the fullest name it uses."""

    name: str
    surname: str
    gender: str = ""
    roles: set[str] = field(default_factory=set)
    forms: list[str] = field(default_factory=list)
    full: bool = False
    """Whether the article gives more than a surname."""
    description: str | None = None
    """The first title written with the name ("Japanese Prime Minister")."""
    likely: bool = False
    """Named with a known given name, an initial or a title: surely a person, not a place."""
    suffix: str = ""
    """ "jr", "sr", "ii", ...: a son is not his father."""


@dataclass(frozen=True, slots=True)
class PersonMention:
    """Where a person is named: offsets, sentence and whether the person leads the sentence."""

    start: int
    end: int
    person: Person
    sentence: int
    lead: bool


def _role_words(split: NameSplit, lower_before: str) -> set[str]:
    out = set()
    for w in (*split.before, *lower_before.split()):
        low = plain(w)
        if low in TITLE_WORDS or low + "." in TITLE_WORDS:
            out.add(ROLE_ALIASES.get(low, low))
    return out


def _likely(split: NameSplit, lower: str) -> bool:
    return split.anchored or bool(split.before) or bool(_role_words(split, lower))


def _suffix(split: NameSplit) -> str:
    last = plain(split.name[-1]) if split.name else ""
    return last if last in SUFFIXES and len(split.name) > 1 else ""


def _description(split: NameSplit, lower: str) -> str | None:
    titles = [
        w for w in (*lower.split(), *split.before) if plain(w) in TITLE_WORDS or w[:1].isupper()
    ]
    return " ".join(titles) or None


class People:
    """The people of one article (see the module docstring)."""

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.people: list[Person] = []
        self.mentions: list[PersonMention] = []
        self._sent_starts: list[int] = []
        self._starts: list[int] = []
        self._built = False

    def set_sentences(self, starts: list[int]) -> None:
        """Use the extractor's sentence starts rather than splitting the text again."""
        if not self._built:
            self._sent_starts = starts

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        if not self._sent_starts:
            self._sent_starts = [s for s, _ in split_sentences(self.masked)]
        runs: list[tuple[int, int, NameSplit, str]] = []
        singles: list[tuple[int, int, NameSplit]] = []
        # 1.-2. capitalised runs, split into titles and names. A single word can only be the
        # surname of someone named in full, so it waits for the people to be known.
        for m in RUN_RE.finditer(self.masked):
            group = m.group()
            toks = group.split()
            if len(toks) == 1:
                word = toks[0]
                if word[-2:] in ("'s", "’s"):
                    word = word[:-2]
                singles.append((m.start(), m.start() + len(word), NameSplit((), (word,), False)))
                continue
            if len(toks) > 8 or plain(toks[-1]) in ORG_WORDS:
                continue
            split = split_name(toks)
            if not split.name or not looks_like_surname(
                split.name[-1].rstrip("."), anchored=split.anchored or bool(split.before)
            ):
                continue
            name_start = m.start() + group.rfind(split.name[0]) if split.before else m.start()
            low = _LOWER_TITLES_RE.search(self.masked, max(0, m.start() - 40), m.start())
            runs.append((name_start, m.end(), split, low.group(1) if low else ""))
        # 3. people: full names (likely ones first), then titled surnames ("Mr. Morsi") of
        # nobody named in full.
        for _start, _end, split, lower in sorted(runs, key=lambda r: not _likely(r[2], r[3])):
            if 2 <= len(split.name) <= MAX_NAME_WORDS and all(
                looks_like_surname(w, anchored=True) or plain(w) in SUFFIXES or is_initial(w)
                for w in split.name
                if w[:1].isupper()
            ):
                person = self._add(split, lower, full=True)
                person.likely = person.likely or _likely(split, lower)
        for start, _end, split, lower in runs:
            titled = any(
                plain(w) in HONORIFICS or plain(w) + "." in TITLE_WORDS for w in split.before
            )
            if len(split.name) == 1 and titled and self._find(split, start) is None:
                self._add(split, lower, full=False)
        # 4. mentions, in text order.
        surnames = {p.surname for p in self.people}
        found = [r for r in singles if plain(r[2].name[0]) in surnames]
        found += [(start, end, split) for start, end, split, _lower in runs]
        roles = {start: _role_words(split, lower) for start, _e, split, lower in runs}
        for start, end, split in sorted(found, key=lambda r: r[0]):
            who = self._find(split, start)
            if who is not None:
                who.roles |= roles.get(start, set())
                self._mention(start, end, who)
        self._starts = [mm.start for mm in self.mentions]

    def _add(self, split: NameSplit, lower: str, *, full: bool) -> Person:
        name = " ".join(w.rstrip(",") for w in split.name)
        name = re.sub(r"[’']s$", "", name)
        surname, suffix = split.surname, _suffix(split)
        for p in self.people:
            if (
                p.surname == surname
                and p.suffix == suffix
                and (not full or p.full)
                and (name in p.forms or same_person(p.name, name))
            ):
                if len(name.split()) > len(p.name.split()):
                    p.name = name
                p.gender = p.gender or split.gender
                if name not in p.forms:
                    p.forms.append(name)
                p.description = p.description or _description(split, lower)
                return p
        person = Person(name, split.surname, split.gender, _role_words(split, lower), [name], full)
        person.description = _description(split, lower)
        person.likely = not full
        person.suffix = _suffix(split)
        self.people.append(person)
        return person

    def _find(self, split: NameSplit, pos: int) -> Person | None:
        """The person a name (full or surname) at POS refers to."""
        if not split.name:
            return None
        name = " ".join(split.name)
        suffix = _suffix(split)
        surname = split.surname
        cands = [p for p in self.people if p.surname == surname and p.suffix == suffix]
        if len(split.name) >= 2:
            cands = [p for p in cands if name in p.forms or same_person(p.name, name)]
        if len(cands) <= 1:
            return cands[0] if cands else None
        # Several people share the surname: the one named last before POS, else the first.
        k = bisect.bisect_left(self._starts, pos) if self._starts else len(self.mentions)
        for mm in reversed(self.mentions[:k]):
            if mm.person in cands:
                return mm.person
        return cands[0]

    def _mention(self, start: int, end: int, person: Person) -> None:
        sent = max(0, bisect.bisect_right(self._sent_starts, start) - 1)
        lead = not self.mentions or self.mentions[-1].sentence != sent
        self.mentions.append(PersonMention(start, end, person, sent, lead))

    def canonical(self, words: list[str], pos: int) -> tuple[str, Person | None]:
        """The fullest name for the mention WORDS at POS, and its person when one is known."""
        self._build()
        split = split_name(words)
        if not split.name:
            return " ".join(words), None
        person = self._find(split, pos)
        if person is not None:
            return person.name, person
        return " ".join(w.rstrip(",") for w in split.name), None

    def gender_of(self, words: list[str]) -> str:
        """The pronoun a written name implies ("Mrs. May" -> "she"), or ""."""
        return split_name(words).gender

    def antecedent(self, pronoun: str, pos: int) -> PersonMention | None:
        """The person "he" or "she" at POS refers to (see the module docstring)."""
        self._build()
        sent = max(0, bisect.bisect_right(self._sent_starts, pos) - 1)
        k = bisect.bisect_left(self._starts, pos)
        earlier = self.mentions[max(0, k - MAX_CANDIDATES) : k]
        fits = [mm for mm in earlier if mm.person.gender in ("", pronoun) and mm.person.likely]
        same = [mm for mm in fits if mm.sentence == sent]
        if same:
            return same[-1]
        for back in range(1, BACK_SENTENCES + 1):
            in_sent = [mm for mm in fits if mm.sentence == sent - back]
            if in_sent and pos - in_sent[0].start <= BACK_CHARS:
                return in_sent[0]
        return None

    def by_role(self, role: str, pos: int) -> Person | None:
        """The last person named with ROLE ("president", "prime minister") before POS."""
        self._build()
        role = ROLE_ALIASES.get(role, role)
        found = None
        for mm in self.mentions:
            if mm.start >= pos:
                break
            if role in mm.person.roles:
                found = mm.person
        if found is None:
            with_role = [p for p in self.people if role in p.roles]
            found = with_role[0] if len(with_role) == 1 else None
        return found
