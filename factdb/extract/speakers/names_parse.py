"""Where a person's name starts and ends in a run of capitalised words, and what it tells.

"Health and Human Services Secretary Alex Azar", "Merchant Catherine Gouge" and "Watch Ben
Carson" are runs of capitalised words whose last words are a name. A known given name (or an
initial) marks where the name starts; without one, leading titles, organisation words,
nationalities and abbreviated titles ("Ald.", "Supt.") are dropped. Particles stay ("Ursula von
der Leyen", "Rabab el-Mahdi"), as do suffixes ("Donald Trump Jr.").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from factdb.extract.speakers.tokens import clean
from factdb.extract.text.lexicon import (
    ABBREVIATIONS,
    AUX_WORDS,
    NAME_PARTICLES,
    NAME_STOPWORDS,
    NATIONALITY_WORDS,
    ORG_WORDS,
    TITLES_NORM,
)
from factdb.extract.text.wordlists import rows, words

SPEAKERS_DATA: Final = "factdb.extract.speakers"

GIVEN_NAMES: Final[dict[str, str]] = {
    name: {"m": "he", "f": "she"}.get(g, "") for name, g in rows("given_names", SPEAKERS_DATA)
}
"""Given names (lower case, no accents) and the pronoun they take ("" when either)."""

HONORIFICS: Final[dict[str, str]] = {
    name: {"m": "he", "f": "she"}.get(g, "") for name, g in rows("honorifics", SPEAKERS_DATA)
}
"""Honorifics and gendered role words ("mrs", "congresswoman") and the pronoun they imply."""

NOT_SURNAMES: Final = words("not_surnames", SPEAKERS_DATA)
"""Capitalised words that end place and thing names, never a person's ("Memorial", "Act")."""
PLACES: Final = words("places", SPEAKERS_DATA)
"""Countries, states and cities: a place alone is never a person."""

GROUP_PLURALS: Final = words("group_plurals", SPEAKERS_DATA) | words("people_plurals")
"""Plurals naming a group of people ("Christians", "Iowans", "Kurds"), never one person."""

EVIDENCE_NOUNS: Final = words("evidence_nouns", SPEAKERS_DATA)
"""Mass and plural nouns that tell something when they open a sentence ("Research suggests")."""

KIN_NOUNS: Final = words("kin_nouns", SPEAKERS_DATA)
"""Kinship nouns ("brother", "widow"): a relative's, never a person's name."""
OCCUPATIONS: Final = words("occupations", SPEAKERS_DATA)
"""Occupations written before a name like a title ("Rapper Kanye West")."""
REGNAL_TITLES: Final = words("regnal_titles", SPEAKERS_DATA)
"""Titles that belong to a one-word name after them ("Pope Francis", "Prince Andrew")."""
WIRE_CREDITS: Final = words("wire_credits", SPEAKERS_DATA)
"""Agencies credited in brackets after a dateline's place ("(AP)", "(Reuters)", "(CNN)")."""
CAPTION_LABELS: Final = words("caption_labels", SPEAKERS_DATA)
"""Words printed in capitals before a caption ("CLOSE", "JUST WATCHED"), no part of a name."""

SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})
SPLIT_CACHE: Final = 8192

_PARTICLE_PREFIX_RE: Final = re.compile(r"^(?:al|el|ad|ar|as|at|bin|ibn|abu)-")
_POSSESSIVE_RE: Final = re.compile(r"[’']s?$")


class _PlainCache(dict[str, str]):
    """Plain forms by word: a hit is one lookup, a miss computes (and keeps 50,000)."""

    def __missing__(self, word: str) -> str:
        w = _POSSESSIVE_RE.sub("", word.rstrip(".,"))
        if not w.isascii():
            w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
        out = w.lower().replace(".", "")
        if len(self) < CACHE_SIZE:
            self[word] = out
        return out


CACHE_SIZE: Final = 50_000
_PLAIN: Final = _PlainCache()
plain: Final = _PLAIN.__getitem__
"""A word lower-cased, without accents, dots or a possessive: for list look-ups."""


def is_given(word: str) -> bool:
    """Whether WORD is a known given name."""
    return plain(word) in GIVEN_NAMES


def is_initial(word: str) -> bool:
    """A single capital, with or without a full stop ("K.", "W")."""
    n = len(word)
    return (n == 1 or (n == 2 and word[1] == ".")) and "A" <= word[0] <= "Z"


def _is_title(word: str) -> bool:
    return _TITLE_CACHE[word]


def is_title_word(word: str) -> bool:
    """Whether WORD is a title, an organisation or a nationality word ("Vice", "Senate")."""
    return _TITLE_CACHE[word]


class _TitleCache(dict[str, bool]):
    """Whether a word is a title, an organisation or nationality word, by word (kept 50,000)."""

    def __missing__(self, word: str) -> bool:
        out = _title_word(word)
        if len(self) < CACHE_SIZE:
            self[word] = out
        return out


_TITLE_CACHE: Final = _TitleCache()


def _title_word(word: str) -> bool:
    low = plain(word)
    return (
        low in TITLES_NORM
        or low in HONORIFICS
        or low in ORG_WORDS
        or low in NATIONALITY_WORDS
        or (word.endswith(".") and low in ABBREVIATIONS and low not in SUFFIXES)
        or (low in OCCUPATIONS and word[1:].islower())
        or ("-" in word and _hyphen_title(word))
    )


_TITLE_AFTER_HYPHEN: Final = frozenset({"elect", "designate"})
"""Second parts of a title still to be taken up: "PM-designate", "President-elect"."""


def _hyphen_title(word: str) -> bool:
    """Whether WORD is titles joined by hyphens ("Vice-President", "PM-designate")."""
    parts = [plain(p) for p in word.split("-")]
    return parts[0] in TITLES_NORM and all(
        p in TITLES_NORM or p in _TITLE_AFTER_HYPHEN for p in parts[1:]
    )


@dataclass(frozen=True, slots=True, eq=False)
class NameSplit:
    """A capitalised run split into the words before a name and the name itself."""

    before: tuple[str, ...]
    name: tuple[str, ...]
    anchored: bool
    """Whether a given name, an initial or a regnal title ("Pope Francis") starts the name."""
    surname: str = field(init=False)
    """The last name word without a suffix, for matching ("trump" in "Donald Trump Jr.")."""
    suffix: str = field(init=False)
    """ "jr", "sr", ... when the name ends in one: a son is not his father."""
    text: str = field(init=False)
    """The name words joined, without a possessive."""

    # Splits are made once per distinct run (see ``split_name``): identity is equality.
    def __post_init__(self) -> None:
        last = next((p for p in map(plain, reversed(self.name)) if p not in SUFFIXES), "")
        # "al-Baghdadi" and "Baghdadi" are one surname.
        if "-" in last:  # what the pattern needs
            last = _PARTICLE_PREFIX_RE.sub("", last)
        end = plain(self.name[-1]) if self.name else ""
        text = " ".join(w.rstrip(",") for w in self.name)
        if text.endswith(("'s", "’s")):
            text = text[:-2]
        elif text.endswith(("s'", "s’")):
            text = text[:-1]  # "John Paul Stevens' essay"
        if text.endswith(".") and not (is_initial(self.name[-1]) or end in SUFFIXES):
            text = text[:-1]  # the full stop of the sentence, not of an initial or "Jr."
        object.__setattr__(self, "surname", last or end)
        object.__setattr__(self, "suffix", end if end in SUFFIXES and len(self.name) > 1 else "")
        object.__setattr__(self, "text", text)

    @property
    def gender(self) -> str:
        """The pronoun the name or its honorific implies, or ""."""
        for w in (*reversed(self.before), *self.name[:1]):  # "Queen Noor": a title in the name
            g = HONORIFICS.get(plain(w), "")
            if g:
                return g
        if not self.anchored:
            return ""
        # "J. Michael Blackstone": the given name after a leading initial says the pronoun.
        name = self.name[1:] if plain(self.name[0]) in REGNAL_TITLES else self.name
        first = next((w for w in name[:-1] if not is_initial(w)), name[0])
        return GIVEN_NAMES.get(plain(first), "")


def split_name(run: list[str]) -> NameSplit:
    """Split a run of capitalised words (titles first, name last) into description and name."""
    return _split(tuple(run))


@lru_cache(maxsize=SPLIT_CACHE)
def _split(run: tuple[str, ...]) -> NameSplit:
    # Remembered: an article repeats its names, and the result is immutable.
    words_ = [w.rstrip(",") for w in run if w]
    # A full stop after a word that is no initial or abbreviation ends a sentence before it.
    for n in range(len(words_) - 2, -1, -1):
        w = words_[n]
        if w.endswith(".") and not (is_initial(w) or _is_title(w) or "." in w[:-1]):
            words_ = words_[n + 1 :]
            break
    if "of" in words_[1:]:
        cut = words_.index("of", 1)
        tail = words_[cut + 1 :]
        after = max((n + 1 for n, w in enumerate(tail[:-1]) if _is_title(w)), default=0)
        # ... unless the words before "of" are a person's ("Dan Judy of North Star Opinion
        # Research": the person, not the firm's last words).
        if after and len(tail) - after >= 2 and not any(is_given(w) for w in words_[:cut]):
            words_ = tail  # "Lakers Hall of Famer Magic Johnson": a titled person after "of"
        else:
            words_ = words_[:cut]  # "John McCain of Arizona"
    owner = _owner_end(words_)
    if owner:
        inner = _split(tuple(words_[owner:]))
        return NameSplit((*words_[:owner], *inner.before), inner.name, inner.anchored)
    while words_ and words_[-1].lower().rstrip(".") in NAME_PARTICLES:
        words_.pop()
    i = 0
    while i < len(words_) - 1 and words_[i].isupper() and clean(words_[i]) in CAPTION_LABELS:
        i += 1  # "CLOSE Kirstjen Nielsen", "JUST WATCHED Hillary Clinton": a caption's label
        if clean(words_[i]) in AUX_WORDS and i < len(words_) - 1:
            i += 1  # "JUST WATCHED Can Obama recover?": the caption opens with a question
    while (
        i < len(words_) - 1
        and _stopword(clean(words_[i]))
        and not is_given(words_[i])
        and not _is_title(words_[i])
    ):
        i += 1
    words_ = _cut_repeat(words_[i:])
    # The name follows the last title, organisation word or nationality ("Texas Rep Louie
    # Gohmert"; "San Juan Mayor Carmen Yulin Cruz": "Juan" is the place's, not the name's).
    after = _after_last_title(words_)
    # ... when two words at least follow it ("Martin Luther King Jr.": "King" is no title).
    first = after if len(words_) - after >= 2 else 0
    split = _name_after(words_, first, after)
    # A name cannot start inside a place of several words. After a place's word read as a
    # title it starts after the place ("South Carolina Haley"); at a place's word read as a
    # given name, the place opens a body's name ("San Francisco Chronicle"). Names that take
    # the whole place ("Des Moines Register") start before it and stay whole.
    start, end = _last_place(words_)
    if start < len(split.before) < end:
        if split.anchored:
            return NameSplit(tuple(words_[:start]), tuple(words_[start:]), False)
        return _name_after(words_, end, end)
    return _with_regnal_title(split)


_ROMAN_RE: Final = re.compile(r"[IVXL]+")
"""A regnal number ("II", "XVI")."""


def _with_regnal_title(split: NameSplit) -> NameSplit:
    """SPLIT with a title that is part of a one-word name moved into it ("Pope Francis")."""
    title = split.before[-1] if split.before else ""
    if plain(title) not in REGNAL_TITLES or _POSSESSIVE_RE.search(title):
        return split  # "the King's English": the title owns what follows
    core = [w for w in split.name if not _ROMAN_RE.fullmatch(w)]
    if len(core) != 1 or is_initial(core[0]) or not split.before[-1][0].isupper():
        return split
    return NameSplit(split.before[:-1], (split.before[-1], *split.name), True)


def _name_after(words_: list[str], first: int, after: int) -> NameSplit:
    """The name of WORDS_: from a given name at FIRST or later, else all after AFTER."""
    # 1. A given name or an initial followed by more name words starts the name.
    for k in range(first, len(words_) - 1):
        w = words_[k]
        if (is_given(w) or is_initial(w)) and not _is_title(w):
            if k > first and is_given(words_[k - 1]) and not _is_title(words_[k - 1]):
                k -= 1  # "Mary Ann Smith"
            elif k > first and is_initial(w) and _unknown_given(words_[k - 1]):
                k -= 1  # "Steny H. Hoyer": a given name the list lacks, before an initial
            return NameSplit(tuple(words_[:k]), tuple(words_[k:]), True)
    # 2. Otherwise the name is all that follows the last title.
    return NameSplit(tuple(words_[:after]), tuple(words_[after:]), False)


_OWNER_RE: Final = re.compile(r"(.+)[’']s")


def _owner_end(words_: list[str]) -> int:
    """One past a place owning the one-word name after it ("South Korea's Moon", "New Mexico's
    Sanchez"), 0 otherwise: longer names after an owner are often a body's ("Virginia's College
    Republicans"), and "America's" opens names of its own ("America's Voice")."""
    if len(words_) < 2:
        return 0
    m = _OWNER_RE.fullmatch(words_[-2])
    low = plain(m.group(1)) if m is not None else ""
    return len(words_) - 1 if low in PLACES and low != "america" else 0


_OWNER_WORD_RE: Final = re.compile(r"([A-Z][\w.&-]*)[’']s")


def inner_owner(words: list[str]) -> int:
    """One past the last word of WORDS but the final one that is an owner's ("Buy's" in "Best
    Buy's Barry"), 0 when there is none or the owner is a place, whose one-word name after it
    is a person's ("South Korea's Moon", read by the name's split)."""
    for k in range(len(words) - 2, -1, -1):
        m = _OWNER_WORD_RE.fullmatch(words[k])
        if m is None:
            continue
        owner = " ".join([*words[:k], m.group(1)]).lower()
        if plain(m.group(1)) in PLACES or owner in PLACES or plain(m.group(1)) == "america":
            return 0
        return k + 1
    return 0


def _unknown_given(word: str) -> bool:
    """Whether WORD, just before a middle initial, is a given name the list lacks: a
    capitalised word in lower case after its capital, no title, place, particle or stop word."""
    low = plain(word)
    return (
        len(word) > 1
        and word[0].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and not _is_title(word)
        and not _stopword(low)
        and low not in PLACES
        and low not in NOT_SURNAMES
        and low not in NAME_PARTICLES
    )


def _last_place(words_: list[str]) -> tuple[int, int]:
    """Start and end of the last place of two or three words among WORDS_ but the last word."""
    found = (0, 0)
    for n in range(len(words_) - 2):
        for size in (2, 3):
            stop = n + size
            if stop < len(words_) and " ".join(words_[n:stop]).lower() in PLACES:
                found = (n, stop)
    return found


def _after_last_title(words_: list[str]) -> int:
    """One past the last title among WORDS_ but the last word, 0 when there is none."""
    for n in range(len(words_) - 2, -1, -1):
        if _is_title(words_[n]):
            return n + 1
    return 0


_GLUED_RE: Final = re.compile(r"^([A-Z][a-z’'-]+)[A-Z]")
_GLUED_ANY_RE: Final = re.compile(r"[a-z][A-Z]")


def _cut_repeat(words_: list[str]) -> list[str]:
    """The run up to a name written twice: outlets' inline links repeat a name right after it
    ("Joe Biden Joe BidenWhitmer says ...", "President Trump Donald John TrumpGOP senators ...").
    A later word equal to an earlier surname-like word, or starting with it glued to the next
    capital, repeats it; the run ends after the last word so repeated (the surname)."""
    if len(words_) < 2:
        return words_
    if len(set(words_)) == len(words_) and not _GLUED_ANY_RE.search(" ".join(words_)):
        return words_  # no word twice and none glued to the next: the common case
    seen: dict[str, int] = {}
    cut = -1
    for q, w in enumerate(words_):
        glued = _GLUED_RE.match(w)
        for key in (plain(w), plain(glued.group(1)) if glued else ""):
            p = seen.get(key, -1) if key else -1
            if p == q - 1 and key == plain(w) and q < len(words_) - 1:
                continue  # "Dee Dee Myers", "Boutros Boutros-Ghali": a doubled given name
            if p >= 0 and 0 < q - p <= REPEAT_SPAN:
                cut = max(cut, p)
        low = plain(w)
        if len(low) > 1 and not is_given(w) and not _is_title(w) and not is_initial(w):
            seen.setdefault(low, q)
    return words_[: cut + 1] if cut >= 0 else words_


REPEAT_SPAN: Final = 5
"""How far apart a name and its repeat may stand in one run of capitalised words."""


def group_name(core: list[str]) -> bool:
    """Whether the capitalised words CORE name a group of people, not a person: a plural of a
    faith, a people, a state's residents or a camp ("Christians", "Iowans", "Brexiteers"),
    alone or after one word that is no given name ("Evangelical Christians", "Iraqi Kurds")."""
    if not core or len(core) > GROUP_WORDS or plain(core[-1]) not in GROUP_PLURALS:
        return False
    return len(core) == 1 or not is_given(core[0])


GROUP_WORDS: Final = 2
"""A group's name has at most this many words: a plural and one word before it."""


def looks_like_surname(word: str, *, anchored: bool = False) -> bool:
    """A capitalised word that may end a person's name (not "Memorial", "Department", "WASHINGTON").

    After a given name, common words are surnames too ("Theresa May", "Mark Warner").
    """
    return _surname_like(word, anchored)


SHORT_ORG: Final = 2
"""An organisation's word of at most this many letters may be a surname after a given name."""

_ABSTRACT_ENDINGS: Final = ("ity", "ism", "ology")
"""Endings of abstract nouns: a word of 8 or more letters in one is a field or a thing, while
shorter ones may be surnames ("Hannity")."""


def _stopword(low: str) -> bool:
    """A word that starts no name, also contracted with "is" ("Here's Sanders' path")."""
    return low in NAME_STOPWORDS or (low.endswith("'s") and low[:-2] in NAME_STOPWORDS)


@lru_cache(maxsize=SPLIT_CACHE)
def _surname_like(word: str, anchored: bool) -> bool:
    if "-" in word:
        word = _PARTICLE_PREFIX_RE.sub("", word)  # "al-Baghdadi", "el-Mahdi"
    low = plain(word)
    if not word[:1].isupper() or low in NOT_SURNAMES:
        return False
    if low in ORG_WORDS and not (anchored and len(word) <= SHORT_ORG and word[1:].islower()):
        # "Kim Jong Un": after a given name a two-letter word in lower case is no acronym
        # ("UN" stays an organisation's).
        return False
    if not anchored and (low in NAME_STOPWORDS or low in TITLES_NORM):
        return False
    if not anchored and "-" in low and low.split("-", 1)[0] in NAME_STOPWORDS:
        return False  # "One-third of Mexicans say", "Two-thirds": a share, nobody's name
    if not anchored and len(low) > 7 and low.endswith(_ABSTRACT_ENDINGS):
        return False  # "Early Christianity", "Homeland Security": a field or a thing
    letters = [c for c in word if c.isalpha()]
    return not (len(letters) > 1 and all(c.isupper() for c in letters))


_NICKNAME_RE: Final = re.compile(
    r" (?:“[A-Z][^“”\"\n]{0,30}?”|\"[A-Z][^“”\"\n]{0,30}?\""
    r"|[‘'][A-Z][^“”\"‘’'\n]{0,30}?[’']) (?=(?:Mc|Mac|O’|O')?[A-Z][a-z])"
)
"""A space, a quoted nickname and the start of a surname: ' “Tig” Tiegan' (the pattern opens
on a literal, which the engine skips to: four times cheaper than a look-behind for the word
before it, tested apart)."""
_NAME_BEFORE_RE: Final = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w.’'-]* ){0,2}([A-Z][a-z]+)) $")
"""Up to three capitalised words ending in a given name right before a nickname: 'John ',
'Chairman Howard '."""
NAME_BEFORE_CHARS: Final = 60
NICKNAME_WORDS: Final = 3
"""A nickname between a given name and a surname has at most this many words."""


_SURNAME_RE: Final = re.compile(r"[\w’'-]+")


def _nickname_owner(text: str, given: str, at: int) -> bool:
    """A known given name, or a first word or a title and a surname named again ('Ramesh
    “Sunny” Balwani ... Balwani said', "General 'Mad Dog' Mattis ... Mattis"), not a
    headline's words ("Faces 'Youth Movement' In")."""
    if is_given(given):
        return True
    m = _SURNAME_RE.match(text, at)
    if m is None:
        return False
    surname = m.group()
    return (
        (clean(given) not in NAME_STOPWORDS or _is_title(given))
        and clean(surname) not in NAME_STOPWORDS
        and plain(given) not in PLACES
        and re.search(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text[at + len(surname) :])
        is not None
    )


def close_nicknames(text: str, masked: str) -> tuple[str, list[tuple[int, int, int]]]:
    """MASKED with each nickname inside a name blanked and the given name moved up to the
    surname ('Anthony “The Mooch” Scaramucci' reads '     ...      Anthony Scaramucci'), so
    the name is read whole; with each stretch changed and how far its words moved (start,
    end, shift)."""
    if "“" not in text and '"' not in text and "'" not in text and "‘" not in text:
        return masked, []
    parts: list[str] = []
    moved: list[tuple[int, int, int]] = []
    last = 0
    for q in _NICKNAME_RE.finditer(text):
        at = q.start() + 1
        nick = text[at + 1 : q.end() - 2]
        if (
            not text[at - 2 : at - 1].islower()
            or len(nick.split()) > NICKNAME_WORDS
            or not nick[-1:].isalnum()
        ):
            continue
        m = _NAME_BEFORE_RE.search(text, max(last, at - NAME_BEFORE_CHARS), at)
        if m is None or not _nickname_owner(text, m.group(2), q.end()):
            continue
        parts.append(masked[last : m.start()])
        shift = q.end() - at
        parts.append(" " * shift + masked[m.start() : m.end(1)] + " ")
        moved.append((m.start(), q.end(), shift))
        last = q.end()
    if not parts:
        return masked, []
    parts.append(masked[last:])
    return "".join(parts), moved
