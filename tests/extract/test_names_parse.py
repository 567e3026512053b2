"""Where a name starts and ends in a run of capitalised words (``speakers.names_parse``)."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.speakers.names_parse import looks_like_surname, split_name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # Outlets' inline links repeat the name, glued to the linked headline.
        ("Joe Biden Joe BidenWhitmer", "Joe Biden"),
        ("Steny Hoyer Steny Hamilton Hoyer Hoyer", "Steny Hoyer"),
        ("President Trump Donald John TrumpGOP", "Trump"),
        ("Former Vice President Joe Biden Joe Biden", "Joe Biden"),
        ("Trump TrumpTrump", "Trump"),
        ("Putin Putin", "Putin"),
        # Link labels before a headline's name are no part of it.
        ("Related Coverage Trump", "Trump"),
        ("Photo Netanyahu", "Netanyahu"),
        # Names that only look repeated stay whole.
        ("Boutros Boutros-Ghali", "Boutros Boutros-Ghali"),
        ("Hillary Rodham Clinton", "Hillary Rodham Clinton"),
    ],
)
def test_link_text_is_no_part_of_a_name(run: str, name: str) -> None:
    assert split_name(run.split()).text == name


def test_linked_name_gives_the_plain_speaker() -> None:
    text = (
        "The ads back presumptive Democratic nominee Joe Biden Joe BidenWhitmer says she "
        "believes Biden on assault allegation. “We will win,” Biden said."
    )
    names = {q.speaker.name for q in extract_quotes(text) if q.speaker is not None}
    assert names == {"Joe Biden"}


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Communications Cass Cliatt", "Cass Cliatt"),
        ("Affairs Johnnie Carson", "Johnnie Carson"),
        ("Latino Outreach Lorella Praeli", "Lorella Praeli"),
    ],
)
def test_a_department_of_a_title_is_no_part_of_a_name(run: str, name: str) -> None:
    assert split_name(run.split()).text == name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("San Juan Mayor Carmen Yulin Cruz", "Carmen Yulin Cruz"),
        ("Virginia Sen. Mark Warner", "Mark Warner"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
    ],
)
def test_the_name_starts_after_the_last_title(run: str, name: str) -> None:
    assert split_name(run.split()).text == name


@pytest.mark.parametrize("word", ["One-third", "Two-thirds", "Then-Secretary"])
def test_a_share_or_a_then_title_is_no_surname(word: str) -> None:
    assert not looks_like_surname(word)


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Lakers Hall of Famer Magic Johnson", "Magic Johnson"),
        ("Federal Bureau of Investigation Special Agent Ronald Hopper", "Ronald Hopper"),
        ("Chief of Department James O'Neill", "James O'Neill"),
        ("Dan Judy of North Star Opinion Research", "Dan Judy"),
        ("John McCain of Arizona", "John McCain"),
    ],
)
def test_a_titled_person_after_of_is_the_name(run: str, name: str) -> None:
    assert split_name(run.split()).text == name
