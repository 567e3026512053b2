"""Names read on real news: honours before a given name, "as NAME put it", sentence adverbs,
listed organisations written as one word."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import SpeakerKind


def _speakers(text: str) -> list[tuple[str | None, SpeakerKind | None]]:
    return [
        (q.speaker.name, q.speaker.kind) if q.speaker else (None, None)
        for q in extract_quotes(text)
    ]


def _names(text: str) -> list[str | None]:
    return [name for name, _kind in _speakers(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The British ambassador, Sir Kim Darroch, resigned on Wednesday. Sir Kim said "
            "“the current situation is making it impossible to carry out my role.”",
            "Kim Darroch",
        ),
        (
            "Dame Judi Dench opened the season. “It is a joy to be back,” said Dame Judi.",
            "Judi Dench",
        ),
        (
            "The ambassador, Sir Kim Darroch, wrote to London. Mr. Kim, the envoy of the North, "
            "was not told. In the cables, Sir Kim said “the White House is dysfunctional.”",
            "Kim Darroch",
        ),
    ],
)
def test_an_honour_before_a_given_name_is_the_person_named_in_full(text: str, name: str) -> None:
    assert _names(text)[-1] == name


def test_a_surname_after_mr_stays_apart_from_a_knight_of_that_given_name() -> None:
    text = (
        "The British ambassador, Sir Kim Darroch, resigned. Later Mr. Kim told reporters "
        "that “nothing” had changed."
    )
    assert _names(text)[-1] == "Kim"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Karen Handel lost the race on Tuesday. As Doug Collins put it at Handel’s final "
            "campaign event: “The last thing we need in Washington is another Democrat.”",
            "Doug Collins",
        ),
        (
            "The ruling was narrow. As Justice Scalia put it: “Hate your neighbor or come "
            "along with us.”",
            "Scalia",
        ),
        (
            "Voters were not convinced. As Andrew Sullivan put it, “He has been revealed as "
            "a deeply petty man.”",
            "Andrew Sullivan",
        ),
    ],
)
def test_as_name_put_it_gives_the_quotation_to_that_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_put_it_far_before_the_quotation_in_another_sentence_gives_nothing() -> None:
    text = (
        "As Doug Collins put it, the race was close. The count went on all night and well "
        "into the morning: “We will not stop.”"
    )
    assert "Doug Collins" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The students complained. Nevertheless, UCF suspended him and demanded that he obtain "
        "a letter saying he was “not a threat to the university community” before returning.",
        "Critics were loud. Moreover, showing voters that the party will use government will "
        "send “a broader message” to others.",
        "Worth noting: “To ditch the Electoral College entirely, the US would have to pass "
        "a constitutional amendment.”",
        "Richard Wolffe, The Guardian\n\nCounterpoint: “As a slogan and general concept, "
        "Medicare for All polls well.”",
    ],
)
def test_a_sentence_adverb_is_no_speaker(text: str) -> None:
    assert not {"Nevertheless", "Moreover", "Worth", "Counterpoint"} & set(_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The vote was postponed amid rumors that the leader lacked support, Politico "
            "reported on Tuesday.",
            "Politico",
        ),
        (
            "Heritage said the deal would “take our nation in the wrong direction.”",
            "Heritage Foundation",
        ),
        (
            "But many, including the conservative American Enterprise Institute, Goldman Sachs, "
            "and the Bipartisan Policy Center, have said that the plan is unworkable.",
            "Goldman Sachs",
        ),
        (
            "Few farmers had grown chickens before. For Costco, the plan worked. Costco says "
            "farmers will bring home “a good living” in pay.",
            "Costco",
        ),
    ],
)
def test_a_listed_organisation_is_an_organisation_under_its_canonical_name(
    text: str, name: str
) -> None:
    assert (name, SpeakerKind.ORGANIZATION) in _speakers(text)


def test_a_person_the_article_names_in_full_keeps_the_surname_of_an_outlet() -> None:
    text = "Steve Forbes spoke on Monday. “Taxes are too high,” Forbes said."
    assert _speakers(text) == [("Steve Forbes", SpeakerKind.PERSON)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "As he moves into his second term, President Obama says he is going to spend more "
            "time with the American people – something he acknowledges having done too little "
            "of, “and I will do better.”",
            "Barack Obama",
        ),
        (
            "Mr. Putin called the downing of the Russian jet a “stab in the back,” and he "
            "warned that the perpetrators “will face serious consequences.”",
            "Putin",
        ),
    ],
)
def test_a_nationality_before_a_noun_is_nobody_a_pronoun_means(text: str, name: str) -> None:
    assert _names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“You people squabbling at your desks are missing the damn point,” scolded Time "
            "editor-at-large Anand Giridharadas on Twitter.",
            "Anand Giridharadas",
        ),
        (
            "“The magazine will survive,” said Wired editor-in-chief Nicholas Thompson.",
            "Nicholas Thompson",
        ),
    ],
)
def test_a_hyphenated_title_after_an_outlet_leads_to_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_an_advertisement_line_is_no_speaker() -> None:
    text = (
        "Critics lined up against the plan on Monday.\n\nAdvertisement:\n\n“The temperature "
        "records are based on weather station data. But people did not expect the data to be "
        "used for monitoring climate.”"
    )
    assert "Advertisement" not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Trump spoke to reporters in Florida. “It was a total exoneration,” "
            "Mr. Trump said.",
            "Donald Trump",
        ),
        ("Former President Obama said the law was “working as intended.”", "Barack Obama"),
        ("Ronald Reagan spoke first. “Tear down this wall,” Reagan said.", "Ronald Reagan"),
        ("Russian President Putin said the claims were “nonsense.”", "Putin"),
        ("Mr. Trump said the report was “a total exoneration.”", "Trump"),
    ],
)
def test_a_president_named_by_surname_is_stored_under_the_listed_full_name(
    text: str, name: str
) -> None:
    assert _names(text) == [name]


def test_the_listed_full_name_leaves_pronouns_as_the_article_writes_them() -> None:
    text = (
        "Sen. Tim Kaine told reporters that President Obama will ask Congress for the "
        "authority. “It is not good to have these old authorizations floating out there,” "
        "he said."
    )
    assert _names(text)[-1] == "Tim Kaine"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Donald Trump appears to back Roy Moore: “We do not need a liberal in "
            "Alabama.”",
            "Donald Trump",
        ),
        ("Pelosi rebuked Trump: “You are not the king.”", "Pelosi"),
        ("Obama told Stephanopoulos: “We will get it done.”", "Obama"),
        ("The senator quoted Lincoln: “A house divided cannot stand.”", "Lincoln"),
        (
            "The White House released this statement from national security adviser John "
            "Bolton: “I spoke to the president over the last several days.”",
            "John Bolton",
        ),
    ],
)
def test_a_name_before_a_colon_that_is_a_verb_s_object_gives_the_quotation_to_the_subject(
    text: str, name: str
) -> None:
    assert _names(text) == [name]


def test_a_place_whose_first_word_is_a_nationality_speaks_whole() -> None:
    text = (
        "Saudi Arabia said drones attacked one of its oil pipelines, an incident that caused "
        "prices to jump."
    )
    assert _speakers(text) == [("Saudi Arabia", SpeakerKind.ORGANIZATION)]
