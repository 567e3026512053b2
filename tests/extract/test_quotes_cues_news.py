"""Cues of quotations on real news: colons after a subject or a date, phrases before a cue."""

from __future__ import annotations

from factdb.extract.quotes import extract_quotes


def _found(text: str) -> list[tuple[str, str | None]]:
    return [
        (text[q.start : q.end], q.speaker.name if q.speaker else None) for q in extract_quotes(text)
    ]


TEXTS = (
    "Bill Taylor, the senior U.S. diplomat in Ukraine, said in one text to Sondland on Sept. 1:"
    '\n\n"Are we now saying that security assistance is conditioned on investigations?"\n\n'
    'Half an hour later, Sondland replied:\n\n"Call me"\n\n'
    "Eight days later, Taylor again texted Sondland with his concerns:\n\n"
    '"As I said on the phone, I think it is crazy to withhold security assistance."\n'
)


def test_a_colon_after_a_date_belongs_to_the_cue_before_it() -> None:
    found = dict(_found(TEXTS))
    assert (
        found["Are we now saying that security assistance is conditioned on investigations?"]
        == "Bill Taylor"
    )


def test_a_colon_after_an_object_belongs_to_the_subject() -> None:
    found = dict(_found(TEXTS))
    assert found["Call me"] == "Sondland"
    assert (
        found["As I said on the phone, I think it is crazy to withhold security assistance."]
        == "Bill Taylor"
    )


def test_a_phrase_of_how_between_the_name_and_the_cue() -> None:
    text = (
        "Libyan Deputy Prime Minister Mustafa Abushagur in a Twitter posting said this was an "
        "attack on “America, Libya and free people everywhere.”"
    )
    assert {n for _, n in _found(text)} == {"Mustafa Abushagur"}


def test_a_phrase_holding_of_is_no_phrase_of_how() -> None:
    text = (
        "The campaign will use the couple in Florida, Ohio and North Carolina - in areas of "
        "those states that Mr. Obama won handily in 2008 and 2012."
    )
    assert all(n != "Ohio and Carolina" for _, n in _found(text))


def test_on_without_a_weekday_starts_no_clause() -> None:
    text = (
        "Germany expelled four Russian diplomats on Monday, the Foreign Ministry in Berlin said "
        "on Twitter, citing Russia’s lack of an explanation over the attack."
    )
    assert all(not t.startswith("Twitter") for t, _ in _found(text))
    assert ("the deal was dead", "Trump") in _found("Trump said on Monday the deal was dead.")


def test_a_plea_entered_in_court_is_no_reported_clause() -> None:
    for text in (
        "Papadopoulos has since pleaded guilty to lying to federal investigators in the probe.",
        "Stone has pleaded not guilty to charges of lying to Congress and witness tampering.",
    ):
        assert extract_quotes(text) == []
    said = extract_quotes("Flynn pleaded with the judge that he should be spared a prison term.")
    assert [q.text for q in said] == ["he should be spared a prison term"]


def test_a_broadcast_script_sound_label_is_no_speaker() -> None:
    text = "NAT//Crowd: “Lock her up! Lock her up!”"
    assert all(q.speaker is None or "//" not in q.speaker.name for q in extract_quotes(text))
    assert "Trump" in [q.speaker.name for q in extract_quotes("Trump: “We will win.”") if q.speaker]


def test_a_show_title_with_an_ampersand_is_no_quote() -> None:
    text = (
        "Kushner told “Fox & Friends” on Wednesday that “a lot of the country should be back "
        "to normal” by June."
    )
    assert "Fox & Friends" not in [q.text for q in extract_quotes(text)]


def test_a_cue_word_after_a_determiner_is_no_verb() -> None:
    # "stated": an adjective here, nobody speaks.
    text = "The army launched its offensive with a stated goal of ending the raids on the city."
    assert extract_quotes(text) == []
    text = "A spokesman said the stated $50 million figure is not meant for campaigns."
    assert [q.text for q in extract_quotes(text)] == [
        "the stated $50 million figure is not meant for campaigns"
    ]


def test_a_pronoun_after_a_cue_word_used_as_an_adjective_finds_the_speaker() -> None:
    text = (
        "Spokeswoman Ann Lee said Friday that Mr. Reed’s voting record on pay belies his stated "
        "concern for workers.\n\n“The claims ring hollow,” she said."
    )
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(text)] == [
        "Ann Lee",
        "Ann Lee",
    ]


def test_the_source_quoted_saying_speaks_not_the_outlet() -> None:
    found = extract_quotes("But the Times quotes an advocacy group saying the rule is cruel.")
    assert [(q.text, q.anonymous) for q in found] == [("the rule is cruel", "an advocacy group")]


def test_quoted_saying_with_no_source_in_the_object_keeps_the_record() -> None:
    text = '"I want to do things," a court document quoted him saying.'
    assert len(extract_quotes(text)) == 1


def test_a_quotation_posted_with_the_message_is_the_posters() -> None:
    text = (
        "“I was assaulted,” Tara Reade said. Lynda LaCasse is a neighbour. In March, LaCasse "
        "shared a link on Facebook to a story, with the message, “This is my good friend Tara "
        "Reade.”"
    )
    found = extract_quotes(text)
    assert [(q.kind.value, q.speaker.name if q.speaker else None) for q in found] == [
        ("direct", "Tara Reade"),
        ("direct", "Lynda LaCasse"),
    ]


def test_a_document_that_reads_the_words_before_it_quotes_them() -> None:
    text = (
        '"There was no protest," the report reads. "The agency only changed its assessment '
        'weeks later."\n\n"Women who love and support the candidate," reads the account profile.'
    )
    found = [w for w, _ in _found(text)]
    assert "There was no protest," in found
    assert "Women who love and support the candidate," in found


def test_reads_like_and_a_read_letter_quote_nothing() -> None:
    text = (
        'The list, titled "A Systemic Approach to Containing Spending," reads like a roll call.'
        '\n\nHe read the letter "slowly and carefully" to the room.'
    )
    assert _found(text) == []


def test_a_naming_participle_with_no_comma_shares_the_subject() -> None:
    text = (
        "Moore thanked the president.\n\nMoore, 70, returned to the campaign trail last week "
        "calling the allegations against him “dirty politics.”"
    )
    assert any("dirty politics" in w and n == "Moore" for w, n in _found(text))


def test_a_naming_participle_after_of_is_not_the_subjects() -> None:
    assert _found("Trump was accused of calling the migrants “animals.”") == []


def test_a_passage_after_heres_more_from_a_source_is_the_sources() -> None:
    text = (
        "Boehner spoke.\n\nHere's more about the plan from The Associated Press:\n\n"
        '"As outlined by administration officials, the plan calls for new tax revenue."'
    )
    assert _found(text) == [
        (
            "As outlined by administration officials, the plan calls for new tax revenue.",
            "Associated Press",
        )
    ]
