"""Round 21 of speakers, read on the archive: a place or a month after "in" is no speaker, a
title between a verb and its object, "she" for a woman whose given name the list lacks."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The US Embassy in Harare, the capital, said it was a "historic moment" for them.',
            "US Embassy",
        ),
        (
            'The BBC\'s Cindy Sui in Taipei says "the tourists could have been going home."',
            "Cindy Sui",
        ),
        (
            'Lillian Mongeau of KQED in San Francisco said: "The surprise was big."',
            "Lillian Mongeau",
        ),
        (
            'The National Weather Service in Norman, Okla., said "a warning was in effect."',
            "National Weather Service",
        ),
        (
            'EPA Administrator Gina McCarthy in June said "the plan could raise prices."',
            "Gina McCarthy",
        ),
        (
            'The head of the FBI in Cleveland, Stephen Anthony, said "our prayers were answered."',
            "Stephen Anthony",
        ),
    ],
)
def test_a_place_or_a_month_after_in_is_no_speaker(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kurt Honold, head of business group CCE in Tijuana, Mexico, said there could be "
            '"billions" of losses.',
            "Kurt Honold",
        ),
        (
            "Virginia's governor has decided to remove a huge statue of Gen. Robert E. Lee in "
            'Richmond, Virginia, after city authorities said they will remove "other monuments".',
            "city authorities",
        ),
    ],
)
def test_a_body_where_someone_works_or_an_object_before_in_does_not_speak(
    text: str, name: str
) -> None:
    assert _names(text) == [name]


def test_a_title_between_a_verb_and_its_object_keeps_the_name_an_object() -> None:
    text = (
        "Ammon Bundy, a son of Cliven Bundy, spoke on behalf of the protesters. He said they "
        'asked Harney County Sheriff Dave Ward to put an end to what he called "abuses" against '
        "local ranchers."
    )
    quotes = extract_quotes(text)
    partial = next(q for q in quotes if q.text.startswith("abuses"))
    assert partial.speaker is not None and partial.speaker.name == "Ammon Bundy"


def test_a_person_noun_in_an_apposition_with_capitals_says_a_person() -> None:
    text = (
        "Mitch McConnell spoke on Monday. Ty Cobb, a White House lawyer, tried to minimize the "
        'plea. "Nothing implicates anyone," he said.'
    )
    assert _names(text) == ["Ty Cobb"]


def test_she_still_goes_to_the_woman_named_over_a_man_known_by_title_only() -> None:
    text = (
        "President Trump met Nancy Pelosi on Tuesday. Pelosi spoke first. "
        '"We will not back down," she said.'
    )
    assert _names(text) == ["Nancy Pelosi"]


def test_a_pronoun_means_the_subject_not_an_unnamed_person_inside_their_report() -> None:
    text = (
        "Felicity Huffman, 56, read a statement in front of the court. Huffman told the court "
        "that her daughter has asked her why she didn't believe in her. Tearfully, she said "
        '"I was frightened. I was stupid and I was wrong."'
    )
    quotes = extract_quotes(text)
    direct = next(q for q in quotes if q.text.startswith("I was frightened"))
    assert direct.speaker is not None and direct.speaker.name == "Felicity Huffman"


def test_an_unnamed_source_quoted_after_the_name_still_takes_the_pronoun() -> None:
    text = (
        'Jane Smith spoke first. A senior US official said the talks were "productive." '
        'She said "we will meet again."'
    )
    assert _names(text)[-1] == "senior US official"


@pytest.mark.parametrize("verb", ["pointedly made", "made"])
def test_a_name_set_off_after_the_opening_description_is_the_subject(verb: str) -> None:
    text = (
        f"The secretary general, António Guterres, {verb} an emergency visit to Somalia, "
        "saying people were dying in the country due to famine."
    )
    assert _names(text) == ["António Guterres"]


def test_a_name_that_is_no_subject_leaves_the_pronoun_to_the_unnamed_source() -> None:
    text = (
        "Trump and Cambridge Analytica, meanwhile, the Clinton spokesman charged, used "
        '"stolen" data. "It is the difference between carpooling and stealing," he said.'
    )
    assert _names(text)[-1] == "Clinton spokesman"


def test_a_description_set_off_after_the_subject_is_the_subject_itself() -> None:
    text = (
        "Former Vice President Joe Biden, the presumptive Democratic nominee expected to face "
        'Trump in November, heralded the decision. "The court has confirmed the idea," he said.'
    )
    assert _names(text) == ["Joe Biden"]


def test_a_colon_after_a_described_and_named_subject_keeps_its_quotation() -> None:
    text = (
        "No matter. The House speaker, Paul Ryan, issued his party's weak defense of arming "
        'potential terrorism suspects on Thursday morning: "I think it is very important to '
        'remember people have rights."'
    )
    assert _names(text) == ["Paul Ryan"]


def test_a_second_object_joined_by_and_before_an_infinitive_keeps_the_name_an_object() -> None:
    text = (
        "Ammon Bundy, a son of Cliven Bundy, spoke on behalf of the protesters. He said they "
        "asked Harney County Sheriff Dave Ward and federal agencies to put an end to what he "
        'called "abuses" against local ranchers.'
    )
    quotes = extract_quotes(text)
    partial = next(q for q in quotes if q.text.startswith("abuses"))
    assert partial.speaker is not None and partial.speaker.name == "Ammon Bundy"
