"""Pronouns after a listed organisation (one body, meant only when quoted just before)."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        # "they" is a group, never one outlet named by the list
        "“The figure is accurate,” Politico said. Advisers to the governor disagree. "
        "And they note that the poll was small.",
        "“Turnout fell,” Pew said on Monday. Democrats are worried. They argue that "
        "the party lost young voters.",
    ],
)
def test_they_is_no_listed_outlet(text: str) -> None:
    assert _names(text)[-1] not in ("Politico", "Pew Research Center")


def test_it_is_no_listed_outlet_quoted_paragraphs_before() -> None:
    text = (
        "“The plan is modest,” Vox reported.\n\nObamacare was a lesson of the 1990s.\n\n"
        "The rules changed in 2010.\n\nThe insurers were wary of the law. The mandate was "
        "weak. Then it said that prices “would fall.”"
    )
    assert _names(text)[-1] != "Vox"


@pytest.mark.parametrize(
    "text",
    [
        "“The claim is false,” says PolitiFact. So there is no basis for it. But, it adds, "
        "“the number is real.”",
        "Politico says they feel good at the White House.\n\n“Officials will call it a win,” "
        "it says.",
    ],
)
def test_it_is_a_listed_outlet_quoted_just_before(text: str) -> None:
    assert _names(text)[-1] in ("PolitiFact", "Politico")


def test_they_is_a_listed_outlet_in_its_own_sentence() -> None:
    text = (
        "Pollsters at Gallup said Tuesday they have identified flawed methods that contributed "
        "to their incorrect prediction that Mitt Romney would win the election, but they are "
        "still working on it."
    )
    assert _names(text)[-1] == "Gallup"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Melania Trump visited the hospital on Monday. “The children are brave,” she said. "
            "Later, President Trump told reporters “we will win.”",
            "Donald Trump",
        ),
        (
            "Donald Trump and Melania Trump arrived. Melania Trump waved. President Trump said "
            "“it was a great day.”",
            "Donald Trump",
        ),
        (
            "Hillary Clinton spoke first. President Clinton said “it was a great day.”",
            "Bill Clinton",
        ),
        (
            "Michelle Obama spoke. Former President Obama said “it was a great day.”",
            "Michelle Obama",
        ),
        ("Donald Trump spoke. President Trump said “it was a great day.”", "Donald Trump"),
    ],
)
def test_president_and_surname_is_the_listed_president(text: str, name: str) -> None:
    assert _names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The senator from Ohio, Sherrod Brown, said “the bill is a disgrace.”", "Sherrod Brown"),
        ("The March for Our Lives said “we will be back.”", None),
        ("Organizers of the March for Our Lives said “we will be back.”", None),
    ],
)
def test_no_place_or_title_word_speaks(text: str, name: str | None) -> None:
    assert [n or None for n in _names(text)] == [name]
