"""Tests for `factdb.link.polarity`: shared words negated on one side only."""

from __future__ import annotations

from datetime import date
from importlib import resources

from factdb.link.normalize import normalize_text
from factdb.link.polarity import negative_words, opposed
from factdb.link.records import LinkItem
from factdb.link.scoring import score_pair
from factdb.vocab import LinkKind


def _opposed(a: str, b: str) -> bool:
    return opposed(normalize_text(a), normalize_text(b))


def test_shared_words_negated_on_one_side_are_opposed() -> None:
    assert _opposed(
        "there was “no quid pro quo” with Ukraine",
        "Trump had also threatened to withhold military aid from Ukraine, and therefore was"
        " guilty of quid pro quo",
    )
    assert _opposed(
        "Ukraine, not Russia, interfered in the 2016 U.S. election",
        "they had tried to interfere in the 2016 election to defeat him",
    )


def test_a_negation_away_from_the_shared_words_is_not_opposed() -> None:
    # One statement, the other clause of which writes a negation.
    assert not _opposed(
        "There are enough Republican and Democratic votes in the House of Representatives … to"
        " end this shutdown immediately. But the far right of the Republican party won’t let"
        " Speaker John Boehner give that vote",
        "The truth of the matter is, there are enough Republican and Democratic votes in the"
        " House of Representatives right now to end this shutdown immediately with no partisan"
        " strings attached,",
    )
    # A negation in the other words of a paraphrase, far from what they share.
    assert not _opposed(
        "U.S. District Court Judge Gonzalo Curiel of being biased against him because of his"
        " Mexican heritage",
        "U.S. District Court Judge Gonzalo P. Curiel, who was born in Indiana, cannot fairly"
        " preside over a lawsuit against Trump University because he is of Mexican descent",
    )


def test_both_sides_negated_are_not_opposed() -> None:
    # The negation a few words before the shared verb: one plan told twice.
    assert not _opposed(
        "he does not plan to campaign in person for the senator, but will speak near the border",
        "the president would not campaign for the senator but will hold a rally by the border",
    )
    assert not _opposed(
        "I did not think it was proper to demand that a foreign government investigate a U.S."
        " citizen",
        "he “did not think it was proper” for the U.S. president to demand that Ukraine"
        " investigate an American citizen",
    )
    assert not _opposed(
        "haven’t been hit as hard by the virus as the Northeast",
        "reopening in phases beginning with regions that haven’t been hard-hit by the virus",
    )


def test_a_negation_in_other_words_is_not_opposed() -> None:
    assert not _opposed(
        "he would not recuse himself from the case",
        "officials said he refused to recuse himself from the case",
    )
    assert not _opposed(
        "recall isn't one of them, the adviser said of the solutions",
        "the adviser said recall isnt one of them",
    )


def test_free_text_is_read_by_its_words_alone() -> None:
    said = LinkItem(1, LinkKind.QUOTE, 1, "there was “no quid pro quo” with Ukraine")
    told = LinkItem(2, LinkKind.QUOTE, 2, "therefore he was guilty of quid pro quo with Ukraine")
    assert score_pair(said, told).evidence["terms"]["rarity"] > -10


def test_negative_words_have_no_duplicate() -> None:
    path = resources.files("factdb.link").joinpath("data", "negative_words.txt")
    words = [line.strip() for line in path.read_text("utf-8").splitlines()]
    listed = [w for w in words if w and not w.startswith("#")]
    assert len(listed) == len(set(listed)) == len(negative_words())
    assert all(" " not in w for w in listed)


def test_a_trimmed_copy_is_not_opposed() -> None:
    assert not _opposed(
        "he had recused himself from the case",
        "he had not been briefed, and he had recused himself from the case",
    )
    assert not _opposed("It's not the flu.", "It's not the flu. It's vicious,")


def test_opposed_quotes_of_one_story_are_no_link() -> None:
    said = LinkItem(
        1,
        LinkKind.QUOTE,
        1,
        "there was “no quid pro quo” with Ukraine",
        "Donald Trump",
        published=date(2019, 11, 12),
        confidence=0.95,
    )
    told = LinkItem(
        2,
        LinkKind.QUOTE,
        2,
        "Trump had also threatened to withhold military aid from Ukraine, and therefore was"
        " guilty of quid pro quo",
        published=date(2019, 10, 8),
    )
    match = score_pair(said, told)
    assert not match.link
    assert match.score < 20


def _said(id_: int, text: str, speaker: str | None, confidence: float | None = 0.95) -> LinkItem:
    return LinkItem(id_, LinkKind.QUOTE, id_, text, speaker, confidence=confidence)


_CLAIM = "he can't release his tax returns because he is in the middle of a tax audit"
_REBUTTAL = (
    "being under an audit does not prevent anyone, including the president, from releasing"
    " your tax returns"
)


def test_two_peoples_claim_and_rebuttal_are_opposed() -> None:
    # The rebuttal says no outside what the two share: for one speaker that may be the same
    # statement in other words, for two named people it is a claim and its answer.
    assert not opposed(normalize_text(_CLAIM), normalize_text(_REBUTTAL))
    assert opposed(normalize_text(_CLAIM), normalize_text(_REBUTTAL), True)


def test_two_named_peoples_claim_and_rebuttal_are_no_link() -> None:
    # Archive, seed 61207: Trump's claim (undated) against the IRS's answer linked at 69.76.
    match = score_pair(
        _said(1, _CLAIM, "Donald Trump"), _said(2, _REBUTTAL, "Internal Revenue Service")
    )
    assert not match.link


def test_one_speaker_or_a_guessed_one_keeps_the_rule_strict() -> None:
    one = score_pair(_said(1, _CLAIM, "Donald Trump"), _said(2, _REBUTTAL, "Trump"))
    guessed = score_pair(
        _said(1, _CLAIM, "Donald Trump"), _said(2, _REBUTTAL, "Internal Revenue Service", 0.6)
    )
    for match in (one, guessed):
        assert match.evidence["terms"]["rarity"] > -match.evidence["text"]
