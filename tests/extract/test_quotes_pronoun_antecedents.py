"""The nearer name a pronoun may mean: places, initials and names that qualify a body are none."""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes
from factdb.extract.quotes.cues import name_between


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


def test_a_name_qualifying_an_administration_is_not_the_pronouns_antecedent() -> None:
    text = (
        "House Democrats held a hearing on Tuesday. Chairman Jerry Nadler, D-N.Y., accused the "
        "Trump administration of ignoring subpoenas, a pattern he said reflects an effort to "
        "prevent Congress “from providing any check whatsoever.”"
    )
    assert _names(text)[-1] == "Jerry Nadler"


def test_the_last_letter_of_an_abbreviation_is_no_name() -> None:
    text = (
        "Treasury Secretary Steven Mnuchin met bankers on Friday. Mnuchin said the talks with "
        "China went well, and that the U.S. economy was strong, but he warned that tariffs "
        "“could go higher” next year."
    )
    assert _names(text)[-1] == "Steven Mnuchin"


def test_a_country_named_last_is_not_the_pronouns_antecedent() -> None:
    text = (
        "President Barack Obama spoke on Friday. Mr. Obama said there was no doubt that Russia "
        "was responsible for the hacking, and that he told Mr. Putin to “cut it out” when they "
        "met."
    )
    assert _names(text)[-1] == "Barack Obama"


def test_a_capitalised_word_after_a_hyphen_is_no_name() -> None:
    text = "He spoke of anti-Semitism and of the F.B.I. before he"
    assert name_between(text, 0, len(text) - 3) is None


def test_a_group_named_last_is_no_he() -> None:
    text = (
        "Ayres, the Republican half of the team, noted that the electorate may not have as many "
        "Democrats as the poll's sample, which he called “a best-case scenario” for the party."
    )
    assert _names(text)[-1] == "Ayres"


def test_names_a_verb_of_quoted_words_takes_are_objects_not_nearer_names() -> None:
    text = (
        "Sen. Lindsey Graham praised Rand Paul and Mike Lee as “patriots” before stressing "
        "that he thinks “they are wrong on this.”"
    )
    assert _names(text) == ["Lindsey Graham", "Lindsey Graham"]


def test_a_name_in_a_reported_clause_is_still_the_nearer_name() -> None:
    text = "Michael Flynn said Donald Trump was right when he said “we need a wall.”"
    assert _names(text)[-1] == "Donald Trump"
