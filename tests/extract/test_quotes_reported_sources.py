"""Reported speech read on the archive: the source named after its cue, objects that say nothing."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _reported(text: str) -> list[tuple[str, str | None]]:
    """Reported records as (clause, speaker name)."""
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text)
        if q.kind == QuoteKind.INDIRECT
    ]


def _quoted(text: str) -> list[str]:
    """The words of direct and partial records."""
    return [q.text for q in extract_quotes(text) if q.kind != QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Democrats won 40 of the 50 contests in which they outspent the Republican, according "
            "to an analysis of campaign spending totals compiled by USA TODAY.",
            "Democrats won 40 of the 50 contests in which they outspent the Republican",
            "analysis",
        ),
        (
            "Immigrants accounted for all of the job gains since 2000, according to a report that "
            "highlights the stiff competition for jobs.",
            "Immigrants accounted for all of the job gains since 2000",
            "report",
        ),
        (
            "The catalyst for all this drama, according to President Donald Trump, is $1.6 "
            "billion for a border wall.",
            "The catalyst for all this drama is $1.6 billion for a border wall",
            "Donald Trump",
        ),
    ],
)
def test_according_to_takes_no_clause_after_its_source(
    text: str, clause: str, speaker: str
) -> None:
    # The words after the source describe it ("compiled by USA TODAY"); a mid-sentence source
    # leaves the sentence around it as the clause, the attribution left out.
    assert _reported(text) == [(clause, speaker)]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "In Gwinnett County, four polling sites had malfunctioning electronic polling "
            "machines, said Joe Sorenson, a spokesman for the county.",
            "In Gwinnett County, four polling sites had malfunctioning electronic polling machines",
            "Joe Sorenson",
        ),
        (
            "The tariffs make it harder to afford a crib, said Joseph Shamie, Delta Children's "
            "president.",
            "The tariffs make it harder to afford a crib",
            "Joseph Shamie",
        ),
        (
            "The vaccine could be ready by the fall, said Dr. Richard Hatchett of the Coalition "
            "for Epidemic Preparedness Innovations.",
            "The vaccine could be ready by the fall",
            "Richard Hatchett",
        ),
        (
            "He is setting himself up to pivot, said one Republican strategist familiar with "
            "White House thinking.",
            "He is setting himself up to pivot",
            "Republican strategist",
        ),
    ],
)
def test_a_source_named_after_the_cue_is_no_clause(text: str, clause: str, speaker: str) -> None:
    # The name and its description after "..., said" are who spoke; the clause is before.
    assert _reported(text) == [(clause, speaker)]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Smith, in turn, said Jones, the mayor, was wrong.",
            "Jones, the mayor, was wrong",
            "Smith",
        ),
        (
            "Mr. McConnell, however, said his focus is on a package for small businesses.",
            "his focus is on a package for small businesses",
            "McConnell",
        ),
        (
            "Trump denied knowing who Kovaleski was.",
            "knowing who Kovaleski was",
            "Trump",
        ),
        (
            "He also conveyed Japan’s determination to drastically strengthen its defense "
            "capabilities.",
            "Japan’s determination to drastically strengthen its defense capabilities",
            None,
        ),
    ],
)
def test_clauses_after_the_cue_stay(text: str, clause: str, speaker: str | None) -> None:
    found = _reported(text)
    assert [c for c, _ in found] == [clause]
    if speaker is not None:
        assert found[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The plan could deny entry to approximately 375,000 prospective immigrants each year.",
        "Trump announced plans to shrink the size of two national monuments in Utah.",
        "President Donald Trump tweeted an endorsement of Roy Moore, who has several sexual "
        "misconduct allegations against him.",
        "Nancy Pelosi announced the seven lawmakers who will serve as impeachment managers.",
    ],
)
def test_a_noun_phrase_object_is_no_reported_clause(text: str) -> None:
    # A bare noun before "to", or a noun phrase whose first verb is in a relative clause: what
    # was announced or denied is a thing, not something said.
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "His first defense secretary, Robert M. Gates, wrote in his memoir, “Duty,” that "
            "Mr. Obama felt compelled to act.",
            "Duty,",
        ),
        (
            "Her adviser, Jane Smith, wrote in her essay, “Duty,” that the vote was lost.",
            "Duty,",
        ),
    ],
)
def test_a_work_named_after_its_kind_is_a_title(text: str, title: str) -> None:
    assert title not in _quoted(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "For example, in “Federalist No. 10,” James Madison wrote about his fear of factions.",
            "Federalist No. 10,",
        ),
        ("But with “Hamilton,” Miranda reminds us that the fight is not yet over.", "Hamilton,"),
        ('On "Fox News @ Night," Graham said Paul is wrong.', "Fox News @ Night,"),
        ("“Size matters not,” Yoda tells Luke in “Episode V - The Empire Strikes Back.”", None),
    ],
)
def test_a_work_in_title_case_after_in_or_with_is_a_title(text: str, title: str | None) -> None:
    # A work's number ("No. 10") or a sign ("@", "-") inside its name leaves it in title case.
    quoted = _quoted(text)
    if title is None:
        assert quoted == ["Size matters not,"]
    else:
        assert title not in quoted


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('"Dr. Adams," he said, "there\'s a big difference."', "Dr. Adams,"),
    ],
)
def test_words_said_in_title_case_stay(text: str, said: str) -> None:
    assert said in _quoted(text)
