"""The speaker mention after an inverted cue ("..., said Biden") and a sentence's subject."""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.speakers.mentions import HEAD_JOINERS, mention_ending, name_mention, org_word
from factdb.extract.speakers.names_parse import (
    PLACES,
    WIRE_CREDITS,
    is_given,
    looks_like_surname,
    split_name,
)
from factdb.extract.speakers.tokens import (
    Mention,
    clean,
    generic_head,
    is_name_token,
    name_run_back,
    tokens,
)
from factdb.extract.text.lexicon import (
    ANON_NOUNS,
    AUX_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    INDEFINITE_WORDS,
    INTRO_WORDS,
    NAME_PARTICLES,
    NATIONALITY_WORDS,
    PLURAL_PERSON_NOUNS,
    PRONOUNS,
    ROLE_HEADS,
    SPEAKER_PREPS,
    TIME_NOUNS,
    TITLE_WORDS,
)

_LEAD_WORDS: Final = TITLE_WORDS | NATIONALITY_WORDS
_ABBR_TOKEN_RE: Final = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")


_TARGET_PREPS: Final = frozenset({"at", "to", "toward", "towards", "against", "by", "on"})
"""Prepositions that, after a participle, name whom or what something is aimed at."""


def _aimed_at(toks: list[tuple[str, int, int]]) -> bool:
    """Whether the words after a cue open with a participle and a preposition ("directed at",
    "aimed at", "addressed to", "led by"): the name after them is whom the cue's words were
    aimed at or who led something, never an inverted speaker, who follows the verb at once
    ("said embattled Sen. Bob Menendez": a participle before a title, no preposition)."""
    if len(toks) < 2:
        return False
    first = toks[0][0]
    return (
        first.islower()
        and first.endswith("ed")
        and first not in TITLE_WORDS
        and toks[1][0] in _TARGET_PREPS
    )


_VERBISH_RE: Final = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|"
    r"support|supports|want|wants|need|needs|[a-z]+ed)\b"
)


def opens_clause(masked: str, mention: Mention) -> bool:
    """Whether MENTION, a pronoun in lower case right after a cue, is followed by a verb: the
    subject of the reported clause ("..., said he was there"), not an inverted speaker
    ("..., said he.")."""
    if mention.kind != "pronoun" or not mention.text.islower():
        return False
    nxt = masked[mention.end : mention.end + 24].split(None, 1)[:1]
    return bool(nxt) and _VERBISH_RE.fullmatch(nxt[0]) is not None


def speaker_after(masked: str, pos: int, ceiling: int) -> Mention | None:
    """The speaker mention right after an inverted cue ("..., said Biden.")."""
    toks = tokens(masked, pos, min(ceiling, pos + 200))
    if not toks:
        return None
    tok = toks[0][0]
    low = clean(tok)
    if low in PRONOUNS and low not in ("it",):
        s = toks[0][1]
        return Mention(s, s + len(tok.rstrip(".,")), tok.rstrip(".,"), "pronoun", head=low)
    # Walk forward to the end of the noun phrase: stop at punctuation or a lower-case verb-ish word.
    i = 0
    last_name = -1
    last_noun = -1
    while i < len(toks) and i < 12:
        t = toks[i][0]
        lw = clean(t)
        if t in {",", ":", ";", "\x01", "(", ")", "—", "–", "-"}:
            break
        if i == 0 and lw in SPEAKER_PREPS:
            return None  # "posting on Twitter": a venue, not a speaker
        if i == 0 and _aimed_at(toks):
            return None  # "“lock her up!” chants directed at Hillary Clinton": the target
        if (
            is_name_token(t)
            or lw in NAME_PARTICLES
            or (lw == "of" and last_name >= 0)
            # "Health and Human Services Secretary Alex Azar": "and" inside a name run
            or (lw == "and" and last_name == i - 1 and _name_follows(toks, i))
            # "according to the Center for Responsive Politics": an organisation's head
            or (lw in HEAD_JOINERS and last_name == i - 1 and _head_before(toks, i))
            # "University of California at Irvine law professor Rick Hasen": a campus
            or (lw == "at" and last_name == i - 1 and _place_then_role(toks, i + 1))
            # "said Local 200 President Bob Gillis": a union local's number inside the run
            or (t.isdigit() and last_name == i - 1 and _title_at(toks, i + 1))
        ):
            last_name = i
        elif (
            lw in ANON_NOUNS
            or lw in DOCUMENT_NOUNS
            or lw in PLURAL_PERSON_NOUNS
            or (
                i > 0
                and last_name < 0
                and clean(toks[0][0]) in DETERMINERS
                and generic_head(lw)
                and lw not in AUX_WORDS
            )
        ):
            last_noun = i
        elif i == 0 and lw not in DETERMINERS and lw not in _LEAD_WORDS:
            # "conservative talk radio host Rush Limbaugh": lower-case words before a name.
            ahead = [x[0] for x in toks[1:6]]
            if not any(is_name_token(x) for x in ahead) or any(
                x in {",", ":", ";", "\x01"}
                for x in ahead[: next((n for n, x in enumerate(ahead) if is_name_token(x)), 0)]
            ):
                return None
        elif lw in ROLE_HEADS and _place_before(toks, i) and clean(toks[0][0]) in DETERMINERS:
            last_noun = i  # "says a longtime Seattle journalist": the place describes the role
        elif lw in SPEAKER_PREPS and last_noun >= 0 and last_name < 0:
            pass
        elif last_name >= 0 and t.islower() and _title_then_name(toks, i):
            pass  # "said White House press secretary Sarah Sanders": the name follows
        elif last_name >= 0 or (last_noun >= 0 and lw not in SPEAKER_PREPS):
            break
        if (
            t.endswith((".", ","))
            and i > 0
            and not _ABBR_TOKEN_RE.fullmatch(t)
            and clean(t) not in TITLE_WORDS
        ):
            i += 1
            break
        i += 1
    if last_name >= 1:
        # "said the President of the United States", "said the Prime Minister of Canada": a
        # role and "of" a country is the office, a description resolved as "the president" is.
        of = next((k for k in range(1, last_name + 1) if clean(toks[k][0]) == "of"), -1)
        office = _office_of_place(masked, toks, of) if of > 0 else None
        if office is not None:
            return office
    end_i = max(last_name, last_noun)
    if end_i < 0 or clean(toks[0][0]) in ("that", "this", "these", "those"):
        return None
    # An inverted speaker ends the clause: "..., said Biden." / "said Hill, a doctor".
    after_end = toks[end_i][2]
    rest = masked[after_end : after_end + 20].lstrip()
    if rest and rest[0].islower() and _VERBISH_RE.match(rest):
        return None
    if last_name >= 0 and (last_noun < 0 or last_name >= last_noun):
        j = _org_start(toks, name_run_back(toks, last_name), last_name)
        m = _person_of_org(masked, toks, j, last_name) or name_mention(masked, toks, j, last_name)
        if (
            last_noun >= 0
            and (last_noun == j - 1 or _joined_role(toks, last_noun, j))
            and clean(toks[last_noun][0]) not in PLURAL_PERSON_NOUNS
        ):
            # "said longtime aide Armstrong Williams": the noun is the named person's role.
            if m.description is None:
                m.description = masked[toks[0][1] : toks[last_noun][2]]
            return m
        joint = _joint_after(masked, toks, j, m)
        if joint is not None:
            return joint
        if last_noun >= 0 and last_noun < j:
            s = toks[0][1]
            np = Mention(s, m.end, masked[s : m.end], "np", head=clean(toks[last_noun][0]))
            np.parts = [m.text]
            np.indefinite = clean(toks[0][0]) in INDEFINITE_WORDS
            return np
        return m
    s = toks[0][1]
    e = toks[last_noun][2]
    while e > s and masked[e - 1] in ".,":
        e -= 1
    return Mention(
        s,
        e,
        masked[s:e],
        "np",
        head=clean(toks[last_noun][0]),
        indefinite=clean(toks[0][0]) in INDEFINITE_WORDS or clean(toks[0][0]) == toks[last_noun][0],
    )


def _joint_after(
    masked: str, toks: list[tuple[str, int, int]], j: int, second: Mention
) -> Mention | None:
    """ "said John McCain of Arizona and Lindsey Graham": two people named after the cue, the
    first after nothing but titles ("said Sens. ..."), each a person's name; None otherwise."""
    if j < 2 or clean(toks[j - 1][0]) != "and" or second.kind != "name" or second.head == "org":
        return None
    j2 = name_run_back(toks, j - 2)
    if any(clean(t[0]) not in _LEAD_WORDS for t in toks[:j2]):
        return None  # "said the Senate's Health and ...": more than titles before the first
    while j2 < j - 2 and (toks[j2][0].endswith(".") or clean(toks[j2][0]) in _LEAD_WORDS):
        j2 += 1  # "Sens.", "Republican": titles before the first name
    first = name_mention(masked, toks, j2, j - 2)
    words = first.text.split(" of ", 1)[0].split()
    if first.kind != "name" or first.head == "org" or len(words) < 2:
        return None
    if not (is_given(words[0]) and looks_like_surname(words[-1].rstrip(".,"))):
        return None  # "said Health and Human Services Secretary Alex Azar": one person
    start = toks[j2][1]
    return Mention(
        start,
        second.end,
        masked[start : second.end],
        "joint",
        parts=[masked[start : toks[j - 2][2]].rstrip(".,"), second.text],
        description=None,
    )


def _joined_role(toks: list[tuple[str, int, int]], k: int, j: int) -> bool:
    """Whether "and" and lower-case role words join the noun at token K to the name at token J
    ("said Democratic strategist and wordsmith Paul Begala"): one person's two roles."""
    between = [t[0] for t in toks[k + 1 : j]]
    return (
        1 < len(between) <= TITLE_RUN
        and between[0] == "and"
        and all(w.isalpha() and w.islower() and w not in _NOT_ROLE for w in between[1:])
    )


def _place_before(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the token before K is a place's name ("Seattle" in "a Seattle journalist")."""
    return k > 0 and is_name_token(toks[k - 1][0]) and clean(toks[k - 1][0]) in PLACES


def _title_at(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether token K exists and is a capitalised title ("President" after "Local 200")."""
    return k < len(toks) and is_name_token(toks[k][0]) and clean(toks[k][0]) in TITLE_WORDS


def _person_of_org(masked: str, toks: list[tuple[str, int, int]], j: int, i: int) -> Mention | None:
    """ "said Kelly Dittmar of Rutgers University": the person named in full before "of" and an
    organisation, which describes where the person works (tokens J to I)."""
    of = next((k for k in range(j + 2, i) if toks[k][0] == "of"), -1)
    if of < 0 or not any(org_word(t[0]) for t in toks[of + 1 : i + 1]):
        return None
    words = [t[0] for t in toks[j:of]]
    split = split_name(words)
    if not split.anchored or len(split.name) < 2 or any(org_word(w) for w in words):
        return None
    m = name_mention(masked, toks, j, of - 1)
    if m.head:
        return None
    m.description = m.description or masked[toks[of][1] : toks[i][2]].rstrip(".,")
    return m


def _office_of_place(masked: str, toks: list[tuple[str, int, int]], of: int) -> Mention | None:
    """The office of a place after an inverted cue ("the Prime Minister of Canada"), from the
    role before "of" (token OF) through the place's capitalised words after it; or None."""
    if clean(toks[of - 1][0]) not in ROLE_HEADS:
        return None
    k = of + 1
    if k < len(toks) and clean(toks[k][0]) == "the":
        k += 1
    end = k
    while end < len(toks) and is_name_token(toks[end][0]):
        end += 1
    place = " ".join(clean(t[0]) for t in toks[k:end])
    if end == k or place not in PLACES:
        return None
    s, e = toks[0][1], toks[end - 1][2]
    while e > s and masked[e - 1] in ".,":
        e -= 1
    head = clean(toks[of - 1][0])
    return Mention(s, e, masked[s:e], "np", head=head, indefinite=False)


def _name_follows(toks: list[tuple[str, int, int]], i: int) -> bool:
    return i + 1 < len(toks) and is_name_token(toks[i + 1][0])


def _head_before(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether "for" or "on" at token I joins an organisation's head to the rest of its name
    ("Center for American Progress", "National Council on Nonprofits")."""
    return i >= 1 and org_word(toks[i - 1][0]) and _name_follows(toks, i)


def _body_or_place(word: str) -> bool:
    """Whether WORD names a body or a place on its own ("US", "UN", "Texas"), so that "and"
    after it joins two names, not the words of one ("US and UN sanctions")."""
    return word.isupper() or clean(word) in PLACES


def _org_start(toks: list[tuple[str, int, int]], j: int, i: int) -> int:
    """Where the organisation whose name ends at token I starts, back from token J over "for"
    or "on" after its head ("the Centers for Disease Control") and "and" after words that end
    no body's name ("the National Oceanic and Atmospheric Administration", "the Department of
    Health and Human Services"); J itself when the run is no such name or a person's."""
    k = j
    while k >= 2 and is_name_token(toks[k - 2][0]):
        joiner, left = clean(toks[k - 1][0]), toks[k - 2][0]
        if not (
            (joiner in HEAD_JOINERS and org_word(left))
            or (joiner in ("and", "&") and not org_word(left) and not _body_or_place(left))
        ):
            break
        k = name_run_back(toks, k - 2)
    if k == j or not any(org_word(t[0]) for t in toks[k : i + 1]):
        return j
    if split_name([t[0] for t in toks[j : i + 1]]).anchored:
        return j  # "Health and Human Services Secretary Alex Azar": the person at the end
    return k


def _place_then_role(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether capitalised words from token I, then lower-case roles, lead to a name ("at
    Irvine law professor Rick Hasen"), so that "at" joins an institution to its campus."""
    k = i
    while k < len(toks) and k - i < 3 and is_name_token(toks[k][0]):
        k += 1
    return i < k < len(toks) and toks[k][0].islower() and _title_then_name(toks, k)


def _title_then_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether lower-case titles from token I lead to a capitalised name."""
    k = i
    plain_words = False  # "Boston College political scientist David Hopkins"
    limit = TITLE_RUN
    while k < len(toks) and k - i < limit:
        low = clean(toks[k][0])
        if low in TITLE_WORDS or low.split("-", 1)[0] in _HYPHEN_TITLES:
            pass  # "editor-at-large", "editor-in-chief": a title joined to its qualifier
        elif toks[k][0].isalpha() and toks[k][0].islower() and low not in _NOT_ROLE:
            plain_words = True
        elif (
            low == "and"
            and k > 0
            and toks[k - 1][0].islower()
            and k + 1 < len(toks)
            and toks[k + 1][0].islower()
        ):
            limit = TITLE_RUN * 2  # "pollster and political science professor Andy Smith"
        else:
            break
        k += 1
    if k >= len(toks) or not is_name_token(toks[k][0]):
        return False
    # After role words that are no titles, only a given name starts the person's name.
    return not plain_words or (is_given(toks[k][0]) and k + 1 < len(toks))


_HYPHEN_TITLES: Final = frozenset(w for w in TITLE_WORDS if w.isalpha())
"""Titles that open a hyphenated role ("editor-at-large"); "co-founder" is whole in the list."""
TITLE_RUN: Final = 3
"""Lower-case titles between an organisation and a name: "press secretary", "chief of staff"."""
_NOT_ROLE: Final = (
    SPEAKER_PREPS
    | DETERMINERS
    | AUX_WORDS
    | frozenset(PRONOUNS)
    | frozenset(
        {"and", "or", "but", "that", "who", "which", "when", "while", "as", "to", "on", "in", "at"}
    )
)
"""Lower-case words that end a speaker's noun phrase rather than describe the speaker."""


_DASHES: Final = frozenset({"–", "—", "-", "--"})


DATELINE_TOKENS: Final = 8
"""The most tokens (words, commas) a dateline's place takes before its credit in brackets
("WEST PALM BEACH, Fla./WASHINGTON (Reuters)")."""


def _after_dateline(toks: list[tuple[str, int, int]]) -> int:
    """The first token after a dateline ("WASHINGTON –", "LONDON (Reuters) -", "ATHENS, Greece
    (AP) —", "Washington (CNN)"), else 0."""
    credited = _after_credit(toks)
    if credited:
        return credited
    k = 0
    while k < min(len(toks), 4) and toks[k][0].isupper() and len(toks[k][0]) > 1:
        k += 1
    if k == 0:
        return 0
    if k < len(toks) and toks[k][0] == "(":
        k = next((n + 1 for n in range(k, min(len(toks), k + 5)) if toks[n][0] == ")"), k)
    return k + 1 if k < len(toks) and toks[k][0] in _DASHES else 0


def _after_credit(toks: list[tuple[str, int, int]]) -> int:
    """The first token after a place and an agency's credit in brackets ("Havana (CNN)",
    "MOBILE, Ala. (AP) —"), else 0: the place, whatever its case, is no subject."""
    opening = next((n for n, t in enumerate(toks[: DATELINE_TOKENS + 1]) if t[0] == "("), -1)
    close = next(
        (n for n in range(opening + 1, min(len(toks), opening + 4)) if toks[n][0] == ")"), -1
    )
    if opening < 0 or close < 0:
        return 0
    if " ".join(t[0] for t in toks[opening + 1 : close]) not in WIRE_CREDITS:
        return 0
    return close + 2 if close + 1 < len(toks) and toks[close + 1][0] in _DASHES else close + 1


def common_word(masked: str, low: str) -> bool:
    """Whether a capitalised word is a common word: an adverb, or written in lower case in the
    article too ("Just got off the phone" where "just" recurs). Such a word is no name."""
    return low.endswith("ly") or f" {low} " in masked


_TIME_AFTER_WORDS: Final = frozenset({"later", "earlier", "ago", "afterward", "afterwards"})
"""The last word of an introductory time phrase: "Eight days later, Taylor texted"."""


TIME_PHRASE_WORDS: Final = 4
"""The most words of an opening time phrase read by ``_time_phrase``."""


def _time_phrase(toks: list[tuple[str, int, int]], first: int, comma: int) -> bool:
    """Whether the words from FIRST to the COMMA are a short time phrase ("The next day,", "The
    following morning,", "That night,"): a determiner first, a time noun last."""
    return (
        1 < comma - first <= TIME_PHRASE_WORDS
        and clean(toks[first][0]) in DETERMINERS
        and clean(toks[comma - 1][0]) in TIME_NOUNS
    )


def subject_of(masked: str, start: int, end: int) -> Mention | None:
    """The subject at the start of a sentence, after an introductory phrase ending in a comma."""
    toks = tokens(masked, start, min(end, start + 300))
    if not toks:
        return None
    first = _after_dateline(toks)
    if first < len(toks) and clean(toks[first][0]) in (
        "but",
        "and",
        "still",
        "meanwhile",
        "however",
        "yet",
        "so",
    ):
        first += 1
    # Skip an introductory phrase: "Speaking at the White House, Biden ..."
    for k in range(first, min(len(toks), 14)):
        if toks[k][0] == "\x01":
            break
        if toks[k][0] == ",":
            intro_first = clean(toks[first][0])
            if (
                intro_first in INTRO_WORDS
                or (k == first + 1 and common_word(masked, intro_first))
                or (k > first + 1 and clean(toks[k - 1][0]) in _TIME_AFTER_WORDS)
                or _time_phrase(toks, first, k)
            ):
                first = k + 1  # "Initially, ...", "Eight days later, ..."
            break
    # Take the longest mention that ends before the first lower-case verb.
    i = first
    while i < len(toks) and i - first < 10:
        t = toks[i][0]
        lw = clean(t)
        if t in {",", "\x01", ":", ";"}:
            break
        if not (
            is_name_token(t)
            or lw in NAME_PARTICLES
            or lw in DETERMINERS
            or lw in TITLE_WORDS
            or lw in NATIONALITY_WORDS
            or lw in ANON_NOUNS
            or lw in DOCUMENT_NOUNS
            or lw in PLURAL_PERSON_NOUNS
            or lw in PRONOUNS
            or lw in ("and", "of")
            or lw.endswith("'s")
            or lw in ("senior", "joint", "top", "former")
        ):
            break
        i += 1
    if i == first:
        return None
    found = mention_ending(masked, toks[:i], i - 1, allow_apposition=False)
    if found is not None and found.kind == "np" and i < len(toks) and toks[i][0] == ",":
        # "The secretary general, António Guterres, made a visit ..., saying": the person
        # named in apposition after the description is the subject.
        j = i + 1
        while j < len(toks) and j - i <= NAMED_APPOSITION_MAX and is_name_token(toks[j][0]):
            j += 1
        words = [t[0] for t in toks[i + 1 : j]]
        if j < len(toks) and toks[j][0] == "," and len(words) >= 2 and split_name(words).anchored:
            named = name_mention(masked, toks, i + 1, j - 1)
            if named.head != "org":
                named.description = named.description or found.text
                return named
    return found


NAMED_APPOSITION_MAX: Final = 4
"""How many words a name set off after a description opening a sentence may have."""
