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
