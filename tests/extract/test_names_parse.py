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


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # A given name the list lacks, before a middle initial, is part of the name.
        ("Representative Steny H. Hoyer", "Steny H. Hoyer"),
        ("Sander M. Levin", "Sander M. Levin"),
        ("Gov. Dannel P. Malloy", "Dannel P. Malloy"),
        # ... but not a place or a title before the initial.
        ("Texas J. Smith", "J. Smith"),
        ("Sen. J. Smith", "J. Smith"),
    ],
)
def test_an_unknown_given_name_before_an_initial_starts_the_name(run: str, name: str) -> None:
    assert split_name(run.split()).text == name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Pope Francis", "Pope Francis"),
        ("Prince Andrew", "Prince Andrew"),
        ("Queen Elizabeth II", "Queen Elizabeth II"),
        ("Jordan's King Abdullah II", "King Abdullah II"),
        ("King's English", "English"),
        # A name of its own keeps the title out: it says who the person is without it.
        ("Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
        ("President Trump", "Trump"),
        ("Police Chief Smith", "Smith"),
    ],
)
def test_a_regnal_title_belongs_to_a_one_word_name(run: str, name: str) -> None:
    assert split_name(run.split()).text == name


def test_a_regnal_title_keeps_the_name_a_person_with_a_gender() -> None:
    split = split_name(["Pope", "Francis"])
    assert (split.anchored, split.gender) == (True, "he")


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Lawyer Rosemarie Arnold", "Rosemarie Arnold"),
        ("Activist Norge Espinosa Mendoza", "Norge Espinosa Mendoza"),
        ("Filmmaker Judd Apatow", "Judd Apatow"),
        ("President-elect Donald Trump", "Donald Trump"),
        # Occupations that are surnames too are no title ("Paul Singer").
        ("Paul Singer", "Paul Singer"),
    ],
)
def test_an_occupation_before_a_name_is_no_part_of_it(run: str, name: str) -> None:
    assert split_name(run.split()).text == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“I think this demonstrates that Speaker Boehner has a real challenge,” said "
            "Representative Steny H. Hoyer of Maryland, the No. 2 House Democrat.",
            "Steny H. Hoyer",
        ),
        (
            "A message was read out on behalf of Pope Francis, in which he said D-Day was "
            "“decisive in the fight against Nazi barbarism”.",
            "Pope Francis",
        ),
        (
            "Lawyer Rosemarie Arnold said she filed it after learning that the lane closures "
            "were “deliberate actions.”",
            "Rosemarie Arnold",
        ),
    ],
)
def test_speaker_names_in_news_sentences(text: str, speaker: str) -> None:
    names = {q.speaker.name for q in extract_quotes(text) if q.speaker is not None}
    assert names == {speaker}


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("South Korea’s Moon", "Moon"),
        ("New Mexico's Sanchez", "Sanchez"),
        # Names that open with a possessive stay whole, and so do longer names after a place.
        ("America’s Voice", "America’s Voice"),
        ("Virginia’s College Republicans", "Virginia’s College Republicans"),
        ("Moody's Analytics", "Moody's Analytics"),
        ("Hudson's Bay", "Hudson's Bay"),
    ],
)
def test_a_place_owning_a_one_word_name_is_no_part_of_it(run: str, name: str) -> None:
    assert split_name(run.split()).text == name
