"""The one score of a pair of items, from 0 to 100, and the evidence behind it.

The score is `text + speaker + numbers + date`, clipped to 0..100 and rounded to 0.01.

`text` (0-100) of two quotes is the strict score below, or the lenient one when higher and
the shorter quote is a trimmed copy of the longer (`contained`: under `CONTAINED_RATIO` of its
length, `CONTAINED_SHARE` of its rarity mass found in it). For claims it mixes the two by the
texts' length ratio (`lenience`: the lenient one alone when the shorter text is under 0.6 of
the longer's length, the strict one alone above 0.9). The lenient score is a weighted mean of
four RapidFuzz scorers over normalised text (`normalize.normalize_text`: lower case, no
punctuation, quote marks or thousands separators):

- `ratio` (weight 0.10): edit similarity of the whole texts; low when one quote is trimmed.
- `partial_ratio` (0.20): the best alignment of the shorter text inside the longer one, so a
  trimmed quote ("a free and open Indo-Pacific") still scores high against its full form.
- `token_set_ratio` (0.30): word-set similarity, blind to word order and to words only one side has.
- `content_overlap` (0.40): the shared stemmed content words (stopwords dropped), as the mean of
  their share of the shorter text's words (100 when one text's words are all in the other) and
  their Dice coefficient. Word stems make "strengthening its defense" meet "strengthen its
  defense"; counting whole words keeps unrelated texts low, where the character-based scorers
  still give 40-50 to any two English sentences.

The strict score of two quotes is the text model's (`textmodel`: a logistic model over the
scorers, rarity-weighted overlap and alignment of content words, and numbers, names and
negation that differ, fitted on MRPC's tune half), 100 times its probability; two
`attributed` quotes (both speakers known) sharing `NAMES_SHARED` names (`names_alike`) keep
the mix of scorers when higher. For claims and segments it is the `STRICT_WEIGHTS` mix of
`ratio`, `token_sort_ratio`, `content_overlap` and `token_set_ratio`.

For two `attributed` quotes, the same four scorers are also run on clause-sized segments of
each text (`segments.segments`: pieces between commas, dashes and joining words), each segment
against the other quote's segments and whole text, where a segment pair shares at least
`LOCAL_SHARED` content words that are not names (capitalised inside a sentence; names count too
between two quotes of one person at known dates, who repeats his own "our great Republican
Agenda") nor, between two people, words of a run both write around a shared name
with a title (`designations`: "the investigation into former Secretary of State Hillary
Clinton's private email server"), and where the two quotes do not both write figures with none
in common (`other_figures`); a segment pair is passed over when one piece writes a figure
the other quote lacks, in digits and in words, in unlike words (`figure_apart`). The best
such `local` score, less `LOCAL_DISCOUNT` (10) and at most `LOCAL_CAP` (65), replaces `text`
when higher (between two confidently named, different speakers only when both quotes write
one capitalised word or one figure, what they speak of: on 900 random archive articles,
Michael Cohen's "guilty to violating campaign finance laws" and Jerrold Nadler's "violate
campaign finance laws ... impeachable", or Trump's and Netanyahu's "victim of a political witch
hunt", were linked by a clause; a phrase of under `CLAUSE_WORDS` content words counts only
repeated exactly by the same speaker, no segment counts between articles over
`DATE_LATER_DAYS` apart, nor between two people's quotes over `DATE_CLOSE_DAYS` apart (two
monthly jobs reports' "the economy added ... jobs", 27 days apart, on 800 random archive
articles) or, for two confidently named people, of which one article is dated and the other
not (`relations.other_voices`), and an initial ("U.S.", "H.W.") is no shared word): one
statement quoted inside a longer one ("to drastically strengthen its defense capabilities and
secure a substantial increase in defense spending" against "building on Japan's historic
increase in defense spending") is found, and a shared list of names or a document's title is
not enough. The evidence then names the two segments.
Quotes of unknown speakers (free text, a sentence pair) are read by the whole-text model
alone: on MRPC's tune half, where no speaker is known, clause matches and shared names
lifted near-misses over restatements (AUC 0.785 against the model's 0.833).

The three lenient scorers give 100 to any text contained in another, which a one-word
quote ("historic") always is. So each is pulled towards `ratio` by the `short_factor`
`min(1, w / 4)`, where `w` is the number of content words of the shorter text: from four
content words on they count fully.

Evidence terms (points added to `text`):

- `speaker`: up to +5 when both speakers are known and agree (a shared name word), rising
  from 0 at `text` 60 to 5 at `text` 80: one person says many things, so the same speaker only
  confirms a textual match and never makes one. A different speaker costs nothing when either
  is not confidently named, because outlets attribute one statement differently (a leader, a
  joint statement, "officials"); two confidently named people in articles over a week apart
  cost `SPEAKER_OTHER` (-10) on whole texts under `CONFLICT_TEXT`; on a near-identical text
  they make the pair a conflict when the articles are at most `DATE_CLOSE_DAYS` apart.
- `numbers`: for claims, -50 when the units differ: two quantities of one sentence ("$600 for
  1,000 km") are different claims (agreeing or contradicting values count in `claim`). For
  quotes, 0: the text model reads their numbers.
- `date`: +3 when the articles appeared at most 7 days apart, -5 when more than 30 days
  apart, -10 when more than a year apart, 0 otherwise or when a date is unknown.
- `names`: for quotes, up to +4 when both name the same people, places or bodies: at least
  `NAMES_SHARED` (3) shared words written with a capital inside a sentence (`names_alike`:
  "the United States, Japan and South Korea"; three distinct names between two confidently
  named, different people), rising from 0 at `text`
  40 to 4 at `text` 55, when the articles appeared at most 30 days apart or a date is
  unknown. What a statement is about confirms a weak textual match ("trilateral
  cooperation between the United States, Japan and South Korea" against "Japan, the United
  States and South Korea would continue to work closely together"); it never makes one alone,
  and one shared name ("Washington", "Trump") is not enough.

Two quotes of one story's days of which one writes between quotation marks words the other
writes too (`quoted_words`: "This is a suicide mission," against "would be a “suicide mission
for our country.”") have a `text` of at least `QUOTED_TEXT`.

A pair is a link when its score reaches `DEFAULT_THRESHOLD`. Unless `may_match_locally` or
`quoted_words` holds, `text` never exceeds the largest of its four whole-text scorers and the
terms add at most `terms_bound` for the pair (never more than `MAX_BONUS`), so a pair can only
reach a threshold `t` if one scorer reaches `t - MAX_BONUS` (`text_upper_bound`): `could_link`
and the brute-force check in the benchmark rely on this, and score every pair that may match
locally or by marked words in full.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz

from factdb.extract.claims.lexicon import BLOCK_PATTERNS, NUMBER_WORD_FIRSTS, SMALL_NUMBERS
from factdb.extract.text.lexicon import TITLE_WORDS
from factdb.link import normalize as nz
from factdb.link import textmodel
from factdb.link.agreement import (
    SPECIFIC_VALUE,
    agrees,
    basis,
    bracket,
    date_gap,
    figures_apart,
    other_counted,
    other_kind,
    other_measured,
    polled,
    same_measured,
    same_unit,
    told_figure,
    vague,
    wide,
)
from factdb.link.agreement import side as figure_side
from factdb.link.commonplace import one_template, others_phrase, stock_sentence
from factdb.link.conflicts import conflict
from factdb.link.designations import designation_stems, titled_name_stems
from factdb.link.elsewhere import other_places
from factdb.link.fragments import longest_run, quoted_excerpts
from factdb.link.happenings import other_happenings
from factdb.link.polarity import opposed
from factdb.link.qualifiers import apart
from factdb.link.rarity import idf, weight
from factdb.link.records import LinkItem, Match
from factdb.link.relations import (
    CONFLICT_TEXT,
    OTHERS_RARE,
    body,
    claim_quantity,
    confident_speaker,
    decide_relation,
    number_set_agreement,
    organisation,
    other_voices,
)
from factdb.link.relations import quantity_agreement as claim_agreement
from factdb.link.reports import other_lists, other_shares
from factdb.link.retold import described_alike, described_apart, one_age, one_event, wording
from factdb.link.segments import (
    Segment,
    has_clauses,
    name_runs,
    name_stems,
    name_words,
    segments,
    several_sentences,
    title_stems,
)
from factdb.link.unlike import common_words_apart, other_amounts
from factdb.vocab import LinkKind

DEFAULT_THRESHOLD = 55.0
WEIGHTS = {"ratio": 0.10, "partial_ratio": 0.20, "token_set_ratio": 0.30, "content_overlap": 0.40}
STRICT_WEIGHTS = {
    "ratio": 0.375,
    "token_sort_ratio": 0.25,
    "content_overlap": 0.25,
    "token_set_ratio": 0.125,
}

LENGTH_RAMP = (0.6, 0.9)
"""Length ratio (shorter / longer normalised text) below which the lenient mix (`WEIGHTS`)
scores a pair and above which the strict score does (the text model for two whole quotes, the
`STRICT_WEIGHTS` mix for claims and segments), linearly between."""
SHORT_WORDS = 4
SPEAKER_AGREE, SPEAKER_RAMP = 5.0, (60.0, 80.0)
SPEAKER_OTHER = -10.0
"""Two quotes of confidently named, different people (`relations.confident_speaker`, not one
surname) in articles more than `DATE_CLOSE_DAYS` apart whose whole texts are alike, short of
the same words (`CONFLICT_TEXT`), lose 10 points: two people's remarks on one topic in other
weeks (on 500 random archive articles, "he supports the Democrats' impeachment inquiry", Mark
Amodei, against Gordon Sondland's "questions about his role in the controversy over Ukraine",
10 days apart; 4 links, all wrong). Within one story's days, or at unknown dates, outlets
attribute one statement to a leader, a spokesperson or a joint statement (the seeds' Biden and
Kishida). A clause match (`local`) keeps its own rule."""
SPEAKER_MORE, MORE_LEFT, MORE_SHARE = -20.0, 12.0, 0.9
"""Two quotes of confidently named, different people, at any dates, of which one says much the
other does not (`says_more`: over `MORE_LEFT` of its rarity mass, `rarity.idf` plus 0.5 a word,
left unmatched by the other) and neither is nearly all found in the other (`MORE_SHARE` of its
mass), lose 20 points: two people's statements on one topic, not one statement retold. On two
samples of 1,000 random archive articles, 22 of the 26 whole-text links of two named people
it drops were wrong ("the New York attorney general opened an investigation into the NRA's
tax-exempt status" against Rudy Giuliani's "The person in charge of this investigation is Rod
Rosenstein, the deputy attorney general", at an unknown date); the right ones kept are retold
statements ("Trump did not plan to release his tax returns, saying Trump was under an audit",
Sean Spicer's, against Trump's, 4.6 left) or copies found whole in the other. The seeds'
Biden and Kishida pair ("Japan's historic increase in defense spending") leaves 9.7."""
CONFIDENT_ATTRIBUTION = 0.81
"""Attribution confidence (`LinkItem.confidence`) below which a quote's speaker is not named
where it is quoted: a pronoun's referent (0.8 at most: Mitch McConnell's "he said in a
statement" read as Antonin Scalia, whom the article is about), a quotation carried on from
the one before (0.81 less), the article's subject (0.62) or the last name seen (0.6). A name,
a surname, a body or a description next to the cue is at or above it (0.81 to 0.95)."""
MISSPELT, MISSPELT_LENGTH = 85.0, 5
"""Name words of at least `MISSPELT_LENGTH` letters this alike (RapidFuzz ratio) are one name
misspelt: a swapped pair of letters in a 7-letter name scores 85.7."""
NUMBERS_AGREE, UNIT_MISMATCH = 5.0, -50.0
DATE_CLOSE_DAYS, DATE_CLOSE, DATE_FAR_DAYS, DATE_FAR = 7, 3.0, 365, -10.0
DATE_LATER_DAYS, DATE_LATER = 30, -5.0
"""On 300 random archive articles, most wrong links joined commonplaces months or years apart;
a statement quoted again after a month must match more closely."""
NAMES_AGREE, NAMES_RAMP, NAMES_SHARED = 4.0, (40.0, 55.0), 3
NAMES_DISTINCT = 2
"""Names (runs of capitalised words, `shared_names`) that the `NAMES_SHARED` name words of two
quotes not known to be of two people must make: one long name ("the Affordable Care Act") is
one thing spoken of, no story's cast (on 700 random archive articles, two of Trump's statements
on the health law 12 days apart, repeal first or a replacement, took the names term from it)."""
SCORERS = (*WEIGHTS, "token_sort_ratio")
Known = Mapping[str, float]
"""A pair's RapidFuzz scorer values computed before (`screening`), by scorer name, the texts in
`could_link`'s order: "ratio", "token_sort_ratio", "token_set_ratio" and "partial_ratio"
(`partial_ratio` here, not RapidFuzz's), each when known."""
NO_SCORES: Known = {}
CLAIM_MATCH, CLAIM_RAMP = 15.0, (35.0, 50.0)
"""Claims stating one measured thing (agreeing or contradicting) gain up to 15 points, fully
when their sentences' text reaches 50 (none below 35): outlets word one figure in different
sentences. Claims of other values that do not contradict each other lose all their text:
they are neither one claim nor a conflict (on 400 random archive articles, 3 of 20 proposed
links were "Slideshow (2 Images)" against "Slideshow (3 Images)")."""
CLAIM_UNMEASURED = -15.0
"""Claims of one value whose measured thing is not shown to be one (`agreement.agrees` fails) lose
15 points unless one source states both, or in articles at most `DATE_CLOSE_DAYS` apart (one
story's days) their sentences' text reaches `CLAIM_ALIKE`, or within `DATE_LATER_DAYS` their
`measures` share a word for a figure of at least `agreement.SPECIFIC_VALUE` ("five things to
know" is no fact): a shared
figure in alike sentences is not one fact ("Forty-five percent said it was not a factor"
against "Forty-five percent said they were concerned", two polls of unknown date; "a 1 percent
hike" of two years' pay, 40 days apart; on 400 random archive articles, 2 of 20 proposed
links)."""
CLAIM_ALIKE = 60.0
SENTENCE_WORDS = 2
"""Words of letters a claim's sentence writes besides its quantity for it to link (`lettered`)."""
CLAIM_RETOLD = 85.0
"""Sentences this alike state one figure retold, however it is written
(`agreement.figures_apart` is not read)."""
CLAIM_COMMON = 2.5
"""Claims whose sentences share less rare content than this besides their quantities (about
two ordinary words: "keep" is 2.0) state one figure and nothing else in common: neither one
claim nor a conflict, unless the articles are of one story's days (`DATE_CLOSE_DAYS`: the
sample corpus's "The union is seeking 8%" and "The union had sought 8%", a day apart), the
sentences are nearly the same (`CLAIM_RETOLD`), one speaker states both (not known to be over
`DATE_LATER_DAYS` apart), or within that month they name one measured thing of a specific
figure, as `_claim_term` reads it. On two samples of 1,000 random archive articles this
dropped 2 links, both wrong: Trump's "They had 600 people in a gym" against his "They said
[Biden] had 600 people" 946 days apart, and "Two key Republicans" against "Two Republicans
supported it" (one date unknown). A plural of a round number (`agreement.vague`: "millions of
Americans") is no figure: it has neither the story's days nor the month's specific figure to
exempt it, so two sentences of one week writing "millions of Americans" and nothing rare in
common ("a faith that millions of Americans abide by" against a congressman's "disrespect
shown to millions and millions of Americans") are no link by text and date alone."""
STORY_COUNT, COUNT_CONTEXT, COUNT_UNIT, COUNT_DAYS = 20.0, 1.2, "count", 3
"""Two claims at most `COUNT_DAYS` apart (one story's news) counting one specific figure of one
kind of thing in other words (`one_count`) gain 20 points in place of `CLAIM_MATCH`: outlets
write one count with other nouns ("60 Russian intelligence officers" expelled against "The 60 people
expelled", "14 European nations" against "14 EU countries"), sentences whose text is 34-42.
Their sentences must share a word of the story outside both quantities (one of `COUNT_CONTEXT`
`rarity.idf` or more: "expelled", "attack"; not "official", "called" or "one", 1.0 and less,
which joined "more than 100 spies in the U.S., a number that one official called" to "One
official said more than 100 people were affected by the attack"): "more than 100 Russian
officials" expelled and "more than 100 Russian intelligence agents" at work in the U.S. share
only their quantities' words, and a figure alone is no link (`CLAIM_COMMON`)."""
TABLE_FIGURES, TABLE_UNITS = 2, frozenset({"percent", "percentage_point"})
"""Claims whose sentences each hold this many other figures, at most half of them shared, are
figures of two polls or tables (`other_tables`): on 500 random archive articles, 2 of 20
proposed links joined candidates' shares in two New Hampshire polls."""
RARE_MIN, RARITY_PENALTY, SHORT_PENALTY, RARE_FLOOR = 8.0, 20.0, 20.0, 0.6
"""A quote pair sharing less than 8 of rare content (`rare_content`: summed `rarity.idf`, names
counting half: "think", "good" and "job" make 3.5, "Tokyo" alone 2.6) loses up to 20 points,
in proportion to what it lacks, unless it is exempt (`_rarity_term`: one speaker within the
story's days, `NAMES_SHARED` names) or repeats a quote exactly; one whose shorter quote has
under `SHORT_WORDS` content words loses 20 unless exempt, all but `SHORT_KEEP` of its text if
the articles are over `DATE_LATER_DAYS` apart or of unknown date. Two quotes of about one
length, which the text model reads, lose `RARE_FLOOR` (60%) of that. Under the proposal
threshold (`DEFAULT_THRESHOLD`) that cost falls in proportion to the text: a fixed cost
reordered pairs no rule would link (on MRPC's tune half, where no speaker or date is known,
it took the link score's AUC from the text model's 0.833 to 0.831)."""
SHORT_KEEP = 0.4
"""The share of its text a short quote pair keeps months apart or at unknown dates: at most 40,
with the terms at most 45, it never links, but two such pairs keep their order (taking all the
text made them equal at 0: on MRPC's tune half, where no date is known, "We think they have
the right to choose" against its longer telling at 89 fell with near-misses)."""
WHOLE_WORDS = 8
"""Words (`normalize.tokens`) from which a quote of few content words, written the same in two
articles, is a whole remark said again (`said_whole`), not a phrase: "Over my dead body. But,
you know, I could be dead." (11 words, 3 content words), Rudy Giuliani's, quoted in an undated
article under another name of low confidence and 11 days later under his. Slogans, chants and
commonplaces repeated in the 3,000-article benchmark archive are under 8 ("Black lives
matter!", "Hands up, don't shoot.", "We'll see what happens", "there was a quid pro quo")."""
VERBATIM = 90.0
"""One person's statements of any dates are exempt from the commonplace rule from this text on
("What difference, at this point, does it make?" quoted again 168 days later), when at known
dates their words are the same too (`same_words`)."""
FAR_RARITY = 2.0
"""Between articles over `DATE_LATER_DAYS` apart, the rare content a pair shares counts half:
on 600 real archive articles, 7 of 14 wrong links in a sample of 20 joined other speakers'
statements 50 to 766 days apart on shared descriptive phrases ("attorney-client privilege",
"the Defense of Marriage Act", "campaign chairman Paul Manafort") of 8 to 10.6."""
UNPLACED = FAR_RARITY
"""The same for a quote of no speaker against one person's, one of them undated (`unplaced`):
on two samples of 1,000 random archive articles, 9 of the 10 such links sharing under
`RARE_MIN` of rare content were other statements ("the agency was aware of the incident and is
monitoring the situation" against Josh Earnest's "Obviously we're aware of the situation and
concerned about it"; "they will not allow funding for the southern border wall" against Jimmy
Carter's "I have not discussed the border wall with President Trump"), the other loose."""
COMMON_MAX = 4.0
"""Under this much rare content, a pair (unless exempt as above) is generic wording: its text
counts only by `rare / RARE_MIN`, so that "they had until April 3 to leave the country" (2.5)
no longer links "They have seven days to leave the country" of another speaker at 86."""
COMMON_TOP = DEFAULT_THRESHOLD - SPEAKER_AGREE - DATE_CLOSE - NAMES_AGREE
COMMON_KNEE = COMMON_TOP - 3.0
"""Generic wording of two free texts (no speaker, no date) keeps its text's order (`common`):
unchanged up to `COMMON_KNEE`, at most `COMMON_TOP` (43, the threshold less all that a quote
pair's terms add), as the cost is there to stop a link. Counting their text by `rare /
RARE_MIN` reordered pairs that link in no case: on MRPC's tune half (18 such pairs) it put
paraphrases at 87 and 76 ("More than 60 percent of the company's 1,000 employees were killed")
under non-paraphrases at 66 and 65 (two currency reports), and cost the link score 0.0005 of
AUC (0.8328 -> 0.8332 without it). For every pair without speakers, PolNeAR train's AUC fell
0.9842 -> 0.9838: its dated quotes of unnamed speakers ("No, no, no, no," against "He has no
consistency about him") went from 0 to 15; attributed or dated quotes keep the rare share."""
MAX_BONUS = SPEAKER_AGREE + NUMBERS_AGREE + DATE_CLOSE + NAMES_AGREE + max(CLAIM_MATCH, STORY_COUNT)
LOCAL_SHARED, LOCAL_DISCOUNT = 3, 10.0
LOCAL_CAP = 65.0
CLAUSE_WORDS, LOCAL_EXACT = 5, 95.0
"""A segment match whose shorter side has under 5 content words is a phrase ("quid pro quo",
"comprehensive immigration reform", "use of chemical weapons"), which counts only repeated
exactly (a local score of 95 or more) by the same speaker. On 600 real archive articles, 61 of
the 85 links made by a segment match were such phrases shared by different statements."""
"""A clause shared by two otherwise different quotes makes a link, never a near-certain one:
the local score (less `LOCAL_DISCOUNT`) counts up to this much."""
QUOTED_TEXT, QUOTED_DAYS, QUOTED_STEMS, QUOTED_RARE, QUOTED_BOTH = 60.0, 3, 2, 4.5, 5
"""One person's quotes in articles at most 3 days apart, of which one writes between quotation
marks words that the other writes too (`quoted_words`: all the excerpt's content words, or all
the other quote's, at least 2 of them and 4.5 of rarity), have a text of at least 60: the
outlet marked those words as the speaker's own. On two samples of 1,500 random archive
articles the text model read 39 to 51 in 6 such pairs, all one statement retold: Reince
Priebus's "This is a suicide mission," against "any effort by conservatives ... would be a
“suicide mission for our country.”", Lindsey Graham's "I'll be glad to pass it tomorrow,"
against "he'd be “glad to pass it tomorrow”". Under 4.5 the words are commonplace: "tell the
truth" (4.0), "2008 campaign" (0.9). Of any speakers, named or not, the words must be marked
in both quotes, `QUOTED_BOTH` content words at least: two outlets quoting one statement in
sentences of their own ("John Kelly, Trump's chief of staff, “thinks Congress should've
gotten its act together a lot longer ago.”" at 51 against "chief of staff John Kelly, who has
been running the West Wing policy process on the issue, “thinks Congress ...”")."""
RUN_STEMS, RUN_SHARE = 5, 0.5
"""Two quotes of one story's days (`QUOTED_DAYS`) that write one run of words alike, holding 5
content words that are no names and half of the shorter quote's content words (`shared_run`),
quote one statement, each outlet cut or framed in its own words: a campaign's "it should be
clear to the American public by now that this is rooted in one thing ..." after "We're not sure
how Iowans are going to feel" in one outlet and after "Trump was still welcome at the debate,
but" in another (the text model read 1 of 100 in their other halves and names), or "hatred,
bigotry, and violence on many sides" inside "this egregious display of ...". A run of names
("Supreme Leader Ayatollah Ali Khamenei", "national security adviser Michael Flynn") is what
two statements speak of, not one statement; their `text` is at least `QUOTED_TEXT`."""
CONTAINED_RATIO, CONTAINED_SHARE = 0.6, 0.8
"""A quote under 0.6 of another's length with 0.8 of its rarity mass (`textmodel.aligned_share`)
found in it is a trimmed copy, which the lenient mix scores; any other two quotes are scored by
the text model alone. On MRPC's tune half the lenient mix for every pair under 0.9 of each
other's length cost 0.03 of AUC."""
CONTAINED_PARTIAL = 60.0
"""A trimmed copy is found in one place of the longer quote: under this `partial_ratio` its
words are spread over the longer one, each from another sentence ("moderator Megyn Kelly
wouldn't treat him fairly" against a network's 1,000-character statement naming "a debate
moderator" and "Megyn Kelly" apart, linked at 57.89 on 700 random archive articles), and the
text model alone reads the pair. Of PolNeAR's labelled pairs so read, none is one statement."""
PARTIAL_MAX_CHARS = 600
"""Above this length of the shorter text, `partial_ratio` (whose cost is the product of the two
lengths) is replaced by `ratio`: two texts that long are whole passages, not a quote trimmed
from another, and two 10 KB texts then score in milliseconds instead of seconds."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """An item with everything scoring needs computed once."""

    item: LinkItem
    norm: str
    stems: tuple[str, ...]
    """The distinct content stems, sorted: a tuple takes a fifth of a frozenset's memory."""
    numbers: frozenset[float]
    speaker: frozenset[str]
    confident: frozenset[str]
    """The speaker's name words when it is confidently named (`relations.confident_speaker`)."""
    names: frozenset[str]
    """Stems of the words capitalised inside a sentence (quotes only; see `segments`)."""
    clauses: bool
    """Whether the text is cut in two or more clauses, so that it may have segments (quotes)."""
    side: textmodel.Side | None
    """What the text model reads of a quote (`textmodel.side`); None for a claim."""
    excerpts: tuple[tuple[str, ...], ...] = ()
    """The words a quote writes between quotation marks (`fragments.quoted_excerpts`)."""
    organisation: bool = False
    """Whether the speaker is a body (`relations.organisation`: "Trump administration")."""


def prepare(item: LinkItem) -> Prepared:
    """Normalise ITEM once so that scoring it against many others stays cheap (a web page's
    sign-up form, `normalize.page_chrome`, as a text with no word, which links to nothing; a
    site's caption labels left out, `normalize.without_captions`)."""
    text = nz.without_captions(item.text)
    if text != item.text:
        item = replace(item, text=text)
    normalized = nz.normalize_text(item.text)
    norm = "" if nz.page_chrome(item.text) else normalized
    stems = nz.content_stems(norm)
    quote = item.kind is LinkKind.QUOTE
    numbers = nz.numbers_in(norm)
    names = name_stems(item.text) if quote else nz.EMPTY
    side = textmodel.side(norm, stems, numbers, names) if quote else None
    return Prepared(
        item=item,
        norm=norm,
        stems=side.stems if side is not None else tuple(sorted(set(stems))),
        numbers=numbers,
        speaker=nz.speaker_key(item.speaker),
        confident=_confident(item, normalized) if quote else nz.EMPTY,
        names=names,
        clauses=quote and has_clauses(item.text),
        side=side,
        excerpts=quoted_excerpts(item.text) if quote else (),
        organisation=organisation(item.speaker),
    )


def model_side(p: Prepared) -> textmodel.Side:
    """What the text model reads of P (computed here for a claim, which `prepare` leaves out)."""
    if p.side is not None:
        return p.side
    return textmodel.side(p.norm, nz.content_stems(p.norm), p.numbers, p.names)


def speakers_agree(a: Prepared, b: Prepared, *, confident: bool = False) -> bool | None:
    """Whether two items' speakers agree (`normalize.speakers_agree` of their name words, or of
    their confidently named speakers' when CONFIDENT); None when one is a body and the other a
    person: "Trump administration", "the White House" or "Trump campaign" shares a name word
    with Trump but is not Trump, so it lends his quotes no evidence of one speaker (on archive
    samples such pairs were two statements of one story)."""
    if confident:
        agree = nz.speakers_agree(a.confident, b.confident)
    else:
        agree = nz.speakers_agree(a.speaker, b.speaker)
    if agree and a.organisation != b.organisation:
        return None
    return agree


def _relation_speakers(a: Prepared, b: Prepared, text: float, gap: int | None) -> bool | None:
    """Whether the confidently named speakers agree, for the relation: None when either quote
    names the other's speaker, or when the articles are not known to be of one story's days
    (GAP over `DATE_CLOSE_DAYS`, or unknown), which matters only for a conflict (TEXT at
    `CONFLICT_TEXT`).

    One statement given to two people is an attribution conflict only within a story's days:
    in other weeks, or at unknown dates, the same words of two people are a phrase of the news
    ("victim of a political witch hunt", Trump's and Netanyahu's) or one quoting the other
    (Comey repeating Trump's "see your way clear to letting this go"). On 4,000 random archive
    articles all 9 proposed quote conflicts were wrong; 7 of them were at unknown dates and one
    503 days apart."""
    agree = speakers_agree(a, b, confident=True)
    if agree is False and (
        weakly_attributed(a.item) or weakly_attributed(b.item) or misspelt(a.confident, b.confident)
    ):
        return None
    if agree is False and (body(a.item.speaker) or body(b.item.speaker)):
        return None  # a body speaks through a person: "Trump campaign" and its spokesman
    other_days = gap is None or gap > DATE_CLOSE_DAYS
    if agree is False and text >= CONFLICT_TEXT and (other_days or names_the_other(a, b)):
        return None
    return agree


def weakly_attributed(item: LinkItem) -> bool:
    """Whether a quote's speaker is not named where it is quoted (`CONFIDENT_ATTRIBUTION`): a
    pronoun's referent, a carried quotation, the article's subject or the last name seen,
    which sets no speaker against another."""
    return item.confidence is not None and item.confidence < CONFIDENT_ATTRIBUTION


def misspelt(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two speakers' name words hold one name spelt two ways (`MISSPELT`): "Reince
    Priebus" and "Preibus" are one person, no attribution conflict."""
    return any(
        min(len(x), len(y)) >= MISSPELT_LENGTH and fuzz.ratio(x, y) >= MISSPELT
        for x in a
        for y in b
    )


def names_the_other(a: Prepared, b: Prepared) -> bool:
    """Whether either quote names the other's confidently named speaker (the last word of the
    name): it reports that person's words ("she was relying on Comey's statement to Congress:
    'We have no basis to conclude she lied to the FBI'", attributed to the outlet that wrote
    it), so their two speakers are no conflict."""
    return _names_speaker(a, b.item) or _names_speaker(b, a.item)


def _names_speaker(quote: Prepared, other: LinkItem) -> bool:
    name = confident_speaker(other.speaker)
    if not name:
        return False
    last = nz.tokens(nz.normalize_text(name))[-1:]
    if not last or last[0] not in quote.norm:
        return False  # a substring test first: most quotes do not hold the name at all
    words = nz.tokens(quote.norm)
    return last[0] in words or f"{last[0]}'s" in words


def _confident(item: LinkItem, normalized: str) -> frozenset[str]:
    """The name words of a quote's confidently named speaker, or none (NORMALIZED: its text
    normalised, `normalize.normalize_text`).

    A quote that names its own speaker ("Go get 'em, Roy!" attributed to Roy Moore) was most
    likely said to that person, not by them: its attribution is not confident.
    """
    key = nz.speaker_key(confident_speaker(item.speaker))
    if key and not key.isdisjoint(nz.tokens(normalized)):
        return nz.EMPTY
    return key


def text_scores(
    a: Prepared | Segment, b: Prepared | Segment, known: Known = NO_SCORES
) -> dict[str, float]:
    """The four RapidFuzz scorer values of a pair, before the short-text correction; those in
    KNOWN (`Known`) are taken from it, not computed again."""
    if not a.norm or not b.norm:
        # A text with no word says nothing, so it matches nothing, not even another empty one.
        return dict.fromkeys(SCORERS, 0.0)
    if a.norm == b.norm:
        return dict.fromkeys(SCORERS, 100.0)
    return {
        "ratio": _score(known, "ratio", a.norm, b.norm),
        "partial_ratio": _score(known, "partial_ratio", a.norm, b.norm),
        "token_set_ratio": _score(known, "token_set_ratio", a.norm, b.norm),
        "content_overlap": word_overlap(a.stems, b.stems),
        "token_sort_ratio": _score(known, "token_sort_ratio", a.norm, b.norm),
    }


def _score(known: Known, name: str, a: str, b: str) -> float:
    """The scorer NAME of texts A and B: from KNOWN when there, else computed."""
    value = known.get(name)
    if value is not None:
        return value
    return partial_ratio(a, b) if name == "partial_ratio" else float(_SCORER[name](a, b))


_SCORER = {
    "ratio": fuzz.ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
}


def partial_ratio(a: str, b: str, score_cutoff: float = 0.0) -> float:
    """RapidFuzz's `partial_ratio`, or `ratio` when both texts exceed `PARTIAL_MAX_CHARS`."""
    if min(len(a), len(b)) > PARTIAL_MAX_CHARS:
        return fuzz.ratio(a, b, score_cutoff=score_cutoff)
    return fuzz.partial_ratio(a, b, score_cutoff=score_cutoff)


def local_match(a: Prepared, b: Prepared) -> tuple[float, str, str] | None:
    """The best text score of a segment of one quote against a segment or the whole of the other.

    Only quotes sharing `LOCAL_SHARED` content words that are not names are searched, and
    only segments holding that many of those words. Returns the score and the two pieces,
    or None.
    """
    shared = _local_words(a, b)
    if shared is None or other_figures(a, b):
        return None  # other figures: "25 percent tariffs on $16 billion" is no "$200 billion"
    whole_a = Segment(a.item.text, a.norm, frozenset(a.stems))
    whole_b = Segment(b.item.text, b.norm, frozenset(b.stems))
    same = bool(speakers_agree(a, b))
    sides_a = [whole_a, *(s for s in segments(a.item.text) if _holds(s, shared))]
    sides_b = [whole_b, *(s for s in segments(b.item.text) if _holds(s, shared))]
    best: tuple[float, str, str] | None = None
    for sa in sides_a:
        for sb in sides_b:
            if (sa is whole_a and sb is whole_b) or not _holds(sa, shared & sb.stems):
                continue
            if _denies(sa, sb, whole_a, whole_b):
                continue  # a clause and its denial ("no claims of executive privilege")
            if figure_apart(sa, sb, a, b):
                continue  # "expel more than 100 ... officers" is no "largest ... expulsion"
            words = min(len(sa.stems), len(sb.stems))
            short = min(1.0, words / SHORT_WORDS)
            value = combine_text(text_scores(sa, sb), short, lenience(sa, sb))
            if words < CLAUSE_WORDS and (value < LOCAL_EXACT or not same):
                continue  # a set phrase ("quid pro quo"), not a statement
            if best is None or value > best[0]:
                best = (value, sa.text, sb.text)
    return best


def _denies(sa: Segment, sb: Segment, whole_a: Segment, whole_b: Segment) -> bool:
    """Whether one of two pieces is negated and the other not; a whole text of several
    sentences is not read so, its negation may be in another sentence ("The government shutdown
    is still on the table. We do not want it to come to that")."""
    if any(s is w and several_sentences(s.text) for s, w in ((sa, whole_a), (sb, whole_b))):
        return False
    return negated(sa.norm) != negated(sb.norm)


def figure_apart(sa: Segment, sb: Segment, a: Prepared, b: Prepared) -> bool:
    """Whether one of two matched pieces of quotes A and B writes a figure in digits, neither
    piece writes one the other's whole quote writes too (in digits or words), and the two
    pieces are not near-verbatim (`VERBATIM`): a count stated in one and missing from the
    other is two statements on one subject (Theresa May's "expel more than 100 Russian
    intelligence officers" and her "the largest collective expulsion of Russian intelligence
    officers in history", one day). A piece telling an amount in words ("nearly half of all
    Americans are dependent on government" of Mitt Romney's "the 47 percent") is not set
    apart; nor a trimmed quote keeping its figure, nor the same words with the figure left
    out ("we will cut taxes for working families" of "... by 10 percent")."""
    # Only a piece's figures its whole quote writes count: a piece cut at a thousands comma
    # ("000 payment to porn star Stormy Daniels" of "$130,000") writes no figure of its own.
    stated_a, stated_b = _counts(sa.text) & a.numbers, _counts(sb.text) & b.numbers
    if not (stated_a or stated_b) or stated_a & figures(b) or stated_b & figures(a):
        return False  # no figure, or one they share ("$200 billion" of one round of tariffs)
    if any(
        not stated and _amount_in_words(s.norm) for stated, s in ((stated_a, sa), (stated_b, sb))
    ):
        return False  # "nearly half of all Americans" tells "the 47 percent" in words
    return not fuzz.token_set_ratio(sa.norm, sb.norm, score_cutoff=VERBATIM)


@lru_cache(maxsize=65536)
def _counts(text: str) -> frozenset[float]:
    """The figures TEXT writes in digits outside dates, times, ids and the like (the claims'
    `BLOCK_PATTERNS`): "the Dec. 12 election" counts nothing."""
    for pattern in BLOCK_PATTERNS.values():
        text = pattern.sub(" ", text)
    return nz.numbers_in(nz.normalize_text(text))


def _amount_in_words(norm: str) -> bool:
    """Whether a normalised text writes a number word ("half", "dozens", "two")."""
    return not NUMBER_WORD_FIRSTS.isdisjoint(nz.tokens(norm))


def figures(p: Prepared) -> frozenset[float]:
    """The figures a quote writes, in digits or as a number word ("one percentage point")."""
    words = (SMALL_NUMBERS.get(word) for word in nz.tokens(p.norm))
    return p.numbers | {float(value) for value in words if value is not None}


def other_figures(a: Prepared, b: Prepared) -> bool:
    """Whether two quotes both write figures in digits and share none: two statements of other
    amounts, which a clause they share does not make one ("he'd place 25 percent tariffs on
    $16 billion of Chinese goods" against an analyst's "The new $200 billion of U.S. tariffs
    on Chinese goods", three days apart). One shared figure keeps them together ("3.3
    million" claims "more than four times the previous record set in 1982" and "in more than
    50 years of data"), a number word too ("one percentage point higher" and "1 percentage
    point higher"); number words alone set nothing apart, "one" being often no figure ("We
    cannot accept this violence one day more" against "[MS-13 has] transformed ...")."""
    if not a.numbers or not b.numbers or not a.numbers.isdisjoint(b.numbers):
        return False
    return figures(a).isdisjoint(figures(b))


@lru_cache(maxsize=65536)
def negated(norm: str) -> bool:
    """Whether a normalised text writes a negation (`textmodel.NEGATIONS`, or "n't")."""
    words = nz.tokens(norm)
    return not textmodel.NEGATIONS.isdisjoint(words) or any(w.endswith("n't") for w in words)


def _holds(segment: Segment, words: frozenset[str]) -> bool:
    return len(segment.stems & words) >= LOCAL_SHARED


def _local_words(a: Prepared, b: Prepared) -> frozenset[str] | None:
    """The shared non-name words of two quotes when `local_match` searches them, else None."""
    if a.item.kind is not LinkKind.QUOTE or not (a.clauses or b.clauses):
        return None
    if not attributed(a, b):
        return None
    gap = date_gap(a.item, b.item)
    if gap is not None and gap > DATE_LATER_DAYS:
        return None  # a clause said again months later is a phrase, not one statement
    both = frozenset(a.stems).intersection(b.stems)
    if len(both) < LOCAL_SHARED:
        return None
    same = speakers_agree(a, b) and same_person(a.item.speaker, b.item.speaker)
    if not same and gap is not None and gap > DATE_CLOSE_DAYS:
        return None  # two people's clauses weeks apart: one topic, not one statement
    if gap is None and other_voices(a.item, b.item, a.confident, b.confident, apart=False):
        return None  # two named people's clauses, one article dated and the other not
    # One person repeats his own names ("our great Republican Agenda") in one story's month;
    # at an unknown date the names he shares are his recurring subjects ("Cohen's $130,000
    # payment to porn star Stormy Daniels" against "repaying his former lawyer Michael Cohen
    # for the $130,000 paid to ... Stormy Daniels"), no one statement.
    shared = both if same and gap is not None else both - a.names - b.names
    shared = frozenset(w for w in shared if len(w) > 1)  # an initial ("H.W.") is no word
    others = nz.speakers_agree(a.confident, b.confident) is False
    if others:
        # Two people naming one person by one title ("former campaign chairman, Paul
        # Manafort") mention that person; the title is no statement of theirs.
        shared -= title_stems(a.item.text) & title_stems(b.item.text)
    # Nor is the phrase two people write around a name they share ("the investigation into
    # former Secretary of State Hillary Clinton's private email server" of Trump's reasons for
    # firing Comey and of Peter Strzok's suit): it names what they speak of. One person's title
    # before a name ("special counsel Robert Mueller" in two of Trump's statements four days
    # apart) is his name for someone, no statement.
    designate = titled_name_stems if same else designation_stems
    shared -= designate(a.norm, b.norm, a.names & b.names, _TITLES)
    if len(shared) < LOCAL_SHARED or not (segments(a.item.text) or segments(b.item.text)):
        return None
    if (
        others
        and a.numbers.isdisjoint(b.numbers)
        and nz.capitalised(a.item.text).isdisjoint(nz.capitalised(b.item.text))
    ):
        return None  # two named people's clauses on one topic: nothing named or counted in both
    return shared


def word_overlap(a: Collection[str], b: Collection[str]) -> float:
    """The mean of containment and Dice of two sets of distinct words, 0-100 (100 for two empty)."""
    if not a or not b:
        return 0.0 if a or b else 100.0
    shared = len((a if isinstance(a, frozenset | set) else set(a)).intersection(b))
    return 50.0 * (shared / min(len(a), len(b)) + 2 * shared / (len(a) + len(b)))


def combine_text(
    scores: dict[str, float],
    short_factor: float,
    lenience: float = 1.0,
    strict: float | None = None,
) -> float:
    """The text similarity: the lenient mix (its scorers pulled towards `ratio` for short texts)
    and the strict score, weighted by LENIENCE (see `lenience`). STRICT is the text model's
    (`textmodel.probability` times 100) for two whole texts; for segments, the `STRICT_WEIGHTS`
    mix of scorers."""
    base = scores["ratio"]
    lenient = 0.0
    for name, share in WEIGHTS.items():
        value = scores[name]
        if name != "ratio" and value > base:
            value = base + short_factor * (value - base)
        lenient += share * value
    if lenience >= 1.0:
        return lenient
    if strict is None:
        strict = sum(share * scores[name] for name, share in STRICT_WEIGHTS.items())
    return lenience * lenient + (1.0 - lenience) * strict


def whole_text(a: Prepared, b: Prepared, scores: dict[str, float]) -> float:
    """The text similarity of two whole texts with SCORES (`text_scores`).

    For two quotes, the text model's probability times 100 (`textmodel.probability`), or the
    lenient mix when higher and the shorter quote lies wholly inside the longer (`contained`):
    a trimmed quote, unless of `other_people`. Two `attributed` quotes naming `NAMES_SHARED` of
    the same people, places or bodies keep the scorers' mix (by `lenience`) when higher: the
    model, fitted on sentences of one event, reads names other than the shared ones as a
    different event, where outlets name a story's parties in their own words. For claims,
    whose sentences state one figure in other words, the lenient and `STRICT_WEIGHTS` mixes
    weighted by `lenience`.
    """
    short = min(1.0, min(len(a.stems), len(b.stems)) / SHORT_WORDS)
    if a.side is None or b.side is None:
        return combine_text(scores, short, lenience(a, b))
    text = 100.0 * _probability(a.side, b.side, scores)
    if attributed(a, b) and names_alike(a, b):
        text = max(text, combine_text(scores, short, lenience(a, b)))
    if contained(a, b) and scores["partial_ratio"] >= CONTAINED_PARTIAL and not other_people(a, b):
        text = max(text, combine_text(scores, short, 1.0))
    return text


def other_people(a: Prepared, b: Prepared) -> bool:
    """Whether two quotes are of confidently named, different people, the longer not naming
    the shorter's speaker (which reports his words: "she was relying on Comey's statement to
    Congress: 'We have no basis ...'").

    A trimmed copy (`contained`) is of one person's words: the part of another person's words
    that a shorter quote repeats is a phrase of the story ("special counsel Robert Mueller" in
    "Robert Mueller is still special counsel", a White House aide's, and in three senators'
    statements; "separating families at the border", Kirstjen Nielsen's, in Microsoft's chief
    executive's). On 1,000 archive articles of shared days and topics, reading such pairs by
    the text model alone dropped 16 links, 11 of them wrong and 3 loose.
    """
    if nz.speakers_agree(a.confident, b.confident) is not False:
        return False
    short, long = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    return not _names_speaker(long, short.item)


def names_alike(a: Prepared, b: Prepared) -> bool:
    """Whether two quotes share `NAMES_SHARED` name words, and, when confidently named,
    different people say them, that many names, each a run of capitalised words
    (`shared_names`).

    Two people naming the same two people is common: Bernie Sanders's "We have got to elect
    Hillary Clinton and Tim Kaine" and a rival's "Hillary Clinton would select an ethically
    challenged insider like Tim Kaine" share four name words and two names (on 450 archive
    articles of shared days and topics, linked at 57). Three parties of one story ("the United
    States, Japan and South Korea") named by two leaders, or one source's "Attorney General Eric
    Holder" and "Fox News" retold, still count.

    Title words opening a name (`titles_before_names`) are no name words: "Deputy Attorney
    General Rod Rosenstein" in two quotes, one of them weakly attributed, is one person's name
    and two name words, not five; so is Obama's "Speaker Boehner" against his "Speaker John
    Boehner" (on 1,000 random archive articles, the one names term it took made the one link
    of two of his shutdown remarks, loose).
    """
    shared = a.names & b.names
    if len(shared) < NAMES_SHARED:
        return False
    titles = titles_before_names(a.item.text) | titles_before_names(b.item.text)
    if len(shared - titles) < NAMES_SHARED:
        return False  # "Deputy Attorney General Rod Rosenstein" names one person, not five
    if nz.speakers_agree(a.confident, b.confident) is not False:
        return shared_names(a, b) >= NAMES_DISTINCT  # "the Affordable Care Act" is one name
    return shared_names(a, b) >= NAMES_SHARED


_TITLES = frozenset(nz.stem(w.rstrip(".")) for w in TITLE_WORDS if "." not in w.rstrip("."))
_CAPITAL_RUN_RE = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*")


@lru_cache(maxsize=65536)
def titles_before_names(text: str) -> frozenset[str]:
    """The stems of the capitalised title words (`TITLE_WORDS`) that open a run of capitalised
    words going on to a name: "Deputy Attorney General" of "Deputy Attorney General Rod
    Rosenstein". A run of titles alone ("Homeland Security", "Senate Republicans") is a body's
    name and keeps its words."""
    found: set[str] = set()
    for run in _CAPITAL_RUN_RE.finditer(text):
        stems = [nz.stem(w.rstrip(".").lower()) for w in run[0].split()]
        lead = 0
        while lead < len(stems) and stems[lead] in _TITLES:
            lead += 1
        if 0 < lead < len(stems):
            found.update(stems[:lead])
    return frozenset(found)


def shared_names(a: Prepared, b: Prepared) -> int:
    """How many names two quotes share: distinct runs of capitalised words (`segments.name_runs`:
    "the White House" is one, however often written) holding a shared name word, the more of
    either side's count."""
    shared = a.names & b.names
    if len(shared) < NAMES_SHARED:
        return len(shared)  # at most that many names, and the count says no more than that
    counts = (len({run & shared for run in name_runs(p.item.text)} - {nz.EMPTY}) for p in (a, b))
    return max(counts)


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two speakers' names end in one word: "Donald J. Trump" and "Trump", not "John
    Boehner" and "John Kerry"."""
    last_a, last_b = (nz.tokens(nz.normalize_text(n or ""))[-1:] for n in (a, b))
    return bool(last_a) and last_a == last_b


def attributed(a: Prepared, b: Prepared) -> bool:
    """Whether both items have a known speaker: two reported statements, not free text."""
    return bool(a.speaker and b.speaker)


def contained(a: Prepared, b: Prepared) -> bool:
    """Whether the shorter of two quotes is a trimmed copy of the longer: under
    `CONTAINED_RATIO` of its length, with `CONTAINED_SHARE` of its rarity mass and every
    figure of it found in it. A figure the longer lacks is another statement's: "In July 32
    Singaporean police officers were sent to Baghdad ..." holds no "July 10", and "at $20,000
    per average course of treatment - 16 to 17 weeks" no "16" (on MRPC's tune half, 3 of the
    4 pairs this turns back to the text model are not paraphrases)."""
    if a.side is None or b.side is None or length_ratio(a, b) >= CONTAINED_RATIO:
        return False
    short, long = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    assert short.side is not None and long.side is not None
    if not short.numbers <= long.numbers:
        return False
    return textmodel.aligned_share(short.side, long.side) >= CONTAINED_SHARE


_LAST: list[tuple[textmodel.Side, textmodel.Side, float]] = []


def _probability(a: textmodel.Side, b: textmodel.Side, scores: dict[str, float]) -> float:
    """`textmodel.probability`, remembered for the last pair: `could_link` and `score_prepared`
    ask it in turn of one pair."""
    last = _LAST[-1] if _LAST else None  # one read, so that a thread sees one whole entry
    if last is not None and last[0] is a and last[1] is b:
        return last[2]
    value = textmodel.probability(a, b, scores)
    _LAST[:] = [(a, b, value)]
    return value


def quoted_in(a: Prepared, b: Prepared) -> bool:
    """Whether the shorter normalised text is written word for word inside the longer."""
    short, long = sorted((a.norm, b.norm), key=len)
    return bool(short) and f" {short} " in f" {long} "


def same_words(a: Prepared, b: Prepared) -> bool:
    """Whether one text's words are all, or nearly all, the other's: RapidFuzz
    `token_set_ratio` of `VERBATIM` or more ("What difference - at this point, what difference
    does it make?" and "him, 'What difference at this point does it make?'")."""
    return bool(fuzz.token_set_ratio(a.norm, b.norm, score_cutoff=VERBATIM))


def lenience(a: Prepared | Segment, b: Prepared | Segment) -> float:
    """How much the lenient mix counts, 0-1: fully when one text is under `LENGTH_RAMP[0]` of
    the other's length (a trimmed quote inside a longer one), not at all above `LENGTH_RAMP[1]`
    (two tellings of one sentence, where containment says little and wording says more)."""
    low, high = LENGTH_RAMP
    return min(1.0, max(0.0, (high - length_ratio(a, b)) / (high - low)))


def length_ratio(a: Prepared | Segment, b: Prepared | Segment) -> float:
    """The shorter normalised text's length over the longer's (1 for two empty texts)."""
    short, long = sorted((len(a.norm), len(b.norm)))
    return short / long if long else 1.0


def text_upper_bound(threshold: float) -> float:
    """The least value one scorer must reach for a pair to possibly score THRESHOLD."""
    return threshold - MAX_BONUS


def could_link(
    a: Prepared,
    b: Prepared,
    threshold: float = DEFAULT_THRESHOLD,
    known: Known = NO_SCORES,
    *,
    bound: bool = True,
) -> bool:
    """Whether the pair can reach THRESHOLD: never False when `score_prepared(...).link` holds.

    KNOWN holds the pair's scorer values computed before (`Known`, `screening`): each scorer
    runs here only when not in it. BOUND false skips the quotes' bound below and goes to their
    text in full, for the same answer: for pairs `screening` kept, the bound (about a third of
    this function's time) hardly ever rejects one.

    The terms are taken at their best (`terms_bound`). For two quotes, whose text is the text
    model's, the model's probability is bounded first without its costly spelling matches
    (`textmodel.most_probability`), the lenient mix counting too where it may (`whole_text`),
    and the text is computed in full only when that bound may pass. For claims every scorer
    but `partial_ratio` is computed, which tells the least `partial_ratio` a link needs (none
    when the strict mix alone counts); RapidFuzz then stops early below that cutoff.
    """
    if not a.norm or not b.norm:
        return False  # a text with no word links to nothing
    if threshold <= 0:
        return True  # every score, clipped at 0, reaches it
    if a.norm == b.norm:
        return True  # rare, and scored in full
    if may_match_locally(a, b) or quoted_words(a, b) is not None:
        return True  # a segment pair or an excerpt may match where the whole texts do not
    if (b.norm, b.item.id) < (a.norm, a.item.id):
        a, b = b, a
    terms = terms_bound(a, b)
    mix = lenience(a, b)
    quotes = a.side is not None and b.side is not None
    scores = {
        "ratio": _score(known, "ratio", a.norm, b.norm),
        "partial_ratio": 0.0,
        "token_set_ratio": _score(known, "token_set_ratio", a.norm, b.norm),
        "content_overlap": word_overlap(a.stems, b.stems),
        "token_sort_ratio": (
            _score(known, "token_sort_ratio", a.norm, b.norm) if quotes or mix < 1 else 0.0
        ),
    }
    short = min(1.0, min(len(a.stems), len(b.stems)) / SHORT_WORDS)
    if a.side is not None and b.side is not None:
        # The text model reads partial_ratio: bound the text without its spelling matches,
        # then compute it in full only for a pair that may pass.
        scores["partial_ratio"] = _score(known, "partial_ratio", a.norm, b.norm)
        if bound and _quote_bound(a, b, scores, short, mix) + terms < threshold - 0.01:
            return False
        return whole_text(a, b, scores) + terms >= threshold - 0.01
    rest = threshold - 0.01 - terms - combine_text(scores, short, mix)
    if mix == 0.0:
        return rest <= 0  # the strict mix alone, which partial_ratio is not part of
    needed = rest / (mix * WEIGHTS["partial_ratio"])
    ratio = scores["ratio"]
    if needed > ratio:
        # Above `ratio`, partial_ratio counts only by `short` times its excess.
        if short == 0:
            return False
        needed = ratio + (needed - ratio) / short
    if needed <= 0:
        return True
    if needed > 100:
        return False
    partial = known.get("partial_ratio")
    if partial is not None:
        return partial >= needed  # RapidFuzz's cutoff keeps a score at least NEEDED
    return partial_ratio(a.norm, b.norm, score_cutoff=needed) > 0


def _quote_bound(
    a: Prepared, b: Prepared, scores: dict[str, float], short: float, mix: float
) -> float:
    """An upper bound of `whole_text` of two quotes with SCORES, its spelling matches at best."""
    assert a.side is not None and b.side is not None
    most = 100.0 * textmodel.most_probability(a.side, b.side, scores)
    if attributed(a, b) and len(a.names & b.names) >= NAMES_SHARED:
        most = max(most, combine_text(scores, short, mix))
    if length_ratio(a, b) < CONTAINED_RATIO:
        most = max(most, combine_text(scores, short, 1.0))  # `contained` may hold
    return most


def terms_bound(a: Prepared, b: Prepared) -> float:
    """The most the evidence terms can add to the pair's `text`: each ramped term at its top."""
    speaker = nz.speakers_agree(a.speaker, b.speaker)
    quote = a.item.kind is LinkKind.QUOTE
    terms = (SPEAKER_AGREE if speaker else 0.0) + _numbers_term(_numbers(a, b)[0], quote)
    terms += _date_term(date_gap(a.item, b.item))
    if a.item.kind is LinkKind.CLAIM and same_unit(a.item.unit, b.item.unit):
        terms += CLAIM_MATCH  # `agreement.agrees` or `contradicts` may hold
        if story_figure(a.item, b.item):
            terms += STORY_COUNT - CLAIM_MATCH  # `one_count` may hold
    return terms + (NAMES_AGREE if len(a.names & b.names) >= NAMES_SHARED else 0.0)


def quoted_words(a: Prepared, b: Prepared) -> str | None:
    """The words one quote writes between quotation marks and the other quote writes too, when
    they make one statement retold within a story's days (`QUOTED_TEXT`), else None.

    The shared run of words must be all the content words of the excerpt or all those of the
    other quote, `QUOTED_STEMS` of them at least, of `QUOTED_RARE` rarity (names counting
    half), in articles at most `QUOTED_DAYS` apart, of speakers whose names end in one word;
    of any speakers when both quotes mark the run (`QUOTED_BOTH`)."""
    if a.side is None or b.side is None:
        return None
    gap = date_gap(a.item, b.item)
    if gap is None or gap > QUOTED_DAYS:
        return None
    names = a.names | b.names
    if not (a.excerpts or b.excerpts):
        return shared_run(a, b, names)
    if same_person(a.item.speaker, b.item.speaker):
        for quoting, other in ((a, b), (b, a)):
            words = tuple(nz.tokens(other.norm))
            for excerpt in quoting.excerpts:
                run = _excerpt_run(excerpt, words, frozenset(other.stems), QUOTED_STEMS, names)
                if run is not None:
                    return run
    for excerpt in a.excerpts:
        for marked in b.excerpts:
            run = _excerpt_run(excerpt, marked, _stems_of(" ".join(marked)), QUOTED_BOTH, names)
            if run is not None:
                return run
    return shared_run(a, b, names)


def shared_run(a: Prepared, b: Prepared, names: frozenset[str]) -> str | None:
    """The longest run of words two quotes write alike, when it holds `RUN_STEMS` content stems
    outside NAMES and `RUN_SHARE` of the shorter quote's content stems (see `RUN_STEMS`); the
    caller reads the days between them."""
    both = wording(frozenset(a.stems).intersection(b.stems) - names)
    fewest = min(len(a.stems), len(b.stems))
    if len(both) < RUN_STEMS or len(both) < RUN_SHARE * fewest:
        return None  # most pairs: not enough shared, whatever their order
    run = " ".join(longest_run(tuple(nz.tokens(a.norm)), tuple(nz.tokens(b.norm))))
    stems = _stems_of(run)
    if len(wording(stems - names)) < RUN_STEMS or len(stems) < RUN_SHARE * fewest:
        return None
    return run


def _excerpt_run(
    excerpt: tuple[str, ...],
    words: tuple[str, ...],
    whole: frozenset[str],
    least: int,
    names: frozenset[str],
) -> str | None:
    """The longest run of EXCERPT in WORDS when it holds LEAST content stems, `QUOTED_RARE` of
    rarity (NAMES counting half), and all of the excerpt's stems or all of WHOLE."""
    run = " ".join(longest_run(excerpt, words))
    stems = _stems_of(run)
    if len(stems) < least or not (stems >= _stems_of(" ".join(excerpt)) or stems >= whole):
        return None
    named = stems & names
    return run if weight(stems - named) + 0.5 * weight(named) >= QUOTED_RARE else None


def may_match_locally(a: Prepared, b: Prepared) -> bool:
    """Whether `local_match` searches the pair: quotes with segments sharing non-name words."""
    return _local_words(a, b) is not None


def score_prepared(
    a: Prepared, b: Prepared, threshold: float = DEFAULT_THRESHOLD, known: Known = NO_SCORES
) -> Match:
    """Score two prepared items; see the module docstring for the formula. KNOWN is as
    `could_link`'s."""
    if (b.norm, b.item.id) < (a.norm, a.item.id):
        a, b = b, a  # one order for every pair keeps partial scorers and evidence symmetric
    scores = text_scores(a, b, known)
    short = min(1.0, min(len(a.stems), len(b.stems)) / SHORT_WORDS)
    text = whole_text(a, b, scores)
    local = local_match(a, b)
    clause = local is not None and min(local[0] - LOCAL_DISCOUNT, LOCAL_CAP) > text
    if local is not None and clause:
        text = min(local[0] - LOCAL_DISCOUNT, LOCAL_CAP)
    excerpt = quoted_words(a, b)
    if excerpt is not None:
        text = max(text, QUOTED_TEXT)
    speaker = speakers_agree(a, b)
    numbers, values = _numbers(a, b)
    gap = date_gap(a.item, b.item)
    names = sorted(a.names & b.names)
    named = shared_names(a, b)
    close = gap is None or gap <= DATE_LATER_DAYS
    is_claim = a.item.kind is LinkKind.CLAIM
    shared = frozenset(a.stems).intersection(b.stems)
    if is_claim:
        # The context must be shared, not the quantity: "12 tonnes" twice shares "tonnes".
        shared -= _quantity_stems(a.item) | _quantity_stems(b.item)
    contradiction = is_claim and numbers == "differ" and conflict(a.item, b.item, shared, text=text)
    terms = {
        "speaker": _speaker_term(speaker, text)
        + _others_term(a, b, text, clause, gap)
        + _told_of_term(a, b, text, gap),
        "numbers": _numbers_term(numbers, not is_claim),
        "date": _date_term(gap),
        # The same people, places and bodies confirm one story only within its days: months
        # apart they are the news's recurring actors.
        "names": _names_term(names_alike(a, b), text) if close and attributed(a, b) else 0.0,
        "claim": (
            _claim_term(a, b, shared, numbers, contradiction, text, speaker, gap)
            if is_claim
            else 0.0
        ),
        "rarity": 0.0 if is_claim else _rarity_term(a, b, shared, speaker, named, text, gap),
    }
    words = bool(a.norm and b.norm)  # a text with no word links to nothing
    if is_claim and not (lettered(a.item) and lettered(b.item)):
        words = False  # a sentence that is its figure alone ("20.", "1 Cor.") states nothing
    score = round(min(100.0, max(0.0, text + sum(terms.values()))), 2) if words else 0.0
    relation, reason = decide_relation(
        is_claim=is_claim,
        # Same words make a conflict only when they carry enough rare content: "I'm very proud
        # of the young people here" said by two people is a commonplace, not one statement.
        text=text + terms["rarity"],
        speaker=_relation_speakers(a, b, text + terms["rarity"], gap),
        numbers=numbers,
        contradicts=contradiction,
        ratio=scores["ratio"],
        close=gap is not None and gap <= DATE_CLOSE_DAYS,
    )
    evidence: dict[str, Any] = {
        "scorers": {k: round(v, 2) for k, v in scores.items()},
        "short_factor": round(short, 2),
        "text": round(text, 2),
        "speaker": {None: "unknown", True: "agree", False: "disagree"}[speaker],
        "numbers": numbers,
        "values": values,
        "date_gap_days": gap,
        "rare_shared": round(weight(shared), 2),
        "terms": terms,
        "reason": reason,
    }
    if terms["names"]:
        # As written in side a ("Korea"), for a reader; the stems are what was compared.
        written = name_words(a.item.text)
        evidence["names"] = sorted({written.get(stem, stem) for stem in names})
    if local is not None:
        evidence["local"] = {"text": round(local[0], 2), "a": local[1], "b": local[2]}
    if excerpt is not None:
        evidence["quoted"] = excerpt
    # Nearly the same words with another number, more than a week apart, are one template said
    # on two occasions ("added 200,000 jobs last month" in 2013, "250,000" in 2018), not one
    # statement retold: no link, as within a story's days they are a conflict.
    template = (
        not is_claim
        and numbers == "differ"
        and text >= CONFLICT_TEXT
        and gap is not None
        and gap > DATE_CLOSE_DAYS
    )
    link = words and score >= threshold and not template
    return Match(score=score, link=link, relation=relation, evidence=evidence)


def score_pair(a: LinkItem, b: LinkItem, threshold: float = DEFAULT_THRESHOLD) -> Match:
    """Score two items with the linker's matcher: the one function `link` and `compare` share."""
    return score_prepared(prepare(a), prepare(b), threshold)


def _numbers(a: Prepared, b: Prepared) -> tuple[str, list[float]]:
    qa, qb = claim_quantity(a.item), claim_quantity(b.item)
    if qa is not None and qb is not None:
        return claim_agreement(qa, qb), sorted([qa.value, qb.value])
    return number_set_agreement(a.numbers, b.numbers), sorted(a.numbers ^ b.numbers)


def _quantity_stems(item: LinkItem) -> frozenset[str]:
    return _stems_of(item.quantity or "")


@lru_cache(maxsize=65536)
def _stems_of(text: str) -> frozenset[str]:
    return frozenset(nz.content_stems(nz.normalize_text(text)))


def _claim_term(
    a: Prepared,
    b: Prepared,
    shared: frozenset[str],
    numbers: str,
    contradiction: bool,
    text: float,
    speaker: bool | None = None,
    gap: int | None = None,
) -> float:
    """`CLAIM_MATCH` for one measured thing stated twice (ramped by the sentences' likeness over
    `CLAIM_RAMP`), all of TEXT for other values that neither contradict each other nor can
    both hold (two figures of one sentence, `other_figure`, two polls, `other_tables`, one
    value in reports of other shares or other lists of figures, `other_reports`, age
    groups' bounds, `agreement.bracket`, and shares of polls, `agreement.polled`, in articles
    over `DATE_LATER_DAYS` apart, among them), `STORY_COUNT` for one count of one story's
    days in other words (`one_count`) or one specific sum or count of them (`one_told`),
    `CLAIM_UNMEASURED` for values that can
    both hold and for one value of things not shown to be one, unless SPEAKER (the two
    speakers agree) or alike sentences of one story's days (GAP, the days between the
    articles). One value told of other happenings (`happenings.other_happenings`: the killed
    and the wounded) or of other places (`elsewhere.other_places`, in articles not known to
    be of one story's days) in sentences short of `CLAIM_RETOLD` is all of TEXT too."""
    if numbers == "differ" and other_figure(a, b):
        return -text  # a copied sentence's two figures, even if they might contradict
    if (wide(a.item) or wide(b.item)) and _range(a.item) != _range(b.item):
        return -text  # "in 2012 to 1.84 million" (2,012 to 1,840,000) holds no figure
    month = gap is not None and gap <= DATE_LATER_DAYS
    if numbers == "agree" and not month and text < CLAIM_RETOLD and described_apart(a.item, b.item):
        return -text  # "two gay marriage cases" are not "two racial gerrymandering cases"
    # Which figure is the claim's own is known from its quantity as written; without it only
    # agreeing values can be told from a template's other figures.
    own = a.item.quantity is not None and b.item.quantity is not None
    if (own or numbers == "agree") and one_template(
        a.item.text, b.item.text, gap, a.item.quantity or "", b.item.quantity or ""
    ):
        return -text  # the "third" and the "fourth" debate's rules, a market report of two days
    if stock_sentence(len(shared), weight(shared), gap):
        return -text  # an outlet's formula months apart ("joined by two guests"), no fact
    story = gap is not None and gap <= DATE_CLOSE_DAYS
    # A plural of a round number ("millions") is no figure for one story's days to share.
    story = story and not (vague(a.item) or vague(b.item))
    if weight(shared) < CLAIM_COMMON and text < CLAIM_RETOLD and not story:
        retold = speaker and (gap is None or gap <= DATE_LATER_DAYS)
        month = gap is not None and gap <= DATE_LATER_DAYS
        if not (retold or (month and _specific_and_measured(a.item, b.item))):
            return -text  # one figure and nothing else in common ("600 people" years apart)
    if other_tables(a, b, story):
        return -text  # figures of two polls, tables or market reports, agreeing or not
    if numbers == "agree" and text < CLAIM_RETOLD and other_reports(a, b):
        return -text  # one value in two reports of other shares or other lists (`reports`)
    if bracket(a.item) or bracket(b.item):
        return -text  # an age group's bound, no fact
    apart = gap > DATE_LATER_DAYS if gap is not None else text < CLAIM_RETOLD
    if apart and (polled(a.item) or polled(b.item)):
        # Shares of polls a month or more apart are other polls' ("plus or minus 3.5 percentage
        # points" of two surveys, "13 percent" approval of Congress three years apart): on
        # 2,400 random archive articles 8 such links were wrong, 2 right (one debate threshold
        # of "2 percent in four polls"), on 1,600 others 4 wrong and none right. So are they at
        # an unknown date, unless one sentence is retold: on 3,000 others, all 4 such links
        # joined two polls (a CNN poll's "51% disapproved" and Gallup's "51 percent
        # disapprove", two Gallup surveys' "44 percent").
        return -text
    if numbers == "agree" and text < CLAIM_RETOLD and figures_apart(a.item, b.item):
        return -text  # "$600 billion in tax revenue" is not "in spending cuts"
    if numbers == "agree" and text < CLAIM_RETOLD and other_happenings(a.item, b.item):
        return -text  # "to kill 17 people" is not "17 others were injured"
    # Within one story's days other places are the story's sides ("23 suspected Russian spies
    # to leave Britain" against "The U.K. had already expelled 23 Russian diplomats").
    days = gap is not None and gap <= DATE_CLOSE_DAYS
    if numbers == "agree" and text < CLAIM_RETOLD and not days and other_places(a.item, b.item):
        return -text  # a "14-day quarantine" in Norway is not Hawaii's
    if numbers == "agree" and gap is not None and one_count(a, b, shared):
        return STORY_COUNT  # one count of one story's days, in other nouns
    if numbers == "agree" and text >= CLAIM_RAMP[0] and one_told(a, b, shared):
        return STORY_COUNT  # one specific sum or count of one story's days
    if numbers == "agree" and gap is not None and gap <= COUNT_DAYS and the_others(a.item, b.item):
        return CLAIM_MATCH  # "the two other victims" and "the other two victims" of one story
    if numbers == "agree" and gap is not None and gap <= COUNT_DAYS and one_age(a.item, b.item):
        return CLAIM_MATCH  # one person's age, told in a sentence of each outlet's own
    if contradiction or (numbers == "agree" and agrees(a.item, b.item, shared)):
        low, high = CLAIM_RAMP
        return CLAIM_MATCH * min(1.0, max(0.0, (text - low) / (high - low)))
    if numbers == "differ":
        # Other values that can both hold ("roughly 1,000 km" and "1,200 km") are no conflict
        # and may be one thing, unless they name other things ("at least 400 donors" and "at
        # least four polls" of one rule, in two outlets' sentences); any others are neither one
        # claim nor a conflict.
        one = agrees(a.item, b.item, shared) and not other_measured(a.item, b.item)
        return CLAIM_UNMEASURED if one else -text
    if numbers != "agree" or speaker:
        return 0.0
    # Alike sentences within one story's days, or one named thing of a specific figure within
    # a month ("About 3,000 workers" on strike and in the walkout; "the 1,237 delegates needed"
    # 16 days apart), are one fact.
    if gap is not None and gap <= DATE_CLOSE_DAYS and text >= CLAIM_ALIKE:
        return 0.0
    if gap is not None and gap <= DATE_LATER_DAYS and _specific_and_measured(a.item, b.item):
        return 0.0
    return CLAIM_UNMEASURED


def _range(item: LinkItem) -> tuple[float | None, float | None]:
    return item.value, item.value_max


def lettered(item: LinkItem) -> bool:
    """Whether a claim's sentence writes `SENTENCE_WORDS` words of letters besides its
    quantity: a sentence of figures and punctuation alone ("20.", a table's cell) or of one
    word more ("1 Cor.", a verse cited) says nothing of what it measures, so it links to
    nothing (on 1,000 random archive articles, "20." and "20" of two tables were linked at 85;
    on 700 others, "1 Cor." and "(1 Cor." at 75)."""
    return _sentence_words(item.text, item.quantity) >= SENTENCE_WORDS


@lru_cache(maxsize=65536)
def _sentence_words(sentence: str, quantity: str | None) -> int:
    if quantity:
        sentence = sentence.replace(quantity, " ", 1)
    return sum(1 for word in _LETTERS_RE.findall(sentence) if len(word) > 1)


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _specific_and_measured(a: LinkItem, b: LinkItem) -> bool:
    if vague(a) or vague(b):
        return False  # "millions of Americans" states no figure, however large
    value = abs(a.value) if a.value is not None else 0.0
    return value >= SPECIFIC_VALUE and same_measured(a, b)


def story_figure(a: LinkItem, b: LinkItem) -> bool:
    """Whether two claims count one specific figure (`count_figure`) in articles at most
    `COUNT_DAYS` apart: what `one_count` needs before it reads their words."""
    value = count_figure(a)
    if value is None or value != count_figure(b) or a.value_max != b.value_max:
        return False
    gap = date_gap(a, b)
    return gap is not None and gap <= COUNT_DAYS


def count_figure(item: LinkItem) -> float | None:
    """A claim's value when it counts a specific number of things (`COUNT_UNIT`, at least
    `SPECIFIC_VALUE`), else None."""
    value = item.value
    if item.unit != COUNT_UNIT or value is None or not math.isfinite(value):
        return None
    return value if abs(value) >= SPECIFIC_VALUE else None


def one_count(a: Prepared, b: Prepared, shared: frozenset[str]) -> bool:
    """Whether two claims of one story's days (`story_figure`) count one thing in other words:
    the same figure, approached alike ("more than 100"), of counted nouns of one kind
    (`count_kinds`: "officers" and "people", "nations" and "countries"), no qualifier setting
    them apart (`qualifiers.apart`) and no names in the quantities that the other sentence
    lacks ("60 American diplomats" is no count of "60 Russian diplomats"), and SHARED (the
    sentences' shared stems outside both quantities) holding a word of `COUNT_CONTEXT` rarity."""
    x, y = a.item, b.item
    if not story_figure(x, y) or figure_side(x) != figure_side(y) or vague(x) or vague(y):
        return False
    head_x, head_y = counted_head(x), counted_head(y)
    if head_x is None or head_y is None or not kinds_meet(head_x, head_y):
        return False
    if other_owners(x, y) or apart(x, y):
        return False
    if described_alike(x, y, head_x, head_y) or one_event(x, y):
        return True  # "800,000 federal workers" twice, or the expelled "sent home"
    return any(idf(stem) >= COUNT_CONTEXT for stem in shared)


def one_told(a: Prepared, b: Prepared, shared: frozenset[str]) -> bool:
    """Whether two claims of one story's days (`COUNT_DAYS`) state one specific sum or count
    (`agreement.told_figure`: "$101.3 million" raised in July, "$15 billion" lent by Russia) of
    one thing: approached alike, of one basis (`agreement.basis`: "a year"), no qualifier setting
    them apart (`qualifiers.apart`) nor nouns after the figures (`agreement.other_counted`,
    `agreement.other_kind`), and SHARED holding `CLAIM_COMMON` of rare content with a
    word of `COUNT_CONTEXT` rarity. The figure stands for the `AGREE_RARITY` that `agrees`
    asks of other values: "a paltry $2.5 million" raised by Paul and Rubio and Paul, "who raked
    in $6 million and $2.5 million", share only "raise" and his name."""
    x, y = a.item, b.item
    if x.value != y.value or x.value_max != y.value_max or x.unit != y.unit:
        return False
    gap = date_gap(x, y)
    if gap is None or gap > COUNT_DAYS or not (told_figure(x) and told_figure(y)):
        return False
    if figure_side(x) != figure_side(y) or basis(x) != basis(y) or apart(x, y):
        return False
    if bracket(x) or bracket(y) or other_counted(x, y) or other_kind(x, y):
        return False  # "$1.1 trillion in sequester cuts" is not "in ObamaCare subsidies"
    if weight(shared) < CLAIM_COMMON:
        return False
    return any(idf(stem) >= COUNT_CONTEXT for stem in shared)


def one_quoted_count(a: Prepared, b: Prepared) -> bool:
    """Whether two quotes each write one specific count (`quoted_count`: at least
    `SPECIFIC_VALUE`, in digits) of the same figure, approached alike, of counted nouns of one
    kind (`kinds_meet`: "more than 100 spies" and "more than 100 Russian intelligence agents"),
    with no names before the nouns that the other quote lacks (as `other_owners`). Two quotes
    of one story's days telling one such count tell one fact in other words, however common
    the words they share."""
    x, y = quoted_count(a.item.text), quoted_count(b.item.text)
    if x is None or y is None or x[1] != y[1]:
        return False
    if not kinds_meet(x[2], y[2]):
        return False
    side_x = figure_side(replace(a.item, quantity=x[0]))
    if side_x != figure_side(replace(b.item, quantity=y[0])):
        return False
    owners = replace(a.item, quantity=x[0]), replace(b.item, quantity=y[0])
    return not other_owners(*owners)


@lru_cache(maxsize=65536)
def quoted_count(text: str) -> tuple[str, float, str] | None:
    """The one count a quote writes in digits of a noun of `count_kinds` (its phrase from the
    approach words to the noun, its value and the noun's stem), or None when it writes none
    or two or more."""
    kinds, _ = count_kinds()
    found: list[tuple[str, float, str]] = []
    for m in _QUOTED_COUNT_RE.finditer(text):
        value = float(m.group("value").replace(",", ""))
        if value < SPECIFIC_VALUE:
            continue
        words = m.group("words").split()
        heads = [i for i, w in enumerate(words) if nz.stem(w.lower()) in kinds]
        if not heads or any(w.lower() in nz.STOPWORDS for w in words[: heads[0]]):
            continue  # "100 days of officers" counts days
        noun = words[heads[0]]
        phrase = text[m.start() : m.start("words")] + " ".join(words[: heads[0] + 1])
        found.append((phrase, value, nz.stem(noun.lower())))
    return found[0] if len(found) == 1 else None


_QUOTED_COUNT_RE = re.compile(
    r"(?:\b(?:(?:just\s+|well\s+)?(?:more|fewer|less)\s+than|over|nearly|almost|about|at\s+least)"
    r"\s+)?(?<![\d.,$])(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%]\d*)\s+"
    r"(?P<words>(?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)",
    re.I,
)


def the_others(a: LinkItem, b: LinkItem) -> bool:
    """Whether two claims count the rest of one group in one story's days: the same figure of
    the same counted noun (`counted_head`), each written with "other" next to it ("the two
    other victims", "the other two victims", "three other officers"), approached alike and no
    qualifier setting them apart (`qualifiers.apart`). A story's remaining victims, officers
    or candidates are one group, whatever else the sentences say of them: on the 5,000
    archive articles all 8 such pairs within `COUNT_DAYS` were one group."""
    if a.value != b.value or a.value_max != b.value_max or vague(a) or vague(b):
        return False
    head = counted_head(a)
    if head is None or head != counted_head(b) or not (_others(a) and _others(b)):
        return False
    return figure_side(a) == figure_side(b) and not apart(a, b)


def _others(item: LinkItem) -> bool:
    quantity = item.quantity or ""
    at = item.text.find(quantity) if quantity else -1
    if at < 0:
        return False
    return bool(_OTHER_AFTER_RE.match(quantity) or _OTHER_BEFORE_RE.search(item.text[:at]))


_OTHER_AFTER_RE = re.compile(r"^\S+\s+other\b", re.I)
_OTHER_BEFORE_RE = re.compile(r"\bother\s+$", re.I)


def counted_head(item: LinkItem) -> str | None:
    """The stem of the noun a claim counts: the last word of its `measures`."""
    words = nz.tokens(nz.normalize_text(item.measures or ""))
    return nz.stem(words[-1]) if words else None


def kinds_meet(a: str, b: str) -> bool:
    """Whether two counted nouns' stems are one noun or of one kind (`count_kinds`)."""
    if a == b:
        return True
    kinds, generic = count_kinds()
    kind_a, kind_b = kinds.get(a), kinds.get(b)
    if kind_a is None or kind_b is None:
        return False
    if kind_a == kind_b:
        return True
    return (a in generic and kind_b in PEOPLE_KINDS) or (b in generic and kind_a in PEOPLE_KINDS)


PEOPLE_KINDS = frozenset({"people", "envoys"})
"""The kinds of `count_kinds` that count people, whom a generic word for people counts too."""


@lru_cache(maxsize=1)
def count_kinds() -> tuple[dict[str, str], frozenset[str]]:
    """Each counted noun's stem to its kind (`data/count_kinds.txt`), and the generic stems."""
    text = resources.files("factdb.link").joinpath("data", "count_kinds.txt").read_text("utf-8")
    kinds: dict[str, str] = {}
    generic: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, *words = line.split()
        stems = {nz.stem(w) for w in words}
        kinds.update(dict.fromkeys(stems, kind.rstrip("*")))
        if kind.endswith("*"):
            generic.update(stems)
    return kinds, frozenset(generic)


def other_owners(a: LinkItem, b: LinkItem) -> bool:
    """Whether both quantities name whose things they count ("Russian", "American") and
    neither sentence writes any of the other's names."""
    mine, theirs = _quantity_names(a.quantity), _quantity_names(b.quantity)
    if not mine or not theirs or mine & theirs:
        return False
    return not any(n in b.text for n in mine) and not any(n in a.text for n in theirs)


@lru_cache(maxsize=65536)
def _quantity_names(quantity: str | None) -> frozenset[str]:
    return frozenset(w for w in (quantity or "").split() if w[:1].isupper())


def other_tables(a: Prepared, b: Prepared, story: bool = False) -> bool:
    """Whether two shares' sentences each hold `TABLE_FIGURES` other figures, half or more
    different.

    Only shares (`TABLE_UNITS`) are read so: a long sentence states other facts' figures too
    ("doubles the standard deduction to $12,000" against "doubles the standard deduction" of
    "21 percent from 35 percent"). A sentence listing figures ("Kasich has 14 percent, Rubio
    13 percent ... and Cruz had 12 percent") reports a poll or a table; another sentence
    listing other figures reports another one, and its "12 percent" (Kasich's in another
    poll) is neither the same claim nor a conflict. Two tellings of one table share most of
    their figures.

    Other claims are read so in articles not known to be of one story's days (STORY), with
    fewer than half shared: a market report's boilerplate of another day ("The S&P 500 posted
    14 new 52-week highs and 1 new low; the Nasdaq Composite recorded 44 new highs and 62 new
    lows" against 61, 1, 106 and 27, 97 days apart) states its "1 new low" of another day,
    while within the story's days a sentence updated with other figures still tells its own.
    """
    mine_a = a.numbers - _quantity_numbers(a.item)
    mine_b = b.numbers - _quantity_numbers(b.item)
    fewest = min(len(mine_a), len(mine_b))
    if fewest < TABLE_FIGURES:
        return False
    if a.item.unit in TABLE_UNITS and b.item.unit in TABLE_UNITS:
        return 2 * len(mine_a & mine_b) <= fewest
    return not story and 2 * len(mine_a & mine_b) < fewest


def other_reports(a: Prepared, b: Prepared) -> bool:
    """Whether two claims' sentences report other figures beside their own (`reports`): other
    shares, or two lists of other figures with none in common."""
    own_a, own_b = _quantity_numbers(a.item), _quantity_numbers(b.item)
    if other_shares(a.norm, b.norm, own_a, own_b):
        return True
    return other_lists(a.numbers - own_a - own_b, b.numbers - own_a - own_b)


def _quantity_numbers(item: LinkItem) -> frozenset[float]:
    return nz.numbers_in(nz.normalize_text(item.quantity or ""))


_QUALIFIER_RE = re.compile(
    r"^(?:(?:at least|at most|more than|less than|fewer than|up to|over|under|about|around|"
    r"roughly|nearly|almost|some|approximately|an estimated|estimated)\s+)+(?=\d)"
)
"""Qualifier words before a normalised quantity's figure, which another outlet may write
otherwise or not at all: "at least 130,000 unique donors" is written "from 130,000 unique
donors" in the other sentence."""


def other_figure(a: Prepared, b: Prepared) -> bool:
    """Whether two claims are two different figures of which one sentence states both.

    A sentence repeated by another outlet ("20,000 pieces of debris larger than a softball
    ..., about 500,000 pieces the size of a marble") holds the same claims twice: each figure
    meets its own copy, and 20,000 against 500,000 is neither the same claim nor a conflict.
    Qualifiers before the figure are not read (`_QUALIFIER_RE`). One sentence that states the
    other's figure as written does not contradict it with another
    of its own, which counts something else of a list: on 500 random archive articles, "five
    counts" (of tax fraud) was proposed as a conflict of "four counts" (of failing to report
    foreign accounts) and of "nine bank fraud counts" in a sentence that also said "five counts
    of tax fraud".
    """
    qa = _QUALIFIER_RE.sub("", nz.normalize_text(a.item.quantity or ""))
    qb = _QUALIFIER_RE.sub("", nz.normalize_text(b.item.quantity or ""))
    if not qa or not qb or qa == qb:
        return False
    in_b, in_a = f" {qa} " in f" {b.norm} ", f" {qb} " in f" {a.norm} "
    if in_a and in_b:
        return True
    # Alone, a bare figure ("3") found in the other sentence may be anything (a date, an age).
    return (in_b and _worded(qa)) or (in_a and _worded(qb))


def _worded(quantity: str) -> bool:
    """Whether a normalised quantity holds a word as well as its figure ("five counts")."""
    return any(token.isalpha() for token in nz.tokens(quantity)) and len(nz.tokens(quantity)) > 1


def _rarity_term(
    a: Prepared,
    b: Prepared,
    shared: frozenset[str],
    speaker: bool | None,
    names: int,
    text: float,
    gap: int | None,
) -> float:
    """`-RARITY_PENALTY` for quotes linked by common words alone (see `RARE_MIN`), all but
    `rare / RARE_MIN` of TEXT for generic wording (`COMMON_MAX`), all of it for a short quote.

    Exempt: quotes sharing `NAMES_SHARED` names (`shared_names`: "the White House" is one) and
    one person's (`same_person`) quotes within `DATE_LATER_DAYS`. Fewer shared names count half
    their rarity, so "the United States" in two statements does not link them alone. On 600
    real archive articles, statements of one speaker months apart or of unknown date ("That's
    a very dangerous standard" against "it was very dangerous out there") and shared lone
    names ("Fear: Trump in the White House") made most wrong links. All of TEXT, too, for two
    named people's quotes sharing only common words in articles over `DATE_CLOSE_DAYS` apart,
    or of which one is dated and the other not (`relations.other_voices`), or over
    `unlike.COMMON_DAYS` apart; for two quotes of other figures outside one story's days
    (`unlike.other_amounts`); and for two quotes whose shared words one negates and the other
    does not (`polarity.opposed`: "there was “no quid pro quo” with Ukraine" against "therefore
    was guilty of quid pro quo"; between `two_people` the other may say no elsewhere: Trump's
    "he can't release his tax returns because he is in the middle of a tax audit" against the
    IRS's "being under an audit does not prevent anyone ... from releasing your tax returns").
    """
    negated_side = a.side is not None and b.side is not None and (a.side.negated or b.side.negated)
    if (
        negated_side
        and not unknown_voices(a.item, b.item)
        and opposed(a.norm, b.norm, two_people(a, b))
    ):
        return -text  # one story's words said one way and the other way (`polarity`)
    voices = other_voices(
        a.item, b.item, a.confident, b.confident, apart=gap is not None and gap > DATE_CLOSE_DAYS
    )
    # Two people's common words are two remarks from a story's first days on (`unlike`).
    commonplace = voices or other_voices(
        a.item, b.item, a.confident, b.confident, apart=common_words_apart(gap)
    )
    if (
        names_only(a, b, shared, gap)
        or names_alone(a, b, shared)
        or (commonplace and text < VERBATIM and rare_content(a, b, shared) < OTHERS_RARE)
    ):
        return -text  # shared names only, or two people's commonplace (`other_voices`)
    story = gap is not None and gap <= DATE_CLOSE_DAYS
    free = unknown_voices(a.item, b.item)
    if other_amounts(other_figures(a, b), story, free, text):
        return -text  # one template of two occasions ("added 163,000 jobs in July", a year on)
    phrase = others_phrase(len(a.stems), len(b.stems), voices, a.item.speaker, b.item.speaker)
    if phrase and not said_whole(a, b):
        return -text  # a phrase two people used, even word for word ("bigotry.")
    if names >= NAMES_SHARED:
        return 0.0
    if speaker and gap is not None and gap <= COUNT_DAYS and one_quoted_count(a, b):
        return 0.0  # one count of one story's days in other nouns (`one_quoted_count`)
    close = gap is not None and gap <= DATE_LATER_DAYS
    short = min(len(a.stems), len(b.stems)) < SHORT_WORDS
    # A few words (`SHORT_WORDS`) are one person's statement again only with the same content
    # words, or written word for word in the other quote, whatever the text model reads in
    # them: on 1,000 random archive articles it gave Trump's "Very, very good," 96 against his
    # "very good man." 79 days later, and "Think about that!" 91 against "I think I'd take it.".
    verbatim = text >= VERBATIM and (not short or a.stems == b.stems or quoted_in(a, b))
    # Said again months apart, one person's words must be the same words, whatever the text
    # model reads in a few: on 800 random archive articles it gave Chris Christie's "This is
    # the government's job." 96 against his "he was just doing his job" 658 days later.
    again = verbatim and (gap is None or same_words(a, b))
    # Within the story's days one person's generic words (under `COMMON_MAX` of rare content)
    # are two remarks unless nearly the same words: on two samples of 1,000 random archive
    # articles, 7 of 7 such links were other remarks ("I don't think they will do that" against
    # "I don't think she's a talented person", 3 days apart).
    # A phrase found word for word in the other quote is one trimmed from it ("turning point").
    again = again or (
        close and (verbatim or rare_content(a, b, shared) >= COMMON_MAX or quoted_in(a, b))
    )
    if speaker and again and same_person(a.item.speaker, b.item.speaker):
        return 0.0  # one person saying it again within the story's days, or word for word
    if a.norm == b.norm and (not short or speaker or unknown_voices(a.item, b.item)):
        return 0.0  # an exact repeat, a short one by one speaker (or free text)
    # A few words said by others say little alone, however rare; too little to link months
    # apart or at unknown dates ("disgusting", "quid pro quo" years apart), even repeated
    # exactly.
    # A whole remark repeated word for word is no phrase, whatever few content words it holds:
    # it keeps the rare-content rule below but not the short quote's cost.
    few = short and not said_whole(a, b)
    penalty = (-SHORT_PENALTY if close else -text * (1.0 - SHORT_KEEP)) if few else 0.0
    # Quoted again more than a month later, a statement must share twice the rare content; so
    # must a quote of no speaker against one person's at an unknown date (`UNPLACED`).
    far = gap is not None and gap > DATE_LATER_DAYS
    later = FAR_RARITY if far else UNPLACED if unplaced(a.item, b.item, gap) else 1.0
    rare = rare_content(a, b, shared) / later
    if rare >= RARE_MIN:
        return penalty
    if rare < COMMON_MAX:
        # Generic wording ("to leave the country"): the text counts only by its rare share,
        # but two texts of unknown speakers and dates (as `compare` scores free text), which
        # nothing but the text tells apart, keep their order under a link (`common`).
        free = not (a.speaker or b.speaker) and gap is None
        kept = common(text) if free else text * rare / RARE_MIN
        return min(penalty, kept - text)
    # Two quotes of one length are read by the text model, which weighs rare words itself.
    # Below the threshold the penalty shrinks with the text: it is there to stop a link, and
    # a fixed cost would reorder pairs that link in no case (see `RARE_MIN`).
    scale = max(lenience(a, b), RARE_FLOOR) * min(1.0, max(0.0, text) / DEFAULT_THRESHOLD)
    return min(penalty, -RARITY_PENALTY * scale * (1.0 - rare / RARE_MIN))


def two_people(a: Prepared, b: Prepared) -> bool:
    """Whether two quotes are given to two confidently named, different people
    (`Prepared.confident`), neither guessed (`weakly_attributed`) and their names not ending in
    one word (`same_person`): a body counts, for it is not the person either ("Internal Revenue
    Service" against Trump)."""
    if nz.speakers_agree(a.confident, b.confident) is not False:
        return False
    if weakly_attributed(a.item) or weakly_attributed(b.item):
        return False
    return not same_person(a.item.speaker, b.item.speaker)


def said_whole(a: Prepared, b: Prepared) -> bool:
    """Whether two quotes write one remark of at least `WHOLE_WORDS` words the same (their
    normalised texts equal) and are not given to two confidently named, different people (a
    speaker of low attribution confidence, `weakly_attributed`, sets none against another)."""
    if a.norm != b.norm or len(nz.tokens(a.norm)) < WHOLE_WORDS:
        return False
    weak = weakly_attributed(a.item) or weakly_attributed(b.item)
    return weak or nz.speakers_agree(a.confident, b.confident) is not False


def unplaced(a: LinkItem, b: LinkItem, gap: int | None) -> bool:
    """Whether one quote has a speaker and the other none, one article dated and the other not
    (GAP None): the unattributed one is known to be neither that person's nor of that story's
    days. Two undated texts are read as free text, by their words."""
    dated = (a.published is None) != (b.published is None)
    return gap is None and dated and bool(a.speaker) != bool(b.speaker)


def unknown_voices(a: LinkItem, b: LinkItem) -> bool:
    """Whether two items are free text: no speaker and no date on either side, as `compare`
    scores them. A short word of two articles' unattributed quotes is a word in quotation marks
    ("disgusting", "amnesty" in articles of unknown date or two years apart), no statement."""
    return not (a.speaker or b.speaker) and a.published is None and b.published is None


def names_only(a: Prepared, b: Prepared, shared: frozenset[str], gap: int | None) -> bool:
    """Whether two attributed quotes share names and no other content word, in articles over
    `DATE_CLOSE_DAYS` apart, or at an unknown date when one person says both: they speak of
    the same people, not one statement (Trump's "he did not inform key Democrats, including
    House Speaker Nancy Pelosi and Senate Minority Leader Chuck Schumer" against his "he would
    take responsibility for a shutdown in testy exchanges with Democrats Nancy Pelosi and
    Chuck Schumer", ten months apart). Two people's at an unknown date may be one joint
    statement told of each (the seeds' Biden and Kishida, whose articles have no date)."""
    if not attributed(a, b) or a.norm == b.norm or not shared or not shared <= a.names | b.names:
        return False  # an exact repeat ("Make America Great Again") is one statement
    if gap is None:
        return bool(speakers_agree(a, b)) and same_person(a.item.speaker, b.item.speaker)
    return gap > DATE_CLOSE_DAYS


def names_alone(a: Prepared, b: Prepared, shared: frozenset[str]) -> bool:
    """Whether two quotes, one of them attributed and the other not (so `names_only`, which
    reads two speakers' quotes, does not read them), share only names and the titles before
    them (`segments.title_stems` that are `TITLE_WORDS`: "leader" of "North Korean leader Kim
    Jong Un"; a headline's capitals name nothing, `_written_names`), at any dates, neither
    written word for word in the other: they speak of one person, not one statement.
    On 1,500 random archive articles a fragment quoted with no speaker, "North Korean leader
    Kim Jong Un may allow a", linked at 61 to 68 to four statements naming him (Trump's "a
    second meeting with North Korean leader Kim Jong Un", Rex Tillerson's "North Korean leader
    Kim Jong-un did not understand diplomatic language")."""
    if not shared or bool(a.speaker) == bool(b.speaker):
        return False
    short, long = sorted((a.norm, b.norm), key=len)
    if f" {short} " in f" {long} ":
        return False  # one trimmed from the other ("Rocket Man" of "Little Rocket Man")
    titles = (title_stems(a.item.text) | title_stems(b.item.text)) & _TITLES
    return shared <= _written_names(a) | _written_names(b) | titles


def _written_names(p: Prepared) -> frozenset[str]:
    """P's names, or none when P is a headline in title case (`_HEADLINE` of its words
    capitalised: "Why Bill Clinton Signed the Defense of Marriage Act"), whose capitals name
    nothing."""
    words = p.item.text.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return nz.EMPTY if capitals >= _HEADLINE * len(words) else p.names


_HEADLINE = 0.75


def common(text: float) -> float:
    """The text of generic wording (see `COMMON_MAX`): unchanged up to `COMMON_KNEE`, and from
    there to 100 drawn into `COMMON_KNEE`-`COMMON_TOP`, so that it keeps its order."""
    if text <= COMMON_KNEE:
        return text
    return COMMON_KNEE + (text - COMMON_KNEE) * (COMMON_TOP - COMMON_KNEE) / (100.0 - COMMON_KNEE)


def rare_content(a: Prepared, b: Prepared, shared: frozenset[str]) -> float:
    """The rarity of SHARED, its names (`Prepared.names`) counting half."""
    named = shared & (a.names | b.names)
    return weight(shared - named) + 0.5 * weight(named)


def _others_term(a: Prepared, b: Prepared, text: float, clause: bool, gap: int | None) -> float:
    """For two quotes of confidently named, different people whose whole texts are alike but
    not the same words (under `CONFLICT_TEXT`): `SPEAKER_MORE` when one says more than the
    other (`says_more`), else `SPEAKER_OTHER` GAP days apart (over `DATE_CLOSE_DAYS`)."""
    if a.side is None or clause or text >= CONFLICT_TEXT:
        return 0.0
    if nz.speakers_agree(a.confident, b.confident) is not False:
        return 0.0
    if same_person(a.item.speaker, b.item.speaker):
        return 0.0
    if says_more(a, b):
        return SPEAKER_MORE
    return SPEAKER_OTHER if gap is not None and gap > DATE_CLOSE_DAYS else 0.0


def _told_of_term(a: Prepared, b: Prepared, text: float, gap: int | None) -> float:
    """`SPEAKER_OTHER` for a quote that names its own speaker against another person's, not
    known to be of one story's days (GAP over `DATE_CLOSE_DAYS`, or unknown), whose whole texts
    are alike but not the same words (under `CONFLICT_TEXT`).

    A quote that writes its speaker's name is an outlet's sentence about that person ("knowing
    about the Trump Tower meeting with the Russians", given to Trump; "if Mr. Huckabee were the
    nominee", given to Huckabee), so it is not confidently his (`_confident`) and `_others_term`
    does not read it; against a named other person's words on the same subject it is two
    statements, not one: on three samples of 700 to 1,500 random archive articles, all 6 such
    links were wrong (Michael Cohen's lawyer's "Trump had prior knowledge of a meeting" against
    the Trump Tower sentence, 85 days apart; Bernie Sanders's "diminish his chances of winning
    the presidency" against the Huckabee sentence, one article undated)."""
    if a.side is None or text >= CONFLICT_TEXT or (gap is not None and gap <= DATE_CLOSE_DAYS):
        return 0.0
    if speakers_agree(a, b) is not False or same_person(a.item.speaker, b.item.speaker):
        return 0.0
    if a.organisation or b.organisation:
        return 0.0
    return SPEAKER_OTHER if told_of(a, b) or told_of(b, a) else 0.0


def told_of(quote: Prepared, other: Prepared) -> bool:
    """Whether QUOTE names its own, confidently attributed speaker in its text and OTHER is
    another person's, confidently named."""
    if quote.confident or not other.confident:
        return False
    if confident_speaker(quote.item.speaker) is None or weakly_attributed(quote.item):
        return False
    return not nz.speaker_key(quote.item.speaker).isdisjoint(nz.tokens(quote.norm))


def says_more(a: Prepared, b: Prepared) -> bool:
    """Whether one of two quotes leaves over `MORE_LEFT` of its rarity mass unmatched by the
    other, neither being nearly all found in the other (`MORE_SHARE`): two statements."""
    if a.side is None or b.side is None:
        return False
    share_a, left_a = textmodel.alignment(a.side, b.side)
    share_b, left_b = textmodel.alignment(b.side, a.side)
    return max(left_a, left_b) > MORE_LEFT and max(share_a, share_b) < MORE_SHARE


def _speaker_term(agree: bool | None, text: float) -> float:
    if not agree:
        return 0.0
    low, high = SPEAKER_RAMP
    return SPEAKER_AGREE * min(1.0, max(0.0, (text - low) / (high - low)))


def _names_term(alike: bool, text: float) -> float:
    if not alike:
        return 0.0
    low, high = NAMES_RAMP
    return NAMES_AGREE * min(1.0, max(0.0, (text - low) / (high - low)))


def _numbers_term(numbers: str, quote: bool = False) -> float:
    if quote:
        return 0.0  # the text model reads the numbers of two quotes (`textmodel.FEATURES`)
    # A claim's agreeing value counts only with its measured thing (`_claim_term`): "five
    # children" in two stories is one number, not one fact.
    return UNIT_MISMATCH if numbers == "unit_mismatch" else 0.0


def _date_term(gap: int | None) -> float:
    if gap is None:
        return 0.0
    if gap <= DATE_CLOSE_DAYS:
        return DATE_CLOSE
    if gap > DATE_FAR_DAYS:
        return DATE_FAR
    return DATE_LATER if gap > DATE_LATER_DAYS else 0.0
