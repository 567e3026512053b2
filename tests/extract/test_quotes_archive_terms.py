"""Quote kinds read on the archive: terms and scare quotes kept out, quotations found again."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _quoted(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Direct and partial records by their quoted words: kind, speaker name and cue."""
    return {
        q.text: (q.kind.value, q.speaker.name if q.speaker else None, q.cue)
        for q in extract_quotes(text)
        if q.kind != QuoteKind.INDIRECT
    }


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "The Unha rocket, named after the Korean word for “galaxy,” blasted off from the "
            "Sohae launch pad.",
            "galaxy,",
        ),
        (
            "On Friday, the jury asked the judge for a definition of “willful blindness” and "
            "for the trial record, the court clerk said.",
            "willful blindness",
        ),
        (
            "Officials said the memo did not meet the definition of “urgent concern,” Mayor "
            "Ana Ruiz argued.",
            "urgent concern,",
        ),
        (
            "Known locally as “the other bridge,” the group argues that the toll should fall.",
            "the other bridge,",
        ),
    ],
)
def test_a_defined_or_named_term_is_no_quote(text: str, term: str) -> None:
    assert term not in _quoted(text)


def test_a_reported_clause_around_a_defined_term_stays() -> None:
    text = (
        "But Director Joseph Mallory disagreed the report met the legal definition of "
        "“urgent concern,” and so it was not sent on."
    )
    clauses = [q for q in extract_quotes(text) if q.kind == QuoteKind.INDIRECT]
    assert [q.speaker.name if q.speaker else None for q in clauses] == ["Joseph Mallory"]


@pytest.mark.parametrize(
    "text",
    [
        "But as we know, the agency is racing backwards, under the “leadership” of a man "
        "who sees his mission as cutting it.",
        "It is wrong, I think, to ban “assault rifles” after a shooting.",
        "You know the “experts” were wrong about the tide.",
    ],
)
def test_what_the_writer_or_reader_thinks_makes_no_quote(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.kind != QuoteKind.INDIRECT]


def test_a_named_thinker_keeps_the_quoted_words() -> None:
    text = "Senator Ruiz thinks the governor's proposal is “stupid.”"
    assert _quoted(text)["stupid."][1] == "Ruiz"


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "“I don’t rule anything out,” Senator Tom Reyes was quoted as saying.",
            "I don’t rule anything out,",
            "Tom Reyes",
        ),
        (
            "The 10-term congressman Frank Dillon was quoted in the Inquirer as saying: “At "
            "some point I am not going to go along with this.”",
            "At some point I am not going to go along with this.",
            "Frank Dillon",
        ),
        (
            "Governor Ana Ruiz is quoted as saying she chose the site because it had a “strong "
            "commitment to clean water.”",
            "strong commitment to clean water.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_speaker_quoted_as_saying(text: str, quoted: str, speaker: str) -> None:
    at = text.index(quoted)
    covering = [q for q in extract_quotes(text) if q.start <= at < q.end]
    assert covering
    assert all(q.speaker is not None and q.speaker.name == speaker for q in covering)


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "cue"),
    [
        (
            "Mayor Ana Ruiz said bluntly, “We have the votes.”",
            "We have the votes.",
            "Ana Ruiz",
            "said",
        ),
        (
            "Senator Tom Reyes said, speaking to reporters in Dover, “I have no regrets.”",
            "I have no regrets.",
            "Tom Reyes",
            "said",
        ),
        (
            "Asked whether she would vote to acquit, Senator Maria Lopez demurred, saying, "
            "“We’re not finished.”",
            "We’re not finished.",
            "Maria Lopez",
            "saying",
        ),
    ],
)
def test_an_aside_between_the_cue_and_its_quotation(
    text: str, quoted: str, speaker: str, cue: str
) -> None:
    found = _quoted(text)
    assert found[quoted] == ("direct", speaker, cue)
    assert not [q for q in extract_quotes(text) if q.kind == QuoteKind.INDIRECT]


def test_the_passive_quoted_as_gives_the_words_to_its_subject_not_the_outlet() -> None:
    text = "Trump was quoted by the Times as saying that he would win."
    names = {q.speaker.name for q in extract_quotes(text) if q.speaker is not None}
    assert names == {"Trump"}
