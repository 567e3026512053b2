"""The speaker mention written before a cue: names, pronouns, described sources, appositions."""

from __future__ import annotations

import itertools
import re
from typing import Final

from factdb.extract.speakers.names_parse import (
    KIN_NOUNS,
    PLACES,
    NameSplit,
    inner_owner,
    is_title_word,
    looks_like_surname,
    split_name,
)
from factdb.extract.speakers.states import STATE_ABBREVIATIONS
from factdb.extract.speakers.tokens import (
    Mention,
    clean,
    generic_head,
    is_name_token,
    name_run_back,
    split_title,
    tokens,
)
from factdb.extract.text.lexicon import (
    ANON_NOUNS,
    AUX_WORDS,
    CLAUSE_OPENERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FUNCTION_HEADS,
    INDEFINITE_WORDS,
    NATIONALITY_WORDS,
    NOT_SPEECH_VERBS,
    ORG_DESCRIPTION_HEADS,
    ORG_WORDS,
    PERSON_TITLES,
    PLURAL_PERSON_NOUNS,
    PRONOUNS,
    ROLE_HEADS,
    SPEAKER_PREPS,
    TIME_PREPS,
    TITLE_WORDS,
)

_MAX_BACK: Final = 120


def _after_preposition(toks: list[tuple[str, int, int]], start: int) -> bool:
    """Whether the words starting at START follow a preposition ("on MSNBC")."""
    k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][1] < start), -1)
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    return k >= 0 and clean(toks[k][0]) in _PREP_WORDS


def _object_before(toks: list[tuple[str, int, int]], start: int) -> bool:
    """Whether the name starting at START is the object of a word before it ("a ruling against
    Trump", "the attack on Benghazi"), not the agent named after "by" or a comma."""
    k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][1] < start), -1)
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    return k >= 0 and toks[k][0].islower() and toks[k][0] != "by"


_PEOPLE_ENDINGS: Final = ("ers", "ors", "ents", "ants", "ans", "ists", "ics", "ees")
"""Endings of plural nouns for people ("users", "opponents", "fans"), not for things ("clips",
"strains", "series"), whose "of NAME" is still the name's."""


def _group_of(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the name at token J follows "of" after a plural noun for people who are not its
    staff ("users of Twitch", "opponents of Obamacare"): those people speak, not the name."""
    if j < 2 or toks[j - 1][0] != "of":
        return False
    noun, name = toks[j - 2][0], clean(toks[j][0])
    if name in ANON_NOUNS or name[:-1] in NATIONALITY_WORDS:
        return False  # "millions of Americans have said": the group is named
    return (
        noun.isalpha()
        and noun.islower()
        and noun.endswith(_PEOPLE_ENDINGS)
        and noun not in TITLE_WORDS
        and noun[:-1] not in ROLE_HEADS  # "the journalists of NBC": the outlet's own
    )


def _after_to(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the name starting at token J is the object of "to" ("the transition to the
    White House"): where something goes, not who speaks."""
    k = j - 1
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    return k >= 1 and toks[k][0] == "to"


_TARGET_PREPS: Final = frozenset({"against", "toward", "towards", "upon", "over", "into"})
"""Prepositions whose object is whom or what something is aimed at ("the charge against
Chauvin", "the firestorm over the Gizmodo report"), never who speaks."""


def _after_target(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the name starting at token J follows a preposition of ``_TARGET_PREPS``."""
    k = j - 1
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    return k >= 1 and toks[k][0] in _TARGET_PREPS


def _named_subject(toks: list[tuple[str, int, int]], i: int, m: Mention) -> bool:
    """Whether the name M ending at token I, though after a preposition, is the subject of what
    follows it: a relative clause ("a threat against Hassan Rouhani, who had warned"), a
    participle ("moving toward Officer Wilson screaming") or, as a possessive, its noun's owner."""
    if m.text.endswith(("'s", "’s", "'", "’")):
        return True
    nxt = [t[0] for t in toks[i + 1 : i + 3]]
    if nxt[:1] == [","] and len(nxt) > 1 and clean(nxt[1]) in ("who", "whose"):
        return True
    return bool(nxt) and nxt[0].islower() and nxt[0].endswith("ing")


def _document_before(
    masked: str, toks: list[tuple[str, int, int]], j: int, m: Mention
) -> Mention | None:
    """The document the target named at token J is the object of ("A lawsuit against Trump
    claims": the lawsuit), or None when the words before name none ("the attack on Warren")."""
    k = j - 1
    if clean(toks[k][0]) == "the":
        k -= 1
    np = np_back(masked, toks, k - 1)
    if np is None or np.head not in DOCUMENT_NOUNS:
        return None
    np.end = m.end
    np.text = masked[np.start : np.end]
    return np


def _titled_to(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the "to" before the name starting at token J follows a title ("Ambassador to
    the EU Gordon Sondland", "counsel to the President Patrick Philbin"), not a verb ("convey
    to Russia's Ambassador")."""
    k = j - 1
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    return k >= 1 and clean(toks[k - 1][0]) in _TO_TITLES


def _titled_to_office(toks: list[tuple[str, int, int]], j: int, m: Mention) -> bool:
    """Whether M, a run opening with an office's title after "TITLE to the" ("Counsel to the
    President Pat Cipollone", "Adviser to the Prime Minister Jane Doe"), is the person named
    after that office: two words or more, none an organisation's, after a person's title. The
    "the" is the office's, not an organisation's; the title before "to" is no one's name."""
    if not (_after_to(toks, j) and _titled_to(toks, j)) or not m.description:
        return False
    words = m.text.split()
    return (
        len(words) >= 2
        and clean(m.description.split()[-1]) in PERSON_TITLES
        and not any(org_word(w) for w in words)
    )


_CLAUSE_WORDS: Final = frozenset({"of", "that", "which", "who", "and", "or", "but"})
_LY_ADVERB_RE: Final = re.compile(r"[a-z]{3,}ly")
"""A lower-case word in "-ly" of five or more letters: an adverb between a subject and its
cue when a name or a pronoun stands before it ("Biden famously said")."""
_PHRASE_STOPS: Final = frozenset({",", "\x01", ":", ";", "(", ")", "—", "–", "-"})
PHRASE_BACK: Final = 5
"""How many words of a phrase ("in a Twitter posting") may stand between a name and its cue."""
LEAD_MAX: Final = 8
"""How many words of titles and organisation may stand before a name and belong to it."""
_LEAD_WORDS: Final = TITLE_WORDS | NATIONALITY_WORDS
_TO_TITLES: Final = TITLE_WORDS | ROLE_HEADS
"""Titles that take "to" and a place or a person ("Ambassador to Israel", "adviser to")."""
_ORG_END_WORDS: Final = ORG_WORDS | {"state", "department"}


def org_word(word: str) -> bool:
    """A word that marks an organisation, also in the plural ("National Institutes of Health",
    "Centers for Disease Control")."""
    return clean(word) in _ORG_FORMS


_ORG_FORMS: Final = ORG_WORDS | {w + "s" for w in ORG_WORDS if len(w) > 3 and w[-1] != "s"}


_PARTY_NOUNS: Final = frozenset({"democrat", "republican"})


def name_mention(masked: str, toks: list[tuple[str, int, int]], j: int, i: int) -> Mention:
    """A mention for the capitalised run ``toks[j..i]``, titles split off as description."""
    if i - j >= 3 and clean(toks[i][0]) in _PARTY_NOUNS and clean(toks[i - 1][0]) in PLACES:
        i -= 2  # "Rep. Daniel T. Kildee Michigan Democrat": the comma before the state is lost
    words = [t[0] for t in toks[j : i + 1]]
    owner = inner_owner(words)
    if owner and split_name(words[owner:]).anchored and owner < len(words) - 1:
        # "the Bongino Report's Dan Bongino": the person after the owner's "'s".
        j += owner
        words = words[owner:]
    cut = _person_before_of(words)
    if cut:
        # "Tucker Carlson of Fox News", "Senate Republican John Cornyn of Texas": the person.
        i = j + cut - 1
        words = words[:cut]
    person = split_name(words)
    if (
        person.anchored
        and len(person.name) < len(words)
        and words[-len(person.name) :] == list(person.name)
        and not any(clean(w) in ORG_WORDS for w in person.name)
    ):
        # "House Judiciary Committee Bob Goodlatte": a given name starts the person's name.
        n = len(words) - len(person.name)
    else:
        n = split_title(words)
        if any(org_word(w) for w in words[n:]) or (
            n and (org_word(words[-1]) or clean(words[-1]) in _ORG_END_WORDS)
        ):
            n = 0  # an organisation keeps its words: "State Department", "White House"
        n = n or _titled_after_body(person)
    owned = 0 if n else _owner_role_split(words)
    n = n or owned
    lead_desc: list[str] = []
    # Role words before the run ("presidential nominee Donald Trump") and the organisation
    # among them ("retired Air Force general Lloyd Newton", "White House press secretary").
    k = j - 1
    while (
        k >= 0
        and k >= j - LEAD_MAX
        and (clean(toks[k][0]) in _LEAD_WORDS or (lead_desc and is_name_token(toks[k][0])))
    ):
        lead_desc.insert(0, toks[k][0])
        k -= 1
    desc_words = lead_desc + words[:n]
    s = toks[j + n][1]
    e = toks[i][2]
    text = masked[s:e].rstrip(".,")
    e = s + len(text)
    kind = "name"
    head = ""
    titled = owned > 0 or (
        n > 0
        and len(words) - n >= 2
        and split_name(words[n:]).anchored
        and " ".join(words[: n + 1]).lower() not in PLACES  # "the San Francisco Chronicle"
    )
    if any(org_word(w) for w in words[n:]) or (
        not titled and j > 0 and clean(toks[j - 1][0]) == "the"
    ):
        # "the" before a title and a name ("the Rev. Norma Patterson", "the Heritage
        # Foundation President Kay James") is the title's, not an organisation's.
        head = "org"
    return Mention(
        start=s,
        end=e,
        text=text,
        kind=kind,
        head=head,
        description=" ".join(desc_words) if desc_words else None,
        lead=toks[k + 1][1] if k + 1 <= j else toks[j][1],
    )


_PERSON_ROLES: Final = ROLE_HEADS | PERSON_TITLES
"""A person's role or title: "Director", "Chairman", "Commissioner" (not "Federal")."""


def _titled_after_body(person: NameSplit) -> int:
    """The number of words before the name in a body's name and a person's title before a
    name that has no given name we know ("CNN Polling Director Keating Holland", "FBI Director
    Comey"): the person, not a body, speaks; 0 when the run is no such thing. The title's word
    must not mark a body ("General Motors"), nor may the name's words."""
    before, name = person.before, person.name
    if len(before) < 2 or not 1 <= len(name) <= 3 or person.anchored:
        return 0
    title = clean(before[-1])
    if title not in _PERSON_ROLES or title in ORG_WORDS or org_word(before[-1]):
        return 0
    if not all(w[:1].isupper() for w in before):
        return 0  # "Committee for a Responsible Federal Deficit": one body's name
    if any(org_word(w) or not w[1:].islower() or not w[:1].isupper() for w in name):
        return 0
    return len(before) if looks_like_surname(name[-1], anchored=False) else 0


def _and_in_body(second: Mention) -> bool:
    """Whether the words after "and" in a joint subject go on a body's name before a title
    ("Ways and Means Committee Chairman Kevin Brady"): the words before the person's name do
    not open with a title, as a second person's would ("and Vice President Kamala Harris")."""
    words = second.text.split()
    if second.description:
        words = [*second.description.split(), *words]
    split = split_name(words)
    if not split.before or not split.anchored or is_title_word(split.before[0]):
        return False
    # "Cruz and Florida Sen. Marco Rubio", "Issa and New Hampshire Republican Sen. Kelly
    # Ayotte": a place or a party before the title is the second person's own.
    lows = [clean(w) for w in split.before]
    return not any(" ".join(lows[:k]) in PLACES for k in (1, 2, 3)) and lows[0] not in PARTY_WORDS


PARTY_WORDS: Final = frozenset({"republican", "democratic", "democrat", "gop", "independent"})
"""A party's word before a title: "Republican Sen. Kelly Ayotte"."""


def _body_and(first: Mention, second: Mention) -> bool:
    """Whether a joint subject is one body's name ("Immigration and Customs Enforcement"): no
    part starts with a given name, the last has two words or more and no title before them,
    and a word marks a body or the last ends as a common noun ("Protection", "Services"), as
    no person's name does ("Laffer and Moore", "Xi and Moon Jae-in" are two)."""
    last = second.text.split()
    if second.description or len(last) < 2:
        return False
    if split_name(first.text.split()).anchored or split_name(last).anchored:
        return False
    words = [*first.text.split(), *last]
    return any(org_word(w) for w in words) or (
        len(last[-1]) >= 7 and clean(last[-1]).endswith(_COMMON_NOUN_ENDS)
    )


_COMMON_NOUN_ENDS: Final = ("tion", "sion", "ment", "ness", "ship", "ity", "ices", "ance", "ence")
"""Endings of a common noun ("Protection", "Enforcement", "Services"), not of a surname."""


def _person_before_of(words: list[str]) -> int:
    """How many words of WORDS before "of" name a person, with their titles, where an
    organisation's word would make the whole run an organisation's name ("George Stephanopoulos
    of ABC News", "Senate Republican John Cornyn of Texas"), or 0: a given name starts a name of
    two words or more ("Sen. John McCain of Arizona" is a person's already)."""
    if "of" not in words[1:-1]:
        return 0
    cut = words.index("of", 1)
    place = " ".join(words[cut + 1 :]).rstrip(".,").lower() in PLACES
    if not any(org_word(w) for w in words[cut + 1 :]) and not (
        place and any(org_word(w) for w in words[:cut])
    ):
        return 0
    split = split_name(words[:cut])
    if not split.anchored or len(split.name) < 2 or any(org_word(w) for w in split.name):
        return 0
    return cut


OWNED_NAME_MAX: Final = 3
"""How many words a person's name after an owner and a role may have ("Fran Townsend")."""


def _owner_role_split(words: list[str]) -> int:
    """Where a person's name starts after an organisation and a role, or a possessive owner, in
    one capitalised run: "CNN National Security Analyst Fran Townsend", "CNN Polling Director
    Keating Holland", "New York Times' Nate Cohn" (a given name the list may lack); 0 if none.
    The outlet or the employer is no speaker: the person named after it is."""
    for n in range(len(words) - 2, max(0, len(words) - OWNED_NAME_MAX - 1), -1):
        last = clean(words[n - 1])
        owner = words[n - 1].endswith(("'", "’", "'s", "’s"))
        if not owner and (last not in ROLE_HEADS and last not in TITLE_WORDS):
            continue
        if not (owner or any(org_word(w) or w.isupper() for w in words[: n - 1])):
            continue  # "Polling Director" alone may still be read as before
        name = words[n:]
        if (
            all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in name)
            and not any(org_word(w) for w in name)
            and looks_like_surname(name[-1], anchored=False)
            and " ".join(name).lower() not in PLACES
        ):
            return n
    return 0


_NP_STOPS: Final = frozenset(
    {"and", "or", "but", "that", "who", "which", "when", "as", "what", "where", "by", "from"}
    | {"against"}
)
"""Words a described source never runs back over: "what unions called", "kicked by protesters,
who said", "on the left, where advocates warned" (the source is the noun after them)."""


def np_back(masked: str, toks: list[tuple[str, int, int]], i: int) -> Mention | None:
    """A described source ending at token *i* ("a senior US official"), or None."""
    head = clean(toks[i][0])
    known = (
        head in ANON_NOUNS
        or head in DOCUMENT_NOUNS
        or head in PLURAL_PERSON_NOUNS
        or head in ROLE_HEADS
    )
    if not known and not generic_head(head):
        return None
    j = i
    indefinite = head.endswith("s") and head not in ("news",)
    found_det = False
    while j - 1 >= 0 and i - j < 6:
        t = toks[j - 1][0]
        low = clean(t)
        if t in {",", "(", ")", ":", ";", "\x01", "—", "–", "-"}:
            break
        if low in ("that", "this") and indefinite and head.endswith("s"):
            # "the contact that experts say": a relative "that", no determiner of "experts",
            # which open the relative clause as its subject.
            found_det = True
            break
        if low in DETERMINERS or low.endswith("'s"):
            found_det = True
            j -= 1
            indefinite = low in INDEFINITE_WORDS
            if j - 1 >= 0 and clean(toks[j - 1][0]) in ("the", "both", "all") and low != "the":
                j -= 1
                indefinite = False
            break
        if low in AUX_WORDS or low in _NP_STOPS:
            break
        if known and (low in CLAUSE_OPENERS or low in NOT_SPEECH_VERBS):
            break  # "The assertion comes after intelligence officials said": the source ends there
        if not known and (not t[:1].isalpha() or low.endswith("ly") or low in SPEAKER_PREPS):
            return None
        j -= 1
    if not known and not found_det:
        return None
    s, e = toks[j][1], toks[i][2]
    return Mention(s, e, masked[s:e], "np", head=head, indefinite=indefinite)


def speaker_before(masked: str, floor: int, cue: int) -> Mention | None:
    """The speaker mention ending just before the cue at *cue* (not before *floor*)."""
    return _speaker_in(masked, floor, cue, max(floor, cue - _MAX_BACK))


def _speaker_in(masked: str, floor: int, cue: int, start: int) -> Mention | None:
    toks = tokens(masked, start, cue)
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and toks[i][0].islower() and clean(toks[i][0]) in AUX_WORDS and skipped < 3:
        i -= 1
        skipped += 1
    if i < 0:
        return None
    found = mention_ending(masked, toks, i, allow_apposition=True)
    ly = i >= 1 and skipped < 3 and _LY_ADVERB_RE.fullmatch(toks[i][0]) is not None
    if ly and (found is None or found.kind == "np"):
        # "Biden famously said", "Warren pointedly told": a manner adverb not in the list
        # of auxiliaries, kept only when a name or a pronoun ends right before it (never "the
        # family said", "an ally said").
        before = mention_ending(masked, toks, i - 1, allow_apposition=True)
        if before is not None and _adverb_subject(masked, before):
            return before
    if (found is None or found.kind == "np") and i >= 2:
        # "who in 2010 said", "Trump on Friday said": skip a short time phrase.
        # "Abushagur in a Twitter posting said": a short phrase of where or how.
        back = PHRASE_BACK if toks[i][0] not in _PHRASE_STOPS else 2
        for k in range(i - 1, max(0, i - back) - 1, -1):
            if found is not None and back == 2:
                break
            if toks[k][0] in _PHRASE_STOPS:
                break
            if k < i - 2 and clean(toks[k + 1][0]) not in DETERMINERS:
                continue  # a longer phrase opens with "a", "the", "his": "in a Twitter posting"
            if k >= 1 and clean(toks[k][0]) in TIME_PREPS:
                if any(clean(t[0]) in _CLAUSE_WORDS for t in toks[k + 1 : i + 1]):
                    break  # "in areas of those states": no phrase of where or how
                if found is not None and found.start < toks[k][2]:
                    break  # "officials in Kabul said": the phrase is part of the source
                j = k - 1
                while j >= 0 and clean(toks[j][0]) in AUX_WORDS:
                    j -= 1
                if j >= 0:
                    subject = mention_ending(masked, toks, j, allow_apposition=True)
                    if subject is not None and _after_preposition(toks, subject.start):
                        subject = None  # "appeared on MSNBC on Tuesday and began by saying"
                    if found is None or (subject is not None and subject.kind != "np"):
                        found = subject
                break
    if found is not None and found.kind == "np":
        return _named_before(masked, toks, found) or found
    return found


def _adverb_subject(masked: str, m: Mention) -> bool:
    """Whether M, ending before a manner adverb and a cue ("Biden famously said"), is a person's
    name or a personal pronoun: not "it" ("it clearly indicates"), no name with a lower-case
    word ("His speech continued") and no single word the text also writes in lower case
    ("Universities rarely disclose ... colleges and universities")."""
    if m.kind == "pronoun":
        return m.head in ("he", "she", "they", "i", "we")
    if m.kind != "name" or any(w[:1].islower() for w in m.text.split()):
        return False
    if " " in m.text.strip():
        return True
    low = m.text.strip().lower()
    return re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", masked) is None


def _named_before(masked: str, toks: list[tuple[str, int, int]], np: Mention) -> Mention | None:
    """ "Mark Hamrick, a senior analyst for Bankrate.com said", "Brendan Buck, Boehner's
    spokesman said": the person named before an indefinite or possessive apposition that the
    cue follows with no closing comma."""
    k = next((n for n, t in enumerate(toks) if t[1] == np.lead), -1)
    if k < 2 or toks[k - 1][0] != ",":
        return None
    lead = toks[k][0]
    if lead.lower() not in ("a", "an") and not lead.endswith(("'s", "’s")):
        return None  # "Talking to Mike Allen, the party leader said": the leader speaks
    named = mention_ending(masked, toks, k - 2, allow_apposition=False)
    if named is None or named.kind != "name" or not split_name(named.text.split()).anchored:
        return None
    named.description = named.description or np.text
    return named


def mention_ending(
    masked: str, toks: list[tuple[str, int, int]], i: int, *, allow_apposition: bool
) -> Mention | None:
    tok = toks[i][0]
    low = clean(tok)
    if (low in PRONOUNS and low != "it") or (low == "it" and i > 0 and toks[i - 1][0] != "that"):
        s, e = toks[i][1], toks[i][1] + len(tok.rstrip(".,"))
        return Mention(s, e, masked[s:e], "pronoun", head=low)
    if tok == ")":
        k = i - 1
        while k >= 0 and toks[k][0] != "(" and i - k < 12:
            k -= 1
        if k > 0 and toks[k][0] == "(":
            return mention_ending(masked, toks, k - 1, allow_apposition=allow_apposition)
        return None
    if tok in _APPOSITION_MARKS and allow_apposition:
        return _apposition(masked, toks, i)
    if low == "who" and i >= 2 and toks[i - 1][0] == ",":
        inner = mention_ending(masked, toks, i - 2, allow_apposition=False)
        return _past_tag(masked, toks, inner) or inner
    if low == "which" and i >= 2 and toks[i - 1][0] == ",":
        # "a statement from AIPAC, the pro-Israel lobby, which said": the organisation named
        # before an apposition describing it.
        inner = mention_ending(masked, toks, i - 2, allow_apposition=False)
        if inner is None or inner.kind == "np":
            named = _apposition(masked, toks, i - 1)
            if named is not None and (named.kind == "name" or named.parts):
                return named  # "from AIPAC": the document's issuer is found from its parts
        if inner is not None and inner.kind == "name" and _object_before(toks, inner.lead):
            return None  # "a ruling against President Trump, which said": the ruling spoke
        return inner
    if is_name_token(tok) or (tok[:1].isupper() and low.endswith("s") and low in ORG_WORDS):
        j = name_run_back(toks, i)
        if _after_party_tag(toks, j):
            # "Sen. Dianne Feinstein (D) of California said": the place is no one's name.
            return mention_ending(masked, toks, j - 2, allow_apposition=allow_apposition)
        located = _located_name(toks, j, i)
        if located is not None:
            # "The US Embassy in Harare, the capital, said", "The BBC's Cindy Sui in Taipei
            # says": the place or the month after "in" only tells where or when.
            named = mention_ending(masked, toks, located, allow_apposition=allow_apposition)
            if named is not None and not _works_at(toks, named, located, i):
                return named
        # Joint subject: "Kishida and Biden said".
        if j >= 2 and clean(toks[j - 1][0]) == "and" and is_name_token(toks[j - 2][0]):
            org = _org_run(masked, toks, j, i)
            if org is not None:
                return org
            j2 = name_run_back(toks, j - 2)
            first = name_mention(masked, toks, j2, j - 2)
            second = name_mention(masked, toks, j, i)
            # "a joint statement from the US and Japan"
            np = _np_after_prep(masked, toks, j2, [first.text, second.text])
            if np is not None:
                np.end = second.end
                np.text = masked[np.start : np.end]
                return np
        # ... of two people: "Health and Human Services Secretary Alex Azar" is one.
        joined = (
            j >= 2
            and clean(toks[j - 1][0]) == "and"
            and is_name_token(toks[j - 2][0])
            and looks_like_surname(toks[j - 2][0].rstrip(".,"))
        )
        if joined and _body_and(first, second):
            # "Customs and Border Protection said": one body's name, "and" inside it.
            body = masked[first.start : second.end]
            return Mention(first.start, second.end, body, "name", head="org", lead=first.lead)
        if joined and _and_in_body(second):
            # "Customs and Border Protection Commissioner Kevin McAleenan": the person after
            # the title, the body's words before it no second speaker.
            joined = False
        if joined:
            return Mention(
                first.start,
                second.end,
                masked[first.start : second.end],
                "joint",
                parts=[first.text, second.text],
                description=None,
            )
        org_start = _org_head_before(toks, j, i)
        if org_start is not None:
            j = org_start  # "the Center for Responsive Politics": the whole organisation
            m = name_mention(masked, toks, j, i)
            m.head = "org"
        else:
            m = name_mention(masked, toks, j, i)
        office = _office_of_place(masked, toks, j, i)
        if office is not None:
            return office
        if m.head == "org" and _titled_to_office(toks, j, m):
            # "Counsel to the President Pat Cipollone wrote": the counsel, the whole title his
            # description (no "President" role of his own).
            title = j - 3 if clean(toks[j - 1][0]) == "the" else j - 2
            m.head, m.lead = "", min(m.lead, toks[title][1])
            m.description = masked[toks[title][1] : m.start].strip()
            return m
        if m.head == "org":
            owner = _person_before_org(masked, toks, j)
            if owner is not None:
                return owner
        np = _np_after_prep(masked, toks, j, [m.text]) or _postmodified(masked, toks, j)
        if np is not None:
            np.end = m.end
            np.text = masked[np.start : np.end]
            return np
        if _group_of(toks, j):
            return None  # "users of Twitch say": the users speak, not Twitch
        if _after_target(toks, j) and not _named_subject(toks, i, m):
            return _document_before(masked, toks, j, m)
        if _after_to(toks, j):
            if _titled_to(toks, j) and m.head != "org" and split_name(m.text.split()).anchored:
                return m  # "Ambassador to the United Nations Nikki Haley said": the envoy
            return None  # "An organization established for the transition to the White House said"
        return m
    np = np_back(masked, toks, i)
    if np is not None:
        # "the leaders of both nations": the group noun before "of" is the head.
        j = next((k for k in range(i, -1, -1) if toks[k][1] == np.start), i)
        if j >= 2 and clean(toks[j - 1][0]) == "of":
            outer = np_back(masked, toks, j - 2)
            if outer is not None:
                outer.end = np.end
                outer.text = masked[outer.start : outer.end]
                return outer
        outer = _postmodified(masked, toks, j)
        if outer is not None:
            outer.end = np.end
            outer.text = masked[outer.start : outer.end]
            return outer
        return np
    # "the leaders of both nations said": a group noun followed by a prepositional phrase
    k = i
    while k > 0 and i - k < 4 and clean(toks[k][0]) not in SPEAKER_PREPS:
        k -= 1
    last = clean(toks[i][0])
    tail_ok = last.isalpha() and last not in FUNCTION_HEADS and last not in AUX_WORDS
    if 0 < k < i and clean(toks[k][0]) in SPEAKER_PREPS and tail_ok:
        np = np_back(masked, toks, k - 1)
        if np is not None:
            np.end = toks[i][2]
            np.text = masked[np.start : np.end]
            return np
    return None


POSTMODIFIERS: Final = frozenset(
    {"familiar", "close", "knowledgeable", "briefed", "involved", "privy", "loyal", "opposed"}
)
"""Words after a person noun that take a phrase of their own: "a source close to the talks"."""


def _postmodified(masked: str, toks: list[tuple[str, int, int]], j: int) -> Mention | None:
    """ "an official familiar with the matter", "people close to Trump": the described person
    before a word such as "familiar" or "close" and its phrase ending at token J."""
    k = j - 1
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    if k < 2 or clean(toks[k - 1][0]) not in POSTMODIFIERS or not toks[k][0].islower():
        return None
    outer = np_back(masked, toks, k - 2)
    if outer is None or not (outer.head in ANON_NOUNS or outer.head in ROLE_HEADS):
        return None
    return outer


def _org_run(masked: str, toks: list[tuple[str, int, int]], j: int, i: int) -> Mention | None:
    """ "the Centers for Disease Control and Prevention", "the National Oceanic and Atmospheric
    Administration": one organisation's name with "and", "for" or "of" inside, not two people."""
    if split_name([t[0] for t in toks[j : i + 1]]).anchored:
        return None  # "Health and Human Services Secretary Alex Azar": a person at the end
    k = j
    while k >= 2 and clean(toks[k - 1][0]) in _ORG_JOINERS and is_name_token(toks[k - 2][0]):
        k = name_run_back(toks, k - 2)
    if not any(org_word(toks[x][0]) for x in range(k, i + 1)):
        return None
    m = name_mention(masked, toks, k, i)
    m.head = "org"
    np = _np_after_prep(masked, toks, k, [m.text])
    if np is not None:  # "a spokesman for the Centers for Disease Control and Prevention"
        np.end = m.end
        np.text = masked[np.start : np.end]
        return np
    return m


HEAD_JOINERS: Final = frozenset({"for", "on", "against"})
"""Words joining an organisation's head to the rest of its name: "Club for Growth", "Council on
Foreign Relations" ("of" and "and" are read with two names: see ``_org_run``)."""


def _org_head_before(toks: list[tuple[str, int, int]], j: int, i: int) -> int | None:
    """Where an organisation starts whose head stands before "for", "on" or "against" and the
    run ``toks[j..i]`` ("the Center for Responsive Politics", "the Committee for a Responsible
    Federal Deficit"), or None: the head's words name an organisation and no person."""
    d = j - 1 if j >= 1 and clean(toks[j - 1][0]) in ("a", "the") else j
    if d < 2 or clean(toks[d - 1][0]) not in HEAD_JOINERS or not is_name_token(toks[d - 2][0]):
        return None
    k = name_run_back(toks, d - 2)
    head = [t[0] for t in toks[k : d - 1]]
    if not any(org_word(w) for w in head) or split_name(head).anchored:
        return None
    if split_name([t[0] for t in toks[j : i + 1]]).anchored:
        return None  # "Council on Foreign Relations President Richard Haass": the person
    return k


_PARTY_TAG_RE: Final = re.compile(r"[DRI][-–][A-Z][\w.]*")
"""A party and state tag written after a name: "D-S.C", "R-Okla"."""
_ORG_JOINERS: Final = frozenset({"and", "for", "of", "on", "&"})
_STATE_ABBREVIATIONS: Final = frozenset(
    a for abbrs in STATE_ABBREVIATIONS.values() for a in abbrs if a.endswith(".")
) | {"D.C."}
"""A state as a place's second part ("Avondale, Ariz.", "Washington, D.C."): the AP forms,
which no name has."""


_PARTY_LETTER_RE: Final = re.compile(r"[DRI](?:[-–][A-Z][\w.]*)?")
"""A party tag in parentheses after a name: "D", "R", "I", "D-Calif."."""


def _after_party_tag(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the name run starting at token J follows a party tag and "of" ("(D) of
    California"): a place, whatever its spelling, after the person it tells of."""
    return (
        j >= 4
        and clean(toks[j - 1][0]) == "of"
        and toks[j - 2][0] == ")"
        and toks[j - 4][0] == "("
        and _PARTY_LETTER_RE.fullmatch(toks[j - 3][0]) is not None
    )


def _past_tag(masked: str, toks: list[tuple[str, int, int]], m: Mention | None) -> Mention | None:
    """ "Sen. Susan Collins, R-Maine, who said": the name before a party and state tag set off
    by commas, for the tag names no one; None when M is no such tag."""
    if m is None or _PARTY_TAG_RE.fullmatch(m.text) is None:
        return None
    at = next((n for n, t in enumerate(toks) if t[1] == m.lead), -1)
    if at < 2 or toks[at - 1][0] != ",":
        return None
    named = mention_ending(masked, toks, at - 2, allow_apposition=False)
    return named if named is not None and named.kind == "name" else None


LOCATED_MAX: Final = 3
"""How many words a place after "in" may have ("in San Francisco", "in Ann Arbor")."""


def _located_name(toks: list[tuple[str, int, int]], j: int, i: int) -> int | None:
    """Where the name before "in [the]" ends when the run ``toks[j..i]`` follows it ("The US
    Embassy in Harare", "Lillian Mongeau of KQED in San Francisco", "Gina McCarthy in June"):
    the named body or person speaks, not the place or the time after "in". The name before must
    be a person's or a body's: two words or more, an acronym or a body's word ("FBI in
    Cleveland"), not a capitalised common word opening the sentence ("Research in Texas
    found", "Bankers in New York"); None when the run is no such place."""
    k = j - 1
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    if k < 1 or toks[k][0] != "in" or i - j >= LOCATED_MAX:
        return None
    run = [t[0] for t in toks[j : i + 1]]
    if any(org_word(w) for w in run) or split_name(run).anchored:
        return None  # "the Project for Excellence in Journalism", "in Joe Biden": no place
    k -= 1
    if not is_name_token(toks[k][0]):
        return None
    r = name_run_back(toks, k)
    words = [t[0] for t in toks[r : k + 1]]
    last = words[-1].rstrip(".,")
    if len(words) >= 2 or (len(last) >= 2 and last.isupper()) or org_word(last):
        return k
    return None


def _works_at(toks: list[tuple[str, int, int]], body: Mention, located: int, place: int) -> bool:
    """Whether BODY, the name found before "in" and a place (its run ending at token LOCATED,
    the place's at PLACE), is only where someone named earlier works: a name whose run follows a
    lower-case word other than "and" ("the pastor of the First Baptist Church in Katy said", "a
    professor at Shawnee State University in Ohio told"); the writer then means the person, not
    the body. Not before a person's name set off after the place ("The head of the FBI in
    Cleveland, Stephen Anthony, said"), which the apposition gives."""
    if body.kind != "name":
        return False  # "analysts at Haitong Securities in Shanghai": the described source
    after = [t[0] for t in toks[place + 1 : place + 2 + LOCATED_MAX]]
    named = list(itertools.takewhile(is_name_token, after[1:]))
    if after[:1] == [","] and len(named) >= 2 and split_name(named).anchored:
        return False
    k = name_run_back(toks, located)
    if body.lead < toks[k][1]:
        return False  # "Lillian Mongeau of KQED in San Francisco": the person found before
    k -= 1
    while k >= 0 and toks[k][0][:1].isupper():
        k -= 1  # "the First Baptist Church": back over the run's own capitalised words
    if k >= 0 and clean(toks[k][0]) in ("the", "a", "an"):
        k -= 1
    return k >= 0 and toks[k][0].isalpha() and toks[k][0].islower() and toks[k][0] != "and"


def _state_after_place(toks: list[tuple[str, int, int]], m: Mention) -> bool:
    """Whether mention M is a state's abbreviation after a place and a comma ("of Avondale,
    Ariz."): the end of that place, nobody's name."""
    if m.kind != "name" or f"{m.text.rstrip('.')}." not in _STATE_ABBREVIATIONS:
        return False
    at = next((n for n, t in enumerate(toks) if t[1] == m.lead), -1)
    return at >= 2 and toks[at - 1][0] == "," and is_name_token(toks[at - 2][0])


_OWNER_PREPS: Final = frozenset({"of", "with", "at", "from", "for", "on", "to", "in"})
_PREP_WORDS: Final = TIME_PREPS | SPEAKER_PREPS | _OWNER_PREPS


def _office_of_place(
    masked: str, toks: list[tuple[str, int, int]], j: int, i: int
) -> Mention | None:
    """ "The governor of Texas said", "the Prime Minister of Canada said": a role and "of" a
    place (tokens J to I) is the office, a description, not the place or a person "Texas"."""
    words = [clean(t[0]) for t in toks[j : i + 1]]
    if "of" in words:  # "the Prime Minister of Canada": one run of capitals
        at = words.index("of")
        j, words = j + at + 1, words[at + 1 :]
    if words[:1] == ["the"]:
        j, words = j + 1, words[1:]
    place = " ".join(words)
    k = j - 1
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    if place not in PLACES or k < 1 or clean(toks[k][0]) != "of":
        return None
    if clean(toks[k - 1][0]) not in ROLE_HEADS:
        return None
    role = np_back(masked, toks, k - 1)
    if role is None or role.indefinite or _PREP_WORDS & set(role.text.lower().split()):
        return None  # "won his bid for governor of Alabama": no one's office
    role.end = toks[i][2]
    role.text = masked[role.start : role.end]
    return role


def _person_before_org(masked: str, toks: list[tuple[str, int, int]], j: int) -> Mention | None:
    """ "Ian Bremmer of Eurasia Group said", "Geithner, who on CNN said": the person, not the
    organisation or venue after the preposition."""
    k = j - 1
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    if k < 1 or clean(toks[k][0]) not in _OWNER_PREPS:
        return None
    k -= 1
    if k >= 1 and clean(toks[k][0]) == "who" and toks[k - 1][0] == ",":
        k -= 2
    if k < 0 or not is_name_token(toks[k][0]):
        return None
    start = name_run_back(toks, k)
    person = name_mention(masked, toks, start, k)
    return person if person.head != "org" else None


_OVERSIGHT_RE: Final = re.compile(r"\b(?:[Ii]nspector [Gg]eneral|watchdog|ombudsman)")
"""An office that oversees the organisation named after it ("the inspector general's office at
the Department of Health and Human Services"): the office speaks, not the agency it oversees."""


def _np_after_prep(
    masked: str, toks: list[tuple[str, int, int]], j: int, parts: list[str]
) -> Mention | None:
    """ "a joint statement from [the] NAME": the described source before a preposition."""
    k = j - 1
    if k >= 0 and clean(toks[k][0]) == "the":
        k -= 1
    if k >= 1 and clean(toks[k][0]) in SPEAKER_PREPS:
        np = np_back(masked, toks, k - 1)
        if np is not None and (
            np.head in ANON_NOUNS
            or np.head in KIN_NOUNS
            or np.head in DOCUMENT_NOUNS
            or np.head in PLURAL_PERSON_NOUNS
            or np.head in ORG_DESCRIPTION_HEADS
            or _OVERSIGHT_RE.search(masked, max(0, np.start - 10), np.end) is not None
        ):
            np.parts = parts
            return np
    return None


_DASHES: Final = frozenset({"—", "–", "-"})
_APPOSITION_MARKS: Final = frozenset({","}) | _DASHES
_APPOSITION_STOPS: Final = frozenset({",", "(", "\x01", ":", ";"})


def _party_member(masked: str, m: Mention) -> bool:
    """Whether name mention M is a party member described ("the No. 2 House Democrat", "The
    top Senate Republican"): a party noun after "the" or "a" a few words before."""
    if clean(m.text.split()[-1]) not in _PARTY_NOUNS:
        return False
    lead = masked[max(0, m.lead - 40) : m.lead + 4].lower().split()[-5:]
    return "the" in lead or "a" in lead


def _workplace(toks: list[tuple[str, int, int]], m: Mention) -> bool:
    """Whether name mention M, closing an apposition, is an organisation after a preposition
    ("... energy and the environment at the State Department,"): where a person set off by an
    earlier comma works ("Keith Krach, undersecretary for economic growth, energy and the
    environment at the State Department, told"), not the speaker."""
    j = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][1] == m.start), -1)
    if j >= 1 and clean(toks[j - 1][0]) == "the":
        j -= 1
    return m.head == "org" and j >= 1 and clean(toks[j - 1][0]) in _OWNER_PREPS


def _apposition(
    masked: str, toks: list[tuple[str, int, int]], i: int, depth: int = 0
) -> Mention | None:
    """ "Hugh Hill, a doctor at the hospital, said": the name before (or inside) an apposition,
    set off by commas or by dashes ("Mr Booker - who dropped out in January - said")."""
    mark = toks[i][0] if depth == 0 else ","  # an outer apposition is set off by commas
    stops = _APPOSITION_STOPS | (_DASHES if mark in _DASHES else frozenset())
    k = i - 1
    while k >= 0 and i - k < 30 and toks[k][0] not in stops:
        k -= 1
    if k < 0 or toks[k][0] != mark or k == i - 1:
        return None
    appos = masked[toks[k + 1][1] : toks[i - 1][2]]
    if k >= 3 and toks[k - 1][0].isdigit() and toks[k - 2][0] == ",":
        k -= 2  # "Taylor Harris, 22, who attended Hampton University, said": past the age
    if k >= 2 and clean(toks[k - 1][0]) == "who" and is_name_token(toks[k - 2][0]):
        k -= 1  # "activist Charlotte Taft who, on the verge of tears, says": the name
    before = mention_ending(masked, toks, k - 1, allow_apposition=False) if k >= 1 else None
    if before is not None and _state_after_place(toks, before) and depth < 2:
        # "Marie Lopez Rogers, the mayor of Avondale, Ariz., and a DNC delegate, said": the
        # state closes the place of an earlier apposition, whose person speaks.
        at = next(n for n in range(k - 1, -1, -1) if toks[n][1] == before.lead)
        outer = _apposition(masked, toks, at - 1, depth + 1)
        if outer is not None and outer.kind in ("name", "joint"):
            return outer
    if before is not None and _PARTY_TAG_RE.fullmatch(before.text) and depth < 2:
        # "Rep. James Clyburn, D-S.C., the third ranking Democrat, said": past the party tag.
        outer = _apposition(masked, toks, k, depth + 1)
        if outer is not None and outer.kind in ("name", "joint"):
            if outer.description is None:
                outer.description = appos
            return outer
    if before is not None and before.kind in ("name", "np") and depth < 2:
        # Chained appositions: "Scott Pruitt, the attorney general of Oklahoma, one of the
        # states suing, said" - a name after "of"/"at" belongs to an earlier apposition.
        j = next((n for n in range(k - 1, -1, -1) if toks[n][1] == before.lead), -1)
        while j >= 2 and clean(toks[j - 1][0]) in _ORG_JOINERS and is_name_token(toks[j - 2][0]):
            # "a spokeswoman for the Fletcher School of Law and Diplomacy at Tufts, where":
            # back over the organisation's whole name to the word before it.
            j = name_run_back(toks, j - 2)
            if j >= 2 and clean(toks[j - 1][0]) == "the":
                j -= 1
        if j >= 2 and before.head == "org" and clean(toks[j - 1][0]) == "the":
            j -= 1  # "a senior fellow at the Center for American Progress, a think tank, said"
        if j >= 1 and (clean(toks[j - 1][0]) in SPEAKER_PREPS or before.kind == "np"):
            outer = _apposition(masked, toks, k, depth + 1)
            if outer is not None and outer.kind in ("name", "joint"):
                return outer
    if mark in _DASHES:
        # Words between dashes are an aside, never the speaker's name ("The transcript of the
        # debate–published by The Washington Post–shows").
        return before if before is not None and before.kind in ("name", "joint", "np") else None
    party = before is not None and before.kind == "name" and _party_member(masked, before)
    if before is not None and before.kind == "name" and (before.head == "org" or party):
        # "The president of the firm Eurasia Group, Ian Bremmer, said": the person set off;
        # "the No. 2 House Democrat, Steny Hoyer of Maryland, told": a party member described,
        # then named (two words or more, a given name the list may lack).
        inner = mention_ending(masked, toks, i - 1, allow_apposition=False)
        if (
            inner is not None
            and inner.kind == "name"
            and inner.head != "org"
            and (
                split_name(inner.text.split()).anchored
                or (party and len(split_name(inner.text.split()).name) >= 2)
            )
        ):
            inner.lead = min(inner.lead, before.lead)  # the phrase begins with the description
            return inner
    if before is not None and before.kind == "name" and before.text.lower() in PLACES:
        # "The senator from Ohio, Sherrod Brown, said": a place ends the role; the name set
        # off after it speaks.
        inner = mention_ending(masked, toks, i - 1, allow_apposition=False)
        if inner is not None and inner.kind == "name" and split_name(inner.text.split()).anchored:
            inner.lead = min(inner.lead, before.lead)
            return inner
    if before is not None and before.kind in ("name", "joint"):
        if before.description is None:
            before.description = appos
        return before
    # The apposition itself may be the name: "His former partner, Lawrence B. Cummings, said".
    inner = mention_ending(masked, toks, i - 1, allow_apposition=False)
    if inner is not None and inner.kind == "name":
        verbless = not any(clean(t[0]) in AUX_WORDS for t in toks[k + 1 : i])
        if before is None and depth < 2 and verbless and _workplace(toks, inner):
            outer = _apposition(masked, toks, k, depth + 1)
            if outer is not None and outer.kind == "name" and outer.head != "org":
                return outer  # "Keith Krach, undersecretary for growth, energy ... at the"
            # (a noun phrase: "Hill, meanwhile, was mocked ... in the Senate," is no title)
        return inner
    if before is not None:
        return before
    return None
