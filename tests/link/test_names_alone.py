"""Tests for `scoring.names_alone` and the caption labels `normalize.without_captions` drops:
two quotes that share only a person's name, or only a site's caption labels, are no link."""

from __future__ import annotations

from datetime import date

from factdb.link.normalize import without_captions
from factdb.link.records import LinkItem
from factdb.link.scoring import score_pair
from factdb.vocab import LinkKind

_FRAGMENT = "North Korean leader Kim Jong Un may allow a"


def _quote(id_: int, text: str, speaker: str | None, day: date | None) -> LinkItem:
    return LinkItem(id_, LinkKind.QUOTE, id_, text, speaker, published=day, confidence=0.95)


def test_an_unattributed_fragment_sharing_a_name_is_no_link() -> None:
    # Archive, seed 61208: the fragment linked at 61.53 to Trump's words, 175 days apart.
    match = score_pair(
        _quote(
            1,
            "his administration is still working on a second meeting with North Korean leader"
            " Kim Jong Un",
            "Donald Trump",
            date(2018, 12, 2),
        ),
        _quote(2, _FRAGMENT, None, date(2018, 6, 10)),
    )
    assert not match.link


def test_a_shared_word_besides_the_names_keeps_the_pair() -> None:
    said = _quote(
        1, "he wanted the Justice Department to investigate the Clintons", "Donald Trump", None
    )
    told = _quote(
        2,
        "noted instances where Trump had either suggested or called for the Department of Justice"
        " to investigate Hillary Clinton",
        None,
        date(2017, 11, 3),
    )
    assert score_pair(said, told).link  # "investigate" is no title


def test_a_trimmed_copy_of_names_keeps_the_pair() -> None:
    said = _quote(1, "Little Rocket Man", "Donald Trump", date(2017, 9, 23))
    told = _quote(2, "Rocket Man", None, date(2017, 9, 24))
    assert (
        score_pair(said, told).evidence["terms"]["rarity"]
        > -score_pair(said, told).evidence["text"]
    )


def test_caption_labels_are_left_out() -> None:
    assert without_captions("Media playback is unsupported on your device Media caption Brexit")
    assert (
        without_captions('Media playback is unsupported on your device Media caption "fake news"')
        == '"fake news"'
    )
    assert without_captions("Image copyright AFP/Getty Image caption Mr Trump heard") == (
        "Mr Trump heard"
    )
    assert without_captions("He said it.") == "He said it."


def test_two_statements_sharing_caption_labels_are_no_link() -> None:
    # Archive, seed 61207: two BBC video captions of other people linked at 65.
    match = score_pair(
        _quote(
            1,
            "Media playback is unsupported on your device Media caption “Either we stay with a"
            " decent democracy or we choose another path,”",
            "PM",
            None,
        ),
        _quote(
            2,
            "Media playback is unsupported on your device Media caption Brexit “a vaccine against"
            " EU fake news”",
            "Donald Tusk",
            None,
        ),
    )
    assert not match.link


def test_transcript_labels_are_left_out_of_a_claims_sentence() -> None:
    assert without_captions("archived recording 2 Tornado on the ground.") == (
        "Tornado on the ground."
    )
    # Archive, seed 61207: the labels' "2" made two claims of other episodes, linked at 67.18.
    tornado = LinkItem(
        1,
        LinkKind.CLAIM,
        1,
        "archived recording 2 Tornado on the ground.",
        value=2.0,
        measures="archived recording",
        published=date(2019, 5, 29),
        quantity="2",
    )
    michigan = LinkItem(
        2,
        LinkKind.CLAIM,
        2,
        "archived recording 1 Michigan has been one of the most aggressive states when it comes"
        " to taking steps to combat the coronavirus. archived recording 2 Bans on all gatherings"
        " outside a single household, travel to in-state vacation homes, and the use of"
        " motorboats —",
        value=2.0,
        measures="coronavirus archived recording",
        published=date(2020, 5, 1),
        quantity="2",
    )
    assert not score_pair(tornado, michigan).link
