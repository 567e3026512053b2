"""Outlets' inline link text (a legal name glued to headlines, ended by "MORE") is no speech."""

from __future__ import annotations

from factdb.extract.claims import extract_claims
from factdb.extract.quotes import extract_quotes
from factdb.extract.text.links import (
    before_cuts,
    blank_links,
    link_blobs,
    link_cuts,
    unlinked,
    without_links,
)
from factdb.extract.text.sentences import paragraphs

_KILDEE = (
    "“It’s much more difficult to wave this off,” added Rep. Dan Kildee Daniel (Dan) Timothy "
    "KildeeOvernight Energy: Senate eyes nixing 'forever chemicals' fix | EPA touts Great Lakes "
    "funding after Trump tried to ax the program MORE (D-Mich.). “There is a lot there.”"
)
_RYAN = (
    "Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to Romney's plan "
    "Graham says Schiff should be a witness MORE (R-Wis.) said the bill was dead."
)
_HOYER = (
    "The request came from House Majority Leader Steny Hoyer Steny Hamilton Hoyer Hoyer calls "
    "GOP efforts to out whistleblower 'despicable' MORE (D-Md.), who said the vote would come."
)


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (q.kind.value, q.speaker.name if q.speaker else None, q.text) for q in extract_quotes(text)
    ]


def test_a_name_before_its_cue_keeps_the_cue_and_loses_the_headlines() -> None:
    assert _found(_RYAN) == [("indirect", "Paul Ryan", "the bill was dead")]
    assert _found(_HOYER) == [("indirect", "Steny Hoyer", "the vote would come")]


def test_a_name_after_its_cue_is_the_name_alone() -> None:
    found = _found(_KILDEE)
    assert [name for _, name, _ in found] == ["Dan Kildee", "Dan Kildee"]


def test_records_keep_the_article_text_and_the_speaker_offsets() -> None:
    for text in (_KILDEE, _RYAN, _HOYER):
        for q in extract_quotes(text):
            assert q.text == text[q.start : q.end]
            assert q.sentence == text[q.sentence_start : q.sentence_start + len(q.sentence)]
            sp = q.speaker
            assert sp is not None and sp.start is not None and sp.end is not None
            assert text[sp.start : sp.end] == sp.text


def test_the_link_starts_after_the_visible_surname() -> None:
    text = "Anthony Fauci Anthony FauciTrump predicts a vaccine MORE, the expert, said so."
    [(run, start, end)] = link_blobs(text)
    assert text[run:start] == "Anthony Fauci"
    assert text[end:].startswith(", the expert")
    assert len(blank_links(text, link_blobs(text))) == len(text)


def test_text_without_a_repeated_name_before_more_is_left_alone() -> None:
    assert link_blobs("Read MORE about the plan. Smith said it was good.") == []
    assert link_blobs("Nothing here at all.") == []


def test_without_links_keeps_the_visible_name_and_drops_the_headlines() -> None:
    assert without_links(_RYAN) == "Speaker Paul Ryan (R-Wis.) said the bill was dead."
    assert without_links("Read MORE about it.") == "Read MORE about it."


def test_the_blanked_text_is_made_once_for_both_extractors() -> None:
    text = _RYAN + " The bill cost $5 million."
    work, blobs = unlinked(text)
    assert (work, blobs) == (blank_links(text, link_blobs(text)), link_blobs(text))
    assert unlinked(text)[0] is work  # the claims find the string the quotes split
    extract_quotes(text)
    split = paragraphs(work)
    extract_claims(text)
    assert paragraphs(work) == split
    assert [c.text for c in extract_claims(text)] == ["$5 million"]
    # A text without link text is read as it is.
    plain = "Smith said it cost 5 million."
    assert unlinked(plain)[0] is plain and unlinked(plain)[1] == []


def test_a_legal_name_glued_to_the_visible_name_is_link_text() -> None:
    text = (
        "and George PapadopoulosGeorge Demetrios PapadopoulosTrump asked Australian leader to "
        "help look into Mueller probe's origins: report MORE, a former campaign adviser."
    )
    assert without_links(text) == "and George Papadopoulos, a former campaign adviser."


def test_a_legal_name_with_a_particle_is_link_text() -> None:
    text = (
        "his dismissal of Bill de Blasio Bill de BlasioDNC raises qualifying thresholds for "
        "fifth presidential debate MORE’s future influence."
    )
    assert without_links(text) == "his dismissal of Bill de Blasio’s future influence."


def test_a_link_listing_long_headlines_is_found() -> None:
    headlines = " | ".join(
        f"Senators press agency number {n} on a long list of issues" for n in range(16)
    )
    text = (
        f"Sen. Elizabeth Warren Elizabeth WarrenOvernight Health Care: {headlines} "
        "MORE (D-Mass.) said no."
    )
    assert len(text) > 800
    assert without_links(text) == "Sen. Elizabeth Warren (D-Mass.) said no."


def test_text_in_capitals_is_no_link_text() -> None:
    text = "TO MEET THE GOALS, THE US WILL NEED TO DOUBLE ITS PACE. THAT WOULD BE MORE ENERGY."
    assert link_blobs(text) == []


def test_offsets_of_the_text_without_links_go_back_to_the_article() -> None:
    for text in (_KILDEE, _RYAN, _HOYER):
        cuts = link_cuts(text)
        short = without_links(text)
        for pos in range(len(short)):
            assert text[before_cuts(pos, cuts)] == short[pos]
