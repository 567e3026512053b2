"""An organisation's whole name with "for", "on" or "and" inside is the speaker after an
inverted cue or "according to" (``speakers.inverted``), and the issuer of a document it names
(``speakers.resolve``): "the Center for Responsive Politics", not "Center"; "the National
Oceanic and Atmospheric Administration", not "Atmospheric Administration"."""

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
            "Outside groups have spent more than $50 million on the race, according to the "
            "Center for Responsive Politics.",
            ("Center for Responsive Politics", "organization"),
        ),
        (
            "The United States ranks 19th among rich countries, according to the Organization "
            "for Economic Co-operation and Development.",
            ("Organization for Economic Co-operation and Development", "organization"),
        ),
        (
            "The country also had the second most weather extremes on record, according to the "
            "National Oceanic and Atmospheric Administration.",
            ("National Oceanic and Atmospheric Administration", "organization"),
        ),
        (
            "Only about 3.6 percent of seniors report smoking daily, according to the US "
            "Department of Health and Human Services.",
            ("US Department of Health and Human Services", "organization"),
        ),
        (
            "Nonprofits will lose their funding, said Tim Delaney of the National Council on "
            "Nonprofits, “and nobody will notice.”",
            ("Tim Delaney", "person"),
        ),
        (
            "“This is a stunning figure,” said the National Council on Nonprofits.",
            ("National Council on Nonprofits", "organization"),
        ),
        (
            "The Syrian Observatory for Human Rights said dozens of people were killed in the "
            "strikes on the town.",
            ("Syrian Observatory for Human Rights", "organization"),
        ),
        (
            "The Institute on Taxation and Economic Policy said the plan would cost the states "
            "billions of dollars.",
            ("Institute on Taxation and Economic Policy", "organization"),
        ),
        # A document an organisation issued is the organisation's, named whole.
        (
            "The Center for Immigration Studies report found that most of the workers were "
            "recent arrivals.",
            ("Center for Immigration Studies", "organization"),
        ),
        (
            "A National Institute on Drug Abuse survey found that vaping doubled in a year "
            "among high school students.",
            ("National Institute on Drug Abuse", "organization"),
        ),
    ],
)
def test_organisation_named_whole(text: str, speaker: tuple[str, str]) -> None:
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A person at the end of the run speaks.
        (
            "“We are ready,” said Center for American Progress president Neera Tanden.",
            ("Neera Tanden", "person"),
        ),
        (
            "“We are ready,” said House Committee on Ways and Means Chairman Paul Ryan.",
            ("Paul Ryan", "person"),
        ),
        (
            "“We are ready,” said Health and Human Services Secretary Alex Azar.",
            ("Alex Azar", "person"),
        ),
        # Two bodies, the first named whole, stay apart.
        (
            "Costs of the program rose sharply last year, according to the White House and "
            "Congress.",
            ("Congress", "organization"),
        ),
        (
            "According to US and UN sanctions, sanctions cannot be removed until the program is "
            "dismantled.",
            ("United Nations", "organization"),
        ),
        (
            "According to the Guttmacher Institute and Census data, the rate fell by half.",
            ("Guttmacher Institute and Census data", "document"),
        ),
        # A day after "on" is no part of a name.
        (
            "“We are ready,” said the Center on Friday.",
            ("Center", "organization"),
        ),
        # A document of a body named without a joiner keeps that body.
        (
            "The Justice Department memo found that the program cost billions.",
            ("Justice Department", "organization"),
        ),
    ],
)
def test_guards(text: str, speaker: tuple[str, str]) -> None:
    assert speaker in _speakers(text)
