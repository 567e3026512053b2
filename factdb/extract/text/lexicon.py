"""Every word list and regular expression of the quote extractor, in one place.

Cue verbs of news writing, titles, pronouns, speaker nouns (officials, statements, sources), and
the compiled patterns built from them. Nothing here runs at import time beyond compiling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from factdb.extract.text.wordlists import rows, words


def _verb_forms(base: str, *extra: str) -> set[str]:
    """Regular inflections of a verb (say -> says, saying, ...), plus irregular forms given."""
    forms = {base, *extra}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
    return forms


def verb_forms(verbs: Iterable[list[str]]) -> frozenset[str]:
    """Every form of VERBS: regular inflections of each base plus its irregular forms."""
    return frozenset(form for base, *irregular in verbs for form in _verb_forms(base, *irregular))


# Forms that are nouns far more often than verbs in news text ("the United States", "rules").
NOUN_FORMS: Final = words("noun_forms")

CUE_WORDS: Final[frozenset[str]] = verb_forms(rows("speech_verbs")) - NOUN_FORMS

# Cues that only introduce a few quoted words, never a clause: "called it a 'remarkable moment'".
PARTIAL_CUE_WORDS: Final[frozenset[str]] = verb_forms(rows("partial_cue_verbs")) - NOUN_FORMS

# No cues, but their object may be what was said when a quotation in it has no cue of its own.
# Every form of the cue verbs counts here, those that are also nouns too ("promises", "reasons").
SUBJECT_SPEECH_WORDS: Final[frozenset[str]] = verb_forms(
    rows("subject_speech_verbs")
    + rows("speech_verbs")
    + rows("partial_cue_verbs")
    + rows("weak_cue_verbs")
)

# Verbs of thought and finding that PolNeAR counts as attribution but that are weaker evidence.
WEAK_CUE_WORDS: Final[frozenset[str]] = verb_forms(rows("weak_cue_verbs"))

# Words between a subject and its cue: "has said", "also told", "later wrote".
AUX_WORDS: Final = words("aux_words")

PRONOUNS: Final[dict[str, str]] = {
    "he": "m",
    "she": "f",
    "they": "p",
    "i": "s",
    "we": "p",
    "it": "n",
}

# Words that cannot start or be part of a proper name even when capitalised.
NAME_STOPWORDS: Final = words("name_stopwords")

# Titles and roles that may precede a name; stripped from canonical names.
TITLE_WORDS: Final = words("title_words")

# Nationality adjectives often in front of a title ("Japanese Prime Minister Fumio Kishida").
NATIONALITY_WORDS: Final = words("nationality_words")

# Head nouns of anonymous human sources ("a senior US official").
ANON_NOUNS: Final = words("anon_nouns")

# Head nouns of documents and publications ("the joint statement said").
DOCUMENT_NOUNS: Final = words("document_nouns")
DAY_WORDS: Final = words("day_words")
TIME_NOUNS: Final = words("time_nouns")
"""Nouns of a time after "last", "this", "next" ("week", "day", "morning")."""
"""The days of the week: "his Saturday statement" is dated, not issued, by the word."""
UTTERANCE_NOUNS: Final = words("utterance_nouns")

# Organisations named with capitals ("the White House said"): words that mark an organisation.
ORG_WORDS: Final = words("org_words")

# Nouns that, after "the", point back at an organisation just quoted ("the agency said").
ORG_DESCRIPTION_HEADS: Final = words("org_description_heads")

# Group nouns for joint speakers ("the two leaders agreed").
PLURAL_PERSON_NOUNS: Final = words("plural_person_nouns")

# Words before a quotation that make it a title or a nickname, not something said.
TITLE_CUE_WORDS: Final = words("title_cue_words")
LABEL_CUE_WORDS: Final = words("label_cue_words")
NAMING_VERBS: Final = words("naming_verbs")
"""Verbs that give something a name ("call", "dub"): the writer's "I call “...”" is a term."""
DISPLAY_NOUNS: Final = words("display_nouns")

# Sentence abbreviations that do not end a sentence.
ABBREVIATIONS: Final = words("abbreviations")


def trie_pattern(words: frozenset[str] | set[str]) -> str:
    """A regular expression matching exactly *words*, as a trie (much faster than a flat list)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


# Every cue word (lower case), to be matched on lower-cased text.
CUE_TRIE: Final = trie_pattern(CUE_WORDS | PARTIAL_CUE_WORDS | NOUN_FORMS)
CUE_AFTER_RE: Final = re.compile(r"[^\w’'-](" + CUE_TRIE + r")(?![\w’'-])")
r"""A cue word (group 1) that is a whole word, with the character before it. Searched in the
text after one space (a start of text is then no exception), it finds the cue words that
``(?<![\w’'-])(?:CUE_TRIE)(?![\w’'-])`` would, by a search that starts from a set of
characters (in C) instead of trying the look-behind and the alternation at every character."""

ACCORDING_RE: Final = re.compile(r"(?<![\w’'])(?:[Aa]ccording to|[Aa]s reported by)\s+")


# Word lists of the quote extractor (quote_*.py).

TELL_CUES: Final = words("tell_cues")


TO_CUES: Final = words("to_cues")


PARTICIPLES: Final = words("participles")


ING_PREPOSITIONS: Final = words("ing_prepositions")
"""Prepositions in -ing ("during", "including"): no participle opens a phrase with them."""


BE_WORDS: Final = words("be_words")


NOUNISH_CUES: Final = words("nounish_cues")


NOMINAL_NOUNS: Final = words("nominal_nouns")


POSS_PRONOUNS: Final = {"his": "he", "her": "she", "their": "they"}


NOT_SPEECH_VERBS: Final = words("not_speech_verbs")


MODIFIER_STOP_WORDS: Final = words("modifier_stop_words")


CLAUSE_OPENERS: Final = words("clause_openers")


TITLE_SMALL_WORDS: Final = words("title_small_words")


# Verbs whose object is a clause, never a noun phrase: "said the talks went well".
CLAUSE_VERBS: Final = words("clause_verbs")


KNOWN_SOURCE_HEADS: Final = ANON_NOUNS | DOCUMENT_NOUNS | PLURAL_PERSON_NOUNS


# Word lists of the speaker finder (speaker_*.py).

NAME_PARTICLES: Final = words("name_particles")


DETERMINERS: Final = words("determiners")


INDEFINITE_WORDS: Final = words("indefinite_words")


SPEAKER_PREPS: Final = words("speaker_preps")


PERSON_TITLES: Final = words("person_titles")


TIME_PREPS: Final = words("time_preps")


ROLE_HEADS: Final = words("role_heads")


ROLE_ALIASES: Final = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "secretary": "secretary",
    "president": "president",
    "minister": "minister",
    "minster": "minister",  # a common misspelling: "the prime minster said"
    "premier": "minister",
    "mayor": "mayor",
    "chairman": "chairman",
    "chairwoman": "chairman",
    "chair": "chairman",
    "nominee": "nominee",
    "candidate": "candidate",
}


INTRO_WORDS: Final = words("intro_words")


NOT_HEADS: Final = words("not_heads")


FUNCTION_HEADS: Final = words("function_heads")


TITLES_NORM: Final = frozenset(w.replace(".", "") for w in TITLE_WORDS | NATIONALITY_WORDS)
