"""Partial quotes and reported clauses around linked verbs ("and noted", ", while warning")."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.quotes.cues import find_cues
from factdb.extract.quotes.marks import find_spans, mask_quotes
from factdb.extract.text.sentences import paragraphs


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {
        text[q.start : q.end]: (q.kind.value, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text)
    }


def _masked(text: str) -> str:
    return mask_quotes(text, find_spans(text, paragraphs(text)))


def test_a_linked_verb_far_into_its_sentence_opens_its_words_at_its_and() -> None:
    text = (
        "Speaking to reporters in the rain outside the courthouse, Maria Lopez said the ruling "
        "was unfair and noted that her lawyers would appeal it within a week."
    )
    masked = _masked(text)
    noted = [c for c in find_cues(masked, 0, len(masked)) if c.word == "noted"]
    assert len(noted) == 1 and noted[0].linked
    assert masked[noted[0].left_region : noted[0].start] == "and "


def test_the_clause_before_a_linked_verb_ends_at_its_and() -> None:
    text = (
        "Speaking to reporters in the rain outside the courthouse, Maria Lopez said the ruling "
        "was unfair and noted that her lawyers would appeal it within a week."
    )
    found = _found(text)
    assert found["the ruling was unfair"] == ("indirect", "Maria Lopez")
    assert found["her lawyers would appeal it within a week"] == ("indirect", "Maria Lopez")


def test_a_partial_quote_before_a_linked_verb_far_into_its_sentence() -> None:
    text = (
        "The statement described Sondland as “profoundly disappointed” and noted that he "
        "traveled from Brussels to Washington for the testimony."
    )
    assert _found(text)["profoundly disappointed"][0] == "partial"


def test_a_quotation_before_a_linked_verb_is_not_its_own() -> None:
    text = (
        "At the end of a long session of the assembly on Wednesday, Ana Ruiz urged the "
        'delegates to "reject the easy answers," and said the harder work had only begun.'
    )
    assert _found(text)["the harder work had only begun"] == ("indirect", "Ana Ruiz")


def test_the_deed_before_a_linked_participle_is_not_what_it_reports() -> None:
    text = "Officials met the mayor on Monday, while warning of the risks."
    assert extract_quotes(text) == []


def test_what_speakers_agreed_to_in_what_they_said_is_reported() -> None:
    text = (
        "The two ministers confirmed that their countries would keep sharing intelligence on "
        "the smuggling routes, and agreed to hold a joint exercise in the spring."
    )
    found = _found(text)
    assert found["to hold a joint exercise in the spring"][0] == "indirect"


def test_agreeing_to_do_something_is_a_deed() -> None:
    text = (
        "In March he pleaded guilty to lying to investigators and agreed to cooperate with "
        "the inquiry."
    )
    assert "to cooperate with the inquiry" not in _found(text)


def test_a_linked_participle_after_by_tells_how_not_what() -> None:
    text = (
        "A campaign adviser told reporters on Monday that the rival camp expects the host to "
        "insert himself into the debate by calling out the senator for his “lies” all night."
    )
    found = _found(text)
    clause = next(k for k, v in found.items() if v[0] == "indirect")
    assert clause.endswith("all night")


def test_that_after_an_object_opens_a_relative_clause() -> None:
    text = "Mayor Ruth Park stressed her support of the new law that banned the sale of fireworks."
    assert not [v for v in _found(text).values() if v[0] == "indirect"]


def test_that_inside_the_subject_of_a_said_clause() -> None:
    text = "Mayor Ruth Park said the new law that banned fireworks would not be repealed."
    assert _found(text)["the new law that banned fireworks would not be repealed"] == (
        "indirect",
        "Ruth Park",
    )


OBJECT_QUOTES = (
    (
        "After the audit became public, Governor Ruth Park declared her “outrage” and vowed "
        "that those responsible would answer for it.",
        "outrage",
        "Ruth Park",
    ),
    (
        "On Tuesday, Senator Tom Hale pledged on Twitter not to “cave” to the lobbyists.",
        "cave",
        "Tom Hale",
    ),
    (
        "Mayor Ana Ruiz bragged about turning the old depot into the “jewel” of the waterfront.",
        "jewel",
        "Ana Ruiz",
    ),
)


@pytest.mark.parametrize(("text", "words", "speaker"), OBJECT_QUOTES)
def test_quoted_words_in_the_object_of_a_cue_are_the_subjects(
    text: str, words: str, speaker: str
) -> None:
    assert _found(text)[words] == ("partial", speaker)


NOT_OBJECT_QUOTES = (
    "I worry about the dangers of turning the old mayor into a “dreamer” who became a legend.",
    "“We stayed too long,” Mr. Hale said in an interview set to air on “60 Minutes.”",
    "The site rated 32% of Republican claims as “false” last year.",
    "Governor Ruth Park stressed her support of the new “zero waste” law.",
)


@pytest.mark.parametrize("text", NOT_OBJECT_QUOTES)
def test_no_speaker_for_quoted_words_nobody_is_said_to_say(text: str) -> None:
    kept = {k for k, v in _found(text).items() if v[0] != "indirect"}
    assert kept <= {"We stayed too long,"}


BELIEFS = (
    "In all three states, most voters think that the new tax should be repealed.",
    "Most Americans know that Iowa produces a lot of corn.",
    "Mayor Ruth Park felt that the council had moved too slowly on the budget.",
)


@pytest.mark.parametrize("text", BELIEFS)
def test_a_belief_is_no_reported_speech(text: str) -> None:
    assert extract_quotes(text) == []


def test_a_belief_said_is_reported_by_its_cue() -> None:
    text = "Mayor Ruth Park said she thinks the council moved too slowly on the budget."
    assert _found(text)["she thinks the council moved too slowly on the budget"] == (
        "indirect",
        "Ruth Park",
    )


def test_words_quoted_after_a_verb_of_thought_are_the_thinkers() -> None:
    text = 'A spokesman relayed that Mayor Ruth Park thinks the plan is "reckless."'
    assert _found(text)["reckless."] == ("partial", "Ruth Park")


def test_a_musical_named_after_a_verb_of_thought_is_a_title() -> None:
    text = "At times I feel like a character in a scene from the musical “1776.”"
    assert extract_quotes(text) == []


def test_a_clause_runs_on_through_what_was_agreed_to() -> None:
    text = (
        "The two ministers confirmed that their countries would keep sharing intelligence on "
        "the smuggling routes, and agreed to hold a joint exercise in the spring."
    )
    clauses = [k for k, v in _found(text).items() if v[0] == "indirect"]
    assert any(k.startswith("their countries") and k.endswith("spring") for k in clauses)


def test_say_between_commas_is_for_instance() -> None:
    text = "Trump, unlike, say, Ted Cruz, is not the sort of person to charge at windmills."
    assert extract_quotes(text) == []


def test_say_between_commas_before_a_quotation_is_said() -> None:
    text = "Some of his supporters, the mayor’s supporters, say, “That was 30 years ago.”"
    assert _found(text)["That was 30 years ago."][0] == "direct"
