"""Which person "he" and "she" point at (``speakers.people``): names as modifiers, the same
pronoun earlier in the sentence."""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


def test_a_name_modifying_a_noun_is_no_antecedent() -> None:
    text = (
        "Republican Rep. Tom Cole urged colleagues to vote for the deal, which he says would "
        "not violate Grover Norquist’s anti-tax pledge.\n\n"
        "Some conservatives worry a vote would run afoul of the Norquist pledge, which binds "
        "signers not to raise rates. Rather than raising taxes, he said, Republicans would be "
        "voting to lower them for most folks."
    )
    assert _names(text) == ["Tom Cole", "Tom Cole"]


def test_the_same_pronoun_earlier_in_the_sentence_is_the_same_person() -> None:
    text = (
        "Republican Rep. Tom Cole urged colleagues to vote.\n\n"
        "At a meeting earlier in the day, he made the case that Republicans would gain by "
        "joining hands with President Barack Obama now to give most taxpayers what he calls "
        "“an early Christmas present” of lower taxes."
    )
    assert _names(text) == ["Tom Cole"]


def test_a_name_before_the_pronoun_in_its_sentence_still_wins() -> None:
    text = (
        "Rep. Tom Cole spoke first. Then President Barack Obama said he would sign "
        "“any bill that cuts taxes for the middle class.”"
    )
    assert _names(text)[-1] == "Barack Obama"


def test_a_person_known_by_a_title_and_surname_is_an_antecedent() -> None:
    text = (
        "Georgia Bureau of Investigation Director Vic Reynolds spoke on Friday.\n\n"
        "“We're investigating everyone involved in the case,” Reynolds said.\n\n"
        "In a phone interview on Friday, President Trump was asked about the case.\n\n"
        "“To anybody that watched it, certainly it was a disturbing video,” he said."
    )
    assert _names(text) == ["Vic Reynolds", "Donald Trump"]  # stored under the listed name


def test_a_department_word_before_a_capitalised_word_makes_no_person() -> None:
    text = (
        "Children were separated at the border, the Department of Homeland Security "
        "confirmed.\n\n“We follow the law,” he said."
    )
    assert not _names(text)[-1]


def test_she_goes_to_a_named_woman_before_a_titled_surname() -> None:
    text = (
        "Sen. Kamala Harris, D-Calif., made a reference to her background as a prosecutor and "
        "called on activists to “prosecute” President Trump’s record in office.\n\n"
        "“Let's prosecute the guy. Let's prosecute that case,” she said."
    )
    assert _names(text)[-1] == "Kamala Harris"


def test_a_place_of_two_words_is_nobody_a_pronoun_means() -> None:
    text = (
        "Rep. Katie Hill arrived on Capitol Hill in January.\n\n"
        "“I know that a relationship with a subordinate is inappropriate,” she said."
    )
    assert _names(text) == ["Katie Hill"]


def test_a_pope_named_by_title_is_the_antecedent_of_he() -> None:
    text = (
        "Pope Francis met President Donald Trump at the Vatican.\n\n"
        "In February, Francis famously criticized Trump, appearing to say Trump was not a "
        "Christian.\n\n"
        "“To not respond to evil with evil,” Francis said in February. “That is not a "
        "Christian gesture,” he added."
    )
    assert _names(text)[-1] == "Pope Francis"
    assert _names("“We shall overcome,” said Martin Luther King Jr.") == ["Martin Luther King Jr."]


def test_a_name_written_as_an_object_is_no_antecedent() -> None:
    text = (
        "Senate Judiciary Committee Chairman Lindsey Graham has no plans to bring Robert "
        "Mueller to his committee, though he said “the door is open.”"
    )
    assert _names(text) == ["Lindsey Graham"]


def test_two_names_written_as_objects_give_way_to_the_subject() -> None:
    text = (
        "Sen. Lindsey Graham also referred to Rand Paul and Mike Lee as “patriots” before "
        "stressing that he thinks “they are wrong on this.”"
    )
    # "“patriots”" is Graham's partial quote; "he" is Graham too.
    assert _names(text) == ["Lindsey Graham", "Lindsey Graham"]


def test_a_name_after_a_comma_and_a_participle_is_an_object() -> None:
    text = (
        "Sen. Cory Booker landed the most blows against Joe Biden, blaming him for systems "
        "he said “had held back black people.”"
    )
    assert _names(text) == ["Cory Booker"]


def test_a_subject_named_nearest_still_wins() -> None:
    text = (
        "President Barack Obama says the federal government would pick up the tab, but Gov. "
        "Rick Perry says he believes “the state will be left with higher costs.”"
    )
    assert _names(text)[-1] == "Rick Perry"


def test_an_object_opening_a_relative_clause_is_the_antecedent() -> None:
    text = (
        "Liz Cheney would challenge veteran Sen. Mike Enzi, who then said he would seek "
        "“a fourth term next year.”"
    )
    assert _names(text) == ["Mike Enzi"]


def test_an_object_before_a_clause_opener_is_the_antecedent() -> None:
    text = "Lisa Lerer talked with Tara Reade, after she said “I was scared.”"
    assert _names(text) == ["Tara Reade"]


def test_a_possessive_in_an_infinitive_belongs_to_its_subject() -> None:
    text = (
        "Bill Clinton urged Barack Obama to make good on his promise that “Americans could "
        "keep their plans.”"
    )
    assert _names(text) == ["Barack Obama"]
