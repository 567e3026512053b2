"""Speaker errors found by reading stored quotes of random archive articles."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import SpeakerKind


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


def test_an_organisation_takes_the_fuller_name_written_right_before_it() -> None:
    text = (
        "On Tuesday, the State House of Representatives’ Education Committee passed a bill. "
        "A campaign inspired the Republican National Committee’s resolution condemning the "
        "framework as “radically revisionist” in August 2014."
    )
    assert _names(text) == ["Republican National Committee"]


def test_a_preposition_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Maryland Rep. John Sarbanes leads the effort. Under Sarbanes’s vision, the government "
        "would match small donations.\n\n“If you like this, give us a gavel,” Sarbanes said."
    )
    assert _names(text) == ["John Sarbanes"]


def test_whether_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Whether Trump signs the bill is unclear. Trump said the bill was “a disaster” for farmers."
    )
    assert set(_names(text)) == {"Trump"}


_LOST_BREAKS = "The retired senator spoke at length about the think tank and its plans. " * 14
"""A long paragraph: only such a paragraph, which lost its breaks, is searched for glued ends."""


def test_a_quotation_glued_to_the_next_one_ends_its_sentence() -> None:
    # Paragraph breaks lost: the quotation with no cue continues DeMint, not the next cue's.
    text = _LOST_BREAKS + (
        "“All over the country, our ideas are working,” DeMint says. “Heritage is about ideas "
        "and I want to take those ideas to the American people.”“We’ve been trying a number of "
        "different ways to reach every American,” Feulner adds."
    )
    assert _names(text) == ["DeMint", "DeMint", "Feulner"]


def test_a_sentence_glued_to_the_next_one_ends_there() -> None:
    text = _LOST_BREAKS + (
        'Wendy Sherman will step down.Sherman talked about the job."It is incredibly complex," '
        "she said.Sherman said she did not have plans to take another role."
    )
    found = [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(text)]
    assert ("It is incredibly complex,", "Wendy Sherman") in found
    assert ("she did not have plans to take another role", "Wendy Sherman") in found


def test_she_is_no_statement() -> None:
    text = (
        "Wendy Sherman leads the talks. Her office issued a statement Wednesday night saying "
        "the talks would go on. “It is incredibly complex,” she said."
    )
    last = extract_quotes(text)[-1]
    assert last.text == "It is incredibly complex,"
    assert last.speaker is not None and last.speaker.name == "Wendy Sherman"


def test_the_quotation_after_according_to_is_the_speakers() -> None:
    text = (
        "“It is incredibly complex,” said Wendy Sherman, according to the Times, “with the "
        "Congress, with the press and with our partners.”"
    )
    assert _names(text) == ["Wendy Sherman", "Wendy Sherman"]


def test_a_photographers_credit_is_no_antecedent() -> None:
    text = (
        "“We all agree that we have to do more,” said NATO chief Jens Stoltenberg at a "
        "breakfast.\n\nEnlarge this image toggle caption Pablo Martinez Monsivais/AP Pablo "
        "Martinez Monsivais/AP\n\n“Last year was the biggest increase in defense spending in "
        "that generation,” he added."
    )
    assert _names(text) == ["Jens Stoltenberg", "Jens Stoltenberg"]


def test_secretary_general_is_a_title_after_an_organisation() -> None:
    text = "“We must do more,” said NATO Secretary-General Jens Stoltenberg."
    assert _names(text) == ["Jens Stoltenberg"]


def test_roles_joined_by_and_between_an_organisation_and_a_name() -> None:
    text = (
        "“No candidate has won without Iowa,” said University of New Hampshire pollster and "
        "political science professor Andy Smith."
    )
    assert _names(text) == ["Andy Smith"]


def _reported(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None, q.anonymous)
        for q in extract_quotes(text)
        if q.kind.value == "indirect"
    ]


def test_a_name_ending_in_s_loses_its_possessive_apostrophe() -> None:
    text = "Justice John Paul Stevens' essay ran Tuesday. Stevens said the amendment should go."
    assert _names(text) == ["John Paul Stevens"]


def test_says_a_lot_about_is_no_speech() -> None:
    text = "You might say it says a lot about social progress that the candidate lost the vote."
    assert _reported(text) == []


def test_a_participle_phrase_before_a_cue_says_nothing() -> None:
    text = (
        "Speaking at the Conservative Political Action Conference last week, the president "
        "pleaded with conservatives to stay energized."
    )
    assert _reported(text) == []
    text = "Shifting monsoon patterns could affect a billion people, Mr. Obama said."
    assert _reported(text) == [
        ("Shifting monsoon patterns could affect a billion people", "Obama", None)
    ]


def test_a_source_familiar_with_a_matter_is_the_source() -> None:
    found = _reported("An official familiar with the matter said the numbers were right.")
    assert found == [("the numbers were right", "official", "An official familiar with the matter")]
    found = _reported("People close to Trump said he was angry.")
    assert found == [("he was angry", "people", "People close to Trump")]


def test_the_object_of_called_is_no_speaker() -> None:
    text = "Trump also called the Times reporting “phony” on Friday."
    recs = extract_quotes(text)
    assert {q.speaker.name for q in recs if q.speaker} == {"Trump"}


def test_a_quotation_far_from_any_cue_is_no_continuation() -> None:
    # A transcript that lost its paragraph breaks: quotations long after the only cue are
    # not the cue's speaker's.
    filler = "It went on for weeks, and nobody knew what would come next in the chamber. " * 30
    text = (
        "The Constitution describes the offenses: “bribery, treason and other high crimes.” "
        + filler
        + "“So I must set the example and resign my post today.”"
    )
    names = _names(text)
    assert "Constitution" in names[:1]
    assert len(names) == 1


def test_according_to_a_name_and_its_apposition_ends_the_sentence() -> None:
    text = (
        "Women usually enter politics because they want to solve a problem, according to Debbie "
        "Walsh, director of the Center for American Women and Politics at Rutgers University."
    )
    assert _reported(text) == [
        (
            "Women usually enter politics because they want to solve a problem",
            "Debbie Walsh",
            None,
        )
    ]


def test_a_prepositional_phrase_before_a_cue_says_nothing() -> None:
    text = (
        "“I so admire what President Obama did,” Ms Warren said at a campaign event in Iowa, "
        "the New York Times reported."
    )
    assert _reported(text) == []


def test_an_honorific_of_the_other_gender_is_another_person() -> None:
    text = (
        "Retiree Bill Craig and his wife, Marilyn, said they voted. “I just kind of wanted to keep "
        "the Republicans going,” said Ms. Craig, 66."
    )
    assert _names(text) == ["Craig"]
    text = "Retiree Bill Craig voted. “I just wanted to keep going,” said Mr. Craig, 66."
    assert _names(text) == ["Bill Craig"]


def test_a_described_source_begins_after_a_clause_opener() -> None:
    text = (
        "Clinton repeatedly asserted that Russia is working to influence the election. "
        "The assertion comes after intelligence officials said they believe the Russian "
        "government was involved in the hacking of party emails."
    )
    anon = [q.anonymous for q in extract_quotes(text) if q.text.startswith("they believe")]
    assert anon == ["intelligence officials"]


def test_a_name_after_to_is_where_something_goes_not_who_speaks() -> None:
    text = (
        "An organization established for President Donald Trump’s transition to the White "
        "House said on Saturday the special counsel had obtained tens of thousands of emails "
        "unlawfully."
    )
    assert "White House" not in _names(text)


def test_someone_is_a_described_source() -> None:
    text = (
        "Someone close to Trump said “a lot of people are gunning for Flynn, but I think the "
        "president likes him.”"
    )
    assert [q.anonymous for q in extract_quotes(text)] == ["Someone close to Trump"]


def test_a_publication_keeps_its_leading_national() -> None:
    text = "National Review Online reported that several men were heard to shout in the street."
    assert _names(text) == ["National Review Online"]


def test_a_state_and_party_glued_to_a_name_are_not_part_of_it() -> None:
    text = (
        "“We now have an absolute prohibition on climate talks,” said Rep. Daniel T. Kildee "
        "Michigan Democrat."
    )
    assert _names(text) == ["Daniel T. Kildee"]


def test_a_fed_bank_is_an_organisation_no_pronoun_points_at() -> None:
    said = extract_quotes(
        "“Rates will rise,” New York Fed said on Monday. “We are watching,” he added."
    )
    assert said[0].speaker is not None
    assert said[0].speaker.kind.value == "organization"
    assert (
        "New York Fed" not in _names("“Rates will rise,” New York Fed said. “Yes,” he added.")[1:]
    )
    assert _names("“We are watching,” said Fed Chairman Ben Bernanke.") == ["Ben Bernanke"]


def test_a_given_name_after_a_leading_initial_says_the_pronoun() -> None:
    text = (
        "Morgan was represented by attorney J. Michael Blackstone. Detective Rachel Montgomery "
        "testified. Responding to questions from Blackstone, she said Morgan was polite and "
        "cooperative during the arrest."
    )
    assert _names(text) == ["Rachel Montgomery"]


def test_a_field_of_study_is_no_person() -> None:
    text = (
        "N. T. Wright is the Professor of New Testament and Early Christianity at the "
        "University of St Andrews.\n\nThe misunderstanding arises from a larger problem. "
        "Western culture has placed Christianity in a box called “religion,” separated off "
        "from “real life.” Most are content with the sentimental (“the little Lord Jesus "
        "asleep on the hay”) and the moralistic (“Christian children all must be mild”)."
    )
    assert "Early Christianity" not in _names(text)


def test_a_relative_that_is_no_determiner_of_a_plural_source() -> None:
    text = (
        "At no point has anyone described the specific contact that experts say would have "
        "been necessary for the virus to infect him."
    )
    assert [q.anonymous for q in extract_quotes(text)] == ["experts"]


def test_a_surname_glued_to_a_place_ending_the_sentence_before_is_the_person() -> None:
    text = (
        "Bernie Sanders spoke later. Deportations would only be carried out for felonies "
        "committed in the U.S. Sanders said that on his first day in office, he would restore "
        "the legal status of young people."
    )
    assert _names(text) == ["Bernie Sanders"]
    army = "Officials met. The U.S. Army said that the soldiers would return home this year."
    assert _names(army) == ["U.S. Army"]


def test_a_writers_question_is_no_reported_speech() -> None:
    text = (
        "Does Trump believe that we should further reduce our nuclear arsenal? Does he agree "
        "that weapons shouldn’t be put in space?\n\n“We will win,” Trump said."
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will win,", "Trump")
    ]


def test_a_question_opening_auxiliary_is_no_given_name() -> None:
    assert _names("Did Trump call the plan “a disaster”? He did.") == ["Trump"]
    assert _names("Does Warren think “the system is rigged”?") == ["Warren"]


def test_the_statement_is_its_issuer_named_before() -> None:
    text = (
        "Exxon Mobil said in a statement on Monday that it would appeal. "
        "“We will appeal this ruling,” the statement said."
    )
    assert _names(text) == ["Exxon Mobil", "Exxon Mobil"]
    text = (
        "In a statement, Villa at Windsor Park called its workers heroes. "
        "“We have had enough masks at all times,” the statement said."
    )
    assert _names(text)[-1] == "Villa at Windsor Park"


def test_a_quoted_heading_repeated_below_is_kept_once_where_it_is_said() -> None:
    text = (
        "Todd Harrison, a defense expert, tweeted “it needs Congress.”\n\n"
        "“Space is no longer a peaceful domain”\n\n"
        "There’s a good case to make for a space force, though.\n\n"
        "“Space is no longer a peaceful domain,” Deborah Lee James said in an interview."
    )
    quotes = [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(text)]
    assert quotes == [
        ("it needs Congress.", "Todd Harrison"),
        ("Space is no longer a peaceful domain,", "Deborah Lee James"),
    ]


def test_i_in_the_writers_words_is_nobody_named_before() -> None:
    text = (
        "“We were only drinking beer,” Brett Kavanaugh said in an interview.\n\n"
        "I told my husband that I had this experience years before we married."
    )
    names = _names(text)
    assert names[0] == "Brett Kavanaugh"
    assert all(name in (None, "") for name in names[1:])


def test_a_contracted_here_is_starts_no_name() -> None:
    text = "Here’s Sanders’ path to the nomination.\n\n“We have a path,” Sanders said last week."
    assert _names(text) == ["Sanders"]
    assert _names("Let’s Trump answer that. “We will win,” Trump said.") == ["Trump"]


def test_an_institution_at_its_campus_is_no_speaker_before_the_person() -> None:
    text = (
        "“It sets a mood,” said University of California at Irvine law professor Rick Hasen. "
        "“It is useful.”\n\n"
        "“It is close,” said Smith at Harvard."
    )
    assert _names(text) == ["Rick Hasen", "Rick Hasen", "Smith"]


def test_a_person_with_an_age_or_a_relative_clause_before_the_cue_speaks() -> None:
    text = (
        "Taylor Harris, 22, who attended Hampton University, said she was glad to see it.\n\n"
        "Pro-choice activist Charlotte Taft who, on the verge of tears, says, “That just really "
        "hurts because it is big stakes.”"
    )
    assert _names(text) == ["Taylor Harris", "Charlotte Taft"]


@pytest.mark.parametrize(
    "text",
    [
        'In a letter, Mr Hall - who left the race in May - said: "The party will win."',
        'In a letter, Mr Hall — who left the race in May — said: "The party will win."',
        "Mr Hall – who left the race in May – said that the party would win.",
    ],
)
def test_a_speaker_before_an_aside_between_dashes(text: str) -> None:
    assert _names(text) == ["Hall"]


def test_a_party_tag_before_an_aside_between_dashes() -> None:
    text = "Rep. Tom Hall, D-N.Y. — one of the members involved — said the inquiry had stopped."
    assert _names(text) == ["Tom Hall"]


def test_a_name_between_dashes_is_an_aside_not_the_speaker() -> None:
    text = "The record of the hearing–published by The Daily Star–shows that the vote was close."
    assert "Daily Star" not in _names(text)


def test_an_epithet_opening_a_sentence_is_the_person_just_named() -> None:
    # The only other senator is named later: the epithet is the rival named just before.
    text = (
        "The governor won another endorsement on Monday from a former rival, Tom Hall.\n\n"
        'The Ohio senator wrote: "The party is united."\n\n'
        "Others had endorsed him before, among them Senator Ann Reed of Iowa."
    )
    assert _names(text) == ["Tom Hall"]


def test_an_epithet_is_not_a_person_named_with_another_role() -> None:
    text = (
        "The award went to Governor Tom Hall.\n\n"
        'The Ohio senator wrote: "The party is united."\n\n'
        "Senator Ann Reed of Iowa agreed."
    )
    assert _names(text) == ["Ann Reed"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "NRDC sued the agency in May. NRDC issued a statement saying the rule was unlawful.",
            "NRDC",
        ),
        (
            "The Natural Resources Defense Council (NRDC) sued in May. NRDC said the rule was "
            "unlawful.",
            "Natural Resources Defense Council",
        ),
        (
            "Lawyers sued in May, backed by NRDC, the AFLC and others. In a statement, the AFLC "
            "called the ruling “a win for workers.”",
            "AFLC",
        ),
    ],
)
def test_an_acronym_named_more_than_once_or_spelled_out_is_an_organisation(
    text: str, name: str
) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "NRDC said the rule was unlawful.",  # named once: maybe no organisation at all
        "HALL: We will win. REED: We will not.\n\nHALL said the vote was close.",
    ],
)
def test_a_word_in_capitals_that_is_no_organisation_speaks_for_nobody(text: str) -> None:
    assert all(n is None or n == "" or not n.isupper() for n in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The plan was praised in a statement from NRDC, the environmental group, which said, "
            "“The rule protects children.” NRDC has sued before.",
            "NRDC",
        ),
        (
            "The plan was praised by the Cato Institute, which said the rule was fair.",
            "Cato Institute",
        ),
    ],
)
def test_which_after_an_organisation_points_at_it(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_which_after_the_object_of_a_noun_is_no_speaker() -> None:
    text = "Both cite a recent ruling against President Tom Hall, which said he broke the law."
    assert "Tom Hall" not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Jobs grew," Ann Reed, a senior analyst for Bankrate.com said.', "Ann Reed"),
        ("Tom Hall, a former aide to Senator Joe Smith said the budget was late.", "Tom Hall"),
        ('"Of course," Tom Hall, Boehner’s spokesman said in a statement.', "Tom Hall"),
    ],
)
def test_a_name_before_an_apposition_with_no_closing_comma(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_definite_description_after_a_comma_is_no_apposition() -> None:
    text = "Talking to POLITICO’s Ann Reed, the party leader stated that the bill was dead."
    assert "Ann Reed" not in _names(text)


def test_a_that_after_a_new_clause_with_its_own_subject_is_not_the_cues() -> None:
    text = (
        "Voters here are tired of waiting. They don't buy everything he says, but he seems to "
        "hold out some hope that their lives will be different."
    )
    assert all("lives will be different" not in q.text for q in extract_quotes(text))


def test_a_that_after_a_second_that_of_the_same_cue_still_counts() -> None:
    text = "Tom Hall said that the plan was late, but that the money was there."
    assert _names(text) == ["Tom Hall"]


def test_a_place_that_is_the_surname_of_a_person_named_in_full_is_the_person() -> None:
    text = (
        "Rep. Jim Jordan of Ohio led the fight against the bill. Jordan, for one, said that the "
        "vote was rigged."
    )
    assert _names(text) == ["Jim Jordan"]


def test_a_place_nobody_bears_as_a_surname_still_speaks_for_its_government() -> None:
    text = "Jordan said it would expel the ambassador after the attack on its embassy."
    assert _names(text) == ["Jordan"]


def test_an_outlets_twitter_feed_is_the_outlet() -> None:
    text = (
        "The Times Twitter feed was just as bad, tweeting out: “The president has lost the "
        "argument on health care and everyone knows it.”"
    )
    assert _names(text) == ["Times"]


def test_a_phrase_about_the_name_after_an_inverted_cue_is_not_what_was_said() -> None:
    text = (
        "Populist parties have grown across Europe in the past decade, and they are not going "
        "away soon, says Cas Mudde, a Dutch native and expert on extremism who is an associate "
        "professor at the University of Georgia."
    )
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [
        "Populist parties have grown across Europe in the past decade, and they are not going "
        "away soon"
    ]
    assert _names(text) == ["Cas Mudde"]


def test_a_participle_after_an_inverted_cue_still_opens_a_clause() -> None:
    text = "The plan is late, said Tom Hall, adding that the money would come in the spring."
    assert any("the money would come" in q.text for q in extract_quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Adam Schiff (D-Calif.) has led the inquiry. Schiff met with Rep. Jim Jordan on "
        "Monday. The California Democrat said the hearings would start soon.",
        "California Rep. Adam Schiff has led the inquiry. Schiff met with Rep. Jim Jordan on "
        "Monday. The California Democrat said the hearings would start soon.",
        "Rep. Adam Schiff, a California Democrat, has led the inquiry. Schiff met with Rep. Jim "
        "Jordan on Monday. The California Democrat said the hearings would start soon.",
    ],
)
def test_a_state_and_party_is_the_person_named_beside_the_state(text: str) -> None:
    assert _names(text) == ["Adam Schiff"]


def test_a_state_and_party_with_nobody_named_beside_the_state_is_the_last_named() -> None:
    text = (
        "Sen. Rand Paul spoke first. Sen. Ted Cruz spoke next. The Kentucky Republican said the "
        "bill was dead."
    )
    assert _names(text) == ["Ted Cruz"]


@pytest.mark.parametrize("cue", ["made clear", "made it clear", "has made it very clear"])
def test_made_clear_that_reports_a_stated_position(cue: str) -> None:
    text = (
        f"Sen. Susan Collins met with the nominee on Tuesday. Collins {cue} that she would not "
        "support the nominee."
    )
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["she would not support the nominee"]
    assert _names(text) == ["Susan Collins"]


def test_it_is_clear_that_reports_nothing() -> None:
    text = "Sen. Susan Collins met with the nominee. It is clear that she will not support him."
    assert extract_quotes(text) == []


def test_an_outlets_fuller_name_does_not_cross_a_full_stop() -> None:
    text = "The story ran on Monday. The Times said in a statement that it stood by the reporting."
    assert _names(text) == ["Times"]


def test_a_surname_written_first_is_the_full_name_that_opens_with_it() -> None:
    text = (
        "Chinese President Xi Jinping met the prime minister on Friday. "
        "Xi said the talks had been “very productive” for both sides."
    )
    assert _names(text) == ["Xi Jinping"]


def test_a_first_word_written_before_two_different_words_stays_alone() -> None:
    # "Kim Jong Un" is not read as a name, "Kim Eui-kyeom" is: "Kim" alone may be either.
    text = (
        "Spokesman Kim Eui-kyeom spoke on Sunday. Kim Jong Un met Moon in the village. "
        "Kim said the talks had been “very productive” for both sides."
    )
    assert _names(text) == ["Kim"]


def test_a_surname_after_a_lower_case_particle_ends_the_speakers_name() -> None:
    text = (
        "Libya's leaders apologized for the attack, with Prime Minister Abdurrahim el-Keib "
        'calling it a "cowardly, criminal act."'
    )
    assert _names(text) == ["Abdurrahim el-Keib"]


def test_words_quoted_after_a_thing_called_are_a_name_nobody_said() -> None:
    text = 'Shoppers learned they were eating a meat product called "pink slime." It was cheap.'
    assert _names(text) == []


def test_words_quoted_after_a_person_called_are_said() -> None:
    text = (
        "Ban Ki-moon spoke in Jerusalem. Three missiles hit the outskirts of the city, "
        'a move he called "unprecedented."'
    )
    assert [q.text for q in extract_quotes(text)] == ["unprecedented."]


def test_one_quoted_word_before_a_name_describes_the_person() -> None:
    text = (
        "“That order was unnecessary and insulting,” a “shocked” Mr. Gates wrote. "
        "Feminist “icon” Gloria Steinem thought differently."
    )
    assert [q.text for q in extract_quotes(text)] == ["That order was unnecessary and insulting,"]


def test_one_quoted_word_before_a_place_is_the_speakers_word() -> None:
    text = "Rubio warned about a “diminished” America and endangered opportunity for all."
    assert [q.text for q in extract_quotes(text)] == ["diminished"]


def test_america_is_a_place_and_no_speaker() -> None:
    text = (
        "Meanwhile, the progressive Media Matters for America blasted Fox News for its "
        "“reckless speculation and endorsement” of the drug."
    )
    assert "America" not in _names(text)


def test_a_poll_share_that_agrees_or_believes_reports_nothing_said() -> None:
    text = (
        "And a majority of viewers agreed that the President accomplished his goals. "
        "Roughly 60 percent of rural residents believe that Christian values are under siege."
    )
    assert extract_quotes(text) == []


def test_the_majority_leader_who_thinks_is_no_poll() -> None:
    text = 'A spokesman relayed that the Senate majority leader thinks the proposal is "stupid."'
    assert [q.text for q in extract_quotes(text)] == ["stupid."]


def test_a_tail_after_an_exclamation_keeps_its_quotation_with_a_later_title() -> None:
    text = (
        "Moore thanked the president.\n\n“I look forward to fighting alongside him!” Moore said "
        "on Twitter, using the hashtag for his slogan “Make America Great Again.”"
    )
    assert _names(text) == ["Moore"]


def test_a_tail_with_a_quotation_of_its_own_is_a_new_sentence() -> None:
    text = (
        "Rep. Louie Gohmert asked Strzok, “How many times did you lie to her?” Democrats "
        "shouted to interrupt him, with one yelling, “You need your medication!”"
    )
    assert _names(text)[0] == "Louie Gohmert"


def test_a_two_letter_surname_that_is_also_an_acronym_ends_a_name() -> None:
    text = (
        "North Korean leader Kim Jong Un met Moon on Friday. "
        "Kim said the talks had been “very productive” for both sides."
    )
    assert _names(text) == ["Kim Jong Un"]


def test_a_two_letter_surname_closing_a_sentence_joins_no_later_name() -> None:
    text = "Trump met Kim Jong Un. Trump said the talks had been “very good” for both sides."
    assert _names(text) == ["Trump"]


def test_words_quoted_after_the_word_or_the_term_are_mentioned_not_said() -> None:
    text = (
        "In the Senate, Cruz has personified the word “obstructionism” since 2013. "
        "The policy would end the practice of “catch and release” at the border, Democrats say."
    )
    assert [q.kind.value for q in extract_quotes(text)] == ["indirect"]


def test_an_outlets_report_rests_on_the_unnamed_source_it_cites() -> None:
    text = (
        "George W. Bush will not support the re-election of Donald Trump, according to people "
        "familiar with his thinking, The New York Times reported Saturday."
    )
    found = extract_quotes(text)
    assert [q.anonymous for q in found] == ["people"]


def test_a_persons_response_or_comments_are_that_persons_words() -> None:
    text = (
        "Critics were quick to pounce. Ice Cube’s response was remorseless: “What if I was just "
        "pro-Black? This is the truth.”"
    )
    assert _names(text) == ["Ice Cube"]


def test_the_person_asked_answers_not_the_asker() -> None:
    text = (
        "Jill Stein spoke on CNN on Monday. \"But without the evidence, aren't you contributing "
        'to that lack of confidence?" Anderson Cooper asked Stein.\n\n"What the voting technology '
        'experts tell us is that you cannot tell unless you count paper votes," she said.'
    )
    assert _names(text) == ["Anderson Cooper", "Jill Stein"]


def test_an_inspector_general_speaks_not_the_agency_it_oversees() -> None:
    text = "The chief watchdog for the Department of Veterans Affairs said his office was working."
    found = extract_quotes(text)
    assert [q.speaker.name if q.speaker else None for q in found] == [
        "chief watchdog for the Department of Veterans Affairs"
    ]


def test_a_chained_apposition_after_an_organisation_named_with_and_keeps_the_person() -> None:
    text = (
        "Juli Hanscom, a spokeswoman for the Fletcher School of Law and Diplomacy at Tufts "
        "University, where Stavridis is the dean, confirmed that he would be going to New York."
    )
    assert _names(text) == ["Juli Hanscom"]


def test_a_titled_surname_is_the_namesake_its_honorific_fits() -> None:
    # "Mr. Trump" and "President Trump" are not "first lady Melania Trump", the only Trump
    # named in full; "the president" is then Mr. Trump too.
    text = (
        "President Trump stayed in Washington on Monday.\n\n"
        "“I’m in the Oval Office,” the president tweeted.\n\n"
        "“We are not giving up,” Mr. Trump told Fox News.\n\n"
        "Mr. Trump left once, for a trip with first lady Melania Trump to visit troops.\n\n"
        "“ISIS is mostly gone,” the president tweeted later."
    )
    assert _names(text) == ["Trump", "Trump", "Trump"]


def test_a_titled_surname_takes_the_namesake_named_in_full_its_honorific_fits() -> None:
    text = (
        "Donald Trump spoke after his wife, Melania Trump, had left the stage. "
        "“We will win,” said Mr. Trump."
    )
    assert _names(text) == ["Donald Trump"]


def test_a_later_run_that_is_no_likely_name_does_not_tell_namesakes_apart() -> None:
    text = (
        "President Trump spoke on Monday. “We will win,” the president said.\n\n"
        "Another Trump biographer, Michael D’Antonio, noted that Donald Trump never backs down."
    )
    assert _names(text)[0] == "Donald Trump"


@pytest.mark.parametrize(
    "line",
    [
        "More:Will Trump be ready for North Korea meeting?",
        "Will Trump declare a national emergency? Nobody knows.",
    ],
)
def test_will_opening_a_question_is_no_given_name(line: str) -> None:
    text = f"{line}\n\n“Some countries have a very tough penalty,” Trump said."
    assert _names(text) == ["Trump"]


def test_will_as_a_given_name_outside_a_question_stays() -> None:
    text = "Will Hurd of Texas spoke first. “We need a wall,” Hurd said."
    assert _names(text) == ["Will Hurd"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Proponents say the measures protect minors.",
        "Pollsters say it is due to the economy.",
        "Relatives said he had been different since his tour in Iraq.",
        "Meteorologists said it will take further analysis to confirm the record.",
        "Others argue that he was never going to run as a conservative.",
    ],
)
def test_a_plural_common_noun_opening_a_sentence_is_a_group_not_a_surname(sentence: str) -> None:
    found = extract_quotes(f"The bill passed on Monday. {sentence}")
    assert [(q.speaker.name, q.speaker.kind) for q in found if q.speaker] == [
        (sentence.split()[0].lower(), SpeakerKind.ANONYMOUS)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Another claimed the questioning included financial matters.",
        "Another added: “I wish it was all over the place, not just Seattle.”",
    ],
)
def test_an_indefinite_word_opening_a_sentence_names_nobody(sentence: str) -> None:
    found = extract_quotes(f"The bill passed on Monday. {sentence}")
    assert [q.attribution for q in found] == ["unresolved"]


def test_a_surname_in_s_written_inside_a_sentence_stays_a_name() -> None:
    text = "The vote was close, Collins noted later. Collins said the bill was fair."
    assert "Collins" in _names(text)


def test_a_capitalised_word_ending_in_os_or_is_is_no_plural_group() -> None:
    text = (
        "The trial opened on Monday. Axios reported in February that the campaign was looking "
        "to diversify. His motion says the judge has denied his request."
    )
    assert _names(text) == ["Axios", "motion"]


def test_an_outlet_in_the_organisation_list_is_no_plural_group() -> None:
    text = "The company grew fast. Forbes reported that its founder was a billionaire."
    assert _names(text) == ["Forbes"]


def test_a_photo_gallerys_hide_caption_is_nobodys_name() -> None:
    text = (
        "Hide Caption 34 of 76 Photos: The convention Vice President Joe Biden went after "
        "Trump, saying “this guy doesn't have a clue.”"
    )
    assert "Hide Caption" not in _names(text)


def test_a_photo_credits_courtesy_is_no_given_name() -> None:
    text = (
        "Lynda LaCasse, Tara Reade's former neighbor, says Reade told her about it. Courtesy "
        "Lynda LaCasse\n\nLaCasse, 60, is a supporter. “We need to tell the truth,” LaCasse said."
    )
    assert _names(text)[-1] == "Lynda LaCasse"


def test_the_president_capitalised_is_the_role_not_an_organisation() -> None:
    text = (
        "In October, President Donald Trump met privately with Sessions. Vice President Mike "
        "Pence was not there. The President told Sessions, “I'm not going to direct you to do "
        "anything.”"
    )
    assert _names(text) == ["Donald Trump"]


def test_a_vice_president_is_not_the_president() -> None:
    text = (
        "President Donald Trump met privately with Sessions. Vice President Mike Pence was not "
        "there. Later the president said he was treated unfairly."
    )
    assert _names(text) == ["Donald Trump"]


def test_a_state_and_party_described_are_no_persons_name() -> None:
    text = (
        "Sen. Mike Rounds on Sunday urged President Donald Trump to talk to Canada.\n\n"
        "In an interview, the South Dakota Republican urged cooperation with allies.\n\n"
        "“Let's quit fighting Mexico and Canada,” he said."
    )
    assert _names(text)[-1] == "Mike Rounds"


def test_a_nationality_in_the_plural_is_a_group() -> None:
    text = "In a Gallup poll last August, just 18% of Americans said they backed military force."
    found = extract_quotes(text)
    assert [(q.speaker.name, q.speaker.kind) for q in found if q.speaker] == [
        ("americans", SpeakerKind.ANONYMOUS)
    ]


def test_an_assistant_to_the_president_is_not_the_president() -> None:
    text = (
        "President Donald Trump declared victory. The raid began at 5 p.m., according to "
        "Assistant to the President Dan Scavino. “Last night was a great night,” the President "
        "said."
    )
    assert _names(text) == ["Donald Trump"]


def test_a_party_member_of_a_two_word_state_is_the_person_named_with_it() -> None:
    text = (
        "Sen. Lindsey Graham (R-S.C.) spoke. Sen. Rand Paul (R-Ky.) also spoke. “I would make "
        "the argument,” the South Carolina Republican said."
    )
    assert _names(text) == ["Lindsey Graham"]


@pytest.mark.parametrize("opener", ["Perhaps", "Maybe", "Even", "Like", "Other", "Whatever"])
def test_an_adverb_or_determiner_opening_a_sentence_starts_no_name(opener: str) -> None:
    text = (
        f"Sen. Ted Cruz spoke on Monday. {opener} Cruz has kept quiet since. “We will see,” "
        "Cruz said."
    )
    assert _names(text) == ["Ted Cruz"]


def test_a_word_after_the_preposition_of_a_description_is_no_role() -> None:
    text = (
        "“I have no illusion that my account will stay,” he said.\n\nHeidi Beirich, spokeswoman "
        "for the Southern Poverty Law Center, told USA TODAY that the center had asked Twitter to "
        "remove more than 100 accounts of white supremacists who violated its terms of service. "
        "She also pointed to two accounts."
    )
    found = extract_quotes(text)
    assert ("Southern Poverty Law Center", "asked") in [
        (q.speaker.name, q.cue) for q in found if q.speaker
    ]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Wal-Mart, the nation's largest retailer, caused a stir when it said its officials "
            "could not attend.",
            "Wal-Mart",
        ),
        (
            "Facebook went on to explain that the company had evidence of coordination, which it "
            "said was the basis for removing the accounts.",
            "Facebook",
        ),
        (
            "Last week, the nonpartisan Congressional Budget Office weighed in: unless Congress "
            "acts, it said, spending cuts will start.",
            "Congressional Budget Office",
        ),
    ],
)
def test_it_is_the_organisation_that_opens_its_sentence(sentence: str, subject: str) -> None:
    text = (
        "The National Rifle Association said it was “shocked, saddened and heartbroken” by the "
        f"news. Reporters wrote to Facebook and Wal-Mart. {sentence}"
    )
    assert _names(text)[-1] == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "China’s fiscal spending surged 26.9% in September, it said on Monday.",
        "Unless Congress acts to change current law, it said, spending cuts will start.",
        "Donald Trump, the president, was wrong when it said the deal was dead.",
        "On Saturday, the Republican campaign repeated what it said are untrue allegations.",
        "The FBI sought the records of four more aides on Aug. 30, it said.",
    ],
)
def test_it_keeps_the_organisation_quoted_last_without_such_a_subject(sentence: str) -> None:
    text = (
        "The National Rifle Association said it was “shocked, saddened and heartbroken” by the "
        f"news. {sentence}"
    )
    assert _names(text)[-1] == "National Rifle Association"


@pytest.mark.parametrize(
    ("apposition", "holder"),
    [
        ("Donald Trump, the president, spoke on Monday.", "Donald Trump"),
        ("Donald Trump, the president of the United States, spoke.", "Donald Trump"),
        ("Bobby Jindal, the Louisiana governor, spoke on Monday.", "Bobby Jindal"),
    ],
)
def test_a_role_in_apposition_after_a_name_is_held_by_that_person(
    apposition: str, holder: str
) -> None:
    role = "governor" if "governor" in apposition else "president"
    text = f"Mike Pence met the press. {apposition} Later, “We will win,” the {role} said."
    assert _names(text) == [holder]


def test_a_former_president_in_apposition_is_not_the_president() -> None:
    text = (
        "Mike Pence met the press. Bill Clinton, the former president, spoke on Monday. Later, "
        "“We will win,” the president said."
    )
    assert _names(text) != ["Bill Clinton"]


def test_the_office_of_the_home_country_after_a_cue_is_its_holder() -> None:
    text = (
        "President Trump flew to Ohio on Tuesday for a rally.\n\n"
        "“It was a great day for the country,” said the President of the United States."
    )
    names = _names(text)
    assert names and names[0] is not None and names[0].endswith("Trump")
    assert all(n is None or not n.endswith(" of") for n in names)


def test_the_office_of_another_country_after_a_cue_is_nobody_named() -> None:
    text = (
        "President Trump flew to Ohio on Tuesday for a rally.\n\n"
        "“We will hold firm on dairy,” said the Prime Minister of Canada."
    )
    assert _names(text)[-1] not in {"Trump", "Canada"}


def test_an_office_of_another_state_is_not_the_governor_named() -> None:
    text = (
        "Gov. Dana Whitfield signed the budget on Monday.\n\n"
        "“It is a mistake for farmers,” said the former governor of Indiana."
    )
    assert "Dana Whitfield" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Texas said the plan was “a mistake for farmers.”",
        "The Prime Minister of Canada said the plan was “a mistake for farmers.”",
        "The former mayor of Chicago said the plan was “a mistake for farmers.”",
    ],
)
def test_an_office_of_a_place_before_a_cue_is_the_office_not_the_place(text: str) -> None:
    names = _names(text)
    assert names and all(n not in {"Texas", "Canada", "Chicago", "indiana"} for n in names)


def test_a_bid_for_an_office_is_nobody() -> None:
    text = "Her father was the man who won his bid for governor of Alabama on one promise: “Now.”"
    assert "bid" not in _names(text)
