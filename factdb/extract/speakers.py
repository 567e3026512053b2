"""Speaker mentions next to a cue, and their resolution to one canonical speaker per article.

Mentions are found on a *masked* copy of the text in which every quotation (marks included) is
replaced by ``\\x01`` characters, so nothing inside a quotation is taken for a speaker.

Resolution within an article: a surname or a titled name ("Biden", "President Biden") resolves to
the full name seen in the article ("Joe Biden"); "he"/"she" to the most recent compatible speaker;
"they" and "the two leaders" to the most recent group; a definite description ("the joint
statement", "the US official") to the earlier indefinite one it repeats ("a joint statement from
the US and Japan" -> "US-Japan joint statement", "a senior US official").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from factdb.extract.lexicon import (
    ANON_NOUNS,
    AUX_WORDS,
    DOCUMENT_NOUNS,
    NAME_STOPWORDS,
    NATIONALITY_WORDS,
    ORG_WORDS,
    PLURAL_PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
)
from factdb.extract.records import SpeakerKind, SpeakerRef

_TOKEN_RE: Final = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w’'.&\-]*|[,()\x01:;—–]")
_PARTICLES: Final = frozenset(
    [
        "de",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "al",
        "la",
        "le",
        "du",
        "del",
        "da",
        "di",
        "dos",
        "ben",
        "ibn",
        "st.",
    ]
)
_DETERMINERS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "another",
        "two",
        "three",
        "four",
        "five",
        "several",
        "some",
        "many",
        "most",
        "few",
        "other",
        "others",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "both",
        "all",
        "each",
        "any",
    ]
)
_INDEFINITE: Final = frozenset(
    [
        "a",
        "an",
        "one",
        "another",
        "two",
        "three",
        "four",
        "five",
        "several",
        "some",
        "many",
        "most",
        "few",
        "other",
        "others",
    ]
)
_PREPS: Final = frozenset(["for", "from", "of", "at", "with", "in", "to", "on", "by"])
_MAX_BACK: Final = 120
_POSS_RE: Final = re.compile(r"[’']s?$")
_ABBR_TOKEN_RE: Final = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
_INITIAL_RE: Final = re.compile(r"[A-Z]\.")
_VERBISH_RE: Final = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|"
    r"support|supports|want|wants|need|needs|[a-z]+ed)\b"
)
_PERSON_TITLES: Final = frozenset(
    [
        "mayor",
        "gov",
        "governor",
        "sen",
        "senator",
        "rep",
        "representative",
        "president",
        "minister",
        "secretary",
        "chancellor",
        "premier",
        "judge",
        "justice",
        "ambassador",
        "attorney",
        "general",
        "commissioner",
        "sheriff",
        "chief",
        "chairman",
        "chairwoman",
        "spokesman",
        "spokeswoman",
    ]
)
_TIME_PREPS: Final = frozenset(
    ["in", "on", "at", "during", "last", "this", "earlier", "later", "before", "after"]
)
_ROLE_HEADS: Final = frozenset(
    [
        "president",
        "senator",
        "governor",
        "mayor",
        "candidate",
        "nominee",
        "secretary",
        "minister",
        "chairman",
        "chairwoman",
        "businessman",
        "businesswoman",
        "mogul",
        "billionaire",
        "congressman",
        "congresswoman",
        "lawmaker",
        "judge",
        "ambassador",
        "general",
        "commander",
        "chief",
        "director",
        "spokesman",
        "spokeswoman",
        "host",
        "anchor",
        "founder",
        "leader",
        "speaker",
        "adviser",
        "advisor",
        "strategist",
        "pollster",
        "economist",
        "professor",
        "author",
        "writer",
        "columnist",
        "reporter",
        "journalist",
        "editor",
        "official",
        "manager",
        "frontrunner",
        "front-runner",
        "republican",
        "democrat",
    ]
)
_ROLE_ALIASES: Final = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "secretary": "secretary",
    "president": "president",
    "minister": "minister",
    "premier": "minister",
    "mayor": "mayor",
    "chairman": "chairman",
    "chairwoman": "chairman",
    "chair": "chairman",
    "nominee": "nominee",
    "candidate": "candidate",
}
_INTRO_WORDS: Final = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "speaking",
        "while",
        "asked",
        "earlier",
        "later",
        "since",
        "with",
        "as",
        "for",
        "addressing",
        "writing",
        "responding",
        "when",
        "like",
        "unlike",
        "despite",
        "although",
        "though",
        "if",
        "once",
        "until",
        "amid",
        "following",
        "under",
        "within",
        "over",
        "in",
        "addition",
        "instead",
        "still",
        "yet",
        "meanwhile",
        "now",
        "today",
        "yesterday",
        "last",
        "this",
        "by",
        "from",
        "to",
        "through",
    ]
)
_TITLES_NORM: Final = frozenset(w.replace(".", "") for w in TITLE_WORDS | NATIONALITY_WORDS)


@dataclass(slots=True)
class Mention:
    """A speaker mention: offsets of the words the attribution rests on, and what they are."""

    start: int
    end: int
    text: str
    kind: str
    """One of "name", "pronoun", "np" (a described source), "joint" (two names)."""
    head: str = ""
    """The head noun of a described source ("official"), or the pronoun in lower case."""
    description: str | None = None
    parts: list[str] = field(default_factory=list)
    """For joint mentions: the names joined by "and"; for nps: modifiers after a preposition."""
    indefinite: bool = False
    lead: int = -1
    """Where the words of the speaker's noun phrase begin, titles included."""

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.start


def _tokens(masked: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Tokens of ``masked[start:end]`` (windows are short: scanning beats indexing)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(masked, start, end)]


_CLEAN_CACHE: dict[str, str] = {}


def _clean(tok: str) -> str:
    """A token lower-cased, without trailing full stop or comma, with straight apostrophes."""
    out = _CLEAN_CACHE.get(tok)
    if out is None:
        out = tok.rstrip(".,").lower().replace("’", "'")
        if len(_CLEAN_CACHE) < 50_000:
            _CLEAN_CACHE[tok] = out
    return out


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and False)


def _is_name_token(tok: str) -> bool:
    """A capitalised word that could be part of a proper name."""
    if not tok[:1].isupper():
        return False
    low = _clean(tok)
    if low.endswith("'s"):
        return False
    return low not in NAME_STOPWORDS or low in ("may", "will", "mark", "june", "april")


def _strip_possessive(text: str) -> str:
    return _POSS_RE.sub("", text)


def _name_run_back(toks: list[tuple[str, int, int]], i: int) -> int:
    """Index of the first token of the capitalised run ending at token *i*."""
    j = i
    while j - 1 >= 0:
        t = toks[j - 1][0]
        low = _clean(t)
        if _is_name_token(t) or (low in _PARTICLES and j - 2 >= 0 and _is_cap(toks[j - 2][0])):
            j -= 1
            continue
        if low == "of" and j - 2 >= 0 and _is_name_token(toks[j - 2][0]):
            j -= 1
            continue
        break
    return j


def _split_title(words: list[str]) -> int:
    """Number of leading title/nationality words in a capitalised run ("U.S. President Joe")."""
    n = 0
    while n < len(words) - 1:
        low = _clean(words[n]).replace(".", "")
        if low in _TITLES_NORM or low == "of":
            n += 1
            continue
        break
    # A place before the title: "Charlotte Mayor Jennifer Roberts", "New Jersey Gov. Chris".
    for t in range(len(words) - 2, n - 1, -1):
        if _clean(words[t]).replace(".", "") in _PERSON_TITLES:
            return t + 1
    return n


def _name_mention(masked: str, toks: list[tuple[str, int, int]], j: int, i: int) -> Mention:
    """A mention for the capitalised run ``toks[j..i]``, titles split off as description."""
    words = [t[0] for t in toks[j : i + 1]]
    n = _split_title(words)
    if any(_clean(w) in ORG_WORDS for w in words[n:]) or (
        n and _clean(words[-1]) in ORG_WORDS | {"state", "department"}
    ):
        n = 0  # an organisation keeps its words: "State Department", "White House"
    lead_desc: list[str] = []
    # Lower-case role words before the run: "presidential nominee Donald Trump".
    k = j - 1
    while k >= 0 and _clean(toks[k][0]) in TITLE_WORDS | NATIONALITY_WORDS and k >= j - 4:
        lead_desc.insert(0, toks[k][0])
        k -= 1
    desc_words = lead_desc + words[:n]
    s = toks[j + n][1]
    e = toks[i][2]
    text = masked[s:e].rstrip(".,")
    e = s + len(text)
    low = [_clean(w) for w in words[n:]]
    kind = "name"
    head = ""
    if any(w in ORG_WORDS for w in low) or (j > 0 and _clean(toks[j - 1][0]) == "the"):
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


def _np_back(masked: str, toks: list[tuple[str, int, int]], i: int) -> Mention | None:
    """A described source ending at token *i* ("a senior US official"), or None."""
    head = _clean(toks[i][0])
    known = (
        head in ANON_NOUNS
        or head in DOCUMENT_NOUNS
        or head in PLURAL_PERSON_NOUNS
        or head in _ROLE_HEADS
    )
    if not known and not _generic_head(head):
        return None
    j = i
    indefinite = head.endswith("s") and head not in ("news",)
    found_det = False
    while j - 1 >= 0 and i - j < 6:
        t = toks[j - 1][0]
        low = _clean(t)
        if t in {",", "(", ")", ":", ";", "\x01", "—", "–"}:
            break
        if low in _DETERMINERS or low.endswith("'s"):
            found_det = True
            j -= 1
            indefinite = low in _INDEFINITE
            if j - 1 >= 0 and _clean(toks[j - 1][0]) in ("the", "both", "all") and low != "the":
                j -= 1
                indefinite = False
            break
        if low in AUX_WORDS or low in ("and", "or", "but", "that", "who", "which", "when", "as"):
            break
        if not known and (not t[:1].isalpha() or low.endswith("ly") or low in _PREPS):
            return None
        j -= 1
    if not known and not found_det:
        return None
    s, e = toks[j][1], toks[i][2]
    return Mention(s, e, masked[s:e], "np", head=head, indefinite=indefinite)


_NOT_HEADS: Final = frozenset(
    [
        "it",
        "that",
        "this",
        "which",
        "what",
        "who",
        "whom",
        "whose",
        "there",
        "here",
        "something",
        "nothing",
        "anything",
        "everything",
        "one",
        "thing",
        "things",
        "way",
        "time",
        "times",
        "year",
        "years",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "moment",
        "point",
        "case",
        "fact",
        "reason",
        "question",
        "questions",
        "issue",
        "issues",
        "idea",
        "plan",
        "plans",
        "law",
        "laws",
        "bill",
        "rule",
        "rules",
        "move",
        "decision",
        "vote",
        "votes",
        "money",
        "percent",
        "number",
        "lot",
        "kind",
        "sort",
        "part",
        "rest",
        "end",
        "state",
    ]
)


def _generic_head(head: str) -> bool:
    """A lower-case noun that may head a described speaker ("the governor", "the candidate")."""
    return (
        head.isalpha()
        and head not in _NOT_HEADS
        and head not in AUX_WORDS
        and head not in NAME_STOPWORDS
        and head not in PRONOUNS
        and head not in _FUNCTION_HEADS
        and not head.endswith(("ly", "ing"))
    )


_FUNCTION_HEADS: Final = frozenset(
    [
        "and",
        "or",
        "but",
        "nor",
        "to",
        "for",
        "in",
        "on",
        "at",
        "of",
        "as",
        "from",
        "with",
        "by",
        "because",
        "if",
        "when",
        "while",
        "that",
        "which",
        "who",
        "since",
        "after",
        "before",
        "than",
        "until",
        "unless",
        "though",
        "although",
        "whether",
        "about",
        "into",
        "over",
        "against",
        "between",
        "without",
        "within",
        "during",
        "through",
        "across",
        "under",
        "above",
        "below",
        "near",
        "per",
        "via",
        "amid",
        "among",
        "despite",
        "like",
        "unlike",
        "toward",
        "towards",
        "upon",
        "onto",
        "off",
        "out",
        "up",
        "down",
        "past",
        "ahead",
        "also",
        "very",
        "just",
        "only",
        "even",
        "more",
        "most",
        "less",
        "least",
        "much",
        "many",
        "few",
        "several",
        "all",
        "both",
        "each",
        "every",
        "other",
        "another",
        "such",
        "own",
        "same",
        "new",
        "old",
        "former",
        "recent",
        "past",
        "last",
        "next",
        "first",
        "second",
        "third",
        "incendiary",
        "key",
    ]
)


def speaker_before(masked: str, floor: int, cue: int) -> Mention | None:
    """The speaker mention ending just before the cue at *cue* (not before *floor*)."""
    return _speaker_in(masked, floor, cue, max(floor, cue - _MAX_BACK))


def _speaker_in(masked: str, floor: int, cue: int, start: int) -> Mention | None:
    toks = _tokens(masked, start, cue)
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and toks[i][0].islower() and _clean(toks[i][0]) in AUX_WORDS and skipped < 3:
        i -= 1
        skipped += 1
    if i < 0:
        return None
    found = _mention_ending(masked, toks, i, allow_apposition=True)
    if found is None and i >= 2:
        # "who in 2010 said", "Trump on Friday said": skip a short time phrase.
        for k in (i - 1, i - 2):
            if k >= 1 and _clean(toks[k][0]) in _TIME_PREPS:
                j = k - 1
                while j >= 0 and _clean(toks[j][0]) in AUX_WORDS:
                    j -= 1
                if j >= 0:
                    found = _mention_ending(masked, toks, j, allow_apposition=True)
                break
    return found


def _mention_ending(
    masked: str, toks: list[tuple[str, int, int]], i: int, *, allow_apposition: bool
) -> Mention | None:
    tok = toks[i][0]
    low = _clean(tok)
    if (low in PRONOUNS and low != "it") or (low == "it" and i > 0 and toks[i - 1][0] != "that"):
        s, e = toks[i][1], toks[i][1] + len(tok.rstrip(".,"))
        return Mention(s, e, masked[s:e], "pronoun", head=low)
    if tok == ")":
        k = i - 1
        while k >= 0 and toks[k][0] != "(" and i - k < 12:
            k -= 1
        if k > 0 and toks[k][0] == "(":
            return _mention_ending(masked, toks, k - 1, allow_apposition=allow_apposition)
        return None
    if tok == "," and allow_apposition:
        return _apposition(masked, toks, i)
    if low == "who" and i >= 2 and toks[i - 1][0] == ",":
        return _mention_ending(masked, toks, i - 2, allow_apposition=False)
    if _is_name_token(tok) or (tok[:1].isupper() and low.endswith("s") and low in ORG_WORDS):
        j = _name_run_back(toks, i)
        # Joint subject: "Kishida and Biden said".
        if j >= 2 and _clean(toks[j - 1][0]) == "and" and _is_name_token(toks[j - 2][0]):
            j2 = _name_run_back(toks, j - 2)
            first = _name_mention(masked, toks, j2, j - 2)
            second = _name_mention(masked, toks, j, i)
            # "a joint statement from the US and Japan"
            np = _np_after_prep(masked, toks, j2, [first.text, second.text])
            if np is not None:
                np.end = second.end
                np.text = masked[np.start : np.end]
                return np
            return Mention(
                first.start,
                second.end,
                masked[first.start : second.end],
                "joint",
                parts=[first.text, second.text],
                description=None,
            )
        m = _name_mention(masked, toks, j, i)
        np = _np_after_prep(masked, toks, j, [m.text])
        if np is not None:
            np.end = m.end
            np.text = masked[np.start : np.end]
            return np
        return m
    np = _np_back(masked, toks, i)
    if np is not None:
        # "the leaders of both nations": the group noun before "of" is the head.
        j = next((k for k in range(i, -1, -1) if toks[k][1] == np.start), i)
        if j >= 2 and _clean(toks[j - 1][0]) == "of":
            outer = _np_back(masked, toks, j - 2)
            if outer is not None:
                outer.end = np.end
                outer.text = masked[outer.start : outer.end]
                return outer
        return np
    # "the leaders of both nations said": a group noun followed by a prepositional phrase
    k = i
    while k > 0 and i - k < 4 and _clean(toks[k][0]) not in _PREPS:
        k -= 1
    last = _clean(toks[i][0])
    tail_ok = last.isalpha() and last not in _FUNCTION_HEADS and last not in AUX_WORDS
    if 0 < k < i and _clean(toks[k][0]) in _PREPS and tail_ok:
        np = _np_back(masked, toks, k - 1)
        if np is not None:
            np.end = toks[i][2]
            np.text = masked[np.start : np.end]
            return np
    return None


def _np_after_prep(
    masked: str, toks: list[tuple[str, int, int]], j: int, parts: list[str]
) -> Mention | None:
    """ "a joint statement from [the] NAME": the described source before a preposition."""
    k = j - 1
    if k >= 0 and _clean(toks[k][0]) == "the":
        k -= 1
    if k >= 1 and _clean(toks[k][0]) in _PREPS:
        np = _np_back(masked, toks, k - 1)
        if np is not None and (
            np.head in ANON_NOUNS or np.head in DOCUMENT_NOUNS or np.head in PLURAL_PERSON_NOUNS
        ):
            np.parts = parts
            return np
    return None


def _apposition(
    masked: str, toks: list[tuple[str, int, int]], i: int, depth: int = 0
) -> Mention | None:
    """ "Hugh Hill, a doctor at the hospital, said": the name before (or inside) an apposition."""
    k = i - 1
    while k >= 0 and i - k < 30 and toks[k][0] not in {",", "(", "\x01", ":", ";"}:
        k -= 1
    if k < 0 or toks[k][0] != "," or k == i - 1:
        return None
    appos = masked[toks[k + 1][1] : toks[i - 1][2]]
    before = _mention_ending(masked, toks, k - 1, allow_apposition=False) if k >= 1 else None
    if before is not None and before.kind in ("name", "np") and depth < 2:
        # Chained appositions: "Scott Pruitt, the attorney general of Oklahoma, one of the
        # states suing, said" - a name after "of"/"at" belongs to an earlier apposition.
        j = next((n for n in range(k - 1, -1, -1) if toks[n][1] == before.lead), -1)
        if j >= 1 and (_clean(toks[j - 1][0]) in _PREPS or before.kind == "np"):
            outer = _apposition(masked, toks, k, depth + 1)
            if outer is not None and outer.kind in ("name", "joint"):
                return outer
    if before is not None and before.kind in ("name", "joint"):
        if before.description is None:
            before.description = appos
        return before
    # The apposition itself may be the name: "His former partner, Lawrence B. Cummings, said".
    inner = _mention_ending(masked, toks, i - 1, allow_apposition=False)
    if inner is not None and inner.kind == "name":
        return inner
    if before is not None:
        return before
    return None


def speaker_after(masked: str, pos: int, ceiling: int) -> Mention | None:
    """The speaker mention right after an inverted cue ("..., said Biden.")."""
    toks = _tokens(masked, pos, min(ceiling, pos + 200))
    if not toks:
        return None
    tok = toks[0][0]
    low = _clean(tok)
    if low in PRONOUNS and low not in ("it",):
        s = toks[0][1]
        return Mention(s, s + len(tok.rstrip(".,")), tok.rstrip(".,"), "pronoun", head=low)
    # Walk forward to the end of the noun phrase: stop at punctuation or a lower-case verb-ish word.
    i = 0
    last_name = -1
    last_noun = -1
    while i < len(toks) and i < 12:
        t = toks[i][0]
        lw = _clean(t)
        if t in {",", ":", ";", "\x01", "(", ")", "—", "–"}:
            break
        if _is_name_token(t) or lw in _PARTICLES or (lw == "of" and last_name >= 0):
            last_name = i
        elif (
            lw in ANON_NOUNS
            or lw in DOCUMENT_NOUNS
            or lw in PLURAL_PERSON_NOUNS
            or (
                i > 0
                and last_name < 0
                and _clean(toks[0][0]) in _DETERMINERS
                and _generic_head(lw)
                and lw not in AUX_WORDS
            )
        ):
            last_noun = i
        elif i == 0 and lw not in _DETERMINERS and lw not in TITLE_WORDS | NATIONALITY_WORDS:
            # "conservative talk radio host Rush Limbaugh": lower-case words before a name.
            ahead = [x[0] for x in toks[1:6]]
            if not any(_is_name_token(x) for x in ahead) or any(
                x in {",", ":", ";", "\x01"}
                for x in ahead[: next((n for n, x in enumerate(ahead) if _is_name_token(x)), 0)]
            ):
                return None
        elif lw in _PREPS and last_noun >= 0 and last_name < 0:
            pass
        elif last_name >= 0 or (last_noun >= 0 and lw not in _PREPS):
            break
        if t.endswith((".", ",")) and i > 0 and not _ABBR_TOKEN_RE.fullmatch(t):
            i += 1
            break
        i += 1
    end_i = max(last_name, last_noun)
    if end_i < 0 or _clean(toks[0][0]) in ("that", "this", "these", "those"):
        return None
    # An inverted speaker ends the clause: "..., said Biden." / "said Hill, a doctor".
    after_end = toks[end_i][2]
    rest = masked[after_end : after_end + 20].lstrip()
    if rest and rest[0].islower() and _VERBISH_RE.match(rest):
        return None
    if last_name >= 0 and (last_noun < 0 or last_name >= last_noun):
        j = _name_run_back(toks, last_name)
        m = _name_mention(masked, toks, j, last_name)
        if last_noun >= 0 and last_noun < j:
            s = toks[0][1]
            np = Mention(s, m.end, masked[s : m.end], "np", head=_clean(toks[last_noun][0]))
            np.parts = [m.text]
            np.indefinite = _clean(toks[0][0]) in _INDEFINITE
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
        head=_clean(toks[last_noun][0]),
        indefinite=_clean(toks[0][0]) in _INDEFINITE or _clean(toks[0][0]) == toks[last_noun][0],
    )


def subject_of(masked: str, start: int, end: int) -> Mention | None:
    """The subject at the start of a sentence, after an introductory phrase ending in a comma."""
    toks = _tokens(masked, start, min(end, start + 300))
    if not toks:
        return None
    first = 0
    if _clean(toks[0][0]) in ("but", "and", "still", "meanwhile", "however", "yet", "so"):
        first = 1
    # Skip an introductory phrase: "Speaking at the White House, Biden ..."
    for k in range(first, min(len(toks), 14)):
        if toks[k][0] == "\x01":
            break
        if toks[k][0] == ",":
            intro_first = _clean(toks[first][0])
            if intro_first in _INTRO_WORDS:
                first = k + 1
            break
    # Take the longest mention that ends before the first lower-case verb.
    i = first
    while i < len(toks) and i - first < 10:
        t = toks[i][0]
        lw = _clean(t)
        if t in {",", "\x01", ":", ";"}:
            break
        if not (
            _is_name_token(t)
            or lw in _PARTICLES
            or lw in _DETERMINERS
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
    return _mention_ending(masked, toks[:i], i - 1, allow_apposition=False)


# --------------------------------------------------------------------------- article resolution

_JOINT_NAME: Final = r"((?:[A-Z][\w’'.\-]*[ \t]+){1,5}[A-Z][\w’'\-]+)"
_JOINT_RE: Final = re.compile(
    _JOINT_NAME + r"(?:,[ \t]+[a-z]+,)?[ \t]+and[ \t]+" + _JOINT_NAME + r"(?=[ \t]+[a-z])"
)
_NAME_PREFIX_RE: Final = re.compile(
    r"(?<![\w’'])(?:(?:[A-Z][\w’'\-]*|[A-Z]\.(?:[A-Z]\.)*|[A-Z][a-z]{1,2}\.|"
    r"de|van|von|der|bin|al|la|le|del|da|di) ){1,6}$"
)


def _core_tokens(name: str) -> list[str]:
    words = name.replace("’", "'").split()
    n = _split_title(words)
    words = words[n:]
    while words and _clean(words[0]) in ("the",):
        words = words[1:]
    return [_strip_possessive(w.rstrip(",.")) if not _INITIAL_RE.fullmatch(w) else w for w in words]


@dataclass(slots=True, eq=False)
class _Entity:
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
        self.entities: dict[str, _Entity] = {}
        self.recent: list[_Entity] = []

    def _fulls_for(self, surname: str) -> list[tuple[int, str]]:
        """Full names ending in *surname* (two words or more, titles stripped), in text order."""
        key = _clean(surname)
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
            toks = _core_tokens(written)
            toks = [t for t in toks if t and _clean(t) not in NAME_STOPWORDS]
            if len(toks) < 2 or any(_clean(t) in ORG_WORDS for t in toks):
                continue
            full = " ".join(toks)
            out.append((m.start(), full))
            words = written.split()
            n = _split_title(words)
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

    def _entity(self, name: str, kind: SpeakerKind) -> _Entity:
        ent = self.entities.get(name)
        if ent is None:
            ent = _Entity(name=name, kind=kind)
            ent.words = frozenset(_clean(w) for w in name.split())
            self.entities[name] = ent
        return ent

    def _touch(self, ent: _Entity, alias: str, description: str | None) -> None:
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
        ent: _Entity | None = None
        if m.kind == "pronoun" and antecedent is not None:
            core = _core_tokens(antecedent.text)
            name = self._full_name(core, antecedent.start) if core else ""
            if name and not any(_clean(w) in ORG_WORDS for w in core):
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
            names = [self._full_name(_core_tokens(p), m.start) for p in m.parts]
            ent = self._entity(" and ".join(names), SpeakerKind.PERSON)
            ent.plural = True
            ent.members = tuple(names)
            for nm in names:
                self._touch(self._entity(nm, SpeakerKind.PERSON), "", None)
        elif m.kind == "np":
            ent = self._described(m)
        else:
            core = _core_tokens(m.text)
            if m.head == "org" or any(_clean(w) in ORG_WORDS for w in core):
                # Organisations keep every word ("State Department"), only "the" goes.
                org_words = [_strip_possessive(w) for w in m.text.split()]
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

    def _joint_before(self, pos: int) -> _Entity | None:
        """The last "NAME and NAME" pair of people written before *pos*."""
        found = None
        for mm in _JOINT_RE.finditer(self.text, max(0, pos - 3000), pos):
            found = mm
        if found is None:
            # A headline or summary may come before the names: look a little ahead.
            found = _JOINT_RE.search(self.text, pos, pos + 1500)
        if found is None:
            return None
        a = _core_tokens(found.group(1))
        b = _core_tokens(found.group(2))
        if len(a) < 2 or len(b) < 2:
            return None
        names = [" ".join(a), " ".join(b)]
        ent = self._entity(" and ".join(names), SpeakerKind.PERSON)
        ent.plural = True
        ent.members = tuple(names)
        return ent

    def _pronoun(self, p: str) -> _Entity | None:
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

    def _described(self, m: Mention) -> _Entity:
        words = [w for w in m.text.split() if w]
        low = [_clean(w) for w in words]
        while low and low[0] in _DETERMINERS:
            low.pop(0)
            words.pop(0)
        # Drop a trailing "from X and Y" / "for the campaign" phrase from the core.
        core_words: list[str] = []
        for w in words:
            if _clean(w) in _PREPS:
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
            role = _ROLE_ALIASES.get(head, head)
            for ent in reversed(self.recent):
                if ent.kind == SpeakerKind.PERSON and ent.description and not ent.plural:
                    desc = {
                        _ROLE_ALIASES.get(w, w)
                        for w in (_clean(x).replace(".", "") for x in ent.description.split())
                    }
                    if role in desc:
                        return ent
        kind = SpeakerKind.DOCUMENT if head in DOCUMENT_NOUNS else SpeakerKind.ANONYMOUS
        if head in ORG_WORDS or head in ("campaign", "ministry", "government", "administration"):
            kind = SpeakerKind.ORGANIZATION
        core = " ".join(core_words) or m.text
        if m.parts:
            parts = [_strip_possessive(" ".join(_core_tokens(p))) for p in m.parts]
            if kind == SpeakerKind.DOCUMENT:
                core = "-".join(parts) + " " + core
            else:
                core = core + " " + m.text[len(" ".join(words[: len(core_words)])) :].strip()
                core = f"{' '.join(core_words)} ({', '.join(parts)})" if False else core
        if not m.indefinite:
            # A definite description repeats an earlier source: "the joint statement".
            mw = {_clean(w) for w in core_words}
            for ent in reversed(self.recent):
                if ent.kind == kind and ent.head == head and mw <= ent.words | {head}:
                    return ent
        ent = self._entity(core.strip(), kind)
        ent.head = head
        ent.words = frozenset(_clean(w) for w in core.replace("-", " ").split())
        ent.plural = head.endswith("s") and kind == SpeakerKind.ANONYMOUS
        return ent
