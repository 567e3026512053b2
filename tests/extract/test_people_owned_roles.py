"""A possessive that only qualifies the next person's role is no antecedent: "Bush’s campaign
manager Danny Diaz boasted ... “...,” he wrote" is Diaz."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Jeb Bush trails in the polls. Bush’s campaign manager Danny Diaz on Thursday "
            "boasted that the campaign is built for a long primary. “There are very few GOP "
            "campaigns committed to building a real infrastructure,” he wrote in a memo.",
            "There are very few GOP campaigns committed to building a real infrastructure,",
            "Danny Diaz",
        ),
        (
            "Donald J. Trump denied the report. They may need to hear from Trump's attorney Rudy "
            "Giuliani, who is named in the complaint. “I will not speak to Adam Schiff,” he said.",
            "I will not speak to Adam Schiff,",
            "Rudy Giuliani",
        ),
        (
            # A possessive before a verb phrase owns no role: the subject stays the speaker.
            "Senator Mark Udall spoke on Monday. Udall's decision to hire David Axelrod drew "
            "criticism. “It was the right call,” he said.",
            "It was the right call,",
            "Mark Udall",
        ),
    ],
)
def test_an_owner_before_a_role_is_no_antecedent(text: str, quote: str, speaker: str) -> None:
    found = {q.text: q for q in extract_quotes(text)}
    q = found[quote]
    assert q.speaker is not None and q.speaker.name == speaker
