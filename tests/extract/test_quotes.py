"""Quote extraction: direct, partial and reported speech on real news sentence patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factdb.extract.quotes import _extract, extract_quotes
from factdb.extract.records import QuoteKind, QuoteRecord, SpeakerKind
from tests.conftest import shared_path


def _only(text: str, kind: QuoteKind | None = None) -> list[QuoteRecord]:
    recs = extract_quotes(text)
    return [r for r in recs if kind is None or r.kind == kind]


def _in_order(part: str, whole: str) -> bool:
    """Whether PART's non-space characters occur in WHOLE in the same order."""
    rest = iter(whole)
    return all(ch in rest for ch in part if not ch.isspace())


def _check_offsets(text: str, recs: list[QuoteRecord]) -> None:
    for r in recs:
        assert 0 <= r.start < r.end <= len(text)
        span = text[r.start : r.end]
        if r.kind == QuoteKind.INDIRECT:
            # A parenthetical attribution ("X, he said, Y") is left out of the text, with the
            # commas around it: the text is the span's characters in order, ends included.
            assert span[0] == r.text[0] and span[-1] == r.text[-1]
            assert _in_order(r.text, span)
        elif "\n" not in span:
            assert span == r.text
        assert text[r.sentence_start : r.sentence_start + len(r.sentence)] == r.sentence
        if r.speaker is not None and r.speaker.start is not None:
            assert r.speaker.end is not None
            assert text[r.speaker.start : r.speaker.end] == r.speaker.text


# --------------------------------------------------------------------------- direct quotes

DIRECT = [
    # (text, quoted words, canonical speaker, mention as written)
    (
        "“We are modernizing our military alliances,” Biden said.",
        "We are modernizing our military alliances,",
        "Biden",
        "Biden",
    ),
    (
        '"The borders between internal and external security have simply evaporated," said '
        "Jo Coelbart, a retired Belgian general.",
        "The borders between internal and external security have simply evaporated,",
        "Jo Coelbart",
        "Jo Coelbart",
    ),
    (
        "Hugh Hill, a doctor at the hospital, said: “We saw dozens of injured people arrive.”",
        "We saw dozens of injured people arrive.",
        "Hugh Hill",
        "Hugh Hill",
    ),
    (
        "U.S. President Joe Biden said: “Let me be crystal clear.”",
        "Let me be crystal clear.",
        "Joe Biden",
        "Joe Biden",
    ),
    (
        "“I received strong support from President Biden,” Kishida told reporters after the "
        "meeting.",
        "I received strong support from President Biden,",
        "Kishida",
        "Kishida",
    ),
    (
        "Jane Roe spoke on Monday. “It never crossed my mind,” she said.",
        "It never crossed my mind,",
        "Jane Roe",
        "she",
    ),
    (
        "Trump tweeted: “Happy Cinco de Mayo! The best taco bowls are made in Trump Tower.”",
        "Happy Cinco de Mayo! The best taco bowls are made in Trump Tower.",
        "Trump",
        "Trump",
    ),
    (
        "“Would it be negotiable about the 11 million?” Hannity pressed.",
        "Would it be negotiable about the 11 million?",
        "Hannity",
        "Hannity",
    ),
    (
        "“I am so ashamed to be an American. How did we get this low?” ― Jacklyn Ashley",
        "I am so ashamed to be an American. How did we get this low?",
        "Jacklyn Ashley",
        "Jacklyn Ashley",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker", "mention"), DIRECT)
def test_direct_quotes_with_their_speaker(
    text: str, quoted: str, speaker: str, mention: str
) -> None:
    recs = _only(text)
    _check_offsets(text, recs)
    direct = [r for r in recs if r.kind == QuoteKind.DIRECT]
    assert [r.text for r in direct] == [quoted]
    assert direct[0].speaker is not None
    assert direct[0].speaker.name == speaker
    assert direct[0].speaker.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden spoke. “Let me be crystal clear: the United States is committed… to the "
        "defense of Japan,” he said.",
        "“We will win — and we will win big,” Trump said.",
        '"This is a disgusting day," Butterfield said. "By any definition ... he is a fraud!"',
    ],
)
def test_ellipses_and_dashes_stay_inside_the_quote(text: str) -> None:
    recs = _only(text, QuoteKind.DIRECT)
    assert recs
    first = recs[0]
    assert first.speaker is not None
    assert "…" in first.text or "—" in first.text or first.text == "This is a disgusting day,"


def test_chained_quotes_around_one_attribution() -> None:
    text = "Donald Trump spoke. “A wall will work,” he said, “and Mexico will pay for it.”"
    recs = _only(text, QuoteKind.DIRECT)
    assert [r.text for r in recs] == ["A wall will work,", "and Mexico will pay for it."] or [
        r.text for r in _only(text)
    ] == ["A wall will work,", "and Mexico will pay for it."]
    assert all(r.speaker is not None and r.speaker.text == "he" for r in _only(text))


def test_quote_over_several_paragraphs_has_one_record() -> None:
    text = (
        "Senator Jane Roe said:\n\n"
        "“The first point is simple. We need the money.\n\n"
        "“The second point is harder. We need the votes.\n\n"
        "“And the third is that we need both now.”\n\n"
        "The vote is on Tuesday."
    )
    recs = _only(text)
    assert len(recs) == 1
    r = recs[0]
    assert r.kind == QuoteKind.DIRECT
    assert r.text.startswith("The first point is simple.")
    assert r.text.endswith("we need both now.")
    assert "“" not in r.text
    assert r.speaker is not None and r.speaker.name == "Jane Roe"
    assert text[r.end :].startswith("”")


def test_nested_single_quotes_stay_inside_the_outer_quote() -> None:
    text = "“He told me, ‘You are fired,’ and walked out,” said Maria Lopez, a former employee."
    recs = _only(text)
    assert len(recs) == 1
    assert recs[0].text == "He told me, ‘You are fired,’ and walked out,"
    assert recs[0].speaker is not None and recs[0].speaker.name == "Maria Lopez"


def test_continuation_paragraph_keeps_the_speaker() -> None:
    text = (
        "“We had a board meeting, it was off the record,” Trump said.\n\n"
        "“Then they leaked it, and it was all over the place.”\n\n"
        "The campaign did not respond."
    )
    recs = _only(text, QuoteKind.DIRECT)
    assert len(recs) == 2
    assert recs[1].speaker is not None
    assert recs[1].speaker.name == "Trump"
    # The attribution rests on the mention in the first paragraph.
    assert recs[1].speaker.start == recs[0].speaker.start  # type: ignore[union-attr]


def test_colon_at_paragraph_end_introduces_next_paragraph() -> None:
    text = (
        "In a statement, the senator said:\n\n“This bill is a disgrace and I will vote against it.”"
    )
    recs = _only(text, QuoteKind.DIRECT)
    assert len(recs) == 1
    assert recs[0].speaker is not None and recs[0].speaker.text == "the senator"


@pytest.mark.parametrize(
    "text",
    [
        "He said “this is unclosed and never ends",
        "“Unbalanced” marks “everywhere” in “this",
        "”Backwards quotes“ are “odd”",
        '"' * 50,
        "“" * 1000 + "text",
        'He said "yes" and "no and she said “maybe',
    ],
)
def test_unbalanced_marks_are_best_effort(text: str) -> None:
    recs = extract_quotes(text)
    _check_offsets(text, recs)
    for r in recs:
        assert r.end - r.start <= len(text)


def test_an_unclosed_quote_never_swallows_the_article() -> None:
    para = "The minister spoke at length about the budget and the deficit. " * 10
    text = "“This is unclosed, the minister said.\n\n" + "\n\n".join([para] * 50)
    recs = extract_quotes(text)
    assert all(r.end - r.start < 2000 for r in recs)


def test_headline_single_quotes() -> None:
    text = (
        "Flynn says Trump 'absolutely right' in saying generals reduced to rubble\n\n"
        "Retired Lt. Gen. Michael Flynn said Donald Trump was right."
    )
    recs = [r for r in _only(text) if "absolutely right" in r.text]
    assert len(recs) == 1  # alone, or kept inside the reported clause that holds it
    assert recs[0].speaker is not None and recs[0].speaker.name == "Michael Flynn"


def test_apostrophes_are_not_single_quotes() -> None:
    text = "Japan's defense isn't Tokyo's only worry in the '90s, officials' notes show\n\nBody."
    assert _only(text, QuoteKind.PARTIAL) == []


def _speakers(text: str) -> dict[str, str | None]:
    return {r.text: r.speaker.name if r.speaker else None for r in extract_quotes(text)}


RELATED = (
    "Senators met on Monday to talk about guns.\n\n"
    "More: Kamala Harris: 'I will take executive action' on gun control\n\n"
    "SEE ALSO: ‘It’s a shame’: Trump describes the inquiry as an affront\n\n"
    "( Also on POLITICO: ‘No honeymoon’ for VA leaders)\n\n"
    "Related: Facebook denies 'systematic' bias in its feed\n\n"
    "The vote is next week."
)


def test_related_story_headlines_quote_in_single_marks_next_to_a_colon() -> None:
    found = _speakers(RELATED)
    assert found["I will take executive action"] == "Kamala Harris"
    assert found["It’s a shame"] == "Trump"


def test_related_story_headlines_keep_other_single_marks_as_scare_quotes() -> None:
    found = _speakers(RELATED)
    # The colon of the label is no speaker's colon; a lone quoted word is no quotation.
    assert "No honeymoon" not in found
    assert "systematic" not in found


def test_how_someone_put_it_attributes_the_quotation_before() -> None:
    text = (
        "House Speaker John Boehner met the hard-liners again.\n\n"
        '"Listen, we\'ve got a diverse caucus," was how Boehner put it in mid-September.\n\n'
        "“Trump is testing the norms of journalism,” is how The Times put it."
    )
    found = _speakers(text)
    assert found["Listen, we've got a diverse caucus,"] == "John Boehner"
    assert found["Trump is testing the norms of journalism,"] is not None


# --------------------------------------------------------------------------- partial quotes

PARTIAL = [
    (
        "US President Joe Biden told Japanese Prime Minister Fumio Kishida on Friday that the "
        "United States remains committed to its alliance and praised Tokyo’s “historic” defense "
        "reforms.",
        "historic",
        "Joe Biden",
    ),
    (
        "Speaking at the White House, Biden called it a “remarkable moment” in the alliance.",
        "remarkable moment",
        "Biden",
    ),
    (
        'Former Arkansas governor Mike Huckabee called the H1-B program "worse than amnesty."',
        "worse than amnesty.",
        "Mike Huckabee",
    ),
    (
        "Kishida said he looks forward to a “candid” exchange on regional issues.",
        "candid",
        "Kishida",
    ),
    (
        "Jane Roe spoke. She said the company’s conduct was “outrageous” and called for a refund.",
        "outrageous",
        "Jane Roe",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), PARTIAL)
def test_partial_quotes_take_the_sentence_speaker(text: str, quoted: str, speaker: str) -> None:
    recs = _only(text)
    _check_offsets(text, recs)
    # A partial quote stands alone, or inside the reported clause of its speaker (kept once).
    holding = [
        r
        for r in recs
        if r.text == quoted or (r.kind == QuoteKind.INDIRECT and f"{quoted}”" in r.text)
    ]
    assert len(holding) == 1
    assert holding[0].speaker is not None
    assert holding[0].speaker.name.lower() == speaker.lower()
    partial = [r for r in recs if r.kind == QuoteKind.PARTIAL]
    assert [r.text for r in partial] in ([quoted], [])


@pytest.mark.parametrize(
    "text",
    [
        # Titles, nicknames and scare quotes that nobody says.
        "He appeared on CBS’s “Face the Nation” on Sunday.",
        "The hit Disney film “Frozen” made a billion dollars.",
        "The bill, known as the “Justice Against Sponsors of Terrorism Act,” passed.",
        "Former CIA operative John “Tig” Tiegen found both issues disqualifying.",
        "The so-called “supermax” prison in Colorado holds 400 inmates.",
        "Officials studied a federal “supermax” prison in Colorado last year.",
        "Trump’s show “The Apprentice” ran for 14 seasons.",
        '<tweet author="realDonaldTrump" datetime="2016-06-29">Text</tweet>',
        "The rapper, nicknamed “Iron Mike,” arrived late.",
    ],
)
def test_titles_nicknames_and_scare_quotes_are_not_quotes(text: str) -> None:
    assert [r for r in extract_quotes(text) if r.kind != QuoteKind.INDIRECT] == []


# --------------------------------------------------------------------------- reported speech

INDIRECT = [
    (
        "Kishida said Japan would draw up a new National Security Strategy by the end of the year.",
        "Japan would draw up a new National Security Strategy by the end of the year",
        "Kishida",
    ),
    (
        "The company said that profits fell by a third in the second quarter.",
        "profits fell by a third in the second quarter",
        "company",
    ),
    (
        "Profits fell by a third in the second quarter, the company said on Tuesday.",
        "Profits fell by a third in the second quarter",
        "company",
    ),
    (
        "The talks are likely to include export controls, said a senior US official.",
        "The talks are likely to include export controls",
        "senior US official",
    ),
    (
        "According to the ministry, the reactor was shut down for inspection.",
        "the reactor was shut down for inspection",
        "ministry",
    ),
    (
        "The reactor was shut down for inspection, according to the ministry.",
        "The reactor was shut down for inspection",
        "ministry",
    ),
    (
        "Clinton told reporters she would release the transcripts next week.",
        "she would release the transcripts next week",
        "Clinton",
    ),
    (
        "The governor warned that the state would run out of water by August.",
        "the state would run out of water by August",
        "governor",
    ),
    (
        "Kishida has said he supports Biden’s effort to limit China’s access to semiconductors.",
        "he supports Biden’s effort to limit China’s access to semiconductors",
        "Kishida",
    ),
    (
        "Sanders insisted he would stay in the race until the convention.",
        "he would stay in the race until the convention",
        "Sanders",
    ),
    (
        "The mayor announced that the city would hire 500 new teachers.",
        "the city would hire 500 new teachers",
        "mayor",
    ),
    (
        "In Washington, Biden said the talks went well.",
        "the talks went well",
        "Biden",
    ),
    (
        "Tom Cole spoke. Many of the closures, he said, have involved public and semiprivate "
        "courses.",
        "Many of the closures have involved public and semiprivate courses",
        "Tom Cole",
    ),
    (
        "Trump's claim that crime is at a record high was false.",
        "crime is at a record high was false",
        "Trump",
    ),
]


@pytest.mark.parametrize(("text", "clause", "speaker"), INDIRECT)
def test_reported_speech(text: str, clause: str, speaker: str) -> None:
    recs = _only(text, QuoteKind.INDIRECT)
    _check_offsets(text, recs)
    assert [r.text for r in recs] == [clause]
    assert recs[0].speaker is not None
    assert speaker.lower() in recs[0].speaker.name.lower()


@pytest.mark.parametrize(
    "text",
    [
        # No cue at all, or a cue that is not speech.
        "The bridge was closed for repairs on Monday after a storm.",
        "Prices rose sharply in the second quarter as demand returned.",
        "The said agreement was signed in 1998.",
        "He declined to say whether he would run.",
        "The report was written in 2019 and published a year later.",
        "She was told to leave the building.",
        "Japan last month announced its biggest military buildup since World War II.",
    ],
)
def test_no_reported_speech_without_a_speech_cue_and_a_clause(text: str) -> None:
    assert _only(text, QuoteKind.INDIRECT) == []


def test_anonymous_source_kind_and_name() -> None:
    text = (
        "Their talks are likely to include chip exports, a senior US official said.\n\n"
        "The US official said Washington has been working closely with Japan on the issue."
    )
    recs = _only(text, QuoteKind.INDIRECT)
    assert len(recs) == 2
    for r in recs:
        assert r.speaker is not None
        assert r.speaker.kind == SpeakerKind.ANONYMOUS
        assert r.speaker.name == "senior US official"
    assert recs[1].speaker is not None and recs[1].speaker.text == "The US official"


def test_document_speaker_and_its_repetition() -> None:
    text = (
        "“Biden commended Japan’s bold leadership,” a joint statement from the US and Japan "
        "said.\n\n"
        "The joint statement said the two countries “will sharpen our shared lead.”"
    )
    recs = [r for r in extract_quotes(text) if r.speaker is not None]
    assert [r.kind for r in recs] == [QuoteKind.DIRECT, QuoteKind.INDIRECT]
    assert "“will sharpen our shared lead.”" in recs[1].text
    for r in recs:
        assert r.speaker is not None
        assert r.speaker.kind == SpeakerKind.DOCUMENT
        assert r.speaker.name == "US-Japan joint statement"


def test_joint_speakers_and_the_two_leaders() -> None:
    text = (
        "Prime Minister Fumio Kishida and U.S. President Joe Biden met on Sunday.\n\n"
        "The two leaders agreed that the security environment had become increasingly severe.\n\n"
        "They also confirmed that Tokyo and Washington would continue to work closely."
    )
    recs = _only(text, QuoteKind.INDIRECT)
    assert [r.text for r in recs] == [
        "the security environment had become increasingly severe",
        "Tokyo and Washington would continue to work closely",
    ]
    for r in recs:
        assert r.speaker is not None
        assert r.speaker.name == "Fumio Kishida and Joe Biden"


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Clinton told the FBI she could not recall the specific cable.",
            "she could not recall the specific cable",
            "Clinton",
        ),
        (
            "Her manager, Vigie Ramos Rio, tells the Chronicle the ban was implemented after "
            'reporters "mobbed" her last week.',
            'the ban was implemented after reporters "mobbed" her last week',
            "Vigie Ramos Rio",
        ),
    ],
)
def test_told_a_named_outlet_a_clause_without_that(text: str, clause: str, speaker: str) -> None:
    recs = _only(text, QuoteKind.INDIRECT)
    assert [(r.text, r.speaker.name if r.speaker else None) for r in recs] == [(clause, speaker)]


def test_a_named_recipient_is_read_whole() -> None:
    # "the Security Council" is the recipient; "Council on Monday ..." is no clause.
    text = "The envoy told the Security Council on Monday talks would resume."
    assert all(not r.text.startswith("Council") for r in extract_quotes(text))


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\n", "\x00\x01\x02", "“", "”", '"', "said", "he said", "“”", "said said said"],
)
def test_degenerate_inputs(text: str) -> None:
    recs = extract_quotes(text)
    _check_offsets(text, recs)


def test_binary_garbage_decoded() -> None:
    import random

    rnd = random.Random(7)
    blob = bytes(rnd.randrange(256) for _ in range(20000)).decode("latin-1")
    recs = extract_quotes(blob)
    _check_offsets(blob, recs)


def _calls(text: str) -> int:
    """Python and C function calls made while extracting quotes from text (a count of work)."""
    import sys

    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        extract_quotes(text)
    finally:
        sys.setprofile(None)
    return count


def _assert_linear(make: Callable[[int], str], n: int) -> None:
    """Four times the input costs at most five times the calls (quadratic work would be 16)."""
    small, large = _calls(make(n)), _calls(make(4 * n))
    assert large <= 5 * small, (small, large)


_PARAGRAPH = (
    "“We will build it,” the mayor said. Critics said the plan would cost too much, "
    "according to a city report. She called it a “disaster” for taxpayers.\n\n"
)


def test_long_text_costs_work_in_proportion() -> None:
    recs = extract_quotes(_PARAGRAPH * (1_000_000 // len(_PARAGRAPH)))
    assert len(recs) > 1000
    _assert_linear(lambda k: _PARAGRAPH * k, 200)


def test_text_without_punctuation_costs_work_in_proportion() -> None:
    words = "the mayor said the plan would cost too much for the city and its people "
    _assert_linear(lambda k: words * k, 2000)


@pytest.mark.parametrize(
    ("unit", "n"),
    [
        ('He said "yes and no. ', 2000),  # one endless "sentence" full of unclosed quotes
        ('Mr. Smith said "a', 3000),
        ("Smith: “yes” ", 3000),
        ("“", 20000),
    ],
    ids=["unclosed-straight", "abbreviation-runs", "colon-speakers", "only-marks"],
)
def test_pathological_inputs_stay_linear(unit: str, n: int) -> None:
    recs = extract_quotes(unit * (10 * n))
    assert all(len(r.sentence) <= 12_000 for r in recs)
    _assert_linear(lambda k: unit * k, n)


def test_records_are_ordered_by_start() -> None:
    text = shared_path("seeds", "000_2f215c4fcb578318.txt").read_text(encoding="utf-8")
    recs = extract_quotes(text)
    assert recs == sorted(recs, key=lambda r: (r.start, r.end))
    _check_offsets(text, recs)


_news_alphabet = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "—",
        "…",
        "(",
        ")",
        " said ",
        " says ",
        " told ",
        " according to ",
        "he",
        "She",
        "Joe Biden",
        "Biden",
        "the official",
        "a senior US official",
        "that",
        "and",
        "We",
        "will",
        "win",
        "U.S.",
        "Mr.",
        "“Yes,”",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_news_alphabet, max_size=80).map("".join))
@example("that“’, according to he, according to ’")
def test_extraction_never_fails_and_offsets_hold(text: str) -> None:
    recs = _extract(text)  # the unguarded extractor: any exception fails the test
    _check_offsets(text, recs)
    assert recs == sorted(recs, key=lambda r: (r.start, r.end))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    _check_offsets(text, _extract(text) if text.strip() else extract_quotes(text))


def test_a_show_title_in_the_recipient_is_not_a_quote() -> None:
    text = (
        "Mitch McConnell spoke. He told ABC’s “This Week With George Stephanopoulos” that he "
        "would “take a look” at such legislation."
    )
    recs = extract_quotes(text)
    # The quoted words are kept once, inside the reported clause of the same speaker.
    assert [(r.kind, r.text) for r in recs] == [
        (QuoteKind.INDIRECT, "he would “take a look” at such legislation"),
    ]
    assert recs[0].speaker is not None and recs[0].speaker.name == "Mitch McConnell"


def test_doubled_apostrophes_are_double_quotes() -> None:
    text = (
        "''That gentleman has not given up on me,'' Mr. Rubio said. ''We will win.''\n\n"
        "Still, golf clubs are ''just scratching out a profit,'' Mr. Hedge said."
    )
    recs = extract_quotes(text)
    assert [(r.kind, r.text, r.speaker.text if r.speaker else None) for r in recs] == [
        (QuoteKind.DIRECT, "That gentleman has not given up on me,", "Rubio"),
        (QuoteKind.DIRECT, "We will win.", "Rubio"),
        (QuoteKind.PARTIAL, "just scratching out a profit,", "Hedge"),
    ]
    _check_offsets(text, recs)
