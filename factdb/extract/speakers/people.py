"""The people one article names: their fullest names, pronouns, roles and where they are mentioned.

Built once per article from the masked text (quotations blanked, so nobody named inside a
quotation counts), it answers three questions for the speaker resolver:

- ``canonical``: the fullest name the article uses for a mention ("Trump", "Mrs. May",
  "Gov. Rick Scott") - the same surname, compatible first names, suffixes kept apart
  ("Donald Trump" is not "Donald Trump Jr.");
- ``antecedent``: who "he" or "she" is - the nearest earlier person in the same sentence, else
  the first (subject) person of an earlier sentence whose pronoun fits, at most a few sentences
  back ("she" prefers a woman to someone of unknown gender, such as "President Trump");
- ``by_role``: who "the president" or "the prime minister" is - the last person named with that
  title.

Stages: 1. runs of capitalised words; 2. each split into title words and a name
(:mod:`names_parse`); 3. names grouped into people; 4. every mention placed in its sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, NamedTuple

from factdb.extract.speakers.names import same_person
from factdb.extract.speakers.names_parse import (
    CAPTION_LABELS,
    HONORIFICS,
    KIN_NOUNS,
    PLACES,
    SHORT_ORG,
    SPEAKERS_DATA,
    SUFFIXES,
    NameSplit,
    inner_owner,
    is_given,
    is_initial,
    looks_like_surname,
    plain,
    split_name,
)
from factdb.extract.speakers.organizations import body_or_place
from factdb.extract.speakers.states import state_res
from factdb.extract.text.lexicon import (
    ABBREVIATIONS,
    ANON_NOUNS,
    AUX_WORDS,
    CLAUSE_OPENERS,
    CUE_WORDS,
    DETERMINERS,
    NAME_PARTICLES,
    NAME_STOPWORDS,
    NATIONALITY_WORDS,
    ORG_WORDS,
    PERSON_TITLES,
    ROLE_ALIASES,
    ROLE_HEADS,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
)
from factdb.extract.text.sentences import split_sentences
from factdb.extract.text.wordlists import lines, words

_TOKEN: Final = (
    r"(?:[A-Z][\w’'.&-]*|(?:al|el|bin|ibn|abu|de|da|di|du|van|von|der|la|le)-[A-Z][\w’'-]*)"
)
_PARTICLE: Final = r"(?:van|von|de|der|den|da|di|du|del|dos|la|le|bin|ibn|al|el|St\.)"
# The capital comes first and the look-behind after it: the engine then skips to capitals.
# The first word's letters are taken possessively (``*+``): only a blank may follow them, so
# giving some back never helps, and a lone capitalised word fails at once.
RUN_RE: Final = re.compile(
    rf"[A-Z](?<![\w’'.-][A-Z])[\w’'.&-]*+(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_TOKEN})+"
)
"""Two or more capitalised words (particles between them): where full names are."""
MAX_RUN: Final = 8
"""Longer runs of capitals are headlines or lists, not a name with its titles."""
LOWER_BEFORE: Final = 3
"""Lower-case words right before a name that may be its title ("press secretary")."""

_LOWER_NOUN_AFTER_RE: Final = re.compile(r" (?!(?:and|or|of|who|which|that|is|was|has)\b)[a-z]")
"""A lower-case noun right after a name ("the Norquist pledge"), not a joining word."""
_PRONOUN_RES: Final = {
    p: re.compile(rf"(?<![\w’'-]){p}(?![\w’'-])", re.IGNORECASE) for p in ("he", "she")
}
"""A written "he" or "she", any case."""
MAX_NAME_WORDS: Final = 4
"""A run of more capitalised words is a title or an organisation, not one person's name."""
SAME_CACHE: Final = 8192
MAX_NAMESAKES: Final = 20
LOWER_CHARS: Final = 30
"""How far before a mention the words that may make it an object are looked for."""
PASSING_PREPS: Final = frozenset(
    {"of", "for", "to", "with", "by", "from", "about", "against", "at", "on", "over"}
)
"""Prepositions whose object a name is, named in passing ("the father of Polly Klass")."""
PASSING_WORDS: Final = 3
"""How many lower-case words before a name may hold that preposition ("for first lady")."""
"""At most this many people of one surname are told apart (news names a handful)."""
MAX_CANDIDATES: Final = 40
STATE_WINDOW: Final = 40
"""How far either side of a person's mention the state that describes them is looked for."""
"""A pronoun looks at most this many person mentions back."""
BACK_SENTENCES: Final = 4
"""How many sentences back a pronoun may find its person."""
_KIN_BEFORE_RE: Final = re.compile(
    r"\b(?:his|her|their)[ \t]+(?:\w+[ \t]+)?(?:"
    + "|".join(sorted(KIN_NOUNS, key=len, reverse=True))
    + r")(?:,[ \t]*|[ \t]+)(?:(?:[^\s.,;:!?“”\"]+|[A-Z][a-z]{1,4}\.)[ \t]+){0,4}$"
)
"""A relative introduced by a possessive and a kinship noun right before a name ("his brother,
former President", "her husband", "his father Rep."), not "the son of" (who is named then is
the parent)."""
KIN_CHARS: Final = 60
_NOT_VERBS_AFTER: Final = PASSING_PREPS | {"and", "or", "but", "nor"}
"""Words after a name that make it no clause's subject ("support Ron Paul or Romney")."""
MAX_CHAIN: Final = 3
"""How many sentences opening with the same pronoun a pronoun follows back."""
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
    abroad: set[str] = field(default_factory=set)
    """Roles written with another country's word before them ("Russian President")."""


class PersonMention(NamedTuple):
    """Where a person is named."""

    start: int
    end: int
    person: Person


_CLAUSE_SUBJECT_RE: Final = re.compile(
    r"[^,;:.!?“”\"()\n]*,[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+|[A-Z][a-z]+[ \t]+){0,3}"
)
"""The rest of an opening phrase up to its comma, and a title before the next person's name."""
_VERB_NEXT_RE: Final = re.compile(r"[ \t]+[a-z]")
_UNREAD_SUBJECT_RE: Final = re.compile(
    r"([A-Z][\w’'-]+)(?:[ \t]+[a-z][\w’'-]*){1,3}[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?"
)
"""A sentence opening with a capitalised word and one to three lower-case words (its verb)
before a name: "Trump praised ", "Kushner has asked "."""
_NOT_SUBJECT_NAMES: Final = frozenset({"he", "she", "it", "they", "we", "i", "you", "this"})
"""Capitalised words opening a sentence that are no unread name: pronouns."""
_BARE_COMMA_RE: Final = re.compile(r",[ \t]+")
_ROLE_OF_RE: Final = re.compile(
    r"(?<![\w’'-])[a-z]{3,}[ \t]+(?:for|of|to)[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?$"
)
"""A lower-case noun and "for", "of" or "to" right before a name: "spokesman for Mr. "."""
_OWNED_ROLE_RE: Final = re.compile(
    r"['’]s?(?:[ \t]+(?!(?:to|of|the|a|an|and|or|that|for|with|by|in|on|at|as|is|was|has)\b)"
    r"[a-z][\w-]*){1,3},?[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?"
)
"""A possessive and a role right before the next name: "Bush’s campaign manager Danny Diaz",
"Johnson's mother, Virginia Johnson" - the owner only qualifies the person named after it."""
"""A lower-case word right after a name: its verb, no possessive or apposition."""
_PERSON_NOUNS: Final = (
    frozenset(
        w
        for w in ANON_NOUNS | ROLE_HEADS | KIN_NOUNS
        if not w.endswith(("s", "'")) and w != "police"
    )
    - ORG_WORDS
)
"""Singular nouns of people ("organizer", "economist", "senator", "son") that describe a
name."""
_APPOSITION_WORDS_RE: Final = re.compile(
    r",[ \t]+(?:(?:an?|the)[ \t]+)?((?:[a-z\-]+[ \t]+){0,3}[a-z\-]+)\b"
)
"""The first lower-case words of an apposition after a name: ", a longtime organizer"."""
_ARTICLE_APPOSITION_RE: Final = re.compile(
    r",[ \t]+(?:an?|the)[ \t]+((?:[A-Za-z\-]+[ \t]+){0,3}[A-Za-z\-]+)\b"
)
"""An apposition after a name that opens with an article: ", a Democrat from Ohio"."""
_HUMAN_AFTER_RE: Final = re.compile(
    r",[ \t]+(?:an?[ \t]+)?\d{1,3}(?:,|-year-old\b)|,?[ \t]+who[ \t]+[a-z]"
)
"""A person's age or a relative "who" right after a name: "Monty Chandler, 46,", "Jayeesha
Dutta, a 36-year-old", "Len Fox, who took part"."""

_DEPUTY_WORDS: Final = frozenset({"vice", "deputy", "assistant", "under"})
"""Words before a title that make it another office ("Vice President", "deputy secretary")."""
DEPUTY_WORDS: Final = _DEPUTY_WORDS
GIVEN_NAME_HONOURS: Final = frozenset({"sir", "dame"})
"""Honours written before a given name alone ("Sir Kim" for Sir Kim Darroch), not a surname."""
HONOUR_CHARS: Final = 6
"""How far before a one-word mention its honour may start ("Dame ")."""
_PAST_WORDS: Final = frozenset({"former", "late", "then", "ex", "next", "future"})
"""Words before a title that say the person does not hold it now ("former President Obama")."""
PRESIDENTS: Final = words("presidents", SPEAKERS_DATA)
OBJECT_FOLLOWERS: Final = words("object_followers", SPEAKERS_DATA)
_AFTER_NAME_RE: Final = re.compile(r"(,?)[ \t]+([a-z]+)\b")
"""The lower-case word after a name, and whether a comma comes between."""
_RELATIVES: Final = ("who", "whom", "whose", "which")
"""Presidents of the home country, "given surname" (``data/presidents.txt``)."""
_PRESIDENT_SURNAMES: Final = frozenset(p.split()[-1] for p in PRESIDENTS)
_PRESIDENT_NAMES: Final[dict[str, str]] = {}
for _entry in lines("presidents", SPEAKERS_DATA):  # in file order: the short given name first
    _PRESIDENT_NAMES.setdefault(_entry.split()[-1], _entry.title())
"""A president's surname and full name ("trump": "Donald Trump"), for "President Trump" in an
article that never writes the given name."""
PRESIDENT_TITLE_CHARS: Final = 24
"""How far before a surname its "President" title (and the word before the title) is read."""


_JOINT_OBJECT_RE: Final = re.compile(
    r"[ \t]+([a-z][\w-]*)(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+to[ \t]+[a-z]"
)
"""A second object after "and" and an infinitive both objects take: " federal agencies to end"."""
TITLE_RUN_MAX: Final = 4
"""How many capitalised words of a title and its body may stand between a verb and a name."""


def _title_run_word(word: str) -> bool:
    """A capitalised word of a title before a name ("Sheriff", "County", "Sen."), not one that
    ends a clause or opens a sentence after a stop."""
    return word[:1].isupper() and word[-1:] not in ',;:!?"”)' and word.isascii()


def _listed_president(person: Person) -> bool:
    """Whether PERSON, named in full, is a president of the list ("Donald Trump")."""
    return f"{plain(person.name.split()[0])} {person.surname}" in PRESIDENTS


_HOME_WORDS: Final = frozenset({"american", "america", "united states", "u.s.", "us"})
"""The home country's words before a title ("U.S. President Donald Trump")."""
_ADMINISTRATION_RE: Final = re.compile(
    r"(?<![\w’'.-])(?:(\w+)[ \t-]+)?([A-Z][\w’'-]+?)(?:’s|'s)?[ \t]+administration\b"
)
"""A president's administration named after him ("the Trump administration"); the word before
may say it is past ("the former Bush administration")."""


_APPOSITION_ROLE_RE: Final = re.compile(
    r",[ \t]+the[ \t]+(?:(?:U\.S\.|US|[A-Z][a-z]+)[ \t]+)?"
    r"(president|governor|mayor|chairman|chairwoman|senator)(?=[,.;:)]|[ \t]+of[ \t])"
)
"""A definite role in apposition right after a name ("Trump, the president,", "Ms. Lee, the
French president of ..."): the person holds it, as if titled; "the former president" does not."""


_HELD_AT_RE: Final = re.compile(r"(?:^|[ \t])(?:of|at)(?:[ \t]+the)?$")
"""The end of the lower-case words before a name that is where a role is held: "the president
of", "the secretary of the"."""


@lru_cache(maxsize=SAME_CACHE)
def _role_words(split: NameSplit, lower_before: str) -> frozenset[str]:
    if _HELD_AT_RE.search(lower_before):
        # "He's the president of Spectrum Geo", "the secretary of the Air Force": the name is
        # where the role is held.
        lower_before = ""
    out = set()
    prev = ("", "")
    for w in (*lower_before.split(), *split.before):
        low = plain(w)
        title = low in TITLE_WORDS or low + "." in TITLE_WORDS
        serves = prev[1] in _DEPUTY_WORDS or prev == ("to", "the")
        if title and not serves:
            # A vice president is not "the president", nor an assistant to the president.
            out.add(ROLE_ALIASES.get(low, low))
        elif title and prev[1] in _DEPUTY_WORDS:
            out.add(f"{prev[1]} {ROLE_ALIASES.get(low, low)}")  # "the vice president" is he
        prev = (prev[1], low)
    return frozenset(out)


_BODY_OF_BEFORE_RE: Final = re.compile(r"\b([A-Z][a-z]+) of[ \t]+$")
"""A capitalised word and "of" before a run: "Bureau of", "Office of" when it names a body."""
_BODY_OF_WORDS: Final = 3
"""The most words of a body's name after "Bureau of" read as no person: longer runs go on to a
person's title and name ("Department of Homeland Security Secretary Kirstjen Nielsen")."""


def _after_cue(text: str, pos: int) -> bool:
    """Whether the word right before POS is a speech verb ("said his grandson, ...")."""
    before = text[max(0, pos - LOWER_CHARS) : pos].split()[-1:]
    return bool(before) and before[0].lower() in CUE_WORDS


def _opens_at(text: str, start: int) -> bool:
    """Whether START opens the text, a line or a sentence: a full stop, a question or an
    exclamation mark (a closing quotation mark after it) and a blank or two before it."""
    k = start - 1
    if k < 0 or text[k] == "\n":
        return True
    if text[k] not in " \t":
        return False
    if k > 0 and text[k - 1] in " \t":
        k -= 1
    k -= 1
    if k >= 0 and text[k] in '"”’':
        k -= 1
    return k >= 0 and text[k] in ".!?"


def _written_lower(text: str, low: str) -> bool:
    """Whether the lower-case word LOW stands as a whole word in TEXT."""
    i = text.find(low)
    while i >= 0:
        j = i + len(low)
        before = text[i - 1 : i] if i else " "
        after = text[j : j + 1] or " "
        if not (before.isalnum() or before in "’'-") and not (after.isalnum() or after in "’'-"):
            return True
        i = text.find(low, j)
    return False


@lru_cache(maxsize=SAME_CACHE)
def _abroad_roles(split: NameSplit) -> frozenset[str]:
    """The titles of a name written after another country's word ("Russian President Vladimir
    Putin", "Ukraine's President"): a bare "the president" in the news read here is the home
    country's."""
    out = set()
    for prev, w in itertools.pairwise(split.before):
        low = plain(w)
        if _foreign_word(prev) and low in TITLE_WORDS:
            out.add(ROLE_ALIASES.get(low, low))
    return frozenset(out)


def _foreign_word(word: str) -> bool:
    """Whether WORD names another country than the home one ("Russian", "Ukraine's")."""
    country = plain(word).removesuffix("'s").removesuffix("’s")
    if country in _HOME_WORDS:
        return False
    return country in NATIONALITY_WORDS or (word.endswith(("'s", "’s")) and country in PLACES)


@lru_cache(maxsize=SAME_CACHE)
def _given_title_only(before: tuple[str, ...]) -> bool:
    """Whether the words BEFORE a one-word name leave it free to be a given name: none, or an
    honour that goes before given names ("Sir Kim", "Dame Judi"); "Mr. Kim" is a surname."""
    return all(plain(w) in GIVEN_NAME_HONOURS for w in before)


def _same(a: str, b: str) -> bool:
    """``same_person`` of two names, remembered: an article repeats its names."""
    return same_person(a, b)


def _person_title(split: NameSplit) -> bool:
    """Whether a person's title stands right before the name ("President Trump", "Secretary
    Nielsen"), not a department's word ("Homeland Security", "Health Insurance")."""
    return bool(split.before) and plain(split.before[-1]).replace(".", "") in PERSON_TITLES


_WILL_QUESTION_RE: Final = re.compile(r"Will [^.!?\n]*\?")
"""A question opening with "Will", up to its question mark."""
VERB_ING: Final = 6
"""A word in "-ing" of at least this many letters opening a sentence is read as a verb
("Calling Iran", "Setting Nike"); shorter ones may be names ("King")."""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether START begins the text, a line or a sentence (after ". ", "? ", "! ")."""
    before = text[max(0, start - 2) : start]
    return start == 0 or before[-1:] == "\n" or before in (". ", "? ", "! ")


def _likely(split: NameSplit, lower: str) -> bool:
    return split.anchored or bool(split.before) or bool(_role_words(split, lower))


def _description(split: NameSplit, lower: str) -> str | None:
    titles = [
        w for w in (*lower.split(), *split.before) if plain(w) in TITLE_WORDS or w[:1].isupper()
    ]
    return " ".join(titles) or None


@lru_cache(maxsize=SAME_CACHE)
def _short_title_case(word: str) -> bool:
    """ "Un" of "Kim Jong Un": an organisation's two-letter acronym written as a name, not in
    capitals ("UN"), nor closing a sentence ("Un."); the surname test decides."""
    return (
        len(word) <= SHORT_ORG and word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
    )


def surname_word(name: tuple[str, ...] | list[str], *, anchored: bool) -> str:
    """The word of NAME that must look like a surname: the last, or, after a given name, the
    one before a suffix in capitals ("Abdullah II", "Benigno Aquino III"; "II" alone looks
    like an acronym, and "World War II" is nobody)."""
    last = name[-1].rstrip(".")
    if anchored and len(name) > 1 and last.isupper() and plain(last) in SUFFIXES:
        return name[-2].rstrip(".")
    return last


def _given_before(full: str, name: str) -> bool:
    """Whether FULL is NAME after given names or initials only: "Debbie Wasserman Schultz" for
    "Wasserman Schultz", not "Vox's Zack Beauchamp" for "Zack Beauchamp". A compound given name
    and a particle after it count ("Marie-Hélène de Lacoste Lareymondie" for "Lacoste
    Lareymondie")."""
    if not full.endswith(f" {name}"):
        return False
    before = full[: -len(name) - 1].split()
    if before and plain(before[-1]) in NAME_PARTICLES:
        before = before[:-1]
    return bool(before) and all(
        is_given(w) or is_initial(w) or ("-" in w and is_given(w.split("-", 1)[0])) for w in before
    )


def _run_name(group: str) -> tuple[NameSplit, int] | None:
    """A run's name and where it starts in the run, or None when the run names nobody."""
    toks = group.split()
    last = toks[-1]
    if len(toks) > MAX_RUN or (plain(last) in ORG_WORDS and not _short_title_case(last)):
        return None
    if len(toks) > 1 and body_or_place(toks):
        return None  # "Saudi Arabia", "General Motors", "New York": a place or a body
    split = split_name(toks)
    anchored = split.anchored or bool(split.before)
    if any(len(w) > 2 and w.lower() in TITLE_SMALL_WORDS for w in split.name[1:-1]):
        return None  # "Women For Cohen", "Americans For Prosperity": a group's name, no one's
    if not split.name or not looks_like_surname(
        surname_word(split.name, anchored=split.anchored), anchored=anchored
    ):
        return None
    return split, group.rfind(split.name[0]) if split.before else 0


_STOP_RE: Final = re.compile(r"(?<=[a-z]{3}[a-z])\.\s+(?=[A-Z])")
"""A full stop after a lower-case word of four letters or more ends a sentence ("Williams.
Later"), unlike an initial or a title's ("J.", "Gov.", "Capt.")."""
_SHORT_STOP_RE: Final = re.compile(r"(?<![\w’'.-])([A-Z][a-z]{2,3}|[A-Z]{2,5})\.\s+(?=[A-Z])")
"""A full stop after a short capitalised word or an acronym ("Jeb Bush. Bush seemed", "Ted
Cruz. The", "a deal with the UN. But Trump said"): a word ending its sentence, unless it is an
abbreviation ("Gov.", "Sen.", "Inc.")."""


def _pieces(start: int, group: str) -> list[tuple[int, str]]:
    """A run cut where a sentence ends inside it, each piece with its start."""
    if ". " not in group and ".\n" not in group:
        return [(start, group)]
    stops = [
        m
        for m in _STOP_RE.finditer(group)
        if group[max(0, m.start() - 5) : m.start() + 1].lower().lstrip() not in _TITLE_STOPS
    ]
    stops += [
        m
        for m in _SHORT_STOP_RE.finditer(group)
        if m.group(1).lower() not in ABBREVIATIONS and f"{m.group(1).lower()}." not in TITLE_WORDS
    ]
    out = []
    pos = 0
    for m in sorted(stops, key=lambda m: m.start()):
        stop = m.end(1) if m.re is _SHORT_STOP_RE else m.start()
        if stop < pos:
            continue
        out.append((start + pos, group[pos:stop]))
        pos = m.end()
    out.append((start + pos, group[pos:]))
    return [(s, g) for s, g in out if " " in g.strip()]


_TITLE_STOPS: Final = frozenset(w for w in TITLE_WORDS if w.endswith(".") and len(w) == 5)


def _other_gender(person: Person, split: NameSplit) -> bool:
    """Whether the honorific or given name of SPLIT gives another pronoun than PERSON's."""
    return bool(person.gender and split.before) and split.gender not in ("", person.gender)


def _standalone(text: str, i: int, j: int) -> bool:
    """Whether ``text[i:j]`` is a whole word (a possessive "'s" may follow)."""
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] in "’'.-"):
        return False
    if text.startswith(("'s", "’s"), j):
        j += 2
    return j >= len(text) or not (text[j].isalnum() or text[j] in "’'-")


_SERVES_TITLE_RE: Final = re.compile(r"\b[Tt]o[ \t]+the[ \t]+\w*$")
"""A title served, not held: "Counsel to the President Pat Cipollone" (the counsel is named)."""
SERVES_CHARS: Final = 12


@lru_cache(maxsize=64)
def _title_re(role: str) -> re.Pattern[str]:
    """A role written as a capitalised title before a name ("President Donald Trump"), with the
    word before it ("Vice", "former")."""
    title = r"[ \t]+".join(w.capitalize() for w in role.split())
    return re.compile(
        rf"(?<![\w’'.-])(?:(\w+)[ \t-]+)?{title}[ \t]+"
        rf"((?:[A-Z][\w.’'-]*[ \t]+){{0,3}}[A-Z][\w’'-]+)"
    )


@lru_cache(maxsize=SAME_CACHE)
def _alone(form: str) -> NameSplit:
    """A surname written alone, as a name split: one object a form (a split's identity is its
    equality, and an article looks each form up once)."""
    return NameSplit((), (form,), False)


class People:
    """The people of one article (see the module docstring)."""

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.people: list[Person] = []
        self.mentions: list[PersonMention] = []
        self._sent_starts: list[int] = []
        self._starts: list[int] = []
        self._with_role: dict[str, list[Person]] = {}
        self._by_surname: dict[tuple[str, str], list[Person]] = {}
        self._found: dict[NameSplit, Person | None] = {}
        self._built_people = False
        self._mentioned = False
        self._runs_found: list[tuple[int, int, NameSplit, str]] = []
        self._built = False
        self._listed: dict[str, str] = {}
        """Full names from the list of presidents for people the article names by surname."""
        self._notes: list[PersonMention] = []
        """Mentions the resolver noted before any question needed them placed."""

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
        self._runs_found = self._runs()
        self._people_from(self._runs_found)
        self._built_people = True

    def _ensure_mentions(self) -> None:
        """Place every mention (only pronouns, titles and shared surnames need them)."""
        self._build()
        if self._mentioned:
            return
        self._mentioned = True
        self._mentions_from(self._runs_found)
        self._starts = [mm.start for mm in self.mentions]
        for p in self.people:
            for r in p.roles:
                self._with_role.setdefault(r, []).append(p)
        notes, self._notes = self._notes, []
        for mm in notes:
            self.note(*mm)

    def _runs(self) -> list[tuple[int, int, NameSplit, str]]:
        """1.-2. runs of two or more capitalised words, split into titles and a name."""
        runs: list[tuple[int, int, NameSplit, str]] = []
        for m in RUN_RE.finditer(self.masked):
            for start, group in _pieces(m.start(), m.group()):
                self._add_run(runs, start, group)
        return runs

    def _add_run(self, runs: list[tuple[int, int, NameSplit, str]], start: int, group: str) -> None:
        end = start + len(group)
        if self.masked[end : end + 1] == "/" or self.masked[start - 1 : start] == "/":
            return  # a photographer's credit: "Pablo Martinez Monsivais/AP", "REUTERS/Jim Bourg"
        words = group.split(" ")
        body_of = (
            _BODY_OF_BEFORE_RE.search(self.masked, max(0, start - 24), start)
            if self.masked[start - 3 : start] == "of "
            else None
        )
        if (
            body_of is not None
            and body_of.group(1).lower() in ORG_WORDS
            and len(words) <= _BODY_OF_WORDS
            and not any(is_given(w) for w in words)
        ):
            return  # "the Bureau of Justice Assistance": the rest of a body's name, no person
        if (
            words[0] == "Will"
            and (
                _opens_sentence(self.masked, start)
                or self.masked[start - 1 : start] == ":"
                or self.masked[start - 2 : start] == ": "
            )
            and (_WILL_QUESTION_RE.match(self.masked, start) or self._will_verb(start, words))
        ):
            # "Will Trump be ready for the meeting?": the verb, no given name.
            if len(words) > 2:
                self._add_run(runs, start + 5, group[5:])
            return
        if (
            len(words) > 1
            and words[0].lower() in CAPTION_LABELS
            and (start == 0 or self.masked[start - 1] == "\n")
            and not is_given(words[0])
        ):
            # "Embed Trump rejects reports ...": a caption's label opening its line, no given name.
            if len(words) > 2:
                self._add_run(runs, start + len(words[0]) + 1, group[len(words[0]) + 1 :])
            return
        for k, word in enumerate(words[:-1]):
            if not word.endswith("ing") or is_given(word):
                continue
            if k == 0:
                verb = f" {word.lower()} " in self.masked or (
                    len(word) >= VERB_ING and _opens_sentence(self.masked, start)
                )
            else:  # "... in Ohio. Considering Romney's ...", not "John B. King Jr."
                before = words[k - 1]
                verb = len(word) >= VERB_ING and len(before) > 4 and before.endswith(".")
            if verb:
                # "Firing Mueller would set off a firestorm", where "firing" is written in lower
                # case too, or "Considering Romney's success, ..." opening a sentence: a verb,
                # no given name. What stands before it is read on its own ("John B. King Jr.").
                if k > 0:
                    self._add_run(runs, start, " ".join(words[:k]))
                cut = len(" ".join(words[: k + 1])) + 1
                start += cut
                group = group[cut:]
                if " " not in group.strip():
                    return
                break
        if self._common_opener(start, group):
            # "Rapper Kanye West said", "Today Schroeder says": a common word opening the
            # sentence, no part of the name.
            cut = group.index(" ") + 1
            if " " in group[cut:].strip():
                self._add_run(runs, start + cut, group[cut:])
            return
        cut = inner_owner(words)
        if cut and words[cut].lower() in DETERMINERS:
            # "ABC's This Week", "Fox's The Five": the owner's show or work, nobody's name; the
            # owner's own name is read on its own.
            if cut > 1:
                self._add_run(runs, start, " ".join(words[:cut]))
            return
        if cut > 1 or (cut and split_name(words[cut:]).anchored):
            # "Best Buy's Barry", "the Bongino Report's Dan Bongino", "Obama's Clean Power
            # Plan": no name goes on past an owner's "'s". A name of two words or more after
            # it is read on its own, else the owner's name before it. A one-word owner before
            # words of no name stays whole ("Moody's Analytics"): nobody is named apart.
            owned = " ".join(words[cut:])
            if split_name(words[cut:]).anchored or self._owned_name(words[cut:]):
                if cut < len(words) - 1:
                    self._add_run(runs, start + len(group) - len(owned), owned)
            elif cut > 1:
                self._add_run(runs, start, " ".join(words[:cut]))
            return
        found = _run_name(group)
        if found is not None:
            split, offset = found
            # The lower-case words before a name matter only when nothing else says it is one.
            lower = "" if split.anchored or split.before else self._lower_before(start)
            if split.before and self.masked[max(0, start - 7) : start].lower() == "to the ":
                lower = "to the"  # "Assistant to the President Dan Scavino" serves the title
            runs.append((start + offset, start + len(group), split, lower))

    def _will_verb(self, start: int, words: list[str]) -> bool:
        """Whether "Will" and one surname opening a sentence ask a question whose mark is
        missing ("Will Trump repeat the pledge ..."): a plain verb follows (no stop word,
        auxiliary, cue word or word in "-s" or "-ed": "Will Smith stars", "Will Smith will
        star", "Will Smith said") and the article writes the surname without "Will" too."""
        if len(words) != 2 or not _opens_sentence(self.masked, start):
            return False
        after = _AFTER_NAME_RE.match(self.masked, start + len(words[0]) + len(words[1]) + 1)
        if after is None or after.group(1):
            return False
        verb = after.group(2)
        if verb in NAME_STOPWORDS or verb in AUX_WORDS or verb in CUE_WORDS:
            return False
        if verb.endswith(("s", "ed")):
            return False
        return self.masked.count(words[1]) > self.masked.count(f"Will {words[1]}")

    def _owned_name(self, owned: list[str]) -> bool:
        """Whether the two words OWNED after an owner's "'s" are a person's name whose given
        name the list lacks ("The Washington Post's Barton Gellman"): the surname is also
        written alone, and both words look like names, neither a body's nor a place's."""
        if len(owned) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in owned):
            return False
        if body_or_place(owned) or _run_name(" ".join(owned)) is None:
            return False
        given, surname = owned
        if not looks_like_surname(given, anchored=True) or plain(given) in NAME_STOPWORDS:
            return False
        return self.masked.count(surname) > self.masked.count(f"{given} {surname}")

    def _common_opener(self, start: int, group: str) -> bool:
        """Whether the run GROUP at START opens its sentence with a capitalised common word
        before a name ("Rapper Kanye West", "Reporter Chip Reid", "Today Schroeder"): a word
        the article also writes in lower case (or a cue verb: "Retorted Gingrich:"), no given
        name, title, particle, nationality or place. Before a lone word it must be a surname
        written elsewhere without it ("Ban Ki-moon" stays whole)."""
        words = group.split(" ", 2)
        first = words[0]
        if len(words) < 2 or not words[1][:1].isupper():
            return False  # "Leaders of Tsipras' opposition": no name follows the word
        if len(first) < 3 or not first.isalpha() or not first[1:].islower():
            return False
        if not _opens_at(self.masked, start):
            return False
        low = first.lower()
        if (
            low in TITLE_WORDS
            or f"{low}." in TITLE_WORDS
            or low in NAME_PARTICLES
            or low in NATIONALITY_WORDS
            or low in PLACES
            or f"{low} {words[1].lower()}" in PLACES
            or is_given(first)
        ):
            return False
        if low not in CUE_WORDS and not _written_lower(self.masked, low):
            # A cue verb opening the sentence needs no lower-case use ("Retorted Gingrich:").
            return False
        if len(words) > 2:
            return True
        return self.masked.count(words[1]) > self.masked.count(group)

    def _people_from(self, runs: list[tuple[int, int, NameSplit, str]]) -> None:
        """3. people: full names (likely ones first), then titled surnames ("Mr. Morsi") of
        nobody named in full."""
        added: set[NameSplit] = set()
        owned: list[tuple[NameSplit, str]] = []
        for _start, end, split, lower in sorted(runs, key=lambda r: not _likely(r[2], r[3])):
            if split in added:
                continue
            added.add(split)
            if " ".join(split.name).lower() in PLACES:
                continue  # "New York", "Los Angeles": a place, whatever its words look like
            if 2 <= len(split.name) <= MAX_NAME_WORDS and all(
                looks_like_surname(w, anchored=True) or plain(w) in SUFFIXES or is_initial(w)
                for w in split.name
                if w[:1].isupper()
            ):
                if split.name[0].endswith(("'s", "’s")) or (
                    split.suffix and len(split.name) == 2 and not split.anchored
                ):
                    # "Trump Jr." after "Donald Trump Jr.": his surname and suffix, no new name.
                    owned.append((split, lower))
                    continue
                person = self._add(split, lower, full=True)
                # "Jayeesha Dutta, a 36-year-old from New Orleans,", "Len Fox, who took part":
                # an age or a relative "who" says a person, whatever the given name.
                human = _HUMAN_AFTER_RE.match(self.masked, end) is not None
                person.likely = person.likely or _likely(split, lower) or human
                person.likely = person.likely or self._described_human(lower, end)
        for split, lower in owned:
            # "DecrimNY’s Luo", "Yale's Amar": an owner before a surname that someone named in
            # full bears is no given name ("Moody’s Analytics", bearing none, stays whole); nor
            # is a surname before a suffix ("Jones Jr." after "Robert Jones Jr.").
            if not any(p.full for p in self._namesakes(split.surname, split.suffix)):
                person = self._add(split, lower, full=True)
                person.likely = person.likely or _likely(split, lower)
        for start, _end, split, lower in runs:
            titled = any(
                plain(w) in HONORIFICS or plain(w) + "." in TITLE_WORDS for w in split.before
            ) or _person_title(split)
            if len(split.name) == 1 and titled and self._find(split, start) is None:
                self._add(split, lower, full=False)
        for p in self.people:
            full_name = _PRESIDENT_NAMES.get(p.surname, "")
            if full_name and not p.full and "president" in p.roles - p.abroad and not p.suffix:
                # "President Trump", never named in full: the president the list names.
                self._listed[p.name] = full_name

    def _described_human(self, lower: str, end: int) -> bool:
        """Whether a person's noun describes the name ending at END: right before it, in LOWER
        ("community organizer Damon Davis"), or in an apposition after it ("Genoveva Roldán,
        economist and researcher at ...")."""
        before = lower.split()[-1:] if lower else []
        if before and before[0] in _PERSON_NOUNS:
            return True
        after = _APPOSITION_WORDS_RE.match(self.masked, end)
        return after is not None and any(w in _PERSON_NOUNS for w in after.group(1).split())

    def _described_after(self, end: int) -> bool:
        """Whether an apposition after the name ending at END opens with an article and a
        person's noun, capitalised or not ("Kaptur, a Democrat from Ohio,", "Ruiz, the
        organizer")."""
        after = _ARTICLE_APPOSITION_RE.match(self.masked, end)
        return after is not None and any(w.lower() in _PERSON_NOUNS for w in after.group(1).split())

    def _mentions_from(self, runs: list[tuple[int, int, NameSplit, str]]) -> None:
        """4. every mention in text order: the runs, and lone surnames of known people."""
        found = [(start, end, split, lower) for start, end, split, lower in runs]
        found += [(start, end, split, "") for start, end, split in self._lone_surnames(runs)]
        found.sort(key=lambda r: r[0])
        for start, end, split, lower in found:
            who = self._find(split, start)
            if who is not None:
                if split.before or lower:
                    who.roles |= _role_words(split, lower)
                    who.abroad |= _abroad_roles(split)
                if any(plain(w) in HONORIFICS for w in split.before):
                    # "Ms. Cummins" for "Jeanine Cummins", a given name the list lacks: the
                    # honorific says a person, and which pronoun (also for one already known
                    # as a person by a description: "Meg Garvin, executive director").
                    who.likely = True
                    who.gender = who.gender or split.gender
                if not who.likely and who.full and self._described_after(end):
                    # "Kaptur, a Democrat from Ohio, spoke": a person's noun set off after a
                    # later mention says a person, as after the full name.
                    who.likely = True
                role = _APPOSITION_ROLE_RE.match(self.masked, end)
                if role is not None:  # "Trump, the president, said": as "President Trump"
                    who.roles.add(ROLE_ALIASES.get(role.group(1), role.group(1)))
                self._mention(start, end, who)

    def _lone_surnames(
        self, runs: list[tuple[int, int, NameSplit, str]]
    ) -> list[tuple[int, int, NameSplit]]:
        """Surnames of known people written alone ("Trump said"): a few forms, found by find."""
        forms = {p.name.split()[-1 if not p.suffix else -2].rstrip(".,") for p in self.people}
        # "Baghdadi" alone for "Abu Bakr al-Baghdadi".
        forms |= {f.split("-", 1)[1] for f in forms if f[:3] in ("al-", "el-")}
        ends = [r[0] for r in runs]
        text = self.masked
        out = []
        for form in forms:
            alone = _alone(form)
            i = text.find(form)
            while i >= 0:
                j = i + len(form)
                if _standalone(text, i, j):
                    k = bisect.bisect_right(ends, i) - 1
                    # Part of a longer run is already counted.
                    if not (k >= 0 and runs[k][0] <= i < runs[k][1]):
                        out.append((i, j, alone))
                i = text.find(form, j)
        return out

    def _lower_before(self, start: int) -> str:
        """The lower-case words right before START, after the last other word."""
        words = self.masked[max(0, start - 40) : start].split()[-LOWER_BEFORE:]
        k = len(words)
        while k > 0 and words[k - 1][:1].islower() and words[k - 1].replace("-", "").isalpha():
            k -= 1
        return " ".join(words[k:])

    def _add(self, split: NameSplit, lower: str, *, full: bool) -> Person:
        name = split.text
        surname, suffix = split.surname, split.suffix
        for p in self._namesakes(surname, suffix):
            if _other_gender(p, split):
                continue  # "Mr. Trump" is not "first lady Melania Trump"
            if (not full or p.full) and (name in p.forms or _same(p.name, name)):
                if len(name.split()) > len(p.name.split()):
                    p.name = name
                p.gender = p.gender or split.gender
                if name not in p.forms:
                    p.forms.append(name)
                p.description = p.description or _description(split, lower)
                return p
        person = Person(
            name, split.surname, split.gender, set(_role_words(split, lower)), [name], full
        )
        person.abroad |= _abroad_roles(split)
        person.description = _description(split, lower)
        person.likely = not full
        person.suffix = split.suffix
        self.people.append(person)
        self._by_surname.setdefault((surname, person.suffix), []).append(person)
        return person

    def namesakes(self, person: Person) -> list[Person]:
        """The other people named in full with PERSON's surname ("Heidi Cruz" for "Ted Cruz")."""
        return [
            p for p in self._namesakes(person.surname, person.suffix) if p is not person and p.full
        ]

    def named_in_passing(self, person: Person, pos: int) -> bool:
        """Whether PERSON's last full name before POS names them in passing, as no subject: after
        a preposition a few lower-case words back or right after a verb's form in -ed or -ing,
        and with no verb right after ("the father of Polly Klass, a girl", "the press secretary
        for first lady Melania Trump,", "who had accused Bill Clinton of assault"; not "A
        reflective Mitt Romney blamed", "Her husband, former astronaut Mark Kelly, stood")."""
        self._ensure_mentions()
        k = bisect.bisect_left(self._starts, pos)
        for i in range(k - 1, max(-1, k - 1 - MAX_CANDIDATES * 5), -1):
            mm = self.mentions[i]
            if mm.person is not person or " " not in self.masked[mm.start : mm.end]:
                continue  # a surname alone may be either namesake's: the full names tell
            before = self.masked[max(0, mm.start - LOWER_CHARS) : mm.start].split()
            lead = list(itertools.takewhile(lambda w: w.isalpha() and w.islower(), before[::-1]))
            after_prep = any(w in PASSING_PREPS for w in lead[:PASSING_WORDS])
            object_ = bool(lead) and lead[0].endswith(("ed", "ing"))  # "accused Bill Clinton"
            nxt = self.masked[mm.end : mm.end + LOWER_CHARS].split(None, 1)[:1]
            verb = bool(nxt) and nxt[0].isalpha() and nxt[0].islower()
            return (after_prep or object_) and not (verb and nxt[0] not in PASSING_PREPS)
        return False

    def _namesakes(self, surname: str, suffix: str) -> list[Person]:
        """The people with SURNAME and SUFFIX, the latest few (a bound on the work per name)."""
        return self._by_surname.get((surname, suffix), [])[-MAX_NAMESAKES:]

    def _find(self, split: NameSplit, pos: int) -> Person | None:
        """The person a name (full or surname) at POS refers to."""
        if split in self._found:
            return self._found[split]
        if not split.name:
            return None
        name = split.text
        suffix = split.suffix
        surname = split.surname
        cands = [p for p in self._namesakes(surname, suffix) if not _other_gender(p, split)]
        if len(split.name) >= 2:
            # "Van Hollen" after "Chris Van Hollen": a surname that opens with a particle; and
            # "Wasserman Schultz", "López Obrador": a surname of two words, no given name in it.
            tail = not split.anchored
            particle = tail and plain(split.name[0]) in NAME_PARTICLES
            cands = [
                p
                for p in cands
                if name in p.forms
                or _same(p.name, name)
                or (particle and p.name.endswith(f" {name}"))
                or (tail and p.full and _given_before(p.name.rstrip("."), name.rstrip(".")))
            ]
        one = len(split.name) == 1 and _given_title_only(split.before)
        if one and (not cands or split.before):
            # "Sir Kim" is Sir Kim Darroch even beside a "Mr. Kim": the honour says a given name.
            cands = self._by_first_word(name) or cands
        if not cands and len(split.name) == 1:
            cands = self._suffixed(split)
        if len(cands) <= 1:
            if self._built_people:
                # One candidate or none: the answer holds wherever the name is written.
                self._found[split] = cands[0] if cands else None
            return cands[0] if cands else None
        # Several people share the surname: the one named last before POS, else the first.
        if self._built_people and not self._mentioned:
            self._ensure_mentions()
        k = bisect.bisect_left(self._starts, pos) if self._starts else len(self.mentions)
        relative = None
        for i in range(k - 1, max(-1, k - 1 - MAX_CANDIDATES * 5), -1):
            mm = self.mentions[i]
            if mm.person in cands:
                if self._relative(mm, cands) or self._passing_relative(mm.person, cands, pos):
                    # "his brother, former President George W. Bush": a relative introduced
                    # beside the person of the story, who a later "Mr. Bush" still is.
                    relative = relative or mm.person
                    continue
                return mm.person
        return relative or self._named_next(cands, pos) or cands[0]

    def _suffixed(self, split: NameSplit) -> list[Person]:
        """The one person named in full with SPLIT's surname and a generational suffix, where
        nobody without one bears it: "Mr. Manchin" after "Joe Manchin III", "Clapper" after
        "James R. Clapper Jr.". Not a president's surname: "Trump" in an article naming only
        "Donald Trump Jr." is mostly the father."""
        if split.surname in _PRESIDENT_SURNAMES:
            return []
        found = [
            p
            for suffix in SUFFIXES
            for p in self._namesakes(split.surname, suffix)
            if p.full and not _other_gender(p, split)
        ]
        return found if len(found) == 1 else []

    def _relative(self, mm: PersonMention, cands: list[Person]) -> bool:
        """Whether MM names a relative introduced by a kinship noun ("his brother, ...") who
        the article mentions less often than another of CANDS ("his daughter, Marine Le Pen"
        is the person of the story)."""
        if not _KIN_BEFORE_RE.search(self.masked, max(0, mm.start - KIN_CHARS), mm.start):
            return False
        counts = Counter(m.person for m in self.mentions if m.person in cands)
        return any(counts[p] > counts[mm.person] for p in cands if p is not mm.person)

    def _passing_relative(self, person: Person, cands: list[Person], pos: int) -> bool:
        """Whether PERSON, one of CANDS who share a surname, was introduced before POS as
        someone's relative ("his father Rep. Ron Paul") after another of CANDS was named, and
        is never named in full since as a clause's subject ("Marine Le Pen won"): named in
        passing, so a surname alone means the other ("Sen. Rand Paul ... Paul said")."""
        full = [
            mm
            for mm in self.mentions
            if mm.person is person and mm.start < pos and " " in self.masked[mm.start : mm.end]
        ]
        intros = [
            (mm, _KIN_BEFORE_RE.search(self.masked, max(0, mm.start - KIN_CHARS), mm.start))
            for mm in full
        ]
        kin = [mm for mm, intro in intros if intro is not None]
        if any(_after_cue(self.masked, intro.start()) for _, intro in intros if intro):
            return False  # "said his grandson, David Eisenhower,": the relative speaks
        if not kin or not any(
            mm.person is not person and mm.person in cands and mm.start < kin[0].start
            for mm in self.mentions
        ):
            return False
        for mm in full:
            if mm in kin:
                continue
            nxt = self.masked[mm.end : mm.end + LOWER_CHARS].split(None, 1)[:1]
            if nxt and nxt[0].isalpha() and nxt[0].islower() and nxt[0] not in _NOT_VERBS_AFTER:
                return False  # "Marine Le Pen won the vote": the relative is a subject now
        return True

    def _named_next(self, cands: list[Person], pos: int) -> Person | None:
        """The first of CANDS that a later name tells apart from the others ("President Trump
        ..." before "Mr. Trump" and "first lady Melania Trump": the man), or None."""
        surname = cands[0].surname
        for start, _end, split, _lower in self._runs_found:
            if start <= pos or split.surname != surname or split.suffix != cands[0].suffix:
                continue
            fits = [
                p
                for p in cands
                if (p.likely or not p.full)
                and not _other_gender(p, split)
                and (len(split.name) == 1 or split.text in p.forms or _same(p.name, split.text))
            ]
            if len(fits) == 1:
                return fits[0]
        return None

    def _by_first_word(self, word: str) -> list[Person]:
        """The one person named in full whose name opens with WORD, nobody's surname: "Kim"
        for "Kim Jong Un", "Xi" for "Xi Jinping", a surname written first; none if several."""
        if word.lower() in PLACES:
            return []
        found = [
            p
            for p in self.people
            if p.full and p.likely and not p.suffix and p.name.split(" ", 1)[0] == word
        ]
        if len(found) != 1:
            return []
        # "Kim Eui-kyeom" named in full and "Kim Jong Un" missed as a name: another capitalised
        # word written after WORD leaves "Kim" alone unresolved.
        second = found[0].name.split()[1]
        after = re.finditer(rf"\b{re.escape(word)} ([A-Z][\w.-]*)", self.masked)
        # "Jeb Bush." closing a sentence is the same name.
        return [] if any(m.group(1).rstrip(".") != second for m in after) else found

    def _mention(self, start: int, end: int, person: Person) -> None:
        self.mentions.append(PersonMention(start, end, person))

    def note(self, start: int, end: int, person: Person) -> None:
        """Record that the resolver tied the words at START to PERSON (a surname alone).

        Kept aside until a question needs the mentions placed (an article without pronouns or
        roles asks none); they are then placed first and the notes after them, in order, as if
        placed at once."""
        if not self._mentioned:
            self._notes.append(PersonMention(start, end, person))
            return
        k = bisect.bisect_left(self._starts, start)
        if k < len(self._starts) and self._starts[k] == start:
            return
        self.mentions.insert(k, PersonMention(start, end, person))
        self._starts.insert(k, start)

    def _sentence(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def sentence_of(self, pos: int) -> int:
        """The number of the sentence holding POS."""
        self._build()
        return self._sentence(pos)

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding POS starts."""
        self._build()
        return self._sent_starts[self._sentence(pos)] if self._sent_starts else 0

    def canonical(self, words: list[str], pos: int) -> tuple[str, Person | None]:
        """The fullest name for the mention WORDS at POS, and its person when one is known."""
        self._build()
        if len(words) == 1:
            before = self.masked[max(0, pos - HONOUR_CHARS) : pos].split()[-1:]
            if before and plain(before[0]) in GIVEN_NAME_HONOURS:
                words = [before[0], *words]  # "Sir Kim" with the honour outside the mention
        split = split_name(words)
        if not split.name:
            return " ".join(words), None
        person = self._find(split, pos)
        if person is None and not split.before and self._common_opener(pos, " ".join(words)):
            return self.canonical(words[1:], pos + len(words[0]) + 1)
        if person is not None and len(split.name) == 1 and person.full:
            # "said Ms. Craig" is not "Bill Craig": the honorific before the mention disagrees
            # with the given name (not with a gender a pronoun may have guessed).
            before = self.masked[max(0, pos - 6) : pos].split()
            g = HONORIFICS.get(plain(before[-1]), "") if before else ""
            if g and g != self.gender_of(person.name.split()) != "":
                # A namesake the honorific fits may be meant ("Mr. Trump" beside "Melania Trump").
                person = self._find(split_name([before[-1], *words]), pos)
                if person is None:
                    return split.text, None
        if person is not None and len(split.name) == 1 and person.full:
            president = self._president_meant(person, split, pos)
            if president is not None:
                return president
        if person is not None:
            return person.name, person
        return split.text, None

    def _president_meant(
        self, person: Person, split: NameSplit, pos: int
    ) -> tuple[str, Person | None] | None:
        """The president that "President Trump" at POS means where the article names another
        of that surname in full ("Melania Trump"): a namesake named as a president of the list,
        else the list's full name. None when PERSON is a president of the list."""
        before = [*split.before] or self.masked[max(0, pos - PRESIDENT_TITLE_CHARS) : pos].split()
        if len(before) < 1 or before[-1] != "President":
            return None
        if len(before) > 1 and (
            plain(before[-2]) in _DEPUTY_WORDS or plain(before[-2]) in _PAST_WORDS
        ):
            return None  # "Vice President Pence", "former President Bush"
        if _listed_president(person):
            return None
        # The roles of the namesake may come from this very title, so only the list decides.
        for other in self._namesakes(person.surname, person.suffix):
            if other is not person and other.full and _listed_president(other):
                return other.name, other
        full = _PRESIDENT_NAMES.get(person.surname)
        return (full, None) if full else None

    def listed_name(self, name: str) -> str:
        """The full name under which to store the person the article calls NAME: "Donald Trump"
        for "Trump" titled "President" and never named in full, else NAME. Only the stored name
        changes: who is named in full, for pronouns, stays as the article writes it."""
        self._build()
        return self._listed.get(name, name)

    def gender_of(self, words: list[str]) -> str:
        """The pronoun a written name implies ("Mrs. May" -> "she"), or ""."""
        return split_name(words).gender

    def antecedent(self, pronoun: str, pos: int, depth: int = 0) -> PersonMention | None:
        """The person "he" or "she" at POS refers to (see the module docstring); DEPTH counts
        the pronouns followed back to this one."""
        self._ensure_mentions()
        sent = self._sentence(pos)
        k = bisect.bisect_left(self._starts, pos)
        earlier = self.mentions[max(0, k - MAX_CANDIDATES) : k]
        fits = [
            (self._sentence(mm.start), mm)
            for mm in earlier
            if mm.person.gender in ("", pronoun) and mm.person.likely
        ]
        # A name modifying a noun is no antecedent, checked only where one is looked for.
        fits = [
            (s, mm)
            for s, mm in fits
            if s >= sent - BACK_SENTENCES and not self._modifier(mm.start, mm.end)
        ]
        if pronoun == "she" and any(mm.person.gender == "she" for _, mm in fits):
            # Someone known only by a title and a surname ("President Trump") has no gender the
            # text shows; "she" goes to a woman the article names near it, not to them.
            fits = [(s, mm) for s, mm in fits if mm.person.gender == "she"]
        same = [mm for s, mm in fits if s == sent]
        if not same:
            after = self._cataphor(pronoun, pos, k)
            if after is not None:
                return after
        if same:
            # "..., he made the case that ... President Barack Obama ... what he calls": the
            # same pronoun written earlier in the sentence, before any name, is the same person.
            pattern = _PRONOUN_RES.get(pronoun)
            floor = self.sentence_start(pos)
            first = pattern.search(self.masked, floor, same[0].start) if pattern else None
            if first is not None:
                return self.antecedent(pronoun, first.start(), depth)
            return self._nearest_subject(same, pos)
        for back in range(1, BACK_SENTENCES + 1):
            opener = self._opening_pronoun(pronoun, sent - back)
            if opener is not None and depth < MAX_CHAIN:
                # "He took a shot at how President Obama ... . “...,” he said.": the same
                # pronoun opening a sentence before is the same person, not who it names.
                chained = self.antecedent(pronoun, opener, depth + 1)
                if chained is not None:
                    # Mentioned last by that pronoun: sources quoted since the name count.
                    return PersonMention(opener, opener + len(pronoun), chained.person)
            in_sent = [mm for s, mm in fits if s == sent - back]
            if in_sent and pos - in_sent[0].start <= BACK_CHARS:
                subject = self._main_subject(in_sent)
                return None if self._unread_subject(subject) else subject
        return None

    def _unread_subject(self, mm: PersonMention) -> bool:
        """Whether the person MM, the subject found for a pronoun in an earlier sentence, is only
        the object of a verb whose own subject is a capitalised word read as no person ("Trump
        praised Michael Flynn. “...,” he said."): "he" more likely means that subject, and a
        pronoun given to the object names the wrong speaker; better none. Not after a pronoun
        or an article opening the sentence ("She praised Flynn", "The report cleared Flynn")."""
        if not self.after_verb(mm):
            return False
        start = self.sentence_start(mm.start)
        lead = _UNREAD_SUBJECT_RE.fullmatch(self.masked, start, mm.start)
        if lead is None:
            return False
        first = lead.group(1).lower()
        last = self.masked[start : mm.start].split()
        while last and last[-1][:1].isupper():
            last.pop()  # a title: "Mr.", "Sen."
        if first.endswith(("'s", "’s")) or not last or last[-1] in _PERSON_NOUNS:
            return False  # "Bush’s campaign manager Danny Diaz": the subject's own name
        if re.search(rf"(?<![\w’'-]){re.escape(first)}(?![\w’'-])", self.masked):
            return False  # "So there was Johnson": a word the text writes in lower case
        return not ({first} & (_NOT_SUBJECT_NAMES | DETERMINERS | CLAUSE_OPENERS))

    def _nearest_subject(self, same: list[PersonMention], pos: int) -> PersonMention:
        """The person a pronoun points at among the people named before it in its sentence: the
        nearest, unless that name is only an object ("Lindsey Graham has no plans to bring
        Mueller to his committee, though he said", "Klobuchar followed Warren by saying that
        she"): then the nearest earlier one who is not. POS: where the pronoun is."""
        nearest = same[-1]
        possessive = self.masked[pos : pos + 4].lower() in ("his ", "her ")
        if not self._object_only(nearest, possessive=possessive):
            return nearest
        for mm in reversed(same[:-1]):
            if mm.person is nearest.person or self.after_verb(mm):
                continue  # "referred to Paul and Lee as": both objects
            if not self.masked.startswith(("'s", "’s"), mm.end):
                return mm
        return nearest

    def after_verb(self, mm: PersonMention, *, titled: bool = False) -> bool:
        """Whether the name MM comes right after a lower-case word that opens no clause: a verb
        or a preposition ("bring Mueller", "against Biden"), titles ("Mr.") aside; TITLED, also
        past capitalised words of a title and its body in the same sentence ("asked Harney
        County Sheriff Dave Ward")."""
        floor = max(0, mm.start - 40)
        if titled:
            floor = max(self.sentence_start(mm.start), mm.start - 60)
        before = self.masked[floor : mm.start].split()
        while before and before[-1][:1].isupper() and before[-1].endswith("."):
            before.pop()  # a title: "Mr.", "Sen."
        titles = 0
        while titled and before and titles < TITLE_RUN_MAX and _title_run_word(before[-1]):
            before.pop()
            titles += 1
        if not before:
            return False
        prev = before[-1]
        return (
            prev.isalpha()
            and prev.islower()
            and prev not in CLAUSE_OPENERS
            and prev not in DETERMINERS
        )

    def _object_only(self, mm: PersonMention, *, possessive: bool = False) -> bool:
        """Whether the name MM is written as an object: after a verb or a preposition (see
        ``after_verb``) and before a preposition or an article ("to", "by", "the"), or a comma
        and a lower-case word that opens no relative or other clause ("against Biden,
        blaming"). For a POSSESSIVE pronoun, a name before
        an infinitive's "to" is that verb's subject, no mere object. A title may stand between
        the verb and the name ("asked Harney County Sheriff Dave Ward to end what he called")."""
        if not self.after_verb(mm, titled=True):
            return False
        after = _AFTER_NAME_RE.match(self.masked, mm.end)
        if after is None:
            return False
        comma, word = after.groups()
        if comma:
            # "against Biden, blaming him", not "Sen. Mike Enzi, who" or "Reade, after she"
            return word not in _RELATIVES and word not in CLAUSE_OPENERS
        if word == "to" and possessive:
            # "urged Mr. Obama to make good on his promise": the subject of the infinitive.
            rest = self.masked[after.end() : after.end() + 20].split()
            return bool(rest) and rest[0] in DETERMINERS
        if word == "and":
            # "asked Sheriff Dave Ward and federal agencies to end what he called": a second
            # object and the infinitive both take.
            joint = _JOINT_OBJECT_RE.match(self.masked, after.end())
            return joint is not None and joint.group(1) not in _NOT_SUBJECT_NAMES
        return word in OBJECT_FOLLOWERS

    def _main_subject(self, in_sent: list[PersonMention]) -> PersonMention:
        """The subject among a sentence's person mentions: the first, unless it stands in an
        opening phrase that a comma closes right before the next person, a verb after them
        ("After months of trying to ignore Mr. Trump, Mr. Bush has begun ...", "Depending on
        Bob Corker's mood, McConnell might"): then that person, who opens the main clause; or
        an owner qualifying the next person's role ("Bush’s campaign manager Danny Diaz").
        Not an apposition ("how Cohen, Trump's former lawyer, worked")."""
        first = in_sent[0]
        if len(in_sent) < 2:
            return first
        nxt = in_sent[1]
        if _OWNED_ROLE_RE.fullmatch(self.masked, first.end, nxt.start):
            return nxt  # "Bush’s campaign manager Danny Diaz on Thursday boasted": Diaz
        if _BARE_COMMA_RE.fullmatch(self.masked, first.end, nxt.start) and self._after_of(first):
            return nxt  # "A spokesman for Mr. Obama, Ben LaBolt, accused": LaBolt
        if self.sentence_start(first.start) == first.start:
            return first
        if _CLAUSE_SUBJECT_RE.fullmatch(self.masked, first.end, nxt.start) and _VERB_NEXT_RE.match(
            self.masked, nxt.end
        ):
            return nxt
        return first

    def _after_of(self, mm: PersonMention) -> bool:
        """Whether the name MM follows "for", "of" or "to" after a noun ("a spokesman for Mr.
        Obama", "an aide to Mr. Trump"): it qualifies that noun, whose person a name in
        apposition after it gives."""
        return _ROLE_OF_RE.search(self.masked, max(0, mm.start - 40), mm.start) is not None

    def _cataphor(self, pronoun: str, pos: int, k: int) -> PersonMention | None:
        """The main clause's subject for a pronoun at POS inside a sentence's opening clause
        ("After what he called a “very candid” meeting, Mr. Abe told reporters"): the person
        (mention K, the first after POS) named right after that clause's comma, a verb next."""
        if k >= len(self.mentions):
            return None
        opener = self.masked[self.sentence_start(pos) : pos].split(maxsplit=1)
        if not opener or plain(opener[0]) not in CLAUSE_OPENERS:
            return None
        nxt = self.mentions[k]
        if nxt.person.gender not in ("", pronoun) or not nxt.person.likely:
            return None
        if _CLAUSE_SUBJECT_RE.fullmatch(
            self.masked, pos + len(pronoun), nxt.start
        ) and _VERB_NEXT_RE.match(self.masked, nxt.end):
            return nxt
        return None

    def _opening_pronoun(self, pronoun: str, sent: int) -> int | None:
        """Where sentence SENT opens with PRONOUN as its subject ("He took ..."), else None."""
        if sent < 0 or sent >= len(self._sent_starts):
            return None
        start = self._sent_starts[sent]
        head = self.masked[start : start + len(pronoun) + 1]
        if head[:-1].lower() == pronoun and head[-1:] == " " and head[:1].isupper():
            return start
        return None

    def _modifier(self, start: int, end: int) -> bool:
        """A name used as a noun's modifier, no reference to the person: "the Norquist pledge",
        "the Mueller report" (a pronoun after it points at someone else)."""
        text = self.masked
        return text[max(0, start - 4) : start].lower() == "the " and bool(
            _LOWER_NOUN_AFTER_RE.match(text, end)
        )

    def last_named(self, pos: int) -> Person | None:
        """The person last named by a full name before POS, within a few sentences."""
        self._ensure_mentions()
        sent = self._sentence(pos)
        k = bisect.bisect_left(self._starts, pos)
        for i in range(k - 1, max(-1, k - 1 - MAX_CANDIDATES), -1):
            mm = self.mentions[i]
            if sent - self._sentence(mm.start) > BACK_SENTENCES or pos - mm.start > BACK_CHARS:
                return None
            if mm.person.full and mm.person.likely:
                return mm.person
        return None

    def named_last_sentence(self, pos: int) -> Person | None:
        """The person of the last name before POS when it ends the sentence before POS's."""
        self._ensure_mentions()
        k = bisect.bisect_left(self._starts, pos)
        if k == 0:
            return None
        mm = self.mentions[k - 1]
        if self._sentence(mm.start) != self._sentence(pos) - 1:
            return None
        return mm.person if mm.person.full and mm.person.likely else None

    def by_state(self, state: str, pos: int) -> Person | None:
        """ "the Kentucky Republican" at POS: the last person before POS named beside the state
        ("Sen. Rand Paul (R-Ky.)", "Kentucky Sen. Rand Paul"), or None."""
        found = state_res(state)
        if found is None:
            return None
        after, before = found
        self._ensure_mentions()
        k = bisect.bisect_left(self._starts, pos)
        for i in range(k - 1, max(-1, k - 1 - MAX_CANDIDATES * 5), -1):
            mm = self.mentions[i]
            if after.match(self.masked, mm.end, min(pos, mm.end + STATE_WINDOW)) or before.search(
                self.masked, max(0, mm.start - STATE_WINDOW), mm.start
            ):
                return mm.person
        return None

    def by_role(
        self, role: str, pos: int, *, later: bool = True, home: bool = False
    ) -> Person | None:
        """The last person named with ROLE ("president", "prime minister") before POS, else
        (LATER) the one person the article names with that role anywhere. HOME: someone never
        titled with another country's word ("Russian President") first, when there is one."""
        self._ensure_mentions()
        role = ROLE_ALIASES.get(role, role)
        k = bisect.bisect_left(self._starts, pos)
        lo = max(-1, k - 1 - MAX_CANDIDATES * 5)
        if home:
            for i in range(k - 1, lo, -1):
                person = self.mentions[i].person
                if role in person.roles and role not in person.abroad:
                    return person
        for i in range(k - 1, lo, -1):
            if role in self.mentions[i].person.roles:
                return self.mentions[i].person
        with_role = self._with_role.get(role, []) if later else []
        return with_role[0] if len(with_role) == 1 else None

    def _most_named(self) -> Person | None:
        """The person the article's mentions name most often; None on a tie or with nobody."""
        self._ensure_mentions()
        top = Counter(id(mm.person) for mm in self.mentions).most_common(2)
        if not top or (len(top) > 1 and top[0][1] == top[1][1]):
            return None
        return next(p for p in self.people if id(p) == top[0][0])

    def holder_written(self, role: str, text: str) -> Person | None:
        """The holder of ROLE by what TEXT, the article with its quotations, writes of the people
        named outside them: the person the article names most, when a title written before
        their surname ("“... President Trump ...”", quoted words are masked for the rest) or,
        for a president, an administration named after them ("the Trump administration") says
        they hold it. None on a tie for the most named. "Vice President Biden", "former
        President Obama" hold no such role now."""
        person = self._most_named()
        if person is None:
            return None
        role = ROLE_ALIASES.get(role, role)
        for before, name in self._written_titles(role, text):
            if before.lower() in _DEPUTY_WORDS or before.lower() in _PAST_WORDS:
                continue
            words = [w.removesuffix("'s").removesuffix("’s").lower() for w in name.split()]
            if person.surname in words:
                return person
        return None

    def president_named(self, text: str) -> Person | None:
        """ "The president" of an article that titles nobody so: the person it names most, when
        that is a president (``data/presidents.txt``) whom TEXT never calls past ("former
        President Obama", "the late") or deputy ("Vice President Biden"). None on a tie."""
        person = self._most_named()
        if person is None:
            return None
        if person.full:
            if f"{plain(person.name.split()[0])} {person.surname}" not in PRESIDENTS:
                return None  # "Hillary Clinton", "Jeb Bush"
        elif person.surname not in _PRESIDENT_SURNAMES:
            return None
        if any(r.split()[0] in _DEPUTY_WORDS for r in person.roles if " " in r):
            return None
        for before, name in self._written_titles("president", text):
            low = before.lower()
            if (low in _PAST_WORDS or low in _DEPUTY_WORDS) and person.surname in name.lower():
                return None
            if not (low in _PAST_WORDS or low in _DEPUTY_WORDS or _foreign_word(before)):
                return None  # another shown to hold it ("the Obama administration"): no guess
        return person

    def _written_titles(self, role: str, text: str) -> list[tuple[str, str]]:
        """(word before, name) of each title ROLE written before a name in TEXT, and for a
        president each administration named after someone."""
        out = [
            (m.group(1) or "", m.group(2))
            for m in _title_re(role).finditer(text)
            if not _SERVES_TITLE_RE.search(text, max(0, m.start() - SERVES_CHARS), m.start() + 4)
        ]
        if role == "president":
            out += [(m.group(1) or "", m.group(2)) for m in _ADMINISTRATION_RE.finditer(text)]
        return out
