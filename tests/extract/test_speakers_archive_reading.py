"""Speaker errors found by reading stored quotes of random archive articles."""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


def test_an_organisation_takes_the_fuller_name_written_right_before_it() -> None:
    text = (
        "On Tuesday, the State House of Representatives’ Education Committee passed a bill. "
        "A campaign inspired the Republican National Committee’s resolution condemning the "
        "framework as “radically revisionist” in August 2014."
    )
    assert _names(text) == ["Republican National Committee"]


def test_a_preposition_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Maryland Rep. John Sarbanes leads the effort. Under Sarbanes’s vision, the government "
        "would match small donations.\n\n“If you like this, give us a gavel,” Sarbanes said."
    )
    assert _names(text) == ["John Sarbanes"]


def test_whether_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Whether Trump signs the bill is unclear. Trump said the bill was “a disaster” for farmers."
    )
    assert set(_names(text)) == {"Trump"}
