"""What is a quote and its kind: the writer's own coinage, and a short phrase between a cue and
the quotation it introduces."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


@pytest.mark.parametrize(
    "text",
    [
        # The writer's "I call" / "we call" names something: a coinage or a title, even when the
        # comma inside the closing mark makes the words look like a sentence said.
        "It was in a congressional office that I became aware of a group of people I call "
        "“Discipauls,” and learned just how troublesome they could be.",
        "I call the chapter “Willard M. Romney and the Truman Show of Bubble Finance.” Remember "
        "that movie?",
        "It is a pattern we have dubbed “the slow fade,” and it is everywhere.",
    ],
)
def test_writer_naming_gives_no_quote(text: str) -> None:
    recs = extract_quotes(text)
    assert not recs, [(r.kind, r.cue, r.text) for r in recs]


def test_writer_telling_keeps_the_direct_quote() -> None:
    recs = extract_quotes("Then I told him, “You will not win this one, not ever.” He laughed.")
    assert [r.kind for r in recs] == [QuoteKind.DIRECT]


def test_third_person_calling_keeps_the_partial() -> None:
    recs = extract_quotes("Senator Jane Smith called the plan “a total disaster,” and walked out.")
    assert [(r.kind, r.text) for r in recs if r.kind != QuoteKind.INDIRECT] == [
        (QuoteKind.PARTIAL, "a total disaster,")
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'Jane Smith said shortly after the vote, "We will fight this decision in every court '
            'in the land."',
            "We will fight this decision in every court in the land.",
        ),
        (
            'The chief executive, Tom Brown, cautioned investors, "I want to make it very clear '
            "that it's not a doom-and-gloom story right now.\"",
            "I want to make it very clear that it's not a doom-and-gloom story right now.",
        ),
        (
            "Press secretary Jane Smith said, quote, “Nothing like this has ever happened at the "
            "White House in our long history.”",
            "Nothing like this has ever happened at the White House in our long history.",
        ),
        (
            'President Obama said in the coming weeks, "I will use whatever power this office '
            'holds to engage my fellow citizens."',
            "I will use whatever power this office holds to engage my fellow citizens.",
        ),
    ],
)
def test_phrase_between_cue_and_quote_keeps_it_direct(text: str, quoted: str) -> None:
    recs = extract_quotes(text)
    assert [(r.kind, r.text) for r in recs] == [(QuoteKind.DIRECT, quoted)]
    assert recs[0].speaker is not None and recs[0].speaker.name


@pytest.mark.parametrize(
    "text",
    [
        'Jane Smith said he had prioritized al-Baghdadi, "From the first day I got into office."',
        'Jane Smith said the plan, "a disaster for everyone," would fail.',
    ],
)
def test_clause_before_the_quotation_stays_reported(text: str) -> None:
    recs = extract_quotes(text)
    assert [r.kind for r in recs] == [QuoteKind.INDIRECT]


_RELATED = """Markets fell sharply on Monday as investors weighed the news.

Read: Climate change will break the housing market, says David Burt, who predicted the 2008 \
financial crisis

Watch: Pelosi: 'We will not fund the wall'

The rest of the story follows here."""


def test_read_and_watch_labels_are_no_part_of_the_headline() -> None:
    recs = extract_quotes(_RELATED)
    got = [(r.kind, r.text, r.speaker.name if r.speaker else None) for r in recs]
    assert got == [
        (QuoteKind.INDIRECT, "Climate change will break the housing market", "David Burt"),
        (QuoteKind.DIRECT, "We will not fund the wall", "Pelosi"),
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Lunch programs grew. Organizers contend after a summer of nourishing meals, these "
            "kids will do better when school resumes.",
            "these kids will do better when school resumes",
        ),
        (
            "Lunch programs grew. Jane Smith said in a statement, the plan would fail by June.",
            "the plan would fail by June",
        ),
        (
            "Lunch programs grew. Jane Smith said while the plan was costly, it would pay off.",
            "it would pay off",
        ),
    ],
)
def test_clause_after_a_fronted_phrase_is_reported(text: str, clause: str) -> None:
    recs = extract_quotes(text)
    assert [(r.kind, r.text) for r in recs] == [(QuoteKind.INDIRECT, clause)]


def test_phrase_after_an_inverted_cue_is_no_clause() -> None:
    recs = extract_quotes("“We will win,” Jane Smith said in a statement, the first since May.")
    assert [r.kind for r in recs] == [QuoteKind.DIRECT]


def test_phrase_quote_belongs_to_its_own_cue() -> None:
    text = (
        "Senator Lindsey Graham toured the state. When a woman at the seniors center in "
        "Charleston asked him whether Congress should move to impeach Obama, the senator said "
        "simply: “How many of you believe that if you tried to impeach the president, we would "
        "probably lose in 2014?”"
    )
    recs = [r for r in extract_quotes(text) if r.kind == QuoteKind.DIRECT]
    assert [(r.cue, r.speaker.name if r.speaker else None) for r in recs] == [
        ("said", "Lindsey Graham")
    ]
