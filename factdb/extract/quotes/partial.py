"""Rules on quoted words: direct or partial, titles, nicknames, modifiers, quotes alone."""

from __future__ import annotations

import re
from typing import Final

from factdb.extract.quotes.spans import QuoteSpan
from factdb.extract.quotes.state import MASK, MAX_SENTENCE, Quote, State, word_count
from factdb.extract.speakers.names_parse import NICKNAME_WORDS, PLACES, is_given
from factdb.extract.text.lexicon import (
    ANON_NOUNS,
    CUE_WORDS,
    LABEL_CUE_WORDS,
    MODIFIER_STOP_WORDS,
    PLURAL_PERSON_NOUNS,
    PRONOUNS,
    ROLE_HEADS,
    TITLE_CUE_WORDS,
    TITLE_SMALL_WORDS,
)

_CAP_START_RE: Final = re.compile(r"[\W]*[A-Z0-9]")


_FIRST_CHAR_RE: Final = re.compile(r"[\s.…'‘’\"(\[-]*(\w)")


_NEXT_WORD_RE: Final = re.compile(r"\s+([a-z][\w’'-]*)")


_CALLED_RE: Final = re.compile(
    r"(?:(?:what(?:[’']s| is| are| was)|also|commonly|widely|is|are|was|were) called|"
    r"known(?: [a-z]+ly)? as)"
    r"(?: an?| the)?\s*$",
    re.IGNORECASE,
)
"""A term named right before the quotation: "what's called a", "known as the", "known
colloquially as" (whoever is known: "a tabloid practice known as", "what’s become known as the")."""


_THING_CALLED_RE: Final = re.compile(
    r"\b(?:an?(?: [\w-]+){0,3} [a-z][\w-]*|something) (?:called|named|dubbed)(?: an?| the)?\s*$"
)
"""A thing named right before the quotation: "a meat product called", "something called", "a
YouTube video called" (capitals inside the thing, not at its end: "a Trump aide called")."""

_THE_THING_CALLED_RE: Final = re.compile(
    r"\bthe ([a-z][\w-]*) (?:called|named|titled|entitled),? ?$"
)
"""A thing named in title case after "the": 'the seminar called "Outsourcing Of American Law."',
'the editorial titled "Trump Should Be Removed From Office"'."""

_TITLING: Final = frozenset({"called", "named", "titled", "entitled"})

_AUTHOR_OF_RE: Final = re.compile(r"\b(?:co-?)?(?:author|editor)s? of(?: the)?,? ?$", re.IGNORECASE)
"""What a person wrote, named in an apposition: "the co-author of “ISIS: The State of Terror,”"."""

_TERM_BEFORE_RE: Final = re.compile(
    r"\b(?:the|a|an|this|that|his|her|their) (?:word|terms?|phrase|label|moniker|nickname|"
    r"expression|(?:practice|concept|notion|idea) of),?\s*$"
)
TERM_WORDS: Final = 3
"""Quoted words of at most this many after "the word", "the term": a term mentioned, not said."""

_TERM_OF_RE: Final = re.compile(
    r"\b(?:(?:re)?definitions? of|meanings? of|(?:word|term|name|phrase|euphemism|slang) for)"
    r"(?: the| an?)?,?\s*$"
)
"""A term defined or translated: 'the legal definition of "urgent concern,"', 'the Korean word
for "galaxy,"' (what a word means, not anyone's words)."""

_PERSON_HEADS: Final = ANON_NOUNS | PLURAL_PERSON_NOUNS | ROLE_HEADS | frozenset(PRONOUNS) | {"who"}


_TITLE_CUE_END_RE: Final = re.compile(r"\b([a-z]+)(,?) ?$")
"""A lower-case word right before the quotation mark, on its line: "the book “", "his book, “"."""

_SHOW_BEFORE_RE: Final = re.compile(r"(?:\b(?:[Oo]n|[Ii]n|[Ww]ith)|\w[’']s|\ws[’']) ?$")
"""Words in title case right after "on", "in", "with" or a possessive name a show or a work:
'told Tapper on “State of the Union.”', 'CNN’s “State of the Union:”', 'in “Federalist No.
10,” James Madison wrote', 'with “Hamilton,” Miranda reminds us' (what is said in a quotation
after "in" is no title case: 'said in “very bad shape”')."""

_ARTICLES: Final = frozenset({"a", "an", "the"})
_NICKNAMING: Final = frozenset({"dubbed", "nicknamed"})

_TITLE_OR_LABEL: Final = TITLE_CUE_WORDS | LABEL_CUE_WORDS


def is_title(text: str, sp: QuoteSpan) -> bool:
    """Quoted titles and nicknames: "the book “Fire and Fury”", "dubbed “Rocket Man”"."""
    return is_named_title(text, sp) or looks_like_title(text, sp)


def looks_like_title(text: str, sp: QuoteSpan) -> bool:
    """Quoted words in title case, or capitalised after a title or label cue a few words back:
    "Face the Nation", "Morning Joe" (a cue next to them may still make them someone's words)."""
    content = text[sp.start : sp.end]
    if content[:1].isupper() or content[:1].isdigit():
        before = text[max(0, sp.open - 30) : sp.open].lower().split()
        if before and before[-1].strip(",:") in _TITLE_OR_LABEL:
            return True
        if len(before) >= 2 and before[-2] in _TITLE_OR_LABEL:
            return True
    return _title_case(content)


def is_named_title(text: str, sp: QuoteSpan) -> bool:
    """Quoted words that the words before them name as a title, a term or a nickname ("the book
    “Fire and Fury”", "a video titled “...”", "what's called a “clean CR”"): unlike words that
    only look like a title, these are no one's words even right next to a cue."""
    raw_before = text[max(0, sp.open - 30) : sp.open]
    if raw_before.endswith("="):
        return True
    content = text[sp.start : sp.end]
    before = raw_before.lower().split()
    if before and before[-1].strip(",:") in LABEL_CUE_WORDS:
        return True  # "the so-called “assault on the press”", "dubbed “Rocket Man”"
    if len(before) >= 2 and before[-1] in _ARTICLES and before[-2] in _NICKNAMING:
        return True  # "justly dubbed a “failed experiment”" (not "labeled a “provocative” act")
    if content[:1].isupper() or content[:1].isdigit():
        cue = _TITLE_CUE_END_RE.search(raw_before)
        # "the book “Fire and Fury”", "In his 2002 book, ''Make Your Kid a Millionaire,''" (not
        # "told the show, “We will ...”", "APP\n\n“We")
        if (
            cue is not None
            and cue.group(1) in TITLE_CUE_WORDS
            and (not cue.group(2) or _title_case(content.rstrip(",.:;")))
        ):
            return True
        if _SHOW_BEFORE_RE.search(raw_before) and _title_case(content.rstrip(",.:;")):
            return True  # 'told CNN's Jake Tapper on “State of the Union.”', 'CNN’s “Crossfire,”'
        after = _NEXT_WORD_RE.match(text, sp.close)
        if after is not None and after.group(1) in TITLE_CUE_WORDS and _title_case(content):
            return True  # 'on the "State of the Union" program'
        if _named_thing(text, sp, content):
            return True  # 'hosting a “2020 Salute to America”', 'In a 2004 book ..., “The ...”'
        if _TERM_AFTER_RE.match(text, sp.close) is not None:
            return True  # '“The view from nowhere” is a term often used to describe ...'
        if _pseudonym(text, sp):
            return True  # 'identified only as “Jackie,”', '“John,” whose real name is'
    if _AUTHOR_OF_RE.search(raw_before) and (content[:1].isupper() or content[:1].isdigit()):
        return True  # 'historian Charles Mann, the author of "1491: New Revelations ...,"'
    if _called(raw_before, before):
        return True  # "what's called a “clean CR”": a term, said by nobody
    if _thing_called(text[max(0, sp.open - 50) : sp.open], before):
        return True  # "a meat product called “pink slime”": a name, said by nobody
    the_thing = (
        _THE_THING_CALLED_RE.search(raw_before)
        if before and before[-1].rstrip(",") in _TITLING
        else None
    )
    if (
        the_thing is not None
        and the_thing.group(1) not in _PERSON_HEADS
        and _title_case(content.rstrip(",.:;"))
    ):
        return True  # 'the seminar called "Outsourcing Of American Law."': a title
    # "the word “obstructionism”", "the practice of “catch and release”"
    return _TERM_BEFORE_RE.search(raw_before) is not None and len(content.split()) <= TERM_WORDS


_INDEFINITE_BEFORE_RE: Final = re.compile(r"(?:^|\s)([\w’'-]+)\s+(?:[\w’'-]+\s+)?an?\s*$")
"""The word before "a" or "an" (and a pronoun between: "called it a") right before a quotation."""

_OBJECT_WORDS: Final = frozenset({"it", "him", "her", "them", "this", "that", "himself"})

_TITLE_NOUN_BEFORE_RE: Final = re.compile(
    r"(?:^|\s)(?:[Ii]n|[Oo]n|[Ff]rom) (?:an?|the|his|her|their|its) "
    r"(?:\d{4} |new |recent |latest )?([a-z]+)\b[^.;:!?\n]{0,60},\s*$"
)
"""A work named by its kind a few words before a quotation set off by a comma: 'In a 2004 book
blasting the Iraq War, “The Bubble of American Supremacy,” ...'."""


def _named_thing(text: str, sp: QuoteSpan, content: str) -> bool:
    """Words in title case named as a thing: after "a" or "an" that no speech verb or naming
    verb governs ('hosting a “2020 Salute to America”', 'take an “Official Secure The Border
    Survey,”'; not 'called it a “Witch Hunt”'), or set off after a work's kind ('In a 2004 book
    blasting the Iraq War, “The Bubble of American Supremacy,”')."""
    before = text[max(0, sp.open - 40) : sp.open]
    tail = before.rstrip()
    indefinite = tail.endswith((" a", " an"))
    if not (indefinite or tail.endswith(",")):
        return False  # the cheap test first: most quotations follow neither
    trimmed = content.rstrip(",.:;")
    if len(trimmed.split()) < 2 or not _title_case(trimmed):
        return False
    m = _INDEFINITE_BEFORE_RE.search(before) if indefinite else None
    if m is not None:
        words = before.lower().split()
        gov = words[-2] if len(words) >= 2 else ""
        if gov in _OBJECT_WORDS and len(words) >= 3:
            gov = words[-3]
        if gov not in CUE_WORDS and gov not in _NAMING and gov not in LABEL_CUE_WORDS:
            return True
    if not tail.endswith(","):
        return False
    work = _TITLE_NOUN_BEFORE_RE.search(text, max(0, sp.open - 100), sp.open)
    return work is not None and work.group(1) in TITLE_CUE_WORDS


_TERM_AFTER_RE: Final = re.compile(
    r",?\s+(?:is|was|has become|became|remains) an? (?:[\w-]+ ){0,3}?"
    r"(?:term|phrase|word|expression|nickname|euphemism|slogan|catchphrase|moniker|buzzword)\b"
)
"""Quoted words that the sentence says are a term: '“The view from nowhere” is a term often
used to describe ...', '“Beto” is a childhood nickname' (not "the word he used")."""

_IDENTIFIED_AS_RE: Final = re.compile(r"\bidentified(?: [\w’'.-]+){0,4} as\s*$")
_REAL_NAME_RE: Final = re.compile(r",?\s+whose (?:real|full|actual|legal) name\b")
PSEUDONYM_WORDS: Final = 2
"""A name in quotation marks standing for a person has at most this many words ..."""
PSEUDONYM_CHARS: Final = 40
"""... and this many characters (a cheap test before the words are counted)."""


def _pseudonym(text: str, sp: QuoteSpan) -> bool:
    """A capitalised name in quotation marks that stands for a person: 'a young woman,
    identified by Rolling Stone only as “Jackie,”', 'killed “John,” whose real name is ...'."""
    if sp.end - sp.start > PSEUDONYM_CHARS or not text[sp.start : sp.start + 1].isupper():
        return False
    content = text[sp.start : sp.end].rstrip(",.")
    if len(content.split()) > PSEUDONYM_WORDS:
        return False
    wide = text[max(0, sp.open - 60) : sp.open]
    if "identified" in wide and _IDENTIFIED_AS_RE.search(wide) is not None:
        return True
    return _REAL_NAME_RE.match(text, sp.close) is not None


def is_defined_term(text: str, sp: QuoteSpan) -> bool:
    """A term whose meaning the words before it are about: 'the legal definition of "urgent
    concern,"', 'the Korean word for "galaxy,"' (dropped as a record; a clause around it stays)."""
    if len(text[sp.start : sp.end].split()) > TERM_WORDS:
        return False
    return _TERM_OF_RE.search(text, max(0, sp.open - 30), sp.open) is not None


_LIST_GAP_RE: Final = re.compile(r"[ \t]*(?:[,;/]|,?[ \t]*(?:and|or))[ \t]+|[ \t]+")
"""What joins two quotations of one list on one line: “Seabiscuit,” “Chariots of Fire” and ..."""


def listed_titles(text: str, spans: list[QuoteSpan]) -> set[int]:
    """Indices of SPANS in a list of quotations that holds a title or term: 'the terms
    "malpractice" and "maladministration"', 'They are: “Seabiscuit,” “Chariots of Fire,” ...'.
    An item of a few words or in title case is a title when another item is named as one, or
    when it opens with a capital and another item looks like a title ('labeled it “The Mueller
    Witch Hunt” and “a total disgrace”' keeps the disgrace; 'said on NBC’s “Meet the Press,”
    “it’s probably best not to ...”' keeps the sentence)."""
    out: set[int] = set()
    run = [0] if spans else []
    for k in range(1, len(spans) + 1):
        if k < len(spans) and _joined(text, spans[k - 1], spans[k]):
            run.append(k)
            continue
        if len(run) > 1:
            out.update(_titles_of_list(text, [spans[i] for i in run], run))
        run = [k]
    return out


def _joined(text: str, a: QuoteSpan, b: QuoteSpan) -> bool:
    """Whether quotations A and B are items of one list: a comma, "and" or "or" between them
    (or only a space after a comma inside A's marks)."""
    if _LIST_GAP_RE.fullmatch(text, a.close, b.open) is None:
        return False
    return not text[a.close : b.open].isspace() or text[a.start : a.end].rstrip().endswith(",")


def _titles_of_list(text: str, items: list[QuoteSpan], keys: list[int]) -> list[int]:
    """The keys of ITEMS (one list) that are titles by another item of the list."""
    named = [is_named_title(text, sp) for sp in items]
    looks = [_title_case(text[sp.start : sp.end]) and _words(text, sp) >= 2 for sp in items]
    out = []
    for i, sp in enumerate(items):
        content = text[sp.start : sp.end]
        if len(content.split()) > TERM_WORDS and not _mostly_capitals(content):
            continue  # 'said on NBC’s “Meet the Press,” “it’s probably best not to ...”'
        others_named = any(n for j, n in enumerate(named) if j != i)
        others_look = any(x for j, x in enumerate(looks) if j != i)
        if others_named or (others_look and content[:1].isupper()):
            out.append(keys[i])
    return out


def _mostly_capitals(content: str) -> bool:
    """Whether three in four words or more, small words aside, open with a capital or a digit, as
    in a headline ("Georgia Healthcare Company Cuts 101 Employees due to Obamacare")."""
    words = [w for w in content.split() if w.lower() not in TITLE_SMALL_WORDS]
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return bool(words) and caps >= HEADLINE_SHARE * len(words)


HEADLINE_SHARE: Final = 0.75


def _words(text: str, sp: QuoteSpan) -> int:
    return len(text[sp.start : sp.end].split())


def _called(raw_before: str, before: list[str]) -> bool:
    """``_CALLED_RE.search(raw_before)``, run only when "called" is among the last words
    (BEFORE: RAW_BEFORE lower-cased and split) or "known" is in it, as every match needs."""
    gate = "called" in before[-3:] or "known" in raw_before.lower()
    return gate and _CALLED_RE.search(raw_before) is not None


def _thing_called(raw_before: str, before: list[str]) -> bool:
    """Whether RAW_BEFORE ends in a thing named: "a growing phenomenon called" (no person:
    "a spokesman called", "a move he called")."""
    n = len(before)
    k = next((i for i in range(n - 1, max(-1, n - 3), -1) if before[i] in _NAMING), -1)
    if k < 1 or before[k - 1] in _PERSON_HEADS:
        return False
    return _THING_CALLED_RE.search(raw_before) is not None


_NAMING: Final = frozenset({"called", "named", "dubbed"})


_TITLE_SIGNS: Final = frozenset({"@", "&", "-"})
_NUMBERING: Final = frozenset({"No.", "Vol.", "Pt."})
"""A work's number inside its title: "Federalist No. 10" (a name's "Dr." still ends no title:
'“Dr. Adams,” he said' is said)."""
"""Signs standing as a word in a name: "Fox News @ Night", "Law & Order"."""


def _title_case(content: str) -> bool:
    """Whether quoted words look like a title or a name: "Face the Nation", "Morning Joe", or a
    title and its subtitle, each so ("The Room Where It Happened: A White House Memoir")."""
    head, colon, rest = content.rstrip(",.").partition(": ")
    if colon and ":" not in rest:
        return _title_words(head) and _title_words(rest)
    return _title_words(content)


def _title_words(content: str) -> bool:
    """Whether quoted words without a subtitle look like a title or a name (`_title_case`)."""
    words = [w for w in content.rstrip(",.").split() if w not in _TITLE_SIGNS]
    inner = " ".join(w for w in words if w not in _NUMBERING)
    if not words or len(words) > 8 or any(c in inner for c in ".!?:;"):
        return False
    if not (content[:1].isupper() or (content[:1].isdigit() and len(words) >= 2)):
        return False  # "60 Minutes", "2020 Salute to America" (a number alone is no title)
    caps = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return (
        bool(caps)
        and all(w[:1].isupper() or w[:1].isdigit() for w in caps)
        and (len(words) >= 2 or (content[:1].isupper() and not content.rstrip().endswith(",")))
    )


_NEXT_NAME_RE: Final = re.compile(r" ([A-Z][a-z][\w.]*)")
_DETERMINER_END_RE: Final = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he|[A-Z][a-z]+)\s+$")
_NAMING_BEFORE_RE: Final = re.compile(r"\b(?:call(?:s|ed)?|refers? to)\s+(?:an?|the)\s+$")
"""'what he called the “insufferable childishness” Trump displays': his words, an object."""


def is_modifier(masked: str, sp: QuoteSpan) -> bool:
    """Quoted words used as a modifier of the next noun: a federal “supermax” prison."""
    m = _NEXT_WORD_RE.match(masked, sp.close)
    return m is not None and m.group(1) not in MODIFIER_STOP_WORDS


def modifies_name(text: str, sp: QuoteSpan) -> bool:
    """'a “shocked” Mr. Gates', 'Feminist “icon” Gloria Steinem': one quoted word between
    "a", "the" or a capitalised word and a name describes the person named (not a place: 'a
    “diminished” America' is the speaker's word)."""
    m = _NEXT_NAME_RE.match(text, sp.close)
    if m is None or m.group(1).lower().rstrip(".") in PLACES:
        return False
    content = text[sp.start : sp.end]
    if not content.isalpha():
        return False
    before = text[max(0, sp.open - 30) : sp.open]
    return _DETERMINER_END_RE.search(before) is not None and not _NAMING_BEFORE_RE.search(before)


_GIVEN_BEFORE_RE: Final = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) $")
_SURNAME_AFTER_RE: Final = re.compile(r" [A-Z][a-z]")


def is_nickname(text: str, sp: QuoteSpan) -> bool:
    """Quoted words between a given name and a surname: 'Anthony “The Mooch” Scaramucci', 'Rep.
    Joe “You lie” Wilson' (a name, said by nobody; not 'Clinton "friends." One')."""
    content = text[sp.start : sp.end]
    if not content or len(content.split()) > NICKNAME_WORDS or not content[-1:].isalnum():
        return False
    if _SURNAME_AFTER_RE.match(text, sp.close) is None:
        return False
    m = _GIVEN_BEFORE_RE.search(text, max(0, sp.open - 20), sp.open)
    return m is not None and is_given(m.group(1))


def stands_alone(st: State, q: Quote, ss: int, se: int) -> bool:
    """A quotation that is a whole sentence or paragraph of its own (a continued quote)."""
    sp = q.span
    if se - ss > MAX_SENTENCE:
        return False
    outside = st.masked[ss:se].replace(MASK, "")
    if word_count(outside) > 2:
        return False
    content = st.text[sp.start : sp.end]
    return word_count(content) >= 3 and bool(_CAP_START_RE.match(content))


def is_direct(text: str, sp: QuoteSpan, masked: str, ss: int) -> bool:
    content = text[sp.start : sp.end]
    m = _FIRST_CHAR_RE.match(content)
    if m is None:
        return False
    first = m.group(1)
    if not (first.isupper() or first.isdigit()):
        return False
    n = word_count(content)
    return n >= 4 or (n >= 1 and content.rstrip()[-1:] in ".!?,…")
