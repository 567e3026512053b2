"""A capitalised word opening a participle phrase, or a compound adjective, is no surname."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke for an hour. Sounding rattled, even though he was among friends, "
        'Dorn, a former aide, attempted to say the budget was "a mess nobody wants to own."',
        "The vote came late. Facing criticism over the vote, the senator issued a statement "
        'asserting that it was "a fair count."',
    ],
)
def test_a_word_opening_a_sentence_only_is_no_surname(text: str) -> None:
    names = _names(text)
    assert names
    assert all(n not in {"Sounding", "Facing"} for n in names)


def test_a_surname_the_article_writes_inside_a_sentence_still_speaks() -> None:
    text = (
        'The report was leaked to Dorrance on Monday. Dorrance said the report was "a plain '
        'fabrication from start to finish."'
    )
    assert _names(text) == ["Dorrance"]


def test_a_surname_written_only_where_a_sentence_begins_still_speaks() -> None:
    text = 'The bill passed on Monday. Dorrance said it was "a plain fabrication from the start."'
    assert _names(text) == ["Dorrance"]


def test_a_compound_adjective_is_no_surname() -> None:
    text = (
        'The plan has its critics. Colorado-based groups say it is "a tax on the poor by '
        'another name."'
    )
    assert "Colorado-based" not in _names(text)
