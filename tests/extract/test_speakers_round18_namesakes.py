"""Namesakes told apart by a generational suffix, and datelines credited to an agency."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker.name for q in extract_quotes(text) if q.speaker is not None]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname and its suffix is the person named in full with both
        (
            "Donald Trump Jr. spoke at the rally on Monday. The crowd cheered.\n\n"
            '"It is a disgrace," Trump Jr. said.',
            ["Donald Trump Jr."],
        ),
        (
            "Brooklyn author Robert Jones Jr. posted a thread on Sunday.\n\n"
            '"These are professional fireworks," Jones Jr. said.',
            ["Robert Jones Jr."],
        ),
        # ... and the father keeps the bare surname
        (
            "President Donald Trump and his son Donald Trump Jr. held a rally. "
            '"We will win," Trump said. "It is great," Trump Jr. said.',
            ["Donald Trump", "Donald Trump Jr."],
        ),
        # a bare surname that only a suffixed person bears is that person
        (
            "Sen. Joe Manchin III, Democrat of West Virginia, met the nominee. "
            '"He is a friend," Mr. Manchin said.',
            ["Joe Manchin III"],
        ),
        (
            "Director of National Intelligence James R. Clapper Jr. spoke in New York. "
            '"The threat is real," Clapper said.',
            ["James R. Clapper Jr."],
        ),
    ],
)
def test_suffixed_namesakes(text: str, names: list[str]) -> None:
    assert _speakers(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a president's surname stays the president's beside a son named in full
        'Donald Trump Jr. spoke at the rally. "We will win," Trump said.',
        # two suffixed namesakes: the bare surname is neither
        "Dwight Hammond Sr. and Dwight Hammond Jr. met the sheriff. "
        '"We did nothing wrong," Hammond said.',
    ],
)
def test_surname_not_given_to_a_son(text: str) -> None:
    assert not any(n.endswith(("Jr.", "Sr.")) for n in _speakers(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Washington (CNN) Donald Trump drew a distinction on Sunday, saying the "
            "senator is qualified.",
            "Donald Trump",
        ),
        (
            "ATHENS, Greece (AP) — President Barack Obama opened his final trip on "
            "Tuesday, saying the alliance is strong.",
            "Barack Obama",
        ),
        (
            "Havana (CNN) U.S. President Barack Obama put the government on the spot "
            "Monday, insisting that his counterpart also deliver answers. Tourists "
            "walked through Old Havana later.",
            "Barack Obama",
        ),
        (
            "(CNN) Sen. Dianne Feinstein clashed Friday with a group of children over "
            "climate change policy, accusing them of presenting an ultimatum and "
            "contrasting their inability to vote with her three decades in office.",
            "Dianne Feinstein",
        ),
        # a party and state in brackets is no agency's credit
        (
            "Sen. Mitch McConnell (R-Ky.) blocked the bill, saying it would fail.",
            "Mitch McConnell",
        ),
    ],
)
def test_dateline_credit_is_no_subject(text: str, name: str) -> None:
    assert _speakers(text) == [name]
