"""Definite descriptions of organisations resolve to the organisation named before them."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import SpeakerKind


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.speaker.kind if q.speaker else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Justice Department said it would act. In court filings, the department even "
            "said the reporter may have aided a crime.",
            "Justice Department",
        ),
        ("The FBI is looking into it. The FBI also is investigating, the bureau said.", None),
        (
            "Officials at the Department of the Treasury met on Monday. The department said it "
            "was fine.",
            "Treasury Department",
        ),
        (
            "Jason Dalton, 45, passed a background check when he was hired by Uber Technologies "
            "Inc., the company told reporters.",
            "Uber Technologies Inc",
        ),
        (
            "The FTC sued the firm on Friday. The firm holds a monopoly, the agency said.",
            "FTC",
        ),
    ],
)
def test_the_department_is_the_one_named_before(text: str, name: str | None) -> None:
    found = _speakers(text)
    assert found
    want = name or "Federal Bureau of Investigation"
    assert found[-1][0] == want
    assert found[-1][1] != SpeakerKind.ANONYMOUS


def test_a_name_that_may_be_a_person_is_no_company() -> None:
    found = _speakers("Video shows that Crutcher raised his hands, the company said.")
    assert ("company", SpeakerKind.ANONYMOUS) in found
    assert all(name != "Crutcher" for name, _ in found)


def test_a_sentence_opener_is_no_organisation() -> None:
    found = _speakers("Profits fell by a third in the quarter, the company said on Tuesday.")
    assert found == [("company", SpeakerKind.ANONYMOUS)]


def test_no_organisation_before_leaves_the_description_anonymous() -> None:
    found = _speakers("Donald Trump met Kim in Singapore. The company said it was sorry.")
    assert found == [("company", SpeakerKind.ANONYMOUS)]
