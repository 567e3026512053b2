"""News agencies: the name inside an agency's description, and the agency an unnamed
description means."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The storm killed five people, the official Xinhua news agency said.", "Xinhua"),
        ("Five people died in the storm, the state-run Xinhua news agency reported.", "Xinhua"),
        ("Iran's official Irna news agency reported that the box will be opened.", "Irna"),
        (
            "The state-run Anadolu news agency in Turkey reported that prosecutors were ready.",
            "Anadolu Agency",
        ),
    ],
)
def test_the_name_inside_an_agency_s_description_is_the_speaker(text: str, name: str) -> None:
    assert _speakers(text) == [name]


def test_an_unnamed_agency_is_the_one_named_near_it() -> None:
    text = (
        "Russia’s state-owned news service said the Kremlin will respond in coming days. "
        "The expulsions were wrong, said Anatoly Antonov, the state-run Tass news service "
        "reported."
    )
    assert _speakers(text)[0] == "Tass"


def test_the_news_agency_is_the_agency_quoted_before() -> None:
    text = (
        "On Wednesday, the official KCNA news agency said North Korea was examining the plan."
        "\n\nThe news agency reported a military statement issued on Tuesday."
    )
    assert _speakers(text) == ["KCNA", "KCNA"]


@pytest.mark.parametrize(
    "text",
    [
        # another country's agency, or a group's
        "Lebanon's National News Agency said 23 people died. Among the dead was an attache, "
        "Iran's state-run news agency reported.",
        "The ISIS-linked Amaq news agency claimed the attack. Turkey's state-run news agency "
        "says that most of the dead were foreigners.",
    ],
)
def test_an_unnamed_agency_is_not_another_owner_s(text: str) -> None:
    assert _speakers(text)[-1] in ("Iran's state-run news agency", "Turkey's state-run news agency")


def test_a_nationality_names_no_agency() -> None:
    assert _speakers("The flight crashed, the Russian news agency reported.") == [
        "Russian news agency"
    ]
