"""Speakers named by a deputy's or a foreign office, a common word opening a name, and a
pronoun after a sentence whose subject follows an opening phrase."""

from __future__ import annotations

from factdb.extract import extract_article


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_article(text).quotes]


def test_vice_president_is_the_person_titled_so() -> None:
    text = (
        "Vice President Joe Biden met President Barack Obama on Monday. "
        "Later, the vice president said “we weren't told.”"
    )
    assert _speakers(text) == ["Joe Biden"]


def test_vice_president_is_never_the_president() -> None:
    text = (
        "President Trump signed the bill. Joe Biden, the presumptive nominee, spoke in "
        "Wisconsin. Despite what the vice president said, “no oversight” is wrong."
    )
    assert "Trump" not in str(_speakers(text))


def test_bare_president_is_not_a_foreign_president() -> None:
    text = (
        "President Barack Obama spoke at the White House. Asked if he believes Russian "
        "President Vladimir Putin tried to help Mr. Trump, the president said, “Not much "
        "happens in Russia without Vladimir Putin.”"
    )
    assert _speakers(text) == ["Barack Obama"]


def test_foreign_president_alone_is_still_the_president() -> None:
    text = "Russian President Vladimir Putin spoke on Monday. The president said “we will respond.”"
    assert _speakers(text) == ["Vladimir Putin"]


def test_common_word_opening_a_name_is_no_part_of_it() -> None:
    text = (
        "The show was a hit with every rapper in town. Rapper Kanye West said “we will win” "
        "on Monday."
    )
    assert _speakers(text) == ["Kanye West"]


def test_common_word_before_a_surname_named_elsewhere() -> None:
    text = (
        "Jane Schroeder ran the club for years. She is busy today. "
        "Today Schroeder says “we are ready.”"
    )
    assert _speakers(text) == ["Jane Schroeder"]


def test_cue_verb_opening_a_name_is_no_part_of_it() -> None:
    text = (
        "“We will win,” Gingrich said at the debate.\n\nRetorted Gingrich: “Yes you are.”\n\n"
        "“No I am not,” Romney said."
    )
    assert _speakers(text) == ["Gingrich", "Gingrich", "Romney"]


def test_cue_verb_before_a_full_name_leaves_the_full_name() -> None:
    text = (
        "George Shultz ran the State Department. "
        "Replied Shultz, “If the CIA denies it, it is denied.”"
    )
    assert _speakers(text) == ["George Shultz"]


def test_surname_first_name_stays_whole() -> None:
    text = "There was a ban on travel. Ban Ki-moon said “we must act.”"
    assert _speakers(text) == ["Ban Ki-moon"]


def test_pronoun_after_opening_phrase_is_the_main_subject() -> None:
    text = (
        "After months of trying to ignore Mr. Trump, Mr. Bush has begun attacking him. "
        "He took repeated shots at Mr. Trump in the debate, including calling him a “chaos "
        "candidate” and “unhinged.”"
    )
    assert _speakers(text) == ["Bush", "Bush"]


def test_bare_president_titled_nowhere_is_the_president_named_most() -> None:
    text = (
        "Donald Trump spoke in Florida. Trump said the media lied. Trump has said so before. "
        "Critics disagreed with Mr. Jones. “You look at what’s happening in Sweden,” the "
        "president said."
    )
    assert _speakers(text)[-1] == "Donald Trump"


def test_bare_president_is_not_whoever_is_named_most() -> None:
    text = (
        "Alex Jones hosts a show. Jones said it was fine. Jones laughed. Bill Clinton was "
        "absent. The president told Jones, “You have an amazing reputation.”"
    )
    assert _speakers(text)[-1] != "Alex Jones"


def test_bare_president_is_not_one_called_former() -> None:
    text = (
        "Barack Obama spoke. Obama said it was fine. Obama laughed. Mr. Smith disagreed, "
        "saying “former President Obama is wrong.” The president said “we will see.”"
    )
    assert _speakers(text)[-1] != "Barack Obama"


def test_name_described_as_an_organisation_is_one() -> None:
    text = (
        "Not everyone viewed the remarks as a gaffe. J Street, the dovish, left-wing Middle "
        "East lobbying organization, issued a statement saying, “Those who are upset should "
        "oppose the policies.”"
    )
    quote = extract_article(text).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "J Street"
    assert quote.speaker.kind.value == "organization"


def test_person_described_with_an_organisation_stays_a_person() -> None:
    for text in (
        "Evan Westrup, a spokesman for the governor’s office, said “no.”",
        "Richard Blumenthal, a Connecticut Democrat who's another member of that committee, "
        "said “no.”",
    ):
        quote = extract_article(text).quotes[0]
        assert quote.speaker is not None
        assert quote.speaker.kind.value == "person"


def test_common_word_before_of_keeps_its_phrase() -> None:
    text = (
        "Alexis Tsipras wants a no vote. The leaders agree with him. Leaders of Tsipras' political "
        "opposition disagree and argue that an “Oxi” vote will hurt Greece."
    )
    assert "Alexis Tsipras" not in str(_speakers(text)) and "Tsipras" not in str(_speakers(text))
