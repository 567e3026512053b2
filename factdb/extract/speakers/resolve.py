"""Resolution of an article's speaker mentions to one canonical speaker each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from factdb.extract.records import SpeakerKind, SpeakerRef
from factdb.extract.speakers.inverted import common_word
from factdb.extract.speakers.mentions import POSTMODIFIERS, org_word
from factdb.extract.speakers.names_parse import (
    EVIDENCE_NOUNS,
    PLACES,
    SPEAKERS_DATA,
    SUFFIXES,
    group_name,
    is_given,
    looks_like_surname,
    split_name,
)
from factdb.extract.speakers.organizations import (
    body_or_place,
    canonical_org,
    listed_with_words_before,
    org_key,
    org_shaped,
)
from factdb.extract.speakers.organizations import variants as org_variants
from factdb.extract.speakers.people import (
    DEPUTY_WORDS,
    People,
    Person,
    PersonMention,
    surname_word,
)
from factdb.extract.speakers.tokens import (
    Mention,
    clean,
    core_tokens,
    strip_possessive,
)
from factdb.extract.text.lexicon import (
    ANON_NOUNS,
    DAY_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    INDEFINITE_WORDS,
    INTRO_WORDS,
    NAME_STOPWORDS,
    NATIONALITY_WORDS,
    ORG_DESCRIPTION_HEADS,
    ORG_WORDS,
    PLURAL_PERSON_NOUNS,
    POSS_PRONOUNS,
    PRONOUNS,
    ROLE_ALIASES,
    ROLE_HEADS,
    SPEAKER_PREPS,
    TITLE_WORDS,
    UTTERANCE_NOUNS,
)
from factdb.extract.text.wordlists import words as word_list

_JOINT_NAME: Final = r"((?:[A-Z][\w’'.\-]*[ \t]+){1,5}[A-Z][\w’'\-]+)"


_JOINT_RE: Final = re.compile(
    _JOINT_NAME + r"(?:,[ \t]+[a-z]+,)?[ \t]+and[ \t]+" + _JOINT_NAME + r"(?=[ \t]+[a-z])"
)


_NAME_PREFIX_RE: Final = re.compile(
    r"(?<![\w’'])(?:(?:[A-Z][\w’'\-]*|[A-Z]\.(?:[A-Z]\.)*|[A-Z][a-z]{1,2}\.|"
    r"de|van|von|der|bin|al|la|le|del|da|di) ){1,6}$"
)


_ACRONYM_WORD_RE: Final = re.compile(r"[A-Z]{2,6}")
"""An organisation's acronym written as a speaker ("AIPAC", "ACLU")."""
_CAPITAL_AFTER_RE: Final = re.compile(r":|[ \t]+[A-Z]")
"""After a word in capitals: a transcript's label ("TRUMP:") or more of a name."""

_ROLES: Final = frozenset(ROLE_ALIASES.get(h, h) for h in ROLE_HEADS)
_PERSON_HEADS: Final = (
    frozenset(
        h
        for h in ANON_NOUNS | ROLE_HEADS
        if (not h.endswith(("s", "s'")) or h.endswith("ss"))
        and not h.endswith("people")
        and h not in ORG_WORDS
    )
    - PLURAL_PERSON_NOUNS
    - ORG_DESCRIPTION_HEADS
)
"""Singular nouns that describe one person ("official", "witness"), not a group ("people")."""
_GROUP_HEADS: Final = frozenset(ANON_NOUNS | ROLE_HEADS | PLURAL_PERSON_NOUNS) - _PERSON_HEADS
_PERSON_ENDINGS: Final = ("er", "or", "ist", "ian", "man", "woman", "son", "ess", "ee", "ant")
"""Endings of nouns for a person ("dispatcher", "feminist", "grandson") outside the lists."""
"""Roles a person may be named with ("senator"), honorifics aside ("Mr")."""

_LAW_WORDS: Final = frozenset({"act"})
"""The last word of a law's name ("Voting Rights Act"), which a title word may stand in."""

_TITLE_ROLES: Final = frozenset({"president", "senator", "governor", "secretary", "speaker"})
"""Roles also written capitalised after "the" ("the President said"), with no name."""

_BARE_PRESIDENT: Final = frozenset({"president", "us president", "u.s. president"})
"""The head of state named by office alone, with nothing that makes it another's ("the
association's president", "the next Democratic president", "the former president")."""

ISSUER_WINDOW: Final = 600
"""How far before a document's mention its issuer is looked for."""

_ISSUER_NAME: Final = r"((?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*)"
_ISSUER_LONG: Final = (
    r"((?:[A-Z][\w’'.&-]*\s+(?:(?:of|at|for|and|on)\s+(?:the\s+)?)?){0,5}[A-Z][\w’'.&-]*)"
)
"""An issuer's name that may hold small words ("Villa at Windsor Park", "Bank of America")."""
_ISSUER_RE: Final = re.compile(
    rf"{_ISSUER_NAME}\s+(?:issued|released|put out|sent|posted)\s+(?:a|an)\s+"
    rf"(?:[a-z]+\s+){{0,2}}(?:statement|letter|memo|release|report)"
    rf"|(?:statement|letter|memo|release|report)\s+(?:released\s+|issued\s+)?(?:by|from)\s+"
    rf"(?:the\s+)?{_ISSUER_NAME}"
    rf"|\b[Ii]n\s+(?:a|an)\s+(?:[a-z]+\s+){{0,2}}statement,\s+(?:the\s+)?{_ISSUER_LONG}"
    rf"\s+[a-z]"
    rf"|{_ISSUER_NAME}\s+(?:said|says|added|wrote)\s+in\s+(?:a|an)\s+(?:[a-z]+\s+){{0,2}}"
    rf"statement"
)

_OBJECT_BEFORE_RE: Final = re.compile(
    r"(?<![\w’'])(?!including|according)[a-z]{2,}ing\s+(?:the\s+)?$"
)
"""A participle right before a name: the name is the object of a description ("the law firm
representing Sondland"), not the subject that issued a statement ("a spokesman for Smith",
"attorneys general led by Smith" and "groups including Smith" speak for Smith)."""

RECENT_MAX: Final = 50
"""How many recent speakers a pronoun or a definite description looks back over."""
RECENT_PARAGRAPHS: Final = 3
"""How many paragraph breaks may stand between the last speaker a pronoun falls back on (no
person named near the pronoun fits) and the pronoun. In the archive such a speaker quoted a
paragraph or two before was the one meant about four times in five; one quoted four or more
paragraphs before seldom (another source, often unnamed, had come in since)."""
RECENT_CHARS: Final = 2500
"""... and how many characters, for text whose paragraphs were lost (photo captions, glued
sentences)."""
_TITLE_POSSESSIVE_RE: Final = re.compile(r"\b[a-z]+[ \t]+(?:Our|My|Your|Their)[ \t]+$")
"""A capitalised possessive inside a sentence, which only a title's words have ("for Our")."""
_ORDINAL_BEFORE_RE: Final = re.compile(r"\b\d+(?:st|nd|rd|th)[ \t]+$")
"""An ordinal number before a capitalised word: "the 4th Circuit", "the 82nd Airborne"."""
_ORDINAL_ENDS: Final = frozenset({"st", "nd", "rd", "th"})
LISTED_SENTENCES: Final = 2
"""How many sentences back a listed organisation may be quoted for a pronoun to mean it."""
_PARAGRAPH_BREAK_RE: Final = re.compile(r"\n\s*")

CONFIDENCE: Final[dict[str, float]] = {
    "name": 0.95,
    "surname": 0.9,
    "organization": 0.9,
    "description": 0.9,
    "pronoun": 0.8,
    "role": 0.75,
    "recent": 0.6,
    "document": 0.75,
}
"""How sure each way of resolving a mention is (see ``SpeakerRef.resolution``)."""


_NOT_PLURAL_ENDS: Final = ("ss", "us", "is", "os", "'s", "’s")
"""How a capitalised word in "s" ends when it is no plural noun ("Thus", "His", "Axios")."""
_APPOSITION_AFTER_RE: Final = re.compile(r",[ \t]+(?:the|a|an)[ \t]")
"""A phrase about one person right after a name: "Ayres, the Republican half of the team"."""
_NAME_BEFORE_SUFFIX_RE: Final = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)+), $")
"""A name of two words or more and a comma right before a generational suffix."""
_CONTRACTION_RE: Final = re.compile(r"[’'](?:ve|re|ll|d|m)$|n[’']t$")
_COMPOUND_ADJECTIVE_RE: Final = re.compile(r"^[A-Z][\w’']*-[a-z]+$")
"""A capitalised word joined to one in lower case: an adjective ("Colorado-based", "Left-leaning",
"Israeli-born"), while a hyphenated surname capitalises each part ("Ocasio-Cortez")."""


OPENING_WORDS: Final = word_list("opening_words", SPEAKERS_DATA)
"""Words opening a sentence that are never a name ("Nevertheless", "Thus", "Worth noting")."""

_LOWER_WORD_AFTER_RE: Final = re.compile(r" [a-z]")
"""A word in lower case right after: "Facing criticism", "Based on"."""


def _whole_place(m: Mention) -> Mention | None:
    """The mention with the description before it when the two make a place ("Saudi" and
    "Arabia": "Saudi Arabia"), else None."""
    if not m.description or m.kind != "name":
        return None
    text = f"{m.description} {m.text}"
    if text.lower() not in PLACES:
        return None
    return Mention(m.start - len(m.description) - 1, m.end, text, "name")


def _inside_sentence(masked: str, word: str) -> bool:
    """Whether MASKED has WORD after a word or a comma in the same sentence ("said Clapper",
    "James Clapper"), as a surname is written, and not only where a sentence begins."""
    return re.search(rf"[\w,;)”\"] {re.escape(word)}(?![a-z])", masked) is not None


_LAW_NAME_WORDS: Final = word_list("law_words", SPEAKERS_DATA)
"""Last words of a law's name: "the 14th Amendment says" quotes a text, no body."""
_OPENER_LOOKBACK: Final = 4
_STOP_BEFORE_RE: Final = re.compile(r"(?:[.?!][”\"’)\]]|(?<=[a-z]):)[ \t]*$")
"""A stop closing a quotation or a bracket, or a colon after a word, right before a word."""
_DATELINE_BEFORE_RE: Final = re.compile(r"(?:^|\n)[A-Z][A-Z.,’' ]+[ \t][—–][ \t]*$")
"""A dateline's place in capitals and its dash at a line's start ("DETROIT — ")."""
_OWNER_FIRST_RE: Final = re.compile(r"[A-Z][\w&-]*[’']s ")
"""A name whose first word is an owner's ("Dick's Sporting Goods")."""
_UNOWNED_WORDS: Final = word_list("unowned_words", SPEAKERS_DATA) | INDEFINITE_WORDS | DETERMINERS
"""Words before a document's noun that name no issuer ("Various reports", "Several studies")."""
_POSSESSIVE_LEAD_RE: Final = re.compile(r"(?<![\w’'.-])([A-Z][\w&-]*[’']s)[ \t]+$")
"""A capitalised possessive right before a name: "Moody's " Investors Service."""
_ORG_LEAD_RE: Final = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w&’'.-]*[ \t]+){1,3})$")
"""Capitalised words right before an organisation's last word ("Wall Street " Journal)."""
ORG_LEAD_CHARS: Final = 60
_OWNED_TITLE_RE: Final = re.compile(r"[\w.&-][’']s[ \t]+([A-Z][a-z]*)[ \t]+$")
"""An owner's "'s" and a capitalised word right before a name ("ABC's This " Week)."""
OWNED_TITLE_CHARS: Final = 30
_SENTENCE_END_WORD_RE: Final = re.compile(
    r"(?!(?:Gov|Sen|Rep|Gen|Col|Corp|Dept|Univ|Assn|Ave|Blvd|Ltd|Inc|Bros)\.)[A-Z][a-z]{2,}[.!?]"
)
"""A capitalised word of three letters or more ending a sentence ("Monday."), not an initial
or an abbreviation ("U.S.", "St.")."""


_DATELINE_AFTER_RE: Final = re.compile(r"\s*(?:\(|[—–-]|,\s*[A-Z][a-z]{2}\.?\s+\d)")
"""What follows a dateline's place: "(Reuters) -", " — ", ", Dec. 5"."""
_CLAUSE_OPENERS: Final = frozenset(
    {"and", "but", "that", "while", "as", "when", "after", "because", "though", "although"}
)
_STATE_LEAD_RE: Final = re.compile(r"(?:^|\s)[Tt]he (North|South|West|New|Rhode) $")
"""The first word of a state's name left before a party member's mention."""
PARTY_MEMBERS: Final = frozenset({"republican", "democrat", "independent"})
"""A party member's noun: "the Oklahoma Republican" is a person."""
ORG_REFERENT_WINDOW: Final = 1000
"""How far before "the department" the organisation it names is looked for."""
ORG_RECENT_WINDOW: Final = 800
"""How recently an organisation must have been quoted for "the agency" to be it."""
ORG_REFERENT_HEADS: Final = ORG_DESCRIPTION_HEADS
_CAPITAL_RUN_RE: Final = re.compile(
    r"(?<![\w’'.-])[A-Z][\w&’'.-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w&’'.-]*)*"
)
"""A run of capitalised words, small joining words inside ("Department of the Treasury")."""
_SENTENCE_END_RE: Final = re.compile(r"(?<=[a-z]{2})\.\s+")
_ACRONYM_RE: Final = re.compile(r"\b[A-Z][A-Z&]{1,5}\b")
_INITIALS_RE: Final = re.compile(r"(?:The\s+)?(?:[A-Z]\.){2,}")


def _named_mid_sentence(masked: str, word: str) -> bool:
    """Whether capitalised WORD also stands inside a sentence of the text, so is a name."""
    if canonical_org(word) != word:
        return True
    i = masked.find(word)
    while i >= 0:
        before = masked[max(0, i - 2) : i]
        after = masked[i + len(word) : i + len(word) + 1]
        if i > 1 and before[-1:] == " " and before[:1].isalnum() and not after.isalnum():
            return True
        i = masked.find(word, i + 1)
    return False


_SUBJECT_LEAD_RE: Final = re.compile(r"[Tt]he[ \t]+(?:[a-z]+[ \t]+)?")
_TRAILING_IT_RE: Final = re.compile(
    r",[ \t]+it[ \t]+[a-z]+(?:[ \t]+[^\s,;:]+){0,7}?[.!?]?(?=\s*(?:\n|$|[A-Z“\"]))"
)
"""", it said on Monday." closing a sentence: the source of the report, not its subject."""
_INTRO_PHRASE_RE: Final = re.compile(r"([A-Z][a-z]+)[^,.;:“”\"\n]{0,40},[ \t]+")
"""An introductory phrase before the subject ("On Monday, ", "Last week, ")."""
_SUBJECT_NEXT_RE: Final = re.compile(
    r",[ \t]+(?:the|a|an)[ \t][^,.;:“”\"]{1,60},|[ \t]+([a-z][\w-]*)"
)
"""What follows a sentence's subject: a short apposition or a lower-case word (a verb)."""

_NOUN_HEADS: Final = (
    ORG_WORDS | ORG_DESCRIPTION_HEADS | ROLE_HEADS | ANON_NOUNS | DOCUMENT_NOUNS
) | {"campaign", "government", "administration", "ministry"}
"""Nouns that a capitalised word before them only modifies ("the Republican campaign")."""

_ORG_APPOSITION_HEADS: Final = ORG_DESCRIPTION_HEADS | {w for w in ORG_WORDS if w.isalpha()}
_ORG_APPOSITION_RE: Final = re.compile(
    r",[ \t]+(?:the|a|an)[ \t]+((?:[^\s,.;:“”\"()]+,?[ \t]+){0,7}?)(?:"
    + "|".join(sorted(_ORG_APPOSITION_HEADS, key=len, reverse=True))
    + r")s?(?=[ \t]*,|[ \t]+(?:that|which)[ \t])"
)
"""A description right after a name that ends in an organisation's noun ("Novo Nordisk, a
Danish pharmaceutical company that ...", "KCNA, the state-run news agency,")."""
_NAME_JOINER_BEFORE_RE: Final = re.compile(r"[A-Z][\w’'-]*[ \t]+(?:for|of|and|the)[ \t]+$")
"""A capitalised word and a joining word right before a name: the end of a longer one."""
_RELATIVE_WORDS: Final = frozenset({"who", "who's", "whose", "and", "or", "than", "as"})
_ASKED_SOMEONE_RE: Final = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3} ask(?:ed|s) [A-Z]")
"""A speaker's mention that asks someone named ("Cooper asked Stein"): the question's asker."""


_HOME_COUNTRY: Final = frozenset({"united states", "u.s.", "us", "america"})
"""The country whose offices a bare title names in the news read here ("President Trump")."""


_OPENER_WORDS: Final = DETERMINERS | _CLAUSE_OPENERS | {"or", "so", "if", "since", "unless"}
"""Words that may open a sentence before an organisation's name, no part of it ("Though CNN
might argue", "As Fox's report noted", "An ABC News report says")."""


def _org_before_head(words: list[str]) -> list[str]:
    """The organisation named by the last words of WORDS, with "for", "on", "of" or "and"
    inside ("Center for Immigration Studies", "National Institute on Drug Abuse") and a word
    that marks a body; [] when there is none or no such joiner."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() != "the":
        k -= 1
        if k >= 2 and _joins_name(words[k - 2], words[k - 1]):
            k -= 1
    run = words[k:]
    if not any(w in _ORG_NAME_JOINERS for w in run) or not any(org_word(w) for w in run):
        return []
    return run


_ORG_NAME_JOINERS: Final = frozenset({"for", "on", "of", "and", "&"})
"""Small words inside an organisation's name before a document noun."""


def _joins_name(left: str, joiner: str) -> bool:
    """Whether JOINER after the capitalised word LEFT is inside one body's name: "and" not
    after a word that ends a name of its own ("the Guttmacher Institute and Census data")."""
    if joiner not in _ORG_NAME_JOINERS or not left[:1].isupper():
        return False
    return joiner not in ("and", "&") or not (
        org_word(left) or left.isupper() or left.lower() in PLACES
    )


def _opener_off(words: list[str]) -> list[str]:
    """WORDS without the sentence openers and determiners that lead them."""
    k = 0
    while k < len(words) and words[k].lower() in _OPENER_WORDS:
        k += 1
    return words[k:]


def _office_at_home(text: str) -> bool:
    """Whether a role description may name the office a bare title would ("the president", "the
    President of the United States", "the leader of the party"), not that of another country or
    state ("the Prime Minister of Canada", "the former governor of Indiana"), whose holder is not
    who the title names in the article."""
    low = text.lower()
    at = low.find(" of ")
    if at < 0 or low[:at].split()[-1] not in ROLE_HEADS:
        return True  # "The Ministry of Commerce spokesman": the role is the spokesman
    place = low[at + 4 :].removeprefix("the ").strip(" .,")
    return place in _HOME_COUNTRY or place not in PLACES


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
    last: int = -1
    """Where the entity was last mentioned as a speaker."""
    listed: bool = False
    """An organisation known only from the list of names ("Pew", "Vox"): one body, meant by a
    pronoun only when quoted in the pronoun's sentence or the one before."""


_VERB_AFTER_SUBJECT_RE: Final = re.compile(r"[ \t]*(,|--|—|–|(?<=[ \t])[a-z]+\b)")
"""What follows a subject's name: its verb, or a comma or a dash opening an apposition."""


class SpeakerResolver:
    """Resolves mentions of one article, in text order, to canonical speakers."""

    def __init__(self, text: str, masked: str | None = None) -> None:
        self.text = text
        self.people = People(masked if masked is not None else text)
        self.entities: dict[str, Entity] = {}
        self.recent: list[Entity] = []
        self.wires: set[str] = set()
        """Names of the news agencies a description was read as."""

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
        if len(self.recent) > RECENT_MAX:
            # Only recent speakers are candidates for a pronoun or a repeated description.
            del self.recent[0]

    def resolve(self, m: Mention, antecedent: Mention | None = None) -> SpeakerRef:
        """The canonical speaker of mention *m*, remembering it for later pronouns.

        *antecedent* is a name written in the same sentence before a pronoun ("Flynn said Trump
        was right when he said"), preferred to the most recent speaker. A mention that names
        nobody (a pronoun with no fitting person, a dateline) gets confidence 0.
        """
        if m.kind == "pronoun":
            found = self._pronoun_entity(m, antecedent)
        elif m.kind == "joint":
            found = self._joint_entity(m), "name"
        elif m.kind == "np":
            found = self._described_entity(m)
        else:
            found = self._name_entity(m)
        ent, how = found
        if ent is None:
            return SpeakerRef(
                name=m.text, text=m.text, start=m.start, end=m.end, resolution=how, confidence=0.0
            )
        self._touch(ent, m.text, m.description)
        ent.last = max(ent.last, m.start)
        name = ent.name
        if ent.kind == SpeakerKind.PERSON and " " not in name:
            name = self.people.listed_name(name)
        return SpeakerRef(
            name=name,
            kind=ent.kind,
            text=m.text,
            start=m.start,
            end=m.end,
            description=ent.description,
            aliases=tuple(ent.aliases),
            resolution=how,
            confidence=CONFIDENCE[how],
        )

    def _pronoun_entity(self, m: Mention, antecedent: Mention | None) -> tuple[Entity | None, str]:
        if antecedent is not None:
            core = core_tokens(antecedent.text)
            name = self.people.canonical(core, antecedent.start)[0] if core else ""
            if (
                name
                and not any(clean(w) in ORG_WORDS for w in core)
                and not body_or_place(antecedent.text.split())
                and not group_name(core)
            ):
                ent = self._entity(name, SpeakerKind.PERSON)
                if ent.kind == SpeakerKind.PERSON and not ent.plural:
                    return ent, "pronoun"
        if m.head == "it":
            subject = self._subject_org(m.start)
            if subject is not None:
                return subject, "pronoun"
        if m.head in ("he", "she"):
            found = self.people.antecedent(m.head, m.start)
            unnamed = self._pronoun(m.head, m.start)
            if (
                unnamed is not None
                and unnamed.kind == SpeakerKind.ANONYMOUS
                and (found is None or unnamed.last > found.start)
                and not (found is not None and self._reported_by(found, unnamed.last))
            ):
                # "The US official said ... He said ...": a source named by description only.
                return unnamed, "pronoun"
            if found is not None:
                speaker = self._speaker_since(found.start, m, found.person.name)
                if speaker is not None:
                    return speaker, "pronoun"
                person = found.person
                self.people.note(m.start, m.end, person)
                ent = self._entity(person.name, SpeakerKind.PERSON)
                person.gender = person.gender or m.head
                ent.gender = ent.gender or m.head
                return ent, "pronoun"
        recent = self._pronoun(m.head, m.start)
        if recent is None or m.head == "we" or not self._recent_enough(recent, m.start):
            # "we" in the writer's words is the writer or the readers ("what we know"), and a
            # speaker quoted long before is a guess, not a reference.
            return None, "pronoun"
        if m.head in ("he", "she") and not recent.gender:
            recent.gender = m.head
        return recent, "recent"

    def _reported_by(self, found: PersonMention, unnamed: int) -> bool:
        """Whether the unnamed source last mentioned at UNNAMED stands in the sentence where the
        person FOUND for a pronoun is named before it ("Huffman told the court that
        her daughter has asked her why ... Tearfully, she said"): that person's words tell of
        the unnamed one, and the pronoun means the person, the sentence's subject."""
        people = self.people
        named = found.start
        if not (named < unnamed and people.sentence_of(named) == people.sentence_of(unnamed)):
            return False
        # The person is the clause's subject: a verb or an apposition follows the name
        # ("Huffman told", "Joe Biden, the presumptive Democratic nominee"), not "and" ("Trump
        # and Cambridge Analytica, meanwhile, the Clinton spokesman charged").
        verb = _VERB_AFTER_SUBJECT_RE.match(people.masked, found.end)
        return verb is not None and verb.group(1) not in ("and", "or", "but", "nor")

    def _recent_enough(self, ent: Entity, pos: int) -> bool:
        """Whether ENT, the last speaker a pronoun at POS may mean, was quoted or named recently
        enough to be meant with no name near the pronoun (``RECENT_PARAGRAPHS``,
        ``RECENT_CHARS``): "Overall, most Democrats are erring ... They say" names them again."""
        lo = max(0, pos - RECENT_CHARS)
        word = ent.name.split()[-1] if ent.name else ""
        forms = {word, word.lower(), word.capitalize()} if len(word) > 2 else set()
        named = max((self.text.rfind(f, lo, pos) for f in forms), default=-1)
        between = self.text[max(0, ent.last, named) : pos]
        if len(between) > RECENT_CHARS:
            return False
        return len(_PARAGRAPH_BREAK_RE.findall(between)) <= RECENT_PARAGRAPHS

    def _subject_org(self, pos: int) -> Entity | None:
        """The organisation that opens the sentence of the pronoun "it" at POS, as its subject
        ("Wal-Mart, the nation's largest retailer, triggered controversy when it said"): "it"
        is that body, not the organisation quoted last. A person, a place, a possessive
        ("China's fiscal spending") or a common word opening the sentence is no such subject."""
        masked = self.people.masked
        if _TRAILING_IT_RE.match(masked, max(0, pos - 2)):
            return None  # "The FBI asked for more on Aug. 30, it said.": the report's source
        start = self.people.sentence_start(pos)
        intro = _INTRO_PHRASE_RE.match(masked, start, pos)
        if intro is not None and intro.group(1).lower() in INTRO_WORDS:
            start = intro.end()  # "Last week, the nonpartisan Congressional Budget Office"
        lead = _SUBJECT_LEAD_RE.match(masked, start, pos)
        run = _CAPITAL_RUN_RE.match(masked, lead.end() if lead else start, pos)
        after = _SUBJECT_NEXT_RE.match(masked, run.end(), pos) if run else None
        if run is None or after is None or after.group(1) in _NOUN_HEADS:
            return None  # "the Republican campaign repeated": the campaign, not "Republican"
        name = run.group(0)
        words = name.split()
        first = words[0].lower()
        if name.endswith(("'s", "’s")) or name.lower() in PLACES or is_given(words[0]):
            return None
        if " and the " in name:  # two bodies: "ICE and the INS before it have argued"
            return None
        if first in NAME_STOPWORDS or first in NATIONALITY_WORDS:
            return None  # "On Saturday, the campaign", "The British publishing giant Pearson"
        if self.people.canonical(words, run.start())[1] is not None:
            return None
        known = org_key(name) in org_variants() or any(clean(w) in ORG_WORDS for w in words)
        # "Unless Congress acts": a common word opening the sentence; but a word described
        # after a comma ("Wal-Mart, the nation's largest retailer,") is a name.
        described = after.group(0).startswith(",") and not common_word(masked, name.lower())
        if not (known or described or _named_mid_sentence(masked, name)):
            return None
        name = canonical_org(name[4:] if name.startswith("The ") else name)
        for other in reversed(self.recent):
            if other.kind == SpeakerKind.ORGANIZATION and other.name.endswith(name):
                return other  # "The Post" after "The New York Post"
        ent = self._entity(name, SpeakerKind.ORGANIZATION)
        ent.plural = True
        return ent

    def _speaker_since(self, start: int, m: Mention, name: str) -> Entity | None:
        """The last person quoted from the sentence of START on, when that is not NAME: "..., said
        Anatoly Antonov. “...,” he said." - he is who spoke last, not whoever was named first."""
        if self.people.sentence_of(start) == self.people.sentence_of(m.start):
            return None
        floor = self.people.sentence_start(start)
        for ent in reversed(self.recent):
            if ent.last < floor:
                return None
            # A full name only: a lone capitalised word may be no person at all.
            full = " " in ent.name
            if _ASKED_SOMEONE_RE.match(self.people.masked, ent.last):
                return None  # "“...?” Cooper asked Stein. “...,” she said": who was asked answers
            if ent.kind == SpeakerKind.PERSON and full and not ent.plural and ent.last < m.start:
                gender = ent.gender or self.people.gender_of(ent.name.split())
                fits = not gender or gender == m.head
                return ent if fits and ent.name != name else None
        return None

    def _joint_entity(self, m: Mention) -> Entity:
        names = [self.people.canonical(core_tokens(p), m.start)[0] for p in m.parts]
        ent = self._entity(" and ".join(names), SpeakerKind.PERSON)
        ent.plural = True
        ent.members = tuple(names)
        for nm in names:
            self._touch(self._entity(nm, SpeakerKind.PERSON), "", None)
        return ent

    def _described_entity(self, m: Mention) -> tuple[Entity | None, str]:
        bare = self._bare_man(m)
        if bare is not None:
            return bare, "pronoun"
        if m.head in _WIRE_HEADS and not m.indefinite:
            wire = self._news_agency(m)
            if wire is not None:
                return wire, "organization"
        if not m.indefinite and m.head in ROLE_HEADS and _office_at_home(m.text):
            # "the president", "the prime minister": the person last named with that title.
            person = self._role_holder(m)
            if person is not None:
                self.people.note(m.start, m.end, person)
                return self._entity(person.name, SpeakerKind.PERSON), "role"
        owner = m.text.split(" ", 1)[0]
        # "Clinton's response": Clinton's words; not "Jr.'s words", a name cut short.
        possessed = owner.endswith(("'s", "’s")) and not owner[:-2].endswith(".")
        if m.head in DOCUMENT_NOUNS or (m.head in UTTERANCE_NOUNS and possessed):
            issuer = self._issuer(m)
            if issuer is not None:
                return issuer, "document"
        epithet = self._epithet_form(m) and not any(
            e.kind == SpeakerKind.ANONYMOUS and e.head == m.head for e in self.entities.values()
        )
        ent = self._described(m)
        if epithet and ent.kind == SpeakerKind.ANONYMOUS and not ent.aliases:
            # A new unnamed source, unless the epithet stands for a person named just before.
            person = self._epithet_person(m)
            if person is not None:
                self.people.note(m.start, m.end, person)
                return self._entity(person.name, SpeakerKind.PERSON), "role"
        how = "organization" if ent.kind == SpeakerKind.ORGANIZATION else "description"
        return ent, how

    def _bare_man(self, m: Mention) -> Entity | None:
        """The person "the man" or "the woman" stands for, as "he" or "she" would there ("“I
        truly regret ...,” wrote the man who once said he would"): a named person of that
        gender. None when the article writes of an unnamed man or woman before ("a man in the
        crowd", "another woman"), whom the words then repeat."""
        low = m.text.lower()
        gender = _BARE_PERSON.get(low)
        if gender is None or m.indefinite or m.parts:
            return None
        if _UNNAMED_PERSON_RE[low].search(self.people.masked, 0, m.start):
            return None
        pronoun = Mention(m.start, m.end, m.text, "pronoun", head=gender)
        ent = self._pronoun_entity(pronoun, None)[0]
        if ent is None or ent.kind != SpeakerKind.PERSON or ent.plural:
            return None
        return ent

    def _news_agency(self, m: Mention) -> Entity | None:
        """The named news agency a description means: the name inside it ("the official Xinhua
        news agency", "Iran's official Irna news agency"), else the one agency the text names
        near it with the same noun ("Russia's state-owned news service said ... the state-run
        Tass news service reported"). Not a nationality or a place ("Russian news agency")."""
        text = self.people.masked
        inside = _WIRE_NAME_RE.search(m.text)
        if inside is not None and inside.start(1) > 0 and _wire_name(inside.group(1)):
            name = inside.group(1)
        else:
            noun = m.text.split()[-2:]
            if (inside is not None and inside.start(1) > 0) or [
                w.lower() for w in noun
            ] not in _WIRE_NOUNS:
                return None
            owner = m.text.split()[0] if m.text.split()[0].endswith(("'s", "’s")) else ""
            lo, hi = max(0, m.start - WIRE_REACH), min(len(text), m.end + WIRE_REACH)
            named = {
                (mm.group(1), mm.start(1))
                for mm in _WIRE_NAME_RE.finditer(text, lo, hi)
                if mm.group(2).lower() == noun[0].lower()
                and mm.group(3).lower() == noun[1].lower()
                and _wire_name(mm.group(1))
                and _same_owner(text[max(0, mm.start(1) - 40) : mm.start(1)], owner)
            }
            if len({n for n, _ in named}) != 1:
                # "The news agency reported" after the agency was named and quoted
                for ent in reversed(self.recent):
                    if not owner and ent.name in self.wires and ent.last >= m.start - WIRE_REACH:
                        return ent
                return None
            name = min(named, key=lambda n: abs(n[1] - m.start))[0]
        ent = self._entity(canonical_org(name), SpeakerKind.ORGANIZATION)
        self.wires.add(ent.name)
        return ent

    def _epithet_person(self, m: Mention) -> Person | None:
        """The person a definite epithet that opens its clause names ("“...,” the South Carolina
        lawmaker said", "The legal expert added"), M being no repeat of an unnamed source
        already quoted: whom "he" or "she" would mean there, named in that sentence or the one
        before. Not when an unnamed source with such a head word was introduced before ("An
        Iowa Republican attributed ... “...,” the Iowa insider said"), a name follows in
        apposition ("The secretary general, António Guterres,"), the person only asked the
        question answered ("Chris Wallace asked Trump.") or is an object ("from Obama"), or the
        epithet names an office the person is known not to hold (President Obama is no
        "Wisconsin representative")."""
        masked = self.people.masked
        if not _EPITHET_PLACE_RE.fullmatch(masked, self.people.sentence_start(m.start), m.start):
            return None  # "New York values, which the Texas senator said": not the subject
        rest = m.text.split(" ", 1)[1]
        earlier = re.search(rf"(?i:\b{re.escape(rest)}\b)", masked[: m.start])
        apposed = self._apposed_person(earlier.start()) if earlier is not None else None
        if apposed is not None:
            return apposed  # written before beside a name: "Daryl Washington, the ... attorney"
        if _APPOSED_NAME_RE.match(masked, m.end):
            return None
        found = self._epithet_antecedent(m.start)
        if found is None or _ASKED_SOMEONE_RE.match(masked, found.start):
            return None
        if self.people.after_verb(found):
            return None  # "Democrats, anxious to separate themselves from Obama": an object
        since = self.people.sentence_start(found.start)
        if _introduced_re(m.head).search(masked, 0, m.start) or _INTRODUCED_RE.search(
            masked, since, m.start
        ):
            return None
        role = ROLE_ALIASES.get(m.head, m.head)
        person = found.person
        if role in _OFFICES and person.roles & _OFFICES and role not in person.roles:
            return None
        return person

    def _apposed_person(self, pos: int) -> Person | None:
        """The person named right before a description at POS, set off by a comma ("Daryl
        Washington, the Jean family attorney"), or None."""
        lead = _APPOSED_BEFORE_RE.search(self.people.masked, max(0, pos - APPOSED_REACH), pos)
        if lead is None:
            return None
        person = self.people.last_named(lead.end(1))
        if person is None or not person.name.endswith(lead.group(1)):
            return None
        return person

    def _epithet_form(self, m: Mention) -> bool:
        """Whether M is "the", a few plain modifiers and a singular head that may be a person."""
        words = m.text.split()
        if m.indefinite or m.parts or not 3 <= len(words) <= EPITHET_WORDS:
            return False
        if words[0].lower() != "the" or words[-1].lower() != m.head:
            return False
        plural = m.head in PLURAL_PERSON_NOUNS or (m.head.endswith("s") and m.head[-2:] != "ss")
        if m.head not in _EPITHET_HEADS or plural or _deputy_role(m):
            return False
        mods = [w.lower() for w in words[1:-1]]
        return all(
            _EPITHET_WORD_RE.fullmatch(w) and w not in _REPEAT_WORDS and w not in DETERMINERS
            for w in mods
        )

    def _epithet_antecedent(self, pos: int) -> PersonMention | None:
        """Where the person is named whom a pronoun at POS would mean, "he" or "she", in POS's
        sentence or the one before: one known by gender before one not ("Mr. Romney ... Mr.
        Obama’s campaign": Romney); none when a man and a woman both fit."""
        here = self.people.sentence_of(pos)
        found = []
        for pronoun in ("he", "she"):
            hit = self.people.antecedent(pronoun, pos)
            if hit is not None and here - self.people.sentence_of(hit.start) <= EPITHET_SENTENCES:
                found.append(hit)
        gendered = [f for f in found if f.person.gender]
        if len(gendered) == 1:
            return gendered[0]
        if gendered or not found or any(f.person is not found[0].person for f in found):
            return None
        return found[0]

    def _role_holder(self, m: Mention) -> Person | None:
        """Who a definite role description names: the last person named with the role; else,
        for an epithet opening its sentence right after a name ("... a former rival, Cory
        Booker. The New Jersey senator tweeted"), that person if no role is known for them
        (honorifics aside);
        else the one person the article names with the role, even later."""
        deputy = _deputy_role(m)
        if deputy:
            # "the vice president": the person titled "Vice President", never the president.
            return self.people.by_role(deputy, m.start)
        bare = m.text.lower().removeprefix("the ") in _BARE_PRESIDENT
        person = self.people.by_role(m.head, m.start, later=False, home=bare)
        if person is not None:
            return person
        epithet = any(w[:1].isupper() for w in m.text.split()[1:-1])
        if epithet and self.people.sentence_start(m.start) == m.start:
            named = self.people.named_last_sentence(m.start)
            if named is not None and not any(ROLE_ALIASES.get(r, r) in _ROLES for r in named.roles):
                return named
        found = self.people.by_role(m.head, m.start)
        if found is None and bare:
            # "the president" where the writer never titles anyone so: whom the quotations or
            # "the Trump administration" call president.
            found = self.people.holder_written("president", self.text)
            if found is None:
                found = self.people.president_named(self.text)
        return found

    def _issuer(self, m: Mention) -> Entity | None:
        """Who issued the document a mention names: "Trump's statement", "a statement from
        the NRA", "Sanders issued a statement" (in the mention or shortly before it)."""
        words = m.text.split()
        if clean(words[0]) in POSS_PRONOUNS and POSS_PRONOUNS[clean(words[0])] != "they":
            # "Trump defended his Saturday statement": the person "he" means.
            owner = self.people.antecedent(POSS_PRONOUNS[clean(words[0])], m.start)
            return None if owner is None else self._entity(owner.person.name, SpeakerKind.PERSON)
        named = [w for w in words[:-1] if w[:1].isupper() and w.lower() != "the" and not _dated(w)]
        body = _org_before_head(words[:-1])
        if body and words[-1].lower() == m.head:
            named = body  # "The Center for Immigration Studies report": the whole body's
        if len(words) > 1 and words[0].endswith(("'s", "’s")) and words[0][:1].isupper():
            found = words[0][:-2]
            start = m.start
        elif named and words[-1].lower() == m.head and words[-1 - len(named) : -1] == named:
            # "the Times report", "The Justice Department memo"; "A Washington Times analysis"
            # is the Washington Times's.
            found = " ".join(_opener_off(named) or named)
            start = m.start + m.text.find(found)
        else:
            window = self.people.masked[max(0, m.start - ISSUER_WINDOW) : m.end]
            hits = list(_ISSUER_RE.finditer(window))
            if not hits:
                return None
            groups = hits[-1].groups()
            found = next(g for g in groups if g)
            start = max(0, m.start - ISSUER_WINDOW) + window.find(found, hits[-1].start())
            subject = groups[0] or groups[-1]
            if subject and _OBJECT_BEFORE_RE.search(self.people.masked, max(0, start - 30), start):
                # "the law firm representing Sondland said in a statement": the name is
                # whom the issuer describes, not the issuer.
                return None
        if all(clean(w) in _UNOWNED_WORDS for w in found.split()):
            return None  # "Various reports say": how many, not whose
        issuer = Mention(start, start + len(found), found, "name")
        ent, _how = self._name_entity(issuer, issuer=True)
        return ent

    def _name_entity(self, m: Mention, *, issuer: bool = False) -> tuple[Entity | None, str]:
        core = core_tokens(m.text)
        if len(core) == 1 and clean(core[0]).rstrip(".") in SUFFIXES:
            # "Jerry Falwell, Jr., president of ...": the suffix belongs to the name before it.
            owner = _NAME_BEFORE_SUFFIX_RE.search(self.people.masked, max(0, m.start - 60), m.start)
            if owner is not None:
                suffix = core[0].rstrip(".,")
                words = [*owner.group(1).split(), suffix + "." * (suffix.lower() in ("jr", "sr"))]
                m = Mention(owner.start(1), m.end, " ".join(words), m.kind)
                core = words
        member = self._party_member(m, core)
        if member is not None:
            return member, "role"
        place = _whole_place(m)
        if (
            place is not None
            and self.people.masked[place.start : place.end] == place.text
            and self._place_speaks(place, place.text.split())
        ):
            m, core = place, place.text.split()  # "Saudi Arabia said": not a Saudi "Arabia"
        if self._place_speaks(m, core):
            # "Canada said it is expelling four diplomats": the country's government.
            return self._entity(" ".join(core), SpeakerKind.ORGANIZATION), "organization"
        if (
            (
                len(core) == 1
                and (
                    clean(core[0]) in ANON_NOUNS
                    or clean(core[0])[:-1] in NATIONALITY_WORDS
                    or self._plural_opener(m, core[0])
                )
            )
            or group_name(core)
            or self._source_noun(m, core)
        ):
            # "Democrats argue that ...", "Proponents say ...", "18% of Americans said",
            # "Evangelical Christians are asking": a group, named by a capitalised common
            # noun, a nationality or a people's or a faith's plural.
            head = core[0] if len(core) > 1 and core[1] == "of" else core[-1]
            group = Mention(m.start, m.end, m.text, "np", head=clean(head), indefinite=True)
            return self._described(group), "description"
        if len(core) == 1 and m.text == core[0] and clean(core[0]) in INDEFINITE_WORDS:
            return None, "name"  # "Others argue that ...", "Another added: ..."
        if len(core) == 1 and _TITLE_POSSESSIVE_RE.search(
            self.people.masked, max(0, m.start - 16), m.start
        ):
            return None, "name"  # "the March for Our Lives said": a title's last word
        if len(core) == 1 and m.head == "org" and clean(core[0]) in _TITLE_ROLES:
            # "the President met privately with Sessions": the role, no organisation's name.
            role = Mention(m.start, m.end, m.text, "np", head=clean(core[0]))
            return self._described_entity(role)
        ordinal = (
            _ORDINAL_BEFORE_RE.search(self.people.masked, max(0, m.start - 8), m.start)
            if len(core) == 1 and self.people.masked[m.start - 3 : m.start - 1] in _ORDINAL_ENDS
            else None
        )
        if ordinal is not None:
            # "The 4th Circuit said": a numbered court, district or unit, never a person.
            whole = Mention(
                ordinal.start(), m.end, self.people.masked[ordinal.start() : m.end], "name"
            )
            return self._org_entity(whole), "organization"
        office = _office_title(m, core)
        if office:
            # "Director of Elections says": an office's holder, no person named "Elections".
            role = Mention(m.start, m.end, f"{m.description} {m.text}", "np", head=office)
            return self._described_entity(role)
        if (
            (m.head == "org" and not self._named_person(m, core))
            or any(clean(w) in ORG_WORDS for w in core)
            or (bool(core) and _WEB_NAME_RE.search(core[-1]) is not None)
            or (len(core) == 1 and org_shaped(core[0]))
        ):
            # "MoveOn.org said": a web address names a site or its owner, never a person.
            return self._org_entity(m), "organization"
        if self._org_apposition(m, core):
            return self._org_entity(m), "organization"
        if self._known_org(core, m.start):
            return self._org_entity(m, listed=True), "organization"
        listed = listed_with_words_before(self.people.masked, m.start, " ".join(core))
        if listed is not None:
            # "General Motors said", "according to Education Week": a listed body whose first
            # word was read as a title.
            whole = Mention(listed[0], m.end, self.people.masked[listed[0] : m.end], "name")
            return self._org_entity(whole, listed=True), "organization"
        if len(core) == 1 and self._acronym_speaks(m, core[0], issuer=issuer):
            ent = self._entity(self._spelled_out(core[0]), SpeakerKind.ORGANIZATION)
            ent.plural = True
            return ent, "organization"
        if (
            core
            and not split_name(m.text.split()).anchored
            and self._possessive_lead(m.start)
            and self._unnamed_after_owner(m)
        ):
            # "Dick's Sporting Goods said": a body whose first word is a possessive.
            return self._org_entity(m), "organization"
        name, person = self.people.canonical(m.text.split(), m.start)
        if person is not None and len(core) == 1 and m.text == core[0]:
            person = self._quoted_namesake(person, m.start)
            name = person.name
        last = surname_word(name.split(), anchored=person is not None) if name else ""
        anchored = person is not None or len(name.split()) > 1
        if not last or not looks_like_surname(last, anchored=anchored):
            return None, "name"
        if person is None and len(core) == 1 and self._no_name(m, core[0]):
            return None, "name"
        if person is None and self._owned_title(m.start):
            return None, "name"  # "on ABC's This Week said": a network's show, nobody
        ent = self._entity(name, SpeakerKind.PERSON)
        if person is not None:
            person.likely = True  # a speaker is surely a person
            self.people.note(m.start, m.end, person)
            ent.gender = ent.gender or person.gender
        if name != m.text and name not in ent.aliases:
            ent.aliases.append(name)
        if ent.description is None and m.description is None and person is not None:
            ent.description = person.description
        how = "name" if len(name.split()) > 1 else "surname"
        return ent, how

    def _owned_title(self, pos: int) -> bool:
        """Whether a capitalised stop word after an owner's "'s" stands right before POS
        ("ABC's This Week", "Fox's The Five"): the name of the owner's show or work."""
        found = _OWNED_TITLE_RE.search(self.people.masked, max(0, pos - OWNED_TITLE_CHARS), pos)
        return found is not None and found.group(1).lower() in DETERMINERS

    def _quoted_namesake(self, person: Person, pos: int) -> Person:
        """The person a bare surname at POS names as a speaker: PERSON (the namesake named
        last), unless PERSON has not spoken yet, was last named in passing, and exactly one
        namesake has spoken ("says Mark Klass, the father of Polly Klass. Klass says": the
        father; "Trump said" after "the press secretary for first lady Melania Trump": the
        president). A relative named in passing is seldom the next "Klass said"; who spoke is."""
        if self._spoke(person.name):
            return person
        spoke = [p for p in self.people.namesakes(person) if self._spoke(p.name)]
        if len(spoke) != 1 or not self.people.named_in_passing(person, pos):
            return person  # namesakes are rare: the mentions are placed only for them
        return spoke[0]

    def _spoke(self, name: str) -> bool:
        ent = self.entities.get(name)
        return ent is not None and ent.kind == SpeakerKind.PERSON and ent.last >= 0

    def _acronym_speaks(self, m: Mention, word: str, *, issuer: bool) -> bool:
        """Whether WORD, in capitals, is an organisation's acronym as the subject of a cue
        ("AIPAC issued a statement saying"): no object of a preposition, no place or dateline
        ("WASHINGTON (Reuters) -"), no transcript's label ("TRUMP:"), no title ("CEO") or
        country ("UK"), no word of a longer name in capitals ("USA TODAY"), no person the
        article names. A document's ISSUER may follow a preposition ("a statement from AIPAC")."""
        low = word.lower()
        if (
            not _ACRONYM_WORD_RE.fullmatch(word)
            or low in PLACES
            or low in TITLE_WORDS
            or low in PRONOUNS
        ):
            return False
        masked = self.people.masked
        if _DATELINE_AFTER_RE.match(masked, m.end) or _CAPITAL_AFTER_RE.match(masked, m.end):
            return False
        before = masked[max(0, m.start - 12) : m.start].split()
        if before and before[-1] in SPEAKER_PREPS and not issuer:
            return False  # "the business side of TV is arguing": no subject
        if self.people.canonical([word], m.start)[1] is not None or f"{word}:" in masked:
            return False  # a person, or a transcript's speaker label anywhere ("HALL: ...")
        # Named more than once, spelled out, a known organisation, or after a body's noun
        # ("state-run news agency SANA said"): a name, not a stray word in capitals.
        body_noun = bool(before) and clean(before[-1]) in (ORG_DESCRIPTION_HEADS | _WIRE_HEADS)
        return masked.count(word) > 1 or canonical_org(word) != word or body_noun

    def _org_apposition(self, m: Mention, core: list[str]) -> bool:
        """Whether a name is an organisation's, described so right after it ("J Street, the
        dovish, left-wing Middle East lobbying organization, issued", "Stena Bulk, the company
        that owns the Stena Impero, said"): the description's last word, before a comma or
        "that", is an organisation's noun, and no preposition or relative word stands before
        it ("a spokesman for the governor's office", "a member of that committee"). Not a
        person named with a given name."""
        masked = self.people.masked
        if masked[m.end : m.end + 1] != ",":
            return False
        if _NAME_JOINER_BEFORE_RE.search(masked, max(0, m.start - 30), m.start):
            return False  # "Foreign Policy for America, a nonpartisan advocacy organization"
        found = _ORG_APPOSITION_RE.match(masked, m.end)
        if found is None or any(
            clean(w) in SPEAKER_PREPS or clean(w) in _RELATIVE_WORDS for w in found.group(1).split()
        ):
            return False
        person = self.people.canonical(core, m.start)[1]
        return person is None or not person.likely

    def _known_org(self, core: list[str], pos: int) -> bool:
        """Whether CORE is an organisation of the list ("Politico", "Pew") that nobody in the
        article names in full ("Forbes" after "Steve Forbes" stays the person)."""
        if org_key(" ".join(core)) not in org_variants():
            return False
        person = self.people.canonical(core, pos)[1]
        # "Goldman Sachs" looks like a name of two words: the list says otherwise.
        return person is None or org_key(person.name) in org_variants()

    def _spelled_out(self, acronym: str) -> str:
        """An acronym's organisation: the name the article spells out before it in brackets
        ("the National Iranian American Council (NIAC)"), else its known canonical name."""
        masked = self.people.masked
        i = masked.find(f"({acronym})")
        if i > 0:
            runs = list(_CAPITAL_RUN_RE.finditer(masked, max(0, i - 120), i))
            if runs and not masked[runs[-1].end() : i].strip():
                words = runs[-1].group(0).split()
                while words and words[0].lower() == "the":
                    words.pop(0)
                if len(words) > 1 and words[0][0] == acronym[0]:
                    return canonical_org(" ".join(words))
        return canonical_org(acronym)

    def _named_person(self, m: Mention, core: list[str]) -> bool:
        """Whether a run read as an organisation for the "the" before it is a place's name glued
        to a person's surname named in full before ("... committed in the U.S. Sanders said")."""
        if len(core) != 1 or not m.description:
            return False
        name, person = self.people.canonical(core, m.start)
        return person is not None and len(name.split()) > 1

    def _place_speaks(self, m: Mention, core: list[str]) -> bool:
        """Whether mention M is a country, state or city as the subject of a cue ("Canada
        said"): not a dateline ("WASHINGTON (Reuters) -"), nor part of a phrase ("officials in
        eastern Libya")."""
        place = " ".join(core)
        if place.lower() not in PLACES or place.isupper() or m.text != place:
            return False
        name, person = self.people.canonical(core, m.start)
        if person is not None and len(name.split()) > 1 and is_given(name.split()[0]):
            return False  # "Jordan, for one, said" after "Rep. Jim Jordan": the person
        masked = self.people.masked
        if _DATELINE_AFTER_RE.match(masked, m.end):
            return False
        raw = masked[max(0, m.start - 12) : m.start]
        before = raw.rstrip()
        if not before or before[-1] in ".,;:\n—–(-" or "\n" in raw[len(before) :]:
            return True  # also a paragraph's first words after a caption without a stop
        word = before.split()[-1].lower() if before.split() else ""
        return word in _CLAUSE_OPENERS

    def _party_member(self, m: Mention, core: list[str]) -> Entity | None:
        """ "the Oklahoma Republican said": the person last named with that party, else the
        person named just before - a party member described, not an organisation."""
        if not core or clean(core[-1]) not in PARTY_MEMBERS:
            return None
        before = self.people.masked[max(0, m.start - 10) : m.start]
        lead = _STATE_LEAD_RE.search(before)
        state = " ".join(core[:-1])
        if lead is not None:
            state = f"{lead.group(1)} {state}"  # "the South Carolina Republican"
        elif not before.lower().endswith("the "):
            return None
        if not all(w[:1].isupper() for w in core):
            return None
        role = clean(core[-1])
        person = self.people.by_state(state, m.start)
        if person is None and lead is None:
            # Only a two-word state named beside a person says who "the South Dakota
            # Republican" is; the party alone or the last name is read for one-word states.
            person = self.people.by_role(role, m.start) or self.people.last_named(m.start)
        if person is None:
            return None
        self.people.note(m.start, m.end, person)
        ent = self._entity(person.name, SpeakerKind.PERSON)
        ent.gender = ent.gender or person.gender
        return ent

    def _plural_opener(self, m: Mention, word: str) -> bool:
        """Whether WORD, opening a sentence, is a plural common noun ("Proponents say",
        "Pollsters say"): it ends in "s", nobody in the article bears it, it is no place or
        known organisation, and the article never writes it capitalised inside a sentence.
        Words ending in "us", "is" or "os" are seldom plurals ("Thus", "His", "Axios")."""
        if m.text != word or not word.endswith("s") or word.endswith(_NOT_PLURAL_ENDS):
            return False
        if not word[1:].islower() or not self._opens(m.start) or is_given(word):
            return False
        low = word.lower()
        if low in PLACES or org_key(word) in org_variants():
            return False
        if self.people.canonical([word], m.start)[1] is not None:
            return False
        if _APPOSITION_AFTER_RE.match(self.people.masked, m.end):
            return False  # "Ayres, the Republican half of the team, noted": one person
        return not _named_mid_sentence(self.people.masked, word)

    def _source_noun(self, m: Mention, core: list[str]) -> bool:
        """Whether CORE, opening a sentence, is a mass or plural noun that tells something,
        alone or before "of" ("Research also suggests", "Surveys of Iowa Democrats show"),
        borne by nobody the article names."""
        word = core[0] if len(core) == 1 or (len(core) > 1 and core[1] == "of") else ""
        if clean(word) not in EVIDENCE_NOUNS or not word[1:].islower() or not self._opens(m.start):
            return False
        return self.people.canonical([word], m.start)[1] is None

    def _opens(self, start: int) -> bool:
        """Whether START begins the text, a line or a sentence: after a stop, also one closing a
        quotation or a bracket ('upending." Please'), after a colon ("Possible solution:
        Unequivocally condemn"), or after a dateline ("DETROIT — Facing a rising chorus")."""
        masked = self.people.masked
        before = masked[max(0, start - 3) : start]
        if start == 0 or before.endswith(("\n", ". ", ".  ", "? ", "! ")):
            return True
        lo = max(0, start - _OPENER_LOOKBACK)
        return (
            _STOP_BEFORE_RE.search(self.text, lo, start) is not None
            or _DATELINE_BEFORE_RE.search(masked, max(0, start - ORG_LEAD_CHARS), start) is not None
        )

    def _no_name(self, m: Mention, word: str) -> bool:
        """Whether a lone capitalised word nobody in the article bears is no name: a place
        ("eastern Libya say"), a contraction ("They've"), a compound adjective ("Colorado-based",
        "Left-leaning"), or a common word opening a sentence: an adverb or one the article
        writes in lower case too ("Just got off the phone", "Initially, ..."), or a participle
        opening a phrase ("Sounding rattled, ...", "Facing criticism, ...") that the article
        never capitalises inside a sentence, as it would a surname ("said Clapper")."""
        low = clean(word)
        if low in PLACES or _CONTRACTION_RE.search(low) or _COMPOUND_ADJECTIVE_RE.search(word):
            return True
        if not self._opens(m.start):
            return False
        masked = self.people.masked
        if low in OPENING_WORDS or common_word(masked, low):
            return True
        participle = low.endswith(("ing", "ed")) and _LOWER_WORD_AFTER_RE.match(masked, m.end)
        plain_word = m.text == word and word[1:].islower()  # not "BuzzFeed", "FactCheck.org"
        return bool(participle) and plain_word and not _inside_sentence(masked, word)

    def _org_entity(self, m: Mention, *, listed: bool = False) -> Entity:
        # Organisations keep every word ("State Department"), only "the" goes.
        org_words = [strip_possessive(w) for w in m.text.split()]
        while org_words and org_words[0].lower() == "the":
            org_words.pop(0)
        org_words = self._law_title(m) + org_words
        if org_words and m.text.startswith(org_words[0]) and not split_name(org_words).anchored:
            org_words = self._possessive_lead(m.start) + org_words
        if len(org_words) > 1 and org_words[-1].lower() in _PLATFORMS:
            org_words.pop()  # "The Times Twitter feed was tweeting": the outlet's own feed
        name = canonical_org(" ".join(org_words) or m.text)
        if " " not in name and org_key(name) not in org_variants():
            # A listed name is whole: "How Nike" or "For Costco" before it are no part of it.
            name = canonical_org(self._fuller_org(name, m.start))
        # "The Post" after "The New York Post"
        for other in reversed(self.recent):
            if other.kind == SpeakerKind.ORGANIZATION and other.name.endswith(name):
                name = other.name
                break
        new = name not in self.entities
        law = clean(name.split()[-1]) in _LAW_NAME_WORDS and not listed
        ent = self._entity(name, SpeakerKind.DOCUMENT if law else SpeakerKind.ORGANIZATION)
        # Named only by the list, the body is one ("it"), never "they" or "we".
        ent.listed = listed and (new or ent.listed)
        # A law is "it", never the "they" of a later sentence.
        ent.plural = not ent.listed and clean(name.split()[-1]) not in _LAW_WORDS
        return ent

    def _unnamed_after_owner(self, m: Mention) -> bool:
        """Whether M, after an owner's "'s", names no person the article knows, or only the
        whole run with the owner ("Dick's Sporting Goods" read as one name)."""
        person = self.people.canonical(m.text.split(), m.start)[1]
        return person is None or _OWNER_FIRST_RE.match(person.name) is not None

    def _possessive_lead(self, start: int) -> list[str]:
        """The possessive word right before an organisation's name at START when it is the
        name's first word ("Moody's Investors Service", "Dick's Sporting Goods"): one the
        article never writes without its "'s", so no owner named on its own ("Trump's Justice
        Department"), and no place ("China's Foreign Ministry"); else []."""
        lead = _POSSESSIVE_LEAD_RE.search(self.people.masked, max(0, start - 30), start)
        if lead is None:
            return []
        word = lead.group(1)
        owner = word[:-2]
        prev = self.people.masked[max(0, lead.start(1) - 30) : lead.start(1)].split()[-1:]
        ends = prev and prev[0].endswith((".", "!", "?", ":", '"', "”"))
        if prev and prev[0][:1].isupper() and prev[0].lower() != "the" and not ends:
            return []  # "the Citrus County Sheriff's Office": the whole run is read elsewhere
        if clean(owner) in PLACES or clean(owner) in NATIONALITY_WORDS or owner.isupper():
            return []  # "China's Foreign Ministry", "UK's National Cyber Security Centre"
        if self.people.canonical([owner], start)[1] is not None:
            return []  # a person the article names: "Obama's National Security Council"
        if re.search(rf"(?<![\w’'-]){re.escape(owner)}(?![\w’'-])", self.people.masked):
            return []
        return [word]

    def _law_title(self, m: Mention) -> list[str]:
        """The capitalised words a title took from a law's name ("Communications" of the
        "Communications Decency Act"), which are the law's: none unless M names a law."""
        desc = m.description or ""
        words = m.text.split()
        if not desc or not words or clean(words[-1]) not in _LAW_WORDS:
            return []
        before = self.people.masked[max(0, m.start - len(desc) - 1) : m.start]
        if before != f"{desc} " or not all(w[:1].isupper() for w in desc.split()):
            return []
        return desc.split()

    def _fuller_org(self, word: str, pos: int) -> str:
        """The fuller name the article gives a one-word organisation ("Wall Street Journal" for
        "the Journal"): capitalised words right before WORD, nearest before POS, else first."""
        masked = self.people.masked
        found = ""
        i = masked.find(word)
        while i >= 0:
            before = _ORG_LEAD_RE.search(masked, max(0, i - ORG_LEAD_CHARS), i)
            if before is not None:
                words = before.group(1).split()
                ends = [k for k, w in enumerate(words) if _SENTENCE_END_WORD_RE.fullmatch(w)]
                if ends:
                    words = words[ends[-1] + 1 :]  # "on Monday. The Times": no name crosses a stop
                words = _opener_off(words)
                if words and (not found or i <= pos):
                    found = " ".join([*words, word])
                    if is_given(words[-1]) and split_name([*words, word]).anchored:
                        # "Know About Jared Kushner" before "the Kushner family": a person's
                        # name (after headline or title words) names no body; the word stays.
                        found = word
            if i > pos and found:
                break
            i = masked.find(word, i + len(word))
        return found or word

    def _org_referent(self, pos: int, head: str, core_words: list[str]) -> Entity | None:
        """The named organisation a definite description points at: "the department" after the
        Justice Department, "the bureau" after the FBI, "the agency" after an agency quoted
        just before. Its other words must be in the name ("the state department")."""
        want = {clean(w) for w in core_words} | {head}
        for ent in reversed(self.recent):
            if ent.kind != SpeakerKind.ORGANIZATION or ent.last < pos - ORG_REFERENT_WINDOW:
                continue
            if want <= {clean(w) for w in ent.name.split()}:
                return ent
        masked = self.people.masked
        lo = max(0, pos - ORG_REFERENT_WINDOW)
        found: tuple[int, str] | None = None
        for mm in _CAPITAL_RUN_RE.finditer(masked, lo, pos):
            run = mm.group(0)
            if head not in run.lower() and not _ACRONYM_RE.search(run):
                continue  # neither the head word nor an acronym that may stand for it
            full = canonical_org(run)
            if want <= {clean(w) for w in full.split()} and clean(full) != head:
                found = (mm.start(), run)  # the runs come in text order: the last one wins
        if found is not None:
            start, run = found
            return self._org_entity(Mention(start, start + len(run), run, "name", head="org"))
        if head in ORG_REFERENT_HEADS and want == {head}:
            # "the agency said" after an organisation quoted in the lines before.
            for ent in reversed(self.recent):
                if ent.kind == SpeakerKind.ORGANIZATION and ent.last >= pos - ORG_RECENT_WINDOW:
                    return ent
            return self._named_before(pos)
        return None

    def _named_before(self, pos: int) -> Entity | None:
        """The last name in the lines before POS that is no person, place or sentence opener:
        "... when he was hired by Uber, the company said"."""
        masked = self.people.masked
        lo = max(0, pos - ORG_RECENT_WINDOW)
        for mm in reversed(list(_CAPITAL_RUN_RE.finditer(masked, lo, pos))):
            # A run never spans a sentence end: "Friday. The U.S." is two.
            piece = _SENTENCE_END_RE.split(mm.group(0))[-1]
            at = mm.end() - len(piece)
            words = [strip_possessive(w.rstrip(".")) for w in piece.split()]
            while words and words[0].lower() == "the":
                words.pop(0)
            if not words or any(clean(w) in NAME_STOPWORDS for w in words):
                continue
            low = " ".join(words).lower()
            if low in PLACES or words[-1].lower() in PLACES or _INITIALS_RE.fullmatch(piece):
                continue
            before = masked[max(0, at - 2) : at]
            opener = at == 0 or before.endswith(("\n", ". ", "“", '"'))
            if opener and len(words) == 1 and not _named_mid_sentence(masked, words[0]):
                continue  # "Profits fell ..., the company said": a sentence's first word
            run = " ".join(words)
            if not (
                any(clean(w) in ORG_WORDS for w in words)
                or canonical_org(run) != run
                or _ACRONYM_RE.fullmatch(run)
            ):
                continue  # only a name that is surely an organisation: "Uber" may be a person
            name, person = self.people.canonical(words, mm.start())
            known = self.entities.get(name)
            if (
                (person is not None and person.likely)
                or is_given(words[0])
                or (known is not None and known.kind == SpeakerKind.PERSON and " " in name)
            ):
                continue  # a person, not the company
            run = " ".join(words)
            start = at + piece.find(words[0])
            return self._org_entity(Mention(start, start + len(run), run, "name", head="org"))
        return None

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
        if len(a) < 2 or len(b) < 2 or not all(looks_like_surname(w, anchored=True) for w in a + b):
            return None  # two people named in full, not "Gazprom PJSC and Sberbank PJSC"
        names = [" ".join(a), " ".join(b)]
        ent = self._entity(" and ".join(names), SpeakerKind.PERSON)
        ent.plural = True
        ent.members = tuple(names)
        return ent

    def _pronoun(self, p: str, pos: int) -> Entity | None:
        # "I" in the writer's words is the writer (or a transcript's unnamed voice): nobody here
        for ent in reversed(self.recent):
            if self._listed_fits(p, ent, pos) if ent.listed else _pronoun_fits(p, ent):
                return ent
        return None

    def _listed_fits(self, p: str, ent: Entity, pos: int) -> bool:
        """Whether the pronoun P at POS may mean ENT, an organisation known only from the list:
        "it" when ENT was just quoted, "they" only inside ENT's own sentence ("Pollsters at
        Gallup said they have identified flawed methods"), "we" never."""
        if p == "they":
            return self.people.sentence_of(pos) == self.people.sentence_of(ent.last)
        return p == "it" and self._just_quoted(ent, pos)

    def _just_quoted(self, ent: Entity, pos: int) -> bool:
        """Whether ENT was quoted at most ``LISTED_SENTENCES`` sentences before POS and one
        paragraph break away: a listed outlet quoted earlier is seldom what a later "it" means
        ("Politico says ... / “...,” it says" is; "Vox reports ... / ... the White House was
        wrong when it promised" is not)."""
        if ent.last < 0 or len(_PARAGRAPH_BREAK_RE.findall(self.text, ent.last, pos)) > 1:
            return False
        return self.people.sentence_of(pos) - self.people.sentence_of(ent.last) <= LISTED_SENTENCES

    def _described(self, m: Mention) -> Entity:
        words = [w for w in m.text.split() if w]
        low = [clean(w) for w in words]
        while low and low[0] in DETERMINERS:
            low.pop(0)
            words.pop(0)
        # Drop a trailing "from X and Y" / "for the campaign" phrase from the core.
        core_words: list[str] = []
        for n, w in enumerate(words):
            if clean(w) in SPEAKER_PREPS:
                break  # "a spokesman for Lee"
            postmodified = n + 1 < len(words) and clean(words[n + 1]) in SPEAKER_PREPS
            if core_words and clean(w) in POSTMODIFIERS and postmodified:
                break  # "an official familiar with the matter"
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
            deputy = _deputy_role(m)
            for ent in reversed(self.recent):
                if (
                    ent.kind == SpeakerKind.PERSON
                    and ent.description
                    and not ent.plural
                    and role in _description_roles(ent.description)
                    and (not deputy or deputy.split()[0] in ent.description.lower().split())
                ):
                    return ent
        kind = SpeakerKind.DOCUMENT if head in DOCUMENT_NOUNS else SpeakerKind.ANONYMOUS
        if (
            head in ORG_WORDS
            or head in ORG_DESCRIPTION_HEADS
            or head in ("campaign", "ministry", "government", "administration")
        ):
            kind = SpeakerKind.ORGANIZATION
        if kind == SpeakerKind.DOCUMENT:
            core_words = [w for w in core_words if not _dated(w)]  # "a Saturday statement"
        core = " ".join(core_words) or m.text
        if m.parts:
            parts = [strip_possessive(" ".join(core_tokens(p))) for p in m.parts]
            if kind == SpeakerKind.DOCUMENT:
                core = "-".join(parts) + " " + core
            else:
                # "a resident in Raqqa": the head and the phrase after it, without the article.
                core = " ".join([*core_words, *words[len(core_words) :]])
        if kind == SpeakerKind.ORGANIZATION and not m.indefinite and not m.parts:
            named = self._org_referent(m.start, head, core_words)
            if named is not None:
                return named
        if not m.indefinite:
            # A definite description repeats an earlier source: "the joint statement".
            mw = {clean(w) for w in core_words}
            for ent in reversed(self.recent):
                if ent.kind == kind and ent.head == head and mw <= ent.words | {head}:
                    return ent
        core = core.strip()
        if core.lower() == head:
            core = head  # "Video shows that ...": a sentence's first word, no name
        ent = self._entity(core, kind)
        ent.head = head
        ent.words = frozenset(clean(w) for w in core.replace("-", " ").split())
        ent.plural = head.endswith("s") and kind == SpeakerKind.ANONYMOUS
        return ent


_BARE_PERSON: Final = {"the man": "he", "the woman": "she"}
"""Bare definite person nouns that mean the person "he" or "she" would."""
_UNNAMED_PERSON_RE: Final = {
    text: re.compile(
        rf"(?i:(?<![\w’'-])(?:a|an|one|another|the[ \t]+other)[ \t]+(?:[\w-]+[ \t]+){{0,2}}"
        rf"{text.split()[1]}(?![\w’'-]))"
    )
    for text in _BARE_PERSON
}
"""An unnamed man or woman written of before: "a man", "one elderly woman", "the other man"."""
_WIRE_HEADS: Final = frozenset({"agency", "service"})
"""Heads of a news agency's description ("the state-run news agency", "news service")."""
_WIRE_NOUNS: Final = (["news", "agency"], ["news", "service"])
_WIRE_NAME_RE: Final = re.compile(
    r"(?<![\w’'-])([A-Z][\w-]*[A-Za-z])[ \t]+(news|News)[ \t]+(agency|service|Agency|Service)\b"
)
"""A news agency's name before its noun: "Xinhua news agency", "Tass news service"."""
WIRE_REACH: Final = 600
"""How far from an unnamed agency's description the agency's name is looked for."""


def _same_owner(before: str, owner: str) -> bool:
    """Whether the words BEFORE an agency's name leave it the agency of OWNER ("Iran's"), or of
    no one: not "Lebanon's National News Agency" for "Iran's state-run news agency", nor the
    "ISIS-linked Amaq news agency" for Turkey's."""
    for word in before.split()[-3:]:
        if word.endswith(("'s", "’s")) and word != owner:
            return False
        if word.endswith(("-linked", "-affiliated", "-backed", "-allied")):
            return False
    return True


def _wire_name(word: str) -> bool:
    """Whether WORD before "news agency" names the agency: not a nationality, a place, a
    possessive or a determiner ("Russian", "Iran's", "The")."""
    low = word.lower()
    return (
        low not in NATIONALITY_WORDS
        and low not in PLACES
        and low not in DETERMINERS
        and not low.endswith(("ian", "ese", "ish"))
    )


_EPITHET_HEADS: Final = (ROLE_HEADS | ANON_NOUNS) - frozenset(
    {"administration", "agency", "authority", "campaign", "police", "people", "source"}
)
"""Heads of a definite description that may stand for a person named before it; plurals aside."""
_REPEAT_WORDS: Final = frozenset(
    {"same", "other", "first", "second", "third", "latter", "former", "unnamed", "anonymous"}
)
"""Words of a description that repeat an unnamed source or tell one of several apart."""
EPITHET_SENTENCES: Final = 1
"""How many sentences before its own the person an epithet names may be named last."""
_OFFICES: Final = frozenset(
    {
        "president",
        "senator",
        "representative",
        "governor",
        "mayor",
        "secretary",
        "speaker",
        "minister",
        "judge",
    }
)
"""Offices one person seldom holds two of at once: an epithet naming one the person is known
by another of names someone else."""
EPITHET_WORDS: Final = 5
"""The longest epithet read so, "the" and its head included ("the presumptive GOP nominee")."""
_EPITHET_WORD_RE: Final = re.compile(r"[a-z][a-z.\-]*[a-z.]|[a-z]")
"""A plain modifier of an epithet, lower-cased: no figures, brackets, possessives or "..."."""
_EPITHET_PLACE_RE: Final = re.compile(r"\s*(?:\x01+[,\s]*(?:[a-z]+\s+)?)?")
"""What may come before an epithet in its sentence: nothing, or a quotation ("“...,” the
senator said") and a cue before it ("“...,” said the senator")."""
_APPOSED_NAME_RE: Final = re.compile(r",[ \t]+[A-Z]")
_APPOSED_BEFORE_RE: Final = re.compile(r"([A-Z][\w’'\-]+),[ \t]+(?:[Tt]he[ \t]+|[Aa]n?[ \t]+)?$")
"""A name set off before a description: "Daryl Washington, the ..."."""
APPOSED_REACH: Final = 80
"""How far before a description its apposed name is looked for."""
"""A name set off after a description: "The secretary general, António Guterres,"."""


_INTRODUCED_RE: Final = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[\w.\-]+[ \t]+){0,3}?(?:"
    + "|".join(sorted(w for w in _EPITHET_HEADS if w.isalpha()))
    + r")\b"
)
"""An unnamed source introduced: "An Iowa Republican", "a senior official"."""


@lru_cache(maxsize=256)
def _introduced_re(head: str) -> re.Pattern[str]:
    """An indefinite phrase with HEAD as its noun: "a retired military officer", "one official"."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\b[^.;:\n]{{0,40}}?\b{re.escape(head)}\b")


_PLATFORMS: Final = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok"})
"""Platforms whose name after an outlet's names its feed or account, not another body."""


@lru_cache(maxsize=4096)
def _description_roles(description: str) -> frozenset[str]:
    """The roles a speaker's description names, each by its alias ("Sen." -> "senator"), up to
    a preposition: "spokeswoman for the Southern Poverty Law Center" is no "center"."""
    words = [clean(x).replace(".", "") for x in description.split()]
    cut = next((k for k, w in enumerate(words) if w in SPEAKER_PREPS), len(words))
    return frozenset(ROLE_ALIASES.get(w, w) for w in words[:cut])


def _office_title(m: Mention, core: list[str]) -> str:
    """The title a one-word name is the object of ("Director of Elections": "director"), or ""
    when the words before the name are no title followed by "of"."""
    words = (m.description or "").split()
    if len(core) != 1 or len(words) != 2 or words[1] != "of" or m.text != core[0]:
        return ""
    if clean(core[0]) in PLACES:
        return ""  # "The State of Michigan argued": the place's government
    title = clean(words[0])
    return title if title in TITLE_WORDS else ""


def _deputy_role(m: Mention) -> str:
    """ "vice president" for "the vice president" (a deputy's word before the head), else ""."""
    words = m.text.lower().split()
    if len(words) > 1 and words[-1] == m.head and words[-2] in DEPUTY_WORDS:
        return f"{words[-2]} {ROLE_ALIASES.get(m.head, m.head)}"
    return ""


_WEB_NAME_RE: Final = re.compile(r"\w\.(?:com|org|net|gov|edu)\W*$", re.IGNORECASE)
"""A name written as a web address ("MoveOn.org", "Edmunds.com")."""


def _dated(word: str) -> bool:
    """Whether WORD, in a document's description, is a day of the week ("Saturday")."""
    return clean(word) in DAY_WORDS


def _pronoun_fits(p: str, ent: Entity) -> bool:
    """Whether the pronoun P may point at the recent speaker ENT."""
    if p in ("he", "she"):
        person = ent.kind == SpeakerKind.PERSON or (
            # "a statement Wednesday night": a document, whatever its last word; "Trump
            # insisted the country learned ... He said": a clause's subject, no one person
            ent.kind == SpeakerKind.ANONYMOUS
            and not ent.words & DOCUMENT_NOUNS
            and _one_person_noun(ent.head)
        )
        return person and not ent.plural and (not ent.gender or ent.gender == p)
    if p in ("they", "we"):
        return ent.plural
    return p == "it" and ent.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.DOCUMENT)


def _one_person_noun(head: str) -> bool:
    """Whether HEAD, the head word of a description, may name one person that "he" or "she"
    can mean: a singular source or role noun ("the official", "the governor") or a word formed
    like one ("the dispatcher", "the economist"); not "people", "the country", "the agreement"."""
    if head in _PERSON_HEADS:
        return True
    if head in _GROUP_HEADS or head.endswith("s"):
        return False
    return head.endswith(_PERSON_ENDINGS)
