"""Junk or shortened speaker names found by comparing the archive's extraction before and after
the round's speaker rules: a caption's label or a question's "Will" glued to a surname, headline
words glued to a name, a show after a network's "'s", a full name whose given name no list holds.
"""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


def test_a_caption_label_opening_its_line_is_no_given_name() -> None:
    text = (
        "Twitter\n\nEmbed Trump rejects reports of campaign turmoil 5:28 autoplay\n\n"
        "“The campaign is doing really well,” Trump said."
    )
    assert _names(text) == ["Trump"]


def test_a_will_question_after_a_colon_and_blank_is_no_given_name() -> None:
    text = (
        "Twitter\n\nEmbed Analysis: Will Trump's Children Be Part of the 'Intervention'? 0:49 "
        "autoplay\n\n“The campaign is doing really well,” Trump said."
    )
    assert _names(text) == ["Trump"]


def test_a_will_question_missing_its_mark_is_no_given_name() -> None:
    text = (
        "Will Trump repeat the pledge of his Treasury Secretary, that the rich will not get a "
        "tax cut.\n\n“It could lead to a lot more jobs,” Trump said."
    )
    assert _names(text) == ["Trump"]


def test_guard_will_before_an_auxiliary_or_a_verb_in_s_is_a_given_name() -> None:
    text = (
        "Will Smith will star in the film. Will Smith plays the hero.\n\n"
        "“I loved making it,” Smith said."
    )
    assert _names(text) == ["Will Smith"]


def test_a_family_named_by_surname_takes_no_headline_words_before_the_name() -> None:
    text = (
        "VIDEO: Everything You Need to Know About Jared Kushner, Adviser to the President\n\n"
        "On Thursday, the Kushner family said it had pulled out of the events."
    )
    assert _names(text) == ["Kushner"]


def test_a_networks_show_after_its_possessive_is_no_person() -> None:
    text = "And Perdue on ABC’s This Week said he has now recovered his recollection of events."
    assert _names(text) not in (["This Week"], ["Week"])


def test_guard_a_show_after_a_possessive_is_no_antecedent_of_a_pronoun() -> None:
    text = (
        "So there was Gary Johnson, on ABC's This Week, making the case.\n\n"
        "“Be Libertarian with me,” he says."
    )
    assert "This Week" not in _names(text)


def test_an_owned_full_name_whose_surname_stands_alone_later_is_kept_whole() -> None:
    text = (
        "“I already won,” Snowden told The Washington Post's Barton Gellman in Moscow.\n\n"
        "Gellman said Snowden is the kind of person who keeps to himself indoors anyway."
    )
    assert _names(text) == ["Snowden", "Barton Gellman"]


def test_guard_a_title_and_name_before_an_owned_month_keep_the_full_name() -> None:
    text = (
        "The complaint concerns President Donald Trump’s July 25 phone call with Zelensky. "
        "Trump asked Zelensky to investigate the company, and suggested Barr could help."
    )
    assert _names(text) == ["Donald Trump"]


def test_guard_will_opening_a_statement_is_a_given_name() -> None:
    text = "Will Smith stars in the film.\n\n“I loved making it,” Will Smith said."
    assert _names(text) == ["Will Smith"]


def test_guard_a_caption_label_in_capitals_still_goes() -> None:
    text = "CLOSE Kirstjen Nielsen says the wall works.\n\n“It works,” Nielsen said."
    assert _names(text) == ["Kirstjen Nielsen", "Kirstjen Nielsen"]


def test_guard_a_one_word_outlet_takes_its_fuller_name() -> None:
    text = "The Wall Street Journal first reported the talks. The Journal said the deal was near."
    assert _names(text) == ["Wall Street Journal"]


def test_guard_a_firm_after_a_one_word_owner_stays_whole() -> None:
    text = "Moody's Analytics said the economy would slow. The outlook is poor, Moody's said."
    assert _names(text)[0] == "Moody's Analytics"
