"""What a figure measures in archive-style sentences: compounds after a sum, units skipped on
the way back, and None rather than a verb or a source.

Sentences written for these tests in the style of news copy (no article text is copied).
"""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims

# (sentence, surface of the figure, what it must measure)
MEASURES = [
    (
        "Trading losses of $14.1 million and $6.3 million were posted.",
        "$6.3",
        "Trading losses",
    ),
    (
        "The school will hand all of its $2.4 million state grant package to pupils.",
        "$2.4",
        "state grant package",
    ),
    ("The agency fined the bank with a $40 million penalty.", "$40", "penalty"),
    ("The lawyer sent a $90,000 payment to the witness.", "$90,000", "payment"),
    ("August hiring actually rose by 120,000.", "120,000", "hiring"),
    ("Tensions in the region, and only 40 of the towns were spared.", "40", "towns"),
    ("The plan would increase the uninsured by 12 million.", "12 million", "uninsured"),
    # a verb after a noun of its clause, or an adjective after an article, is kept
    ("Norway expelled seven.", "seven", "Norway expelled"),
    ("He never paid the rest of the promised $30,000.", "$30,000", "promised"),
]
# (sentence, surface of the figure): no noun phrase is named, so none is given
NO_MEASURE = [
    ("It put spending in the budget year, which ended last Sept. 30, at $2.1 trillion.", "$2.1"),
    ("The county will be giving 100% to tenants.", "100%"),
    ("Workers are paying 6.5 percent to the county.", "6.5"),
    ("The rule would ensure that women constitute at least half of them.", "at least"),
    ("Everybody would have 30 days for an appeal.", "30"),
    ("Support stands at 38%, pollsters said, down from 45%.", "45%"),
    ("About $3 billion went to the hospitals.", "About $3"),
    # a verb right before the figure takes it as its object and is no measured thing
    ("He implored hundreds in the square to go home.", "hundreds"),
    ("She mentioned three, none of them new.", "three"),
    ("The firm has invested about $40bn in the harbour.", "about $40bn"),
    ("A nurse who makes $48,000 a year agreed.", "$48,000"),
    ("He has spent millions on advertising.", "millions"),
]


def _measures(sentence: str, surface: str) -> str | None:
    claim = next(c for c in extract_claims(sentence) if c.text.startswith(surface))
    return claim.measures


@pytest.mark.parametrize(("sentence", "surface", "expected"), MEASURES)
def test_measures_names_the_noun_phrase(sentence: str, surface: str, expected: str) -> None:
    assert _measures(sentence, surface) == expected


@pytest.mark.parametrize(("sentence", "surface"), NO_MEASURE)
def test_measures_is_none_rather_than_a_verb_or_source(sentence: str, surface: str) -> None:
    assert _measures(sentence, surface) is None
