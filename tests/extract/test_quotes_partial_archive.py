"""Partial quotes read on the archive: whose words quoted words inside a reported clause are."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _found(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        text[q.start : q.end]: (q.kind.value, q.speaker.name if q.speaker else None, q.cue)
        for q in extract_quotes(text)
    }


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Veteran Republican Sen. Maria Lopez of Ohio described the mayor's plan as "
            '"bold" but said he had failed to offer a budget that Ohio would find "acceptable."',
            "acceptable.",
            "Maria Lopez",
        ),
        (
            "Governor Tom Reyes said in a statement that by vetoing the bill, the legislature "
            "had shown “a stunning disregard for the people of this state.”",
            "a stunning disregard for the people of this state.",
            "Tom Reyes",
        ),
        (
            "Mayor Ana Ruiz said on Friday that by closing the plant, the company had shown "
            "“no loyalty at all to this town.”",
            "no loyalty at all to this town.",
            "Ana Ruiz",
        ),
    ],
)
def test_words_quoted_after_a_verb_of_finding_inside_a_reported_clause(
    text: str, quoted: str, speaker: str
) -> None:
    at = text.index(quoted)
    covering = [q for q in extract_quotes(text) if q.start <= at < q.end]
    assert covering
    assert all(q.speaker is not None and q.speaker.name == speaker for q in covering)
    assert all(q.cue in ("said", "told") for q in covering)


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # No verb of saying before it: the finder's words.
        (
            "A review by the inspector general, Paul Meyer, found “serious lapses” in the "
            "agency's records.",
            "serious lapses",
            "Paul Meyer",
        ),
        # A clause of the writer's own after "but": the finder's words.
        (
            "Ana Ruiz denied hiding the letters, but Paul Meyer finds that “the records were "
            "altered after the audit.”",
            "the records were altered after the audit.",
            "Paul Meyer",
        ),
        # A quotation between the verbs: the verb of saying got its words already.
        (
            'Ana Ruiz said "we will appeal," and Paul Meyer thinks "the ruling will stand."',
            "the ruling will stand.",
            "Paul Meyer",
        ),
    ],
)
def test_a_verb_of_finding_alone_keeps_its_subject(text: str, quoted: str, speaker: str) -> None:
    assert _found(text)[quoted][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "title"),
    [
        (
            '"It caused quite a stir when he showed up," historian Carl Marsh, the author of '
            '"1491: A History of the Coast Before the Ships," told The Huffington Post.',
            "Carl Marsh",
            "1491: A History of the Coast Before the Ships,",
        ),
        (
            "“They are picking up an ideology that helps them justify their rage,” Jane Stone, "
            "a research professor and the co-author of “Terror: The State of Things,” told CNN "
            "Business on Friday.",
            "Jane Stone",
            "Terror: The State of Things,",
        ),
    ],
)
def test_a_quotation_before_a_name_and_told_is_the_names_not_the_outlets(
    text: str, speaker: str, title: str
) -> None:
    found = _found(text)
    assert title not in found
    direct = [v for k, v in found.items() if v[0] == "direct"]
    assert direct == [("direct", speaker, "told")]


def test_the_one_told_after_a_relative_clause_is_no_speaker() -> None:
    text = (
        'Susan Rice, who on Sunday said Bergdahl served the country with "honor and '
        'distinction," told CNN in an interview that she was speaking about his enlistment.'
    )
    found = _found(text)
    assert found["she was speaking about his enlistment"] == ("indirect", "Susan Rice", "told")
    assert all(name != "CNN" for _, name, _ in found.values())
