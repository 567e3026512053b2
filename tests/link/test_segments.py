"""Clause segments, their pieces and the name words that do not count towards a local match."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from factdb.link import LinkItem, score_pair
from factdb.link.segments import (
    MIN_STEMS,
    name_runs,
    name_stems,
    name_words,
    piece_stems,
    segments,
)
from factdb.vocab import LinkKind


def test_a_single_clause_has_no_segments() -> None:
    assert segments("the economy is growing faster than anyone expected") == ()
    assert piece_stems("the economy is growing faster than anyone expected") == ()


def test_segments_are_clauses_and_runs_of_clauses() -> None:
    text = (
        "Japan's determination to drastically strengthen its defense capabilities "
        "and secure a substantial increase in defense spending"
    )
    found = [s.text for s in segments(text)]
    assert "secure a substantial increase in defense spending" in found
    assert "Japan's determination to drastically strengthen its defense capabilities" in found
    assert text not in found  # the whole text is never one of its own segments
    assert all(len(s.stems) >= MIN_STEMS for s in segments(text))


def test_a_list_of_names_stays_whole_in_a_run() -> None:
    text = "enhancing vital trilateral cooperation between the United States, Japan and South Korea"
    assert any("United States Japan" in s.text for s in segments(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Japan would draw up a new National Security Strategy", {"national", "security"}),
        ("he met Joe Biden in Washington", {"joe", "biden", "washington"}),
        ("We will win. Then we rest", set()),
    ],
)
def test_name_stems_are_capitalised_words_inside_a_sentence(text: str, names: set[str]) -> None:
    assert names <= name_stems(text)
    assert "we" not in name_stems(text) and "then" not in name_stems(text)


SPEAKERS = {1: "Ann Lee", 2: "Bo Park"}


def quote(item_id: int, text: str, speaker: str | None = "") -> LinkItem:
    """A quote of ITEM_ID's own speaker (`SPEAKERS`), or of SPEAKER when given."""
    own = SPEAKERS.get(item_id) if speaker == "" else speaker
    return LinkItem(item_id, LinkKind.QUOTE, item_id, text, own)


def test_a_clause_quoted_inside_a_longer_sentence_links() -> None:
    match = score_pair(
        quote(
            1,
            "The company said it would cut prices, close three Ohio plants and hire new engineers",
        ),
        quote(2, "Analysts welcomed the plan, expecting it to close three Ohio plants by June"),
    )
    assert match.evidence.get("local") is not None


def test_clauses_of_unattributed_texts_are_not_matched() -> None:
    # Free text (`compare`, a sentence pair) is read by the whole-text model alone.
    a = "The company said it would cut prices, close three Ohio plants and hire new engineers"
    b = "Analysts welcomed the plan, expecting it to close three Ohio plants by June"
    match = score_pair(quote(1, a, None), quote(2, b, None))
    assert "local" not in match.evidence
    assert match.score < score_pair(quote(1, a), quote(2, b)).score


def test_a_shared_list_of_names_is_not_a_local_match() -> None:
    match = score_pair(
        quote(1, "Japan and the United States are facing the most complex security environment"),
        quote(2, "Japan, the United States and South Korea would work together on North Korea"),
    )
    assert "local" not in match.evidence
    assert not match.link


def test_a_shared_title_is_not_a_local_match() -> None:
    match = score_pair(
        quote(
            1, "We are modernizing our alliances, building on its new national security strategy"
        ),
        quote(2, "Japan would draw up a new National Security Strategy by the end of the year"),
    )
    assert "local" not in match.evidence


def test_name_words_keep_the_spelling_by_stem() -> None:
    words = name_words("talks between the United States and South Korea on Tuesday")
    assert words["korea"] == "Korea" and words["unit"] == "United"
    assert set(words) == name_stems("talks between the United States and South Korea on Tuesday")


def test_a_shared_phrase_is_not_a_clause_match() -> None:
    a = "Republicans said the bill, a comprehensive immigration reform, would fail in the House"
    b = "comprehensive immigration reform"
    assert "local" not in score_pair(quote(1, a), quote(2, b)).evidence
    # Repeated exactly by one speaker, it is.
    assert "local" in score_pair(quote(1, a, "Ann Lee"), quote(2, b, "Ann Lee")).evidence


def test_no_clause_match_between_articles_months_apart() -> None:
    a = quote(
        1, "The company said it would cut prices, close three Ohio plants and hire new engineers"
    )
    b = quote(2, "Analysts welcomed the plan, expecting it to close three Ohio plants by June")
    near = score_pair(
        replace(a, published=date(2020, 1, 1)), replace(b, published=date(2020, 1, 2))
    )
    far = score_pair(replace(a, published=date(2020, 1, 1)), replace(b, published=date(2020, 6, 1)))
    assert "local" in near.evidence and "local" not in far.evidence


def test_one_persons_clause_counts_its_names() -> None:
    tweet = (
        "would hurt our great Republican Agenda of low on taxes, tough on crime, strong on "
        "military and borders...& so much more."
    )
    told = 'having a Democrat win the Dec. 12 election "would hurt our great Republican Agenda."'
    day = date(2017, 12, 4)
    a = replace(quote(1, tweet, "Donald J. Trump"), published=day)
    b = replace(quote(2, told, "Donald Trump"), published=day)
    match = score_pair(a, b)
    assert match.link and "local" in match.evidence
    # Another person's words are not searched on names: "Republican Agenda" is what they share.
    assert "local" not in score_pair(a, replace(b, speaker="Doug Jones")).evidence


def test_two_named_sources_of_one_figure_keep_their_clause() -> None:
    ministry = quote(
        1,
        "irrigation reserves in the south stood at 38 per cent of normal levels, the lowest "
        "since records began in 1962",
        "Ministry of Water and Infrastructure",
    )
    growers = quote(
        2,
        "some 40,000 farms depend on water from the Ilvar, and irrigation reserves stand at 38 "
        "per cent of normal levels",
        "Southern Growers Federation",
    )
    assert "local" in score_pair(ministry, growers).evidence


def test_initials_are_no_names() -> None:
    text = "a windfall for the politicians who run Washington, D.C. and the Capitol of the U.S."
    assert name_stems(text) == {"washington", "capitol"}
    assert all(len(run) == 1 for run in name_runs(text))


def test_a_run_of_pieces_stays_in_one_sentence() -> None:
    text = (
        "This was an attack by a small and savage group, not the people or government of "
        "Libya. Everywhere Chris and his team went in Libya, they were hailed as friends"
    )
    found = [s.text for s in segments(text)]
    assert "This was an attack by a small savage group" in found  # "and" is a cut
    assert not any("Libya." in s and "Everywhere" in s for s in found)
    # An abbreviation's full stop ends no sentence.
    titled = "Sen. Lindsey Graham said the vote was close, and the bill would pass next week"
    assert any(s.startswith("Sen. Lindsey Graham") for s in (s.text for s in segments(titled)))


def test_two_peoples_statements_do_not_meet_across_a_full_stop() -> None:
    clinton = quote(
        1,
        "This was an attack by a small and savage group, not the people or government of "
        "Libya. Everywhere Chris and his team went in Libya, in a country scarred by war and "
        "tyranny, they were hailed as friends and partners",
        "Hillary Clinton",
    )
    libyan = quote(
        2,
        "this was an attack on “America, Libya and free people everywhere.”",
        "Mustafa Abushagur",
    )
    day = date(2012, 9, 12)
    assert not score_pair(replace(clinton, published=day), replace(libyan, published=day)).link
