"""Resolution of an article's speaker mentions to one canonical speaker each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from factdb.extract.records import SpeakerKind, SpeakerRef
from factdb.extract.speakers.tokens import (
    Mention,
    clean,
    core_tokens,
    split_title,
    strip_possessive,
)
from factdb.extract.text.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    NAME_STOPWORDS,
    ORG_WORDS,
    PLURAL_PERSON_NOUNS,
    ROLE_ALIASES,
    SPEAKER_PREPS,
)

_JOINT_NAME: Final = r"((?:[A-Z][\w’'.\-]*[ \t]+){1,5}[A-Z][\w’'\-]+)"


_JOINT_RE: Final = re.compile(
    _JOINT_NAME + r"(?:,[ \t]+[a-z]+,)?[ \t]+and[ \t]+" + _JOINT_NAME + r"(?=[ \t]+[a-z])"
)


_NAME_PREFIX_RE: Final = re.compile(
    r"(?<![\w’'])(?:(?:[A-Z][\w’'\-]*|[A-Z]\.(?:[A-Z]\.)*|[A-Z][a-z]{1,2}\.|"
    r"de|van|von|der|bin|al|la|le|del|da|di) ){1,6}$"
)


@dataclass(slots=True, eq=False)
class Entity:
    name: str
    kind: SpeakerKind
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    gender: str = ""
    head: str = ""
    words: frozenset[str] = frozenset()
    plural: bool = False
    members: tuple[str, ...] = ()


class SpeakerResolver:
    """Resolves mentions of one article, in text order, to canonical speakers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._full_cache: dict[str, list[tuple[int, str]]] = {}
        self._titles: dict[str, str] = {}
        """Titles written before full names anywhere in the text ("Japanese Prime Minister")."""
        self.entities: dict[str, Entity] = {}
        self.recent: list[Entity] = []

    def _fulls_for(self, surname: str) -> list[tuple[int, str]]:
        """Full names ending in *surname* (two words or more, titles stripped), in text order."""
        key = clean(surname)
        if key in self._full_cache:
            return self._full_cache[key]
        out: list[tuple[int, str]] = []
        text = self.text
        i = text.find(surname)
        while i >= 0:
            j = i + len(surname)
            ok_end = j >= len(text) or not (text[j].isalnum() or text[j] == "-")
            # Cheap test first: the word before must be capitalised or an initial.
            k = i - 2
            while k >= 0 and not text[k].isspace() and i - k < 30:
                k -= 1
            ok_prev = i >= 2 and text[i - 1] == " " and text[k + 1 : k + 2].isupper()
            m = _NAME_PREFIX_RE.search(text, max(0, i - 80), i) if ok_end and ok_prev else None
            i = text.find(surname, j)
            if m is None:
                continue
            written = m.group() + surname
            toks = core_tokens(written)
            toks = [t for t in toks if t and clean(t) not in NAME_STOPWORDS]
            if len(toks) < 2 or any(clean(t) in ORG_WORDS for t in toks):
                continue
            full = " ".join(toks)
            out.append((m.start(), full))
            words = written.split()
            n = split_title(words)
            if n and full not in self._titles:
                self._titles[full] = " ".join(words[:n])
        self._full_cache[key] = out
        return out

    def _full_name(self, core: list[str], pos: int) -> str:
        if not core:
            return ""
        if len(core) >= 2:
            return " ".join(core)
        cands = self._fulls_for(core[-1])
        if not cands:
            return core[0]
        before = [c for c in cands if c[0] <= pos]
        if before:
            return before[-1][1]
        return cands[0][1]

    def _entity(self, name: str, kind: SpeakerKind) -> Entity:
        ent = self.entities.get(name)
        if ent is None:
            ent = Entity(name=name, kind=kind)
            ent.words = frozenset(clean(w) for w in name.split())
            self.entities[name] = ent
        return ent

    def _touch(self, ent: Entity, alias: str, description: str | None) -> None:
        if alias and alias not in ent.aliases:
            ent.aliases.append(alias)
        if description and ent.description is None:
            ent.description = description
        if ent in self.recent:
            self.recent.remove(ent)
        self.recent.append(ent)

    def resolve(self, m: Mention, antecedent: Mention | None = None) -> SpeakerRef:
        """The canonical speaker of mention *m*, remembering it for later pronouns.

        *antecedent* is a name written in the same sentence before a pronoun ("Flynn said Trump
        was right when he said"), preferred to the most recent speaker.
        """
        ent: Entity | None = None
        if m.kind == "pronoun" and antecedent is not None:
            core = core_tokens(antecedent.text)
            name = self._full_name(core, antecedent.start) if core else ""
            if name and not any(clean(w) in ORG_WORDS for w in core):
                ent = self._entity(name, SpeakerKind.PERSON)
                if ent.kind != SpeakerKind.PERSON or ent.plural:
                    ent = None
        if ent is not None:
            pass
        elif m.kind == "pronoun":
            ent = self._pronoun(m.head)
            if ent is None:
                return SpeakerRef(
                    name=m.text,
                    kind=SpeakerKind.PERSON,
                    text=m.text,
                    start=m.start,
                    end=m.end,
                    aliases=(m.text,),
                )
            if m.head in ("he", "she") and not ent.gender:
                ent.gender = m.head
        elif m.kind == "joint":
            names = [self._full_name(core_tokens(p), m.start) for p in m.parts]
            ent = self._entity(" and ".join(names), SpeakerKind.PERSON)
            ent.plural = True
            ent.members = tuple(names)
            for nm in names:
                self._touch(self._entity(nm, SpeakerKind.PERSON), "", None)
        elif m.kind == "np":
            ent = self._described(m)
        else:
            core = core_tokens(m.text)
            if m.head == "org" or any(clean(w) in ORG_WORDS for w in core):
                # Organisations keep every word ("State Department"), only "the" goes.
                org_words = [strip_possessive(w) for w in m.text.split()]
                while org_words and org_words[0].lower() == "the":
                    org_words.pop(0)
                name = " ".join(org_words) or m.text
                # "The Post" after "The New York Post"
                for other in reversed(self.recent):
                    if other.kind == SpeakerKind.ORGANIZATION and other.name.endswith(name):
                        name = other.name
                        break
                ent = self._entity(name, SpeakerKind.ORGANIZATION)
                ent.plural = True
            else:
                name = self._full_name(core, m.start) or m.text
                ent = self._entity(name, SpeakerKind.PERSON)
                if name != m.text and name not in ent.aliases:
                    ent.aliases.append(name)
                if ent.description is None and m.description is None:
                    ent.description = self._titles.get(name)
        self._touch(ent, m.text, m.description)
        return SpeakerRef(
            name=ent.name,
            kind=ent.kind,
            text=m.text,
            start=m.start,
            end=m.end,
            description=ent.description,
            aliases=tuple(ent.aliases),
        )

    def _joint_before(self, pos: int) -> Entity | None:
        """The last "NAME and NAME" pair of people written before *pos*."""
        found = None
        for mm in _JOINT_RE.finditer(self.text, max(0, pos - 3000), pos):
            found = mm
        if found is None:
            # A headline or summary may come before the names: look a little ahead.
            found = _JOINT_RE.search(self.text, pos, pos + 1500)
        if found is None:
            return None
        a = core_tokens(found.group(1))
        b = core_tokens(found.group(2))
        if len(a) < 2 or len(b) < 2:
            return None
        names = [" ".join(a), " ".join(b)]
        ent = self._entity(" and ".join(names), SpeakerKind.PERSON)
        ent.plural = True
        ent.members = tuple(names)
        return ent

    def _pronoun(self, p: str) -> Entity | None:
        for ent in reversed(self.recent):
            if p in ("he", "she"):
                person = ent.kind in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)
                if person and not ent.plural and (not ent.gender or ent.gender == p):
                    return ent
            elif p in ("they", "we"):
                if ent.plural:
                    return ent
            elif p == "it":
                if ent.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.DOCUMENT):
                    return ent
            elif p == "i":
                return ent
        return None

    def _described(self, m: Mention) -> Entity:
        words = [w for w in m.text.split() if w]
        low = [clean(w) for w in words]
        while low and low[0] in DETERMINERS:
            low.pop(0)
            words.pop(0)
        # Drop a trailing "from X and Y" / "for the campaign" phrase from the core.
        core_words: list[str] = []
        for w in words:
            if clean(w) in SPEAKER_PREPS:
                break
            core_words.append(w)
        head = m.head
        if head in PLURAL_PERSON_NOUNS or (head in ("leaders", "sides") and not m.indefinite):
            for ent in reversed(self.recent):
                if ent.plural and ent.kind == SpeakerKind.PERSON:
                    return ent
            joint = self._joint_before(m.start)
            if joint is not None:
                return joint
        if not m.indefinite and head not in DOCUMENT_NOUNS:
            role = ROLE_ALIASES.get(head, head)
            for ent in reversed(self.recent):
                if ent.kind == SpeakerKind.PERSON and ent.description and not ent.plural:
                    desc = {
                        ROLE_ALIASES.get(w, w)
                        for w in (clean(x).replace(".", "") for x in ent.description.split())
                    }
                    if role in desc:
                        return ent
        kind = SpeakerKind.DOCUMENT if head in DOCUMENT_NOUNS else SpeakerKind.ANONYMOUS
        if head in ORG_WORDS or head in ("campaign", "ministry", "government", "administration"):
            kind = SpeakerKind.ORGANIZATION
        core = " ".join(core_words) or m.text
        if m.parts:
            parts = [strip_possessive(" ".join(core_tokens(p))) for p in m.parts]
            if kind == SpeakerKind.DOCUMENT:
                core = "-".join(parts) + " " + core
            else:
                core = core + " " + m.text[len(" ".join(words[: len(core_words)])) :].strip()
                core = f"{' '.join(core_words)} ({', '.join(parts)})" if False else core
        if not m.indefinite:
            # A definite description repeats an earlier source: "the joint statement".
            mw = {clean(w) for w in core_words}
            for ent in reversed(self.recent):
                if ent.kind == kind and ent.head == head and mw <= ent.words | {head}:
                    return ent
        ent = self._entity(core.strip(), kind)
        ent.head = head
        ent.words = frozenset(clean(w) for w in core.replace("-", " ").split())
        ent.plural = head.endswith("s") and kind == SpeakerKind.ANONYMOUS
        return ent
