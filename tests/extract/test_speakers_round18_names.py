"""Stored speakers of one word or a doubled given name: bodies, groups and whole names."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import SpeakerKind
from factdb.extract.speakers.names_parse import group_name, split_name
from factdb.extract.speakers.organizations import (
    body_or_place,
    listed_with_words_before,
    org_shaped,
)
from factdb.extract.speakers.people import People


def _speaker(text: str) -> tuple[str | None, SpeakerKind | None]:
    quotes = [q for q in extract_quotes(text) if q.speaker is not None]
    assert quotes, text
    return quotes[0].speaker.name, quotes[0].speaker.kind  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name written with a capital inside, digits at its end or a slash is a body's
        (
            "Cannon also pushed back on ViacomCBS’s apparent claim that he did not attempt "
            "to make amends after his remarks went viral, saying he even went further.",
            "ViacomCBS",
        ),
        (
            'BuzzFeed tells us that "the document was prepared for political opponents of '
            'Trump by a person who is understood to be a former British agent."',
            "BuzzFeed",
        ),
        (
            "Two and a half weeks later, his approval rating is 41.9%, according to "
            "FiveThirtyEight.",
            "FiveThirtyEight",
        ),
        (
            "Flightradar24 said the plane reached its cruising altitude and then dropped for "
            "about eight minutes.",
            "Flightradar24",
        ),
        # outlets, companies and universities of the list
        (
            "Time officially refutes Trump’s statements, saying he “is incorrect” about how it "
            "chooses its Person of the Year.",
            "Time",
        ),
        (
            "Harvard said it is working with students on financial aid to help defray the "
            "expenses of the last-minute move.",
            "Harvard University",
        ),
        (
            "Germanwings said the plane reached its cruising altitude of 38,000 feet, and then "
            "dropped for about eight minutes.",
            "Germanwings",
        ),
        # a listed body whose first word reads as a title
        (
            "According to Education Week, after adjusting for regional cost differences, "
            "Wyoming spends an average of $17,513 per pupil.",
            "Education Week",
        ),
        (
            "Shares fell after General Motors said it would idle three plants for a month.",
            "General Motors",
        ),
    ],
)
def test_a_body_written_as_one_word_is_an_organisation(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "In the matter of the culture wars, evangelical Christians are asking, “what do we do "
        "now?”",
        "Evangelical Christians are asking, “what do we do now?”",
        'Many Iowans say they "have seen enough of the candidates" by now.',
        "Orthodox Jews said the ruling would harm their schools.",
        "In the poll, Catholics said the church should change.",
    ],
)
def test_a_group_named_by_a_plural_is_nobody_s_name(text: str) -> None:
    name, kind = _speaker(text)
    assert kind == SpeakerKind.ANONYMOUS, (name, kind)


def test_a_doubled_given_name_stays_whole() -> None:
    text = "\"I thought, 'Fantastic,'\" says Dee Dee Myers, Clinton's former press secretary."
    assert _speaker(text) == ("Dee Dee Myers", SpeakerKind.PERSON)
    assert split_name(["Dee", "Dee", "Myers"]).text == "Dee Dee Myers"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"It is over," said Gov. Ron DeSantis. DeSantis added: "We are done."', "Ron DeSantis"),
        ('McMaster said the strikes were "a sign of resolve."', "McMaster"),
        ('"We will see," Mr. McConnell said on Tuesday.', "McConnell"),
    ],
)
def test_a_surname_with_a_capital_after_its_prefix_stays_a_person(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.PERSON)


def test_the_shapes_and_lists() -> None:
    assert org_shaped("PepsiCo") and org_shaped("Reuters/Ipsos") and org_shaped("France24")
    assert not any(org_shaped(w) for w in ("McMaster", "DeSantis", "LaHood", "O’Rourke", "Trump"))
    # a clause's first word glued to a name, a link's code, a section's label in capitals
    assert not any(org_shaped(w) for w in ("WhileIsrael", "PfASkm7vah", "ANALYSIS/OPINION"))
    assert group_name(["Christians"]) and group_name(["Iraqi", "Kurds"])
    assert not group_name(["Evans"]) and not group_name(["Jon", "Christians"])
    text = "according to Education Week, Wyoming"
    assert listed_with_words_before(text, text.index("Week"), "Week") == (13, "Education Week")
    assert listed_with_words_before(text, text.index("Wyoming"), "Wyoming") is None


def test_a_listed_body_behind_a_title_word_is_no_antecedent() -> None:
    text = (
        "Trump last week said he would use the act to compel General Motors to produce "
        "ventilators, and on Thursday he said he would use it to help make masks."
    )
    names = [q.speaker.name for q in extract_quotes(text) if q.speaker is not None]
    assert names and set(names) == {"Trump"}, names


def test_a_place_or_a_listed_body_of_two_words_is_nobody() -> None:
    text = "Mr. Ruiz visited Saudi Arabia, St. Louis and General Motors. Then Louis and Motors."
    people = People(text)
    assert people.canonical(["Ruiz"], len(text) - 5)[1] is not None
    assert people.canonical(["Louis"], len(text) - 5)[1] is None
    assert people.canonical(["Motors"], len(text) - 5)[1] is None
    assert body_or_place(["Saudi", "Arabia"]) and body_or_place(["USA", "Today"])
    assert not body_or_place(["Steve", "Forbes"]) and not body_or_place(["Jim", "Jordan"])


@pytest.mark.parametrize(
    "text",
    [
        "Research also suggests that women are seen as less electable than men.",
        "Surveys of Iowa Democrats show that 70 percent believe Biden holds a balanced view.",
    ],
)
def test_a_mass_or_plural_noun_opening_the_sentence_is_nobody_s_name(text: str) -> None:
    name, kind = _speaker(text)
    assert kind == SpeakerKind.ANONYMOUS, (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Don’t believe everything you hear on the news, especially when the reporter qualifies "
        "it, as Massi did here, by saying, “We don’t really know if it’s true.”",
        "Don’t complain that we didn’t warn you!",
    ],
)
def test_a_negated_verb_is_nobody_s_name(text: str) -> None:
    names = [q.speaker.name for q in extract_quotes(text) if q.speaker is not None]
    assert "Don’t" not in names, names


def test_a_suffix_after_a_comma_belongs_to_the_name_before() -> None:
    text = (
        "Jerry Falwell, Jr., president of Liberty University, called the editorial "
        '"CT unmasked" on Twitter.'
    )
    assert _speaker(text) == ("Jerry Falwell Jr.", SpeakerKind.PERSON)


def test_a_place_opening_a_paragraph_after_a_caption_speaks() -> None:
    text = (
        "Image caption Smoke billowing from the oil facility in Abqaiq\n\n"
        "Saudi Arabia said drones had carried out the attacks, which began at dawn."
    )
    assert _speaker(text) == ("Saudi Arabia", SpeakerKind.ORGANIZATION)
