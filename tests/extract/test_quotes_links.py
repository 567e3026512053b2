"""Outlets' inline link text (a legal name glued to headlines, ended by "MORE") is no speech."""

from __future__ import annotations

from factdb.extract.claims import extract_claims
from factdb.extract.quotes import extract_quotes
from factdb.extract.text.links import blank_links, link_blobs, unlinked, without_links
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
