"""An organisation's name with "for", "on" or "against" after its head is one speaker
(``speakers.mentions``): "the Center for Responsive Politics", not "Responsive Politics"."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _speakers(text: str) -> set[tuple[str, str]]:
    return {
        (q.speaker.name, q.speaker.kind.value)
        for q in extract_quotes(text)
        if q.speaker is not None
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We are watching,” the Center for Responsive Politics said.",
            ("Center for Responsive Politics", "organization"),
        ),
        (
            "The Committee for a Responsible Federal Deficit said in its analysis that “debt "
            "levels are at historic highs.”",
            ("Committee for a Responsible Federal Deficit", "organization"),
        ),
        (
            "The free-market Club for Growth said “no deal” was better.",
            ("Club for Growth", "organization"),
        ),
        (
            "“It is a crisis,” the Council on Foreign Relations said.",
            ("Council on Foreign Relations", "organization"),
        ),
        # A person at either end of the run is the speaker.
        (
            "“It is a crisis,” Council on Foreign Relations President Richard Haass said.",
            ("Richard Haass", "person"),
        ),
        (
            "“It is a crisis,” said Richard Haass of the Council on Foreign Relations.",
            ("Richard Haass", "person"),
        ),
        # A described source for the organisation stays the speaker.
        (
            "“It is a crisis,” said a spokesman for the Center for Responsive Politics.",
            ("spokesman", "anonymous"),
        ),
        # A person set off before the organisation's apposition speaks.
        (
            "Brian Katulis, a senior fellow at the Center for American Progress, a liberal "
            "think tank in Washington, said the candidates were “weak.”",
            ("Brian Katulis", "person"),
        ),
        (
            "Tom Inglesby, the director of the Center for Health Security, at Johns Hopkins, "
            "recommended that “we act now.”",
            ("Tom Inglesby", "person"),
        ),
        # No organisation word before "for": the words after it are read as before.
        (
            "“It is a crisis,” Secretary for Health Jane Doe said.",
            ("Jane Doe", "person"),
        ),
    ],
)
def test_an_organisation_head_before_for_or_on_keeps_the_whole_name(
    text: str, speaker: tuple[str, str]
) -> None:
    assert _speakers(text) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "George Stephanopoulos of ABC News said the claims were “unsupported.”",
            ("George Stephanopoulos", "person"),
        ),
        (
            "Second-ranking Senate Republican John Cornyn of Texas said Wednesday he didn’t see "
            "“any clear path.”",
            ("John Cornyn", "person"),
        ),
        # Organisations named with "of" stay whole.
        (
            "The Boy Scouts of America said it was “close.”",
            ("Boy Scouts of America", "organization"),
        ),
        ("The Bank of America said it was “close.”", ("Bank of America", "organization")),
        (
            "The University of Michigan said it was “close.”",
            ("University of Michigan", "organization"),
        ),
    ],
)
def test_a_person_before_of_and_an_organisation_is_the_speaker(
    text: str, speaker: tuple[str, str]
) -> None:
    assert _speakers(text) == {speaker}
