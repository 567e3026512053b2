"""The pair score: bounds, symmetry, identity, evidence, and real reworded pairs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from factdb.link import LinkItem, agreement, score_pair, scoring, segments, textmodel
from factdb.link.normalize import normalize_text
from factdb.link.rarity import weight
from factdb.link.relations import CONFLICT_TEXT
from factdb.link.scoring import (
    COMMON_MAX,
    COMMON_TOP,
    DEFAULT_THRESHOLD,
    contained,
    could_link,
    length_ratio,
    prepare,
    rare_content,
    score_prepared,
    shared_names,
    text_scores,
)
from factdb.vocab import LinkKind, Relation

texts = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=80
)
speakers = st.none() | st.sampled_from(["Joe Biden", "Biden", "Fumio Kishida", "Mr. Trump"])


def quote(item_id: int, text: str, speaker: str | None = None, **kw: object) -> LinkItem:
    return LinkItem(item_id, LinkKind.QUOTE, item_id, text, speaker, **kw)  # type: ignore[arg-type]


def claim(item_id: int, sentence: str, value: float, unit: str | None) -> LinkItem:
    return LinkItem(item_id, LinkKind.CLAIM, item_id, sentence, value=value, unit=unit)


@settings(max_examples=300, deadline=None)
@given(texts, texts, speakers, speakers)
def test_score_is_bounded_and_symmetric(a: str, b: str, sa: str | None, sb: str | None) -> None:
    one, two = quote(1, a, sa), quote(2, b, sb)
    forward, backward = score_pair(one, two), score_pair(two, one)
    assert 0 <= forward.score <= 100
    assert forward == backward


@settings(max_examples=200, deadline=None)
@given(texts, speakers)
def test_identical_items_score_100(text: str, speaker: str | None) -> None:
    assume(normalize_text(text))  # a text with no word matches nothing (test_limits)
    assert score_pair(quote(1, text, speaker), quote(2, text, speaker)).score == 100


@settings(max_examples=300, deadline=None)
@given(texts, texts, speakers, speakers, st.floats(0, 100))
def test_could_link_never_drops_a_link(
    a: str, b: str, sa: str | None, sb: str | None, threshold: float
) -> None:
    one, two = prepare(quote(1, a, sa)), prepare(quote(2, b, sb))
    if score_prepared(one, two, threshold).link:
        assert could_link(one, two, threshold)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A trimmed quote against the reported clause that contains it.
        (
            "a free and open Indo-Pacific",
            "agreed to advance efforts to achieve a free and open Indo-Pacific based on the rule"
            " of law",
        ),
        (
            "fundamentally strengthening its defense capabilities",
            "drastically strengthen its defense capabilities",
        ),
        (
            "“There is a special place in hell for women who don’t help each other,” she said.",
            "there's a special place in hell for women who don't help each other",
        ),
    ],
)
def test_reworded_and_trimmed_quotes_link(a: str, b: str) -> None:
    assert score_pair(quote(1, a), quote(2, b)).link


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("historic", "Japan’s historic increase in defense spending"),
        (
            "The harvest festival drew farmers from every valley",
            "the security environment had become increasingly severe",
        ),
    ],
)
def test_unrelated_or_one_word_quotes_do_not_link(a: str, b: str) -> None:
    assert not score_pair(quote(1, a), quote(2, b)).link


def test_changed_value_is_a_conflict_and_other_unit_is_not_a_link() -> None:
    a = claim(1, "Japan will buy missiles with a range of 1,000 km", 1_000_000, "m")
    b = claim(2, "Japan will buy missiles with a range of 1,200 km", 1_200_000, "m")
    c = claim(3, "Japan will buy missiles with a range of 1,000 km", 600, "USD")
    changed = score_pair(a, b)
    assert changed.link and changed.relation is Relation.CONFLICT
    assert changed.evidence["numbers"] == "differ" and changed.evidence["values"] == [1e6, 1.2e6]
    assert not score_pair(a, c).link
    same = score_pair(a, claim(4, a.text, 1_000_000, "m"))
    # an agreeing value counts with its measured thing, not as a bare number
    assert same.relation is Relation.SAME and same.evidence["terms"]["claim"] == 15


def test_two_figures_of_one_repeated_sentence_are_not_linked() -> None:
    sentence = (
        "NASA estimates that there are 20,000 pieces of debris larger than a softball orbiting "
        "the Earth, about 500,000 pieces of debris the size of a marble or larger"
    )

    def figure(item_id: int, value: float, quantity: str) -> LinkItem:
        return replace(claim(item_id, sentence, value, "pieces"), quantity=quantity)

    small, large = figure(1, 20_000, "20,000 pieces"), figure(2, 500_000, "about 500,000 pieces")
    copy_small = figure(3, 20_000, "20,000 pieces")
    assert score_pair(small, copy_small).link
    crossed = score_pair(small, figure(4, 500_000, "about 500,000 pieces"))
    assert not crossed.link and crossed.score == 0
    assert not score_pair(large, copy_small).link
    # a figure changed in a retold sentence is still compared: the old one is not in it
    retold = replace(
        claim(5, sentence.replace("20,000", "25,000"), 25_000, "pieces"), quantity="25,000 pieces"
    )
    assert score_pair(small, retold).relation is Relation.CONFLICT


def test_same_words_by_different_speakers_is_a_conflict() -> None:
    text = "We will not raise taxes on the middle class, not by a single penny"
    day = date(2016, 3, 1)
    clinton = quote(1, text, "Hillary Clinton", published=day)
    sanders = quote(2, text, "Bernie Sanders", published=day + timedelta(days=2))
    match = score_pair(clinton, sanders)
    assert match.link and match.relation is Relation.CONFLICT
    assert match.evidence["speaker"] == "disagree"


@pytest.mark.parametrize("days", [None, 30])
def test_same_words_of_two_people_in_other_weeks_are_no_conflict(days: int | None) -> None:
    a = quote(1, "he is the victim of another political witch hunt", "Donald Trump")
    b = quote(2, "he is a victim of a political witch-hunt", "Benjamin Netanyahu")
    if days is not None:
        a = replace(a, published=date(2019, 2, 1))
        b = replace(b, published=date(2019, 2, 1) + timedelta(days=days))
    match = score_pair(a, b)
    assert match.relation is Relation.SAME and match.evidence["speaker"] == "disagree"


def test_evidence_explains_the_score() -> None:
    a = quote(
        1, "We are so sick of the campaign lying about me", "Clinton", published=date(2016, 4, 1)
    )
    b = quote(
        2,
        "I am so sick of the Sanders campaign lying",
        "Hillary Clinton",
        published=date(2016, 4, 3),
    )
    evidence = score_pair(a, b).evidence
    assert set(evidence["scorers"]) == {
        "ratio",
        "partial_ratio",
        "token_set_ratio",
        "content_overlap",
        "token_sort_ratio",
    }
    assert evidence["speaker"] == "agree" and evidence["date_gap_days"] == 2
    assert evidence["terms"]["date"] == 3 and evidence["reason"]
    assert 0 < DEFAULT_THRESHOLD < 100


def test_shared_names_confirm_a_weak_textual_match() -> None:
    text_a = "enhancing vital cooperation between the United States, Japan and South Korea"
    a = quote(1, text_a, "joint statement")
    b = quote(
        2, "Japan, the United States and South Korea would continue to work closely together", "PM"
    )
    match = score_pair(a, b)
    assert match.evidence["terms"]["names"] > 0
    assert set(match.evidence["names"]) >= {"South", "Korea"}
    # Unattributed, the same two texts are read by the text model alone.
    assert score_pair(quote(1, text_a), replace(b, speaker=None)).score < match.score
    # Other countries, the same wording otherwise: no names term, and a lower score.
    c = quote(3, "Brazil, the Netherlands and Peru would continue to work closely together", "PM")
    other = score_pair(a, c)
    assert other.evidence["terms"]["names"] == 0 and "names" not in other.evidence
    assert match.score > other.score


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One shared name is what a statement is about, not a second statement.
        ("Washington will never accept these tariffs", "Washington hopes the talks succeed soon"),
        # Three shared names with unrelated wording: the ramp gives little or nothing.
        (
            "the summit in New York with Angela Merkel was a waste of everybody's time",
            "we welcome Angela Merkel to New York next week for talks on the climate accord",
        ),
    ],
)
def test_names_alone_do_not_make_a_link(a: str, b: str) -> None:
    match = score_pair(quote(1, a), quote(2, b))
    assert not match.link


@pytest.mark.parametrize(
    ("speaker_a", "speaker_b"),
    [
        ("Jacek Czaputowicz", "U.S. officials"),
        ("Donald Trump", "Trump's aides"),
        ("Donald Trump", "Hide Caption"),
    ],
)
def test_a_role_is_no_confident_speaker_for_a_conflict(speaker_a: str, speaker_b: str) -> None:
    text = "They have seven days to leave the country and close the consulate"
    match = score_pair(quote(1, text, speaker_a), quote(2, text + ".", speaker_b))
    assert match.relation is Relation.SAME


@pytest.mark.parametrize(
    ("confidence", "relation"), [(0.62, "same"), (0.8, "same"), (0.9 * 0.9, "conflict")]
)
def test_a_guessed_speaker_is_no_speaker_for_a_conflict(confidence: float, relation: str) -> None:
    # Mitch McConnell's words ("he said in a statement") tied to "Antonin Scalia", whom the
    # article is about (a pronoun's referent, 0.8); a surname next to a verb cue is 0.81.
    text = "The American people should have a voice in the selection of their next justice"
    day = date(2016, 2, 14)
    said = quote(1, text, "Mitch McConnell", published=day, confidence=0.95)
    guessed = quote(2, text, "Antonin Scalia", published=day, confidence=confidence)
    assert score_pair(said, guessed).relation.value == relation
    assert score_pair(said, replace(guessed, confidence=None)).relation is Relation.CONFLICT


def test_one_name_misspelt_is_no_attribution_conflict() -> None:
    text = "the message will be unmistakable: the president does not respect a free press"
    day = date(2013, 5, 14)
    priebus = quote(1, text, "Reince Priebus", published=day)
    assert score_pair(priebus, quote(2, text, "Preibus", published=day)).relation is Relation.SAME
    other = score_pair(priebus, quote(2, text, "Sean Spicer", published=day))
    assert other.relation is Relation.CONFLICT


def test_a_quote_naming_its_own_speaker_is_no_confident_attribution() -> None:
    match = score_pair(
        quote(1, "Go get 'em, Roy!", "Donald J. Trump"), quote(2, "Go get ‘em, Roy!", "Roy Moore")
    )
    assert match.link
    assert match.relation is Relation.SAME


def test_shared_names_count_half_towards_rare_content() -> None:
    a = prepare(quote(1, "He met Kishida in Tokyo to discuss the semiconductor export controls"))
    b = prepare(quote(2, "The semiconductor export controls were discussed with Kishida in Tokyo"))
    shared = frozenset(a.stems) & frozenset(b.stems)
    named = shared & a.names
    assert len(named) == 2
    assert rare_content(a, b, shared) == pytest.approx(weight(shared - named) + weight(named) / 2)


def test_a_commonplace_by_two_named_people_is_no_conflict() -> None:
    match = score_pair(
        quote(1, "I'm very proud of the young people here,", "William Gross"),
        quote(2, "We are very proud of the young people here", "Donald Trump"),
    )
    assert match.evidence["text"] >= 85  # the same words, by the scorers
    assert match.evidence["terms"]["rarity"] < 0  # but common ones
    assert match.relation is Relation.SAME


def test_shared_names_confirm_a_story_only_within_its_days() -> None:
    a = "the United States, Japan and South Korea agreed to deepen their trilateral cooperation"
    b = "Japan, South Korea and the United States would continue to work closely together"
    first = quote(1, a, "joint statement", published=date(2023, 1, 13))
    close = score_pair(first, quote(2, b, "PM", published=date(2023, 1, 14)))
    far = score_pair(first, quote(2, b, "PM", published=date(2023, 6, 1)))
    assert close.evidence["terms"]["names"] > 0
    assert far.evidence["terms"]["names"] == 0
    assert far.evidence["terms"]["date"] < 0 < close.evidence["terms"]["date"]


def test_generic_wording_of_other_speakers_is_not_a_link() -> None:
    # Shared words all common ("leave", "country"): the text counts by its rare share only.
    a = quote(1, "they had until April 3 to leave the country", "Jacek Czaputowicz")
    b = quote(2, "They have seven days to leave the country", "U.S. officials")
    match = score_pair(a, b)
    assert match.evidence["rare_shared"] < 4 and not match.link
    assert match.evidence["terms"]["rarity"] < -0.5 * match.evidence["text"]
    # One person saying it twice within a story's days is exempt; months apart, not.
    a = replace(a, published=date(2018, 3, 26))
    again = replace(b, speaker="Czaputowicz", published=date(2018, 3, 27))
    assert score_pair(a, again).evidence["terms"]["rarity"] == 0
    # Another person of one first name is not the same speaker.
    other = replace(again, speaker="Jacek Kowalski")
    assert score_pair(a, other).evidence["terms"]["rarity"] < 0


def test_short_quotes_need_one_speaker_or_shared_names() -> None:
    # Rare words ("quid pro quo") or an exact repeat are not enough for a few words.
    # Years apart: two uses of a set phrase.
    short = quote(1, "quid pro quo", "Susan Collins", published=date(2019, 10, 1))
    longer = quote(2, "There was no quid pro quo", "Ben Carson", published=date(2017, 3, 2))
    assert not score_pair(short, longer).link
    word = quote(3, "disgusting", None)
    assert not score_pair(word, quote(4, "disgusting", "Kate Harding")).link
    again = replace(longer, speaker="Collins", published=date(2019, 10, 2))
    assert score_pair(replace(short, speaker="Collins"), again).link


@pytest.mark.parametrize(
    ("a", "b", "days"),
    [
        ("bigotry.", "bigotry.", 27),
        ("That's above my pay grade,", "No, that's above my pay grade,", 1100),
        ("a terrible thing.", "really terrible things.", 26),
    ],
)
def test_a_phrase_of_two_people_at_other_times_is_no_link(a: str, b: str, days: int) -> None:
    day = date(2016, 8, 19)
    first = quote(1, a, "Hillary Clinton", published=day)
    other = quote(2, b, "Donald Trump", published=day + timedelta(days=days))
    assert not score_pair(first, other).link
    # One person's words again still link, and two people's within one story's days are read
    # as before (one may quote the other).
    again = quote(2, b, "Clinton", published=day + timedelta(days=3))
    assert score_pair(first, again).link
    close = score_pair(first, replace(other, published=day + timedelta(days=3)))
    assert close.evidence["terms"]["rarity"] > -close.evidence["text"]


def test_a_sentence_naming_its_speaker_is_not_another_persons_statement() -> None:
    # An outlet's sentence about Trump, given to him, against his former lawyer's counsel on the
    # same meeting months later: two statements on one subject.
    day = date(2018, 8, 28)
    sentence = quote(
        1,
        "knowing in advance about the Trump Tower meeting with the Russians, who had offered "
        "damaging information about Democratic rival Hillary Clinton",
        "Donald Trump",
        published=day,
        confidence=0.95,
    )
    counsel = quote(
        2,
        "his client could tell the special counsel that Trump had prior knowledge of a meeting "
        "with a Russian lawyer to get damaging information on Hillary Clinton",
        "Lanny Davis",
        published=day + timedelta(days=85),
        confidence=0.9,
    )
    later = score_pair(sentence, counsel)
    assert later.evidence["terms"]["speaker"] == scoring.SPEAKER_OTHER and not later.link
    # Within one story's days the two are read as before.
    close = score_pair(sentence, replace(counsel, published=day + timedelta(days=2)))
    assert close.evidence["terms"]["speaker"] == 0.0 and close.link
    # A guessed speaker (a pronoun's referent) sets no speaker against another.
    guessed = score_pair(replace(sentence, confidence=0.8), counsel)
    assert guessed.evidence["terms"]["speaker"] == 0.0


def test_names_are_counted_once_per_name() -> None:
    a = quote(1, "Fear: Trump in the White House", "Donald Trump")
    b = quote(2, "staff of the White House left under Trump, more than under the Obama White House")
    pa, pb = prepare(a), prepare(replace(b, speaker="Daily Mail"))
    assert len(pa.names & pb.names) == 3 and shared_names(pa, pb) == 2


def test_quotes_of_unlike_length_are_read_by_the_text_model() -> None:
    a = quote(1, "The minister said the budget would be cut by a third next year")
    b = quote(2, "The minister said that the budget will be cut next year")
    pa, pb = prepare(a), prepare(b)
    assert 0.6 <= length_ratio(pa, pb) < 0.9  # the old lenient mix counted here
    match = score_pair(a, b)
    assert pa.side is not None and pb.side is not None
    expected = 100 * textmodel.probability(pa.side, pb.side)
    assert match.evidence["text"] == pytest.approx(expected, abs=0.01)


def test_a_trimmed_quote_is_scored_leniently() -> None:
    short = quote(1, "a free and open Indo-Pacific")
    long = quote(2, "agreed to advance efforts to achieve a free and open Indo-Pacific by law")
    pa, pb = prepare(short), prepare(long)
    assert contained(pa, pb) and score_pair(short, long).link
    assert pa.side is not None and pb.side is not None
    assert score_pair(short, long).evidence["text"] > 100 * textmodel.probability(pa.side, pb.side)


def test_generic_wording_of_free_texts_keeps_the_order_of_its_text() -> None:
    pairs = [
        (
            "It is a very good thing for the people of the country.",
            "For the country's people it is good, a very good thing indeed.",
        ),
        ("I think we did a very good job today.", "I think they did a very good job this year."),
    ]
    free = [score_pair(quote(1, a), quote(2, b)) for a, b in pairs]
    assert all(m.evidence["rare_shared"] < COMMON_MAX and not m.link for m in free)
    assert free[0].evidence["text"] > free[1].evidence["text"] > COMMON_TOP
    # The rare share (2.5 against 3.5) reversed them: no speaker or date tells them apart.
    assert free[0].score > free[1].score
    assert all(m.score <= COMMON_TOP for m in free)
    said = score_pair(quote(1, pairs[0][0], "Joe Smith"), quote(2, pairs[0][1], "Ann Lee"))
    assert said.score < free[1].score < free[0].score  # two people's commonplace counts less


def test_a_shorter_quote_with_a_figure_the_longer_lacks_is_no_trimmed_copy() -> None:
    long = (
        "In July 32 police officers were sent to the capital to help train the new police force"
        " and rebuild its stations"
    )
    copy = quote(1, "In July 32 police officers were sent to the capital")
    other = quote(1, "On July 10, 32 police officers were sent to the capital")
    pl, pc, po = prepare(quote(2, long)), prepare(copy), prepare(other)
    assert po.side is not None and pl.side is not None
    assert length_ratio(po, pl) < 0.6 and textmodel.aligned_share(po.side, pl.side) >= 0.8
    assert contained(pc, pl)
    assert not contained(po, pl)  # "10" is not in the longer quote: another statement
    match = score_pair(other, quote(2, long))
    assert match.evidence["text"] == pytest.approx(
        100 * textmodel.probability(po.side, pl.side), abs=0.01
    )


def test_a_statement_quoted_months_later_needs_more_rare_content() -> None:
    a = quote(1, "many would be protected by attorney-client privilege", "Michael Cohen")
    b = quote(2, "to isolate materials protected by attorney-client privilege", "Kimba Wood")
    days = [
        score_pair(
            replace(a, published=date(2018, 4, 1)), replace(b, published=date(2018, 4, 1) + gap)
        )
        for gap in (timedelta(days=2), timedelta(days=50))
    ]
    assert days[0].evidence["rare_shared"] >= 8
    assert days[0].evidence["terms"]["rarity"] == 0 and days[1].evidence["terms"]["rarity"] < 0


def test_one_speaker_word_for_word_months_apart_is_exempt() -> None:
    a = quote(1, "What difference, at this point, does it make?", "Clinton")
    b = quote(2, "him, “What difference at this point does it make?”", "Hillary Clinton")
    a, b = replace(a, published=date(2013, 1, 23)), replace(b, published=date(2013, 7, 10))
    assert score_pair(a, b).evidence["terms"]["rarity"] == 0 and score_pair(a, b).link


def test_a_short_quote_of_the_same_days_loses_less_than_one_months_apart() -> None:
    a = quote(1, "he was being “sarcastic” in his comments", "the nominee")
    b = quote(2, "his comments as being sarcastic.", "Trump")
    near = score_pair(
        replace(a, published=date(2016, 8, 12)), replace(b, published=date(2016, 8, 13))
    )
    far = score_pair(
        replace(a, published=date(2016, 8, 12)), replace(b, published=date(2016, 12, 1))
    )
    assert near.link and not far.link


def test_claims_of_other_values_that_do_not_conflict_are_not_linked() -> None:
    # One sentence of two articles months apart, two values: neither one claim nor a conflict.
    sentence = "The index of the {} largest markets rose on Monday."
    two = claim(1, sentence.format("two"), 2, None)
    two = replace(two, quantity="two", published=date(2018, 4, 5))
    three = claim(2, sentence.format("three"), 3, None)
    three = replace(three, quantity="three", published=date(2018, 10, 24))
    match = score_pair(two, three)
    assert not match.link and match.score == 0


def _poll(item_id: int, sentence: str, **changes: Any) -> LinkItem:
    item = replace(claim(item_id, sentence, 45, "percent"), quantity="Forty-five percent")
    return replace(item, **changes)


def test_one_figure_of_things_not_shown_to_be_one_needs_more_than_alike_sentences() -> None:
    factor = _poll(1, "Forty-five percent said it was not a factor.")
    concerned = _poll(2, "Forty-five percent said they were concerned about leaving their homes.")
    apart = score_pair(factor, concerned)
    # Sharing only "said" besides the figure, they now lose all their text (`CLAIM_COMMON`).
    assert not apart.link and apart.evidence["terms"]["claim"] <= scoring.CLAIM_UNMEASURED
    # One source stating the figure twice, or alike sentences of one story's days, still link.
    said = score_pair(
        replace(factor, speaker="Ann Selzer"), replace(concerned, speaker="Ann Selzer")
    )
    assert said.evidence["terms"]["claim"] == 0
    day = date(2018, 3, 26)
    leave = replace(
        claim(
            3,
            "The U.S. is giving the Russian operatives seven days to leave the country.",
            7,
            "day",
        ),
        quantity="seven days",
        measures="operatives",
        published=day,
    )
    told = replace(
        claim(4, "They have seven days to leave the country, the officials said.", 7, "day"),
        quantity="seven days",
        published=day,
    )
    assert score_pair(leave, told).link


def test_a_vague_plural_agrees_with_no_figure() -> None:
    twelve = replace(
        claim(1, "Trump ordered the expulsion of 12 Russian intelligence officers.", 12, "count"),
        quantity="12 Russian intelligence officers",
        measures="officers",
    )
    dozens = replace(
        claim(
            2,
            "Trump ordered the expulsion of dozens of Russian intelligence officers.",
            12,
            "count",
        ),
        quantity="dozens of Russian intelligence officers",
        measures="officers",
    )
    shared = frozenset(["trump", "order", "expuls"])
    assert agreement.agrees(twelve, replace(twelve, id=3), shared | {"russian"})
    assert not agreement.agrees(twelve, dozens, shared | {"russian"})


def test_named_speakers_clauses_on_one_topic_need_something_named_in_both() -> None:
    cohen = quote(
        1, 'guilty to violating campaign finance laws "at the direction of" Trump', "Michael Cohen"
    )
    nadler = quote(
        2,
        "if the payments were found to violate campaign finance laws it would be an impeachable "
        "offense",
        "Jerrold Nadler",
    )
    match = score_pair(cohen, nadler)
    assert not match.link and "local" not in match.evidence
    # What both name lets the clause count, as one speaker's clause always does.
    named = replace(nadler, text=nadler.text.replace("payments", "payments to Trump"))
    assert "local" in score_pair(cohen, named).evidence
    assert "local" in score_pair(cohen, replace(nadler, speaker="Michael Cohen")).evidence


def test_two_polls_margins_of_error_are_not_one_fact() -> None:
    def margin(item_id: int, sentence: str, quantity: str, measures: str, day: date) -> LinkItem:
        item = claim(item_id, sentence, 3, "percentage_point")
        return replace(item, quantity=quantity, measures=measures, published=day)

    fox = margin(
        1,
        "The full poll has a margin of sampling error of plus or minus three percentage points.",
        "minus three percentage points",
        "sampling error",
        date(2014, 1, 23),
    )
    swing = margin(
        2,
        "For all samples, the margin of error is plus or minus 3 percentage points.",
        "minus 3 percentage points",
        "error",
        date(2016, 5, 10),
    )
    assert not score_pair(fox, swing).link


def test_two_named_people_on_one_topic_weeks_apart_are_not_one_statement() -> None:
    trump = quote(1, "the U.S. is not ready to make a trade deal with China", "Donald J. Trump")
    ernst = quote(
        2,
        "Trump complete work on his trade deal with Mexico and Canada and end the trade war with "
        "China, all major markets of U.S. farm exports",
        "Joni Ernst",
    )
    trump, ernst = (
        replace(trump, published=date(2019, 5, 26)),
        replace(ernst, published=date(2019, 7, 5)),
    )
    match = score_pair(trump, ernst)
    assert not match.link and match.evidence["terms"]["speaker"] < 0
    # Alike texts of two people leaving little unsaid (`says_more` false) cost only weeks apart:
    # within the story's days, or at unknown dates, outlets attribute one statement differently.
    miller = quote(3, "has always been the anti-establishment candidate", "Jason Miller")
    kasich = quote(4, "a new twist: He's an anti-establishment candidate now", "John Kasich")
    miller = replace(miller, published=date(2016, 1, 5))
    apart = score_pair(miller, replace(kasich, published=date(2016, 2, 20)))
    assert apart.evidence["terms"]["speaker"] == scoring.SPEAKER_OTHER
    for day in (date(2016, 1, 6), None):
        assert score_pair(miller, replace(kasich, published=day)).evidence["terms"]["speaker"] == 0
    # Unnamed or one person's: no cost; the same words by two people: a conflict, no cost.
    assert score_pair(trump, replace(ernst, speaker="aides")).evidence["terms"]["speaker"] == 0
    assert score_pair(trump, replace(ernst, speaker="Trump")).evidence["terms"]["speaker"] >= 0
    same = score_pair(trump, replace(trump, id=3, article_id=3, speaker="Joni Ernst"))
    assert same.link and same.evidence["terms"]["speaker"] == 0


def test_shares_of_two_polls_are_not_linked() -> None:
    def share(item_id: int, sentence: str, value: float, quantity: str, measures: str) -> LinkItem:
        item = claim(item_id, sentence, value, "percent")
        return replace(item, quantity=quantity, measures=measures, published=date(2016, 2, 3))

    harper = (
        "He placed second in a Harper Polling survey behind Mr. Trump by a 31 to 14 percent "
        "margin, followed by Mr. Kasich, 12 percent, and Mr. Rubio, 10, percent and Mr. Cruz, "
        "9 percent."
    )
    cluster = (
        "There's a cluster of candidates statistically tied for second place: Kasich has 14 "
        "percent of would be voters, Rubio came in with 13 percent, Jeb Bush also had 13 "
        "percent, and Cruz had 12 percent support."
    )
    kasich = share(1, harper, 12, "12 percent", "Mr Kasich")
    cruz = share(2, cluster, 12, "12 percent", "Cruz")
    cruz_before = share(3, harper, 9, "9 percent", "Mr Cruz")
    for a, b in ((kasich, cruz), (cruz_before, cruz)):
        match = score_pair(a, b)
        assert not match.link and match.evidence["terms"]["claim"] == pytest.approx(
            -match.evidence["text"], abs=0.01
        )
    # One poll told twice shares its figures, and its shares still link.
    retold = share(
        4, harper.replace("Harper Polling survey", "new Harper poll"), 12, "12 percent", "Kasich"
    )
    assert score_pair(kasich, retold).link


def test_one_figure_of_two_market_reports_is_not_linked() -> None:
    # A daily report's boilerplate sentence of another week shares the claim's figure ("2 new
    # lows") while its other figures differ: another report, whatever the likeness.
    def lows(item_id: int, sentence: str, day: date) -> LinkItem:
        item = claim(item_id, sentence, 2, "count")
        return replace(item, quantity="2 new lows", measures="new lows", published=day)

    monday = lows(
        1,
        "The Dow posted 23 new 52-week highs and 2 new lows; the Russell 2000 recorded 37 new "
        "highs and 81 new lows.",
        date(2021, 3, 1),
    )
    later = lows(
        2,
        "The Dow posted 9 new 52-week highs and 2 new lows; the Russell 2000 recorded 58 new "
        "highs and 14 new lows.",
        date(2021, 5, 20),
    )
    match = score_pair(monday, later)
    assert not match.link
    assert match.evidence["terms"]["claim"] == pytest.approx(-match.evidence["text"], abs=0.01)
    assert score_pair(monday, replace(later, published=None)).evidence["terms"]["claim"] < 0
    # One story's days: a sentence updated with other figures still states its own one.
    assert score_pair(monday, replace(later, published=date(2021, 3, 2))).link
    # The same report told again shares its figures, and links at any date.
    retold = replace(monday, id=3, article_id=3, published=date(2021, 5, 20))
    assert score_pair(monday, retold).link
    # Sentences with one other figure each are not read so (a date, "Dec. 14", besides a count).
    one = replace(monday, text="On Dec. 14 the Dow posted 2 new lows, its fewest this year.")
    two = replace(later, text="On Dec. 13 the Dow posted 2 new lows, its fewest this year.")
    assert scoring.other_tables(scoring.prepare(one), scoring.prepare(two)) is False


def test_quotes_sharing_only_names_beyond_a_story_are_not_linked() -> None:
    # Two statements of one person naming the same people, months apart or at an unknown date,
    # share their subject, not a statement.
    told = quote(
        1,
        "he never briefed top Republicans, including Senate Leader Mitch McConnell and House "
        "Whip Steve Scalise",
        "Joe Biden",
        published=date(2022, 4, 5),
        confidence=0.9,
    )
    talks = quote(
        2,
        "he would accept blame for a default after heated talks with Republicans Mitch "
        "McConnell and Steve Scalise",
        "Joe Biden",
        confidence=0.9,
    )
    for day in (None, date(2022, 9, 1)):
        match = score_pair(told, replace(talks, published=day))
        assert match.evidence["terms"]["rarity"] == pytest.approx(-match.evidence["text"], abs=0.01)
        assert not match.link
    # Within one story's days the rule is not read; unattributed free text is not either.
    near = score_pair(told, replace(talks, published=date(2022, 4, 7)))
    assert near.evidence["terms"]["rarity"] != pytest.approx(-near.evidence["text"], abs=0.01)
    free = score_pair(replace(told, speaker=None), replace(talks, speaker=None))
    assert free.evidence["terms"]["rarity"] != pytest.approx(-free.evidence["text"], abs=0.01)
    # An exact repeat is one statement, even of names alone.
    slogan = quote(3, "to Mitch McConnell and Steve Scalise", "Joe Biden", confidence=0.9)
    assert score_pair(slogan, replace(slogan, id=4, article_id=4)).score == 100
    # Two people's in two undated articles may be one joint statement told of each; with one
    # article dated and the other not, nothing puts them in one story (`other_voices`).
    mccarthy = replace(talks, speaker="Kevin McCarthy")
    other = score_pair(replace(told, published=None), mccarthy)
    assert other.evidence["terms"]["rarity"] != pytest.approx(-other.evidence["text"], abs=0.01)
    assert not score_pair(told, mccarthy).link


def test_one_measured_thing_or_values_that_can_both_hold_keep_their_text() -> None:
    day = date(2026, 3, 4)

    def strike(item_id: int, sentence: str, value: float, quantity: str) -> LinkItem:
        item = claim(item_id, sentence, value, "count")
        return replace(item, quantity=quantity, measures="workers", published=day)

    on_strike = strike(
        1,
        "About 3,000 workers have been on strike since Tuesday morning.",
        3000,
        "About 3,000 workers",
    )
    joined = strike(2, "About 3,000 workers had joined the walkout.", 3000, "About 3,000 workers")
    assert score_pair(on_strike, joined).evidence["terms"]["claim"] >= 0
    pipeline = replace(
        claim(3, "The green corridor is a 1,200 km pipeline.", 1200, "km"), quantity="1,200 km"
    )
    roughly = replace(
        claim(4, "The green corridor is a pipeline roughly 1,000 km long.", 1000, "km"),
        quantity="roughly 1,000 km",
    )
    match = score_pair(pipeline, roughly)
    assert match.evidence["terms"]["claim"] == scoring.CLAIM_UNMEASURED


def test_a_specific_figure_of_one_measured_thing_within_a_month_is_one_fact() -> None:
    def delegates(item_id: int, sentence: str, day: date) -> LinkItem:
        item = claim(item_id, sentence, 1237, "delegate")
        return replace(item, quantity="1,237 delegates", measures="delegates", published=day)

    needed = delegates(
        1,
        "It's not states won, but the 1,237 delegates needed to win the GOP nomination.",
        date(2016, 3, 2),
    )
    securing = delegates(
        2,
        "Conservative leaders met to find a way to prevent Trump from securing the 1,237 "
        "delegates needed for the nomination.",
        date(2016, 3, 18),
    )
    assert score_pair(needed, securing).evidence["terms"]["claim"] >= 0

    def things(item_id: int, sentence: str, day: date) -> LinkItem:
        item = replace(claim(item_id, sentence, 5, "thing"), quantity="five things")
        return replace(item, measures="things", published=day)

    know = things(
        3, "Here are five things you should know about the Electoral College:", date(2016, 3, 2)
    )
    trump = things(4, "Here are five things to know about The Donald.", date(2016, 3, 22))
    # "know" is all they share besides the figure: all their text goes (`CLAIM_COMMON`).
    assert score_pair(know, trump).evidence["terms"]["claim"] <= scoring.CLAIM_UNMEASURED


def test_short_quotes_at_unknown_dates_never_link_but_keep_their_order() -> None:
    # Few content words of unknown date: never a link, yet the closer telling ranks higher.
    short = quote(1, "We think they have the right to choose.")
    close = quote(2, '"We think PeopleSoft customers deserve the right to choose," Ellison said.')
    far = quote(3, "They think the market will choose a winner soon.")
    near, other = score_pair(short, close), score_pair(short, far)
    assert not near.link and not other.link
    assert near.evidence["text"] > other.evidence["text"]
    assert near.score > other.score > 0
    assert near.score <= scoring.SHORT_KEEP * 100 + scoring.SPEAKER_AGREE


def test_the_rarity_cost_shrinks_with_the_text_below_the_threshold() -> None:
    # Under the threshold a fixed cost would reorder pairs that link in no case.
    a = prepare(quote(1, "the council will meet again next week"))
    b = prepare(quote(2, "the council is expected to meet next week"))
    shared = frozenset(a.stems).intersection(b.stems)
    rare = rare_content(a, b, shared)
    assert scoring.COMMON_MAX <= rare < scoring.RARE_MIN
    costs = [scoring._rarity_term(a, b, shared, None, 0, t, None) for t in (10.0, 30.0, 55.0, 80.0)]
    assert costs[0] > costs[1] > costs[2] == costs[3] < 0
    assert costs[0] == pytest.approx(costs[2] * 10.0 / DEFAULT_THRESHOLD)


def test_a_sentence_stating_the_other_figure_does_not_contradict_it() -> None:
    # The second sentence says "five counts" too: its four and nine count other charges.
    a = replace(
        claim(
            1,
            "Manafort was convicted by a jury last August of five counts of tax fraud, two "
            "counts of bank fraud and one count of failing to disclose foreign bank accounts.",
            5,
            "count",
        ),
        quantity="five counts",
        measures="counts",
    )
    listing = (
        "When the special counsel focused on Manafort, he charged him with five counts of tax "
        "fraud, four counts of failing to report foreign bank accounts, and nine bank fraud counts."
    )
    for item_id, value, words in ((2, 4, "four counts"), (3, 9, "nine bank fraud counts")):
        other = replace(claim(item_id, listing, value, "count"), quantity=words, measures="counts")
        match = score_pair(a, other)
        assert not match.link and match.score == 0
    same = replace(claim(4, listing, 5, "count"), quantity="five counts", measures="counts")
    assert score_pair(a, same).link
    # A bare figure found in the other sentence says nothing: it may be a date or an age.
    bare = replace(claim(5, "Some 5 were hurt and 3 died.", 3, None), quantity="3")
    other = replace(claim(6, "Some 5 were hurt and 4 died.", 4, None), quantity="4")
    pb, po = prepare(bare), prepare(other)
    assert not scoring.other_figure(pb, po)


def test_a_bare_figure_contradicts_no_count() -> None:
    states = replace(
        claim(1, "In 2018, voters in five states approved ballot initiatives.", 5, "count"),
        quantity="five states",
        measures="states",
        published=date(2018, 11, 7),
    )
    law = replace(
        claim(
            2, "Voters in the state approved a ballot initiative on the three-strikes law.", 3, None
        ),
        quantity="three",
        measures="state law",
        published=date(2018, 11, 8),
    )
    assert not agreement.contradicts(states, law, {"voter", "approv", "ballot", "initi"}, text=50)
    fewer = replace(states, id=3, article_id=3, value=3, quantity="three states")
    # One sentence retold with another count of states (a list's size needs the same words).
    shared = {"voter", "approv", "ballot", "initi"}
    assert agreement.contradicts(states, fewer, shared, text=agreement.SAME_TEXT)
    assert not agreement.contradicts(states, fewer, shared, text=50)


def test_claims_of_unknown_date_conflict_only_in_one_sentence_retold() -> None:
    # Without dates two values may be of other times: "31 seats" of the senate against "22
    # seats" of the senate and the house, in other sentences, are no conflict.
    a = replace(
        claim(1, "Republicans control 31 seats in the state senate.", 31, "count"),
        quantity="31 seats",
        measures="seats",
    )
    b = replace(
        claim(2, "The GOP holds 22 seats across the state senate and the house.", 22, "count"),
        quantity="22 seats",
        measures="seats",
    )
    shared = {"senat", "republican", "control", "legisl"}
    assert not agreement.contradicts(a, b, shared, text=46)
    # Much alike is not enough: "The unemployment rate remained at 3.7 percent" is another
    # month's rate than "The unemployment rate of 3.8 percent remained the same".
    assert not agreement.contradicts(a, b, shared, text=agreement.ALIKE_TEXT)
    assert agreement.contradicts(a, b, shared, text=agreement.SAME_TEXT)
    dated = [replace(c, published=date(2018, 11, 7)) for c in (a, b)]
    assert agreement.contradicts(*dated, shared, text=46)


def test_two_lists_sizes_are_no_conflict() -> None:
    # "seven toss-up states -- Ohio, Virginia, ..." against "nine battleground states: Colorado,
    # Florida, ...": alike sentences (the same states listed), two lists.
    day = date(2012, 6, 3)
    seven = replace(
        claim(1, "That leaves seven toss-up states -- Ohio, Virginia and Iowa.", 7, "count"),
        quantity="seven toss-up states",
        measures="states",
        published=day,
    )
    nine = replace(
        claim(
            2, "It will be decided in nine battleground states: Ohio, Virginia, Iowa.", 9, "count"
        ),
        quantity="nine battleground states",
        measures="states",
        published=day,
    )
    shared = {"ohio", "virginia", "iowa", "state"}
    assert not agreement.contradicts(seven, nine, shared, text=65)
    assert agreement.contradicts(seven, nine, shared, text=agreement.SAME_TEXT)
    # A measured thing of its own still conflicts in other words.
    strikers = [replace(c, measures="striking dockworkers") for c in (seven, nine)]
    assert agreement.contradicts(*strikers, shared, text=agreement.ALIKE_TEXT)
    # One size stated twice still agrees ("six predominantly Muslim countries").
    assert agreement.agrees(seven, replace(nine, value=7), shared)


def test_two_people_naming_washington_dc_share_one_name() -> None:
    a = quote(1, "That's what Washington, D.C., does,", "Chris Christie")
    b = quote(
        2,
        "this president's fate is likely tied to how well he performs in the Washington, D.C., "
        "suburbs",
        "Brian Moran",
    )
    assert shared_names(prepare(a), prepare(b)) == 1
    assert not score_pair(a, b).link


def test_two_people_naming_the_same_two_people_is_not_a_link() -> None:
    day = date(2016, 7, 22)
    a = quote(
        1, "We have got to elect Hillary Clinton and Tim Kaine,", "Bernie Sanders", published=day
    )
    b = quote(
        2,
        "It's only fitting that Hillary Clinton would select an ethically challenged insider "
        "like Tim Kaine who's personally benefited from the rigged system,",
        "Jason Miller",
        published=day,
    )
    pa, pb = prepare(a), prepare(b)
    assert len(pa.names & pb.names) == 4 and scoring.shared_names(pa, pb) == 2
    assert not scoring.names_alike(pa, pb)
    match = score_pair(a, b)
    assert match.evidence["terms"]["names"] == 0
    assert not match.link
    # One source retold naming the same two bodies and people keeps its names term.
    assert scoring.names_alike(
        prepare(replace(a, speaker="NBC News")), prepare(replace(b, speaker="NBC News"))
    )


def test_three_names_count_between_two_named_people() -> None:
    a = prepare(
        quote(
            1,
            "trilateral cooperation between the United States, Japan and South Korea",
            "Joe Biden",
        )
    )
    b = prepare(
        quote(
            2,
            "He said Japan, the United States and South Korea would work closely together",
            "Fumio Kishida",
        )
    )
    assert scoring.shared_names(a, b) == 3
    assert scoring.names_alike(a, b)


def test_a_quote_naming_the_other_speaker_reports_his_words() -> None:
    said = "We have no basis to conclude she lied to the FBI."
    comey = quote(2, said, "James Comey")
    reported = quote(
        1, f"she was relying on Comey's statement to Congress: {said}", "Washington Post"
    )
    match = score_pair(reported, comey)
    assert match.evidence["text"] >= CONFLICT_TEXT
    assert scoring.names_the_other(prepare(reported), prepare(comey))
    assert match.relation is Relation.SAME and match.link
    assert not scoring.other_people(prepare(reported), prepare(comey))
    # Without the name, a part of one person's words in another's is no trimmed copy.
    other = replace(reported, text=f"she was relying on a statement to Congress: {said}")
    assert scoring.other_people(prepare(other), prepare(comey))
    assert not score_pair(other, comey).link


def test_a_phrase_of_another_persons_words_is_no_trimmed_copy() -> None:
    long = (
        "he will block all of President Trump's judicial nominees until his bill to protect "
        "special counsel Robert Mueller goes to a vote"
    )
    short = "Robert Mueller is still special counsel."
    flake, aide = quote(1, long, "Jeff Flake"), quote(2, short, "Marc Short")
    assert contained(prepare(flake), prepare(aide))
    assert scoring.other_people(prepare(flake), prepare(aide))
    assert not score_pair(flake, aide).link
    # One person's words trimmed, or of unknown speakers, are still a trimmed copy.
    assert score_pair(flake, replace(aide, speaker="Jeff Flake")).link
    assert score_pair(replace(flake, speaker=None), aide).link


def test_a_sign_up_form_links_to_nothing() -> None:
    form = "I can confirm I have read and accept the Terms Of Use."
    match = score_pair(quote(1, form), quote(2, form))
    assert match.score == 0 and not match.link


SENTENCES = [
    "We will raise taxes on working families, but not by 2 percent",
    "we will not raise taxes on working families by 2 percent",
    "Unemployment fell to 2 percent in May, the lowest in decades",
    "in May unemployment fell to 2 percent",
    "a free and open Indo-Pacific",
    "agreed to advance efforts to achieve a free and open Indo-Pacific based on the rule of law",
    "Defense spending will rise by 2 percent of GDP",
    "",
]
scorer_texts = st.text(alphabet=st.sampled_from("ab cd,ef"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(scorer_texts, scorer_texts)
def test_the_scorers_handed_on_do_not_depend_on_the_pairs_order(a: str, b: str) -> None:
    # The screen runs them with the later item first, `could_link` with the smaller text first.
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio, fuzz.token_set_ratio):
        assert scorer(a, b) == scorer(b, a)
        (batch,) = process.cpdist([a], [b], scorer=scorer, dtype=np.float64)
        assert batch == scorer(a, b)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(SENTENCES),
    st.sampled_from(SENTENCES),
    st.sampled_from(list(LinkKind)),
    st.sampled_from([20.0, 45.0, 60.0]),
    st.sets(st.sampled_from(["ratio", "token_sort_ratio", "token_set_ratio", "partial_ratio"])),
)
def test_scores_known_before_give_what_scoring_from_scratch_gives(
    a: str, b: str, kind: LinkKind, threshold: float, names: set[str]
) -> None:
    one, two = (
        prepare(LinkItem(i, kind, i, text, value=2.0, unit="percent"))
        for i, text in ((1, a), (2, b))
    )
    x, y = sorted((one, two), key=lambda p: (p.norm, p.item.id))
    known = {name: text_scores(x, y)[name] for name in names}
    assert could_link(one, two, threshold, known) == could_link(one, two, threshold)
    assert score_prepared(one, two, threshold, known) == score_prepared(one, two, threshold)
    assert text_scores(x, y, known) == text_scores(x, y)


def test_known_scores_are_not_computed_again() -> None:
    one, two = (prepare(quote(i, t)) for i, t in ((1, "we will win"), (2, "we shall win")))
    fake = {"ratio": 1.0, "token_sort_ratio": 2.0, "token_set_ratio": 3.0, "partial_ratio": 4.0}
    scores = text_scores(one, two, fake)
    assert {name: scores[name] for name in fake} == fake


reworded = st.lists(
    st.sampled_from(" ".join(SENTENCES).replace(",", "").split()), min_size=1, max_size=16
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(reworded | texts, reworded | texts, speakers, speakers, st.sampled_from([20.0, 45.0, 60.0]))
def test_could_link_without_its_quote_bound_answers_the_same(
    a: str, b: str, sa: str | None, sb: str | None, threshold: float
) -> None:
    one, two = prepare(quote(1, a, sa)), prepare(quote(2, b, sb))
    assert could_link(one, two, threshold, bound=False) == could_link(one, two, threshold)


JOBS_JULY = (
    "The economy added 163,000 jobs in July while unemployment ticked up slightly to 8.3 "
    "percent from 8.2 percent"
)
JOBS_JUNE = (
    "the economy added about 80,000 jobs in June — a number well below forecasters’ "
    "estimates and one that left the national unemployment rate unchanged at 8.2 percent"
)


def test_two_sources_clauses_weeks_apart_are_not_one_statement() -> None:
    # Two monthly jobs reports, 27 days apart: "the economy added ... jobs" is a topic.
    a = quote(1, JOBS_JULY, "Labor Department", published=date(2012, 8, 3))
    b = quote(2, JOBS_JUNE, "Bureau of Labor Statistics", published=date(2012, 7, 7))
    assert not scoring.may_match_locally(prepare(a), prepare(b))
    assert not score_pair(a, b).link
    # The same clauses within one story's days are still searched.
    near = replace(b, published=date(2012, 8, 1))
    assert scoring.may_match_locally(prepare(a), prepare(near))


def test_initials_are_not_shared_words_of_a_clause() -> None:
    # "U.S." is two initials: with "aid" and "Ukraine" it made three shared words.
    a = quote(
        1,
        "However, the U.S. later released the aid to Ukraine, and the Ukrainians were unaware "
        "the money was frozen in the first place until more than a month after Trump's call "
        "with Zelensky",
        "New York Times",
    )
    b = quote(
        2,
        "he presumed this stood for the release of U.S. military aid to Ukraine as well – though "
        "he was careful to say he had never heard that from President Trump on any of the many "
        "phone calls they had shared",
        "Gordon Sondland",
        published=date(2019, 11, 22),
    )
    local = scoring.local_match(prepare(a), prepare(b))
    assert local is None or local[0] - scoring.LOCAL_DISCOUNT < DEFAULT_THRESHOLD
    assert not score_pair(a, b).link


def test_one_speaker_months_apart_needs_the_same_words_not_a_high_model_score() -> None:
    a = quote(1, "This is the government's job.", "Chris Christie", published=date(2014, 10, 26))
    b = quote(2, "he was just doing his job", "Chris Christie", published=date(2013, 1, 6))
    assert not scoring.same_words(prepare(a), prepare(b))
    match = score_pair(a, b)
    assert match.evidence["terms"]["rarity"] < 0 and not match.link


def test_poll_shares_a_month_or_more_apart_are_other_polls() -> None:
    def sampling(item_id: int, sentence: str, day: date) -> LinkItem:
        return LinkItem(
            item_id,
            LinkKind.CLAIM,
            item_id,
            sentence,
            value=3.5,
            unit="percentage_point",
            measures="sampling error",
            quantity="minus 3.5 percentage points",
            published=day,
        )

    a = sampling(
        1,
        "Results for the full sample have a margin of sampling error of plus or minus 3.5 "
        "percentage points; for likely voters it is 4.2 points.",
        date(2012, 10, 25),
    )
    b = sampling(
        2,
        "The survey's overall sampling error is plus or minus 3.5 percentage points.",
        date(2012, 12, 4),
    )
    assert not score_pair(a, b).link
    # One poll's figure retold within the story's days still links.
    assert score_pair(a, replace(b, published=date(2012, 10, 26))).link


def test_approval_ratings_years_apart_are_other_polls() -> None:
    def rating(item_id: int, sentence: str, day: date) -> LinkItem:
        return LinkItem(
            item_id,
            LinkKind.CLAIM,
            item_id,
            sentence,
            value=50.0,
            unit="percent",
            measures="job approval rating",
            quantity="50 percent",
            published=day,
        )

    a = rating(
        1,
        "His job approval rating is hovering around 50 percent, which is pretty good, "
        "considering that he was under water for much of the last three years.",
        date(2016, 7, 1),
    )
    b = rating(
        2,
        "What's more, Obama's job approval rating has been 50 percent or higher in each of the "
        "last four daily tracking figures.",
        date(2012, 9, 24),
    )
    assert not score_pair(a, b).link
    # One rating's sentence retold within the story's days still links.
    assert score_pair(a, replace(b, text=a.text, published=date(2016, 7, 2))).link


def test_two_named_people_of_whom_one_says_more_are_two_statements() -> None:
    # Real archive quotes of unknown date: an outlet's report and Rudy Giuliani's words share
    # an investigation and an attorney general, and say otherwise different things.
    times = quote(
        1,
        "the New York attorney general opened an investigation into the NRA's tax-exempt status",
        "Lorraine Woellert",
    )
    giuliani = quote(
        2,
        "The person in charge of this investigation is Rod Rosenstein, the deputy attorney "
        "general,",
        "Rudy Giuliani",
    )
    match = score_pair(times, giuliani)
    assert not match.link and match.evidence["terms"]["speaker"] == scoring.SPEAKER_MORE
    # Unnamed, or one person: no cost.
    assert score_pair(times, replace(giuliani, speaker="aides")).evidence["terms"]["speaker"] == 0
    assert (
        score_pair(replace(times, speaker="Giuliani"), giuliani).evidence["terms"]["speaker"] >= 0
    )
    # A statement retold leaves little unsaid: Sean Spicer's telling of Trump's words links.
    trump = quote(
        3,
        "he can't release his tax returns because he is in the middle of a tax audit",
        "Donald J. Trump",
    )
    spicer = quote(
        4,
        "Trump did not plan to release his tax returns, saying Trump was under an audit",
        "Sean Spicer",
    )
    told = score_pair(trump, spicer)
    assert told.link and told.evidence["terms"]["speaker"] == 0


def test_a_title_two_people_give_one_person_is_no_shared_clause() -> None:
    giuliani = quote(
        1,
        "Trump had sought his advice on the possibility of granting a pardon to former campaign "
        "chairman Paul Manafort, who was convicted last week on tax and bank fraud charges",
        "Rudy Giuliani",
    )
    mueller = quote(
        2,
        "34 people, including the president's former campaign chairman, Paul Manafort; his first "
        "national security adviser, Michael Flynn; and three Russian companies",
        "Robert Mueller",
    )
    match = score_pair(giuliani, mueller)
    assert not match.link and "local" not in match.evidence
    assert segments.title_stems(mueller.text) >= {"former", "campaign", "chairman", "adviser"}
    # A name in a phrase ("a diplomat at the State Department") has no title before it.
    assert not segments.title_stems("the most experienced diplomat at the State Department")


def test_a_name_two_people_describe_alike_is_no_shared_clause() -> None:
    trump = quote(
        1,
        "he fired Comey because of reasons laid out in Deputy Attorney General Rod Rosenstein's "
        "memo which was critical of Comey's handling of the investigation into former Secretary "
        "of State Hillary Clinton's private email server",
        "Donald J. Trump",
    )
    strzok = quote(
        2,
        "the FBI and DOJ unlawfully disclosed his private text messages that disparaged Trump "
        "before and after the 2016 presidential election -- including the time frame during "
        "which he helped lead the agency's investigation into former Secretary of State "
        "Hillary Clinton's private email server and Russian meddling in the 2016 presidential "
        "election",
        "Strzok",
    )
    match = score_pair(trump, strzok)
    assert not match.link and "local" not in match.evidence
    assert not scoring.may_match_locally(prepare(trump), prepare(strzok))
    # One person telling it twice keeps the clause: the phrase is his, and so is the rest.
    again = replace(strzok, speaker="Donald J. Trump")
    assert scoring.may_match_locally(prepare(trump), prepare(again))


def test_a_clause_and_its_denial_are_not_one_statement() -> None:
    blumenthal = quote(
        1,
        "No scrubbing for executive privilege, no involvement by the White House in censoring or "
        "reviewing and no claims of executive privilege.",
        "Richard Blumenthal",
    )
    giuliani = quote(
        2,
        'it was "appropriate" for the White House to be able "to review matters of executive '
        'privilege."',
        "Rudy Giuliani",
    )
    match = score_pair(blumenthal, giuliani)
    assert not match.link and "local" not in match.evidence
    assert scoring.negated("they didn't review it") and not scoring.negated("they reviewed it")
    # A whole quote of two sentences may deny something else in its other sentence.
    day = date(2019, 2, 10)
    table = quote(
        3,
        "The government shutdown is still on the table. We do not want it to come to that, but "
        "that option is still open to the president and will remain so,",
        "Mick Mulvaney",
        published=day,
    )
    again = quote(
        4,
        "There\u2019ll be some things that simply we couldn\u2019t agree to. So the government "
        "shutdown is technically still on the table,",
        "Mick Mulvaney",
        published=day,
    )
    assert score_pair(table, again).link


def test_one_persons_generic_remarks_of_one_week_are_two_remarks() -> None:
    day = date(2019, 6, 4)
    first = quote(1, "I don't think they will do that,", "Trump", published=day)
    other = quote(
        2,
        "I think she's a disgrace. I don't think she's a talented person,",
        "Donald J. Trump",
        published=day + timedelta(days=3),
    )
    match = score_pair(first, other)
    assert not match.link and match.evidence["terms"]["rarity"] < 0
    # Rare content in common, or nearly the same words, is one remark said again.
    obama = quote(3, "time is not unlimited.", "Barack Obama", published=day)
    again = quote(
        4,
        "time to diplomatically resolve the Iranian nuclear issue \u201cis not unlimited.\u201d",
        "Obama",
        published=day + timedelta(days=1),
    )
    assert score_pair(obama, again).link
    assert score_pair(first, replace(first, id=5, article_id=5, published=day)).link
    # A phrase trimmed word for word from the other quote of one person is that quote.
    phrase = quote(6, "turning point", "Rafael Quintal", published=day)
    sentence = quote(
        7,
        "This agreement is a turning point for our two peoples, and we intend to honour every "
        "line of it,",
        "Rafael Quintal",
        published=day + timedelta(days=1),
    )
    assert score_pair(phrase, sentence).link


def test_a_person_against_a_body_is_no_attribution_conflict() -> None:
    text = "He will instead host an event in Iowa to raise money for the wounded veterans"
    day = date(2016, 1, 26)
    person = quote(1, text, "Corey Lewandowski", published=day, confidence=0.9)
    for name in ("Trump campaign", "White House", "United States"):
        body = quote(2, text, name, published=day, confidence=0.9)
        assert score_pair(person, body).relation is Relation.SAME
    other = quote(2, text, "Hope Hicks", published=day, confidence=0.9)
    assert score_pair(person, other).relation is Relation.CONFLICT


def test_one_idea_in_other_words_is_no_attribution_conflict() -> None:
    # Two people saying one promise in other words paraphrase it; one statement given to two
    # people is written nearly alike.
    day = date(2013, 11, 13)
    obama = "Americans could keep their health insurance plans if they like them"
    clinton = "if they like their health plans, they can keep them"
    one = quote(1, obama, "Barack Obama", published=day, confidence=0.9)
    two = quote(2, clinton, "Bill Clinton", published=day, confidence=0.95)
    assert score_pair(one, two).relation is Relation.SAME
    assert score_pair(one, replace(two, text=obama)).relation is Relation.CONFLICT


def _figure(item_id: int, sentence: str, quantity: str, value: float, **kw: object) -> LinkItem:
    item = LinkItem(item_id, LinkKind.CLAIM, item_id, sentence, value=value, unit="count")
    return replace(item, quantity=quantity, **kw)  # type: ignore[arg-type]


def test_claims_sharing_nothing_but_the_figure_are_no_link() -> None:
    # One speaker's "600 people" years apart: the sentences share no rare word besides it.
    gym = _figure(
        1,
        "They had 600 people in a gym.",
        "600 people",
        600.0,
        speaker="Donald Trump",
        measures="people",
        published=date(2016, 10, 24),
    )
    later = replace(
        gym, id=2, article_id=2, text="They said he had 600 people there.", published=None
    )
    later = replace(later, published=date(2019, 5, 28))
    match = score_pair(gym, later)
    assert match.evidence["rare_shared"] < scoring.CLAIM_COMMON
    assert not match.link
    # Within a month, one speaker stating one figure again still links.
    again = replace(later, published=date(2016, 10, 26))
    assert score_pair(gym, again).link


@pytest.mark.parametrize(
    ("a", "b", "quantity", "value", "days"),
    [
        (
            "We're joined now by two guests.",
            "HOST: We're joined now by two guests.",
            "two guests",
            2.0,
            980,
        ),
        (
            "Here are five things we learned on Tuesday night:",
            "Here are five things we learned:",
            "five things",
            5.0,
            141,
        ),
    ],
)
def test_a_stock_sentence_months_apart_is_no_claim_told_again(
    a: str, b: str, quantity: str, value: float, days: int
) -> None:
    first = _figure(1, a, quantity, value, published=date(2014, 5, 15))
    later = _figure(2, b, quantity, value, published=date(2014, 5, 15) + timedelta(days=days))
    match = score_pair(first, later)
    assert match.evidence["text"] >= scoring.CLAIM_RETOLD and not match.link
    # A standing fact told again months later shares rare words besides its figure.
    wage = _figure(
        3,
        "The federal minimum wage is $7.25 an hour.",
        "$7.25 an hour",
        7.25,
        unit="USD",
        published=date(2014, 5, 15),
    )
    stuck = _figure(
        4,
        "The federal minimum wage has been stuck at $7.25 an hour since 2009.",
        "$7.25 an hour",
        7.25,
        unit="USD",
        published=date(2015, 6, 19),
    )
    assert score_pair(wage, stuck).link
    # So does a statement quoted again years later, in common words.
    said = "There are 47 percent of the people who will vote for the president no matter what"
    remark = _figure(5, f"{said},” he said.", "47 percent", 47.0, published=date(2012, 9, 18))
    retold = _figure(6, f"{said}.", "47 percent", 47.0, published=date(2016, 9, 14))
    assert score_pair(remark, retold).link


def test_two_people_sharing_a_clause_but_no_figure_are_two_statements() -> None:
    # An analyst's note on the $200 billion round against Trump's $16 billion round, three
    # days apart: "tariffs on Chinese goods" is the story, the figures tell two statements.
    analyst = quote(
        1,
        "The new $200 billion of U.S. tariffs on Chinese goods, mostly consumer-oriented, will "
        "depress spending and hurt the retail sector beginning in 2019,",
        "Seema Shah",
        published=date(2018, 9, 21),
    )
    trump = quote(
        2,
        "he'd place 25 percent tariffs on $16 billion of Chinese goods",
        "Donald Trump",
        published=date(2018, 9, 18),
    )
    assert scoring.local_match(prepare(analyst), prepare(trump)) is None
    assert not score_pair(analyst, trump).link
    # The same round's figure on both sides keeps the clause.
    same_round = replace(
        trump, text="he'd place 10 percent tariffs on $200 billion of Chinese goods"
    )
    assert scoring.local_match(prepare(analyst), prepare(same_round)) is not None


def test_a_figure_written_in_words_is_shared_with_its_digits() -> None:
    # One Bureau of Labor Statistics statement told twice on one day: "one" and "1".
    true_rate = quote(
        1,
        "the true unemployment rate is probably closer to 12.1 percent, one percentage point "
        "higher than the official rate it gave",
        "Bureau of Labor Statistics",
        published=date(2020, 7, 2),
    )
    june = quote(
        2,
        "the June report included substantially fewer misclassified survey respondents, "
        "meaning the actual unemployment rate is likely 1 percentage point higher than the "
        "figure reported June",
        "Bureau of Labor Statistics",
        published=date(2020, 7, 2),
    )
    assert 1.0 in scoring.figures(prepare(true_rate))
    assert not scoring.other_figures(prepare(true_rate), prepare(june))
    assert scoring.local_match(prepare(true_rate), prepare(june)) is not None
    assert score_pair(true_rate, june).link


def test_number_words_alone_set_no_clause_apart() -> None:
    # "one day more" is no figure against "MS-13": Trump's one statement told twice.
    a = quote(
        1,
        "We cannot tolerate as a society the spilling of innocent, young, wonderful, vibrant "
        "people - sons and daughters, even husbands and wives. We cannot accept this violence "
        "one day more.",
        "Trump",
        published=date(2017, 7, 28),
    )
    b = quote(
        2,
        "[MS-13 has] transformed peaceful parks and beautiful quiet neighborhoods into "
        "blood-stained killing fields. They're animals. We cannot tolerate as a society the "
        "spilling of innocent, young, wonderful vibrant people,",
        "Trump",
        published=date(2017, 7, 31),
    )
    assert not scoring.other_figures(prepare(a), prepare(b))
    assert score_pair(a, b).link


def test_two_polls_shares_at_an_unknown_date_are_two_polls() -> None:
    def share(item_id: int, sentence: str, **kw: object) -> LinkItem:
        item = replace(claim(item_id, sentence, 51, "percent"), quantity="51 percent")
        return replace(item, measures="disapprove", **kw)  # type: ignore[arg-type]

    cnn = share(
        1,
        "A CNN poll conducted from May 7-10 found 45% of Americans approved of the job Trump "
        "has done as president, while 51 percent disapproved.",
        published=date(2020, 6, 8),
    )
    gallup = share(
        2,
        "The latest Gallup poll reported that only 44 percent of voters approve of Trump's "
        "transition, while 51 percent disapprove.",
    )
    match = score_pair(cnn, gallup)
    assert not match.link and match.score == 0
    # One poll's sentence retold by another outlet still links.
    retold = replace(cnn, id=3, article_id=3, published=None)
    assert score_pair(cnn, retold).link


def test_one_persons_names_make_no_clause_at_an_unknown_date() -> None:
    # Two of Trump's statements on the Cohen payment, one undated: the names are his subject.
    knew = quote(
        1,
        "he didn't know about Cohen's $130,000 payment to porn star Stormy Daniels, or how he "
        "got the money",
        "Trump",
    )
    repaid = quote(
        2,
        "repaying his former lawyer Michael Cohen for the $130,000 paid to porn star Stephanie "
        "Clifford, also known as Stormy Daniels",
        "Donald Trump",
        published=date(2018, 12, 10),
    )
    assert not score_pair(knew, repaid).link
    # Within one story's days his names still count in a clause.
    dated = replace(knew, published=date(2018, 12, 11))
    assert "local" in score_pair(dated, repaid).evidence


def test_prepare_normalises_a_quote_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from factdb.link import normalize

    text = "We will not back down, Kishida said in Tokyo"
    seen: list[str] = []
    normalise = normalize.normalize_text

    def counted(value: str) -> str:
        seen.append(value)
        return normalise(value)

    monkeypatch.setattr(normalize, "normalize_text", counted)
    prepared = prepare(LinkItem(1, LinkKind.QUOTE, 1, text, "Fumio Kishida"))
    assert seen.count(text) == 1
    assert prepared.confident == frozenset()  # the quote names its speaker


def _expelled(item_id: int, sentence: str, quantity: str, measures: str, **kw: Any) -> LinkItem:
    value = float(next(w for w in quantity.split() if w.isdigit()))
    kw.setdefault("published", date(2018, 3, 26))
    return _figure(item_id, sentence, quantity, value, measures=measures, **kw)


def test_one_count_in_other_nouns_links_within_the_story_days() -> None:
    # Two outlets' one count of expelled Russians, one day: other nouns, 36 of text.
    officers = _expelled(
        1,
        "President Trump expelled 60 Russian intelligence officers Monday and closed Russia's "
        "consulate in Seattle, joining European allies in punishing Moscow for the poisoning "
        "of a former Russian spy in Britain.",
        "60 Russian intelligence officers",
        "officers",
    )
    people = _expelled(
        2,
        "The 60 people expelled from the U.S. include 48 attached to the Russian embassy and 12 "
        "at the country's mission to the United Nations.",
        "60 people",
        "people",
    )
    match = score_pair(officers, people)
    assert match.evidence["text"] < 40
    assert match.evidence["terms"]["claim"] == scoring.STORY_COUNT
    assert match.link and match.relation is Relation.SAME
    nations = _expelled(
        3,
        "The U.S. move was coordinated with 14 European nations, which also announced the "
        "expulsions of Russian diplomats.",
        "14 European nations",
        "nations",
    )
    countries = _expelled(
        4,
        "European Council President Donald Tusk said that 14 EU countries would expel Russia "
        "diplomats, and those announcements came in rapid succession.",
        "14 EU countries",
        "countries",
    )
    assert score_pair(nations, countries).link
    # Over a week apart it is a figure of another day, as before.
    assert not score_pair(officers, replace(people, published=date(2018, 4, 6))).link
    assert not score_pair(officers, replace(people, published=None)).link


def test_one_count_needs_one_kind_and_a_word_of_the_story() -> None:
    expelled = _expelled(
        1,
        "The president's move led a wave Monday of at least 21 countries expelling more than "
        "100 Russian officials.",
        "more than 100 Russian officials",
        "officials",
    )
    # The number of Russian agents at work in the U.S.: nothing shared but the quantities.
    at_work = _expelled(
        2,
        "The U.S. officials said more than 100 Russian intelligence agents work under cover as "
        "diplomats in the U.S. and described the number as unacceptable.",
        "more than 100 Russian intelligence agents",
        "agents",
    )
    assert not scoring.one_count(prepare(expelled), prepare(at_work), frozenset({"u"}))
    assert not score_pair(expelled, at_work).link
    spies = _expelled(
        3,
        "They said Russia has more than 100 spies in the U.S., a number that one official "
        "called unacceptably large.",
        "more than 100 spies",
        "spies",
    )
    # Words of any story ("one", "official", "called") are no word of this one.
    hurt = _expelled(
        4,
        "One official said more than 100 people were affected by the attack, which the "
        "government has said employed a nerve agent.",
        "more than 100 people",
        "people",
    )
    assert not score_pair(spies, hurt).link
    # Another kind of thing counted, or another country's diplomats, is another count.
    cars = replace(hurt, id=5, text=hurt.text.replace("people", "cars"), measures="cars")
    assert not scoring.kinds_meet("spie", "car")
    assert not score_pair(spies, replace(cars, quantity="more than 100 cars")).link
    russians = _expelled(
        6,
        "The U.K. had already expelled 23 Russian diplomats in response to the attack on "
        "Skripal and his daughter.",
        "23 Russian diplomats",
        "diplomats",
    )
    british = _expelled(
        7,
        "Putin's government in turn expelled 23 British diplomats from Russia over what it "
        "called unsubstantiated accusations.",
        "23 British diplomats",
        "diplomats",
    )
    assert scoring.other_owners(russians, british)
    assert not score_pair(russians, british).link


def test_count_kinds_read_the_word_list() -> None:
    kinds, generic = scoring.count_kinds()
    assert kinds[scoring.nz.stem("diplomats")] == kinds[scoring.nz.stem("officers")]
    assert scoring.nz.stem("people") in generic
    assert scoring.kinds_meet(scoring.nz.stem("people"), scoring.nz.stem("spies"))
    assert not scoring.kinds_meet(scoring.nz.stem("people"), scoring.nz.stem("countries"))


_PRIEBUS = (
    "any effort by conservatives to draft a candidate to run against presumptive GOP nominee "
    'Donald Trump would be a "suicide mission for our country."'
)


def _told(text: str, speaker: str | None, day: int, item_id: int = 1) -> LinkItem:
    return quote(item_id, text, speaker, published=date(2016, 5, day), confidence=0.95)


def test_words_one_outlet_marks_link_the_statement_another_prints_whole() -> None:
    whole = _told("This is a suicide mission,", "Reince Priebus", 15)
    marked = _told(_PRIEBUS, "Reince Priebus", 16, 2)
    match = score_pair(whole, marked)
    assert match.link and match.evidence["quoted"] == "suicide mission"
    assert could_link(prepare(whole), prepare(marked))
    # The excerpt found whole in a longer statement of the speaker.
    vice = _told(
        "his earlier years of prodigious puffery were \u201ca bad habit and a vice.\u201d",
        "Obama",
        21,
    )
    smoked = _told(
        "As has been well documented, I smoked pot as a kid, and I view it as a bad habit and a "
        "vice, not very different from the cigarettes that I smoked as a young person",
        "Obama",
        19,
        2,
    )
    assert score_pair(vice, smoked).evidence["quoted"] == "a bad habit and a vice"
    assert score_pair(vice, smoked).link


@pytest.mark.parametrize(
    ("speaker", "day"),
    [
        ("Paul Ryan", 16),  # another speaker's words
        ("Reince Priebus", 20),  # five days later: no longer the story's days
    ],
)
def test_marked_words_need_one_speaker_within_days(speaker: str, day: int) -> None:
    whole = _told("This is a suicide mission,", "Reince Priebus", 15)
    marked = _told(_PRIEBUS, speaker, day, 2)
    assert "quoted" not in score_pair(whole, marked).evidence


def test_marked_commonplace_words_link_nothing() -> None:
    # "tell the truth" is 4.0 of rarity: anyone's words.
    marked = _told('to simply "tell the truth" about Iran\'s intentions', "Benjamin Netanyahu", 1)
    other = _told(
        "I will tell the truth in the face of the sweet talk and the onslaught of smiles,",
        "Benjamin Netanyahu",
        1,
        2,
    )
    assert "quoted" not in score_pair(marked, other).evidence
    assert not score_pair(marked, other).link


def test_words_both_outlets_mark_link_whoever_speaks() -> None:
    said = "\u201cthinks Congress should\u2019ve gotten its act together a lot longer ago.\u201d"
    one = _told(f"John Kelly, Trump's chief of staff, {said}", None, 3)
    two = _told(
        "chief of staff John Kelly, who has been running the West Wing policy process on the "
        f"issue, {said}",
        None,
        3,
        2,
    )
    assert score_pair(one, two).link
    # A short phrase two outlets mark is not one statement of unknown speakers.
    hunt = _told('the investigation is a "rigged witch hunt"', None, 3)
    other = _told('he called it a "rigged witch hunt" again', None, 3, 2)
    assert "quoted" not in score_pair(hunt, other).evidence


def _sum(item_id: int, sentence: str, quantity: str, value: float, **kw: Any) -> LinkItem:
    kw.setdefault("published", date(2015, 10, 15))
    item = LinkItem(item_id, LinkKind.CLAIM, item_id, sentence, value=value, unit="USD")
    return replace(item, quantity=quantity, **kw)


def test_one_specific_sum_of_the_story_days_links_in_other_words() -> None:
    # One campaign's quarterly haul in two outlets' sentences, a day apart: they share only
    # "campaign", "senator" and "quarter" besides the figure, under `agrees`' rarity.
    modest = _sum(
        1,
        "The senator's campaign reported raising a modest $3.4 million in the third quarter, "
        "leaving it short of cash for television ads.",
        "$3.4 million",
        3.4e6,
        measures="raising",
    )
    rivals = _sum(
        2,
        "Both rivals outpaced the senator over the quarter, whose campaign took in $3.4 million "
        "while the governor collected three times as much.",
        "$3.4 million",
        3.4e6,
        measures="took",
        published=date(2015, 10, 16),
    )
    match = score_pair(modest, rivals)
    assert match.evidence["rare_shared"] < agreement.AGREE_RARITY
    assert match.evidence["terms"]["claim"] == scoring.STORY_COUNT
    assert match.link and match.relation is Relation.SAME
    # A week apart it may be another quarter's or another campaign's figure.
    assert not score_pair(modest, replace(rivals, published=date(2015, 10, 23))).link


def test_a_round_or_otherwise_named_sum_of_the_story_days_is_no_link() -> None:
    modest = _sum(
        1,
        "The senator's campaign reported raising a modest $3 million in the third quarter, "
        "leaving it short of cash for television ads.",
        "$3 million",
        3e6,
        measures="raising",
    )
    rivals = _sum(
        2,
        "Both rivals outpaced the senator over the quarter, whose campaign took in $3 million "
        "while the governor collected three times as much.",
        "$3 million",
        3e6,
        measures="took",
        published=date(2015, 10, 16),
    )
    assert not agreement.told_figure(modest)  # a round figure many stories tell
    assert not score_pair(modest, rivals).link
    # One specific figure of what the sentences name as other things.
    cuts = _sum(
        3,
        "Republican leaders vowed to protect the $1.1 trillion in sequester cuts during the "
        "budget talks this fall.",
        "$1.1 trillion",
        1.1e12,
        measures="sequester cuts",
    )
    subsidies = _sum(
        4,
        "A Senate finance aide said the budget talks could not touch the $1.1 trillion in "
        "insurance subsidies under the health law.",
        "$1.1 trillion",
        1.1e12,
        measures="insurance subsidies",
        published=date(2015, 10, 16),
    )
    assert agreement.told_figure(cuts)
    assert not scoring.one_told(prepare(cuts), prepare(subsidies), frozenset({"budget"}))
    assert not score_pair(cuts, subsidies).link


def test_a_few_words_said_again_need_their_own_words() -> None:
    # The text model reads much in a few common words: one person's other remarks months
    # apart, or at an unknown date, are not one statement.
    good = quote(1, "Very, very good,", "Donald Trump", published=date(2018, 10, 7))
    man = quote(2, "very good man.", "Donald Trump", published=date(2018, 7, 20))
    assert not score_pair(good, man).link
    think = quote(3, "Think about that!", "Donald Trump", published=date(2020, 3, 31))
    assert not score_pair(think, quote(4, "I think I'd take it.", "Donald Trump")).link
    # The same words are still one statement.
    again = quote(5, "Very very good!", "Donald Trump", published=date(2018, 7, 20))
    assert score_pair(good, again).link


def test_a_word_in_quotation_marks_of_two_articles_is_no_statement() -> None:
    dated = quote(1, "disgusting", None, published=date(2016, 6, 17))
    undated = quote(2, "disgusting", None)
    assert not score_pair(dated, undated).link
    assert not score_pair(dated, replace(undated, published=date(2018, 2, 2))).link
    # Free text, as `compare` scores it, is only its words.
    assert score_pair(replace(dated, published=None), undated).link


DEBATE_RULE = (
    "To qualify for the third debate, a candidate must reach 2 percent in at least four "
    "national or early-state polls from qualifying polling organizations and must have at least "
    "130,000 unique donors, including at least 400 donors in at least 20 states."
)
DEBATE_RETOLD = (
    "The qualification thresholds are the same as those for the third debate: Candidates must "
    "attract both 2 percent support in four qualifying national or early-state polls released "
    "between June 28 and Oct. 1, and collect contributions from 130,000 unique donors "
    "(including at least 400 individual donors in at least 20 states)."
)


def test_two_figures_of_one_rule_retold_are_not_linked() -> None:
    # Two outlets' sentences of one debate rule hold the same figures: each meets its own copy,
    # not the other figures, though "at least" lets any two of them both hold.
    def rule(item_id: int, sentence: str, value: float, quantity: str, measures: str) -> LinkItem:
        item = replace(claim(item_id, sentence, value, "count"), quantity=quantity)
        day = date(2019, 8, 26) if sentence == DEBATE_RULE else date(2019, 9, 9)
        return replace(item, measures=measures, published=day)

    polls = rule(1, DEBATE_RULE, 4, "at least four national or early-state polls", "polls")
    donors = rule(2, DEBATE_RETOLD, 400, "at least 400 individual donors", "donors")
    many = rule(3, DEBATE_RULE, 130_000, "at least 130,000 unique donors", "donors")
    few = rule(4, DEBATE_RULE, 400, "at least 400 donors", "donors")
    for a, b in ((polls, donors), (many, donors)):
        match = score_pair(a, b)
        assert not match.link and match.score == 0
    assert score_pair(few, donors).link


def test_qualifiers_before_a_figure_are_not_read_for_its_copy() -> None:
    # "at least 130,000 unique donors" is written "from 130,000 unique donors" in the retold
    # sentence: a copy of the figure, whatever the qualifier.
    many = replace(
        claim(1, DEBATE_RULE, 130_000, "count"), quantity="at least 130,000 unique donors"
    )
    donors = replace(
        claim(2, DEBATE_RETOLD, 400, "count"), quantity="at least 400 individual donors"
    )
    assert scoring.other_figure(prepare(many), prepare(donors))


def test_a_quote_of_no_speaker_at_an_unknown_date_needs_more_rare_content() -> None:
    earnest = quote(
        1,
        "Obviously we’re aware of the situation and concerned about it,",
        "Josh Earnest",
        published=date(2016, 1, 4),
    )
    agency = quote(2, "the agency was aware of the incident and is monitoring the situation")
    unplaced = score_pair(earnest, agency)
    assert not unplaced.link
    # Known to be of one day, or both of no speaker, the same words cost less.
    dated = (replace(agency, published=date(2016, 1, 4)), earnest)
    for pair in (dated, (replace(earnest, speaker=None), agency)):
        placed = score_pair(*pair)
        assert placed.evidence["terms"]["rarity"] > unplaced.evidence["terms"]["rarity"]
    # A statement told in other words keeps its link.
    clinton = quote(3, 'he "knows nothing about the terrible crimes"', "Bill Clinton")
    told = quote(
        4,
        "Bill Clinton:Clinton 'knows nothing' about 'terrible crimes' alleged against Epstein",
        published=date(2019, 7, 12),
    )
    assert score_pair(clinton, told).link


def test_a_title_before_a_name_is_no_shared_name() -> None:
    # One person named with his title ("Deputy Attorney General Rod Rosenstein") by a weakly
    # attributed quote and another shares two name words, not five.
    a = prepare(
        quote(
            1,
            "the inquiry was signed off by Deputy Attorney General Rod Rosenstein last spring",
            "officials",
        )
    )
    b = prepare(
        quote(
            2, "it was Deputy Attorney General Rod Rosenstein who appointed Mueller", "Jim Jordan"
        )
    )
    assert len(a.names & b.names) == 5
    assert scoring.titles_before_names(a.item.text) == {"deputy", "attorney", "general"}
    assert not scoring.names_alike(a, b)
    # Other names still count: a person and a body ("Eric Holder", "Fox News").
    c = prepare(quote(3, "Attorney General Eric Holder told Fox News on Sunday", "NBC News"))
    d = prepare(quote(4, "Attorney General Eric Holder said in an interview with Fox News", "NBC"))
    assert scoring.names_alike(c, d)
    # A body whose name is all title words keeps them ("Homeland Security", "Senate").
    assert not scoring.titles_before_names("the Homeland Security committee and Senate Republicans")


def test_a_claim_sentence_of_its_figure_alone_links_to_nothing() -> None:
    bare = score_pair(claim(1, "20.", 20.0, None), claim(2, "20", 20.0, None))
    assert bare.score == 0.0 and not bare.link
    # A sentence with words keeps its link.
    said = "Twenty people were hurt in the crash."
    assert score_pair(claim(1, said, 20.0, "count"), claim(2, said, 20.0, "count")).link


def test_a_cited_verse_links_to_nothing() -> None:
    a = replace(claim(1, "1 Cor.", 1.0, None), quantity="1")
    b = replace(claim(2, "(1 Cor.", 1.0, None), quantity="1")
    assert score_pair(a, b).score == 0.0
    # Two words besides the figure say what it measures.
    c = replace(claim(3, "Keep Trump Under 50 percent.", 50.0, "percent"), quantity="50 percent")
    assert scoring.lettered(c)


def test_a_range_of_a_misread_year_holds_no_figure() -> None:
    year = replace(
        claim(
            1,
            "The economy added 155,000 jobs in December, bringing the total number of jobs "
            "created in 2012 to 1.84 million, the Labor Department said Friday.",
            2012.0,
            "count",
        ),
        value_max=1840000.0,
        quantity="2012 to 1.84 million",
        speaker="Labor Department",
        published=date(2013, 1, 4),
    )
    month = replace(
        claim(
            2,
            "The economy added 163,000 jobs in July while unemployment ticked up slightly to "
            "8.3 percent from 8.2 percent, the Labor Department reported on Friday.",
            163000.0,
            "count",
        ),
        quantity="163,000 jobs",
        speaker="Labor Department",
        published=date(2012, 8, 3),
    )
    assert agreement.wide(year) and not agreement.wide(month)
    match = score_pair(year, month)
    assert not match.link and match.score == 0.0
    # A range of like bounds still holds a figure inside it; one of an estimate's spread holds
    # no other estimate ("22 million fewer Americans" insured).
    pledge = replace(year, value=26.0, value_max=28.0, quantity="26 to 28 percent")
    assert not agreement.wide(pledge)
    spread = replace(year, value=20e6, value_max=65e6, quantity="between 20 million and 65 million")
    assert agreement.wide(spread)


def test_one_long_name_is_not_a_storys_cast() -> None:
    a = prepare(
        quote(
            1,
            "Republicans must come together on a replacement for the Affordable Care Act",
            "Donald Trump",
            published=date(2017, 7, 13),
        )
    )
    b = prepare(
        quote(
            2,
            "congressional Republicans should consider repealing the Affordable Care Act — "
            "popularly known as Obamacare — first and then work on a replacement",
            "Donald Trump",
            published=date(2017, 7, 1),
        )
    )
    assert len(a.names & b.names) >= scoring.NAMES_SHARED
    assert not scoring.names_alike(a, b)
    assert not score_prepared(a, b).link
    # Two names of one story still count for one source.
    c = prepare(quote(3, "Attorney General Eric Holder told Fox News on Sunday", "NBC News"))
    d = prepare(quote(4, "Attorney General Eric Holder said in an interview with Fox News", "NBC"))
    assert scoring.names_alike(c, d)


def test_one_speakers_title_before_a_name_is_no_shared_clause() -> None:
    a = quote(
        1,
        "Trump “might agree” to give more written answers to questions from special counsel "
        "Robert Mueller",
        "Donald Trump",
        published=date(2018, 12, 27),
        confidence=0.8,
    )
    b = quote(
        2,
        "in his favorite pastimes of blasting the “fake news” media and special counsel Robert "
        "Mueller’s “witch hunt.”",
        "Trump",
        published=date(2018, 12, 31),
        confidence=0.8,
    )
    assert not score_pair(a, b).link
    # One speaker's words retold with a name in them are still one statement.
    c = quote(
        3,
        "The things they had in there were crazy. They had things – levels of voting that if "
        "you ever agreed to it you’d never have a Republican elected in this country again,",
        "Donald Trump",
        published=date(2020, 3, 31),
        confidence=0.75,
    )
    d = quote(
        4,
        "a shift to making voting easier would mean “you’d never have a Republican elected in "
        "this country again.”",
        "Donald Trump",
        published=date(2020, 4, 14),
        confidence=0.95,
    )
    assert score_pair(c, d).link


_FOX = (
    "Capitulating to politicians' ultimatums about a debate moderator violates all journalistic "
    "standards, as do threats, including the one leveled by Trump's campaign manager Corey "
    "Lewandowski toward Megyn Kelly. In a call on Saturday with a Fox News executive, "
    "Lewandowski stated that Megyn had a 'rough couple of days after that last debate' and he "
    "'would hate to have her go through that again.' Lewandowski was warned not to level any "
    "more threats, but he continued to do so. We can't give in to terrorizations toward any of "
    "our employees. Trump is still welcome at Thursday night's debate and will be treated "
    "fairly, just as he has been during his 132 appearances on FOX News & FOX Business, but he "
    "can't dictate the moderators or the questions."
)


def test_words_spread_over_a_long_quote_are_no_trimmed_copy() -> None:
    long = quote(1, _FOX, None, published=date(2016, 1, 26), confidence=0.765)
    spread = quote(
        2,
        "moderator Megyn Kelly wouldn't treat him fairly",
        "Donald Trump",
        published=date(2016, 1, 27),
        confidence=0.8,
    )
    pa, pb = prepare(long), prepare(spread)
    assert contained(pa, pb)
    assert text_scores(pa, pb)["partial_ratio"] < scoring.CONTAINED_PARTIAL
    assert not score_pair(long, spread).link
    # A sentence cut from it is a trimmed copy.
    cut = quote(
        3,
        "Lewandowski was warned not to level any more threats, but he continued to do so.",
        "Fox News",
        published=date(2016, 1, 27),
    )
    assert score_pair(long, cut).link


def test_a_body_is_not_the_person_it_is_named_after() -> None:
    # "Trump administration" shares Trump's name but is not Trump: no same-speaker evidence.
    text = "We will not let the tariffs stand while our farmers pay for them"
    day = date(2018, 7, 2)
    person = quote(1, text, "Donald Trump", published=day, confidence=0.9)
    for name in ("Trump administration", "Trump campaign", "the Trump White House"):
        other = quote(2, text, name, published=day, confidence=0.9)
        assert scoring.speakers_agree(scoring.prepare(person), scoring.prepare(other)) is None
        evidence = score_pair(person, other).evidence
        assert "same speaker" not in evidence["reason"]
        assert evidence["terms"]["speaker"] == 0
    again = quote(2, text, "Trump", published=day, confidence=0.9)
    assert scoring.speakers_agree(scoring.prepare(person), scoring.prepare(again))
    assert "same speaker" in score_pair(person, again).evidence["reason"]
    # A person "of" an outlet is a person; a body "of" something is a body.
    anchor = scoring.prepare(quote(1, text, "George Stephanopoulos", published=day))
    named = scoring.prepare(quote(2, text, "George Stephanopoulos of ABC News", published=day))
    assert scoring.speakers_agree(anchor, named)
    office = scoring.prepare(quote(2, text, "Office of Donald Trump", published=day))
    assert scoring.speakers_agree(scoring.prepare(person), office) is None
    bodies = [quote(i, text, "Trump campaign", published=day) for i in (1, 2)]
    assert scoring.speakers_agree(*(scoring.prepare(q) for q in bodies))


GIULIANI = "Over my dead body. But, you know, I could be dead."


def test_a_whole_remark_of_few_content_words_said_again_links() -> None:
    # Eleven words, three content words: quoted in an undated article under a name of low
    # confidence, and under the speaker's own 11 days later. A phrase's cost is not for it.
    undated = quote(1, GIULIANI, "Robert Mueller", confidence=0.8)
    later = quote(2, GIULIANI.replace(". But", ", but"), "Rudy Giuliani", confidence=0.8)
    later = replace(later, published=date(2018, 12, 27))
    assert score_pair(undated, later).link


def test_a_whole_remark_of_two_confidently_named_people_keeps_the_short_cost() -> None:
    a = quote(1, GIULIANI, "Robert Mueller", confidence=0.95)
    b = quote(2, GIULIANI, "Rudy Giuliani", confidence=0.95, published=date(2018, 12, 27))
    assert not score_pair(a, b).link


@pytest.mark.parametrize(
    "text",
    ["Black lives matter!", "Hands up, don't shoot.", "has ties to Russian intelligence"],
)
def test_a_phrase_repeated_years_apart_still_does_not_link(text: str) -> None:
    a = quote(1, text, published=date(2014, 12, 8), confidence=0.9)
    b = quote(2, text, published=date(2017, 9, 16), confidence=0.9)
    assert not score_pair(a, b).link
    assert not scoring.said_whole(prepare(a), prepare(b))


DEBATE_RULE = (
    "To qualify for the {} debate, candidates must receive donations from at least 130,000 "
    "unique donors, including 400 donors in at least 20 states, by {}."
)


@pytest.mark.parametrize("days", [0, 3, 20, 36])
def test_one_template_filled_in_for_two_occasions_is_no_link(days: int) -> None:
    third = replace(
        claim(1, DEBATE_RULE.format("third", "Aug. 28"), 130000, "donor"),
        published=date(2019, 9, 1),
    )
    fourth = replace(
        claim(2, DEBATE_RULE.format("fourth", "Oct. 1"), 130000, "donor"),
        published=date(2019, 9, 1) + timedelta(days=days),
    )
    assert not score_pair(third, fourth).link
    retold = replace(third, id=3, article_id=3, published=fourth.published)
    assert score_pair(third, retold).link


def test_other_figures_of_one_template_link_only_within_one_story_days() -> None:
    sentence = "The storm killed 12 people and left {} homes without power, officials said."
    day = date(2018, 9, 15)
    a = replace(claim(1, sentence.format("800,000"), 12, "people"), published=day)
    updated = replace(
        claim(2, sentence.format("750,000"), 12, "people"), published=day + timedelta(days=1)
    )
    assert score_pair(a, updated).link  # one story's figures updated
    months = replace(updated, published=day + timedelta(days=60))
    assert not score_pair(a, months).link  # another storm's report
    assert not score_pair(a, replace(updated, published=None)).link


def test_a_market_report_of_two_days_is_no_link() -> None:
    volume = (
        "Volume on U.S. exchanges was {} billion shares, compared with the {} billion average "
        "for the full session over the last 20 trading days."
    )
    a = replace(
        claim(1, volume.format("7.5", "6.9"), 6.9e9, None),
        quantity="6.9 billion",
        published=date(2019, 6, 20),
    )
    b = replace(
        claim(2, volume.format("6.77", "7"), 6.77e9, "count"),
        quantity="6.77 billion shares",
        published=date(2020, 1, 10),
    )
    assert not score_pair(a, b).link


def test_two_values_of_one_sentence_without_their_quantity_stay_a_conflict() -> None:
    sentence = "Japan will buy missiles with a range of {} km from the United States"
    a = claim(1, sentence.format("1,000"), 1e6, "m")
    b = claim(2, sentence.format("1,200"), 1.2e6, "m")
    assert score_pair(a, b).relation is Relation.CONFLICT


def test_a_figure_in_one_clause_only_is_another_statement() -> None:
    # One person's count ("more than 100 ... officers") against her words on the expulsion, the
    # other quote writing no figure: two statements of one day, not one retold.
    count = quote(
        1,
        "expel more than 100 Russian intelligence officers.",
        "Theresa May",
        published=date(2018, 3, 27),
    )
    record = quote(
        2,
        "this is the largest collective expulsion of Russian intelligence officers in history. "
        "If the Kremlin's goal is to split the alliance, it has failed.",
        "Theresa May",
        published=date(2018, 3, 27),
    )
    assert scoring.local_match(prepare(count), prepare(record)) is None
    assert not score_pair(count, record).link
    # The same count retold in a longer quote still matches by its clause.
    retold = quote(
        3,
        "Together we will expel more than 100 Russian intelligence officers. We stand with the "
        "United Kingdom.",
        "Theresa May",
        published=date(2018, 3, 27),
    )
    assert scoring.local_match(prepare(count), prepare(retold)) is not None
    assert score_pair(count, retold).link


def test_a_figure_apart_needs_unlike_words() -> None:
    # A clause written near word for word, its figure left out, is still one statement's.
    with_figure = scoring.Segment(
        "we will cut taxes for working families by 10 percent",
        normalize_text("we will cut taxes for working families by 10 percent"),
        frozenset({"cut", "tax", "work", "famili", "percent"}),
    )
    without = scoring.Segment(
        "we will cut taxes for working families",
        normalize_text("we will cut taxes for working families"),
        frozenset({"cut", "tax", "work", "famili"}),
    )
    a = prepare(quote(1, "we will cut taxes for working families by 10 percent", "Smith"))
    b = prepare(quote(2, "we will cut taxes for working families, and fast.", "Smith"))
    assert not scoring.figure_apart(with_figure, without, a, b)


def test_an_amount_in_words_is_no_figure_missing() -> None:
    # Mitt Romney's "47 percent" remark told in words by one outlet and by its figure by another.
    half = quote(
        1,
        "nearly half of all Americans are dependent on government and consider themselves victims",
        "Mitt Romney",
        published=date(2012, 9, 30),
    )
    figure = quote(
        2,
        "were the 47 percent of Americans dependent on government",
        "Mitt Romney",
        published=date(2012, 10, 16),
    )
    assert scoring.local_match(prepare(half), prepare(figure)) is not None
    assert score_pair(half, figure).link


def test_vague_claims_of_one_week_sharing_nothing_rare_are_no_link() -> None:
    # "millions of Americans" in two outlets' sentences of one week shares no rare word
    # besides the quantity: a plural of a round number is no figure of one story.
    defiance = _figure(
        1,
        "My absence is not motivated by disrespect for the office, or motivated by disrespect"
        ' for the government that we have in this great democracy," he said, "but as an'
        " individual act - yes, of defiance - at the disrespect shown to millions and millions"
        ' of Americans by this incoming administration."',
        "millions of Americans",
        1e6,
        unit="American",
        measures="Americans",
        speaker="Raul Grijalva",
        published=date(2017, 1, 17),
    )
    faith = _figure(
        2,
        "It's a faith that millions of Americans abide by.",
        "millions of Americans",
        1e6,
        unit="American",
        measures="Americans",
        published=date(2017, 1, 10),
    )
    match = score_pair(defiance, faith)
    assert match.evidence["rare_shared"] < scoring.CLAIM_COMMON
    assert not match.link
    # A specific figure of one story's days sharing nothing rare still may link.
    figure = replace(defiance, quantity="3,000 Americans", value=3000.0)
    told = replace(faith, quantity="3,000 Americans", value=3000.0)
    assert score_pair(figure, told).score > 0


def test_one_template_of_two_occasions_is_no_quote_link() -> None:
    # A jobs report a year later: the same words, every figure other.
    july = quote(
        1,
        "The economy added 163,000 jobs in July while unemployment ticked up slightly to 8.3 "
        "percent from 8.2 percent",
        "Labor Department",
        published=date(2012, 8, 3),
    )
    later = quote(
        2,
        "the economy added 162,000 jobs in July while the unemployment rate edged down from 7.6 "
        "percent to 7.4 percent",
        published=date(2013, 8, 2),
    )
    assert not score_pair(july, later).link
    # Two governors' orders, one article undated.
    cuomo = quote(
        3,
        "some parts of his state could begin to reopen after the current stay-at-home order "
        "expires on 15 May",
        "Andrew Cuomo",
    )
    raimondo = quote(
        4,
        "she plans to lift the stay-at-home order set to expire on May 8 and begin reopening the "
        "state",
        "Gina Raimondo",
        published=date(2020, 4, 19),
    )
    assert not score_pair(cuomo, raimondo).link
    # The same report retold with its figure keeps its link.
    retold = replace(
        later, id=5, article_id=5, text=july.text.replace("The economy", "the economy")
    )
    assert score_pair(july, retold).link


def test_two_people_s_common_words_a_week_apart_are_no_link() -> None:
    voter = quote(
        1,
        "This gives the middle class more money, which will make people more willing to spend "
        "money,",
        "Glen Laufer",
        published=date(2018, 2, 18),
        confidence=0.95,
    )
    senator = quote(
        2,
        "Before we give them more money, make them account for the money they're already spending,",
        "Rand Paul",
        published=date(2018, 2, 11),
        confidence=0.95,
    )
    assert not score_pair(voter, senator).link
    # One speaker's words a week later are not read so.
    again = replace(senator, id=3, article_id=3, speaker="Glen Laufer")
    assert score_pair(voter, again).score > score_pair(voter, senator).score


def _officials(item_id: int, text: str, speaker: str, **kw: Any) -> LinkItem:
    kw.setdefault("published", date(2018, 3, 26))
    return quote(item_id, text, speaker, **kw)


def test_quotes_of_one_count_in_other_nouns_link_within_the_story_days() -> None:
    # One figure officials gave two outlets, in other nouns: the shared words are common ones.
    spies = _officials(
        1, "Russia keeps more than 200 spies in the U.S., a number that", "U.S. officials"
    )
    agents = _officials(
        2,
        "more than 200 Russian intelligence agents work under cover in the U.S",
        "administration officials",
        published=date(2018, 3, 27),
    )
    assert scoring.quoted_count(spies.text) == ("more than 200 spies", 200.0, "spie")
    match = score_pair(spies, agents)
    assert match.evidence["terms"]["rarity"] == 0.0
    assert match.link
    # Days apart, another kind of thing, another approach or another owner: no such count.
    assert not score_pair(spies, replace(agents, published=date(2018, 4, 6))).link
    cars = replace(agents, text=agents.text.replace("intelligence agents", "cars"))
    assert not scoring.one_quoted_count(prepare(spies), prepare(cars))
    nearly = replace(agents, text=agents.text.replace("more than", "nearly"))
    assert not scoring.one_quoted_count(prepare(spies), prepare(nearly))
    assert not score_pair(spies, nearly).link
    ours = replace(spies, text=spies.text.replace("200 spies", "200 American spies"))
    assert not scoring.one_quoted_count(prepare(ours), prepare(agents))


def test_quoted_count_reads_one_count_of_counted_nouns() -> None:
    assert scoring.quoted_count("we lost 12 officers") == ("12 officers", 12.0, "officer")
    assert scoring.quoted_count("nearly 1,500 people came") == (
        "nearly 1,500 people",
        1500.0,
        "peopl",
    )
    assert scoring.quoted_count("they spent 100 days with officers") is None  # counts days
    assert scoring.quoted_count("40 officers and 30 people") is None  # two counts
    assert scoring.quoted_count("five people") is None  # a small count in words
    assert scoring.quoted_count("$100 officers") is None


def test_the_rest_of_one_group_links_within_the_story_days() -> None:
    rest = _figure(
        1,
        "The two other victims had not been named by Wednesday night.",
        "two other victims",
        2.0,
        measures="victims",
        published=date(2012, 9, 12),
    )
    other = _figure(
        2,
        "Relatives of the other two victims had yet to be told, officials said.",
        "two victims",
        2.0,
        measures="victims",
        published=date(2012, 9, 13),
    )
    assert scoring.the_others(rest, other)
    match = score_pair(rest, other)
    assert match.evidence["terms"]["claim"] == scoring.CLAIM_MATCH
    assert match.link
    # Without "other" two victims are any two; a week on, another story's.
    plain = replace(other, text=other.text.replace("other two", "two"))
    assert not scoring.the_others(rest, plain)
    assert not score_pair(rest, plain).link
    assert not score_pair(rest, replace(other, published=date(2012, 9, 20))).link
    # Another counted noun, another figure.
    guards = replace(other, text=other.text.replace("victims", "guards"), measures="guards")
    assert not scoring.the_others(rest, replace(guards, quantity="two guards"))
    three = replace(other, text=other.text.replace("two", "three"), quantity="three victims")
    assert not scoring.the_others(rest, replace(three, value=3.0))
