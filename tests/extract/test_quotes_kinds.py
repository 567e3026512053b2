"""What is a quote: titles, names and terms that nobody says, read on real archive sentences."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _quoted(text: str) -> list[str]:
    """The direct and partial quotes of TEXT."""
    return [r.text for r in extract_quotes(text) if r.kind != QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    "text",
    [
        # A title named as one is no one's words, even with a cue or a speaker right next to it.
        "The video, titled “Asking for Apologies While Launching Attacks,” shows Mr. Romney "
        "raising the issue of Mr. Obama’s ties to the Rev. Jeremiah A. Wright Jr.",
        "In a piece titled “The Roots of Left Wing Violence,” the National Review explains, "
        '"Antifa have emerged as the militant fringe."',
        "For example, in his 2000 book “The America We Deserve,” Mr. Trump wrote that he "
        "generally opposes gun control.",
        "In his poem “The Burden of Itys,” Oscar Wilde writes of the wan white face.",
        'In her plan, entitled "Here\'s How We Can Break Up Big Tech," Warren said she would '
        "support regulators breaking up mergers.",
        "Last month, he made another appearance on the HBO show “Real Time with Bill Maher.”",
        # Title case right after "on" or a possessive: a show.
        "\"It's a different thing because he was born here,\" Trump told CNN's Jake Tapper on "
        '"State of the Union."',
        'Appearing on CNN\'s "Crossfire," former Virginia Attorney General Ken Cuccinelli said the '
        "indictment was not a surprise.",
        # A thing called by a name, with capitals inside the thing.
        "Susan Rice’s repeated statements on national television blaming a YouTube video called "
        "“The Innocence of Muslims” for the terrorist attacks in Benghazi were untrue.",
        'Stitt enacted a plan called "Open Up and Recover Safely" April 22 that allowed personal '
        "care businesses to open.",
    ],
)
def test_a_title_named_as_one_is_not_a_quote_even_next_to_a_cue(text: str) -> None:
    assert [q for q in _quoted(text) if not q.startswith(("Antifa", "It's a"))] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A title-cue word in a heading on its own line, or before a comma, is no title cue.
        (
            'Trump joked about it.\n\nCLICK HERE TO GET THE FOX NEWS APP\n\n"You were very busy," '
            "Trump said, to laughter.",
            ["You were very busy,"],
        ),
        ("He told the program, “We are going to win this thing,” and left.", None),
        # A thing called by a name: a person, or capitals ending it, is still a speaker.
        ("A Trump aide called “a disaster” what happened next.", ["a disaster"]),
    ],
)
def test_words_near_a_title_cue_that_are_said_stay_quotes(
    text: str, kept: list[str] | None
) -> None:
    quoted = _quoted(text)
    if kept is None:
        assert len(quoted) == 1
    else:
        assert quoted == kept


@pytest.mark.parametrize(
    "text",
    [
        # Every item of a list of quotations that holds a title or a term is one too.
        "Harvey Mansfield has supplied a list of essential movies for manly men. They are: "
        "“Seabiscuit,” “Chariots of Fire,” “The Pursuit of Happyness” and “Rocky.”",
        'In considering what sort of conduct to cover, they rejected the terms "malpractice" and '
        '"maladministration" in favor of a narrower standard.',
        "“It is time to recover what we have lost,” Mr. Mansfield proclaims. He also wrote "
        "“The Faith of George W. Bush” and “Lincoln’s Battle with God” among other books.",
        "Headlines across the nation show the harm Obamacare is imposing on Americans: “Georgia "
        "Healthcare Company Cuts 101 Employees due to Obamacare,” “Michigan School District Cuts "
        "Hours for Employees Because of Obamacare,” “Cleveland Clinic Announces Job Cuts.”",
    ],
)
def test_a_list_with_a_title_in_it_is_a_list_of_titles(text: str) -> None:
    assert [q for q in _quoted(text) if not q.startswith("It is time")] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Words in lower case beside a nickname are the speaker's.
        (
            "Trump, who labeled the investigation “The Mueller Witch Hunt” and “a total disgrace.”",
            ["a total disgrace."],
        ),
        # A list of the speaker's own words, none a title.
        (
            "White House officials said they found it “petty,” “surprising,” and “classless.”",
            None,
        ),
        # A sentence after a show is no item of a list of titles.
        (
            "“When you are trying to persuade the American people of something simple,” Himes "
            "said on NBC’s “Meet the Press,” “it’s probably best not to use Latin words to "
            "explain it.”",
            [
                "When you are trying to persuade the American people of something simple,",
                "it’s probably best not to use Latin words to explain it.",
            ],
        ),
        # Quotations in consecutive paragraphs are no list.
        (
            "“We Will Rebuild,” the mayor said.\n\n“Nobody here is giving up on this town,” "
            "she said.",
            None,
        ),
    ],
)
def test_lists_without_titles_keep_their_quotes(text: str, kept: list[str] | None) -> None:
    recs = extract_quotes(text)
    if kept is not None:
        assert _quoted(text) == kept
    else:
        assert recs


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # A quotation inside a direct quote of the same marks is kept once, as part of it.
        (
            "“I’m not for “revenue neutral” tax reform,” Paul said on Twitter.",
            "I’m not for “revenue neutral” tax reform,",
        ),
        (
            'Trump signaled the sanctions with an early morning tweet: "Iran is playing with fire '
            '— they don\'t appreciate how "kind" President Obama was to them. Not me!"',
            'Iran is playing with fire — they don\'t appreciate how "kind" President Obama was to '
            "them. Not me!",
        ),
    ],
)
def test_a_quotation_inside_a_direct_quote_is_kept_once_as_part_of_it(
    text: str, quote: str
) -> None:
    assert _quoted(text) == [quote]


def test_an_opening_mark_with_no_closing_mark_before_the_next_quotation_still_ends_it() -> None:
    assert _quoted("“We will win. “And soon,” he said.")[-1] == "And soon,"


@pytest.mark.parametrize(
    "text",
    [
        # "known as" names a term, whoever knows it.
        "The U.S. economy will tip into recession if tax cuts expire in what’s become known as "
        "the “fiscal cliff,” according to a report by the Congressional Budget Office.",
        'At the Greeley plant, cattle are herded up a curved ramp, known as the "stairway to '
        'heaven," and greeted at the top by a worker.',
        # A label, and a nickname after "dubbed a".
        "Democrats presented a slide labeled “Bogus Explanation: There Is No Direct Evidence” as "
        "Crow walked senators through the evidence, Schiff said.",
        "Sam Brownback set out to slash the state income tax, a sure job-creation move, according "
        "to the promises of all concerned. Justly dubbed a “failed experiment” for the deficits it "
        "has generated, the experiment also produced lackluster job growth of 5.95 percent.",
    ],
)
def test_terms_known_as_labels_and_nicknames_are_not_quotes(text: str) -> None:
    assert _quoted(text) == []


def test_words_a_speaker_labeled_with_an_object_before_them_stay_quotes() -> None:
    text = (
        "North Korea released new images of the launch, which the U.S. and other nations have "
        'labeled a "provocative" act.'
    )
    assert _quoted(text) == ["provocative"]


@pytest.mark.parametrize(
    "text",
    [
        # A show named by a title cue word after it, or after "On" opening the sentence.
        '"I\'m saying the committee is doing a lousy job," Graham told CNN correspondent Gloria '
        'Borger on the "State of the Union" program.',
        'On "State of the Union," Jealous argued those charges were a necessary step.',
    ],
)
def test_a_show_named_after_its_title_or_opening_the_sentence_is_not_a_quote(text: str) -> None:
    assert [q for q in _quoted(text) if not q.startswith("I'm saying")] == []


def test_a_title_after_a_title_cue_and_a_comma_is_not_a_quote() -> None:
    text = (
        "And where is that $115 supposed to come from? In his 2002 book, ''Make Your Kid a "
        "Millionaire,'' Mr. McKinley suggested looking at the things on your credit card "
        "statement."
    )
    assert _quoted(text) == []


def test_words_after_a_title_cue_and_a_comma_not_in_title_case_stay_quotes() -> None:
    text = "He told the show, “We are going to win this thing,” and left."
    assert _quoted(text) == ["We are going to win this thing,"]


@pytest.mark.parametrize(
    "text",
    [
        # A title and its subtitle, each in title case, even right before a cue.
        "According to leaks about the contents of his upcoming book, “The Room Where It "
        "Happened: A White House Memoir,” Bolton says Trump made it clear he did not want the "
        "aid released.",
        "“We changed our locks,” Olson wrote in “Hell to Pay: The Unfolding Story of Hillary "
        "Rodham Clinton,” published in 1999.",
        'In "The Americans: A Social History of the United States," J. C. Furnas describes the '
        "early republic.",
    ],
)
def test_a_title_with_a_subtitle_is_not_a_quote(text: str) -> None:
    assert [q for q in _quoted(text) if not q.startswith("We changed")] == []


def test_words_with_a_colon_that_are_no_title_stay_quotes() -> None:
    quoted = _quoted("“Look: we are going to win this thing,” Trump said at the rally.")
    assert quoted == ["Look: we are going to win this thing,"]
