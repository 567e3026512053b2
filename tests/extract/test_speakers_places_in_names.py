"""A name never starts inside a place of several words written before it."""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.speakers.names_parse import split_name


@pytest.mark.parametrize(
    ("run", "before", "name"),
    [
        ("South Carolina Haley", ("South", "Carolina"), ("Haley",)),
        ("North Carolina Republicans", ("North", "Carolina"), ("Republicans",)),
        ("San Francisco Chronicle", (), ("San", "Francisco", "Chronicle")),
        # Guards: bodies named after their place, and titled names, are as before.
        ("Des Moines Register", (), ("Des", "Moines", "Register")),
        ("New England Patriots", (), ("New", "England", "Patriots")),
        ("South Carolina Gov. Nikki Haley", ("South", "Carolina", "Gov."), ("Nikki", "Haley")),
    ],
)
def test_a_place_of_several_words_is_no_part_of_the_name(
    run: str, before: tuple[str, ...], name: tuple[str, ...]
) -> None:
    split = split_name(run.split())
    assert (split.before, split.name) == (before, name)


def test_a_caption_that_glues_a_state_to_a_surname_makes_no_new_person() -> None:
    text = (
        "Photos: Nikki Haley's career as governor of South Carolina Haley shares a hug with "
        'her mother.\n\n"The record has fallen short," Haley said.'
    )
    (quote,) = extract_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Nikki Haley"
