"""A bare "the president" where the writer titles nobody so: whom the article shows holds it."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            # The title only inside a quotation.
            "Donald Trump flew to Ohio on Monday. Trump spoke for an hour.\n\n"
            "“We love President Trump,” said Mary Jones, a nurse from Dayton.\n\n"
            "“We will win again,” the president said.",
            "Donald Trump",
        ),
        (
            # An administration named after him.
            "Barack Obama sent his budget to Congress on Monday. Obama wants more for roads, "
            "and the Obama administration says the plan cuts the deficit.\n\n"
            "“This is a serious plan,” the president said.",
            "Barack Obama",
        ),
        (
            # A title followed by a day is still his.
            "Donald Trump went golfing. Trump then wrote to Nancy Pelosi.\n\n"
            "“Mr. Trump is wrong,” said Rep. Anna Lee, who attacked President Trump Sunday "
            "on television.\n\n“She is a disgrace,” the president said.",
            "Donald Trump",
        ),
    ],
)
def test_the_president_is_the_most_named_person_shown_to_hold_the_office(
    text: str, name: str
) -> None:
    assert _names(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        # A former president, a vice president: not who holds the office now.
        "Barack Obama spoke in Chicago. Obama praised the volunteers. “Former President Obama "
        "was great,” said Tom Reed, an organiser.\n\n“We need more help,” the president said.",
        "Joe Biden spoke in Iowa. Biden shook hands. “Vice President Biden was great,” said "
        "Tom Reed, an organiser.\n\n“We need more help,” the president said.",
        # The one titled is not the person the article names most.
        "Donald Trump went to Texas. Trump met Greg Abbott. Trump praised the wall, and the "
        "Obama administration was blamed by Barack Obama's critics.\n\n“It is a great wall,” "
        "the president said.",
        # Another's president.
        "Donald Trump spoke. Trump smiled. “President Trump is right,” said Ann Cole, a "
        "nurse.\n\n“We are short of staff,” the association's president said.",
    ],
)
def test_nobody_shown_to_hold_the_office_leaves_the_president_unresolved(text: str) -> None:
    assert _names(text)[-1] not in ("Donald Trump", "Barack Obama", "Joe Biden")
