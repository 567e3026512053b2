"""Every word list and regular expression of the quote extractor, in one place.

Cue verbs of news writing, titles, pronouns, speaker nouns (officials, statements, sources), and
the compiled patterns built from them. Nothing here runs at import time beyond compiling.
"""

from __future__ import annotations

import re
from typing import Final


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


# Verbs that introduce speech, writing or a stated position. Irregular forms are listed explicitly.
_SPEECH_VERBS: Final = [
    ("say", "said", "says", "saying"),
    ("tell", "told", "tells", "telling"),
    ("write", "wrote", "written", "writes", "writing"),
    ("add",),
    ("note",),
    ("warn",),
    ("insist",),
    ("argue",),
    ("tweet",),
    ("announce",),
    ("claim",),
    ("explain",),
    ("state",),
    ("declare",),
    ("assert",),
    ("acknowledge",),
    ("admit", "admitted", "admitting"),
    ("suggest",),
    ("predict",),
    ("promise",),
    ("vow",),
    ("pledge",),
    ("recall",),
    ("remark",),
    ("reply",),
    ("respond",),
    ("ask",),
    ("urge",),
    ("caution",),
    ("complain",),
    ("contend",),
    ("concede",),
    ("confirm",),
    ("deny",),
    ("emphasize",),
    ("emphasise",),
    ("stress",),
    ("report",),
    ("agree",),
    ("allege",),
    ("maintain",),
    ("observe",),
    ("reiterate",),
    ("conclude",),
    ("testify",),
    ("shout",),
    ("yell",),
    ("joke",),
    ("quip", "quipped", "quipping"),
    ("boast",),
    ("brag", "bragged", "bragging"),
    ("lament",),
    ("counter",),
    ("retort",),
    ("speculate",),
    ("disclose",),
    ("reveal",),
    ("mention",),
    ("comment",),
    ("post",),
    ("write",),
    ("continue",),
    ("reply",),
    ("charge",),
    ("accuse",),
    ("estimate",),
    ("believe",),
    ("think", "thought", "thinks", "thinking"),
    ("figure",),
    ("hope",),
    ("fear",),
    ("worry", "worried", "worries", "worrying"),
    ("expect",),
    ("feel", "felt", "feels", "feeling"),
    ("know", "knew", "known", "knows", "knowing"),
    ("learn", "learned", "learnt", "learns", "learning"),
    ("find", "found", "finds", "finding"),
    ("show", "shown", "shows", "showed", "showing"),
    ("indicate",),
    ("signal", "signaled", "signalled", "signaling"),
    ("suggest",),
    ("demand",),
    ("propose",),
    ("recommend",),
    ("guarantee",),
    ("assure",),
    ("inform",),
    ("advise",),
    ("remind",),
    ("point",),
    ("convey",),
    ("exclaim",),
    ("proclaim",),
    ("affirm",),
    ("posit", "posited", "positing"),
    ("opine",),
    ("muse",),
    ("wonder",),
    ("question",),
    ("acknowledge",),
    ("scoff",),
    ("snap", "snapped", "snapping"),
    ("chime",),
    ("interject",),
    ("rule",),
    ("chant",),
    ("sing", "sang", "sung", "sings", "singing"),
    ("scream",),
    ("whisper",),
    ("mutter",),
    ("murmur",),
    ("plead",),
    ("beg", "begged", "begging"),
    ("demur", "demurred", "demurring"),
    ("concur", "concurred", "concurring"),
    ("echo", "echoed", "echoes", "echoing"),
    ("summarize",),
    ("cry", "cried", "cries", "crying"),
    ("answer",),
    ("press",),
]

# Forms that are nouns far more often than verbs in news text ("the United States", "rules").
NOUN_FORMS: Final[frozenset[str]] = frozenset(
    """state states rule rules question questions point points attack attacks comment comments
    post posts tweets answers orders charges counters signals demands estimates fears hopes
    promises pledges vows remarks figures thanks continue continues""".split()
)

CUE_WORDS: Final[frozenset[str]] = frozenset(
    form for base, *irregular in _SPEECH_VERBS for form in _verb_forms(base, *irregular)
) - NOUN_FORMS

# Cues that may only introduce a few quoted words, never a clause: "called it a 'remarkable moment'".
PARTIAL_CUE_WORDS: Final[frozenset[str]] = frozenset(
    form
    for base, *irregular in [
        ("call",),
        ("describe",),
        ("praise",),
        ("label", "labeled", "labelled", "labeling", "labelling"),
        ("criticize",),
        ("criticise",),
        ("blast",),
        ("slam", "slammed", "slamming"),
        ("decry", "decried", "decries", "decrying"),
        ("denounce",),
        ("condemn",),
        ("hail",),
        ("welcome",),
        ("applaud",),
        ("commend",),
        ("characterize",),
        ("term",),
        ("vow",),
        ("pledge",),
        ("promise",),
        ("thank",),
        ("liken",),
        ("compare",),
        ("refer",),
        ("mock",),
        ("ridicule",),
        ("attack",),
        ("rip", "ripped", "ripping"),
        ("dismiss",),
        ("urge",),
    ]
    for form in _verb_forms(base, *irregular)
) - NOUN_FORMS

# Verbs of thought and finding that PolNeAR counts as attribution but that are weaker evidence.
WEAK_CUE_WORDS: Final[frozenset[str]] = frozenset(
    form
    for base, *irregular in [
        ("believe",),
        ("think", "thought", "thinks", "thinking"),
        ("figure",),
        ("hope",),
        ("fear",),
        ("worry", "worried", "worries", "worrying"),
        ("expect",),
        ("feel", "felt", "feels", "feeling"),
        ("know", "knew", "known", "knows", "knowing"),
        ("find", "found", "finds", "finding"),
        ("show", "shown", "shows", "showed", "showing"),
        ("learn", "learned", "learnt", "learns", "learning"),
        ("wonder",),
        ("question",),
        ("point",),
        ("post",),
        ("chime",),
        ("expect",),
    ]
    for form in _verb_forms(base, *irregular)
)

# Words between a subject and its cue: "has said", "also told", "later wrote".
AUX_WORDS: Final[frozenset[str]] = frozenset(
    """has have had also later previously then recently once reportedly repeatedly again further
    would will did does do is was are were been being be just even still already often never
    publicly privately separately quickly flatly bluntly simply frequently immediately
    initially originally first last earlier subsequently since sharply openly angrily
    falsely wrongly correctly rightly accurately confidently directly explicitly insistently
    shall may might can could should must not n't""".split()
)

PRONOUNS: Final[dict[str, str]] = {
    "he": "m",
    "she": "f",
    "they": "p",
    "i": "s",
    "we": "p",
    "it": "n",
}

# Words that cannot start or be part of a proper name even when capitalised.
NAME_STOPWORDS: Final[frozenset[str]] = frozenset(
    """the a an and but or nor so yet for in on at to of by with from as if when while after before
    since because although though he she they we i it you this that these those there here his her
    their its our my your who what which where why how not no yes all some any many most more each
    every both either neither one two three four five six seven eight nine ten first last next
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec still also then now later meanwhile however instead indeed asked according speaking
    earlier last mr mrs ms dr said says told added""".split()
)

# Titles and roles that may precede a name; stripped from canonical names.
TITLE_WORDS: Final[frozenset[str]] = frozenset(
    """president vice prime minister secretary sen senator rep representative gov governor mayor
    chancellor king queen prince princess pope chairman chairwoman chair chief ceo cfo director
    general gen lt col colonel maj major capt captain sgt sergeant adm admiral judge justice
    attorney ambassador speaker leader minority majority whip commissioner superintendent
    sheriff officer detective inspector agent deputy assistant acting former late dr mr mrs ms
    miss mx prof professor rev reverend father sister brother sir dame lord lady gov. sen. rep.
    dr. mr. mrs. ms. gen. lt. col. maj. capt. sgt. adm. prof. rev. st. hon. honorable
    spokesman spokeswoman spokesperson candidate nominee founder executive press foreign
    defense defence finance trade interior health education state homeland security national
    federal house senate us u.s. uk u.k. un u.n. eu e.u. democratic republican gop democrat
    presidential congressman congresswoman congressional lawmaker premier emperor crown
    president-elect chief-of-staff staff counsel special adviser advisor campaign manager
    host anchor correspondent editor columnist analyst strategist economist retired ret ret.
    then-candidate then-president then-senator""".split()
)

# Nationality adjectives often in front of a title ("Japanese Prime Minister Fumio Kishida").
NATIONALITY_WORDS: Final[frozenset[str]] = frozenset(
    """american british chinese japanese russian french german italian spanish indian korean
    south north ukrainian israeli palestinian iranian iraqi syrian turkish mexican canadian
    brazilian australian saudi egyptian afghan pakistani european african asian western
    taiwanese vietnamese philippine filipino polish dutch belgian swedish norwegian danish
    finnish greek irish scottish welsh swiss austrian hungarian czech romanian cuban venezuelan
    colombian argentine chilean peruvian nigerian kenyan ethiopian lebanese jordanian qatari
    emirati yemeni libyan tunisian moroccan algerian""".split()
)

# Head nouns of anonymous human sources ("a senior US official").
ANON_NOUNS: Final[frozenset[str]] = frozenset(
    """official officials source sources aide aides adviser advisers advisor advisors diplomat
    diplomats person people officer officers lawmaker lawmakers insider insiders analyst
    analysts expert experts staffer staffers member members spokesman spokeswoman spokesperson
    spokespeople representative representatives executive executives employee employees
    investigator investigators prosecutor prosecutors lawyer lawyers attorney attorneys
    observer observers critic critics supporter supporters resident residents witness
    witnesses voter voters republican republicans democrat democrats strategist strategists
    operative operatives economist economists scientist scientists researcher researchers
    doctor doctors leader leaders minister ministers envoy envoys negotiator negotiators
    authority authorities police investigators agency official's man woman men women friend
    friends ally allies associate associates colleague colleagues veteran veterans observer
    participant participants activist activists organizer organizers student students
    worker workers teacher teachers campaign aides' officials' administration""".split()
)

# Head nouns of documents and publications ("the joint statement said").
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    """statement statements report reports letter letters memo memos filing filings document
    documents complaint indictment lawsuit suit ruling study survey poll release order
    communique communiqué declaration resolution bill tweet tweets post posts email emails
    analysis article story editorial op-ed transcript notice guidance assessment plan
    proposal readout affidavit motion brief opinion decision verdict review audit
    data figures estimate estimates forecast video ad advertisement message website
    account interview speech remarks testimony note""".split()
)

# Organisations named with capitals ("the White House said"): words that mark an organisation.
ORG_WORDS: Final[frozenset[str]] = frozenset(
    """house department ministry office agency committee commission council bureau campaign
    party post times journal news press reuters associated ap cnn fox nbc abc cbs msnbc bbc
    company corp corporation inc ltd group association union university institute foundation
    center centre court pentagon kremlin administration government congress senate parliament
    police fbi cia nsa nato un eu fund bank board service network magazine herald tribune
    gazette daily weekly wire channel organization organisation coalition alliance
    council club league federation society""".split()
)

# Group nouns for joint speakers ("the two leaders agreed").
PLURAL_PERSON_NOUNS: Final[frozenset[str]] = frozenset(
    "leaders sides countries nations governments presidents ministers men women".split()
)

# Words before a quotation that make it a title or a nickname, not something said.
TITLE_CUE_WORDS: Final[frozenset[str]] = frozenset(
    """titled entitled dubbed nicknamed so-called book film movie show series song album
    headline headlined hashtag slogan motto named tagline episode program programme column
    documentary play novel poem game app""".split()
)

# Sentence abbreviations that do not end a sentence.
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm rev st jr sr no vs etc inc ltd co
    corp jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig approx dept est pres atty
    ave blvd u.s u.k u.n e.u d.c a.m p.m i.e e.g""".split()
)

# Time and place adverbials that may sit between a cue and the end of a sentence:
# "..., Biden said on Friday." / "..., she told reporters after the meeting."
TRAILING_ADVERBIAL: Final = re.compile(
    r"^(?:[\s,]*(?:on|in|at|during|after|before|late|early|last|this|earlier|later|"
    r"via|through|over|from|to|with|while|when|since|today|yesterday|tonight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"[A-Za-z’'\-]+)[^.!?;]*?)?$"
)

SENTENCE_END_CHARS: Final = ".!?…"

OPEN_DOUBLE: Final = "“„‟«"
CLOSE_DOUBLE: Final = "”»"
QUOTE_MARKS_RE: Final = re.compile(r"[“”„‟«»\"]")
SINGLE_MARKS_RE: Final = re.compile(r"[‘’']")
ANY_QUOTE_CHAR: Final = "“”„‟«»\"‘’'"

WORD_RE: Final = re.compile(r"[A-Za-z0-9À-ÖØ-öø-ÿ][\w’'.\-]*|[,;:()\[\]—–]|[A-Za-z]\.")

# A sentence boundary candidate: terminal punctuation, optional closing marks, whitespace.
SENTENCE_BOUNDARY_RE: Final = re.compile(r"[.!?…]+[”’\"')\]]*\s+|\n+\s*")

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
CUE_RE: Final = re.compile(
    r"(?<![\w’'-])(?:" + trie_pattern(CUE_WORDS | PARTIAL_CUE_WORDS | NOUN_FORMS) + r")(?![\w’'-])"
)

ACCORDING_RE: Final = re.compile(r"(?<![\w’'])(?:[Aa]ccording to|[Aa]s reported by)\s+")

THAT_RE: Final = re.compile(r"^\s*(?:,\s*)?(?:that|how|why|whether|if|what)\s+", re.IGNORECASE)

RECIPIENT_RE: Final = re.compile(
    r"^\s*(?:reporters|journalists|the press|the media|supporters|the crowd|a crowd|"
    r"lawmakers|the audience|an audience|voters|students|viewers|listeners|readers|"
    r"members|colleagues|officials|the [A-Z][\w.-]*(?: [A-Z][\w.-]*)*|"
    r"(?:him|her|them|us|me|it|you)\b)",
)

WORD_CHAR_RE: Final = re.compile(r"\w")
